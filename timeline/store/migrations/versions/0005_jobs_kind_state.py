"""An index on the jobs' kind and state: Celery beat's re-extraction asks which re-extractions are in flight
(queued or running) without reading every job ever done.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_jobs_kind_state", "jobs", ["kind", "state"])


def downgrade() -> None:
    op.drop_index("ix_jobs_kind_state", table_name="jobs")
