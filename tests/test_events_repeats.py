"""Repeats within one article: one event per happening, with every sentence that tells it."""
from __future__ import annotations

from test_events_helpers import document, timex
from timeline.events import find_events


def test_same_event_told_twice_becomes_one_with_both_sentences():
    text = ("Rebels seized the airport in 2019, officials said. Aid groups warned of shortages. "
            "Rebels seized the airport in 2019 after a long siege.")
    events = find_events(document(text), [timex(text, "2019", "2019", 0), timex(text, "2019", "2019", 1)])
    seized = [event for event in events if event.trigger.text == "seized"]
    assert len(seized) == 1
    assert seized[0].sentence.text.startswith("Rebels seized the airport in 2019, officials")
    assert [sentence.text for sentence in seized[0].evidence] == ["Rebels seized the airport in 2019 after a long siege."]


def test_distinct_events_on_the_same_date_stay_distinct():
    text = "The group planned a kidnapping in 2021. In 2021, a court indicted four men over the plan."
    events = find_events(document(text), [timex(text, "2021", "2021", 0), timex(text, "2021", "2021", 1)])
    dated = [event for event in events if event.date.value == "2021"]
    assert len(dated) == 2
    planned, indicted = dated
    assert planned.trigger.text in ("planned", "kidnapping")
    assert indicted.trigger.text == "indicted"
    assert all(event.evidence == () for event in dated)
