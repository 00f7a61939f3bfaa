"""Extraction for the store: run the pipeline over one article (outside any write transaction), and
reconcile a timeline's stored events with the merge of its articles' stored results.

Events are matched by a stable key (trigger, date value, sentence), so re-extraction
keeps each event's id and the editor's changes; manual events are never touched.
"""
from __future__ import annotations

import hashlib
from typing import Any, Iterable

from timeline.events.merge import merge_timelines
from timeline.ingest import IngestError, looks_like_html
from timeline.model import Event, Timeline
from timeline.pipeline import extract
from timeline.serialize import event_dict, timeline_dict
from timeline.store.errors import InvalidInput
from timeline.store.models import EventRow, TimelineRow
from timeline.store.views import effective_date


def article_format(text: str, declared: str | None = None) -> str:
    """``html`` or ``text``: as declared, else guessed from the markup."""
    if declared in ("html", "text"):
        return declared
    return "html" if looks_like_html(text) else "text"


def content_hash(language: str, format: str, dct: str | None, text: str, mode: str = "auto") -> str:
    """What makes two articles the same when neither has a URL: the text and what its extraction depends on.
    (migrations/versions/0002 keeps a copy: change both or neither.) The default mode adds nothing, so the
    hashes stored before articles had a mode still find them."""
    material = "\x1f".join((language or "en", format or "text", dct or "", text) + ((mode,) if mode not in (None, "auto") else ()))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def article_fields(article: dict[str, Any]) -> dict[str, Any]:
    """The columns of an article as the client gave it (title, text, url, dct, language, format, content hash)."""
    text = article["text"]
    fields = {"title": article.get("title") or "", "text": text, "url": article.get("url") or None,
              "dct": article.get("dct"), "language": article.get("language") or "en",
              "format": article_format(text, article.get("format")), "mode": article.get("mode") or "auto"}
    fields["content_hash"] = content_hash(fields["language"], fields["format"], fields["dct"], text, fields["mode"])
    return fields


def extract_result(fields: dict[str, Any]) -> dict[str, Any]:
    """The extraction result of one article (``timeline_dict``); InvalidInput when it cannot be read."""
    try:
        return timeline_dict(extract(fields["text"], fields["dct"], is_html=fields["format"] == "html",
                                     mode=fields.get("mode") or "auto"))
    except IngestError as error:
        raise InvalidInput(str(error)) from error


def event_key(event: Event) -> str:
    """A key that survives re-extraction: trigger, date value and sentence."""
    material = "\x1f".join((event.trigger.text.lower(), event.date.value, " ".join(event.sentence.text.split())))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:32]


def reconcile(timeline: TimelineRow, articles: Iterable[tuple[int, Timeline]]) -> None:
    """Replace the extracted events of ``timeline`` by the merge of ``(article id, result)``, keeping edits."""
    merged = merge_timelines([(str(article_id), result) for article_id, result in articles])
    stored = {row.key: row for row in timeline.events if not row.manual}
    seen: set[str] = set()
    for event in (*merged.events, *merged.undated):
        key = event_key(event)
        suffix = 1
        while key in seen:  # the same trigger, date and sentence twice: keep both, in order
            suffix += 1
            key = f"{event_key(event)[:28]}-{suffix:03d}"
        seen.add(key)
        row = stored.get(key)
        if row is None:
            row = EventRow(key=key, manual=False, hidden=False)
            timeline.events.append(row)
        data = event_dict(event)
        del data["id"]
        row.article_id = int(data.pop("article")) if data.get("article") else None
        row.extracted = data
        apply_effective(row)
    for key, row in stored.items():
        # An event the new extraction no longer finds goes, unless an editor worked on it.
        if key not in seen and not row.edited:
            timeline.events.remove(row)


def apply_effective(row: EventRow) -> None:
    """Recompute the effective columns: the editor's values over the extracted ones (``views.event_view`` reads them)."""
    extracted = row.extracted or {}
    row.headline = row.edit_headline if row.edit_headline is not None else extracted.get("headline", "")
    row.body = row.edit_text if row.edit_text is not None else extracted.get("sentence", "")
    date = effective_date(extracted, row.edit_date)
    row.value, row.granularity, row.earliest, row.latest = (date.get(name) for name in ("value", "granularity", "earliest", "latest"))
    end_date = extracted.get("end_date")
    if row.edit_date is None and end_date and end_date.get("latest") and row.earliest is not None:
        row.latest = end_date["latest"]  # a range covers its end date too
