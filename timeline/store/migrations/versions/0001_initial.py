"""Initial tables: timelines, articles, events, tokens.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "timelines",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_timelines_status", "timelines", ["status"])
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("timeline_id", sa.Integer(), sa.ForeignKey("timelines.id", ondelete="CASCADE"), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("format", sa.String(10), nullable=False),
        sa.Column("url", sa.String(2000), nullable=True),
        sa.Column("dct", sa.String(10), nullable=True),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_timeline_id", "articles", ["timeline_id"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("timeline_id", sa.Integer(), sa.ForeignKey("timelines.id", ondelete="CASCADE"), nullable=False),
        sa.Column("article_id", sa.Integer(), sa.ForeignKey("articles.id", ondelete="SET NULL"), nullable=True),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("manual", sa.Boolean(), nullable=False),
        sa.Column("extracted", sa.JSON(), nullable=False),
        sa.Column("edit_headline", sa.Text(), nullable=True),
        sa.Column("edit_text", sa.Text(), nullable=True),
        sa.Column("edit_date", sa.String(40), nullable=True),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("group", sa.String(200), nullable=True),
        sa.Column("media_url", sa.String(2000), nullable=True),
        sa.Column("headline", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("value", sa.String(40), nullable=True),
        sa.Column("granularity", sa.String(20), nullable=True),
        sa.Column("earliest", sa.String(32), nullable=True),
        sa.Column("latest", sa.String(32), nullable=True),
    )
    op.create_index("ix_events_article_id", "events", ["article_id"])
    op.create_index("ix_events_group", "events", ["group"])
    # The feed order (earliest asc, latest desc, id asc), so pages are read off the index.
    op.create_index("ix_events_timeline_order", "events", ["timeline_id", "earliest", sa.text("latest DESC"), "id"])
    op.create_index("ix_events_order", "events", ["earliest", sa.text("latest DESC"), "id"])
    op.create_table(
        "tokens",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("tokens")
    op.drop_table("events")
    op.drop_table("articles")
    op.drop_table("timelines")
