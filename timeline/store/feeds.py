"""Followed feeds: the RSS/Atom feeds and sitemaps Celery beat checks for new articles (see timeline.jobs.tasks)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from timeline.store.db import reading, writing
from timeline.store.models import FeedRow, as_utc


def follow_feed(url: str, timeline_id: int | None = None) -> tuple[dict[str, Any], bool]:
    """Follow a feed (once: following it again changes nothing); return it and whether it is new."""
    try:
        with writing() as session:
            existing = session.scalar(select(FeedRow).where(FeedRow.url == url))
            if existing is not None:
                return feed_view(existing), False
            row = FeedRow(url=url, timeline_id=timeline_id)
            session.add(row)
            session.flush()
            return feed_view(row), True
    except IntegrityError:  # followed by someone else at the same moment
        with reading() as session:
            return feed_view(session.scalar(select(FeedRow).where(FeedRow.url == url))), False


def list_feeds() -> list[dict[str, Any]]:
    """The followed feeds, oldest first."""
    with reading() as session:
        return [feed_view(row) for row in session.scalars(select(FeedRow).order_by(FeedRow.id))]


def feed_view(row: FeedRow) -> dict[str, Any]:
    """A followed feed's fields."""
    return {"id": row.id, "url": row.url, "timeline": row.timeline_id,
            "checked": as_utc(row.checked).isoformat() if row.checked else None}
