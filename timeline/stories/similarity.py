"""When two headlines tell the same happening: TF-IDF cosine over their content words.

Articles of one story share its vocabulary ("swine flu", "earthquake"), so a word's weight is its inverse
document frequency over the story's articles: a word every article uses says nothing about which happening
a headline tells; a rare one (a name, a figure, "phase 5") says a lot.
"""
from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import Iterable

from timeline import languages
from timeline.events.repeats import content_words

Vector = dict[str, float]
# How much a word of the sentence around a headline counts beside the headline's own: the sentence names
# the place, the people and the figures a short headline ("The earthquake") leaves out.
CONTEXT_WEIGHT = 0.5


@lru_cache(maxsize=None)
def _neutral_stems(language: str) -> frozenset[str]:
    return frozenset(content_words(" ".join(languages.load(language).stories.NEUTRAL_WORDS), language))


def headline_words(text: str, language: str = languages.DEFAULT) -> frozenset[str]:
    """The stems of a headline's content words, neutral words (reporting, hedging, function words) left out."""
    return frozenset(content_words(text, language) - _neutral_stems(language))


class Weights:
    """Inverse document frequencies of words over a collection of documents (each a set of words)."""

    def __init__(self, documents: Iterable[Iterable[str]]):
        self.frequency: Counter[str] = Counter()
        self.size = 0
        for words in documents:
            self.size += 1
            self.frequency.update(set(words))

    def idf(self, word: str) -> float:
        """Smoothed inverse document frequency: 1 for a word in every document, more for rarer ones."""
        return math.log((1 + self.size) / (1 + self.frequency[word])) + 1.0

    def vector(self, words: Iterable[str], context: Iterable[str] = ()) -> Vector:
        """The unit-length TF-IDF vector of a set of words, with ``context`` words (those of the sentence
        around a headline) counting ``CONTEXT_WEIGHT`` as much."""
        weights = {word: CONTEXT_WEIGHT * self.idf(word) for word in context}
        weights.update((word, self.idf(word)) for word in words)
        norm = math.sqrt(sum(weight * weight for weight in weights.values())) or 1.0
        return {word: weight / norm for word, weight in weights.items()}


def cosine(first: Vector, second: Vector) -> float:
    """Cosine of two unit vectors."""
    if len(first) > len(second):
        first, second = second, first
    return sum(weight * second.get(word, 0.0) for word, weight in first.items())
