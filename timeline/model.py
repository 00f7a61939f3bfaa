"""Value objects shared by every pipeline stage.

All offsets are Python string indices into the text exactly as the caller gave it.
For plain text ``text[start:end]`` is the reported text; for HTML the reported
text is the same slice of ``Document.plain`` (the caller's text with markup
blanked to spaces, same length), so the offsets still point into the caller's HTML.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A stretch of the input text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence(Span):
    """One sentence of the article."""


@dataclass(frozen=True)
class Evidence(Sentence):
    """A further sentence telling of an event; names its article when timelines are merged."""

    article: str | None = None


@dataclass(frozen=True)
class Timex(Span):
    """A temporal expression with its TIMEX3 normalization.

    ``earliest``/``latest`` are the interval the value covers, as ISO dates or
    datetimes (``latest`` exclusive); both are ``None`` when the value cannot be
    placed on a calendar (``PAST_REF``, ``XXXX-01``, durations, sets).
    """

    id: str = ""
    type: str = "DATE"  # DATE, TIME, DURATION, SET
    value: str = ""
    granularity: str = "unknown"  # century, decade, year, half, quarter, season, month, week, day, part-of-day, hour, minute, second, unknown
    earliest: str | None = None
    latest: str | None = None
    mod: str | None = None  # START, MID, END, APPROX, BEFORE, AFTER, ...
    quant: str | None = None  # SET only: EVERY, EACH ...
    freq: str | None = None  # SET only: 1W, 2X ...

    @property
    def placeable(self) -> bool:
        """True when the expression has a calendar interval a timeline can order."""
        return self.type in ("DATE", "TIME") and self.earliest is not None


# Where a document's publication date (DCT) came from: the caller, a dateline at the top of the text,
# a byline or furniture line ("Posted Jan 25, 2021", "first published Nov. 15, 2024"), or nowhere.
DCT_SOURCES = ("given", "dateline", "byline", "none")
# The codes of ResultWarning.
WARNING_CODES = ("no_dct", "dct_without_year")


@dataclass(frozen=True)
class ResultWarning:
    """Something the reader of a result should know, with a stable code for programs
    (``no_dct``: no publication date, relative dates stay undated; ``dct_without_year``: a dateline
    such as "July 7 (Reuters)" gives no year)."""

    code: str
    message: str


@dataclass(frozen=True)
class Document:
    """An ingested article: the caller's text, the DCT and its sentences.

    ``plain`` has the same length as ``source``: markup is blanked to spaces so
    that every offset found in ``plain`` is also an offset into ``source``.
    """

    source: str
    plain: str
    dct: str | None  # ISO date, YYYY-MM-DD
    sentences: tuple[Sentence, ...]
    dct_span: Span | None = None  # the dateline the DCT was read from, if any
    dct_source: str = "none"  # where the DCT came from: one of DCT_SOURCES
    warnings: tuple["ResultWarning", ...] = ()
    # Page furniture (date lines, bylines, captions, share bars, notices, timecodes): sorted, not overlapping.
    # No sentence holds both furniture and body text; nothing inside furniture is news.
    furniture: tuple[Span, ...] = ()

    def in_furniture(self, start: int, end: int) -> bool:
        """Whether the stretch ``[start, end)`` lies inside page furniture (a binary search)."""
        position = bisect_right(self.furniture, start, key=lambda span: span.start) - 1
        return position >= 0 and end <= self.furniture[position].end


@dataclass(frozen=True)
class Event:
    """Something that happened, dated by a temporal expression (or by the DCT)."""

    id: str
    headline: str
    sentence: Sentence
    trigger: Span
    date: Timex
    end_date: Timex | None = None  # ranges: "from 2019 to 2021"
    participants: tuple[str, ...] = ()
    evidence: tuple[Sentence, ...] = ()  # further sentences (Evidence when from another article)
    article: str | None = None  # provenance when a timeline holds several articles


@dataclass(frozen=True)
class Timeline:
    """The ordered result of extraction for one or more articles."""

    dct: str | None
    timexes: tuple[Timex, ...]
    events: tuple[Event, ...]  # ordered: by interval, ties in document order
    undated: tuple[Event, ...] = field(default=())  # events that cannot be placed
    dct_source: str = "none"  # one of DCT_SOURCES
    warnings: tuple[ResultWarning, ...] = ()
