"""No article of any corpus in ../shared/data makes the pipeline raise, and every result is well formed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.evaluation.timeml import read_corpus
from timeline.pipeline import extract

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _articles() -> list[tuple[str, str, str | None]]:
    """(name, text, dct) of every article of every corpus."""
    found = [(f"seed/{path.name}", path.read_text(encoding="utf-8"), None) for path in sorted((DATA / "seed").glob("*.txt"))]
    found += [(f"news-dev/{path.name}", path.read_text(encoding="utf-8"), None)
              for path in sorted((DATA / "news-dev").glob("*.txt"))]
    found += [(f"tempeval3/{document.name}", document.text, document.dct[:10] or None)
              for document in read_corpus(DATA / "tempeval3-train")]
    found += [(f"wikiwars/{path.name}", path.read_text(encoding="utf-8"), None)
              for path in sorted((DATA / "wikiwars-train").glob("*.xml"))]
    for articles in sorted((DATA / "timeline17-dev").glob("*/articles.jsonl")):
        for line in articles.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            found.append((f"timeline17/{articles.parent.name}/{item['id']}", item["text"], item.get("dct")))
    return found


ARTICLES = _articles()


def test_the_corpora_are_all_there():
    # seed, 20 news-dev texts, 256 TimeML documents, 16 wars, 688 Timeline17 articles
    assert len(ARTICLES) > 950


@pytest.mark.parametrize("chunk", range(8))
def test_no_article_makes_the_pipeline_raise(chunk):
    for name, text, dct in ARTICLES[chunk::8]:
        timeline = extract(text, dct, is_html=name.startswith("wikiwars/"))
        for event in (*timeline.events, *timeline.undated):
            assert event.headline.strip(), name
            assert 0 <= event.sentence.start <= event.trigger.start < event.trigger.end <= event.sentence.end <= len(text), name
        starts = [event.date.earliest for event in timeline.events]
        assert starts == sorted(starts), name  # ordered by when they start
