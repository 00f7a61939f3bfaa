"""Ordering: by interval, granularity-aware, containers before what they contain, ties in document order."""
from __future__ import annotations

import pytest

from timeline.events.order import order_events
from timeline.model import Event, Sentence, Span, Timex

_INTERVALS = {
    "2022": ("2022-01-01", "2023-01-01", "year"),
    "2023": ("2023-01-01", "2024-01-01", "year"),
    "2023-Q1": ("2023-01-01", "2023-04-01", "quarter"),
    "2023-01": ("2023-01-01", "2023-02-01", "month"),
    "2023-01-05": ("2023-01-05", "2023-01-06", "day"),
    "2023-01-05T09:00": ("2023-01-05T09:00", "2023-01-05T09:01", "minute"),
    "2023-03": ("2023-03-01", "2023-04-01", "month"),
    "2022-12-31": ("2022-12-31", "2023-01-01", "day"),
    "PAST_REF": (None, None, "unknown"),
    "XXXX-01": (None, None, "unknown"),
}


def _event(value: str, position: int, end: str | None = None) -> Event:
    earliest, latest, granularity = _INTERVALS[value]
    date = Timex(value, position, position + 1, value=value, granularity=granularity, earliest=earliest, latest=latest)
    end_date = None
    if end is not None:
        e_earliest, e_latest, e_granularity = _INTERVALS[end]
        end_date = Timex(end, position + 2, position + 3, value=end, granularity=e_granularity, earliest=e_earliest, latest=e_latest)
    sentence = Sentence(f"sentence {position}", position, position + 10)
    return Event(f"e{position}", f"event {value}", sentence, Span("x", position, position + 1), date, end_date)


@pytest.mark.parametrize(
    ("values_in_document_order", "expected_order"),
    [
        # A day inside a year comes after the year, not before it as if the year were 1 January.
        (["2023-01-05", "2023"], ["2023", "2023-01-05"]),
        # Containers first: year, quarter, month, day, time of day.
        (["2023-01-05T09:00", "2023-01-05", "2023-01", "2023-Q1", "2023"], ["2023", "2023-Q1", "2023-01", "2023-01-05", "2023-01-05T09:00"]),
        # Intervals that start later come later whatever their size.
        (["2023-03", "2023", "2022-12-31", "2022"], ["2022", "2022-12-31", "2023", "2023-03"]),
    ],
)
def test_order_by_interval_with_mixed_granularity(values_in_document_order, expected_order):
    events = [_event(value, position * 100) for position, value in enumerate(values_in_document_order)]
    ordered, undated = order_events(events)
    assert [event.date.value for event in ordered] == expected_order
    assert undated == []


def test_ties_keep_document_order():
    events = [_event("2023", 300), _event("2023", 100), _event("2023", 200)]
    ordered, _ = order_events(events)
    assert [event.sentence.start for event in ordered] == [100, 200, 300]


def test_ranges_are_ordered_by_their_whole_interval():
    ranged = _event("2022", 100, end="2023")
    ordered, _ = order_events([_event("2022", 0), ranged])
    assert ordered == [ranged, _event("2022", 0)]  # same start, the range lasts longer


def test_unplaceable_dates_are_kept_apart():
    events = [_event("PAST_REF", 0), _event("2023", 100), _event("XXXX-01", 200)]
    ordered, undated = order_events(events)
    assert [event.date.value for event in ordered] == ["2023"]
    assert [event.date.value for event in undated] == ["PAST_REF", "XXXX-01"]
