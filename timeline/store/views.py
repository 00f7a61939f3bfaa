"""What the store hands out: an article, and an event in the one shape every reader of a stored event uses.

An event's way from the pipeline to the screen::

    Event (timeline.model)  --event_dict-->  article_results.result (JSON, per article and pipeline version)
        --merge of a timeline's articles-->  events.extracted (JSON) + the editor's corrections (edit_* columns)
        --event_view-->  the event view (below), the one shape from here on

The event view is a plain dict with exactly the fields of ``timeline.web.api.schemas.EventOut``, built here and
nowhere else. The REST API dumps it with ``EventOut``; the pages (Jinja templates) read it as it is and hand it
to the viewer (``static/viewer/``) as JSON (the fields the viewer reads, ``pages.VIEWER_FIELDS``); the exports (TimelineJS, JSON Feed, iCalendar, Atom, CSV) and the
search read it too. The editor's corrections are applied once, when an event is written
(``extraction.apply_effective`` fills the ``headline``/``body``/date columns SQL filters and orders by);
the view reads those columns, and the date in full from ``effective_date``.

The event view's fields:

- ``id`` (int), ``timeline`` (int), ``key`` (stable across re-extraction), ``article`` (the article's id or None);
- ``headline`` and ``text``: what a reader is shown, the editor's version else the extracted one (``text`` is
  the extracted sentence unless an editor rewrote it; a manual event has only its text);
- ``sentence``, ``start``, ``end``, ``trigger``: the extracted sentence and the predicate, with their offsets into
  the article's text (None for a manual event); ``participants``, ``evidence``, ``end_date`` when extracted;
- ``date``: ``{"text", "start", "end", "value", "granularity", "earliest", "latest"}``, the editor's date
  (``date_override``, a TIMEX3 value) else the extracted one; an edited date drops the extracted range;
- ``group``, ``hidden``, ``manual``, ``date_override``; ``media_url`` (an http(s) URL only: anything else
  stored is never shown as a link) and ``media_is_image`` (whether it names a picture).

An extraction result that is not stored (``POST /api/v1/extract``, the paste page) is ``event_dict``'s shape,
dumped by ``ExtractedEventOut``: the same names for the same things (its ``text`` is its sentence), without the
editor's fields.
"""
from __future__ import annotations

from typing import Any

from timeline.display import media_is_image, web_url
from timeline.store.dates import parse_calendar_value
from timeline.store.errors import InvalidInput
from timeline.store.models import ArticleRow

# The date of an event that has none (a manual event always has one; this is for damaged rows).
_NO_DATE = {"text": "", "start": None, "end": None, "value": None, "granularity": None, "earliest": None, "latest": None}


def event_view(row: Any) -> dict[str, Any]:
    """A stored event (an ``EventRow`` or a plain row of the ``events`` table) in the one shape: what extraction
    gave with the editor's corrections over it."""
    extracted = row.extracted or {}
    media_url = web_url(row.media_url)
    view: dict[str, Any] = {
        "id": row.id,
        "timeline": row.timeline_id,
        "key": row.key,
        "headline": row.headline,  # the effective columns: the editor's values, else the extracted ones
        "text": row.body,
        "sentence": extracted.get("sentence"),
        "start": extracted.get("start"),
        "end": extracted.get("end"),
        "trigger": extracted.get("trigger"),
        "date": effective_date(extracted, row.edit_date),
    }
    for optional in ("end_date", "participants", "evidence"):
        if optional in extracted and row.edit_date is None:
            view[optional] = extracted[optional]
    view.update({"article": row.article_id, "group": row.group, "hidden": row.hidden, "media_url": media_url,
                 "media_is_image": media_is_image(media_url), "manual": row.manual, "date_override": row.edit_date})
    return view


def effective_date(extracted: dict[str, Any], edit_date: str | None) -> dict[str, Any]:
    """The event's date: the editor's TIMEX3 value, else the extracted date; InvalidInput for a value that is
    not a calendar date."""
    if edit_date is None:
        return dict(extracted.get("date") or _NO_DATE)
    try:
        value = parse_calendar_value(edit_date)
    except ValueError as error:
        raise InvalidInput(str(error)) from error
    return {"text": value.value, "start": None, "end": None, "value": value.value,
            "granularity": value.granularity, "earliest": value.earliest, "latest": value.latest}


def article_view(row: ArticleRow) -> dict[str, Any]:
    """An article as the API shows it (``ArticleOut``)."""
    return {"id": row.id, "title": row.title, "url": row.url, "dct": row.dct, "language": row.language,
            "format": row.format, "mode": row.mode, "text": row.text}
