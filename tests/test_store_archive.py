"""The archive: an article stored once, its extraction kept per pipeline version and made outside any
write transaction, timelines as views over articles, and the migration that brought articles out of timelines."""
from __future__ import annotations

import sqlite3

from sqlalchemy import func, select, text

from api_helpers import ARTICLE, SECOND_ARTICLE, create
from timeline import create_app, store
from timeline.pipeline import PIPELINE_VERSION
from timeline.store import extraction, migrate
from timeline.store.db import engine
from timeline.store.models import ArticleResultRow, ArticleRow, TimelineArticleRow

THIRD_ARTICLE = "Published April 2, 2024\n\nThe ferry service ended on Monday. The council sold the ferry in 2023."


def count(app, model) -> int:
    with app.app_context(), engine().connect() as connection:
        return connection.execute(select(func.count()).select_from(model)).scalar()


def test_one_article_in_two_timelines_is_stored_once_with_its_result(app, client, auth):
    first = create(client, auth, title="One")
    second = create(client, auth, title="Two")
    assert first["articles"][0]["id"] == second["articles"][0]["id"]
    assert count(app, ArticleRow) == 1 and count(app, TimelineArticleRow) == 2
    with app.app_context(), engine().connect() as connection:
        version, result = connection.execute(select(ArticleResultRow.pipeline_version, ArticleResultRow.result)).one()
    assert version == PIPELINE_VERSION
    assert {event["headline"] for event in result["events"]} == {event["headline"] for event in first["events"]}
    # Deleting a timeline leaves the article to the archive and the other timeline.
    assert client.delete(f"/api/v1/timelines/{first['id']}", headers=auth).status_code == 204
    assert count(app, ArticleRow) == 1
    assert client.get(f"/api/v1/timelines/{second['id']}").get_json()["events"] == second["events"]


def test_adding_an_article_extracts_only_that_article(client, auth, monkeypatch):
    timeline = create(client, auth, text=SECOND_ARTICLE)
    client.post(f"/api/v1/timelines/{timeline['id']}/articles", json={"text": ARTICLE}, headers=auth)
    timeline = client.get(f"/api/v1/timelines/{timeline['id']}", headers=auth).get_json()
    extracted = []
    real = extraction.extract_result
    monkeypatch.setattr(extraction, "extract_result", lambda fields: extracted.append(fields["text"]) or real(fields))
    response = client.post(f"/api/v1/timelines/{timeline['id']}/articles", json={"text": THIRD_ARTICLE}, headers=auth)
    assert response.status_code == 201, response.get_data(as_text=True)
    assert extracted == [THIRD_ARTICLE]
    body = response.get_json()
    assert len(body["articles"]) == 3
    # The other articles' events came from their stored results, merged as before.
    assert {event["key"] for event in timeline["events"]} <= {event["key"] for event in body["events"]}
    assert any("ferry" in event["headline"].lower() and event["article"] == body["articles"][2]["id"] for event in body["events"])


def test_the_same_article_twice_in_a_timeline_is_a_conflict(client, auth):
    timeline = create(client, auth)
    response = client.post(f"/api/v1/timelines/{timeline['id']}/articles", json={"text": ARTICLE}, headers=auth)
    assert response.status_code == 409


def test_an_article_whose_result_is_stale_is_reextracted_and_editors_edits_stay(app, client, auth):
    timeline = create(client, auth)
    event = timeline["events"][0]
    client.patch(f"/api/v1/timelines/{timeline['id']}/events/{event['id']}", json={"headline": "Edited"}, headers=auth)
    with app.app_context():
        with engine().begin() as connection:
            connection.execute(text("UPDATE article_results SET pipeline_version = 'old'"))
        [article_id] = store.stale_articles()
        assert store.reextract(article_id) == [timeline["id"]]
        assert store.stale_articles() == []
    after = client.get(f"/api/v1/timelines/{timeline['id']}", headers=auth).get_json()
    assert [e["headline"] for e in after["events"] if e["id"] == event["id"]] == ["Edited"]
    assert after["version"] == timeline["version"] + 2


def test_extraction_holds_no_write_lock(tmp_path, monkeypatch):
    # On SQLite a write transaction holds the database's one write lock: while an article is being
    # extracted, another connection must be able to take it at once.
    path = tmp_path / "db.sqlite"
    app = create_app({"TIMELINE_DATABASE_URL": f"sqlite:///{path}", "TIMELINE_SEED_SAMPLE": False})
    lock_free = []
    real = extraction.extract_result

    def extract_and_probe(fields):
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            lock_free.append(True)
        except sqlite3.OperationalError:
            lock_free.append(False)
        finally:
            other.close()
        return real(fields)

    monkeypatch.setattr(extraction, "extract_result", extract_and_probe)
    with app.app_context():
        timeline = store.create_timeline("Bridge", [{"text": ARTICLE}])
        store.add_article(timeline["id"], {"text": SECOND_ARTICLE})
        store.reextract_article(timeline["id"], timeline["articles"][0]["id"])
        store.import_article({"text": THIRD_ARTICLE})
    assert lock_free == [True, True, True, True]
    app.extensions["timeline_store"].dispose()


def test_the_migration_folds_copies_of_an_article_and_keeps_events_and_edits(app, client, auth):
    with app.app_context():
        migrate.downgrade(engine(), "0001")
        with engine().begin() as connection:
            for timeline_id in (1, 2):
                connection.execute(text("INSERT INTO timelines (id, title, description, status, version, created, updated) "
                                        "VALUES (:id, 'Bridge', '', 'published', 1, '2024-01-01', '2024-01-01')"), {"id": timeline_id})
                connection.execute(text("INSERT INTO articles (id, timeline_id, title, text, format, language, created) "
                                        "VALUES (:id, :id, '', :text, 'text', 'en', '2024-01-01')"), {"id": timeline_id, "text": ARTICLE})
                connection.execute(text(
                    "INSERT INTO events (timeline_id, article_id, key, manual, extracted, hidden, headline, body) "
                    "VALUES (:id, :id, 'k', false, '{}', false, 'Kept', '')"), {"id": timeline_id})
            if connection.dialect.name == "postgresql":  # ids given by hand do not move the sequences on
                for table in ("timelines", "articles"):
                    connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 2)"))
        migrate.upgrade(engine())
        with engine().connect() as connection:
            assert connection.execute(text("SELECT id FROM articles")).scalars().all() == [1]
            assert connection.execute(text("SELECT timeline_id, article_id FROM timeline_articles ORDER BY timeline_id")).all() == [(1, 1), (2, 1)]
            assert connection.execute(text("SELECT timeline_id, article_id FROM events ORDER BY timeline_id")).all() == [(1, 1), (2, 1)]
        assert store.stale_articles() == [1]
    # The next article added extracts the migrated one too, so the timeline is rebuilt whole.
    response = client.post("/api/v1/timelines/1/articles", json={"text": SECOND_ARTICLE}, headers=auth)
    assert response.status_code == 201, response.get_data(as_text=True)
    events = response.get_json()["events"]
    assert {event["article"] for event in events} == {1, response.get_json()["articles"][1]["id"]}


def test_a_timeline_is_rebuilt_only_once_all_its_migrated_articles_have_results(app):
    with app.app_context():
        migrate.downgrade(engine(), "0001")
        with engine().begin() as connection:
            connection.execute(text("INSERT INTO timelines (id, title, description, status, version, created, updated) "
                                    "VALUES (1, 'Bridge', '', 'published', 1, '2024-01-01', '2024-01-01')"))
            for article_id, body in ((1, ARTICLE), (2, SECOND_ARTICLE)):
                connection.execute(text("INSERT INTO articles (id, timeline_id, title, text, format, language, created) "
                                        "VALUES (:id, 1, '', :text, 'text', 'en', '2024-01-01')"), {"id": article_id, "text": body})
                connection.execute(text(
                    "INSERT INTO events (timeline_id, article_id, key, manual, extracted, hidden, headline, body) "
                    "VALUES (1, :id, :key, false, '{}', false, 'Kept', '')"), {"id": article_id, "key": f"k{article_id}"})
            if connection.dialect.name == "postgresql":  # ids given by hand do not move the sequences on
                for table in ("timelines", "articles"):
                    connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 2)"))
        migrate.upgrade(engine())
        assert store.stale_articles() == [1, 2]
        store.reextract(1)  # article 2 has no result yet: the timeline keeps the events it had
        assert [event["headline"] for event in store.get_timeline(1, include_drafts=True)["undated"]] == ["Kept", "Kept"]
        store.reextract(2)  # now every article has one: the timeline is their merge
        timeline = store.get_timeline(1, include_drafts=True)
    assert {event["article"] for event in timeline["events"]} == {1, 2}
    assert "Kept" not in [event["headline"] for event in timeline["events"] + timeline["undated"]]


def test_a_copy_with_a_url_names_the_source_of_the_same_text_stored_without_one(app, client, auth):
    with app.app_context():
        article_id, created = store.import_article({"text": ARTICLE})
        assert created
        assert store.import_article({"text": ARTICLE, "url": "https://example.com/story", "title": "Story"}) == (article_id, False)
        assert (store.get_article(article_id)["url"], store.get_article(article_id)["title"]) == ("https://example.com/story", "Story")
        # Later copies keep the first source.
        store.import_article({"text": ARTICLE, "url": "https://mirror.example/story", "title": "Mirror"})
        assert store.get_article(article_id)["url"] == "https://example.com/story"
    assert count(app, ArticleRow) == 1
