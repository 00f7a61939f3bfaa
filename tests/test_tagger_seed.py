"""The seed article must give the timexes its gold timeline is built on."""
from __future__ import annotations

from pathlib import Path

from timeline.tagger import tag

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "seed" / "article.txt"


def test_seed_article():
    text = SEED.read_text(encoding="utf-8")
    found = {(t.text, t.type, t.value, t.granularity, t.earliest, t.latest) for t in tag(text, "2023-11-16")}
    texts = [t.text for t in tag(text, "2023-11-16")]
    assert ("2023-11-16", "DATE", "2023-11-16", "day", "2023-11-16", "2023-11-17") in found
    assert ("year-long", "DURATION", "P1Y", "year", None, None) in found
    assert ("2020", "DATE", "2020", "year", "2020-01-01", "2021-01-01") in found
    assert texts.count("2021") == 2
    assert ("last year", "DATE", "2022", "year", "2022-01-01", "2023-01-01") in found
    assert ("January", "DATE", "2023-01", "month", "2023-01-01", "2023-02-01") in found
    assert ("now", "DATE", "PRESENT_REF", "unknown", None, None) in found
    for trap in ("nine-year-old", "176", "700", "PS752", "in 2020"):
        assert not any(trap in t for t in texts), trap
