"""Bulk import into the archive: read items from JSON lines, CSV, an RSS/Atom feed or a sitemap, and queue
one extraction job per item the store does not have yet.

Resumable by construction: an item is skipped when the store has its URL or its content (hash), so an
import started again after an interruption goes on where the stored articles end. A failing item is
reported and the import goes on. At most ``window`` jobs are outstanding at once, so progress and its
rate are those of finished work.
"""
from __future__ import annotations

import csv
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Mapping, TextIO

from timeline import store
from timeline.feeds import fetch_feed
from timeline.jsonlines import read_lines
from timeline.store import jobs as job_records

ITEM_FIELDS = ("text", "url", "title", "dct", "language", "format")


class SourceError(ValueError):
    """The source cannot be read at all (a missing file, an unknown kind, a feed that cannot be fetched)."""


@dataclass
class Item:
    """One article to import, or why its line could not be read (``error``)."""

    number: int  # line or entry number in the source, for reports
    article: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    @property
    def name(self) -> str:
        return f"item {self.number}" + (f" ({self.article['url']})" if self.article.get("url") else "")


def read_source(source: str, settings: Mapping[str, Any]) -> list[Item]:
    """The items of a JSON lines file (.jsonl), a CSV file (.csv, with a header naming text, url, title, dct)
    or a feed or sitemap URL (http, https)."""
    if source.startswith(("http://", "https://")):
        from timeline.fetch import FetchError

        try:
            return [Item(number, {"url": entry.url, "title": entry.title, "dct": entry.published})
                    for number, entry in enumerate(fetch_feed(source, settings), start=1)]
        except FetchError as error:
            raise SourceError(f"cannot read the feed: {error.message}") from None
    path = Path(source)
    if not path.is_file():
        raise SourceError(f"no such file: {source}")
    with path.open(encoding="utf-8", newline="") as handle:
        if path.suffix.lower() == ".csv":
            return list(_csv_items(handle))
        if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
            return list(_jsonl_items(handle))
    raise SourceError(f"unknown kind of source {source}: give a .jsonl or .csv file, or a feed or sitemap URL")


def _jsonl_items(handle: TextIO) -> Iterator[Item]:
    for line in read_lines(handle):
        yield Item(line.number, error=line.error) if line.error is not None else _item(line.number, line.value)


def _csv_items(handle: TextIO) -> Iterator[Item]:
    reader = csv.DictReader(handle)
    if not reader.fieldnames or not {"text", "url"} & set(reader.fieldnames):
        raise SourceError("the CSV file needs a header row naming a text or url column")
    for number, row in enumerate(reader, start=2):
        yield _item(number, {name: value for name, value in row.items() if name in ITEM_FIELDS and value})


def _item(number: int, data: Any) -> Item:
    if not isinstance(data, dict):
        return Item(number, error="expected an object")
    article = {name: data[name] for name in ITEM_FIELDS if data.get(name) is not None}
    if not all(isinstance(value, str) for value in article.values()):
        return Item(number, error=f"{', '.join(ITEM_FIELDS)} must be strings")
    if not article.get("text") and not article.get("url"):
        return Item(number, error='needs a "text" or a "url"')
    return Item(number, article)


@dataclass
class Report:
    """What an import did."""

    added: int = 0
    skipped: int = 0
    failures: list[str] = field(default_factory=list)


class Progress:
    """A one-line progress bar on stderr: done/total, rate, ETA (redrawn at most 5 times a second)."""

    def __init__(self, total: int, stream: TextIO = sys.stderr):
        self.total, self.stream, self.started, self.drawn = total, stream, time.monotonic(), 0.0

    def show(self, done: int, report: Report, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.drawn < 0.2:
            return
        self.drawn = now
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        eta = (self.total - done) / rate if rate > 0 else float("inf")
        width = 30
        filled = int(width * done / self.total) if self.total else width
        eta_text = "--" if eta == float("inf") else time.strftime("%H:%M:%S", time.gmtime(eta))
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} {rate:.1f} articles/s "
                          f"ETA {eta_text}  added {report.added}, skipped {report.skipped}, failed {len(report.failures)}")
        if final:
            self.stream.write("\n")
        self.stream.flush()


def run_import(items: list[Item], timeline_id: int | None = None, window: int = 64, poll: float = 0.2,
               progress: Progress | None = None) -> Report:
    """Queue the items the store does not have and wait for their jobs; return what happened."""
    from timeline.jobs import enqueue

    report = Report()
    outstanding: dict[str, Item] = {}
    done = 0

    def collect(until: int) -> None:
        """Take in finished jobs until at most ``until`` are outstanding."""
        nonlocal done
        while outstanding:
            finished = job_records.finished(outstanding)
            for job_id, job in finished.items():
                item = outstanding.pop(job_id)
                done += 1
                if job["state"] == job_records.SUCCEEDED:
                    report.added += 1
                else:
                    report.failures.append(f"{item.name}: {job['error']}")
            if progress is not None:
                progress.show(done, report)
            if len(outstanding) <= until:
                return
            time.sleep(poll)

    for item in items:
        if item.error is not None:
            report.failures.append(f"{item.name}: {item.error}")
            done += 1
            continue
        article = item.article
        try:
            known = store.known_article(**{name: article.get(name) for name in ("url", "text", "dct", "language", "format")})
            if known is not None:
                if timeline_id is not None:
                    store.link_article(timeline_id, known)
                report.skipped += 1
                done += 1
                continue
        except store.StoreError as error:
            report.failures.append(f"{item.name}: {error}")
            done += 1
            continue
        if article.get("text"):
            job_id = enqueue("extract_article", article, timeline_id, kind="import_item", timeline_id=timeline_id)
        else:
            job_id = enqueue("extract_url", article["url"], timeline_id, article.get("title") or "", article.get("dct"),
                             kind="import_item", timeline_id=timeline_id)
        outstanding[job_id] = item
        if len(outstanding) >= window:
            collect(until=window - 1)
    collect(until=0)
    if progress is not None:
        progress.show(done, report, final=True)
    return report
