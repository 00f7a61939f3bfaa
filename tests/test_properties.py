"""Properties of the pipeline over any input: no exception, honest offsets, ordered events.

Texts mix real news phrases (so the tagger and event finder have work to do)
with arbitrary Unicode: emoji, right-to-left scripts, NUL bytes, lone surrogates,
markup. A megabyte of one character is an explicit example, not a strategy.
"""
from __future__ import annotations

import multiprocessing
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline import extract
from timeline.events.order import order_key
from timeline.ingest import ingest
from timeline.model import Span, Timeline

FRAGMENTS = [
    "The council met on Tuesday", " and voted", ". ", "\n\n", "In March 2023, ", "last year", "two days later",
    "the following month", "from 2019 to 2021", "on 16 November 2023", "2023-11-16", "the 1990s", "early December",
    "will meet in January", "at 8 p.m.", "every Monday", "a four-week strike", "nine-year-old", "Q1 2013", "summer",
    "Published: March 3, 2021", "<p>", "</p>", "<script>alert('2020')</script>", "<b>May</b> 5", "&amp;", "&#x1F600;",
    "\x00", "\u200b", "\u202e", "\ufeff", "🎉🎉", "👩‍👩‍👧", "في مارس 2023", "בשנת 1998", "2023年3月", "Mai 2019",
    "\ud800", "\udfff", "May", "may", "March", "Monday", "1998", "12/31/1999", "31.12.99", "'99", "19th century",
    "He was born in 1950 and died 70 years later", "Three weeks ago", "yesterday", "tomorrow", "now", "today",
]

MEGABYTE_BOUND_SECONDS = 60

# Any code point, lone surrogates included (hypothesis leaves them out unless asked).
any_character = st.characters(blacklist_categories=())
article_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(any_character, max_size=12)), max_size=30).map("".join)
any_dct = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat))


def assert_offsets_slice_back(text: str, span: Span, what: str) -> None:
    assert 0 <= span.start <= span.end <= len(text), f"{what} {span} is out of the text"
    assert text[span.start:span.end] == span.text, f"{what} {span.text!r} is not text[{span.start}:{span.end}]"


def check_timeline(text: str, timeline: Timeline, is_html: bool | None = None) -> None:
    """The properties every extraction must have, whatever the input.

    Spans carry the text as the pipeline read it: for HTML that is the caller's text with
    markup blanked to spaces (same length, same offsets), for plain text the caller's text itself.
    """
    plain = ingest(text, timeline.dct, is_html=is_html).plain
    assert len(plain) == len(text)
    if plain != text:
        assert plain == ingest(text, timeline.dct, is_html=True).plain, "only HTML is rewritten"
    text = plain
    for timex in timeline.timexes:
        assert_offsets_slice_back(text, timex, "timex")
    for event in timeline.events + timeline.undated:
        assert_offsets_slice_back(text, event.sentence, "event sentence")
        assert_offsets_slice_back(text, event.trigger, "event trigger")
        assert_offsets_slice_back(text, event.date, "event date")
        if event.end_date is not None:
            assert_offsets_slice_back(text, event.end_date, "event end date")
        for sentence in event.evidence:
            assert_offsets_slice_back(text, sentence, "event evidence")
    assert all(event.date.placeable for event in timeline.events)
    assert not any(event.date.placeable for event in timeline.undated)
    # The documented order key, without the final list position (not visible from outside).
    keys = [order_key(event)[:-1] for event in timeline.events]
    assert keys == sorted(keys), "events are not in the documented order"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=article_text, dct=any_dct, is_html=st.sampled_from([None, True, False]))
@example(text="In March 2023, the council met.\x00\ud800 Two days later it voted.", dct="2023-11-16", is_html=None)
@example(text="<p>The fire began on Monday.</p><script>\u202e</script>", dct="0001-01-01", is_html=True)
@example(text="Next year, the century ends. Last year was quiet.", dct="9999-12-31", is_html=False)
def test_any_text_and_dct_give_a_consistent_timeline(text, dct, is_html):
    check_timeline(text, extract(text, dct, is_html=is_html), is_html)


def _extract_and_check(text: str) -> None:
    check_timeline(text, extract(text, "2023-11-16"))


def test_a_megabyte_of_full_stops_finishes_and_is_consistent():
    # Runs in a child process with a generous bound: a super-linear pattern (one that
    # backtracks over a run of full stops) would otherwise hang the suite instead of failing it.
    text = "." * 1_000_000
    child = multiprocessing.get_context("fork").Process(target=_extract_and_check, args=(text,))
    child.start()
    child.join(MEGABYTE_BOUND_SECONDS)
    if child.is_alive():
        child.kill()
        child.join()
        pytest.fail(f"extract did not finish 1 MB of '.' within {MEGABYTE_BOUND_SECONDS} s (linear work takes about 10 s)")
    assert child.exitcode == 0, "extract raised or broke a property on 1 MB of '.' (traceback above)"
