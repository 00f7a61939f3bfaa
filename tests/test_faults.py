"""Faults: the app server killed with SIGKILL in the middle of writes, five rounds on one SQLite file.

After each kill the database must pass ``PRAGMA integrity_check`` and hold no
half-stored timeline: every timeline has all the articles it was created with,
every article has its events, versions count the writes, and every write a
client saw acknowledged is there.
"""
from __future__ import annotations

import json
import random
import re
import signal
import sqlite3
import threading
import time
from pathlib import Path

import pytest
import urllib3

from test_load import load_bench
from timeline import create_app, store

ROUNDS = 5
WRITERS = 4
TITLE = re.compile(r"^fault r(?P<round>\d+) w(?P<writer>\d+) n(?P<number>\d+) k(?P<articles>\d+)$")


@pytest.fixture
def database(tmp_path):
    """A migrated SQLite file with a token; returns (path, token)."""
    path = tmp_path / "faults.sqlite"
    app = create_app({"TIMELINE_DATABASE_URL": f"sqlite:///{path}", "TIMELINE_SEED_SAMPLE": False})
    with app.app_context():
        token = store.create_token("faults")
    app.extensions["timeline_store"].dispose()
    return path, token


def article(index: int) -> str:
    """An article whose events are its own: dates differ between the articles of one timeline."""
    return (f"Published March 14, 2024\n\nThe council of Harbourtown approved building plan {index} on March {index + 1}, 2019. "
            f"Workers started the project in May {2020 + index}.")


def writer(base: str, token: str, round_number: int, number: int, stop: threading.Event, acknowledged: list) -> None:
    """Create multi-article timelines and add articles to them until the server dies."""
    http = urllib3.PoolManager(retries=False, timeout=urllib3.Timeout(connect=2, read=10))
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    count = 0
    while not stop.is_set():
        count += 1
        articles = 1 + count % 3
        body = {"title": f"fault r{round_number} w{number} n{count} k{articles}",
                "articles": [{"title": f"part {i}", "text": article(i)} for i in range(articles)]}
        try:
            response = http.request("POST", f"{base}/api/v1/timelines", body=json.dumps(body), headers=headers)
            if response.status != 201:
                continue
            timeline = json.loads(response.data)
            acknowledged.append(("timeline", timeline["id"], articles))
            added = http.request("POST", f"{base}/api/v1/timelines/{timeline['id']}/articles",
                                 body=json.dumps({"title": "added", "text": article(articles)}),
                                 headers={**headers, "If-Match": response.headers["ETag"]})
            if added.status == 201:
                acknowledged.append(("article", timeline["id"], articles + 1))
        except (urllib3.exceptions.HTTPError, OSError):
            return  # the server is gone


def check_database(path: Path, acknowledged: list) -> dict:
    """Integrity, no half-stored timeline, acknowledged writes kept; returns counts."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        timelines = connection.execute(
            "SELECT t.id, t.title, t.version, (SELECT count(*) FROM timeline_articles a WHERE a.timeline_id = t.id) FROM timelines t"
        ).fetchall()
        without_events = connection.execute(
            "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id)").fetchall()
        orphans = connection.execute(
            "SELECT count(*) FROM events e WHERE e.timeline_id NOT IN (SELECT id FROM timelines)").fetchone()[0]
    finally:
        connection.close()
    assert without_events == [], "articles stored without their events"
    assert orphans == 0
    stored = {}
    for timeline_id, title, version, articles in timelines:
        created_with = int(TITLE.match(title)["articles"])
        # Created with k articles in one write (version 1); the one added article makes k + 1 (version 2).
        assert (articles, version) in ((created_with, 1), (created_with + 1, 2)), f"timeline {title!r} is half-stored"
        stored[timeline_id] = articles
    for kind, timeline_id, articles in acknowledged:
        assert stored.get(timeline_id, 0) >= articles, f"acknowledged {kind} write on timeline {timeline_id} was lost"
    return {"timelines": len(stored), "articles": sum(stored.values())}


def test_sigkill_during_writes_leaves_a_consistent_database(database):
    path, token = database
    bench = load_bench()
    totals = []
    for round_number in range(1, ROUNDS + 1):
        process, base = bench.start_gunicorn({"TIMELINE_DATABASE_URL": f"sqlite:///{path}", "TIMELINE_SEED_SAMPLE": "0",
                                              "TIMELINE_EXTRACT_RATE_LIMIT": ""}, workers=1, threads=8)
        stop, acknowledged = threading.Event(), []
        threads = [threading.Thread(target=writer, args=(base, token, round_number, n, stop, acknowledged))
                   for n in range(WRITERS)]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 20
        while len(acknowledged) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(random.uniform(0.1, 0.6))  # kill at a point in the middle of the writes
        bench.stop_gunicorn(process, signal.SIGKILL)  # master and workers alike, mid-write
        stop.set()
        for thread in threads:
            thread.join(15)
        assert len(acknowledged) >= 2, "writes were going on when the server was killed"
        totals.append(check_database(path, acknowledged))
        print(f"round {round_number}: killed after {len(acknowledged)} acknowledged writes; stored {totals[-1]}")
    assert totals[-1]["timelines"] > totals[0]["timelines"], "rounds kept adding to the same database"
