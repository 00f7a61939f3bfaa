"""Dates are shown to people at their precision."""
import pytest

from timeline.display import display_date


@pytest.mark.parametrize("value, shown", [
    ("2022", "2022"),
    ("2023-01", "January 2023"),
    ("2023-11-16", "November 16, 2023"),
    ("2023-11-16T20:30", "November 16, 2023, 20:30"),
    ("2013-Q1", "Q1 2013"),
    ("2012-SU", "Summer 2012"),
    ("199", "1990s"),
    ("19", "20th century"),
    ("PAST_REF", "PAST_REF"),
])
def test_display_date(value, shown):
    assert display_date(value) == shown
