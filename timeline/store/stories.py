"""Story timelines over the archive: the articles a query matches, told as one story (``timeline.stories``).

A story can be saved as a timeline whose ``story_query`` keeps the query: it links the matching articles,
and every article stored later that matches joins it (``join_saved_stories``, called where articles are
stored), so the timeline grows with the archive.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline.serialize import timeline_from_dict
from timeline.stories import StoryArticle, StoryEvent, build_story
from timeline.stories.query import query_words, text_matches
from timeline.stories.read import find_lede
from timeline.store import articles as stored_articles
from timeline.store.db import reading, writing
from timeline.store.errors import NotFound
from timeline.store.models import ArticleRow, TimelineArticleRow, TimelineRow, utcnow
from timeline.store.search import SearchFilter, article_query

# The most articles one story reads (the newest that match): a bound on the work of one request.
MAX_STORY_ARTICLES = 1000


def _story_articles(session: Session, rows: list[ArticleRow]) -> list[StoryArticle]:
    """The articles with their stored results (an article not extracted yet is left out)."""
    stored = stored_articles.results(session, [row.id for row in rows])
    found = []
    for row in rows:
        if row.id in stored:
            timeline = timeline_from_dict(stored[row.id])
            found.append(StoryArticle(id=str(row.id), dct=row.dct or timeline.dct, timeline=timeline, url=row.url,
                                      title=row.title, lede=find_lede(row.text, row.dct, row.language), text=row.text))
    return found


def story(query: str, earliest: str | None = None, latest: str | None = None, limit: int | None = None,
          include_drafts: bool = False) -> tuple[list[StoryEvent], int]:
    """The story of the stored articles matching ``query`` (and published in the window): its events, best
    first, and how many articles it was told from."""
    where = SearchFilter(q=query, earliest=earliest, latest=latest)
    with reading() as session:
        rows = session.scalars(article_query(session, where, include_drafts).limit(MAX_STORY_ARTICLES)).all()
        articles = _story_articles(session, list(rows))
    return build_story(articles, limit=limit, earliest=earliest, latest=latest), len(articles)


def save_story(title: str, query: str, earliest: str | None = None, latest: str | None = None,
               limit: int | None = None, status: str = "draft") -> int:
    """Save a story query as a timeline over the articles it matches now (and later); returns its id."""
    where = SearchFilter(q=query, earliest=earliest, latest=latest)
    with writing() as session:
        row = TimelineRow(title=title, description=f"Story: {query}", status=status, version=1,
                          story_query={"query": query, "from": earliest, "to": latest, "limit": limit})
        session.add(row)
        session.flush()
        for article in session.scalars(article_query(session, where, include_drafts=True).limit(MAX_STORY_ARTICLES)):
            stored_articles.link(session, row, article)
        stored_articles.rebuild_events(session, row)
        return row.id


def saved_story(timeline_id: int, include_drafts: bool = False) -> tuple[dict[str, Any], list[StoryEvent]]:
    """A saved story timeline (id, title, its query) and its story, told from the articles it holds now."""
    with reading() as session:
        row = session.get(TimelineRow, timeline_id)
        if row is None or row.story_query is None or not (include_drafts or row.status == "published"):
            raise NotFound(f"no story {timeline_id}")
        saved = row.story_query
        articles = _story_articles(session, [link.article for link in row.links])
        summary = {"id": row.id, "title": row.title, "status": row.status, "query": saved["query"],
                   "from": saved.get("from"), "to": saved.get("to"), "limit": saved.get("limit"), "articles": len(articles)}
    return summary, build_story(articles, limit=saved.get("limit"), earliest=saved.get("from"), latest=saved.get("to"))


def _matches(saved: dict[str, Any], article: ArticleRow) -> bool:
    """Whether an article belongs to a saved story: every query word in it, published in its window."""
    dct = article.dct or ""
    if (saved.get("from") and dct < saved["from"][:10]) or (saved.get("to") and dct >= saved["to"][:10]):
        return False
    return text_matches(f"{article.title} {article.text}", query_words(saved["query"]), article.language)


def join_saved_stories(session: Session, article: ArticleRow) -> list[int]:
    """Link a newly stored article to every saved story it matches and rebuild their events; returns their ids."""
    joined = []
    for timeline in session.scalars(select(TimelineRow).where(TimelineRow.story_query.is_not(None))):
        linked = session.scalar(select(TimelineArticleRow.article_id).where(
            TimelineArticleRow.timeline_id == timeline.id, TimelineArticleRow.article_id == article.id))
        if linked is None and _matches(timeline.story_query, article):
            stored_articles.link(session, timeline, article)
            stored_articles.rebuild_events(session, timeline)
            timeline.version += 1  # as every write to a timeline: caches and editors see it changed
            timeline.updated = utcnow()
            joined.append(timeline.id)
    return joined
