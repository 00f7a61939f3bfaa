"""Articles in the archive: stored once, extracted outside any write transaction, results kept per pipeline version.

The order of every write that brings in an article is:
1. ``prepare`` (no transaction held): read the article's columns and, unless the store
   already has a result of this pipeline version for it, run the pipeline;
2. ``store`` inside the caller's short write transaction: the article (found by URL or
   content hash, else inserted) and its result, all in one commit. A process killed
   during step 1 has stored nothing; the same article stored twice is one row.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from timeline.pipeline import PIPELINE_VERSION
from timeline.serialize import timeline_from_dict
from timeline.store import extraction
from timeline.store.db import reading
from timeline.store.models import ArticleResultRow, ArticleRow, TimelineArticleRow, TimelineRow, utcnow


@dataclass(frozen=True)
class Prepared:
    """An article ready to store: its columns and its fresh result (None: the store has a current one)."""

    fields: dict[str, Any]
    result: dict[str, Any] | None


def find(session: Session, fields: dict[str, Any]) -> ArticleRow | None:
    """The stored copy of an article: the one with its URL, else the one with its content."""
    same = ArticleRow.content_hash == fields["content_hash"]
    if fields.get("url"):
        same = or_(ArticleRow.url == fields["url"], same)
    # The URL match first: a page fetched again with new text is still the same article.
    rows = session.scalars(select(ArticleRow).where(same)).all()
    return next((row for row in rows if fields.get("url") and row.url == fields["url"]), rows[0] if rows else None)


def has_current_result(session: Session, article_id: int) -> bool:
    """Whether the article has a result of the running pipeline version."""
    return session.get(ArticleResultRow, (article_id, PIPELINE_VERSION)) is not None


def prepare(article: dict[str, Any], force: bool = False) -> Prepared:
    """The article's columns and, unless already stored (or ``force``), its extraction: no transaction held."""
    fields = extraction.article_fields(article)
    if not force:
        with reading() as session:
            row = find(session, fields)
            if row is not None and has_current_result(session, row.id):
                return Prepared(fields, None)
    return Prepared(fields, extraction.extract_result(fields))


def store(session: Session, prepared: Prepared) -> tuple[ArticleRow, bool]:
    """Store the article (unless it is there) and its result; return the row and whether it is new."""
    row = find(session, prepared.fields)
    created = row is None
    if created:
        row = ArticleRow(**prepared.fields)
        try:
            with session.begin_nested():  # another process may store the same article at the same moment
                session.add(row)
        except IntegrityError:
            row = find(session, prepared.fields)
            if row is None:
                raise
            created = False
    else:
        # The same text stored before without a URL (or a title): the copy given now names its source.
        row.url = row.url or prepared.fields.get("url")
        row.title = row.title or prepared.fields["title"]
    if prepared.result is not None:
        save_result(session, row, prepared.result)
    if created:
        from timeline.store.stories import join_saved_stories  # stories build on this module

        join_saved_stories(session, row)
    return row, created


def save_result(session: Session, row: ArticleRow, result: dict[str, Any]) -> None:
    """Keep ``result`` as the article's extraction by the running pipeline version."""
    session.merge(ArticleResultRow(article_id=row.id, pipeline_version=PIPELINE_VERSION, result=result, extracted_at=utcnow()))
    row.dct = row.dct or result.get("dct")  # a dateline's date, when the client gave none


def link(session: Session, timeline: TimelineRow, row: ArticleRow) -> None:
    """Make the article one of the timeline's (at the end)."""
    position = max((existing.position for existing in timeline.links), default=0) + 1
    timeline.links.append(TimelineArticleRow(article_id=row.id, position=position, article=row))
    session.flush()


def results(session: Session, article_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Each article's stored result: of the running pipeline version when there is one, else the newest."""
    ids = list(article_ids)
    if not ids:
        return {}
    rows = session.scalars(select(ArticleResultRow).where(ArticleResultRow.article_id.in_(ids))
                           .order_by(ArticleResultRow.extracted_at)).all()
    chosen: dict[int, ArticleResultRow] = {}
    for row in rows:
        current = chosen.get(row.article_id)
        if current is None or current.pipeline_version != PIPELINE_VERSION:
            chosen[row.article_id] = row
    return {article_id: row.result for article_id, row in chosen.items()}


def unextracted(timeline_id: int) -> list[Prepared]:
    """Fresh results for the timeline's articles that have none stored (articles migrated from before results
    were kept): extracted here, with no transaction held, so the timeline can be rebuilt from stored results."""
    with reading() as session:
        rows = session.scalars(select(ArticleRow).join(TimelineArticleRow, TimelineArticleRow.article_id == ArticleRow.id)
                               .where(TimelineArticleRow.timeline_id == timeline_id)).all()
        stored = results(session, [row.id for row in rows])
    missing = [row for row in rows if row.id not in stored]
    return [Prepared(fields, extraction.extract_result(fields)) for fields in map(columns, missing)]


def columns(row: ArticleRow) -> dict[str, Any]:
    """The stored article's columns, as ``extraction.article_fields`` gives them."""
    return {"title": row.title, "text": row.text, "url": row.url, "dct": row.dct, "language": row.language,
            "format": row.format, "mode": row.mode, "content_hash": row.content_hash}


def rebuild_events(session: Session, timeline: TimelineRow) -> None:
    """The timeline's extracted events again, from its articles' stored results (nothing is extracted here)."""
    stored = results(session, [link.article_id for link in timeline.links])
    if any(link.article_id not in stored for link in timeline.links):
        # An article migrated from before results were kept and not extracted yet: rebuilding now would drop
        # its events. Its own re-extraction (`timeline reextract`, or the next article added) rebuilds the timeline.
        return
    extraction.reconcile(timeline, [(link.article_id, timeline_from_dict(stored[link.article_id]))
                                    for link in timeline.links if link.article_id in stored])
