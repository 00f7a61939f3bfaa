"""The tasks. Each marks its job running, does its work through the store (which extracts outside any
write transaction and stores everything at the end in one), and marks the job succeeded.

Errors that another try may cure (the database or an article's server unreachable) are retried
with back-off; errors in the input (an unreadable article, a refused URL) fail the job at once.
"""
from __future__ import annotations

from typing import Any

from celery import shared_task
from celery.utils.log import get_task_logger
from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from timeline import store
from timeline.feeds import fetch_feed
from timeline.fetch import FetchError, article_from_url
from timeline.store import jobs
from timeline.store.db import reading, writing
from timeline.store.models import FeedRow, utcnow

log = get_task_logger(__name__)


class Unreachable(Exception):
    """An article's server could not be reached or timed out: worth another try."""


RETRIED = (OperationalError, Unreachable)
TASK_OPTIONS = {"bind": True, "acks_late": True, "reject_on_worker_lost": True, "autoretry_for": RETRIED,
                "retry_backoff": 2, "retry_backoff_max": 120, "retry_jitter": True, "max_retries": 3}


def _store(job_id: str, article: dict[str, Any], timeline_id: int | None) -> dict[str, Any]:
    jobs.mark(job_id, jobs.RUNNING)
    try:
        article_id, created = store.import_article(article, timeline_id)
    except (store.InvalidInput, store.NotFound) as error:
        jobs.mark(job_id, jobs.FAILED, error=str(error))
        return {"error": str(error)}
    jobs.mark(job_id, jobs.SUCCEEDED, done=1, article_id=article_id)
    return {"article": article_id, "created": created, "timeline": timeline_id}


@shared_task(name="timeline.extract_article", **TASK_OPTIONS)
def extract_article(self, article: dict[str, Any], timeline_id: int | None = None) -> dict[str, Any]:
    """Store and extract a posted article or an import item (``{"text", "dct", "title", "url"}``)."""
    return _store(self.request.id, article, timeline_id)


@shared_task(name="timeline.extract_url", **TASK_OPTIONS)
def extract_url(self, url: str, timeline_id: int | None = None, title: str = "", dct: str | None = None) -> dict[str, Any]:
    """Fetch an article through the safe fetcher, then store and extract it (skipped when its URL is stored)."""
    if (known := store.known_article(url=url)) is not None:  # nothing to fetch again
        if timeline_id is not None:
            store.link_article(timeline_id, known)
        jobs.mark(self.request.id, jobs.SUCCEEDED, done=1, article_id=known)
        return {"article": known, "created": False, "timeline": timeline_id}
    jobs.mark(self.request.id, jobs.RUNNING)
    try:
        fetched = article_from_url(url, current_app.config)
    except FetchError as error:
        if error.status >= 500:
            raise Unreachable(error.message) from error
        jobs.mark(self.request.id, jobs.FAILED, error=error.message)
        return {"error": error.message}
    # The URL asked for names the article (a redirect's target may differ), so that following a feed twice finds it.
    article = {**fetched, "url": url, "title": title or fetched["title"], "dct": dct or fetched["dct"]}
    return _store(self.request.id, article, timeline_id)


@shared_task(name="timeline.reextract", **TASK_OPTIONS)
def reextract(self, article_id: int, stale_only: bool = False) -> dict[str, Any]:
    """Extract a stored article again with the running pipeline version and rebuild the timelines using it
    (``stale_only``: unless it has a result of that version already)."""
    jobs.mark(self.request.id, jobs.RUNNING, article_id=article_id)
    try:
        timelines = store.reextract(article_id, stale_only)
    except (store.InvalidInput, store.NotFound) as error:
        jobs.mark(self.request.id, jobs.FAILED, error=str(error))
        return {"error": str(error)}
    jobs.mark(self.request.id, jobs.SUCCEEDED, done=1)
    return {"article": article_id, "timelines": timelines}


@shared_task(name="timeline.follow_feeds", bind=True, acks_late=True)
def follow_feeds(self) -> dict[str, int]:
    """Celery beat's periodic task: queue the new items of every followed feed."""
    with reading() as session:
        feeds = [(feed.id, feed.url, feed.timeline_id) for feed in session.scalars(select(FeedRow).order_by(FeedRow.id))]
    queued = 0
    for feed_id, url, timeline_id in feeds:
        try:
            queued += len(queue_new_items(url, timeline_id))
        except FetchError as error:
            log.warning("feed %s: %s", url, error.message)
        with writing() as session:
            session.get(FeedRow, feed_id).checked = utcnow()
    return {"feeds": len(feeds), "queued": queued}


@shared_task(name="timeline.reextract_stale", bind=True, acks_late=True)
def reextract_stale(self) -> dict[str, int]:
    """Celery beat's periodic task: queue re-extraction of the next batch of articles an older pipeline version
    extracted (TIMELINE_REEXTRACT_BATCH of them; none twice)."""
    return {"queued": len(queue_stale(current_app.config["TIMELINE_REEXTRACT_BATCH"]))}


def queue_stale(limit: int | None = None) -> list[int]:
    """Queue re-extraction of (at most ``limit``) articles whose stored result is of an older pipeline version and
    whose re-extraction is not queued already; return their ids. Each job does nothing if the article is current by
    the time it runs. With no broker they are re-extracted here and now, one after the other."""
    from timeline.jobs import enqueue

    stale = store.stale_articles(limit, skip_queued=True)
    for article_id in stale:
        enqueue("reextract", article_id, True, kind=jobs.REEXTRACT, article_id=article_id)
    return stale


def queue_new_items(url: str, timeline_id: int | None = None) -> list[str]:
    """Queue extraction of the items of a feed or sitemap whose URL the store does not have; return the job ids."""
    from timeline.jobs import enqueue

    new = [item for item in fetch_feed(url, current_app.config) if store.known_article(url=item.url) is None]
    return [enqueue("extract_url", item.url, timeline_id, item.title, item.published, kind="feed_item", timeline_id=timeline_id)
            for item in new]
