"""Value objects of story timelines."""
from __future__ import annotations

from dataclasses import dataclass

from timeline.model import Span, Timeline, Timex


@dataclass(frozen=True)
class StoryArticle:
    """One article of the story: its id, publication date, extraction result and where it came from.

    ``lede`` is the article's first body sentence (its news in one sentence), when known; ``text`` is what a
    query is matched against (the event sentences are used when it is empty).
    """

    id: str
    dct: str | None
    timeline: Timeline
    url: str | None = None
    title: str | None = None
    lede: Span | None = None
    text: str = ""


@dataclass(frozen=True)
class Source:
    """One article reporting a story event, with the sentence that tells it."""

    article: str
    sentence: str
    dct: str | None = None
    url: str | None = None
    title: str | None = None
    lede: bool = False  # the sentence is the article's lede


@dataclass(frozen=True)
class StoryEvent:
    """A happening of the story: its date, a headline, every article reporting it, and its importance."""

    date: Timex
    headline: str
    sources: tuple[Source, ...]
    score: float = 0.0
    end_date: Timex | None = None

    @property
    def articles(self) -> int:
        """How many distinct articles report it."""
        return len({source.article for source in self.sources})
