"""Dates are shown to people at their precision."""
import pytest

from timeline.display import display_date


# Shared with the viewer test, which checks that static/viewer/dates.js shows the same.
DISPLAYED = [
    ("2022", "2022"),
    ("2023-01", "January 2023"),
    ("2023-11-16", "November 16, 2023"),
    ("2023-11-16T20:30", "November 16, 2023, 20:30"),
    ("2013-Q1", "Q1 2013"),
    ("2012-SU", "Summer 2012"),
    ("199", "1990s"),
    ("19", "20th century"),
    ("20", "21st century"),
    ("11", "12th century"),
    ("2025-10-07TMO", "October 7, 2025, morning"),
    ("1998-10-23TNI", "October 23, 1998, night"),
    ("2025-W42", "Week of October 13, 2025"),
    ("2021-W01", "Week of January 4, 2021"),  # ISO week 1 of 2021 starts on Monday, January 4
    ("2020-W53-WE", "Weekend of January 2, 2021"),
    ("2020-W53", "Week of December 28, 2020"),
    ("2021-W53", "2021-W53"),  # 2021 has 52 ISO weeks: shown as it is
    ("BC0490", "490 BC"),
    ("BC0490-08", "August 490 BC"),
    ("BC0044-03-15", "March 15, 44 BC"),
    ("BC0490-SU", "Summer 490 BC"),
    ("BC048", "480s BC"),
    ("BC03", "4th century BC"),
    ("0800", "0800"),
    ("PAST_REF", "PAST_REF"),
]


@pytest.mark.parametrize("value, shown", DISPLAYED)
def test_display_date(value, shown):
    assert display_date(value) == shown
