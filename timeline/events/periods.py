"""Reporting periods: "the quarter ended Sept. 30", "the three months that ended Aug. 31", "the year ending June 30".

In business news a day often only closes a period, and what the sentence dates is what happened in the
period ("had a loss of $3 million for the quarter ended Sept. 30"). The period and its last day are then
one time phrase, dated:
- by the calendar period the tagger named, when the day closes it ("the quarter ended Sept. 30" is
  2023-Q3);
- otherwise from the period's first day to its last ("the fourth quarter ended Aug. 26" is a fiscal
  quarter, May 27 to Aug. 26, not October to December; "the three months ended Aug. 31" runs from June 1).
A period whose length is not said ("the period ended Aug. 31") is dated by its last day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from timeline.events.parsed import ParsedSentence, TimePhrase
from timeline.model import Timex

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_LENGTH = re.compile(r"P(\d+)([YMWD])")


@dataclass(frozen=True)
class Period:
    """A reporting period as one time phrase, and what dates its event."""

    phrase: TimePhrase  # the whole period ("the fourth quarter ended Aug. 26")
    date: Timex  # the calendar period named, or the period's first day, or its last day
    end_date: Timex | None  # the day it ended, when ``date`` is its first day
    replaces: frozenset[Timex]  # the time phrases it takes in


def reporting_periods(parsed: ParsedSentence, datable: list[TimePhrase]) -> list[Period]:
    """The reporting periods of a sentence, from its datable phrases and its lengths ("the three months")."""
    words = parsed.language.events
    doc = parsed.doc
    found = []
    for end in datable:
        participle = end.governor
        if participle is None or participle.lemma_ not in words.PERIOD_END_VERBS or not (
                participle.dep_ == "acl" or participle.dep_ == "relcl" and any(
                    c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in participle.children)):
            continue  # "the quarter ended Sept. 30", "the three months that ended March 31"
        noun = participle.head
        if noun.lemma_.lower() not in words.PERIOD_NOUNS:
            continue
        first = noun.left_edge.i
        named = next((p for p in parsed.phrases if first <= p.head.i <= noun.i and p is not end), None)
        tokens = doc[first:end.tokens.end]
        text = tokens.text
        start_offset, end_offset = parsed.document_start(tokens[0]), parsed.document_end(tokens[-1])
        started = _first_day(end.timex, words.PERIOD_MONTHS.get(noun.lemma_.lower()), named) \
            if _DAY.fullmatch(end.timex.value) else None  # a day the text does not place: the period stays one phrase
        if named is not None and named.timex.type in ("DATE", "TIME") and started is not None \
                and (named.timex.earliest, named.timex.latest) == (started.isoformat(), end.timex.latest):
            # the calendar period ("the quarter", July to September) dates the event
            dated, end_date = replace(named.timex, text=text, start=start_offset, end=end_offset), None
        elif started is not None:
            dated = _day(started, text, start_offset, end_offset, end.timex.id + "-start")
            end_date = replace(end.timex, text="", start=end.timex.end, end=end.timex.end)
        elif named is not None and named.timex.type in ("DATE", "TIME"):
            dated, end_date = replace(named.timex, text=text, start=start_offset, end=end_offset), None
        else:
            dated, end_date = replace(end.timex, text=text, start=start_offset, end=end_offset), None
        phrase = TimePhrase(timex=dated, tokens=tokens, head=noun, preposition=_preposition(noun),
                            governor=_preposition(noun).head if _preposition(noun) is not None else noun.head)
        found.append(Period(phrase, dated, end_date, frozenset({end.timex} | ({named.timex} if named else set()))))
    return found


def _preposition(noun):
    return noun.head if noun.dep_ == "pobj" else None


def _first_day(end: Timex, months: int | None, named: TimePhrase | None) -> date | None:
    """The first day of a period that ends on ``end``: ``months`` long (a quarter, a half, a year), or as
    long as the length the tagger read ("the three months": P3M)."""
    following = date.fromisoformat(end.value) + timedelta(days=1)
    length = None
    if months is not None:
        length = relativedelta(months=months)
    elif named is not None and (match := _LENGTH.fullmatch(named.timex.value)):
        amount, unit = int(match.group(1)), match.group(2)
        length = {"Y": relativedelta(years=amount), "M": relativedelta(months=amount),
                  "W": relativedelta(weeks=amount), "D": relativedelta(days=amount)}[unit]
    if length is None:
        return None
    try:
        return following - length
    except (ValueError, OverflowError):
        return None


def _day(day: date, text: str, start: int, end: int, identifier: str) -> Timex:
    following = day + timedelta(days=1)
    return Timex(text, start, end, id=identifier, type="DATE", value=day.isoformat(), granularity="day",
                 earliest=day.isoformat(), latest=following.isoformat())
