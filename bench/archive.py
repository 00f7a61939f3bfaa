"""Benchmark of the archive: bulk import through the job queue, and adding an article to a timeline.

Prints:
- import throughput (articles/s) of N synthetic short news articles with 1 and 2 Celery workers,
  on SQLite and on PostgreSQL (a Redis server of its own as the broker, real `celery worker`
  processes; the import is `timeline.importer.run_import`, as `timeline import` runs it);
- the time to add the 50th article to a timeline: before (what main did: every article of the
  timeline extracted again inside the write transaction) and after (only the new article
  extracted, outside the transaction; the others' stored results merged);
- search and story-query latency p50/p99 in PostgreSQL holding at least 1,000,000 events
  (``--search-events``): synthetic articles, each extracted result reused by several articles,
  bulk-loaded with COPY, then ``GET /api/v1/search`` and ``POST /api/v1/stories`` through the app.

    python3 bench/archive.py                        # 10,000 articles (takes long on 2 cores)
    python3 bench/archive.py --articles 2000 --backends sqlite
    TIMELINE_BENCH_POSTGRES_URL=postgresql+psycopg://... python3 bench/archive.py
    python3 bench/archive.py --only search          # only the search and story latency
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from timeline import create_app, store  # noqa: E402
from timeline.importer import Item, run_import  # noqa: E402
from timeline.store import articles as stored_articles  # noqa: E402
from timeline.store import extraction  # noqa: E402
from timeline.store.db import engine as store_engine  # noqa: E402
from timeline.store.db import writing  # noqa: E402
from timeline.store.models import TimelineRow  # noqa: E402
from worker_fixtures import Worker, start_redis  # noqa: E402 - the tests' Redis and Celery workers

POSTGRES_URL = os.environ.get("TIMELINE_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

# Word lists for synthetic news: every article is different, each tells 4 to 7 dated events.
TOWNS = ["Aldwick", "Brenton", "Carrow", "Dunmere", "Elsby", "Farleigh", "Glenholt", "Harwick", "Islay", "Jarrow",
         "Kelso", "Lydford", "Marden", "Norbury", "Oakham", "Penrith", "Quarley", "Redhill", "Selby", "Thirsk"]
PEOPLE = ["Anna Kowalski", "Brian Osei", "Carla Mendes", "David Lindqvist", "Elena Petrova", "Farid Haddad",
          "Grace Nakamura", "Hugo Laurent", "Ines Duarte", "Jonas Berg"]
THINGS = ["bridge", "library", "hospital wing", "ferry terminal", "school", "water plant", "stadium", "rail depot",
          "museum", "harbour wall"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SENTENCES = [
    "The {town} council approved a plan to rebuild the {thing} on {weekday}.",
    "Engineers closed the {thing} in {month} {past} after inspectors found cracks.",
    "{person} was elected mayor of {town} in {older}.",
    "Work on the new {thing} began in {month2} {past}.",
    "The {thing} first opened in {oldest}.",
    "A flood damaged the {thing} on {month} {day}, {past}.",
    "{person} said the {thing} will reopen in {month2} {future}.",
    "Residents protested outside the town hall last {weekday}.",
    "The regional government will publish a report on the {thing} in {month}.",
    "The contract was signed on {month2} {day}, {past}.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def synthetic_article(number: int, chooser: random.Random) -> dict:
    """A short news article (about 60 to 110 words) with a publication date, unique by its number."""
    year = chooser.randint(2015, 2024)
    values = {"town": chooser.choice(TOWNS), "person": chooser.choice(PEOPLE), "thing": chooser.choice(THINGS),
              "weekday": chooser.choice(WEEKDAYS), "month": chooser.choice(MONTHS), "month2": chooser.choice(MONTHS),
              "day": chooser.randint(1, 28), "past": year - chooser.randint(1, 3), "older": year - chooser.randint(4, 12),
              "oldest": year - chooser.randint(30, 90), "future": year + 1}
    sentences = [template.format(**values) for template in chooser.sample(SENTENCES, chooser.randint(4, 7))]
    dct = f"{year}-{chooser.randint(1, 12):02d}-{chooser.randint(1, 28):02d}"
    title = f"{values['town']} {values['thing']}: update {number}"
    return {"title": title, "dct": dct, "url": f"https://news.example/{year}/{number}",
            "text": f"{title}\n\n" + " ".join(sentences) + f" (Report {number}.)"}


def fresh_database(backend: str, folder: Path) -> tuple[str, callable]:
    """A URL of an empty database and a function that drops it."""
    if backend == "sqlite":
        path = folder / f"archive-{uuid.uuid4().hex[:6]}.sqlite"
        return f"sqlite:///{path}", lambda: None
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop() -> None:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False), drop


def storage(app) -> tuple[int, int, int]:
    """(bytes on disk of the archive's tables with their indexes, articles, extracted events) in PostgreSQL."""
    with app.app_context(), store_engine().connect() as connection:
        size = sum(connection.execute(text(f"SELECT pg_total_relation_size('{table}')")).scalar()
                   for table in ("articles", "article_results", "timeline_articles", "events"))
        articles = connection.execute(text("SELECT count(*) FROM articles")).scalar()
        events = connection.execute(text("SELECT coalesce(sum(json_array_length(result->'events') + "
                                         "json_array_length(result->'undated')), 0) FROM article_results")).scalar()
    return size, articles, events


def import_throughput(backend: str, workers: int, articles: list[dict], redis_url: str, folder: Path) -> tuple[float, float, int]:
    """(articles/s, seconds, failures) of importing ``articles`` into an empty database with ``workers`` workers."""
    url, drop = fresh_database(backend, folder)
    settings = {"TIMELINE_DATABASE_URL": url, "TIMELINE_SEED_SAMPLE": "0", "TIMELINE_BROKER_URL": redis_url,
                "TIMELINE_TASK_QUEUE": f"bench-{uuid.uuid4().hex[:6]}"}
    app = create_app({name: value for name, value in settings.items() if name != "TIMELINE_SEED_SAMPLE"} | {"TIMELINE_SEED_SAMPLE": False})
    worker = Worker({**os.environ, **settings}, folder / f"worker-{backend}-{workers}.log", workers)
    try:
        with app.app_context():
            # Warm up: the workers load the parser before the clock starts.
            run_import([Item(0, synthetic_article(0, random.Random(-1)))], window=1)
            items = [Item(number, article) for number, article in enumerate(articles, start=1)]
            started = time.perf_counter()
            report = run_import(items, window=64)
            seconds = time.perf_counter() - started
        if backend == "postgresql" and workers == 1:
            size, stored, events = storage(app)
            print(f"storage    {backend:10}: {size / stored:6.0f} bytes per article, {size / max(events, 1):5.0f} per extracted event "
                  f"({events / stored:.1f} events per article): {size / max(events, 1) * 1e6 / 2**30:.2f} GiB per million events", flush=True)
    finally:
        worker.stop()
        app.extensions["timeline_store"].dispose()
        drop()
    return report.added / seconds, seconds, len(report.failures)


def fiftieth_article(backend: str, articles: list[dict], folder: Path) -> tuple[float, float]:
    """Seconds to add the 50th article to a timeline of 49: (before, after)."""
    url, drop = fresh_database(backend, folder)
    app = create_app({"TIMELINE_DATABASE_URL": url, "TIMELINE_SEED_SAMPLE": False})
    try:
        with app.app_context():
            timeline = store.create_timeline("Fifty", articles[:1])
            for article in articles[1:49]:
                store.add_article(timeline["id"], article)
            # Before (main): the new article stored, then every article of the timeline extracted again, inside
            # the write transaction, and the events reconciled.
            started = time.perf_counter()
            with writing() as session:
                row = session.get(TimelineRow, timeline["id"])
                prepared = stored_articles.Prepared(extraction.article_fields(articles[49]), None)
                added, _ = stored_articles.store(session, prepared)
                stored_articles.link(session, row, added)
                results = [(link.article_id, extraction.extract_result(stored_articles.columns(link.article))) for link in row.links]
                for article_id, result in results:
                    stored_articles.save_result(session, session.get(type(added), article_id), result)
                stored_articles.rebuild_events(session, row)
                session.rollback()
            before = time.perf_counter() - started
            # After: only the new article extracted (outside the transaction), the others' results merged.
            started = time.perf_counter()
            store.add_article(timeline["id"], articles[49])
            after = time.perf_counter() - started
    finally:
        app.extensions["timeline_store"].dispose()
        drop()
    return before, after


# --- search and story queries over a large archive ---------------------------------------------------

TEMPLATES = 300  # distinct synthetic articles really extracted; the archive reuses their results
TIMELINES_PER_ARTICLE = 3  # each article is in this many timelines (a timeline's events are its own rows)
ARTICLES_PER_TIMELINE = 1000


def _percentiles(seconds: list[float]) -> tuple[float, float]:
    ordered = sorted(seconds)
    return ordered[len(ordered) // 2] * 1000, ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000


def _copy(connection, table: str, columns: tuple[str, ...], rows) -> None:
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def load_archive(url: str, events_wanted: int) -> tuple[int, int, float]:
    """Bulk-load an archive with at least ``events_wanted`` events; returns (articles, events, seconds)."""
    from datetime import datetime, timezone

    from timeline.pipeline import PIPELINE_VERSION, extract
    from timeline.serialize import event_dict, timeline_dict

    chooser = random.Random(17)
    templates = []
    for number in range(TEMPLATES):
        article = synthetic_article(number, chooser)
        templates.append((article, timeline_dict(extract(article["text"], article["dct"]))))
    articles, counted = 0, 0
    while counted < events_wanted:  # enough articles for the events wanted (each in several timelines)
        articles += 1
        counted += len(templates[articles % TEMPLATES][1]["events"]) * TIMELINES_PER_ARTICLE
    timelines = articles * TIMELINES_PER_ARTICLE // ARTICLES_PER_TIMELINE + 1
    now = datetime.now(timezone.utc)
    started = time.perf_counter()
    engine = create_engine(url)
    raw = engine.raw_connection()
    try:
        connection = raw.driver_connection
        # As a bulk load should: secondary indexes dropped before COPY and built once after (a GIN index built
        # in one go is many times faster than one kept up row by row); their definitions come from the catalog.
        with connection.cursor() as cursor:
            cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                           "AND tablename IN ('events', 'articles', 'article_results', 'timeline_articles') "
                           "AND indexname NOT IN (SELECT conname FROM pg_constraint)")
            indexes = cursor.fetchall()
            for name, _definition in indexes:
                cursor.execute(f'DROP INDEX "{name}"')
        _copy(connection, "timelines", ("id", "title", "description", "status", "version", "created", "updated"),
              ((number, f"Timeline {number}", "", "published", 1, now, now) for number in range(1, timelines + 1)))

        def article_rows():
            for number in range(1, articles + 1):
                article, _ = templates[number % TEMPLATES]
                text_ = article["text"] + f" Archive copy {number}."
                yield (number, article["title"], text_, "text", f"https://news{number % 50}.example/{number}",
                       uuid.uuid5(uuid.NAMESPACE_URL, str(number)).hex * 2, article["dct"], "en", now)

        _copy(connection, "articles", ("id", "title", "text", "format", "url", "content_hash", "dct", "language", "created"),
              article_rows())
        results = {number: json.dumps(result) for number, (_, result) in enumerate(templates)}
        _copy(connection, "article_results", ("article_id", "pipeline_version", "result", "extracted_at"),
              ((number, PIPELINE_VERSION, results[number % TEMPLATES], now) for number in range(1, articles + 1)))
        links, events = [], 0

        def link_and_event_rows():
            nonlocal events
            for copy_number in range(TIMELINES_PER_ARTICLE):
                for number in range(1, articles + 1):
                    timeline_id = (copy_number * articles + number - 1) // ARTICLES_PER_TIMELINE + 1
                    links.append((timeline_id, number, number, now))
                    for position, event in enumerate(templates[number % TEMPLATES][1]["events"]):
                        data = {key: value for key, value in event.items() if key != "id"}
                        date = data["date"]
                        events += 1
                        yield (events, timeline_id, number, f"{number}-{copy_number}-{position}", False, json.dumps(data),
                               False, data["headline"], data["sentence"], date["value"], date["granularity"],
                               date["earliest"], date["latest"])

        _copy(connection, "events", ("id", "timeline_id", "article_id", "key", "manual", "extracted", "hidden", "headline",
                                     "body", "value", "granularity", "earliest", "latest"), link_and_event_rows())
        _copy(connection, "timeline_articles", ("timeline_id", "article_id", "position", "added"), iter(links))
        with connection.cursor() as cursor:
            cursor.execute("SET maintenance_work_mem = '512MB'")
            for _name, definition in indexes:
                cursor.execute(definition)
            for table in ("timelines", "articles", "events"):
                cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
            cursor.execute("ANALYZE")
        connection.commit()
    finally:
        raw.close()
        engine.dispose()
    return articles, events, time.perf_counter() - started


def search_latency(events_wanted: int, searches: int, stories: int) -> None:
    """Print the load time and the p50/p99 latency of searches and story queries on PostgreSQL."""
    url, drop = fresh_database("postgresql", Path(tempfile.gettempdir()))
    app = create_app({"TIMELINE_DATABASE_URL": url, "TIMELINE_SEED_SAMPLE": False, "TIMELINE_EXTRACT_RATE_LIMIT": ""})
    try:
        articles, events, seconds = load_archive(url, events_wanted)
        print(f"archive in PostgreSQL: {articles} articles, {events} events, loaded (COPY, then indexes built) in {seconds:.0f} s",
              flush=True)
        with app.app_context():
            token = store.create_token("bench")
        client = app.test_client()
        chooser = random.Random(5)
        queries = [f"{chooser.choice(TOWNS)} {chooser.choice(THINGS)}" for _ in range(searches)]
        kinds = {
            "search events (2 words)": lambda q: client.get("/api/v1/search", query_string={"q": q}),
            "search events, one year": lambda q: client.get("/api/v1/search", query_string={"q": q, "from": "2019", "to": "2019"}),
            "search events, entity": lambda q: client.get("/api/v1/search", query_string={"entity": chooser.choice(PEOPLE)}),
            "search articles (2 words)": lambda q: client.get("/api/v1/search", query_string={"q": q, "type": "articles"}),
        }
        for name, run in kinds.items():
            timings = []
            for query in queries:
                started = time.perf_counter()
                response = run(query)
                timings.append(time.perf_counter() - started)
                assert response.status_code == 200, response.get_data(as_text=True)
            p50, p99 = _percentiles(timings)
            print(f"{name:28} p50 {p50:7.1f} ms   p99 {p99:7.1f} ms   ({len(timings)} queries)", flush=True)
        timings, told = [], []
        for query in queries[:stories]:
            started = time.perf_counter()
            response = client.post("/api/v1/stories", json={"query": query, "limit": 10},
                                   headers={"Authorization": f"Bearer {token}"})
            timings.append(time.perf_counter() - started)
            assert response.status_code == 200, response.get_data(as_text=True)
            told.append(response.get_json()["articles"])
        p50, p99 = _percentiles(timings)
        print(f"{'story query (limit 10)':28} p50 {p50:7.1f} ms   p99 {p99:7.1f} ms   ({len(timings)} queries, "
              f"{sum(told) / len(told):.0f} articles each on average, at most {max(told)})", flush=True)
    finally:
        app.extensions["timeline_store"].dispose()
        drop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles to import (default 10,000)")
    parser.add_argument("--backends", default="sqlite,postgresql", help="comma-separated: sqlite, postgresql")
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    parser.add_argument("--only", choices=["import", "search"], help="run only the import part or only the search part")
    parser.add_argument("--search-events", type=int, default=1_000_000, help="events in the search archive (default 1,000,000)")
    parser.add_argument("--searches", type=int, default=200, help="queries per kind of search (default 200)")
    parser.add_argument("--stories", type=int, default=40, help="story queries (default 40)")
    args = parser.parse_args()
    if args.only != "import":
        search_latency(args.search_events, args.searches, args.stories)
    if args.only == "search":
        return
    chooser = random.Random(20)
    articles = [synthetic_article(number, chooser) for number in range(1, args.articles + 1)]
    words = sum(len(article["text"].split()) for article in articles) / len(articles)
    print(f"{args.articles} synthetic articles, {words:.0f} words on average")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        redis, socket_path = start_redis(folder)
        redis_url = f"redis+socket://{socket_path}"
        try:
            for backend in args.backends.split(","):
                for workers in (int(count) for count in args.workers.split(",")):
                    rate, seconds, failures = import_throughput(backend, workers, articles, redis_url, folder)
                    print(f"import {backend:10} {workers} worker{'s' if workers > 1 else ' '}: {rate:6.1f} articles/s "
                          f"({args.articles} in {seconds:.0f} s, {failures} failed)", flush=True)
            for backend in args.backends.split(","):
                fifty = [synthetic_article(100_000 + number, random.Random(number)) for number in range(50)]
                before, after = fiftieth_article(backend, fifty, folder)
                print(f"add the 50th article, {backend:10}: before {before * 1000:7.0f} ms (re-extract all 50 in the write "
                      f"transaction), after {after * 1000:5.0f} ms (extract only the new one)", flush=True)
        finally:
            redis.terminate()
            redis.wait(10)


if __name__ == "__main__":
    main()
