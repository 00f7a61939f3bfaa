"""Reads and writes of timelines, articles and events, as plain dicts (events in the one shape of
``store.views.event_view``).

Every write to a timeline (or to anything in it) bumps the timeline's ``version``
in the same transaction, with ``UPDATE ... WHERE version = :expected`` when the
caller gives the version it last saw, so a stale write changes nothing.
"""
from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterable

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from timeline.pipeline import PIPELINE_VERSION
from timeline.store import articles as stored_articles
from timeline.store import extraction
from timeline.store.db import reading, writing
from timeline.store.errors import Conflict, InvalidInput, NotFound, PreconditionFailed
from timeline.store.jobs import QUEUED, REEXTRACT, RUNNING
from timeline.store.models import ArticleResultRow, ArticleRow, EventRow, JobRow, TimelineArticleRow, TimelineRow, as_utc, utcnow
from timeline.store.views import article_view, event_view

PUBLISHED = "published"
STATUSES = ("draft", PUBLISHED)
EDITABLE_EVENT_FIELDS = {"headline": "edit_headline", "text": "edit_text", "date": "edit_date",
                         "hidden": "hidden", "group": "group", "media_url": "media_url"}


@dataclass(frozen=True)
class EventFilter:
    """What the event feed selects: a date window, words, a group."""

    earliest: str | None = None  # events ending after this
    latest: str | None = None  # events starting before this
    q: str | None = None
    group: str | None = None


@dataclass(frozen=True)
class Page:
    """One page of the event feed; ``cursor`` continues it (None on the last page)."""

    events: list[dict[str, Any]]
    cursor: str | None


# --- reading -----------------------------------------------------------------

def get_timeline(timeline_id: int, include_drafts: bool = False, include_hidden: bool | None = None) -> dict[str, Any] | None:
    """A timeline with its articles and events, or None when missing (or a draft and drafts are excluded).

    Hidden events are included (marked ``hidden``) only when ``include_hidden``,
    which defaults to ``include_drafts`` (an editor's view).
    """
    include_hidden = include_drafts if include_hidden is None else include_hidden
    with reading() as session:
        row = session.get(TimelineRow, timeline_id, options=[selectinload(TimelineRow.links)])
        if row is None or not _visible(row, include_drafts):
            return None
        query = select(EventRow).where(EventRow.timeline_id == timeline_id).order_by(*_FEED_ORDER)
        if not include_hidden:
            query = query.where(EventRow.hidden.is_(False))
        events = [event_view(event) for event in session.scalars(query)]
        return {
            **_summary(row),
            "articles": [article_view(link.article) for link in row.links],
            "events": [event for event in events if event["date"]["earliest"] is not None],
            "undated": [event for event in events if event["date"]["earliest"] is None],
        }


def get_article(article_id: int) -> dict[str, Any] | None:
    """A stored article, or None."""
    with reading() as session:
        row = session.get(ArticleRow, article_id)
        return article_view(row) if row is not None else None


def list_timelines(include_drafts: bool = False) -> list[dict[str, Any]]:
    """Summaries of the timelines, most recently updated first."""
    with reading() as session:
        events = (select(EventRow.timeline_id, func.count().label("n")).where(EventRow.hidden.is_(False))
                  .group_by(EventRow.timeline_id).subquery())
        articles = (select(TimelineArticleRow.timeline_id, func.count().label("n"))
                    .group_by(TimelineArticleRow.timeline_id).subquery())
        query = (select(TimelineRow, func.coalesce(events.c.n, 0), func.coalesce(articles.c.n, 0))
                 .outerjoin(events, events.c.timeline_id == TimelineRow.id)
                 .outerjoin(articles, articles.c.timeline_id == TimelineRow.id)
                 .order_by(TimelineRow.updated.desc(), TimelineRow.id.desc()))
        if not include_drafts:
            query = query.where(TimelineRow.status == PUBLISHED)
        return [{**_summary(row), "event_count": n_events, "article_count": n_articles}
                for row, n_events, n_articles in session.execute(query)]


def timeline_state(timeline_id: int, include_drafts: bool = False) -> tuple[int, datetime] | None:
    """(version, updated) of a visible timeline, for conditional requests; None when missing."""
    with reading() as session:
        row = session.execute(select(TimelineRow.version, TimelineRow.updated, TimelineRow.status)
                              .where(TimelineRow.id == timeline_id)).first()
    if row is None or (row.status != PUBLISHED and not include_drafts):
        return None
    return row.version, as_utc(row.updated)


def last_published_update() -> datetime | None:
    """When a published timeline last changed (the feed across timelines is as fresh as that)."""
    with reading() as session:
        updated = session.scalar(select(func.max(TimelineRow.updated)).where(TimelineRow.status == PUBLISHED))
    return as_utc(updated) if updated is not None else None


def list_events(timeline_id: int | None, where: EventFilter, limit: int, cursor: str | None = None,
                include_drafts: bool = False) -> Page:
    """A page of dated, visible events in interval order; across published timelines when ``timeline_id`` is None."""
    # Plain rows rather than ORM objects: the feed is the hot path, and ``event_view`` reads both alike.
    query = select(EventRow.__table__).where(EventRow.earliest.is_not(None), EventRow.hidden.is_(False))
    if timeline_id is not None:
        if timeline_state(timeline_id, include_drafts) is None:
            return Page([], None)
        # One timeline: a plain equality, so the planner walks the (timeline, order) index.
        query = query.where(EventRow.timeline_id == timeline_id)
    else:
        published = select(TimelineRow.id).where(TimelineRow.status == PUBLISHED)
        query = query.where(EventRow.timeline_id.in_(published))
    if where.earliest is not None:
        query = query.where(EventRow.latest > where.earliest)
    if where.latest is not None:
        query = query.where(EventRow.earliest < where.latest)
    if where.q:
        query = query.where(or_(EventRow.headline.icontains(where.q, autoescape=True),
                                EventRow.body.icontains(where.q, autoescape=True)))
    if where.group is not None:
        query = query.where(EventRow.group == where.group)
    if cursor is not None:
        earliest, latest, last_id = decode_cursor(cursor)
        # Keyset paging in the feed order (earliest asc, latest desc, id asc).
        query = query.where(or_(EventRow.earliest > earliest,
                                and_(EventRow.earliest == earliest,
                                     or_(EventRow.latest < latest, and_(EventRow.latest == latest, EventRow.id > last_id)))))
    query = query.order_by(*_FEED_ORDER).limit(limit + 1)
    with reading() as session:
        rows = session.execute(query).all()
    more = len(rows) > limit
    rows = rows[:limit]
    following = encode_cursor(rows[-1]) if more else None
    return Page([event_view(row) for row in rows], following)


def encode_cursor(row: Any) -> str:
    """An opaque token for the position just after ``row``."""
    raw = json.dumps([row.earliest, row.latest, row.id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, str, int]:
    """The position a cursor stands for; InvalidInput when it is not one of ours."""
    try:
        earliest, latest, last_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not (isinstance(earliest, str) and isinstance(latest, str) and isinstance(last_id, int)):
            raise ValueError(cursor)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as error:
        raise InvalidInput("invalid cursor: use the next_url of the previous page") from error
    return earliest, latest, last_id


# --- writing -----------------------------------------------------------------

def create_timeline(title: str, articles: Iterable[dict[str, Any]], description: str = "", status: str = "draft") -> dict[str, Any]:
    """Store a timeline over its articles (each extracted first, outside the write); return the stored timeline."""
    prepared = [stored_articles.prepare(article) for article in articles]
    with writing() as session:
        row = TimelineRow(title=title, description=description, status=status, version=1)
        session.add(row)
        session.flush()
        for one in prepared:
            article, _created = stored_articles.store(session, one)
            if all(link.article_id != article.id for link in row.links):  # the same article given twice is one
                stored_articles.link(session, row, article)
        stored_articles.rebuild_events(session, row)
        timeline_id = row.id
    return get_timeline(timeline_id, include_drafts=True)


def update_timeline(timeline_id: int, changes: dict[str, Any], expected_version: int | None = None) -> dict[str, Any]:
    """Change title, description or status."""
    with writing() as session:
        row = _bump(session, timeline_id, expected_version)
        for name in ("title", "description", "status"):
            if name in changes:
                setattr(row, name, changes[name])
    return get_timeline(timeline_id, include_drafts=True)


def delete_timeline(timeline_id: int, expected_version: int | None = None) -> None:
    """Delete a timeline with its events; its articles stay in the archive (other timelines may use them)."""
    with writing() as session:
        _bump(session, timeline_id, expected_version)
        session.execute(delete(TimelineRow).where(TimelineRow.id == timeline_id))


def add_article(timeline_id: int, article: dict[str, Any], expected_version: int | None = None,
                max_articles: int | None = None) -> dict[str, Any]:
    """Add an article to a timeline (extracting only that one, outside the write) and merge its events with
    the others' stored ones; Conflict past ``max_articles`` or when the timeline has the article already."""
    prepared = stored_articles.prepare(article)
    backfill = stored_articles.unextracted(timeline_id)
    with writing() as session:
        row = _bump(session, timeline_id, expected_version)
        # Counted after _bump has claimed the timeline row, so two concurrent adds cannot both pass.
        count = len(row.links)
        if max_articles is not None and count >= max_articles:
            raise Conflict(f"the timeline already has {count} articles, the most it may hold")
        existing = stored_articles.find(session, prepared.fields)
        if existing is not None and any(link.article_id == existing.id for link in row.links):
            raise Conflict(f"the timeline already has the article {article.get('url') or existing.id}")
        for one in backfill:
            stored_articles.store(session, one)
        added, _created = stored_articles.store(session, prepared)
        stored_articles.link(session, row, added)
        stored_articles.rebuild_events(session, row)
    return get_timeline(timeline_id, include_drafts=True)


def import_article(article: dict[str, Any], timeline_id: int | None = None) -> tuple[int, bool]:
    """Store an article in the archive (once: by URL or content hash), extracted outside the write, and add it
    to a timeline when one is given; return its id and whether it was new. Safe to repeat."""
    prepared = stored_articles.prepare(article)
    with writing() as session:
        row, created = stored_articles.store(session, prepared)
        if timeline_id is not None:
            _link(session, timeline_id, row)
        return row.id, created


def link_article(timeline_id: int, article_id: int) -> None:
    """Make a stored article one of a timeline's (nothing when it is already)."""
    backfill = stored_articles.unextracted(timeline_id)
    with writing() as session:
        for one in backfill:
            stored_articles.store(session, one)
        row = session.get(ArticleRow, article_id)
        if row is None:
            raise NotFound(f"no article {article_id}")
        _link(session, timeline_id, row)


def _link(session: Session, timeline_id: int, article: ArticleRow) -> None:
    timeline = session.get(TimelineRow, timeline_id)
    if timeline is None:
        raise NotFound(f"no timeline {timeline_id}")
    if all(link.article_id != article.id for link in timeline.links):
        _bump(session, timeline_id, None)
        stored_articles.link(session, timeline, article)
        stored_articles.rebuild_events(session, timeline)


def known_article(url: str | None = None, text: str | None = None, dct: str | None = None,
                  language: str | None = None, format: str | None = None) -> int | None:
    """The id of the stored article with this URL or this content, if any (imports skip those)."""
    fields = {"url": url, "content_hash": None}
    if text is not None:
        fields = extraction.article_fields({"text": text, "url": url, "dct": dct, "language": language, "format": format})
    with reading() as session:
        row = stored_articles.find(session, fields)
        return row.id if row is not None else None


def reextract_article(timeline_id: int, article_id: int, expected_version: int | None = None) -> dict[str, Any]:
    """Run extraction of one article again (after a pipeline upgrade); manual events and edits stay."""
    with reading() as session:
        link = session.get(TimelineArticleRow, (timeline_id, article_id))
        if link is None:
            if session.get(TimelineRow, timeline_id) is None:
                raise NotFound(f"no timeline {timeline_id}")
            raise NotFound(f"no article {article_id} in timeline {timeline_id}")
        fields = stored_articles.columns(link.article)
    result = extraction.extract_result(fields)
    with writing() as session:
        row = _bump(session, timeline_id, expected_version)
        stored_articles.save_result(session, session.get(ArticleRow, article_id), result)
        stored_articles.rebuild_events(session, row)
    return get_timeline(timeline_id, include_drafts=True)


def reextract(article_id: int, stale_only: bool = False) -> list[int]:
    """Extract an article again with the running pipeline and rebuild every timeline that uses it; return
    their ids. Nothing is stored until the new result is ready, and then all at once. ``stale_only``: nothing
    when the article already has a result of the running pipeline version (so a repeated job is a no-op)."""
    with reading() as session:
        row = session.get(ArticleRow, article_id)
        if row is None:
            raise NotFound(f"no article {article_id}")
        if stale_only and stored_articles.has_current_result(session, article_id):
            return []
        fields = stored_articles.columns(row)
    result = extraction.extract_result(fields)
    with writing() as session:
        row = session.get(ArticleRow, article_id)
        if row is None:
            raise NotFound(f"no article {article_id}")
        stored_articles.save_result(session, row, result)
        timeline_ids = list(session.scalars(select(TimelineArticleRow.timeline_id).where(TimelineArticleRow.article_id == article_id)))
        for timeline_id in timeline_ids:
            stored_articles.rebuild_events(session, _bump(session, timeline_id, None))
    return timeline_ids


def stale_articles(limit: int | None = None, skip_queued: bool = False) -> list[int]:
    """Ids of the articles with no result of the running pipeline version (what `timeline reextract` and Celery
    beat queue); ``skip_queued``: leave out those whose re-extraction is queued or running already."""
    current = select(ArticleResultRow.article_id).where(ArticleResultRow.article_id == ArticleRow.id,
                                                        ArticleResultRow.pipeline_version == PIPELINE_VERSION)
    # NOT EXISTS rather than NOT IN: PostgreSQL plans it as an anti-join over the primary key.
    query = select(ArticleRow.id).where(~current.exists()).order_by(ArticleRow.id)
    if skip_queued:
        in_flight = select(JobRow.article_id).where(JobRow.kind == REEXTRACT, JobRow.state.in_((QUEUED, RUNNING)),
                                                    JobRow.article_id.is_not(None))
        query = query.where(ArticleRow.id.not_in(in_flight))
    if limit is not None:
        query = query.limit(limit)
    with reading() as session:
        return list(session.scalars(query))


def create_event(timeline_id: int, fields: dict[str, Any], expected_version: int | None = None) -> tuple[dict[str, Any], int]:
    """Add a manual event (headline, text, date, group, media URL ...); return it and the new timeline version."""
    with writing() as session:
        timeline = _bump(session, timeline_id, expected_version)
        row = EventRow(timeline_id=timeline.id, manual=True, hidden=False, extracted={}, key="")
        _set_event_fields(row, fields)
        session.add(row)
        session.flush()
        row.key = f"manual-{row.id}"
        return event_view(row), timeline.version


def update_event(timeline_id: int, event_id: int, changes: dict[str, Any], expected_version: int | None = None) -> tuple[dict[str, Any], int]:
    """Apply an editor's changes to one event (``None`` restores the extracted value); return it and the new version."""
    with writing() as session:
        timeline = _bump(session, timeline_id, expected_version)
        row = _event(session, timeline_id, event_id)
        _set_event_fields(row, changes)
        return event_view(row), timeline.version


def delete_event(timeline_id: int, event_id: int, expected_version: int | None = None) -> int:
    """Delete a manual event, or hide an extracted one for good (re-extraction would restore a deleted one); return the new version."""
    with writing() as session:
        timeline = _bump(session, timeline_id, expected_version)
        row = _event(session, timeline_id, event_id)
        if row.manual:
            session.delete(row)
        else:
            row.hidden = True
        return timeline.version


def _set_event_fields(row: EventRow, fields: dict[str, Any]) -> None:
    for name, column in EDITABLE_EVENT_FIELDS.items():
        if name in fields:
            value = fields[name]
            setattr(row, column, bool(value) if column == "hidden" else value)
    extraction.apply_effective(row)


def _event(session: Session, timeline_id: int, event_id: int) -> EventRow:
    row = session.get(EventRow, event_id)
    if row is None or row.timeline_id != timeline_id:
        raise NotFound(f"no event {event_id} in timeline {timeline_id}")
    return row


def _bump(session: Session, timeline_id: int, expected_version: int | None) -> TimelineRow:
    """Check the version and claim the write in one statement; return the timeline."""
    statement = (update(TimelineRow).where(TimelineRow.id == timeline_id)
                 .values(version=TimelineRow.version + 1, updated=utcnow())
                 .execution_options(synchronize_session=False))
    if expected_version is not None:
        statement = statement.where(TimelineRow.version == expected_version)
    if session.execute(statement).rowcount == 0:
        if session.get(TimelineRow, timeline_id) is None:
            raise NotFound(f"no timeline {timeline_id}")
        raise PreconditionFailed(f"timeline {timeline_id} changed since version {expected_version}")
    return session.get(TimelineRow, timeline_id, populate_existing=True)


# --- views -------------------------------------------------------------------

_FEED_ORDER = (EventRow.earliest.asc(), EventRow.latest.desc(), EventRow.id.asc())


def _visible(row: TimelineRow, include_drafts: bool) -> bool:
    return include_drafts or row.status == PUBLISHED


def _summary(row: TimelineRow) -> dict[str, Any]:
    return {"id": row.id, "title": row.title, "description": row.description, "status": row.status,
            "version": row.version, "created": as_utc(row.created).isoformat(), "updated": as_utc(row.updated).isoformat()}
