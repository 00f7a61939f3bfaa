"""Granularity and [earliest, latest) intervals of TIMEX3 values."""
from __future__ import annotations

import pytest

from timeline.tagger.interval import granularity_of, interval


@pytest.mark.parametrize("value, granularity, earliest, latest", [
    ("2022", "year", "2022-01-01", "2023-01-01"),
    ("2023-01", "month", "2023-01-01", "2023-02-01"),
    ("2023-12", "month", "2023-12-01", "2024-01-01"),
    ("2023-11-16", "day", "2023-11-16", "2023-11-17"),
    ("2023-W46", "week", "2023-11-13", "2023-11-20"),
    ("2023-W45-WE", "week", "2023-11-11", "2023-11-13"),
    ("2013-Q1", "quarter", "2013-01-01", "2013-04-01"),
    ("2013-H2", "half", "2013-07-01", "2014-01-01"),
    ("2012-SU", "season", "2012-06-01", "2012-09-01"),
    ("1994-WI", "season", "1994-12-01", "1995-03-01"),
    ("199", "decade", "1990-01-01", "2000-01-01"),
    ("19", "century", "1900-01-01", "2000-01-01"),
    ("2013-03-21T20:00", "minute", "2013-03-21T20:00", "2013-03-21T20:01"),
    ("2012-08-03TNI", "part-of-day", "2012-08-03T20:00", "2012-08-04T06:00"),
    ("PRESENT_REF", "unknown", None, None),
    ("PAST_REF", "unknown", None, None),
    ("XXXX-01", "month", None, None),
    ("XXXX-WXX-1", "day", None, None),
    ("PT5H30M", "hour", None, None),
    ("P2Y6M", "year", None, None),
    ("P1Y", "year", None, None),
    ("PT3H", "hour", None, None),
    ("PXD", "day", None, None),
])
def test_interval(value, granularity, earliest, latest):
    assert granularity_of(value) == granularity
    assert interval(value) == (earliest, latest)
