"""The store: timelines, articles, events and tokens in SQL (SQLite by default, PostgreSQL at scale).

``init_app`` opens the database, applies migrations and stores the sample on a
first start; the functions below are what the API and the viewer pages call.
"""
from __future__ import annotations

from pathlib import Path

import click
from flask import Flask
from flask.cli import with_appcontext
from sqlalchemy import func, select

from timeline.store import migrate
from timeline.store.db import EXTENSION, database_url, make_engine, migration_lock, writing
from timeline.store.errors import Conflict, InvalidInput, NotFound, PreconditionFailed, StoreError
from timeline.store.models import TimelineRow
from timeline.store.repository import (
    PUBLISHED, STATUSES, EventFilter, Page, add_article, create_event, create_timeline, delete_event,
    delete_timeline, get_article, get_timeline, import_article, known_article, link_article, last_published_update, list_events, list_timelines,
    reextract, reextract_article, stale_articles, timeline_state, update_event, update_timeline,
)
from timeline.store.feeds import follow_feed, list_feeds
from timeline.store.tokens import create_token, revoke_token, token_digest, token_name, token_name_by_digest

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "sample_article.txt"

__all__ = [
    "init_app", "get_timeline", "list_timelines", "timeline_state", "last_published_update", "list_events",
    "create_timeline", "update_timeline", "delete_timeline", "add_article", "reextract_article",
    "import_article", "known_article", "link_article", "get_article", "follow_feed", "list_feeds", "reextract", "stale_articles",
    "create_event", "update_event", "delete_event", "create_token", "revoke_token", "token_name",
    "token_digest", "token_name_by_digest",
    "EventFilter", "Page", "PUBLISHED", "STATUSES",
    "StoreError", "NotFound", "PreconditionFailed", "Conflict", "InvalidInput",
]


def init_app(app: Flask) -> None:
    """Open the database, migrate it, seed the sample; register the CLI commands."""
    config = app.config
    engine = make_engine(database_url(app), config["TIMELINE_SQLITE_BUSY_TIMEOUT_MS"], config["TIMELINE_DATABASE_POOL_SIZE"])
    app.extensions[EXTENSION] = engine
    if config["TIMELINE_MIGRATE_ON_START"]:
        with migration_lock(engine):
            migrate.upgrade(engine)
            if config["TIMELINE_SEED_SAMPLE"]:
                with app.app_context():
                    seed_sample()
    # Forked app servers must not share the connections opened while starting.
    engine.dispose()
    app.cli.add_command(migrate_command)
    app.cli.add_command(create_token_command)
    app.cli.add_command(revoke_token_command)


def seed_sample() -> bool:
    """Store the sample article as a published timeline when the database has no timeline yet."""
    with writing() as session:
        if session.scalar(select(func.count()).select_from(TimelineRow)):
            return False
    text = SAMPLE.read_text(encoding="utf-8")
    title = next((line.strip() for line in text.splitlines()[1:] if line.strip()), "Sample timeline")
    create_timeline(title, [{"title": title, "text": text}], description="A sample article, stored on first start.",
                    status=PUBLISHED)
    return True


@click.command("migrate")
@with_appcontext
@click.option("--revision", default="head", show_default=True, help="the schema revision to reach")
def migrate_command(revision: str) -> None:
    """Apply the database migrations."""
    from timeline.store.db import engine

    with migration_lock(engine()):
        migrate.upgrade(engine(), revision)
    click.echo(f"database at {revision}")


@click.command("create-token")
@with_appcontext
@click.argument("name")
def create_token_command(name: str) -> None:
    """Create an API token called NAME and print it (it is shown only once)."""
    try:
        click.echo(create_token(name))
    except Conflict as error:
        raise click.ClickException(str(error)) from error


@click.command("revoke-token")
@with_appcontext
@click.argument("name")
def revoke_token_command(name: str) -> None:
    """Revoke the API token called NAME."""
    if not revoke_token(name):
        raise click.ClickException(f"no token named {name!r}")
    click.echo(f"revoked {name}")
