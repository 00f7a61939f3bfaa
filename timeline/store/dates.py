"""Calendar values an editor or a feed query gives: ``2021``, ``2021-03``, ``2021-03-05``, ``2021-03-05T14:30``.

Each becomes its TIMEX3 value, granularity and interval ``[earliest, latest)``, the
same triple extraction stores, so overridden dates order and filter like extracted ones.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

_VALUE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?P<hour>\d{2}):(?P<minute>\d{2}))?)?)?$")


@dataclass(frozen=True)
class CalendarValue:
    """A calendar value with its granularity and interval (``latest`` exclusive)."""

    value: str
    granularity: str
    earliest: str
    latest: str


def parse_calendar_value(value: str) -> CalendarValue:
    """Parse a year, month, day or minute; ValueError when it is none of these."""
    match = _VALUE.match(value.strip())
    if match is None:
        raise ValueError(f"{value!r} is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM")
    year, month, day, hour, minute = (match.group(name) for name in ("year", "month", "day", "hour", "minute"))
    year = int(year)
    if month is None:
        return CalendarValue(f"{year:04d}", "year", date(year, 1, 1).isoformat(), _first_of(year + 1, 1))
    month = int(month)
    start = date(year, month, 1)  # raises ValueError for month 13
    if day is None:
        following = (year + 1, 1) if month == 12 else (year, month + 1)
        return CalendarValue(f"{year:04d}-{month:02d}", "month", start.isoformat(), _first_of(*following))
    start = date(year, month, int(day))
    if hour is None:
        return CalendarValue(start.isoformat(), "day", start.isoformat(), _next_day(start))
    moment = datetime(year, month, int(day), int(hour), int(minute))
    stamp = _minute(moment)
    following = _minute(moment + timedelta(minutes=1)) if moment < datetime(9999, 12, 31, 23, 59) else "10000-01-01T00:00"
    return CalendarValue(stamp, "minute", stamp, following)


def _minute(moment: datetime) -> str:
    # Not strftime("%Y"): glibc does not zero-pad years below 1000.
    return moment.isoformat(timespec="minutes")


def _first_of(year: int, month: int) -> str:
    # Year 10000 has no ISO date; the open end of year 9999 is written as its string.
    return f"{year:04d}-{month:02d}-01"


def _next_day(day: date) -> str:
    return (day + timedelta(days=1)).isoformat() if day < date.max else "10000-01-01"
