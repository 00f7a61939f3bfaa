"""The database connection: one engine per app, SQLite tuned for concurrent readers.

SQLite runs in WAL mode with a busy timeout, and write transactions start with
``BEGIN IMMEDIATE`` so that two writers queue on the lock instead of failing when
one tries to upgrade a read transaction. PostgreSQL needs none of this.
"""
from __future__ import annotations

import contextlib
import fcntl
from pathlib import Path
from typing import Iterator

from flask import Flask, current_app
from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.orm import Session

EXTENSION = "timeline_store"
_MIGRATION_LOCK_ID = 0x74696D65  # "time": the PostgreSQL advisory lock taken while migrating


def database_url(app: Flask) -> str:
    """The configured SQLAlchemy URL, or a SQLite file in the instance folder."""
    url = app.config.get("TIMELINE_DATABASE_URL")
    if url:
        return url
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{Path(app.instance_path) / 'timeline.sqlite'}"


def make_engine(url: str, busy_timeout_ms: int = 5000, pool_size: int = 5) -> Engine:
    """Create the engine; SQLite gets WAL, a busy timeout, foreign keys and explicit BEGIN."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    # isolation_level=None stops the driver's own BEGIN; the "begin" hook below emits ours.
    engine = create_engine(url, connect_args={"isolation_level": None, "timeout": busy_timeout_ms / 1000,
                                              "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection):
        mode = connection.get_execution_options().get("sqlite_begin", "")
        connection.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine


def engine() -> Engine:
    """The current app's engine."""
    return current_app.extensions[EXTENSION]


@contextlib.contextmanager
def reading() -> Iterator[Session]:
    """A session for reads."""
    with Session(engine(), expire_on_commit=False) as session:
        yield session


@contextlib.contextmanager
def writing() -> Iterator[Session]:
    """A session whose transaction commits at the end (rolls back on error)."""
    bind = engine().execution_options(sqlite_begin="IMMEDIATE")
    with Session(bind, expire_on_commit=False) as session, session.begin():
        yield session


@contextlib.contextmanager
def migration_lock(bound: Engine) -> Iterator[None]:
    """Serialize migrations and seeding between app processes starting together."""
    if bound.dialect.name == "postgresql":
        with bound.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:id)"), {"id": _MIGRATION_LOCK_ID})
            connection.commit()
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": _MIGRATION_LOCK_ID})
                connection.commit()
        return
    database = bound.url.database
    if not database or database == ":memory:":
        yield
        return
    with open(f"{database}.lock", "w") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)
