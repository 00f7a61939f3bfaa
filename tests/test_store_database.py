"""The database: migrations, SQLite settings, the sample on first start, tokens, concurrent writers."""
from __future__ import annotations

import hashlib
import threading

import pytest
from sqlalchemy import inspect, select, text

from api_helpers import assert_error, create
from conftest import LOCAL_POSTGRES_URL, postgres_url
from timeline import create_app, store
from timeline.store import migrate
from timeline.store.db import engine
from timeline.store.models import TokenRow

def engine_of(app):
    """The engine an app opened."""
    return app.extensions["timeline_store"]


TABLES = {"timelines", "articles", "events", "tokens"}


def test_first_start_creates_the_tables_at_the_head_revision(app):
    with app.app_context():
        assert TABLES <= set(inspect(engine()).get_table_names())
        assert migrate.current_revision(engine()) == migrate.head_revision()


def test_migrations_go_down_and_up_and_the_cli_applies_them(app, runner):
    with app.app_context():
        migrate.downgrade(engine(), "base")
        assert not TABLES & set(inspect(engine()).get_table_names())
        result = runner.invoke(args=["migrate"])
        assert result.exit_code == 0, result.output
        assert TABLES <= set(inspect(engine()).get_table_names())


def test_default_database_is_a_sqlite_file_in_the_instance_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("TIMELINE_DATABASE_URL", raising=False)
    from timeline.web.app import build_app

    monkeypatch.setattr("flask.Flask.auto_find_instance_path", lambda self: str(tmp_path / "instance"))
    app = build_app({"TIMELINE_SEED_SAMPLE": False})
    assert (tmp_path / "instance" / "timeline.sqlite").exists()
    engine_of(app).dispose()


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path):
    app = create_app({"TIMELINE_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite'}", "TIMELINE_SEED_SAMPLE": False,
                      "TIMELINE_SQLITE_BUSY_TIMEOUT_MS": 1234})
    with app.app_context(), engine().connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 1234
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine_of(app).dispose()


@pytest.mark.parametrize("seed, expected", [(True, 1), (False, 0)])
def test_the_sample_is_stored_once_on_a_first_start(make_app, seed, expected):
    app = make_app(TIMELINE_SEED_SAMPLE=seed)
    client = app.test_client()
    timelines = client.get("/api/v1/timelines").get_json()["timelines"]
    assert len(timelines) == expected
    if seed:
        assert timelines[0]["status"] == "published" and timelines[0]["event_count"] > 3
        make_app(TIMELINE_SEED_SAMPLE=True)  # a second start adds nothing
        assert len(client.get("/api/v1/timelines").get_json()["timelines"]) == 1


def test_cli_creates_and_revokes_tokens_storing_only_a_hash(app, runner):
    created = runner.invoke(args=["create-token", "newsroom"])
    assert created.exit_code == 0, created.output
    token = created.output.strip()
    assert len(token) > 30
    with app.app_context():
        assert store.token_name(token) == "newsroom"
        with engine().connect() as connection:
            stored = connection.execute(select(TokenRow.token_hash)).scalars().all()
        assert stored == [hashlib.sha256(token.encode()).hexdigest()]
    client = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    assert client.post("/api/v1/timelines", json={"title": "x", "text": "It rained."}, headers=headers).status_code == 201
    assert runner.invoke(args=["create-token", "newsroom"]).exit_code != 0, "names are unique"
    assert runner.invoke(args=["revoke-token", "newsroom"]).exit_code == 0
    assert runner.invoke(args=["revoke-token", "newsroom"]).exit_code != 0
    assert_error(client.post("/api/v1/timelines", json={"title": "x", "text": "It rained."}, headers=headers), 401)


def test_two_app_servers_on_one_database_see_each_others_writes(make_app, auth):
    first, second = make_app().test_client(), make_app().test_client()
    timeline = create(first, auth)
    assert second.get(f"/api/v1/timelines/{timeline['id']}").get_json()["id"] == timeline["id"]


def test_concurrent_writers_with_the_same_version_one_wins(make_app, auth):
    clients = [make_app().test_client() for _ in range(4)]
    timeline = create(clients[0], auth)
    path = f"/api/v1/timelines/{timeline['id']}"
    etag = clients[0].get(path).headers["ETag"]
    statuses = []

    def write(client, number):
        statuses.append(client.patch(path, json={"title": f"Writer {number}"}, headers={**auth, "If-Match": etag}).status_code)

    threads = [threading.Thread(target=write, args=(client, number)) for number, client in enumerate(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [200, 412, 412, 412]
    final = clients[0].get(path)
    assert final.get_json()["version"] == timeline["version"] + 1


@pytest.mark.parametrize("environ, expected", [
    ({"CI": "true", "TIMELINE_TEST_POSTGRES_URL": "postgresql+psycopg://ci@db/test"}, "postgresql+psycopg://ci@db/test"),
    ({}, LOCAL_POSTGRES_URL),
    ({"CI": "true"}, None),  # None: the run must fail, not skip
])
def test_the_postgresql_tests_never_skip_under_ci(monkeypatch, environ, expected):
    for name in ("CI", "TIMELINE_TEST_POSTGRES_URL"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    if expected is None:
        with pytest.raises(pytest.fail.Exception, match="TIMELINE_TEST_POSTGRES_URL"):
            postgres_url()
    else:
        assert postgres_url() == expected
