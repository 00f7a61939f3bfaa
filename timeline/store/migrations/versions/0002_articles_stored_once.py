"""Articles stored once, results per pipeline version, timelines as views over articles; jobs and feeds.

Articles move out of their timeline: ``timeline_articles`` links them, duplicates
(same URL or same content) fold into the first copy, and ``article_results`` will
hold each article's extraction per pipeline version (filled by the next extraction:
existing timelines keep their stored events until then).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07
"""
import hashlib

from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _content_hash(language: str, format: str, dct: str | None, text: str) -> str:
    # The same material as timeline.store.extraction.content_hash (a migration keeps its own copy:
    # it must keep working when the module changes).
    material = "\x1f".join((language or "en", format or "text", dct or "", text))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def upgrade() -> None:
    op.create_table(
        "timeline_articles",
        sa.Column("timeline_id", sa.Integer(), sa.ForeignKey("timelines.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("article_id", sa.Integer(), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("added", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_timeline_articles_article_id", "timeline_articles", ["article_id"])
    op.create_table(
        "article_results",
        sa.Column("article_id", sa.Integer(), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("pipeline_version", sa.String(40), primary_key=True),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_article_results_pipeline_version", "article_results", ["pipeline_version"])
    op.create_table(
        "jobs",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("done", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("timeline_id", sa.Integer(), nullable=True),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("url", sa.String(2000), nullable=False, unique=True),
        sa.Column("timeline_id", sa.Integer(), sa.ForeignKey("timelines.id", ondelete="SET NULL"), nullable=True),
        sa.Column("added", sa.DateTime(timezone=True), nullable=False),
        sa.Column("checked", sa.DateTime(timezone=True), nullable=True),
    )
    op.add_column("articles", sa.Column("content_hash", sa.String(64), nullable=True))

    connection = op.get_bind()
    rows = connection.execute(sa.text(
        "SELECT id, timeline_id, url, language, format, dct, text, created FROM articles ORDER BY id")).all()
    kept_by_key: dict[str, int] = {}
    positions: dict[int, int] = {}
    for row in rows:
        digest = _content_hash(row.language, row.format, row.dct, row.text)
        kept = kept_by_key.get(digest) or (kept_by_key.get(f"url:{row.url}") if row.url else None)
        if kept is None:
            kept = row.id
            kept_by_key[digest] = kept
            if row.url:
                kept_by_key[f"url:{row.url}"] = kept
            connection.execute(sa.text("UPDATE articles SET content_hash = :digest WHERE id = :id"), {"digest": digest, "id": row.id})
        else:
            connection.execute(sa.text("UPDATE events SET article_id = :kept WHERE article_id = :id"), {"kept": kept, "id": row.id})
        exists = connection.execute(sa.text("SELECT 1 FROM timeline_articles WHERE timeline_id = :t AND article_id = :a"),
                                    {"t": row.timeline_id, "a": kept}).first()
        if not exists:
            positions[row.timeline_id] = positions.get(row.timeline_id, 0) + 1
            connection.execute(sa.text("INSERT INTO timeline_articles (timeline_id, article_id, position, added) "
                                       "VALUES (:t, :a, :p, :added)"),
                               {"t": row.timeline_id, "a": kept, "p": positions[row.timeline_id], "added": row.created})
    connection.execute(sa.text("DELETE FROM articles WHERE content_hash IS NULL"))
    with op.batch_alter_table("articles") as batch:
        batch.drop_index("ix_articles_timeline_id")
        batch.drop_column("timeline_id")
        batch.alter_column("content_hash", existing_type=sa.String(64), nullable=False)
        batch.create_unique_constraint("uq_articles_content_hash", ["content_hash"])
        batch.create_unique_constraint("uq_articles_url", ["url"])


def downgrade() -> None:
    # Back to one copy of an article per timeline: an article several timelines use is copied.
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("timeline_id", sa.Integer(), nullable=True))
    connection = op.get_bind()
    links = connection.execute(sa.text("SELECT timeline_id, article_id FROM timeline_articles ORDER BY timeline_id, position")).all()
    placed: set[int] = set()
    for link in links:
        if link.article_id not in placed:
            placed.add(link.article_id)
            connection.execute(sa.text("UPDATE articles SET timeline_id = :t WHERE id = :a"), {"t": link.timeline_id, "a": link.article_id})
            continue
        copy = connection.execute(sa.text(
            "INSERT INTO articles (timeline_id, title, text, format, url, dct, language, created, content_hash) "
            "SELECT :t, title, text, format, NULL, dct, language, created, :hash FROM articles WHERE id = :a RETURNING id"),
            {"t": link.timeline_id, "a": link.article_id, "hash": f"copy-{link.timeline_id}-{link.article_id}"}).scalar_one()
        connection.execute(sa.text("UPDATE events SET article_id = :copy WHERE article_id = :a AND timeline_id = :t"),
                           {"copy": copy, "a": link.article_id, "t": link.timeline_id})
    connection.execute(sa.text("DELETE FROM articles WHERE timeline_id IS NULL"))
    op.drop_table("feeds")
    op.drop_table("jobs")
    op.drop_table("article_results")
    op.drop_table("timeline_articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_constraint("uq_articles_content_hash", type_="unique")
        batch.drop_constraint("uq_articles_url", type_="unique")
        batch.drop_column("content_hash")
        batch.alter_column("timeline_id", existing_type=sa.Integer(), nullable=False)
        batch.create_foreign_key("fk_articles_timeline_id", "timelines", ["timeline_id"], ["id"], ondelete="CASCADE")
        batch.create_index("ix_articles_timeline_id", ["timeline_id"])
