"""Helpers shared by the event-stage tests (no tests here): Timexes built by hand so the tests do not depend on the tagger."""
from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.ingest import ingest
from timeline.model import Document, Timex

_INTERVALS = {
    4: lambda v: (f"{v}-01-01", f"{int(v) + 1}-01-01", "year"),
    7: lambda v: (f"{v}-01", f"{v[:4]}-{int(v[5:]) + 1:02d}-01" if v[5:] != "12" else f"{int(v[:4]) + 1}-01-01", "month"),
    10: lambda v: (v, (date.fromisoformat(v) + timedelta(days=1)).isoformat(), "day"),
}


def timex(text: str, phrase: str, value: str, occurrence: int = 0) -> Timex:
    """A Timex for the ``occurrence``-th whole-word ``phrase`` of ``text`` (calendar values or REF/duration)."""
    start = [m.start() for m in re.finditer(r"\b" + re.escape(phrase) + r"\b", text)][occurrence]
    if re.match(r"P(?:T|X|\d)", value):
        return Timex(phrase, start, start + len(phrase), type="DURATION", value=value)
    if value[:4].isdigit() and len(value) in _INTERVALS:
        earliest, latest, granularity = _INTERVALS[len(value)](value)
        if len(value) == 7:
            earliest += "-01"
        return Timex(phrase, start, start + len(phrase), value=value, granularity=granularity, earliest=earliest, latest=latest)
    return Timex(phrase, start, start + len(phrase), value=value)


def document(text: str, dct: str | None = "2023-11-16") -> Document:
    """Ingest ``text`` with a given DCT."""
    return ingest(text, dct)
