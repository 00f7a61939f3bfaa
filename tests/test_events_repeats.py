"""Repeats within one article: one event per happening, with every sentence that tells it."""
from __future__ import annotations

from test_events_helpers import document, timex
from timeline.events import find_events
from timeline.pipeline import extract


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


def test_the_same_words_with_different_figures_are_distinct_events():
    text = "The insurance unit had a loss of $3 million in 2022. The bank had a loss of $195 million in 2022."
    events = find_events(document(text), [timex(text, "2022", "2022", 0), timex(text, "2022", "2022", 1)])
    assert [event.headline for event in events] == ["Insurance unit had a loss of $3 million", "Bank had a loss of $195 million"]



def test_a_day_and_its_hour_side_by_side_are_one_event_at_the_hour():
    timeline = extract("The council will hold its next meeting on March 28 at 6 p.m. in the old hall.", "2023-11-16")
    assert [event.date.value for event in timeline.events] == ["2024-03-28T18:00"]


def test_a_quarter_and_the_day_it_ended_are_dated_by_the_quarter():
    # Not folded into the day, as a day and its hour are: the loss is the quarter's, Sept. 30 only ends it.
    timeline = extract("The company had a loss of $5 million for the quarter ended Sept. 30, its chief said.", "2023-11-16")
    assert [event.date.value for event in timeline.events] == ["2023-Q3"]


def test_a_date_and_the_apposition_restating_it_are_one_time_phrase():
    timeline = extract("He was last seen on Nov. 3, the day before police issued a warrant.", "2023-11-16")
    (event,) = timeline.events
    assert (event.date.text, event.date.value, event.trigger.text) == ("Nov. 3, the day", "2023-11-03", "seen")


def test_one_predicate_with_two_dates_apart_is_one_event_from_the_first_to_the_second():
    # the same happening told once with two dates: one event over both, not one headline under two dates
    events = extract('" Then a third wave in January to April 1919 , and a fourth wave in the winter of 1920 . "',
                     "2023-11-15").events
    waves = [event for event in events if event.headline == "A third wave"]
    assert [(event.date.value, event.end_date.value) for event in waves] == [("1919-01", "1919-04")]
