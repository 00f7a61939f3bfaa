"""Order events by interval, granularity-aware, keeping containment visible.

The sort key is (earliest, -(latest - earliest), document position): an event
starts where its interval starts, so "2023" is not taken for 1 January; among
events starting together the longer interval comes first, so a container
("2023") always precedes what it contains ("January 2023", "2023-01-05"). This
is a total order consistent with containment; ties keep document order. Ranges
use the start's earliest and the end's latest as their interval.
"""
from __future__ import annotations

from datetime import datetime

from timeline.model import Event


def _instant(value: str) -> datetime:
    return datetime.fromisoformat(value if "T" in value or len(value) > 10 else value + "T00:00")


def interval(event: Event) -> tuple[datetime, datetime]:
    """[earliest, latest) of an event, its end date included."""
    last = event.end_date if event.end_date is not None and event.end_date.latest else event.date
    return _instant(event.date.earliest), _instant(last.latest)


def order_key(event: Event, position: int = 0) -> tuple:
    """The sort key: earliest first, longer intervals first, then document order."""
    earliest, latest = interval(event)
    article = event.article or ""
    return earliest, -(latest - earliest).total_seconds(), article, event.sentence.start, event.trigger.start, position


def order_events(events: list[Event]) -> tuple[list[Event], list[Event]]:
    """Split events into (ordered dated events, undated events in document order)."""
    dated = [(position, event) for position, event in enumerate(events) if event.date.placeable]
    undated = [event for event in events if not event.date.placeable]
    ordered = [event for position, event in sorted(dated, key=lambda item: order_key(item[1], item[0]))]
    return ordered, undated
