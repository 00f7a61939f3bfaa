"""Granularity and calendar interval ``[earliest, latest)`` of a TIMEX3 value."""
from __future__ import annotations

import re
from functools import lru_cache
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

# Hours (start, end) of each TIMEX3 part of day, for its interval; night runs past midnight.
PART_OF_DAY_HOURS = {"MO": (6, 12), "MI": (11, 14), "AF": (12, 18), "EV": (18, 22), "NI": (20, 30)}
# Start month of each TIMEX3 season; winter runs into the next year.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

_VALUE = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d)(?:T(?:(?P<hour>\d\d)(?::(?P<minute>\d\d)"
    r"(?::(?P<second>\d\d))?)?(?:Z|[+-]\d\d(?::?\d\d)?)?|(?P<part>MO|MI|AF|EV|NI)))?)?|W(?P<week>\d\d)(?P<weekend>-WE)?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?$"
    r"|(?P<decade>\d{3})$|(?P<century>\d\d)$"
)
_CALENDAR_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_ONE_DAY = timedelta(days=1)
_SHAPES = [  # granularity of values with unknown parts, by their shape
    (re.compile(r"T\d\d:\d\d:\d\d"), "second"), (re.compile(r"T\d\d:\d\d"), "minute"),
    (re.compile(r"T\d\d"), "hour"), (re.compile(r"T(MO|MI|AF|EV|NI)"), "part-of-day"),
    (re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}"), "day"), (re.compile(r"-W[\dX]{2}-[1-7]$"), "day"),
    (re.compile(r"-W[\dX]{2}"), "week"),
    (re.compile(r"-Q"), "quarter"), (re.compile(r"-H"), "half"), (re.compile(r"-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^[\dX]{4}-[\dX]{2}$"), "month"), (re.compile(r"^[\dX]{4}$"), "year"),
    (re.compile(r"^[\dX]{3}$"), "decade"), (re.compile(r"^[\dX]{2}$"), "century"),
]
_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "E": "decade", "C": "century"}
_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}


@lru_cache(maxsize=4096)
def granularity_of(value: str) -> str:
    """The granularity a value is written at (durations and sets: their unit)."""
    if _CALENDAR_DAY.fullmatch(value):  # the commonest shape first: text dense with dates is mostly days
        return "day"
    if value.startswith("P"):
        units = _TIME_UNITS if value.startswith("PT") else _DURATION_UNITS
        first = re.search(r"[A-Z]", value.lstrip("PT").lstrip("0123456789X."))  # the largest unit named
        return units.get(first.group(), "unknown") if first else "unknown"
    unsigned = value[2:] if value.startswith("BC") else value  # "BC0490-08": a month before the common era
    for shape, name in _SHAPES:
        if shape.search(unsigned):
            return name
    return "unknown"


@lru_cache(maxsize=4096)
def interval(value: str) -> tuple[str | None, str | None]:
    """``(earliest, latest)`` of a calendar value, latest exclusive; ``(None, None)`` if unplaceable."""
    try:
        return _interval(value)
    except (ValueError, OverflowError):  # ends beyond year 9999 ("the 9990s") or starts before year 1
        return None, None


def _interval(value: str) -> tuple[str | None, str | None]:
    """``interval`` without the calendar's bounds checked."""
    if _CALENDAR_DAY.fullmatch(value):
        day = date.fromisoformat(value)
        return value, (day + _ONE_DAY).isoformat()
    m = _VALUE.match(value)
    if not m:
        return None, None
    g = m.groupdict()
    if g["decade"]:
        start = int(g["decade"]) * 10
        return date(start, 1, 1).isoformat(), date(start + 10, 1, 1).isoformat()
    if g["century"]:
        start = max(int(g["century"]) * 100, 1)
        return date(start, 1, 1).isoformat(), date(int(g["century"]) * 100 + 100, 1, 1).isoformat()
    year = int(g["year"])
    if year == 0:
        return None, None
    if g["day"]:
        day = date(year, int(g["month"]), int(g["day"]))
        if g["part"]:
            first, last = PART_OF_DAY_HOURS[g["part"]]
            start = datetime(day.year, day.month, day.day) + timedelta(hours=first)
            end = datetime(day.year, day.month, day.day) + timedelta(hours=last)
            return start.isoformat(timespec="minutes"), end.isoformat(timespec="minutes")
        if g["hour"]:
            start = datetime(day.year, day.month, day.day, int(g["hour"]), int(g["minute"] or 0),
                             int(g["second"] or 0))
            step = timedelta(seconds=1) if g["second"] else timedelta(minutes=1) if g["minute"] else timedelta(hours=1)
            spec = "seconds" if g["second"] else "minutes"
            return start.isoformat(timespec=spec), (start + step).isoformat(timespec=spec)
        return day.isoformat(), (day + timedelta(days=1)).isoformat()
    if g["month"]:
        first = date(year, int(g["month"]), 1)
        return first.isoformat(), (first + relativedelta(months=1)).isoformat()
    if g["week"]:
        monday = date.fromisocalendar(year, int(g["week"]), 1)
        if g["weekend"]:
            return (monday + timedelta(days=5)).isoformat(), (monday + timedelta(days=7)).isoformat()
        return monday.isoformat(), (monday + timedelta(days=7)).isoformat()
    if g["quarter"]:
        first = date(year, 3 * int(g["quarter"]) - 2, 1)
        return first.isoformat(), (first + relativedelta(months=3)).isoformat()
    if g["half"]:
        first = date(year, 6 * int(g["half"]) - 5, 1)
        return first.isoformat(), (first + relativedelta(months=6)).isoformat()
    if g["season"]:
        first = date(year, SEASON_START[g["season"]], 1)
        return first.isoformat(), (first + relativedelta(months=3)).isoformat()
    return date(year, 1, 1).isoformat(), date(year + 1, 1, 1).isoformat()
