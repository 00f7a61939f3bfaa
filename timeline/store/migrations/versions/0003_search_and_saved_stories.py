"""Full-text search over events and articles; timelines that are saved story queries.

SQLite: FTS5 tables kept in step with ``events`` and ``articles`` by triggers (external content, so the
text is stored once). PostgreSQL: a stored generated ``search_vector`` column (the ``to_tsvector('english',
...)`` of the same columns) with a GIN index; a stored vector spares recomputing it for every candidate row a
phrase or a large match has to recheck. ``timelines.story_query`` holds the query a story
timeline was saved from (None for a timeline of its own articles); ``articles.dct`` gets an index for date
ranges.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# (table, FTS table, searched columns): the same as timeline.store.search (a migration keeps its own copy).
_SEARCHED = (("events", "events_fts", ("headline", "body")), ("articles", "articles_fts", ("title", "text")))


def _sqlite_fts(table: str, fts: str, columns: tuple[str, ...]) -> list[str]:
    names = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    remove = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
    add = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', content_rowid='id', tokenize='porter unicode61')",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {add} END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {remove} END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {names} ON {table} BEGIN {remove} {add} END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    with op.batch_alter_table("timelines") as batch:
        batch.add_column(sa.Column("story_query", sa.JSON(), nullable=True))
    op.create_index("ix_articles_dct", "articles", ["dct"])
    if op.get_bind().dialect.name == "sqlite":
        for table, fts, columns in _SEARCHED:
            for statement in _sqlite_fts(table, fts, columns):
                op.execute(statement)
    else:
        for table, _fts, columns in _SEARCHED:
            document = " || ' ' || ".join(columns)
            op.execute(f"ALTER TABLE {table} ADD COLUMN search_vector tsvector "
                       f"GENERATED ALWAYS AS (to_tsvector('english', {document})) STORED")
            op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING GIN (search_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for _table, fts, _columns in _SEARCHED:
            for trigger in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{trigger}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    else:
        for table, _fts, _columns in _SEARCHED:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
            op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")
    op.drop_index("ix_articles_dct", "articles")
    with op.batch_alter_table("timelines") as batch:
        batch.drop_column("story_query")
