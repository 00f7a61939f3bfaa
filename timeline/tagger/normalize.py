"""Normalization: turn a matched rule's groups into a TIMEX3 type, value and mod.

Two clocks run through a text: the DCT, the time the piece was published, and the story's time
(``ReferenceTime``), the last date placed in the calendar, which moves as the text narrates.
Deictic expressions ("last year", "on Friday" in news) resolve against the DCT, the clause's tense
and aspect choosing between the last and the next occurrence of a weekday, month, season or
holiday; anaphoric expressions ("that year", "two days later", "the next morning") resolve against
the story's time; underspecified ones ("13 August", "in March", "the end of the month") resolve
against whichever the text is telling from at that point (``Resolver._story``), as the document's
``mode`` allows. Quoted speech resolves against the time it was said, when the text gives it.
Parts the text leaves unknown are written as ``X`` placeholders, never guessed.

The words and patterns read here are the language's (``timeline.languages.<code>.time``):
a ``Resolver`` is given them with the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from calendar import monthrange
from dataclasses import dataclass, replace
from functools import cached_property
from datetime import date, timedelta
from types import ModuleType

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from timeline.model import Sentence
from timeline.tagger.interval import PART_OF_DAY_HOURS, SEASON_START, granularity_of, interval

_SEASON_ORDER = ["SP", "SU", "FA", "WI"]
# Reference granularities coarser than a month that an anaphoric "N weeks later" can only be placed in.
_COARSE_REFERENCES = {"quarter", "season", "half", "year"}
_PERIOD_REACH = 400  # how far after a quarter or half "a year ago" still compares that period
MATCH_REACH = 100  # the farthest a match starts before the anchor word it was found at
# The farthest the normalizer reads before a match's start and after its end (the clause's tense).
CONTEXT_BEFORE = 120
# The farthest the normalizer reads after a match: the tense of a clause a time heads, whose verb may come after
# long phrases ("In January, a week after ..., a bomb killed"), and of other clauses up to ``_FAR_CUE_AFTER``.
CONTEXT_AFTER = CONTEXT_AFTER_FRONTED = 200
_FAR_CUE_AFTER = 120
_NARRATIVE_REACH = 400  # how far after the last date of a narrated year a bare date still belongs to it
# The stretch of text, before and after a position, whose stated years tell whether it narrates.
_NARRATION_BEFORE, _NARRATION_AFTER = 10000, 3000
# The granularities of a story time that bare months, days and seasons are placed by, and those finer than a year.
_STORY_GRANULARITIES = {"year", "half", "quarter", "season", "month", "week", "day", "part-of-day", "hour", "minute",
                        "second"}
_FINER_THAN_YEAR = _STORY_GRANULARITIES - {"year"}
_DAY_OR_FINER = {"day", "part-of-day", "hour", "minute", "second"}
_STORY_DIRECTION = "near"
# Years before the common era are held as dates ``_BC_ORIGIN`` minus the year: 490 BC is the year 9111. The
# origin is a multiple of 400 years after 1 BC (astronomical year 0), so leap years and weekdays fall as in the
# proleptic Gregorian calendar, and a narrative moves forward through them with the same date arithmetic as in
# the common era; years past ``_BC_FLOOR`` are written back with "BC" (no text names a year that late).
_BC_ORIGIN = 9601
_BC_FLOOR = 6000
_BC_VALUE = re.compile(r"BC(?:(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|(?P<season>SP|SU|FA|WI)))?"
                       r"|(?P<decade>\d{3})|(?P<century>\d\d))(?![\d-])")
# Granularities from the finest to the coarsest.
_GRANULARITY_ORDER = ["second", "minute", "hour", "part-of-day", "day", "week", "month", "season", "quarter", "half",
                      "year", "decade", "century"]
# The rule kinds whose dates may be asides, not moving the story (quarters and halves keep the period reported).
_STORY_KINDS = {"year", "date", "month", "season", "decade", "century", "weekday", "holiday"}
_STATE_REACH = _PERIOD_REACH + MATCH_REACH  # mentions farther back than this before an anchor cannot matter
_LISTED_REACH = 40  # how far back the season a bare season is listed after may start ("this autumn and winter")
# How underspecified dates resolve: against the publication date, the story's time, or either (decided per expression).
MODES = ("auto", "news", "narrative")
# Calendar units in months, for moving a date by whole units.
_MONTHS_IN = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120, "century": 1200}

@dataclass(frozen=True)
class Reading:
    """What a matched expression means: TIMEX3 type, value and attributes."""

    type: str
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchors: bool = True  # False: an anaphoric date, not a new reference point for later anaphora
    # a date that does not move the story: where a span starts ("since 1990")
    aside: bool = False
    # a date counted from the DCT by a word that speaks from the publication's time ("today", "last year")
    deictic: bool = False
    # the year of a reporting period a duration names ("the first nine months" of it), which later
    # comparisons ("a year earlier", "the 1988 period") refer to
    period: int | None = None


@dataclass(frozen=True)
class Mention:
    """What a date just read leaves for the expressions after it."""

    day: date | None  # the first day it covers, for anaphora to count from; None: an anaphoric date
    granularity: str
    year: int | None  # the year the text is telling of (anaphoric dates too: "Three days later")
    hour: int | None = None  # of a time or part of day ("9 p.m. Friday", "Friday night")
    period_only: bool = False  # a reporting period: compared with ("a year earlier"), not counted from
    deictic: bool = False  # counted from the DCT ("last year"): in a narrative, not where the story is


@dataclass(frozen=True)
class ReferenceTime:
    """A date placed in the calendar that later expressions resolve against, and where it was said."""

    day: date  # the first day it covers
    granularity: str
    start: int  # offset of its mention in the text
    hour: int | None = None  # the hour it told, if any: "Friday night" for a later "2 a.m."
    stated: bool = False  # a date the text wrote out ("during 2014"), not one counted from the DCT ("last year")


@dataclass(frozen=True)
class Narrated:
    """The year the last dates told of, when it is not near the DCT's, and how many of them in a row did."""

    year: int
    streak: int  # counted up to 2: two in a row make a narrative


@dataclass(frozen=True)
class EventDays:
    """The first and last day of a span of days the text stated as when an event took place."""

    first: date
    last: date

    def weekday(self, weekday: int) -> date | None:
        """The day of the span that falls on ``weekday`` (1 = Monday), if one does."""
        day = self.first + timedelta(days=(weekday - self.first.isoweekday()) % 7)
        return day if day <= self.last else None


def mention_of(reading: Reading) -> Mention | None:
    """What later expressions read ``reading`` as; None if it is no date."""
    if reading.period is not None:
        return Mention(date(reading.period, 1, 1), "year", None, period_only=True)
    if reading.aside:
        return None
    if reading.type in ("DATE", "TIME"):
        day = _first_day(reading.value)
        if day is not None:
            # a part of day stands for the hour it starts at: "Friday night" for a later "2 a.m."
            clock = re.search(r"T(\d{2}):|T(MO|MI|AF|EV|NI)$", reading.value)
            hour = None if clock is None else int(clock.group(1)) if clock.group(1) else PART_OF_DAY_HOURS[clock.group(2)][0]
            return Mention(day if reading.anchors else None, granularity_of(reading.value), day.year, hour,
                           deictic=reading.deictic)
    return None


def _first_day(value: str) -> date | None:
    """The first day of the period a DATE or TIME value covers, as the resolver holds it (see ``_BC_ORIGIN``)."""
    if value.startswith("BC"):
        m = _BC_VALUE.match(value)
        if m is None:
            return None
        if m.group("century") or m.group("decade"):
            before = int(m.group("century")) * 100 + 100 if m.group("century") else int(m.group("decade")) * 10 + 9
            return bc_date(before)
        month = int(m.group("month")) if m.group("month") else SEASON_START[m.group("season")] if m.group("season") else 1
        return bc_date(int(m.group("year")), month, int(m.group("day")) if m.group("day") else 1)
    earliest, _ = interval(value)
    return date.fromisoformat(earliest[:10]) if earliest else None


def shift(day: date, unit: str, amount: int) -> date:
    """``day`` moved by ``amount`` units of a calendar granularity (a day past the month's end: its last day)."""
    if unit in ("day", "night"):
        return day + timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=amount)
    return day + relativedelta(months=amount * _MONTHS_IN[unit])


def year_text(year: int) -> str:
    """The TIMEX3 year of a year as the resolver holds it: "1942", "0079", or "BC0490" for a year before the
    common era (held as ``_BC_ORIGIN`` minus it, see there)."""
    return f"BC{_BC_ORIGIN - year:04d}" if year > _BC_FLOOR else f"{year:04d}"


def bc_date(year: int, month: int = 1, day: int = 1) -> date:
    """The date the resolver holds for a day of the year ``year`` before the common era."""
    return date(_BC_ORIGIN - year, month, day)


def calendar_value(day: date, granularity: str) -> str:
    """The TIMEX3 value of the period of ``granularity`` that contains ``day``."""
    if granularity == "day":
        return f"{year_text(day.year)}-{day.month:02d}-{day.day:02d}"
    if granularity == "month":
        return f"{year_text(day.year)}-{day.month:02d}"
    if granularity == "year":
        return year_text(day.year)
    if granularity == "week":
        year, week, _ = day.isocalendar()
        return f"{year_text(year)}-W{week:02d}"
    if granularity == "quarter":
        return f"{year_text(day.year)}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{year_text(day.year)}-H{(day.month - 1) // 6 + 1}"
    if granularity == "season":
        season, year = season_of(day)
        return f"{year_text(year)}-{season}"
    if day.year > _BC_FLOOR:  # "the 480s BC" are BC048, "the 4th century BC" (400-301 BC) BC03
        before = _BC_ORIGIN - day.year
        return f"BC{before // 10:03d}" if granularity == "decade" else f"BC{(before - 1) // 100:02d}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    if granularity == "century":
        return f"{day.year // 100:02d}"
    raise ValueError(granularity)


def unknown_value(granularity: str) -> str:
    """A value of the given granularity whose calendar position is unknown."""
    return {"day": "XXXX-XX-XX", "month": "XXXX-XX", "week": "XXXX-WXX", "quarter": "XXXX-QX",
            "half": "XXXX-HX", "season": "XXXX-XX", "decade": "XXX", "century": "XX"}.get(granularity, "XXXX")


def season_of(day: date) -> tuple[str, int]:
    """The season containing ``day`` and the year it started in (winter starts in December)."""
    if day.month == 12:
        return "WI", day.year
    if day.month <= 2:
        return "WI", day.year - 1
    return _SEASON_ORDER[(day.month - 3) // 3], day.year


def _month_from(anchor: date, month: int, way: str, tie: str = "future") -> date:
    """The first day of the ``month`` that is the one of ``anchor``'s year ("same"), the last one up to
    ``anchor`` ("past"), the next one from it ("future") or the nearest to it ("near"; six months either way
    is ``tie``: forward as a narrative goes, back as news reports)."""
    if way == "near":
        ahead, back = (month - anchor.month) % 12, (anchor.month - month) % 12
        way = "future" if ahead < back or ahead == back and tie == "future" else "past"
    year = anchor.year
    if way == "past" and month > anchor.month:
        year -= 1
    elif way == "future" and month < anchor.month:
        year += 1
    return date(year, month, 1)


def _day_from(anchor: date, month: int, day: int, way: str, weekday: int | None = None) -> date | None:
    """The ``month``-``day`` of ``anchor``'s year ("same"), the last one up to ``anchor`` ("past") or the next
    one from it ("future"); of those around ``anchor``, one on the ``weekday`` named if any is."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            pass
    if weekday is not None:
        candidates = [d for d in candidates if d.isoweekday() == weekday] or candidates
    if way == "same":
        fitting = [d for d in candidates if d.year == anchor.year]
    elif way == "near":  # a tie goes forward, as a narrative does
        fitting = sorted(candidates, key=lambda d: (abs((d - anchor).days), d < anchor))[:1]
    elif way == "past":
        fitting = [d for d in candidates if d <= anchor][-1:]
    else:
        fitting = [d for d in candidates if d >= anchor][:1]
    return (fitting or candidates or [None])[0]


def _season_from(anchor: date, season: str, way: str) -> date:
    """The first day of the ``season`` (SP, SU, FA, WI) of ``anchor``'s year ("same"), the last one begun by
    ``anchor`` ("past"), the next one not yet over ("future") or the one nearest to it ("near")."""
    starts = [date(year, SEASON_START[season], 1) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if way == "same":
        return starts[1]
    if way == "past":
        return [first for first in starts if first <= anchor][-1]
    if way == "future":
        return next(first for first in starts if first + relativedelta(months=3) > anchor)
    # the nearest: the one starting the fewest months from the anchor's month (a tie goes forward, as a narrative
    # does): "a mild wave in the spring [of 1918], but the lethal wave was in the autumn" is the autumn of 1918
    def months_away(first: date) -> int:
        return first.year * 12 + first.month - anchor.year * 12 - anchor.month
    return min(starts, key=lambda first: (abs(months_away(first)), months_away(first) < 0))


def _middle(time: ReferenceTime) -> date:
    """The day in the middle of a reference time's period (its own day for a day or finer)."""
    if time.granularity == "year":
        return time.day.replace(month=7, day=1)
    if time.granularity == "month":
        return time.day.replace(day=15)
    return time.day


def _at_most(value: str, granularity: str) -> str:
    """``value`` with what is finer than ``granularity`` (a month or a year) unknown: a day of a quote said in
    2019 is 2019-XX-XX, its week 2019-WXX; coarser values stay as they are."""
    m = re.match(r"((?:BC)?\d{4})(?:-(\d\d)(-\d\d)?|-W\d\d(-WE)?)(T.*)?$", value)
    if m is None or granularity not in ("month", "year"):
        return value
    year, month, day, weekend, clock = m.groups()
    if month is None:  # a week
        return f"{year}-WXX{weekend or ''}{clock or ''}"
    if granularity == "month":
        return value if day is None else f"{year}-{month}-XX{clock or ''}"
    return f"{year}-XX" + ("-XX" if day else "") + (clock or "")


def duration_value(amount: float | None, letter: str, per: int, time: bool) -> str:
    """An ISO 8601 duration ("P2Y", "PT3H", "PXD"): ``amount`` units of ``per`` times the designator ``letter``
    (a time unit after the T when ``time``)."""
    time = "T" if time else ""
    if amount is None:
        return f"P{time}X{'Y' if per in (10, 100) else letter}"
    amount *= per
    if amount != int(amount):  # "a minute and a half" → PT1M30S
        smaller = {"Y": ("M", 12), "M": ("D", 30) if not time else ("S", 60), "W": ("D", 7), "D": ("H", 24),
                   "H": ("M", 60), "S": ("S", 1)}[letter]
        whole, rest = int(amount), round((amount - int(amount)) * smaller[1])
        second_time = "T" if letter == "D" and not time else ""
        return f"P{time}{whole}{letter}{second_time}{rest}{smaller[0]}"
    return f"P{time}{int(amount)}{letter}"


class Resolver:
    """Resolves the expressions of one document in reading order, keeping the last date mentioned."""

    def __init__(self, text: str, lower: str, dct: str | None, language: ModuleType, sentences: tuple[Sentence, ...],
                 mode: str = "auto"):
        self.text, self.lower, self.mode = text, lower, mode
        self.words, self.cues, self.numbers = language.words, language.cues, language.numbers
        self.dct = date.fromisoformat(dct[:10]) if dct else None
        self.ref: ReferenceTime | None = None  # the last date mentioned, for anaphora
        # the last quarter or half mentioned: "a year ago" in a results report compares that period
        self.period: ReferenceTime | None = None
        # the year of the last dates mentioned and how many in a row told of it (counted up to 2), when
        # it is not near the DCT's: two in a row make a narrative ("crashed on Jan. 8, 2020. Three days
        # later ..."), whose bare dates belong to that year; one ("the Dec. 21, 1988, bombing") does not
        self.narrated: Narrated | None = None
        # the days of the event the text last dated by a span of them ("From March 15 to 17, Toronto hosted the
        # convention"), until it tells of another day: a bare weekday among them is that day of the event
        self.event_days: EventDays | None = None
        self._tenses: dict[tuple[str, int, int], str] = {}
        self._tenses_here: dict[tuple[int, int, bool], str] = {}
        # whether the text around the anchor being read narrates (``state``), worked out when the story is at
        # least a year from the DCT, for where it is not, resolving against the story or the DCT is the same
        self._narrating = False
        self._quotes = [(m.start(), m.end()) for m in self.cues.QUOTES.finditer(text)]
        self._speech: ReferenceTime | None = None  # when the quote around the anchor being read was said (``state``)
        self._starts = [sentence.start for sentence in sentences]
        self._ends = [sentence.end for sentence in sentences]

    @cached_property
    def _stated_years(self) -> tuple[list[int], list[int], bool]:
        """Where the text states years two or more years from the DCT's; where it speaks from the DCT's time
        (years near it and deictic words: "yesterday", "last week", "on Friday"); and whether, over the whole
        document, the former outnumber twice over the latter, five or more of them."""
        far, near = [], []
        for m in self.cues.STATED_YEAR.finditer(self.lower):
            if m.group("year"):
                if not self.cues.STATED_BEFORE.search(self.lower, max(0, m.start() - 10), m.start()):
                    continue  # a number, or a year the text does not state as one: "1,500 ships", "Flight 1990"
                if abs(int(m.group("year")) - self.dct.year) <= 1:
                    near.append(m.start())
                    continue
            far.append(m.start())
        if len(far) < 5:
            return far, near, False  # too few far years to narrate anywhere: the deictic words need no count
        near = sorted(near + [m.start() for m in self.cues.DEICTIC.finditer(self.lower)])
        return far, near, len(far) > 2 * len(near)

    def _narrates_at(self, position: int) -> bool:
        """Whether the text around ``position`` narrates other years than the DCT's, as a history, a profile or
        an obituary does: the stated years two or more years from the DCT's outnumber twice over its years near
        the DCT's and its words that speak from the DCT's time, five or more of them, in the whole document or
        in the stretch around ``position`` (a history section in a report)."""
        far_years, near_years, narrative_document = self._stated_years
        if narrative_document:
            return True
        lo, hi = position - _NARRATION_BEFORE, position + _NARRATION_AFTER
        far = bisect_left(far_years, hi) - bisect_left(far_years, lo)
        return far >= 5 and far > 2 * (bisect_left(near_years, hi) - bisect_left(near_years, lo))

    # -- words ---------------------------------------------------------------------------

    def _unit_name(self, word: str) -> str:
        """The singular unit word of a (possibly plural) unit."""
        word = self.words.UNIT_PLURALS.get(word, word)
        return word[:-1] if word.endswith("s") and word[:-1] in self.words.UNITS else word

    def _position_mod(self, pmod: str | None) -> str | None:
        """The TIMEX3 mod of a position modifier ("early" → START)."""
        if not pmod:
            return None
        return self.words.POSITION_MODS.get(re.sub(r"\s+", " ", pmod).rstrip("-"))

    def _quantity_mod(self, qmod: str | None) -> str | None:
        """The TIMEX3 mod of a quantity modifier ("about" → APPROX)."""
        return self.words.QUANTITY_MODS.get(re.sub(r"\s+", " ", qmod)) if qmod else None

    def _length(self, amount: float | None, unit: str) -> str:
        """The ISO 8601 duration of an amount of a unit word ("two", "weeks" → P2W)."""
        letter, per = self.words.UNITS[unit]
        return duration_value(amount, letter, per, unit in self.words.TIME_UNITS)

    # -- context -------------------------------------------------------------------------

    def _sentence_start(self, start: int) -> int:
        """Offset where the sentence holding ``start`` begins (looking back at most 300 chars)."""
        index = bisect_right(self._starts, start) - 1
        return max(self._starts[index] if index >= 0 else 0, start - 300, 0)

    def _previous_sentence_start(self, start: int) -> int:
        """Offset where the sentence before the one holding ``start`` begins."""
        index = bisect_right(self._starts, start) - 2
        return self._starts[index] if index >= 0 else 0

    def _sentence_end(self, end: int, reach: int) -> int:
        """Offset where the sentence holding the character before ``end`` ends, looking at most ``reach`` further."""
        index = bisect_right(self._starts, end - 1) - 1
        last = self._ends[index] if index >= 0 and self._ends[index] >= end else len(self.text)
        return min(last, end + reach, len(self.text))

    def _tense(self, start: int, end: int, deadline: bool = True) -> str:
        """"future", "past", "pluperfect" or "present": the tense cue nearest to the expression in its clause;
        with ``deadline``, a deadline preposition before it ("by February") counts as looking ahead."""
        here = (start, end, deadline)  # asked for again by each question about the same expression
        if here not in self._tenses_here:
            self._tenses_here[here] = self._clause_tense(start, end, deadline)
        return self._tenses_here[here]

    def _clause_tense(self, start: int, end: int, deadline: bool) -> str:
        """``_tense`` itself."""
        if self.lower.startswith(("'s", "\u2019s"), end):
            return "past"  # "Wednesday's ruling", "December's figures": an event already known
        lo = max(self._sentence_start(start), start - 60)
        hi = self._sentence_end(end, 30)
        perfect = [found.end() for found in self.cues.PLUPERFECT.finditer(self.lower, lo, hi)] \
            if self.lower.find("had", lo, hi) >= 0 else []
        before = [e for e in perfect if e <= start]
        if before and not self.cues.FUTURE.search(self.lower, before[-1], start) \
                and not self.cues.PAST_VERB.search(self.lower, before[-1], start):
            # "had been due to expire Friday", but not "talks, which had stalled, will resume Friday" nor "forces
            # that had invaded Burma besieged Myitkyina in May": the nearer verb's clause holds the expression
            return "pluperfect"
        if self.cues.POSTPONED_TO.search(self.lower, max(0, start - 60), start):
            return "future"  # "the vote was postponed to June 5": the new date lies ahead
        if deadline and self.cues.DEADLINE.search(self.lower, max(0, start - 25), start):
            # "by February" looks ahead, but "By 6 p.m. Wednesday, 2,000 people had been ordered to leave" and
            # "until Thursday, they had not" look back: a past perfect in the sentence decides
            far_hi = self._sentence_end(end, _FAR_CUE_AFTER)
            had = perfect or self.cues.PLUPERFECT.search(self.lower, max(self._sentence_start(start), start - 60), far_hi)
            # ... and so does a simple past after a deadline that opens the sentence, with no future in it: "By Feb. 7
            # there were 24 confirmed cases"
            opened = self.lower.startswith(self.cues.DEADLINE_OPENINGS, self._sentence_start(start)) \
                and self.cues.PAST_VERB.search(self.lower, end, far_hi) is not None \
                and self.cues.FUTURE.search(self.lower, self._sentence_start(start), far_hi) is None
            return "past" if had or opened else "future"
        if self.cues.SINCE.search(self.lower, max(0, start - 25), start):
            return "past"
        if self.cues.HABITUAL.search(self.lower, lo, hi):
            return "present"  # "a season that normally ends in February": what happens every year, no one time
        # Both windows end at the sentence's bounds; the wider one holds the other, so its text keys the
        # tense of repeated text (lists, tables, adversarial input).
        far_lo = max(self._sentence_start(start), start - CONTEXT_BEFORE)
        far_hi = self._sentence_end(end, _FAR_CUE_AFTER)
        # A time fronted before its clause ("In January, a week after the anniversary of the ruling, a bomb
        # killed a guard") is that clause's, whose verb comes after the phrases between, however long.
        fronted = self.lower.startswith(",", end) and \
            self.cues.FRONTED.match(self.lower, self._sentence_start(start), start) is not None
        clause_hi = self._sentence_end(end, CONTEXT_AFTER_FRONTED) if fronted else far_hi
        key = (self.text[far_lo:clause_hi], start - far_lo, end - far_lo)
        if key in self._tenses:
            return self._tenses[key]
        tense = self._nearest_cue(lo, hi, start, end)
        if tense is None and fronted:
            tense = self._nearest_cue(end, clause_hi, start, end)
        if tense is None:
            # No cue near the expression: the clause's verb may be further off, after a long fronted
            # phrase or a long complement ("will be named commander of the shuttle for a mission in
            # December"). Only a future cue counts from there: news tells of the past, so a past verb
            # far off says less than the nearest occurrence does ("a cutback in its supply in September").
            tense = "future" if self._nearest_cue(far_lo, far_hi, start, end) == "future" else "present"
        self._tenses[key] = tense
        return tense

    def _nearest_cue(self, lo: int, hi: int, start: int, end: int) -> str | None:
        """"future" or "past": the tense cue between ``lo`` and ``hi`` nearest to ``start:end``; None if none.

        A future auxiliary before the expression outweighs a cue after it past a clause boundary, which
        belongs to another predicate: "will open in May and thanked the workers" (a past verb before it
        does not: "announced a protest on Saturday and were planning to block roads" looks ahead).
        A cue in a subordinate clause after the expression counts only when nothing else does: "told
        analysts Wednesday that the layoffs would be completed" is last Wednesday.
        """
        best, tense = None, None
        beyond, beyond_tense = None, None  # the nearest cue past a boundary after the expression
        subordinate, subordinate_tense = None, None  # the nearest cue in a subordinate clause after it
        relative = False  # whether the nearest cue before the expression opens a relative clause
        for found in self.cues.CUES.finditer(self.lower, lo, hi):
            if found.start() < end and found.end() > start:
                # a cue over the expression itself: "agreed in April to hand them over" tells when the agreeing
                # was, which its past tense places; any other is no cue of the expression's clause
                if found.group("intent_past") and found.start() < start:
                    best, tense = 0, "past"
                continue
            name = "future" if found.lastgroup == "future" else "past"
            if found.group("intent") and (found.start() >= end or self.cues.PARTICIPLE_PHRASE.search(self.lower, found.end(), start)):
                # The intention looks ahead of itself only, up to a participle phrase set off after it: "In January, the
                # state agreed to pay" and "wanted to hold rates, citing a rebound in January" are the past.
                if not found.group("intent_past"):
                    continue
                name = "past"
            if self.text[found.start()].isupper() and (name == "past" and found.start() > lo
                                                       or found.group() == "may"):
                continue  # a name, not a verb: "the United States", "Allied forces", "in May"
            if found.group().endswith("ed") and self.cues.ADJECTIVE_PARTICIPLE.search(self.lower, max(lo, found.start() - 20),
                                                                             found.end()):
                continue  # an adjective, not a verb: "a still unspecified date", "the planned sale"
            between = self.text[found.end():start] if found.end() <= start else self.text[end:found.start()]
            if self.cues.QUOTE_MARK.search(between):
                continue  # a quote's attribution does not set its tense: "'He will leave Thursday,' Castro said."
            distance = start - found.end() if found.end() <= start else found.start() - end
            if found.start() >= end and self.cues.SUBORDINATE_CLAUSE.search(between):
                if subordinate is None or distance < subordinate:
                    subordinate, subordinate_tense = distance, name
            elif found.start() >= end and self.cues.CLAUSE_BOUNDARY.search(between):
                if beyond is None or distance < beyond:
                    beyond, beyond_tense = distance, name
            elif best is None or distance < best:
                best, tense = distance, name
                # a relative clause the expression is in: "who damaged ligaments on Feb. 22, and are not expected back"
                relative = found.end() <= start and self.cues.RELATIVE_OPENING.search(self.lower, max(lo, found.start() - 12),
                                                                                     found.start()) is not None
        if beyond is not None and (best is None or beyond < best) and tense != "future" and not relative:
            return beyond_tense
        return tense if tense is not None else subordinate_tense

    def _future(self, start: int, end: int) -> bool:
        """True when the clause around the expression speaks of the future."""
        return self._tense(start, end) == "future"

    def _previous_word(self, start: int) -> str:
        """The word right before ``start`` (lower case, '' if none)."""
        m = self.cues.PREVIOUS_WORD.search(self.lower, max(0, start - 25), start)
        return m.group(1) if m else ""

    def _base(self, anaphoric: bool) -> date | None:
        """The date a relative expression counts from: the last date mentioned, or the DCT."""
        return (self.ref.day if self.ref else self.dct) if anaphoric else self.dct

    def _anaphora_base(self, unit: str) -> tuple[date | None, str | None]:
        """What "N units earlier/later" counts from, and the coarser granularity its value must keep, if any.

        The last date mentioned if it is precise enough for the unit; a coarser one ("two weeks later"
        after "in April 2021") still places the expression, at that date's granularity, as the text
        narrates that time. In news, "a year earlier" compares with the DCT's year unless the text
        narrates another time.
        """
        if self.ref is None:
            return self.dct, None
        narrative = self.dct is None or abs(self.ref.day.year - self.dct.year) >= 2
        if unit in ("day", "night", "week", "weekend", "fortnight"):
            if self.ref.granularity in ("day", "part-of-day", "hour", "minute", "second"):
                return self.ref.day, None
            if self.ref.granularity == "month" or narrative and self.ref.granularity in _COARSE_REFERENCES:
                return self.ref.day, self.ref.granularity
            return self.dct, None
        if unit == "month":
            if self.ref.granularity in ("day", "month"):
                return self.ref.day, None
            if narrative and self.ref.granularity in _COARSE_REFERENCES:
                return self.ref.day, self.ref.granularity
            return self.dct, None
        return (self.ref.day if narrative else self.dct), None

    def _unknown_days(self) -> str:
        """A day of the period last mentioned, which one unknown: "1944-06-XX" after June 1944, "1998-XX-XX"
        after 1998, "XXXX-XX-XX" when the period is not a month or a year."""
        if self.ref.granularity == "month":
            return calendar_value(self.ref.day, "month") + "-XX"
        if self.ref.granularity == "year":
            return calendar_value(self.ref.day, "year") + "-XX-XX"
        return "XXXX-XX-XX"

    def _listed_after_season(self, start: int) -> date | None:
        """The first day of the season a bare season at ``start`` is listed after ("this autumn and winter")."""
        ref = self.ref
        if ref is None or ref.granularity != "season" or not 0 < start - ref.start <= _LISTED_REACH:
            return None
        return ref.day if self.cues.LISTED_AFTER.fullmatch(self.lower, ref.start, start) else None

    def _paired_year(self, end: int) -> int | None:
        """The year written with the month or day that an expression ending at ``end`` is paired with."""
        for paired in self.cues.PAIRED_YEAR:
            if m := paired.match(self.lower, end):
                return self._year_of(m.groupdict(), m.end())
        return None

    def _year_of(self, g: dict, end: int) -> int:
        """The year a match's groups state, as the resolver holds it (see ``_BC_ORIGIN``): with its era
        ("490 BC", "AD 79"), or with the era of the range it starts ("499-493 BC") when it has none."""
        year, era = int(g["year"]), g.get("era")
        if era is None and year < 2100 and self.cues.RANGE_TO_BEFORE_ERA.match(self.lower, end):
            era = "bc"
        return _BC_ORIGIN - year if era and era.startswith("b") else year

    def _year_of_that(self, end: int) -> int | None:
        """The last date's year, when the expression ending at ``end`` says so: "Dec. 14 of that year"."""
        return self.ref.day.year if self.ref and self.cues.OF_THAT_YEAR.match(self.lower, end) else None

    def _story(self, start: int, end: int) -> ReferenceTime | None:
        """The story's time, when the underspecified expression at ``start:end`` ("in March", "on 13 August",
        "that summer") resolves against it rather than against the DCT; None when it resolves against the DCT.

        In "news" mode never, in "narrative" mode always (once a date is placed). In "auto" mode, when the
        story is at another time than the DCT's (its last date is a year or more away) and the text narrates
        it: the document tells mostly of other years than the DCT's, or the date was stated in the same
        sentence, or the dates before it told of that year (``narrated``); and, in a news document, the
        clause is not in the future tense ("will meet in January" is the DCT's January).
        """
        ref = self.ref
        if ref is None or self.mode == "news" or ref.granularity not in _STORY_GRANULARITIES:
            return None
        if self.mode == "narrative" or self.dct is None:
            return ref
        if ref.granularity == "year" and ref.day.year == self.dct.year and ref.start >= self._previous_sentence_start(start):
            # "... during 2014. January: ..." written in December 2014, "a high for the year in June from $29.75 in
            # March": that January and that March, unless the clause's tense points the other way from the DCT
            tense = self._tense(start, end)
            return None if tense == "future" else ref
        if ref.granularity in ("day", "month") and ref.start >= self._sentence_start(start) and ref.stated \
                and not self._future(start, start):
            return ref  # "in June from $29.75 in March": the March nearest to the June just told
        fronted = self._fronted(ref)
        if abs((ref.day - self.dct).days) < 365 * (1 if self._narrating or fronted else 2):
            return None  # less than a year (or two) from the writing: the news's own time, not another
        if self._narrating:
            # what a news story says lies ahead of its writing is the DCT's ("are due to be sentenced in March")
            return None if self.cues.PRESENT_FUTURE.search(self.lower, self._sentence_start(start), start) else ref
        if fronted and start - ref.start < _NARRATIVE_REACH and not self._future(start, start):
            return ref  # "In 2008, the army launched an offensive. In May, ..."
        if ref.granularity not in _DAY_OR_FINER | {"month", "season"}:
            return None  # a news document's background year ("approved in 1987") is no story told
        # the day or month was told in this sentence, or as when something happened in the sentence before
        # ("met the contractor on 2 May 2019. The council approved it on May 23"), or the dates before told of it
        told = ref.start >= self._sentence_start(start) or \
            ref.start >= self._previous_sentence_start(start) and self._adverbial(ref) or \
            self.narrated == Narrated(ref.day.year, 2) and start - ref.start < _NARRATIVE_REACH
        # "left Dunkirk in May 1940 by the end of the month": a deadline in a past clause is no future
        return ref if told and self._tense(start, start, deadline=False) != "future" else None

    def _fronted(self, ref: ReferenceTime) -> bool:
        """Whether ``ref`` was written at the head of its sentence ("In 2008, the army ..."), as a narration sets
        the time it goes on from (a reporting period, "In the year-earlier quarter", is only compared with)."""
        return ref.stated and ref.granularity not in ("quarter", "half") and \
            bool(self.cues.FRONTED.match(self.lower, self._sentence_start(ref.start), ref.start))

    def _adverbial(self, ref: ReferenceTime) -> bool:
        """Whether ``ref`` was told as when something happened ("met him on 2 May 2019"), not as naming a thing
        ("the Dec. 21, 1988, bombing")."""
        return ref.stated and not self.cues.DETERMINER_BEFORE.search(self.lower, max(0, ref.start - 12), ref.start)

    def _story_week(self) -> date | None:
        """The day a bare weekday is counted from when the story places it: the day last told of, in a
        narrative. In news a weekday is the DCT's week's, whatever day was told of before ("The market fell
        Oct. 13. On Friday, it rose" is the Friday before the DCT)."""
        ref = self.ref
        if ref is None or ref.granularity not in _DAY_OR_FINER or not (self.mode == "narrative" or self._narrating
                                                                          and self.mode == "auto"):
            return None
        return ref.day

    def _way_from_story(self, story: ReferenceTime, start: int, end: int) -> str:
        """Which occurrence of a month, day or season the story means: "same" (within the year it is at),
        "past" (the last one up to it: the past perfect looks back, "had taken the city in May") or
        "future" (the next one from it: a narrative moves on)."""
        if story.granularity not in _FINER_THAN_YEAR:
            return "same"
        return "past" if self._tense(start, end) == "pluperfect" else _STORY_DIRECTION

    # -- entry point ---------------------------------------------------------------------

    def state(self, position: int) -> tuple:
        """What the readings of a match near ``position`` depend on, besides the text around it.

        Where its sentence starts, and what was mentioned before (the reference date and the
        distance to it, the quarter or half being reported): with the DCT and the text within
        160 characters, this determines every reading, so repeated text can reuse them.
        """
        ref, period = self.ref, self.period
        ref_distance = position - ref.start if ref else None
        far_story = ref is not None and self.dct is not None and self.mode == "auto" and \
            abs(ref.day.year - self.dct.year) >= 1
        self._narrating = far_story and self._narrates_at(position)
        self._speech = self._speech_time(position) if self._quotes else None
        return (position - self._sentence_start(position), ref and (ref.day, ref.granularity, ref.hour), self.narrated,
                self.event_days,
                self._narrating, self._speech and (self._speech.day, self._speech.granularity),
                ref_distance if ref_distance is not None and ref_distance < _STATE_REACH else None,
                (period.day, period.granularity) if period and position - period.start < _STATE_REACH else None)

    def read(self, kind: str, rule: re.Pattern, start: int, end: int) -> Reading | None:
        """The reading of a rule's match at ``start``, or None when the match is a false alarm."""
        groups = rule.match(self.lower, start).groupdict()
        if self._is_title(start, end):
            return None
        dct, speech = self.dct, self._speech
        if speech is not None:  # in a quote, "this week" and "yesterday" are the speaker's
            self.dct = _middle(speech)
        try:
            reading = getattr(self, "_" + kind)({k: v for k, v in groups.items() if v is not None}, start, end)
        except (ValueError, OverflowError):
            return None  # a date beyond the calendar's years 1-9999, e.g. "next year" on 9999-12-31
        finally:
            self.dct = dct
        if reading is not None and speech is not None and reading.deictic:
            reading = replace(reading, value=_at_most(reading.value, speech.granularity))
        if reading is not None and kind in _STORY_KINDS and reading.type == "DATE" and self._aside(start, end):
            return replace(reading, aside=True)
        if reading is not None and kind == "quarter" and \
                self.cues.PERIOD_BEFORE.search(self.lower, max(0, start - 40), start):
            # "After a flat second quarter, the company posted a 20% gain": the period before the one told of,
            # which later comparisons ("the year-earlier period") do not refer to
            return replace(reading, aside=True)
        return reading

    def _quote_at(self, position: int) -> tuple[int, int] | None:
        """The quote (opening, closing offsets) holding ``position``, if any."""
        if not self._quotes:
            return None
        index = bisect_right(self._quotes, (position, len(self.text))) - 1
        return self._quotes[index] if index >= 0 and position < self._quotes[index][1] else None

    def _in_quote(self, position: int) -> bool:
        """Whether ``position`` is inside quoted speech."""
        return self._quote_at(position) is not None

    def _says_when_said(self, start: int, end: int) -> bool:
        """Whether the date at ``start:end`` tells when a quote in its sentence was said ("she told the Sun in a
        1998 interview"): the time of the telling, not of the story told."""
        lo, hi = self._sentence_start(start), self._sentence_end(end, 200)
        if not self._quotes or not self.cues.QUOTE_MARK.search(self.text, lo, hi):
            return False
        return any(m.start("year") < end and start < m.end("year")
                   for pattern in self.cues.SPEECH_TIME for m in pattern.finditer(self.lower, lo, hi))

    def _speech_time(self, position: int) -> ReferenceTime | None:
        """When the quote holding ``position`` was said, if it is in one and the text tells: a date given with
        its attribution ("he said in a 2019 interview"), else, where the text narrates, the story's time;
        None when it was said at the DCT's time, as news quotes are."""
        quote = self._quote_at(position)
        if quote is None:
            return None
        opening, closing = quote
        # its own sentence, or the sentence before when that one closed a quote: the same speaker going on
        # ('"I remember the night," she told the Sun in 1998. "We had moved the families out that morning."')
        around = ((self._sentence_start(opening), opening), (closing, self._sentence_end(closing, 200)),
                  (self._previous_sentence_start(opening), self._sentence_start(opening)))
        for lo, hi in around:
            for pattern in self.cues.SPEECH_TIME:
                if m := pattern.search(self.lower, lo, hi):
                    month = m.group("month") and self._month_number({"month": m.group("month")}, m.start("month"))
                    said = ReferenceTime(date(int(m.group("year")), month or 1, 1), "month" if month else "year", opening)
                    # said in the DCT's own year or month: the DCT tells better when
                    holds_dct = self.dct and calendar_value(self.dct, said.granularity) == calendar_value(said.day,
                                                                                                       said.granularity)
                    return None if holds_dct else said
        if (self._narrating or self.mode == "narrative") and self.ref and self.dct and \
                abs(self.ref.day.year - self.dct.year) >= 1:
            return self.ref
        return None

    def _aside(self, start: int, end: int) -> bool:
        """Whether the date at ``start:end`` leaves the story where it is: it is where a span starts ("since
        1990", "dating to 1994"), or, in a narrative, a flashback: its clause is in the past perfect ("forces
        that had invaded Burma in late 1943"), and the narration goes on from where it was. (A plan told in a
        narrative, "the offensive would begin on 15 July", mostly comes about, and the story goes on from it.)"""
        if self.cues.SPAN_START.search(self.lower, max(0, start - 30), start) or self._says_when_said(start, end):
            return True
        if not (self._narrating or self.mode == "narrative"):
            return False
        return self._tense(start, end) == "pluperfect" or \
            bool(self.cues.PLANNED.search(self.lower, max(self._sentence_start(start), start - 60), start))

    def _is_title(self, start: int, end: int) -> bool:
        """A name of a programme or work, not a time: "ABC's "This Week"", "VOA Today", "High Noon",
        "60 Minutes" in quotes. Words English writes in lower case ("week", "today", "noon"), all
        capitalized inside a sentence, after a capitalized word or between quotes."""
        words = re.findall(r"[A-Za-z]+", self.text[start:end])
        if not words or not all(word[0].isupper() for word in words) or not any(word.lower() in self.words.LOWERCASE_TIME_WORDS for word in words):
            return False
        before = self.text[max(0, start - 40):start].rstrip()
        quoted = before.endswith(("\"", "“", "``", "''")) and re.match(r"[,.]?(?:\"|”|'')", self.text[end:end + 3])
        if not before or before[-1] in ".!?:\n" or (before[-1] in "\"“`'" and not quoted):
            return False  # a sentence or a quote starts with it
        previous = re.search(r"([A-Za-z][\w'’]*)$", before)
        if quoted or previous is None or not previous.group(1)[0].isupper():
            return bool(quoted)
        # The word before is a name when it is an acronym ("USA Today") or not capitalized for opening a sentence.
        return previous.group(1).isupper() and len(previous.group(1)) > 1 or \
            before[:previous.start()].rstrip()[-1:] not in ("", ".", "!", "?", "\n", "\"", "“")

    def remember(self, mention: Mention | None, start: int) -> None:
        """Take what a reading kept in the text at ``start`` left (``mention_of``) as the reference for what follows."""
        if mention is None or mention.deictic and self.ref is not None and (self._narrating or self._in_quote(start)
                                                                          or self.mode == "narrative"):
            return  # "today" in a history, "by Friday" in a quote, do not bring the story to the DCT
        if mention.year is not None:
            far = self.dct is not None and abs(mention.year - self.dct.year) >= 2
            streak = self.narrated.streak + 1 if self.narrated and self.narrated.year == mention.year else 1
            self.narrated = Narrated(mention.year, min(streak, 2)) if far else None
        if mention.day is None:
            return
        hour, ref = mention.hour, self.ref
        if hour is None and ref and mention.day == ref.day and mention.granularity == "day" and not mention.period_only:
            hour = ref.hour  # "9 p.m. on Friday": the day of the time just read keeps its hour
        self._remember_event_days(mention, start)
        placed = ReferenceTime(mention.day, mention.granularity, start, hour, not mention.deictic)
        if not mention.period_only:
            self.ref = placed
        if mention.period_only or mention.granularity in ("quarter", "half"):
            self.period = placed

    def _remember_event_days(self, mention: Mention, start: int) -> None:
        """Keep the span of days a day just stated closes, when the span heads its sentence as the time the text
        goes on from ("From March 15 to [17], Toronto hosted ..."; not "the outbreak peaked between April 23 and 28"),
        a week long at most, so each weekday falls in it once; forget it when the text tells of a day outside it."""
        if mention.granularity not in _DAY_OR_FINER:
            return
        ref = self.ref
        if mention.granularity == "day" and not mention.deictic and ref is not None and ref.granularity == "day" \
                and 0 < (mention.day - ref.day).days < 7 and start - ref.start < 40 and self._fronted(ref) \
                and self.cues.DAY_PAIRED_AFTER.search(self.lower, ref.start, start):
            self.event_days = EventDays(ref.day, mention.day)
        elif self.event_days and not self.event_days.first <= mention.day <= self.event_days.last:
            self.event_days = None

    def _compared_period(self, start: int) -> ReferenceTime | None:
        """The quarter or half a year-comparison refers to: one mentioned just before, or the last date
        mentioned if it is one (a results report keeps comparing its period until another date comes up)."""
        period, ref = self.period, self.ref
        if period and start - period.start < _PERIOD_REACH and not (ref and self._sentence_start(ref.start) > period.start):
            return period  # unless a sentence after it told another date ("in the second half. ... in February, a year earlier")
        if self.ref and self.ref.granularity in ("quarter", "half"):
            return self.ref
        return None

    # -- rule kinds ----------------------------------------------------------------------

    def _iso(self, g, start, end):
        try:
            day = date(int(g["year"]), int(g["month"]), int(g["day"]))
        except ValueError:
            return None
        if "hour24" in g:
            return Reading("TIME", f"{day.isoformat()}T{g['hour24']}:{g['minute24']}")
        return Reading("DATE", day.isoformat())

    def _numeric(self, g, start, end):
        first, second, year = int(g["first"]), int(g["second"]), int(g["year"])
        month, day = (second, first) if first > 12 else (first, second)
        if len(g["year"]) == 2:
            year = self._full_year(year)
        try:
            return Reading("DATE", date(year, month, day).isoformat())
        except ValueError:
            return None

    def _day_of(self, g, start, end) -> date | None:
        """The calendar day named by weekday / month-day / day-word groups, if any."""
        if "dayword" in g:
            return self.dct + timedelta(days=self.words.DAY_WORDS[g["dayword"]]) if self.dct else None
        if "month" in g and "day" in g:
            reading = self._date(g, start, end)
            return date.fromisoformat(reading.value) if reading and "X" not in reading.value else None
        if "weekday" in g:
            reading = self._weekday(g, start, end)
            return date.fromisoformat(reading.value[:10]) if reading and "X" not in reading.value else None
        return None

    def _clock(self, g, start, end):
        if "noon" in g:
            hour, minute = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}[g["noon"]]
        elif "hour24" in g:
            hour, minute = int(g["hour24"]), int(g["minute24"])
        elif "milhour" in g:
            hour, minute = int(g["milhour"]), int(g["milminute"])
        else:
            hour, minute = int(g["hour"]) % 12, int(g.get("minute", 0))
            if g.get("ampm", "").startswith("p") or g.get("part") in ("afternoon", "evening", "night"):
                hour += 12
        day = self._day_of(g, start, end)
        for following in self.cues.FOLLOWING_DAYS if day is None else ():
            if (m := following.match(self.lower, end)) and not self.text[end:m.start("named")].strip().startswith("On"):
                # (a capital "On" opens the next sentence: "shortly before 9 p.m. On Monday, crews arrived")
                named = {k: v for k, v in m.groupdict().items() if v is not None}
                day = self._day_of(named, m.start("named"), m.end())
                break
        if day is None and self.ref and self.ref.granularity in ("day", "hour", "minute", "part-of-day"):
            day = self.ref.day
            if self.ref.hour is not None and self.ref.hour >= 18 and hour < 12:
                # "arrived after 9 p.m. on Friday and peaked around 2 a.m.": the morning after that evening
                day += timedelta(days=1)
        day = day or self.dct
        prefix = calendar_value(day, "day") if day else "XXXX-XX-XX"
        zone = "Z" if "zulu" in g or g.get("tz") in self.words.UTC_ZONES else ""
        return Reading("TIME", f"{prefix}T{hour:02d}:{minute:02d}{zone}", self._quantity_mod(g.get("qmod")))

    def _month_number(self, g, start) -> int | None:
        """The month named, or None when the name is a verb or a person ("may", "March on")."""
        word = g["month"].rstrip(".")
        month = self.words.MONTHS.get(word) or self.words.MONTH_ABBREVIATIONS.get(word)
        if word in self.words.AMBIGUOUS_MONTHS:
            m_start = self.lower.find(word, start)
            if not self.text[m_start].isupper() or self.cues.NOUN_OF_THE.match(self.lower, m_start + len(word)):
                return None  # "may", "the March of the Combatant Mothers": a verb, a procession
        return month

    def _date(self, g, start, end):
        month = self._month_number(g, start)
        if month is None:
            return None
        day = int(g["day"])
        if "year" in g and g["year"].startswith("'"):  # "Oct. 5, '98"
            year = int(g["year"][1:])
            year += 1900 if year > 30 else 2000
        elif "year" in g:
            year = self._year_of(g, end)
        elif "thatyear" in g:  # "Dec. 14 of that year"
            year = self.ref.day.year if self.ref else None
            if year is None:
                return Reading("DATE", f"XXXX-{month:02d}-{day:02d}") if day <= 31 else None
        else:
            year = self._paired_year(end) or self._year_of_that(end)
            story = self._story(start, end) if year is None else None
            if story is not None:
                weekday = self.words.WEEKDAYS[g["weekday"]] if "weekday" in g else None
                day = _day_from(story.day, month, day, self._way_from_story(story, start, end), weekday)
                return Reading("DATE", calendar_value(day, "day")) if day else None
            if year is None:
                if self.dct is None:
                    return Reading("DATE", f"XXXX-{month:02d}-{day:02d}") if day <= 31 else None
                # a month-day without year is the occurrence nearest to the DCT
                candidates = []
                for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1):
                    try:
                        candidates.append(date(y, month, day))
                    except ValueError:
                        pass
                if not candidates:
                    return None
                # the nearest occurrence that fits the weekday named and the clause's tense
                tense = self._tense(start, end)
                if "weekday" in g:
                    candidates = [d for d in candidates if d.isoweekday() == self.words.WEEKDAYS[g["weekday"]]] or candidates
                if tense == "future":
                    candidates = [d for d in candidates if (d - self.dct).days > -30] or candidates
                else:  # news reports the past: a date months ahead needs a future-tense clause
                    candidates = [d for d in candidates if (d - self.dct).days < 60] or candidates
                return Reading("DATE", min(candidates, key=lambda d: abs((d - self.dct).days)).isoformat())
        try:
            return Reading("DATE", calendar_value(date(year, month, day), "day"))
        except ValueError:
            return None

    def _paired_day(self, g, start, end):
        """"May 4 and [5]", "April 13-[15]": a day of the month of the date just before it."""
        ref = self.ref
        if ref is None or ref.granularity != "day" or start - ref.start > 40 or \
                not self.cues.DAY_PAIRED_AFTER.search(self.lower, max(0, start - 40), start):
            return None
        return Reading("DATE", calendar_value(ref.day.replace(day=int(g["day"])), "day"))

    def _short_year(self, g, start, end):
        """"1995-[96]", "2007-[08]": the year after the one before the hyphen, in its century or the next."""
        before = int(self.text[start - 5:start - 1])
        year = before // 100 * 100 + int(g["short"])
        if year <= before:
            year += 100
        return Reading("DATE", year_text(year)) if year - before < 20 else None

    def _week_of(self, g, start, end):
        reading = self._date(g, start, end)
        if reading is None:
            return None
        if "X" in reading.value:
            return Reading("DATE", "XXXX-WXX")
        return Reading("DATE", calendar_value(_first_day(reading.value), "week"))

    def _month(self, g, start, end):
        month = self._month_number(g, start)
        if month is None:
            return None
        mod = self._position_mod(g.get("pmod"))
        rel = re.sub(r"\s+", " ", g.get("rel", ""))
        word = g["month"].rstrip(".")
        has_context = "pmod" in g or rel or "year" in g or "spoken" in g or "yearrel" in g
        if word in self.words.AMBIGUOUS_MONTHS and not has_context and \
                self._previous_word(start) not in self.words.AMBIGUOUS_MONTH_CONTEXT:
            return None
        if "year" in g:
            year = self._year_of(g, end)
        elif "spoken" in g:
            year = self.numbers.spoken_year(g["spoken"])
            if year is None:
                return None
        elif g.get("yearrel", "").startswith(("that", "the")):  # "June of that year", "March of the following year"
            if self.ref is None:
                return Reading("DATE", f"XXXX-{month:02d}", mod)
            year = self.ref.day.year + self.words.RELATIVE_OFFSETS.get(g["yearrel"].split()[-1], 0)
        elif self.dct is None:
            return Reading("DATE", f"XXXX-{month:02d}", mod)
        elif "yearrel" in g:
            year = self.dct.year + {"this": 0, "last": -1, "next": 1}[g["yearrel"]]
        elif rel in ("last", "past", "this past"):
            year = self.dct.year if month < self.dct.month else self.dct.year - 1
        elif rel in ("next", "coming", "this coming"):
            year = self.dct.year if month > self.dct.month else self.dct.year + 1
        elif rel == "this":
            year = self.dct.year
        elif rel == "that" and self.ref:
            year = self.ref.day.year
        elif paired := self._paired_year(end) or self._year_of_that(end):
            year = paired
        elif story := self._story(start, end):
            year = _month_from(story.day, month, self._way_from_story(story, start, end)).year
        else:
            tense = self._tense(start, end)
            way = "future" if tense == "future" else "near" if tense == "present" else "past"
            year = _month_from(self.dct, month, way, tie="past").year
        return Reading("DATE", f"{year_text(year)}-{month:02d}", mod)

    def _quarter(self, g, start, end):
        reading = self._quarter_reading(g, start, end)
        mod = self._position_mod(g.get("pmod"))  # "the end of the quarter": END
        return replace(reading, mod=mod) if reading is not None and mod else reading

    def _quarter_reading(self, g, start, end):
        unit = g.get("qunit", "quarter")  # "Q3" names its unit in the letter
        ordinal = g.get("ord")
        qualifier = re.sub(r"\s+", " ", g.get("qual", "")).strip(" -")
        if "ago" in g:  # "the quarter a year ago", "the corresponding period last year"
            qualifier = (qualifier + " year-ago").strip()
        det = g.get("det")
        count = self.words.ORDINALS.get(ordinal) if ordinal else int(g["qnum"]) if "qnum" in g else None
        if ordinal == "latter":
            count = -1
        if count is None and not qualifier and det not in ("the", "this", "last", "next", "that"):
            return None
        if unit == "period" and not qualifier:
            return None
        if unit == "half" and count is None:
            return None
        compared = self._compared_period(start)
        if unit == "period":  # the kind of period the text reports: "the 1988 period" after "the nine months"
            unit = compared.granularity if compared and (count is None or compared.granularity != "year") else "quarter"
        parts = 2 if unit == "half" else 4
        year = None
        named_year = re.search(r"\b(1\d{3}|20\d\d)\b", qualifier)
        if "year" in g or named_year:
            year = int(g["year"] if "year" in g else named_year.group(1))
        elif "yearrel" in g and self.dct:  # "the second half of the year": this year's
            year = self.dct.year + {"this": 0, "the": 0, "last": -1, "next": 1}[g["yearrel"]]
        back = 1 if re.search(r"year-(?:ago|earlier|before)|last year's", qualifier) else \
            -1 if "next year's" in qualifier else 0
        if count is None and year is not None:  # "the 1988 quarter": the quarter in question, that year
            month = self.ref.day.month if self.ref and self.ref.granularity == unit else \
                shift(self.dct, unit, -1).month if self.dct else None
            # "the 1988 period" in a 1989 report is the comparison, not a new period in question
            return Reading("DATE", calendar_value(date(year, month, 1), unit) if month else f"{year_text(year)}",
                           anchors=self.dct is None or year >= self.dct.year)
        if count is None:
            # "the quarter", "the latest quarter", "the year-ago period": the quarter being reported
            deictic = "current" in qualifier or "latest" in qualifier or det in ("this", "last", "next")
            if unit == "year":  # "the year-earlier period" of "the first nine months"
                base = compared.day
            # the period being reported has ended: a forecast ("through the third quarter of 1990") is not it
            elif not deictic and self.ref and self.ref.granularity == unit and (not self.dct or self.ref.day < self.dct):
                base = self.ref.day
            elif self.dct:
                offset = 0 if det == "this" or "current" in qualifier else 1 if det == "next" else -1
                base = shift(self.dct, unit, offset)
            else:
                return Reading("DATE", unknown_value(unit))
            base = shift(base, "year", -back)
            return Reading("DATE", calendar_value(base, unit), anchors=not back)
        if count == -1:
            count = parts
        if count > parts:
            return None
        if year is None:
            if self.dct is None:
                return Reading("DATE", f"XXXX-{'H' if unit == 'half' else 'Q'}{count}")
            year = self.dct.year
            current = (self.dct.month - 1) // (12 // parts) + 1
            if "this year's" not in qualifier and count > current and not self._future(start, end):
                year -= 1
            year -= back
        return Reading("DATE", f"{year_text(year)}-{'H' if unit == 'half' else 'Q'}{count}")

    def _decade(self, g, start, end):
        mod = self._position_mod(g.get("pmod"))
        if "decade" in g:
            return Reading("DATE", g["decade"][:3], mod)
        if "decadebc" in g:  # "the 480s BC"
            return Reading("DATE", calendar_value(bc_date(int(g["decadebc"])), "decade"), mod)
        if "decade2" in g:
            tens = int(g["decade2"][0])
            century = 19 if not self.dct or tens * 10 > self.dct.year % 100 else self.dct.year // 100
            return Reading("DATE", f"{century}{tens}", mod)
        return Reading("DATE", f"19{self.words.DECADE_WORDS[g['decword']]}", mod)

    def _century(self, g, start, end):
        word = g["cord"]
        count = int(word[:-2]) if word[0].isdigit() else self.words.ORDINALS.get(word)
        if not count or count < 1:
            return None
        if g.get("era", "").startswith("b"):  # "the 4th century BC": 400-301 BC
            return Reading("DATE", calendar_value(bc_date(count * 100), "century"), self._position_mod(g.get("pmod")))
        return Reading("DATE", f"{count - 1:02d}", self._position_mod(g.get("pmod")))

    def _year(self, g, start, end):
        if "spoken" in g:
            year = self.numbers.spoken_year(g["spoken"])
            # "nineteen ninety-six" is said of nothing else; "nineteen hundred", "two thousand" need context
            century, _, decade = re.sub(r"\s+", " ", g["spoken"]).partition(" ")
            unmistakable = century in ("nineteen", "eighteen") and "-" in decade
            if year is None or not (unmistakable or self.lower.startswith("the year", start)
                                    or self._previous_word(start) in self.words.YEAR_CONTEXT):
                return None
        else:
            year = self._year_of(g, end)
            before = self.text[start - 1:start] if start else ""
            if before in self.words.MONEY_OR_ID or before.isalnum():
                return None
            if "preera" in g and not self.text[start:start + 1].isupper():
                return None  # "an ad 30 seconds long": an advertisement
            if year < 1800 and "era" not in g and "preera" not in g \
                    and self._previous_word(start) not in self.words.YEAR_CONTEXT:
                return None
            previous = self.lower[max(0, start - 14):start].split()
            if previous and previous[-1] in self.words.NUMBERED_THINGS:
                return None  # "Flight 1990", "Room 2001": a number, not a year
        return Reading("DATE", f"{year_text(year)}", self._position_mod(g.get("pmod")))

    def _fiscal_year(self, g, start, end):
        year = int(g["fy"])
        return Reading("DATE", year_text(self._full_year(year) if len(g['fy']) == 2 else year))

    def _full_year(self, two_digits: int) -> int:
        """The year a two-digit year ("11/16/23", "FY24") stands for: up to ten years after the DCT's."""
        pivot = (self.dct.year % 100 + 10) if self.dct else 30
        return two_digits + (1900 if two_digits > pivot else 2000)

    def _ago(self, g, start, end):
        unit = self._unit_name(g["unit"])
        amount = 1.0 if g["num"] == "the" else self.numbers.number(g["num"])  # "the day before" is one day before
        direction = re.sub(r"\s+", " ", g["dir"])
        sign = 1 if direction in ("later", "after", "following", "from now", "hence") else -1
        mod = self._quantity_mod(g.get("qmod"))
        if mod in ("LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"):
            mod = None if mod == "LESS_THAN" else mod
        if "orso" in g:
            mod = "APPROX"
        if amount is None:
            return Reading("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF")
        anaphoric = direction not in ("ago", "from now", "hence")
        # "a decade ago" is the year ten years back (1989 in 1999), not the calendar decade (the 1980s)
        granularity = "year" if unit in ("decade", "century") else self.words.UNIT_GRANULARITY.get(unit, "day")
        if granularity in ("hour", "minute", "second"):
            return Reading("DURATION", self._length(amount, unit), mod)
        base, coarser = self._anaphora_base(unit) if anaphoric else (self.dct, None)
        granularity = coarser or granularity
        period = self._compared_period(start)
        if unit == "year" and amount == 1 and period:
            base, granularity, anaphoric = period.day, period.granularity, True  # "a year ago" compares the period in question
        if base is None:
            return Reading("DATE", unknown_value(granularity), mod)
        per = self.words.UNITS[unit][1] if unit in ("decade", "century", "fortnight") else 1
        step_unit = "year" if unit in ("decade", "century") else "week" if unit == "fortnight" else unit
        if amount != int(amount):
            return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
        day = shift(base, step_unit, sign * int(amount) * per)
        return Reading("DATE", calendar_value(day, granularity), mod, anchors=not anaphoric, deictic=not anaphoric)

    def _shifted(self, g, start, end):
        """"the week after next", "the year before last": two from this one; "the day before yesterday",
        "the day after Christmas", "the day before last Tuesday": a day from the day named."""
        if "cunit" in g:
            unit = g["cunit"]
            if self.dct is None:
                return Reading("DATE", unknown_value(unit))
            steps = (1 if g["rel2"] == "next" else -1) + (1 if g["cdir"] == "after" else -1)
            return Reading("DATE", calendar_value(shift(self.dct, unit, steps), unit))
        # the day named is read by its own rule kind, which takes the same groups
        named = start + self.cues.SHIFTED_WORDS.match(self.lower, start).end()
        kind = next(kind for group, kind in self.words.SHIFTED_FROM if group in g)
        reading = getattr(self, "_" + kind)(g, named, end)
        if reading is None:
            return None
        day = _first_day(reading.value) if granularity_of(reading.value) == "day" else None
        if day is None:  # the day named is itself unknown: "the day after Friday" with no DCT
            return Reading("DATE", "XXXX-XX-XX")
        day += timedelta(days=1 if g["dir"] == "after" else -1)
        return Reading("DATE", calendar_value(day, "day"))

    def _adjective(self, g, start, end):
        unit, direction = g["unit"], g["dir"]
        if direction == "old":
            return None
        if direction == "long":
            return Reading("DURATION", self._length(1, unit))
        if direction == "end":
            if self.dct is None:
                return Reading("DATE", unknown_value(self.words.UNIT_GRANULARITY[unit]), "END")
            # "since year-end" counts from the last year-end passed; otherwise, late in the year,
            # the coming one
            passed = self._previous_word(start) == "since"
            base = self.dct if unit != "year" or not passed and (self._future(start, end) or self.dct.month > 6) \
                else shift(self.dct, "year", -1)
            if unit == "year":  # "year-end" is the last day; "year end", "year's end" the end of the year
                hyphenated = self.lower[start + 4:start + 5] == "-"
                return Reading("DATE", f"{year_text(base.year)}-12-31" if hyphenated else f"{year_text(base.year)}",
                               None if hyphenated else "END", anchors=False)
            return Reading("DATE", calendar_value(base, self.words.UNIT_GRANULARITY[unit]), "END")
        return self._ago({"unit": unit, "num": "a", "dir": "ago"}, start, end)

    def _duration(self, g, start, end):
        if g.get("long") == "old":
            return None  # an age: "nine-year-old"
        unit = self._unit_name(g["unit"])
        if "num" not in g:  # "year-long" is one year, "decades-long" an unknown number
            return Reading("DURATION", self._length(None if g["unit"] != unit else 1, unit))
        num = re.sub(r"\s+", " ", g["num"])
        if num in ("a", "an") and unit in ("second", "quarter") or unit == "quarter" and self.lower.startswith(" of", end) \
                and (num in self.words.FRACTION_QUARTERS and "more" not in g or "rel" in g
                     or self._previous_word(start) in self.words.ORDINALS):
            # "a second term", "a quarter of the shares", "three-quarters of" (and "the first two quarters of 1990" is
            # read from its year); but "several quarters of losses", "three straight quarters of growth" are periods
            return None
        if num in ("a", "an") and self.cues.RATE_BEFORE.search(self.lower, max(0, start - 40), start) \
                and not re.match(r"\s+(?:apart|earlier|later|before|after|old|long)\b", self.lower[end:end + 10]):
            return None  # a rate, not a length: "$2 million a year", "24 hours a day", "four flights a week"
        if num == "one" and unit == "day" and self._previous_word(start) in self.words.MODALS:
            return Reading("DATE", "FUTURE_REF")  # "Islam will one day be ...": some day, not a length
        amount = self.numbers.number(num)
        if "and a half" in self.lower[start:end] and amount is not None and amount == int(amount):
            amount += 0.5
        mod = self._quantity_mod(g.get("qmod"))
        if "upto" in g or g.get("orupto") in ("two", "three"):
            # "two to three weeks", "a year or two": TIMEX3 has no range, so the least, with its mod
            upper = self.numbers.number(g.get("upto") or g["orupto"])
            if amount is None or upper is None or upper <= amount:
                return None
            mod = "EQUAL_OR_MORE"
        elif g.get("orupto") == "so":  # "the next two years or so"
            mod = "APPROX"
        period = None
        rel = re.sub(r"\s+", " ", g.get("rel", ""))
        if unit == "month" and amount in (6, 9) and self.dct and rel in self.words.REPORTING_SPANS:
            # "the first nine months": the year to date, unless those months have not yet passed
            period = self.dct.year - (1 if self.dct.month <= amount else 0)
        if not rel and "more" not in g and unit in self.words.UNITS_AHEAD and self._ahead_by(start, end):
            # "would be redeemed in five years", "may, in a year or two, save lives": the time that far ahead (from
            # the story's time in a narrative), not a length; a time foreseen, where the story does not go
            if amount is None or amount != int(amount) or mod == "EQUAL_OR_MORE":
                return Reading("DATE", "FUTURE_REF", anchors=False)
            way = "later" if self._narrating or self.mode == "narrative" else "from now"
            reading = self._ago({"unit": unit, "num": num, "dir": way, **({"qmod": g["qmod"]} if "qmod" in g else {})},
                                start, end)
            return reading and replace(reading, anchors=False)
        return Reading("DURATION", self._length(amount, unit), mod, period=period)

    def _ahead_by(self, start: int, end: int) -> bool:
        """Whether the amount of time at ``start:end`` counts ahead from now: "in two weeks' time", or "in five years" in
        a clause about the future ("would be redeemed in five years"); not the span a record or a rate is counted over
        ("the first pandemic in 40 years", "could make 2.5 billion doses in one year", "an increase in a week")."""
        before = self.cues.IN_AHEAD.search(self.lower, max(0, start - 30), start)
        if before is None or self.lower.startswith("one day", start):
            return False  # "in one day or other": some day
        lo = max(self._sentence_start(start), start - 80)
        if self.cues.SPAN_COUNTED_OVER.search(self.lower, lo, before.start()) or \
                self.cues.AMOUNT_BEFORE.search(self.lower, max(lo, before.start() - 60), before.start()):
            return False
        if self.cues.TIME_AHEAD_AFTER.match(self.lower, end):  # "the climate in 50 years' time"
            return self._tense(start, end) not in ("past", "pluperfect")
        return self._future(start, end)

    def _part_of(self, g, start, end):
        """"the last week of August", "the first days of 1942": the start or the end of the month or year named."""
        mod = "START" if g["ord"] in ("first", "opening") else "END"
        if "tunit" in g:
            whole = self._the_unit({"det": "the", "unit": g["tunit"]}, end - len(g["tunit"]) - 4, end)
        elif "month" in g:
            whole = self._month({k: v for k, v in g.items() if k in ("month", "year", "era")},
                                self.lower.rfind(g["month"], start, end), end)
        else:
            whole = self._year({k: v for k, v in g.items() if k in ("year", "era")}, end - len(g["year"]), end)
        return replace(whole, mod=mod) if whole is not None else None

    def _relative(self, g, start, end):
        rel = re.sub(r"\s+", " ", g["rel"])
        if "pmod" in g and not rel.startswith("the ") and re.search(rf"\bthe\s+{rel}\s", self.lower[start:end]):
            rel = "the " + rel  # "early the next morning": the position took "the"
        unit = g["unit"]
        mod = self._position_mod(g.get("pmod"))
        bare = rel.replace("the ", "")
        anaphoric = rel.startswith("the ") and bare in ("next", "following", "previous", "same", "preceding",
                                                        "prior") or bare in self.words.ANAPHORIC_RELATIVES \
            or bare == "that same"
        offset = {"this past": -1, "this coming": 1, "this current": 0, "that same": 0}.get(bare)
        if offset is None:
            offset = self.words.RELATIVE_OFFSETS[bare]
        if unit in ("time", "moment"):
            return Reading("DATE", "PRESENT_REF") if bare in ("this", "current") and unit == "moment" else None
        if unit in ("season", "period"):
            if unit == "period" and bare == "same" and self.ref:
                return Reading("DATE", calendar_value(self.ref.day, self.ref.granularity
                                                       if self.ref.granularity in self.words.UNIT_GRANULARITY.values()
                                                       and self.ref.granularity not in ("hour", "minute",
                                                                                        "second")
                                                       else "day"))
            return None
        if unit in ("morning", "afternoon", "evening", "night"):
            return self._part({"rel": rel, "part": unit, **({"pmod": g["pmod"]} if "pmod" in g else {})}, start, end)
        if unit == "day" and bare in ("last", "past", "this", "current", "coming"):
            return None  # "the last day of", "this day and age"
        if rel == "the last" and self.lower.startswith(" of ", end):
            # "the last month of World War II": the end of what follows, which the text does not date here (of a
            # month or year named, ``_part_of``), not the month before this one
            return Reading("DATE", unknown_value(self.words.UNIT_GRANULARITY[unit]), mod)
        if unit == "weekend":
            return self._weekend(offset, anaphoric, start, end, mod)
        if bare == "past" and unit in ("decade", "century") and not mod:
            # the ten (hundred) years up to now, not the previous calendar decade: "over the past decade"
            return Reading("DURATION", self._length(1, unit))
        return self._relative_date(unit, offset, anaphoric, mod)

    def _relative_date(self, unit, offset, anaphoric, mod):
        """A DATE ``offset`` units from the DCT (or from the last date mentioned)."""
        granularity = self.words.UNIT_GRANULARITY[unit]
        base = self._base(anaphoric)
        if base is None:
            return Reading("DATE", unknown_value(granularity), mod)
        if anaphoric and self.ref and granularity == "day" and self.ref.granularity not in _DAY_OR_FINER:
            # "that day" after "in October 1998": a day of that month, which one unknown
            return Reading("DATE", self._unknown_days(), mod, anchors=False)
        # "the previous year" looks back from the story, which stays where it was; "the following year" moves it on
        return Reading("DATE", calendar_value(shift(base, unit, offset), granularity), mod,
                       anchors=not (anaphoric and offset < 0), deictic=not anaphoric)

    def _weekend(self, offset, anaphoric, start, end, mod=None):
        """The weekend of the week ``offset`` weeks from the DCT."""
        base = self._base(anaphoric)
        if base is None:
            return Reading("DATE", "XXXX-WXX-WE", mod)
        if offset == 0 and base.isoweekday() < 6 and not self._future(start, end):
            offset = -1
        year, week, _ = shift(base, "week", offset).isocalendar()
        return Reading("DATE", f"{year_text(year)}-W{week:02d}-WE", mod)

    def _weekday(self, g, start, end):
        weekday = self.words.WEEKDAYS[g["weekday"]]
        part = self.words.PARTS_OF_DAY.get(g.get("part", ""))
        if "plural" in g or self.cues.LISTED_AFTER_EVERY.search(self.lower, max(0, start - 60), start):
            # "on Mondays", and "every Tuesday and Friday": the second weekday repeats as the first does.
            return Reading("SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""))
        mod = self._position_mod(g.get("pmod"))
        kind, suffix = "DATE", f"T{part}" if part else ""  # TimeML: "Friday night" is a DATE, 1998-10-23TNI
        if self.dct is None:
            return Reading(kind, f"XXXX-WXX-{weekday}{suffix}", mod)
        rel = re.sub(r"\s+", " ", g.get("rel", ""))
        if rel.startswith("the ") and self.ref:  # "the previous Friday": counted from the last date
            base = self.ref.day
            back, ahead = (base.isoweekday() - weekday) % 7, (weekday - base.isoweekday()) % 7
            delta = -(back or 7) if rel == "the previous" else ahead or 7
            return Reading(kind, calendar_value(base + timedelta(days=delta), "day"), mod, anchors=False)
        told = self.event_days and not rel and self.event_days.weekday(weekday)
        if told:  # "From March 15 to 17, Toronto hosted the convention. ... a session on Saturday afternoon": its Saturday
            return Reading(kind, calendar_value(told, "day") + suffix, mod)
        story = self._story_week() if not rel else None
        if story is not None:  # "On April 14 ... On Saturday": the Saturday nearest to the day told of
            back, ahead = (story.isoweekday() - weekday) % 7, (weekday - story.isoweekday()) % 7
            delta = -back if back < ahead or self._tense(start, end) == "pluperfect" else ahead
            return Reading(kind, calendar_value(story + timedelta(days=delta), "day") + suffix, mod)
        today = self.dct.isoweekday()
        back, ahead = (today - weekday) % 7, (weekday - today) % 7
        if rel in ("last", "past", "this past"):
            delta = -(back or 7)
        elif rel in ("next", "coming", "this coming"):
            delta = ahead or 7
        elif self._future(start, end):
            delta = ahead
        else:
            delta = -back
        return Reading(kind, (self.dct + timedelta(days=delta)).isoformat() + suffix, mod, deictic=True)

    def _day(self, g, start, end):
        word = g["dayword"]
        part = self.words.PARTS_OF_DAY.get(g.get("part", "")) or ("NI" if word == "tonight" else None)
        mod = self._position_mod(g.get("pmod"))
        suffix = f"T{part}" if part else ""
        kind = "TIME" if part and word != "tonight" else "DATE"
        if self.cues.GENERIC_ERA.match(self.lower, end):
            return None  # "today's youth", "the people of tomorrow": the present or the future age, not a day
        if self.lower.startswith(word, start) and self.text[start].isupper() \
                and self.cues.NAME_ARTICLE_BEFORE.search(self.lower, max(0, start - 8), start) \
                and re.match(r" \w", self.text[end:end + 2]):
            return None  # "the Today programme": a name
        if self.dct is None:
            return Reading(kind, f"XXXX-XX-XX{suffix}", mod)
        day = self.dct + timedelta(days=self.words.DAY_WORDS[word])
        return Reading(kind, day.isoformat() + suffix, mod, deictic=True)

    def _part(self, g, start, end):
        rel = re.sub(r"\s+", " ", g.get("rel", ""))
        part = self.words.PARTS_OF_DAY[g["part"]]
        mod = self._position_mod(g.get("pmod")) or ("START" if rel.startswith("early") else "END"
                                               if rel.startswith("late") else None)
        told = rel.startswith(("the ", "that "))  # "the next morning", "that same evening": the story's day
        rel = rel.split()[-1] if rel else ""
        if rel == "the" and re.match(r"\s+(?:of|before|after|when)\b", self.lower[end:end + 8]):
            return None  # "the night of Oct. 23" leaves the date to the following expression
        if not rel and "dayword" not in g and not mod and g["part"] != "overnight":
            return None
        anaphoric = (rel in ("that", "the") or told) and "dayword" not in g
        offset = self.words.DAY_WORDS.get(g.get("dayword"), 0) if "dayword" in g else \
            self.words.RELATIVE_OFFSETS.get(rel, 0) if rel not in ("that", "the", "this") else 0
        if g["part"] == "overnight" and not rel and "dayword" not in g:
            # "overnight losses in New York" before Friday's trading: the night before the day told of
            offset = -1
            anaphoric = self.ref is not None and self.ref.granularity in _DAY_OR_FINER and \
                self.ref.start >= self._previous_sentence_start(start)
        base = self._base(anaphoric)
        if base is None:
            return Reading("TIME", f"XXXX-XX-XXT{part}", mod)
        if anaphoric and self.ref and self.ref.granularity not in _DAY_OR_FINER:
            # "that night" after "in June 1944": a night of that month, which one unknown
            return Reading("TIME", f"{self._unknown_days()}T{part}", mod, anchors=False)
        return Reading("TIME", f"{calendar_value(base + timedelta(days=offset), 'day')}T{part}", mod,
                       deictic=not anaphoric)

    def _season(self, g, start, end):
        if "splural" in g:
            return None
        season = self.words.SEASONS[g["season"]]
        rel = re.sub(r"\s+", " ", g.get("rel", ""))
        mod = self._position_mod(g.get("pmod")) or self._position_mod(g.get("smod"))
        if "year" in g or "spoken" in g:
            year = self._year_of(g, end) if "year" in g else self.numbers.spoken_year(g["spoken"])
            return Reading("DATE", f"{year_text(year)}-{season}", mod) if year else None
        previous = self._previous_word(start)
        context = previous in self.words.BARE_SEASON_CONTEXT or "event" in g or \
            g["season"] != "fall" and previous in self.words.BARE_SEASON_CONTEXT_NOT_FALL
        if not rel and "pmod" not in g and "smod" not in g and not context:
            return None
        if g["season"] == "fall" and rel in ("", "the") and not context:
            return None
        rel = "that" if rel == "that same" else rel
        if rel in ("", "the") and (paired := self._paired_year(end)):  # "the summer and autumn of 481 BC"
            return Reading("DATE", f"{year_text(paired)}-{season}", mod)
        listed = self._listed_after_season(start) if rel in ("", "the") else None
        if listed is not None:  # "this autumn and winter": the winter after this autumn
            return Reading("DATE", calendar_value(_season_from(listed, season, "future"), "season"), mod)
        story = self._story(start, end) if rel in ("", "the") else None
        if story is not None:  # "during the summer", "in the spring" of the year told of
            return Reading("DATE", calendar_value(_season_from(story.day, season, self._way_from_story(story, start, end)),
                                                  "season"), mod)
        if rel in self.words.SEASON_ANAPHORA and self.ref:  # "that fall", "the next spring": seasons of the narrated year
            base, rel = self.ref.day, self.words.SEASON_ANAPHORA[rel]
        elif self.dct is None:
            return Reading("DATE", f"XXXX-{season}", mod)
        else:
            base = self.dct
        current, year = season_of(base)
        index, now = _SEASON_ORDER.index(season), _SEASON_ORDER.index(current)
        if rel in ("last", "past", "this past"):
            year -= 0 if index < now else 1
        elif rel in ("next", "coming", "this coming"):
            year += 0 if index > now else 1
        elif rel == "this":
            year = base.year - (1 if season == "WI" and base.month <= 2 else 0)
        elif self._future(start, end):
            year += 0 if index >= now else 1
        else:
            year -= 0 if index <= now else 1
        return Reading("DATE", f"{year_text(year)}-{season}", mod)

    def _holiday(self, g, start, end):
        name = re.sub(r"\s+", " ", g["holiday"])
        rel = g.get("rel", "")
        if "hweek" not in g and "year" not in g and self.cues.HOLIDAY_THING.match(self.lower, end):
            return None  # "a Christmas tree", "Easter eggs": a thing of the holiday, not its day

        def on(year: int) -> date:
            if name in self.words.FIXED_HOLIDAYS:
                return date(year, *self.words.FIXED_HOLIDAYS[name])
            if name in self.words.EASTER_HOLIDAYS:
                return easter(year) + timedelta(days=self.words.EASTER_HOLIDAYS[name])
            month, weekday, nth = self.words.WEEKDAY_HOLIDAYS[name]
            if nth > 0:
                first = date(year, month, 1)
                return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
            last = date(year, month, monthrange(year, month)[1])
            return last - timedelta(days=(last.isoweekday() - weekday) % 7)

        week = g.get("hweek")  # "Easter week", "Thanksgiving weekend": the ISO week holding the holiday

        def value(day: date) -> str:
            if not week:
                return day.isoformat()
            year, number, _ = day.isocalendar()
            return f"{year_text(year)}-W{number:02d}" + ("-WE" if week == "weekend" else "")

        def bounds(day: date) -> tuple[date, date]:
            """The first and last day of the period named: a week already begun and not yet over is this one."""
            if not week:
                return day, day
            first = day - timedelta(days=day.isoweekday() - (6 if week == "weekend" else 1))
            return first, day + timedelta(days=7 - day.isoweekday())

        if "year" in g:
            return Reading("DATE", value(on(self._year_of(g, end))))
        if self.dct is None:
            if week:
                return Reading("DATE", "XXXX-WXX" + ("-WE" if week == "weekend" else ""))
            return Reading("DATE", "XXXX-" + (f"{self.words.FIXED_HOLIDAYS[name][0]:02d}-{self.words.FIXED_HOLIDAYS[name][1]:02d}"
                                              if name in self.words.FIXED_HOLIDAYS else "XX-XX"))
        this = on(self.dct.year)
        first, last = bounds(this)
        future = rel == "next" or (rel != "last" and self._future(start, end))
        if future:
            day = this if last >= self.dct and (rel != "next" or first > self.dct) else on(self.dct.year + 1)
        else:
            day = this if first <= self.dct and (rel != "last" or last < self.dct) else on(self.dct.year - 1)
        return Reading("DATE", value(day))

    def _set(self, g, start, end):
        if "adverb" in g:
            if g["adverb"] in self.words.PUBLICATION_WORDS and re.match(r"[ \t]+[A-Z][a-z]", self.text[end:end + 3]) and (
                    self.text[start].isupper() or re.search(r"(?:\b[A-Z][\w'\u2019-]*|\bthe)[ \t]+\Z",
                                                            self.text[max(0, start - 30):start])):
                # "the Daily Mail", "the Communist Party daily Granma", "the weekly Der Spiegel": a newspaper by its
                # name (but "a new daily World Service broadcast" is broadcast every day)
                return None
            return Reading("SET", self.words.SET_WORDS[re.sub(r"\s+", " ", g["adverb"])])
        quant = self.words.SET_QUANTIFIERS.get(g.get("setq", ""))
        freq = None
        if "times" in g:
            times = g["times"].split()[0]
            count = {"once": 1, "twice": 2, "thrice": 3}.get(times) or self.numbers.number(times)
            freq = f"{int(count)}X" if count else None
        if "weekday" in g:
            part = self.words.PARTS_OF_DAY.get(g.get("part", ""))
            return Reading("SET", f"XXXX-WXX-{self.words.WEEKDAYS[g['weekday']]}" + (f"T{part}" if part else ""), quant=quant)
        if "month" in g:
            month = self._month_number(g, start)
            day = f"-{int(g['day']):02d}" if "day" in g else ""  # "each December 6": that day every year
            return Reading("SET", f"XXXX-{month:02d}{day}", quant=quant) if month else None
        if "season" in g:
            return Reading("SET", f"XXXX-{self.words.SEASONS[g['season']]}", quant=quant)
        if "part" in g:
            return Reading("SET", f"XXXX-XX-XXT{self.words.PARTS_OF_DAY[g['part']]}", quant=quant)
        unit = self._unit_name(g["unit"])
        amount = 2 if g.get("num") == "other" else self.numbers.number(g.get("num")) or 1
        return Reading("SET", self._length(amount, unit), quant=quant, freq=freq)

    def _vague_duration(self, g, start, end):
        amount = re.sub(r"\s+", " ", g.get("amount", ""))
        unit = self._unit_name(g["unit"])
        if amount in ("the", "more") and "ahead" not in g:
            return None  # "the days before the shooting" is read from "days" on, below
        previous = self._previous_word(start)
        if not amount and unit in ("day", "week", "month") and self.cues.EVENT_RELATIVE.match(self.lower, end) and (
                previous == "the" and not self.cues.PART_OF_THE_DAY.search(self.lower, max(0, start - 20), start)
                or previous not in self.words.NOT_EVENT_RELATIVE and self.numbers.number(previous) is None
                and not previous.endswith("ing")):
            # "in the weeks before the shooting", "seen days after a sniper killed": a time told by an event,
            # which the text does not date here; "the" stays out of the span, as TimeML has it
            return Reading("DATE", unknown_value(self.words.UNIT_GRANULARITY[unit]))
        if not amount and previous not in self.words.BARE_PLURAL_CONTEXT:
            return None
        if re.search(r"\b(?:past|last|previous)\b", amount):
            return Reading("DATE", "PAST_REF")
        if re.search(r"\b(?:next|following)\b", amount):
            return Reading("DATE", "FUTURE_REF")
        return Reading("DURATION", self._length(None, unit))

    def _event_relative(self, g, start, end):
        """"the day after his death", "the week following the crash": a time told by an event, which the
        text does not date here (plurals: ``_vague_duration``), read from the noun on. Read from "the" on,
        the match only stands when it restates the day just named."""
        if "det" in g:
            # "last seen Nov. 3, the day before authorities issued a warrant": an apposition restates the day
            restated = g["unit"] == "day" and self.ref is not None and self.ref.granularity == "day" \
                and start - self.ref.start < 20 and re.search(r"\d,\s+\Z", self.lower[max(0, start - 4):start])
            return Reading("DATE", calendar_value(self.ref.day, "day"), anchors=False) if restated else None
        if self._previous_word(start) != "the" or self.cues.PART_OF_THE_DAY.search(self.lower, max(0, start - 20), start):
            return None
        return Reading("DATE", unknown_value(self.words.UNIT_GRANULARITY[g["unit"]]))

    def _reference(self, g, start, end):
        word = re.sub(r"\s+", " ", g["word"])
        if word == "soon" and (self._previous_word(start) == "as" or self.lower.startswith(" as", end)):
            return None
        if word.startswith("then") and self._previous_word(start) not in ("the", "a", "an", "its", "their", "his", "her"):
            return None  # "the then-current price", but "and then current events": "then" is the next step
        if word.endswith(" term") and (self._previous_word(start) not in self.words.TERM_CONTEXT
                                       or re.match(r"-|\s+of\b", self.lower[end:end + 4])):
            return None  # "the short-term debt", "the long term of the loan": no time
        if word in ("current", "future") and not re.match(r"\s+[a-z]", self.lower[end:end + 2]):
            return None if word == "current" else Reading("DATE", "FUTURE_REF")
        counted = re.match(r"\s+([a-z0-9-]+)\s+[a-z]+s\b", self.lower[end:end + 40])
        if word == "the past" and counted and self.numbers.number(counted.group(1)) is not None:
            return None  # "the past three summers": a count of other things, not the past itself
        return Reading("DATE", self.words.REFERENCE_WORDS[word])

    def _the_unit(self, g, start, end):
        unit = g["unit"]
        if self.cues.SHIFTED.match(self.lower, end - len(unit)):
            return None  # "the week after next" (``_shifted``), not this week
        if self.cues.EVENT_RELATIVE.match(self.lower, end) and g["det"] == "the" and unit in ("week", "month"):
            return None  # "the week after the election": the event places it (``_event_relative``)
        if unit == "year" and re.match(r"\s+end(?:ed|ing)\b", self.lower[end:end + 8]):
            return Reading("DURATION", "P1Y")  # "for the year ended March 31": a reporting period
        if unit == "weekend":
            return self._weekend(0, False, start, end)
        mod = self._position_mod(g.get("pmod"))
        story = self._story(start, end)
        if story is not None:  # "by the end of the month", "the rest of the year": the month or year told of
            if _GRANULARITY_ORDER.index(story.granularity) > _GRANULARITY_ORDER.index(unit):
                return Reading("DATE", unknown_value(unit), mod)  # "the week" when only the year is known
            return Reading("DATE", calendar_value(story.day, unit), mod, anchors=False)
        if self.dct is None:
            return Reading("DATE", unknown_value(unit), mod)
        return Reading("DATE", calendar_value(self.dct, unit), mod, deictic=True)
