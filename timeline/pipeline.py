"""The extraction pipeline: ingest → tag → events → order.

Each stage is a function over plain data (see ``timeline.model``); this module
only wires them together. Nothing here imports Flask or the store.
"""
from __future__ import annotations

from timeline.events import find_events
from timeline.events.order import order_events
from timeline.ingest import ingest
from timeline.model import Timeline
from timeline.tagger import tag


def extract(text: str, dct: str | None = None, *, is_html: bool | None = None) -> Timeline:
    """Extract the ordered timeline of one article (plain text or HTML)."""
    document = ingest(text, dct, is_html=is_html)
    timexes = tag(document.plain, document.dct)
    events = find_events(document, timexes)
    ordered, undated = order_events(events)
    return Timeline(dct=document.dct, timexes=tuple(timexes), events=tuple(ordered), undated=tuple(undated),
                    dct_source=document.dct_source, warnings=document.warnings)
