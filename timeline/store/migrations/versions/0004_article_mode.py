"""An article keeps the mode its dates resolve in (news, narrative, auto; see timeline.tagger.MODES).

A plain ADD COLUMN (no table copy), so SQLite keeps the full-text triggers 0003 put on ``articles``.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("mode", sa.String(length=10), nullable=False, server_default="auto"))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("mode")
