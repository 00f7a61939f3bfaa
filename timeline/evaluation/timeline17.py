"""Story timelines scored on Timeline17 (Tran et al. 2013): date F1 of the top-k dates.

A topic folder holds ``articles.jsonl`` (``{"id", "dct", "text"}``) and ``timeline.json``, the journalists'
reference (``[{"date", "text"}]``). Every article is extracted, the story timeline is built with k = the
reference's number of distinct dates, and its k key dates are compared with the reference's (exact day), as
the timeline-summarization literature does. A key date coarser than a day matches no reference date.

Extraction results are cached on disk (``TIMELINE_CACHE``, by default ``~/.cache/timeline``), keyed by the
article and a fingerprint of the pipeline's code, so a second run only builds and scores.

Usage: ``timeline evaluate timeline17 FOLDER`` (a topic folder, or a folder of topic folders).
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from timeline.serialize import timeline_dict, timeline_from_dict
from timeline.stories import StoryArticle, build_story
from timeline.stories.rank import entry_day
from timeline.stories.read import parse_lines, story_article

# What the pipeline's result depends on: its code and language data (not the web layer or the store).
_PIPELINE_PARTS = ("pipeline.py", "model.py", "ingest.py", "tagger", "events", "languages")


@dataclass(frozen=True)
class TopicScore:
    """Date precision, recall and F1 of one topic's key dates."""

    topic: str
    articles: int
    reference: tuple[str, ...]
    chosen: tuple[str, ...]

    @property
    def matched(self) -> int:
        """Chosen dates that are reference dates."""
        return len(set(self.chosen) & set(self.reference))

    @property
    def precision(self) -> float:
        return self.matched / len(self.chosen) if self.chosen else 0.0

    @property
    def recall(self) -> float:
        return self.matched / len(self.reference) if self.reference else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """A hash of the pipeline's source files: a cached result is reused only with the code that made it."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for part in _PIPELINE_PARTS:
        path = root / part
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(str(file.relative_to(root)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def cache_folder() -> Path:
    """Where extraction results are cached."""
    return Path(os.environ.get("TIMELINE_CACHE") or Path.home() / ".cache" / "timeline") / "extractions"


def cached_article(item: dict[str, Any], cache: Path | None) -> StoryArticle:
    """The article extracted, from the cache when it holds this article's result for this pipeline."""
    if cache is None:
        return story_article(item)
    key = hashlib.sha256("\x1f".join((pipeline_fingerprint(), item.get("dct") or "", item["text"])).encode()).hexdigest()
    path = cache / key[:2] / f"{key}.json"
    if path.is_file():
        return story_article(item, timeline_from_dict(json.loads(path.read_text(encoding="utf-8"))))
    article = story_article(item)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(json.dumps(timeline_dict(article.timeline), ensure_ascii=False), encoding="utf-8")
    partial.replace(path)  # whole or absent, also when two runs share the cache
    return article


def reference_dates(path: Path) -> tuple[str, ...]:
    """The distinct dates of a reference timeline, in order."""
    return tuple(sorted({entry["date"] for entry in json.loads(path.read_text(encoding="utf-8"))}))


def topic_folders(folder: str | Path) -> list[Path]:
    """The topic folders under ``folder`` (or ``folder`` itself when it is one)."""
    folder = Path(folder)
    if (folder / "articles.jsonl").is_file():
        return [folder]
    return sorted(path.parent for path in folder.glob("*/articles.jsonl"))


def score_topic(folder: Path, cache: Path | None = None, limit_articles: int | None = None,
                progress: Callable[[str], None] | None = None) -> TopicScore:
    """Build the topic's story timeline with k = the reference's number of dates and score its key dates.
    ``limit_articles`` takes only the first articles (a quick slice)."""
    reference = reference_dates(folder / "timeline.json")
    with open(folder / "articles.jsonl", encoding="utf-8") as handle:
        items = list(parse_lines(handle))[:limit_articles]
    articles = []
    for number, item in enumerate(items, start=1):
        articles.append(cached_article(item, cache))
        if progress is not None and number % 25 == 0:
            progress(f"{folder.name}: {number}/{len(items)} articles")
    story = build_story(articles, limit=len(reference))
    return TopicScore(folder.name, len(articles), reference, tuple(entry_day(event) for event in story))


def format_report(scores: list[TopicScore]) -> str:
    """Per topic: articles, k, matched dates, P/R/F1; then the average F1 over topics."""
    lines = [f"{'topic':<16} {'articles':>8} {'k':>3} {'matched':>7} {'P':>6} {'R':>6} {'F1':>6}"]
    for score in scores:
        lines.append(f"{score.topic:<16} {score.articles:>8} {len(score.reference):>3} {score.matched:>7} "
                     f"{score.precision:>6.3f} {score.recall:>6.3f} {score.f1:>6.3f}")
        lines.append(f"  chosen:  {' '.join(sorted(score.chosen))}")
        lines.append(f"  missed:  {' '.join(sorted(set(score.reference) - set(score.chosen)))}")
    if scores:
        lines.append(f"average date F1 over {len(scores)} topics: {sum(s.f1 for s in scores) / len(scores):.3f}")
    return "\n".join(lines)


def report_dict(scores: list[TopicScore]) -> dict[str, Any]:
    """The report as JSON."""
    return {"topics": [{"topic": s.topic, "articles": s.articles, "reference": list(s.reference),
                        "chosen": list(s.chosen), "matched": s.matched, "precision": s.precision,
                        "recall": s.recall, "f1": s.f1} for s in scores],
            "average_f1": sum(s.f1 for s in scores) / len(scores) if scores else 0.0}
