"""Fixtures: the app over SQLite and PostgreSQL alike, its client and CLI runner, a token.

PostgreSQL tests run in a schema of their own, created for the session and dropped
after it; tables are emptied between tests. Under CI (``CI`` set) the PostgreSQL URL
must come from ``TIMELINE_TEST_POSTGRES_URL``: a missing database fails, never skips.
"""
from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from timeline import create_app, store

# The real-browser fixtures (one Chromium per session) serve every test module.
pytest_plugins = ["browser_fixtures", "worker_fixtures"]

LOCAL_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BACKENDS = ["sqlite", "postgresql"]
# Every table of the store, those that point at others first (the order SQLite empties them in).
TABLES = ("events", "timeline_articles", "article_results", "feeds", "jobs", "articles", "timelines", "tokens")


def postgres_url() -> str:
    """The PostgreSQL server the tests use."""
    url = os.environ.get("TIMELINE_TEST_POSTGRES_URL")
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail("CI is set but TIMELINE_TEST_POSTGRES_URL is not: the PostgreSQL tests cannot be skipped")
    return LOCAL_POSTGRES_URL


@pytest.fixture(scope="session")
def postgres_schema_url():
    """A URL whose connections use a fresh schema, dropped at the end of the session."""
    url = postgres_url()
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as error:  # noqa: BLE001 - report any connection failure the same way
        pytest.fail(f"PostgreSQL at {url} is not usable: {error}")
    yield make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory):
    """The SQLite file of the session, emptied between tests."""
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'timeline.sqlite'}"


@pytest.fixture(params=BACKENDS)
def database_url(request):
    """The database of one test: the session's SQLite file or PostgreSQL schema, empty at the start."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("postgres_schema_url")


def _empty_tables(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE"))
        else:  # SQLite reuses ids from 1 once a table is empty (no AUTOINCREMENT)
            for table in TABLES:
                connection.execute(text(f"DELETE FROM {table}"))
    engine.dispose()


def _configured(url: str, overrides: dict) -> dict:
    # No rate limit: the tests extract far more often than a client may (tests/test_limits.py checks the limit).
    # No fetching by URL: generated URLs must never reach the network (tests/test_api_url.py switches it on).
    return {"TESTING": True, "TIMELINE_DATABASE_URL": url, "TIMELINE_SEED_SAMPLE": False,
            "TIMELINE_EXTRACT_RATE_LIMIT": "", "TIMELINE_FETCH_ENABLED": False, **overrides}


@pytest.fixture(scope="session")
def shared_apps():
    """One app per database for the session: building an app (OpenAPI, migrations) takes a while."""
    apps = {}
    yield apps
    for app in apps.values():
        app.extensions["timeline_store"].dispose()


@pytest.fixture
def make_app(database_url, tmp_path):
    """Build more apps on the test's database (several app servers on one database)."""
    built = []

    def build(**overrides):
        app = create_app(_configured(database_url, overrides))
        app.instance_path = str(tmp_path / "instance")
        built.append(app)
        return app

    yield build
    for app in built:
        app.extensions["timeline_store"].dispose()
    _empty_tables(database_url)


@pytest.fixture
def app(make_app, database_url, shared_apps):
    """The app, on SQLite and on PostgreSQL (the database is emptied after each test)."""
    if database_url not in shared_apps:
        shared_apps[database_url] = create_app(_configured(database_url, {}))
    return shared_apps[database_url]


@pytest.fixture
def client(app):
    """A test client of the app."""
    return app.test_client()


@pytest.fixture
def runner(app):
    """A runner for the app's CLI commands."""
    return app.test_cli_runner()


@pytest.fixture
def token(app):
    """A valid API token."""
    with app.app_context():
        return store.create_token("tests")


@pytest.fixture
def auth(token):
    """Headers that authorize writes."""
    return {"Authorization": f"Bearer {token}"}
