"""Bulk import without a broker (jobs run in the importing process): JSON lines and CSV, skipping stored
articles (so an interrupted import resumes), failures reported per item; feeds and sitemaps parsed safely;
jobs through the API answered with 202; `timeline reextract` after a pipeline version change."""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from api_helpers import ARTICLE, SECOND_ARTICLE, create
from timeline import store
from timeline.feeds import FeedError, parse_feed
from timeline.importer import read_source, run_import
from timeline.store.db import engine, reading
from timeline.store.models import ArticleRow

TIMELINE = str(Path(sys.executable).with_name("timeline"))
THIRD = "Published April 2, 2024\n\nThe ferry service ended on Monday."


def run_cli(database_url: str, *args: str) -> subprocess.CompletedProcess:
    environ = {**os.environ, "TIMELINE_DATABASE_URL": database_url, "TIMELINE_SEED_SAMPLE": "0"}
    environ.pop("TIMELINE_BROKER_URL", None)
    return subprocess.run([TIMELINE, *args], env=environ, capture_output=True, text=True, timeout=300)


def stored_texts(app) -> list[str]:
    with app.app_context(), reading() as session:
        return sorted(session.scalars(select(ArticleRow.text)))


def test_import_skips_what_it_has_reports_bad_items_and_resumes(app, database_url, tmp_path):
    source = tmp_path / "archive.jsonl"
    source.write_text(json.dumps({"text": ARTICLE}) + "\n" + "not json\n" + json.dumps({"title": "no text"}) + "\n")
    first = run_cli(database_url, "import", str(source))
    assert first.returncode == 1
    assert "item 2: invalid JSON" in first.stderr and "item 3: needs a \"text\" or a \"url\"" in first.stderr
    assert "articles/s" in first.stderr and "ETA" in first.stderr
    assert first.stdout.strip() == "1 added, 0 already stored, 2 failed"
    # Started again with more lines (as after an interruption): only the new ones are extracted.
    source.write_text(json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"text": SECOND_ARTICLE, "dct": "2024-03-20"}) + "\n")
    second = run_cli(database_url, "import", str(source), "--quiet")
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == "1 added, 1 already stored, 0 failed"
    assert stored_texts(app) == sorted([ARTICLE, SECOND_ARTICLE])


def test_import_reads_csv_and_adds_to_a_timeline(app, client, auth, tmp_path):
    timeline = create(client, auth)
    source = tmp_path / "archive.csv"
    with source.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, ["title", "text", "dct"])
        writer.writeheader()
        writer.writerow({"title": "Ferry", "text": THIRD, "dct": ""})
        writer.writerow({"title": "Bridge", "text": ARTICLE, "dct": ""})
    with app.app_context():
        report = run_import(read_source(str(source), app.config), timeline["id"])
    assert (report.added, report.skipped, report.failures) == (1, 1, [])
    after = client.get(f"/api/v1/timelines/{timeline['id']}", headers=auth).get_json()
    assert [article["title"] for article in after["articles"]] == ["Bridge", "Ferry"]
    assert any("ferry" in event["headline"].lower() for event in after["events"])


def test_unknown_sources_are_one_line_errors(database_url, tmp_path):
    (tmp_path / "archive.txt").write_text("x")
    for source, message in ((str(tmp_path / "missing.jsonl"), "no such file"), (str(tmp_path / "archive.txt"), "unknown kind of source")):
        result = run_cli(database_url, "import", source)
        assert result.returncode == 1 and result.stderr.startswith("timeline: error: ") and message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>
<item><title>Bridge reopens</title><link>https://news.example/bridge</link><pubDate>Thu, 14 Mar 2024 08:00:00 GMT</pubDate></item>
<item><title>No link</title></item></channel></rss>"""
ATOM = """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Gazette</title>
<entry><title>Ferry ends</title><link rel="alternate" href="https://news.example/ferry"/><published>2024-04-02T09:00:00Z</published></entry></feed>"""
SITEMAP = """<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://news.example/museum</loc>
<news:news><news:publication_date>2024-05-01</news:publication_date><news:title>Museum opens</news:title></news:news></url></urlset>"""
INDEX = """<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://news.example/sitemap-1.xml</loc></sitemap></sitemapindex>"""
BOMB = """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><item><title>&c;</title><link>https://news.example/x</link></item></channel></rss>"""


def test_feeds_and_sitemaps_give_their_article_urls():
    [bridge] = parse_feed(RSS).items
    assert (bridge.url, bridge.title, bridge.published) == ("https://news.example/bridge", "Bridge reopens", "2024-03-14")
    [ferry] = parse_feed(ATOM).items
    assert (ferry.url, ferry.title, ferry.published) == ("https://news.example/ferry", "Ferry ends", "2024-04-02")
    [museum] = parse_feed(SITEMAP).items
    assert (museum.url, museum.title, museum.published) == ("https://news.example/museum", "Museum opens", "2024-05-01")
    assert parse_feed(INDEX).sitemaps == ("https://news.example/sitemap-1.xml",)
    # Entities are not expanded: a small document cannot become a large one.
    [item] = parse_feed(BOMB).items
    assert len(item.title) < 100
    with pytest.raises(FeedError):
        parse_feed("<html><body>not a feed</body></html>")
    with pytest.raises(FeedError):
        parse_feed("not xml at all")


def test_a_job_asked_for_runs_in_the_process_without_a_broker(client, auth):
    timeline = create(client, auth)
    response = client.post(f"/api/v1/timelines/{timeline['id']}/articles", json={"text": SECOND_ARTICLE},
                           headers={**auth, "Prefer": "respond-async"})
    assert response.status_code == 202, response.get_data(as_text=True)
    job = client.get(response.headers["Location"], headers=auth).get_json()
    assert job["state"] == "succeeded" and job["kind"] == "extract_article"
    assert client.get(job["result"], headers=auth).get_json()["articles"][1]["text"] == SECOND_ARTICLE
    article_id = client.get(job["result"], headers=auth).get_json()["articles"][1]["id"]
    article = client.get(f"/api/v1/articles/{article_id}", headers=auth).get_json()
    assert article["text"] == SECOND_ARTICLE


def test_a_job_that_cannot_succeed_fails_with_its_reason(make_app):
    app = make_app(TIMELINE_FETCH_ENABLED=True)  # no allowlist: a loopback address is refused
    client = app.test_client()
    with app.app_context():
        auth = {"Authorization": f"Bearer {store.create_token('jobs')}"}
    timeline = create(client, auth)
    response = client.post(f"/api/v1/timelines/{timeline['id']}/articles", json={"url": "http://127.0.0.1:9/article"},
                           headers={**auth, "Prefer": "respond-async"})
    assert response.status_code == 202, response.get_data(as_text=True)
    job = client.get(response.headers["Location"], headers=auth).get_json()
    assert job["kind"] == "extract_url" and job["state"] == "failed" and job["result"] is None
    assert "127.0.0.1" in job["error"]


def test_reextract_queues_the_articles_of_an_older_pipeline_version(app, client, auth, database_url):
    timeline = create(client, auth)
    with app.app_context(), engine().begin() as connection:
        connection.execute(text("UPDATE article_results SET pipeline_version = 'older'"))
    result = run_cli(database_url, "reextract")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "queued 1 articles for re-extraction"
    with app.app_context():
        assert store.stale_articles() == []
    assert run_cli(database_url, "reextract").stdout.strip() == "queued 0 articles for re-extraction"
    after = client.get(f"/api/v1/timelines/{timeline['id']}", headers=auth).get_json()
    assert [event["key"] for event in after["events"]] == [event["key"] for event in timeline["events"]]


def test_stale_articles_are_reextracted_in_batches_and_never_queued_twice(app, client, auth):
    """No broker: ``queue_stale`` (Celery beat's task, `timeline reextract`) re-extracts at once, a batch at a time;
    an article whose re-extraction is in flight is not queued again, and a repeated job on a current article does nothing."""
    from timeline.jobs.tasks import queue_stale
    from timeline.store import jobs as job_records

    create(client, auth)
    with app.app_context():
        store.import_article({"text": SECOND_ARTICLE})
        store.import_article({"text": THIRD})
        with engine().begin() as connection:
            connection.execute(text("UPDATE article_results SET pipeline_version = 'older'"))
        first, second, third = store.stale_articles()
        job_records.create_job("in-flight", job_records.REEXTRACT, article_id=first)  # queued by someone else
        assert store.stale_articles(skip_queued=True) == [second, third]
        assert queue_stale(1) == [second]
        assert store.stale_articles() == [first, third]
        job_records.mark("in-flight", job_records.SUCCEEDED)
        assert queue_stale(5) == [first, third]
        assert store.stale_articles() == [] and queue_stale(5) == []
        assert store.reextract(first, stale_only=True) == []  # current: a repeated job changes nothing
