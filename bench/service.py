"""Benchmark of the timeline service under gunicorn (2 workers), on SQLite and on PostgreSQL.

Prints, for each database: requests per second and p50/p99 latency of the event feed
of a 10,000-event timeline (a pool of client threads on loopback), and the time to
store a 5,000-word article through the API. About a minute in all.

    python3 bench/service.py                       # SQLite and PostgreSQL
    python3 bench/service.py --backends sqlite     # SQLite only
    TIMELINE_BENCH_POSTGRES_URL=postgresql+psycopg://... python3 bench/service.py
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline import create_app, store  # noqa: E402
from timeline.store.db import engine as store_engine  # noqa: E402
from timeline.store.extraction import apply_effective  # noqa: E402
from timeline.store.models import EventRow  # noqa: E402

POSTGRES_URL = os.environ.get("TIMELINE_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
EVENTS = 10_000
SAMPLE = (ROOT / "timeline" / "samples" / "sample_article.txt").read_text(encoding="utf-8")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def article_of(words: int) -> str:
    """An article of about ``words`` words: the sample retold with other years."""
    body = SAMPLE.split("\n", 1)[1]
    parts, count, shift = [SAMPLE.split("\n", 1)[0]], 0, 0
    while count < words:
        part = body
        for year in ("2021", "2022", "2023", "1887"):
            part = part.replace(year, str(int(year) - shift))
        parts.append(part)
        count += len(part.split())
        shift += 1
    return "\n\n".join(parts)


def fill(app, token_name: str) -> tuple[int, str]:
    """A published timeline of EVENTS events (extracted rows copied with new dates); returns (id, token)."""
    with app.app_context():
        token = store.create_token(token_name)
        timeline = store.create_timeline("Benchmark", [{"text": SAMPLE}], status=store.PUBLISHED)
        template = timeline["events"][0]
        rows = []
        for number in range(EVENTS):
            year, month, day = 1900 + number % 120, 1 + number % 12, 1 + number % 28
            row = EventRow(timeline_id=timeline["id"], article_id=timeline["articles"][0]["id"], key=f"bench-{number}",
                           manual=False, hidden=False, extracted={**{k: template[k] for k in ("headline", "sentence", "start", "end", "trigger")},
                                                                  "date": {**template["date"], "value": f"{year}-{month:02d}-{day:02d}",
                                                                           "granularity": "day", "earliest": f"{year}-{month:02d}-{day:02d}",
                                                                           "latest": f"{year}-{month:02d}-{day + 1:02d}"}})
            apply_effective(row)
            rows.append({column.key: getattr(row, column.key) for column in EventRow.__table__.columns if column.key != "id"})
        with store_engine().begin() as connection:
            connection.execute(insert(EventRow), rows)
            # Fresh statistics, as a database in service has (autovacuum would gather them soon).
            connection.execute(text("ANALYZE"))
        return timeline["id"], token


def start_gunicorn(url: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "TIMELINE_DATABASE_URL": url, "TIMELINE_SEED_SAMPLE": "false"}
    process = subprocess.Popen([sys.executable, "-m", "gunicorn", "-w", "2", "-b", f"127.0.0.1:{port}", "--log-level", "warning", "wsgi:app"],
                               cwd=ROOT, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            request("GET", port, "/api/v1/timelines")
            return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("gunicorn did not start")


def request(method: str, port: int, path: str, body: bytes | None = None, headers: dict | None = None) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def load(port: int, timeline_id: int, seconds: float, threads: int = 8) -> tuple[float, list[float], int]:
    """Hit the feed (first pages, date windows, following cursors) from ``threads`` clients for ``seconds``."""
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(seed: int) -> None:
        chooser = random.Random(seed)
        cursor_path = None
        while time.monotonic() < stop:
            if cursor_path is not None:
                path = cursor_path
            else:
                year = chooser.randint(1900, 2019)
                path = chooser.choice([f"/api/v1/timelines/{timeline_id}/events",
                                       f"/api/v1/timelines/{timeline_id}/events?from={year}&to={year + 5}",
                                       f"/api/v1/timelines/{timeline_id}/events?from={year}-06&limit=100"])
            started = time.perf_counter()
            status, body = request("GET", port, path)
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                failures[0] += status != 200
            next_url = json.loads(body).get("next_url") if status == 200 else None
            # Follow a page or two, then start again somewhere else.
            cursor_path = next_url[next_url.index("/api/"):] if next_url and chooser.random() < 0.5 else None

    started = time.monotonic()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(client, range(threads)))
    return len(latencies) / (time.monotonic() - started), latencies, failures[0]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def bench(backend: str, url: str, seconds: float, threads: int) -> None:
    app = create_app({"TIMELINE_DATABASE_URL": url, "TIMELINE_SEED_SAMPLE": False})
    timeline_id, token = fill(app, f"bench-{uuid.uuid4().hex[:6]}")
    app.extensions["timeline_store"].dispose()
    port = free_port()
    server = start_gunicorn(url, port)
    try:
        request("GET", port, f"/api/v1/timelines/{timeline_id}/events")  # warm both workers' caches a little
        rps, latencies, failures = load(port, timeline_id, seconds, threads)
        article = article_of(5000)
        timings = []
        for attempt in range(3):
            body = json.dumps({"title": f"Long {attempt}", "text": article}).encode()
            started = time.perf_counter()
            status, _ = request("POST", port, "/api/v1/timelines", body,
                                {"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
            timings.append(time.perf_counter() - started)
            assert status == 201, status
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"{backend:10} feed of a {EVENTS}-event timeline, gunicorn -w 2, {threads} client threads, {seconds:.0f} s: "
          f"{rps:.0f} requests/s, p50 {percentile(latencies, 0.5) * 1000:.1f} ms, p99 {percentile(latencies, 0.99) * 1000:.1f} ms "
          f"({len(latencies)} requests, {failures} non-200)")
    print(f"{backend:10} store a {len(article.split())}-word article (POST /api/v1/timelines, extraction included): "
          f"median {statistics.median(timings) * 1000:.0f} ms of {', '.join(f'{t * 1000:.0f}' for t in timings)} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"])
    parser.add_argument("--seconds", type=float, default=15.0, help="length of each load run")
    parser.add_argument("--threads", type=int, default=8, help="client threads of the load generator")
    options = parser.parse_args()
    # The machine may be shared: the load average says how much of it the figures had.
    print(f"{os.cpu_count()} CPUs, load average before: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")
    for backend in options.backends:
        if backend == "sqlite":
            with tempfile.TemporaryDirectory() as folder:
                bench(backend, f"sqlite:///{folder}/bench.sqlite", options.seconds, options.threads)
            continue
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(POSTGRES_URL)
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        try:
            url = make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
            bench(backend, url, options.seconds, options.threads)
        finally:
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


if __name__ == "__main__":
    main()
