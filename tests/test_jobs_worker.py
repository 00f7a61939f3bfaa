"""The job queue with a real Redis and real Celery workers, on SQLite and PostgreSQL: a queued extraction
completes; a worker killed mid-task leaves no half-stored article and the task runs again on a new worker;
the same article imported twice is stored once; a feed followed twice adds only its new items; Celery beat
re-extracts what an older pipeline version extracted, each article once."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from api_helpers import ARTICLE, SECOND_ARTICLE, create
from timeline import store
from timeline.store import jobs as job_records
from timeline.store.db import engine, reading
from timeline.store.models import ArticleResultRow, ArticleRow, JobRow

# Long enough that its extraction takes seconds: time to see it running and kill its worker.
# Long enough that its extraction takes over a second on a fast machine: a worker can be killed inside it.
LONG_ARTICLE = "Published March 14, 2024\n\n" + " ".join(
    f"In {1700 + i % 300}, the council of town {i} approved plan number {i * 7}. Work on bridge {i} began in May "
    f"{1701 + i % 300} after a flood." for i in range(1000))
TIMELINE = str(Path(sys.executable).with_name("timeline"))


def wait_for(condition, seconds: float = 120, step: float = 0.2):
    """Poll ``condition`` until it returns something true; fail after ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(step)
    raise AssertionError(f"not within {seconds} s: {condition.__doc__ or condition}")


def article_count(app) -> int:
    with app.app_context(), reading() as session:
        return session.scalar(select(func.count()).select_from(ArticleRow))


def job(client, auth, url) -> dict:
    response = client.get(url, headers=auth)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


@pytest.fixture
def queued_app(make_app, queue_settings):
    """An app that queues jobs on Redis, with a token; returns (app, client, auth)."""
    app = make_app(**queue_settings, TIMELINE_QUEUE_MIN_CHARS=5000)
    with app.app_context():
        auth = {"Authorization": f"Bearer {store.create_token('jobs')}"}
    return app, app.test_client(), auth


def test_a_queued_extraction_completes(queued_app, start_worker):
    app, client, auth = queued_app
    timeline = create(client, auth)
    # A long article is queued: 202 and a job, nothing extracted in the request.
    response = client.post(f"/api/v1/timelines/{timeline['id']}/articles", json={"text": LONG_ARTICLE[:8000]}, headers=auth)
    assert response.status_code == 202, response.get_data(as_text=True)
    queued = response.get_json()
    assert queued["state"] == "queued" and response.headers["Location"] == queued["url"]
    assert article_count(app) == 1
    start_worker()
    done = wait_for(lambda: (body := job(client, auth, queued["url"]))["state"] in ("succeeded", "failed") and body)
    assert done["state"] == "succeeded", done
    assert done["progress"] == {"done": 1, "total": 1}
    assert done["result"].endswith(f"/api/v1/timelines/{timeline['id']}")
    stored = client.get(f"/api/v1/timelines/{timeline['id']}", headers=auth).get_json()
    assert len(stored["articles"]) == 2
    assert any(event["article"] == stored["articles"][1]["id"] for event in stored["events"])
    # A short article is still extracted in the request.
    short = client.post(f"/api/v1/timelines/{timeline['id']}/articles", json={"text": SECOND_ARTICLE}, headers=auth)
    assert short.status_code == 201
    assert client.get("/api/v1/jobs/no-such-job", headers=auth).status_code == 404
    assert client.get(queued["url"]).status_code == 401


def test_a_worker_killed_mid_task_stores_nothing_and_the_task_runs_again(queued_app, start_worker):
    app, client, auth = queued_app
    timeline = create(client, auth)
    before = article_count(app)
    first = start_worker(TIMELINE_BROKER_VISIBILITY_TIMEOUT=3)
    response = client.post(f"/api/v1/timelines/{timeline['id']}/articles", json={"text": LONG_ARTICLE}, headers=auth)
    assert response.status_code == 202
    url = response.get_json()["url"]
    wait_for(lambda: job(client, auth, url)["state"] == "running", step=0.05)
    time.sleep(0.2)  # inside the extraction, which takes over a second
    first.kill()
    assert job(client, auth, url)["state"] == "running"
    assert article_count(app) == before, "a killed worker left a half-stored article"
    start_worker(TIMELINE_BROKER_VISIBILITY_TIMEOUT=3)
    done = wait_for(lambda: (body := job(client, auth, url))["state"] in ("succeeded", "failed") and body, seconds=180)
    assert done["state"] == "succeeded", done
    assert article_count(app) == before + 1
    with app.app_context(), reading() as session:
        assert session.scalar(select(func.count()).select_from(ArticleResultRow)) == before + 1
    assert len(client.get(f"/api/v1/timelines/{timeline['id']}", headers=auth).get_json()["articles"]) == 2


def run_cli(*args: str, environ: dict) -> subprocess.CompletedProcess:
    return subprocess.run([TIMELINE, *args], env={**os.environ, **environ}, capture_output=True, text=True, timeout=300)


def test_the_same_article_imported_twice_is_stored_once(queued_app, start_worker, database_url, queue_settings, tmp_path):
    app, _client, _auth = queued_app
    source = tmp_path / "articles.jsonl"
    lines = [{"text": ARTICLE, "title": "Bridge"}, {"text": SECOND_ARTICLE}, {"text": ARTICLE, "title": "Bridge again"}]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines))
    start_worker(concurrency=2)
    environ = {"TIMELINE_DATABASE_URL": database_url, "TIMELINE_SEED_SAMPLE": "0", **queue_settings}
    # Two imports of one file at the same time: two workers may store the same article at the same moment.
    with subprocess.Popen([TIMELINE, "import", str(source)], env={**os.environ, **environ}, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as other:
        result = run_cli("import", str(source), environ=environ)
        other_out, other_err = other.communicate(timeout=300)
    assert result.returncode == 0, result.stderr
    assert other.returncode == 0, other_err
    assert article_count(app) == 2
    again = run_cli("import", str(source), "--quiet", environ=environ)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "0 added, 3 already stored, 0 failed"
    assert article_count(app) == 2


class FeedSite(BaseHTTPRequestHandler):
    """A news site with an RSS feed; counts the requests for each page."""

    items: list[str] = []
    hits: dict[str, int] = {}

    def do_GET(self):  # noqa: N802 (the name http.server looks for)
        type(self).hits[self.path] = type(self).hits.get(self.path, 0) + 1
        if self.path == "/feed.xml":
            entries = "".join(f"<item><title>Story {name}</title><link>{self.base}/{name}</link>"
                              f"<pubDate>Thu, 14 Mar 2024 08:00:00 GMT</pubDate></item>" for name in self.items)
            body, kind = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>{entries}</channel></rss>', "application/rss+xml"
        elif self.path.lstrip("/") in self.items:
            number = int(self.path.strip("/story"))
            body = (f"<html><body><article><p>The council of town {number} approved a repair plan on Tuesday.</p>"
                    f"<p>Engineers closed bridge {number} in April 2021 after a flood.</p></article></body></html>")
            kind = "text/html; charset=utf-8"
        else:
            self.send_response(404)
            self.end_headers()
            return
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def feed_site():
    """A local site (reachable because the tests allow 127.0.0.1 to the fetcher) serving /feed.xml."""
    FeedSite.items, FeedSite.hits = ["story1", "story2"], {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), FeedSite)
    server.daemon_threads = True
    FeedSite.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield FeedSite
    server.shutdown()
    server.server_close()


def test_a_feed_followed_twice_adds_only_new_items(make_app, queue_settings, start_worker, feed_site):
    app = make_app(**queue_settings, TIMELINE_FETCH_ENABLED=True, TIMELINE_FETCH_ALLOW_HOSTS=("127.0.0.1",))
    feed = f"{feed_site.base}/feed.xml"
    with app.app_context():
        assert store.follow_feed(feed)[1] is True
        assert store.follow_feed(feed)[1] is False  # followed twice: one feed
        assert len(store.list_feeds()) == 1
    # The worker runs Celery beat too, checking the feeds every second.
    start_worker(beat=True, TIMELINE_FEED_INTERVAL=1, TIMELINE_FETCH_ALLOW_HOSTS="127.0.0.1")
    wait_for(lambda: article_count(app) == 2)
    feed_site.items.append("story3")
    wait_for(lambda: article_count(app) == 3)
    wait_for(lambda: feed_site.hits.get("/feed.xml", 0) >= 5)  # the feed checked again and again ...
    assert article_count(app) == 3  # ... adds nothing more
    assert {feed_site.hits[f"/story{n}"] for n in (1, 2, 3)} == {1}, "an article already stored was fetched again"
    with app.app_context(), reading() as session:
        urls = sorted(session.scalars(select(ArticleRow.url)))
    assert urls == [f"{feed_site.base}/story{n}" for n in (1, 2, 3)]


def reextractions(app) -> list[tuple[int, str]]:
    """(article, state) of every re-extraction job."""
    with app.app_context(), reading() as session:
        return sorted(session.execute(select(JobRow.article_id, JobRow.state).where(JobRow.kind == job_records.REEXTRACT)).all())


def test_beat_reextracts_the_results_of_an_older_pipeline_version_once_each(queued_app, start_worker):
    app, client, auth = queued_app
    timeline = create(client, auth)
    event = timeline["events"][0]
    client.patch(f"/api/v1/timelines/{timeline['id']}/events/{event['id']}", json={"headline": "Edited"}, headers=auth)
    with app.app_context():
        store.import_article({"text": SECOND_ARTICLE})
        store.import_article({"text": LONG_ARTICLE[:3000]})
        with engine().begin() as connection:  # as after an upgrade of the pipeline
            connection.execute(text("UPDATE article_results SET pipeline_version = 'older'"))
        articles = store.stale_articles()
    assert len(articles) == 3
    # Beat every second, two articles a run: the three are queued over two runs and each re-extracted once,
    # however many runs see them queued or running meanwhile.
    start_worker(beat=True, TIMELINE_REEXTRACT_INTERVAL=1, TIMELINE_REEXTRACT_BATCH=2)
    wait_for(lambda: len(reextractions(app)) == 3 and {state for _article, state in reextractions(app)} == {"succeeded"})
    with app.app_context():
        assert store.stale_articles() == []
        with engine().begin() as connection:  # one article stale again: only it is queued by the next runs
            connection.execute(text("DELETE FROM article_results WHERE article_id = :id AND pipeline_version != 'older'"),
                               {"id": articles[1]})
    wait_for(lambda: len(reextractions(app)) == 4 and {state for _article, state in reextractions(app)} == {"succeeded"})
    assert [article for article, _state in reextractions(app)] == sorted(articles + [articles[1]])
    after = client.get(f"/api/v1/timelines/{timeline['id']}", headers=auth).get_json()
    assert [e["headline"] for e in after["events"] if e["id"] == event["id"]] == ["Edited"]  # the editor's change stays
    assert [e["key"] for e in after["events"]] == [e["key"] for e in timeline["events"]]
