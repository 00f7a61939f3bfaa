"""Properties every tagging must have, on generated text mixing time words and noise."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.tagger import tag

TOKENS = ["the", "last", "next", "year", "month", "week", "Monday", "May", "may", "March", "12", "1990",
          "2020", "-", "/", ".", ",", "early", "late", "mid-", "ago", "later", "earlier", "each", "every",
          "a", "two", "fiscal", "quarter", "third-quarter", "5 p.m.", "noon", "tonight", "now", "İ", "\n"]
GRANULARITIES = {"century", "decade", "year", "half", "quarter", "season", "month", "week", "day",
                 "part-of-day", "hour", "minute", "second", "unknown"}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40), st.sampled_from(["2020-02-29", "1998-12-31", None]))
def test_tagging_is_well_formed(tokens, dct):
    text = " ".join(tokens)
    found = tag(text, dct)
    assert [t.id for t in found] == [f"t{i}" for i in range(1, len(found) + 1)]
    assert all(text[t.start:t.end] == t.text for t in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    for t in found:
        assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.granularity in GRANULARITIES
        assert (t.earliest is None) == (t.latest is None)
        assert t.earliest is None or t.earliest < t.latest
        if dct is None:
            assert t.earliest is None or t.value[:4].isdigit()
