"""Event triggers: how likely each word is to name an event, from its form and its neighbours.

A binary averaged perceptron trained on every gold EVENT of TimeBank/AQUAINT; its
score is a feature of the attachment model and picks the predicate of undated sentences.
"""
from __future__ import annotations

from timeline.events.perceptron import RankingPerceptron
from timeline.events.tokens import Token


def trigger_features(tokens: list[Token], index: int) -> list[str]:
    """Features of tokens[index] as a possible event trigger."""
    token = tokens[index]
    lower = token.lower
    previous = tokens[index - 1] if index > 0 else None
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return [
        "bias",
        f"w={lower}",
        f"suf2={lower[-2:]}",
        f"suf3={lower[-3:]}",
        f"suf4={lower[-4:]}",
        f"tag={token.tag}",
        f"cap={token.text[:1].isupper()}",
        f"prev={previous.lower if previous else '<s>'}",
        f"prev_tag={previous.tag if previous else '<s>'}",
        f"next={following.lower if following else '</s>'}",
        f"next_tag={following.tag if following else '</s>'}",
        f"prev_tag,tag={previous.tag if previous else '<s>'},{token.tag}",
        f"tag,next_tag={token.tag},{following.tag if following else '</s>'}",
    ]


class TriggerModel:
    """Scores words as event triggers (positive: probably an event)."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.model = RankingPerceptron(weights)

    def score(self, tokens: list[Token], index: int) -> float:
        """The trigger score of tokens[index]."""
        return self.model.score(trigger_features(tokens, index))


def train_triggers(sentences: list[tuple[list[Token], set[int]]], epochs: int, shuffler) -> TriggerModel:
    """Train on (sentence tokens, indices of gold event tokens); an empty rival stands for "not an event"."""
    model = RankingPerceptron()
    examples = [(trigger_features(tokens, index), index in gold) for tokens, gold in sentences for index in range(len(tokens))
                if tokens[index].tag not in ("PUNCT", "QUOTE", "NUM")]
    for _ in range(epochs):
        shuffler.shuffle(examples)
        for features, is_event in examples:
            # Two candidates: the word's features, or nothing (score 0); the gold one is the answer.
            model.update([features, []], {0} if is_event else {1})
    return TriggerModel(model.averaged())
