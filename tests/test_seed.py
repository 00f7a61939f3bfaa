"""Acceptance: the seed article's timeline matches the gold timeline in ../shared/data/seed/expected.json."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from timeline import extract

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "seed"


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads((SEED / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def timeline():
    return extract((SEED / "article.txt").read_text(encoding="utf-8"))


def _matches(event, expected) -> bool:
    words = f"{event.headline} {event.sentence.text}".lower()
    return (event.date.value == expected["value"] and event.date.granularity == expected["granularity"]
            and all(word.lower() in words for word in expected["must_mention"]))


def test_dct_is_read_from_the_dateline(timeline, gold):
    assert timeline.dct == gold["dct"]


def test_gold_events_come_out_in_order(timeline, gold):
    """Each gold event is matched, in the gold order; other dated events are same-day news or ranges up to the DCT."""
    events = list(timeline.events)
    position = 0
    for expected in gold["events"]:
        while position < len(events) and not _matches(events[position], expected):
            position += 1
        assert position < len(events), f"missing or out of order: {expected['what']}"
        position += 1
    gold_values = {expected["value"] for expected in gold["events"]}
    assert all(event.date.value in gold_values or (event.end_date is not None and event.end_date.value == gold["dct"])
               for event in events)


def test_plot_and_indictment_stay_two_events(timeline):
    in_2021 = [event for event in timeline.events if event.date.value == "2021"]
    assert len(in_2021) == 2
    plot, indictment = in_2021
    assert plot.trigger.text == "plot"
    assert indictment.trigger.text in ("indictment", "said")


@pytest.mark.parametrize(
    ("must_mention", "headline"),
    [
        ("PS752", "IRGC shot down Ukraine International Airlines PS752, killing all 176 people on board"),
        ("indictment", "FBI indictment against Alinejad’s alleged kidnappers said three individuals were targeted in Canada"),
        ("attempt", "Masih Alinejad had an alleged attempt on her life"),
        ("kidnap", "Masih Alinejad had an alleged kidnapping plot"),
        ("conversation", "Hamed Esmaeilion had a conversation with RCMP officers"),
        ("responded", "RCMP has responded to a Global News investigation into Iranian regime interference in Canada"),
    ],
)
def test_headlines_read_on_their_own(timeline, must_mention, headline):
    assert headline in [event.headline for event in timeline.events if must_mention in event.headline]


def test_dct_event_points_at_the_dateline(timeline):
    (lede,) = [event for event in timeline.events if "responded" in event.headline]
    assert lede.date.text == "date 2023-11-16"
    assert lede.trigger.text == "responded"


def test_not_events_date_nothing(timeline, gold):
    """Ages, counts, durations and "now" date nothing, not even an undated event."""
    for phrase in gold["not_events"]:
        assert all(not re.search(r"\b" + re.escape(phrase) + r"\b", event.date.text) for event in timeline.events), phrase
        assert all(not re.search(r"\b" + re.escape(phrase) + r"\b", event.date.text) for event in timeline.undated), phrase


def test_questions_give_no_headline(timeline):
    """"Where is my wife and my daughter now?" states nothing that happened."""
    assert all("daughter" not in event.headline for event in list(timeline.events) + list(timeline.undated))
