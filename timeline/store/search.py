"""Full-text search over stored events and articles: SQLite FTS5 by default, PostgreSQL full-text search at scale.

Both match every word of the query (stemmed: "floods" finds "flooded") and, with ``entity``, the entity's
words as one phrase. SQLite reads the FTS5 tables ``events_fts`` and ``articles_fts`` (kept in step by
triggers, see migration 0003); PostgreSQL matches the tables' ``search_vector`` columns (generated:
``to_tsvector('english', ...)`` of the same text) through their GIN indexes. Results come in a fixed order, read off the matches alone (events by
date, articles newest first), so no relevance score is computed over every match.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, literal_column, or_, select, text

from timeline.store.db import reading
from timeline.store.errors import InvalidInput
from timeline.store.models import ArticleRow, EventRow, TimelineArticleRow, TimelineRow
from timeline.store.repository import PUBLISHED
from timeline.store.views import article_view, event_view

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchFilter:
    """What a search selects: words, and optionally a date range, an article, a source and an entity."""

    q: str = ""
    earliest: str | None = None  # ISO date: events ending after it, articles published on or after it
    latest: str | None = None  # ISO date, exclusive: events starting before it, articles published before it
    article: int | None = None
    source: str | None = None  # the host of the article's URL ("www.example.com")
    entity: str | None = None  # a name the text must hold, as a phrase ("World Health Organization")


def words(text_: str | None) -> list[str]:
    """The words of a query, lower-case (punctuation and FTS operators are not words)."""
    return [word.lower() for word in _WORD.findall(text_ or "")]


def _fts5_query(where: SearchFilter) -> str:
    """An FTS5 MATCH string: each word quoted (so no word is taken for an operator), the entity as a phrase."""
    query = " ".join(f'"{word}"' for word in words(where.q))
    if where.entity:
        query += ' "' + " ".join(words(where.entity)) + '"'
    return query.strip()


def _matches(dialect: str, table: str, where: SearchFilter) -> ColumnElement[bool]:
    """The clause selecting rows of ``table`` whose text matches the query and the entity (InvalidInput when
    they hold no words)."""
    if not words(where.q) and not words(where.entity):
        raise InvalidInput("give words to search for (q or entity)")
    if dialect == "sqlite":
        return literal_column(f"{table}.id").in_(
            select(literal_column("rowid")).select_from(text(f"{table}_fts"))
            .where(text(f"{table}_fts MATCH :fts").bindparams(fts=_fts5_query(where))))
    clauses = []
    if words(where.q):
        clauses.append(text(f"{table}.search_vector @@ plainto_tsquery('english', :q)")
                       .bindparams(q=" ".join(words(where.q))))
    if where.entity and words(where.entity):
        clauses.append(text(f"{table}.search_vector @@ phraseto_tsquery('english', :entity)")
                       .bindparams(entity=" ".join(words(where.entity))))
    return and_(*clauses)


def _from_source(source: str) -> ColumnElement[bool]:
    host = source.lower().strip().removeprefix("https://").removeprefix("http://").strip("/")
    pattern = host.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return or_(*(ArticleRow.url.like(f"{scheme}://{pattern}/%", escape="\\") for scheme in ("http", "https")))


def _dialect(session) -> str:
    return session.get_bind().dialect.name


def search_events(where: SearchFilter, limit: int = 50, include_drafts: bool = False) -> list[dict[str, Any]]:
    """Events whose headline or text match, by date (earliest first); only published timelines' unless
    ``include_drafts``; hidden events never."""
    with reading() as session:
        query = select(EventRow.__table__).where(EventRow.hidden.is_(False),
                                                 _matches(_dialect(session), "events", where))
        if not include_drafts:
            query = query.where(EventRow.timeline_id.in_(select(TimelineRow.id).where(TimelineRow.status == PUBLISHED)))
        if where.earliest:
            query = query.where(EventRow.latest > where.earliest)
        if where.latest:
            query = query.where(EventRow.earliest < where.latest)
        if where.article is not None:
            query = query.where(EventRow.article_id == where.article)
        if where.source:
            query = query.where(EventRow.article_id.in_(select(ArticleRow.id).where(_from_source(where.source))))
        rows = session.execute(query.order_by(EventRow.earliest.asc(), EventRow.id.asc()).limit(limit)).all()
    return [event_view(row) for row in rows]


def article_query(session, where: SearchFilter, include_drafts: bool = False):
    """The SELECT of matching articles (newest first), for a search or a story."""
    query = select(ArticleRow).where(_matches(_dialect(session), "articles", where))
    if not include_drafts:
        published = select(TimelineArticleRow.article_id).join(TimelineRow, TimelineRow.id == TimelineArticleRow.timeline_id) \
            .where(TimelineRow.status == PUBLISHED, TimelineArticleRow.article_id == ArticleRow.id)
        query = query.where(exists(published))
    if where.earliest:
        query = query.where(ArticleRow.dct >= where.earliest[:10])
    if where.latest:
        query = query.where(ArticleRow.dct < where.latest[:10])
    if where.article is not None:
        query = query.where(ArticleRow.id == where.article)
    if where.source:
        query = query.where(_from_source(where.source))
    return query.order_by(ArticleRow.dct.desc(), ArticleRow.id.desc())


def search_articles(where: SearchFilter, limit: int = 50, include_drafts: bool = False) -> list[dict[str, Any]]:
    """Articles whose title or text match, newest first (without their text); only those of published
    timelines unless ``include_drafts``."""
    with reading() as session:
        rows = session.scalars(article_query(session, where, include_drafts).limit(limit)).all()
        found = [{key: value for key, value in article_view(row).items() if key != "text"} for row in rows]
    return found
