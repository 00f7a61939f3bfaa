"""An averaged perceptron that ranks candidates (Collins 2002), small enough to ship as JSON."""
from __future__ import annotations

from collections import defaultdict
from itertools import repeat
from typing import Iterable, Sequence


class RankingPerceptron:
    """Scores feature lists; trained to put a gold candidate above the others."""

    def __init__(self, weights: dict[str, float] | None = None) -> None:
        self.weights: dict[str, float] = dict(weights or {})
        self._totals: dict[str, float] = defaultdict(float)
        self._stamps: dict[str, int] = defaultdict(int)
        self._clock = 0

    def score(self, features: Iterable[str]) -> float:
        """The sum of the weights of the features."""
        # summed left to right as a generator would, but without a Python frame per feature (it is the
        # innermost loop of attachment)
        return sum(map(self.weights.get, features, repeat(0.0)))

    def best(self, candidates: Sequence[list[str]]) -> int:
        """Index of the best-scoring candidate (the first one on ties, for determinism)."""
        scores = [self.score(features) for features in candidates]
        return max(range(len(scores)), key=lambda index: (scores[index], -index))

    def update(self, candidates: Sequence[list[str]], gold: set[int]) -> bool:
        """One training step; returns True when the prediction was already right."""
        self._clock += 1
        guess = self.best(candidates)
        if guess in gold:
            return True
        truth = max(sorted(gold), key=lambda index: self.score(candidates[index]))
        for feature in candidates[truth]:
            self._add(feature, 1.0)
        for feature in candidates[guess]:
            self._add(feature, -1.0)
        return False

    def _add(self, feature: str, delta: float) -> None:
        weight = self.weights.get(feature, 0.0)
        self._totals[feature] += (self._clock - self._stamps[feature]) * weight
        self._stamps[feature] = self._clock
        self.weights[feature] = weight + delta

    def averaged(self) -> dict[str, float]:
        """The averaged weights, rounded and without zeros (what gets saved)."""
        averaged = {}
        for feature, weight in self.weights.items():
            total = self._totals[feature] + (self._clock - self._stamps[feature]) * weight
            value = round(total / max(self._clock, 1), 4)
            if value:
                averaged[feature] = value
        return averaged
