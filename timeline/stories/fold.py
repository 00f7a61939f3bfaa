"""Fold the mentions of one happening across articles into one story event.

Two mentions can be one happening only when their dates agree: the same day (a time of day counts as its
day, since one article says "Tuesday" and another "Tuesday at 4:53 p.m."), or the same value for coarser
dates. Mentions are bucketed by that key and compared only within their bucket, and within it only with
the clusters sharing one of their words (an inverted index), so the cost grows with the number of mentions,
not with its square. A mention joins the most similar cluster when their headlines are similar enough
(``SAME_HAPPENING``); otherwise it starts a cluster of its own.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from timeline.model import Event
from timeline.stories.model import StoryArticle, StoryEvent
from timeline.stories.similarity import Vector, cosine

# Cosine of two headlines' TF-IDF vectors from which they tell one happening. Paraphrases across outlets
# share their rare words (names, figures, the verb's stem) but little else, so the bar is below one half.
SAME_HAPPENING = 0.4
# Granularities at or finer than a day: their mentions are bucketed by their day.
DAY_OR_FINER = frozenset({"day", "part-of-day", "hour", "minute", "second"})


@dataclass(frozen=True)
class Mention:
    """One article's event, with the TF-IDF vector of its headline."""

    article: StoryArticle
    event: Event
    vector: Vector
    lede: bool


@dataclass
class Cluster:
    """Mentions of one happening, and the sum of their vectors (the direction of its centroid)."""

    key: tuple
    total: Vector = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)

    def add(self, mention: Mention) -> list[str]:
        """Take a mention in; returns the words new to the cluster."""
        new = [word for word in mention.vector if word not in self.total]
        for word, weight in mention.vector.items():
            self.total[word] = self.total.get(word, 0.0) + weight
        self.mentions.append(mention)
        return new

    def similarity(self, vector: Vector) -> float:
        """Cosine of a unit vector with the cluster's centroid."""
        norm = math.sqrt(sum(weight * weight for weight in self.total.values())) or 1.0
        return cosine(vector, self.total) / norm

    def similarity_of(self, mention: Mention) -> float:
        """How close one of the cluster's mentions is to its centroid."""
        return self.similarity(mention.vector)


def date_key(event: Event | StoryEvent) -> tuple[str, str | None]:
    """Where an event is bucketed: its day for a day or finer, else its value; and its end's."""
    def key(timex) -> str:
        return timex.earliest[:10] if timex.granularity in DAY_OR_FINER and timex.earliest else timex.value

    return key(event.date), key(event.end_date) if event.end_date is not None else None


def fold(mentions: list[Mention], threshold: float = SAME_HAPPENING) -> list[Cluster]:
    """Group mentions into clusters of one happening each, in the order of their first mention."""
    clusters: list[Cluster] = []
    index: dict[tuple, dict[str, list[int]]] = {}  # date key -> word -> positions of clusters whose seed has it
    for mention in mentions:
        key = date_key(mention.event)
        words = index.setdefault(key, {})
        candidates = {position for word in mention.vector for position in words.get(word, ())}
        best, best_similarity = None, threshold
        for position in sorted(candidates):
            similarity = clusters[position].similarity(mention.vector)
            if similarity >= best_similarity:
                best, best_similarity = position, similarity
        if best is None:
            clusters.append(Cluster(key))
            best = len(clusters) - 1
        for word in clusters[best].add(mention):
            words.setdefault(word, []).append(best)
    return clusters
