"""Many articles, one story: events told by several articles are folded and keep their provenance."""
from __future__ import annotations

from test_events_helpers import document, timex
from timeline.events import find_events
from timeline.events.merge import merge_timelines
from timeline.events.order import order_events
from timeline.model import Timeline


def _timeline(text: str, dates: list[tuple[str, str]], dct: str = "2023-11-16") -> Timeline:
    timexes = [timex(text, phrase, value) for phrase, value in dates]
    ordered, undated = order_events(find_events(document(text, dct), timexes))
    return Timeline(dct=dct, timexes=tuple(timexes), events=tuple(ordered), undated=tuple(undated))


FIRST = "The storm destroyed the harbour in 2019. The town rebuilt the pier in 2021."
SECOND = "Fishermen recall that the storm destroyed the harbour in 2019. A new ferry line opened in 2022."


def test_event_told_by_two_articles_is_folded_with_provenance():
    merged = merge_timelines([("a1", _timeline(FIRST, [("2019", "2019"), ("2021", "2021")])),
                              ("a2", _timeline(SECOND, [("2019", "2019"), ("2022", "2022")], dct="2023-12-01"))])
    storm = [event for event in merged.events if event.date.value == "2019"]
    assert len(storm) == 1
    assert storm[0].article == "a1"
    assert [(sentence.text, sentence.article) for sentence in storm[0].evidence] == [
        ("Fishermen recall that the storm destroyed the harbour in 2019.", "a2")]
    assert [(event.date.value, event.article) for event in merged.events] == [("2019", "a1"), ("2021", "a1"), ("2022", "a2")]
    assert merged.dct == "2023-12-01"


def test_distinct_events_of_different_articles_stay_apart():
    other = "The storm flooded the school in 2019."
    merged = merge_timelines([("a1", _timeline(FIRST, [("2019", "2019"), ("2021", "2021")])),
                              ("a2", _timeline(other, [("2019", "2019")]))])
    assert [(event.date.value, event.article, event.trigger.text) for event in merged.events][:2] == [
        ("2019", "a1", "destroyed"), ("2019", "a2", "flooded")]
