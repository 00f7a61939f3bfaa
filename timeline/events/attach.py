"""Which word of a sentence a time phrase dates: candidates, their features, the trained model.

The model (``data/attach.json``) is built by ``python3 -m timeline.events.train``
from the gold EVENT/TLINK annotations of TimeBank and AQUAINT.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from timeline.events import lexicon
from timeline.events.perceptron import RankingPerceptron
from timeline.events.tokens import Token
from timeline.events.triggers import TriggerModel

MODEL_PATH = Path(__file__).with_name("data") / "attach.json"
# Word classes that can never be the event a date belongs to.
_NOT_CANDIDATES = frozenset("PUNCT QUOTE DET PREP CONJ PRON NUM SUB".split())


def candidates(tokens: list[Token], first: int, last: int) -> list[int]:
    """Indices of the tokens that may be the event dated by tokens[first:last + 1]."""
    return [index for index, token in enumerate(tokens)
            if not first <= index <= last and token.tag not in _NOT_CANDIDATES and token.lower not in lexicon.STOPWORDS_ATTACH]


def modifier(tokens: list[Token], index: int) -> bool:
    """A participle inside a noun phrase, not a predicate: "an alleged kidnapping plot", "the rising prices"."""
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    previous = tokens[index - 1] if index > 0 else None
    return (token.tag == "VERB" and token.lower.endswith(("ed", "ing")) and following is not None and following.tag == "NOUN"
            and previous is not None and (previous.tag in ("DET", "ADJ", "CONJ") or previous.tag == "VERB" and previous.lower.endswith("ed")))


def _bucket(count: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (9, "6-9")):
        if count <= limit:
            return name
    return "10+"


def _score_bucket(score: float) -> str:
    return "--" if score < -2 else "-" if score < 0 else "+" if score < 2 else "++"


def features(tokens: list[Token], index: int, first: int, last: int, scores: list[float]) -> list[str]:
    """Features of candidate ``index`` for the time phrase spanning tokens first..last.

    ``scores`` are the trigger scores of the sentence's tokens (``triggers``).
    """
    token = tokens[index]
    side = "L" if index < first else "R"
    lo, hi = (index + 1, first) if side == "L" else (last + 1, index)
    between = tokens[lo:hi]
    rate = _score_bucket(scores[index])
    eventy = [position for position in range(lo, hi) if scores[position] > 0 and tokens[position].tag not in _NOT_CANDIDATES]
    same_side = [t for position, t in enumerate(tokens) if (position < first if side == "L" else position > last)
                 and t.tag not in _NOT_CANDIDATES and scores[position] > 0]
    distance = _bucket(len(between))
    before_timex = tokens[first - 1].lower if first > 0 else "<s>"
    clause_break = any(t.lower in lexicon.CLAUSE_OPENERS or t.tag == "QUOTE" or t.text in (";", ":") for t in between)
    # Structure, not words: whether the candidate is a verb in the time phrase's own clause segment.
    segment_break = any(t.text in (",", ";", ":") or t.tag in ("QUOTE", "SUB") or t.lower in lexicon.CLAUSE_OPENERS for t in between)
    verbs_between = sum(t.tag in ("VERB", "AUX") for t in between)
    is_verb = token.tag in ("VERB", "AUX") and not modifier(tokens, index)
    fronted = first == 0 or tokens[first - 1].lower in lexicon.TIME_PREPOSITIONS and first == 1
    first_verb_after = side == "R" and is_verb and verbs_between == 0
    values = [
        "bias",
        f"suf={token.lower[-3:]}",
        f"tag={token.tag}",
        f"rate={rate}",
        f"side={side}",
        f"side,dist={side},{distance}",
        f"side,tag={side},{token.tag}",
        f"side,rate,dist={side},{rate},{distance}",
        f"eventy_between={side},{_bucket(len(eventy))}",
        f"rate,eventy_between={rate},{side},{_bucket(len(eventy))}",
        f"comma_between={side},{any(t.text == ',' for t in between)}",
        f"clause_break={side},{clause_break}",
        f"prep={before_timex}",
        f"prep,side={before_timex},{side}",
        f"prep,side,dist={before_timex},{side},{distance}",
        f"segment_break={side},{segment_break},{is_verb}",
        f"verbs_between={side},{_bucket(verbs_between)},{is_verb}",
        f"fronted_first_verb={fronted},{first_verb_after}",
        f"nearest_verb={side},{is_verb and verbs_between == 0}",
        f"prev={tokens[index - 1].lower if index > 0 else '<s>'}",
        f"prev_tag={tokens[index - 1].tag if index > 0 else '<s>'}",
        f"timex_first={first == 0 or tokens[first - 1].tag in ('QUOTE', 'PUNCT')}",
        f"nearest={side},{rate},{bool(same_side) and (same_side[-1] if side == 'L' else same_side[0]) is token}",
        f"best_in_sentence={scores[index] >= max(scores)}",
        f"report={token.lower in lexicon.REPORTING_VERBS},{side},{distance}",
    ]
    return values


class Attacher:
    """Applies the trained model: picks the dated word for a time phrase."""

    def __init__(self, weights: dict[str, float], triggers: TriggerModel) -> None:
        self.model = RankingPerceptron(weights)
        self.triggers = triggers

    def trigger_scores(self, tokens: list[Token]) -> list[float]:
        """The trigger score of every token of a sentence."""
        return [self.triggers.score(tokens, index) for index in range(len(tokens))]

    def choose(self, tokens: list[Token], first: int, last: int) -> int | None:
        """Index of the token dated by tokens[first:last + 1], or None when the sentence has none."""
        pool = candidates(tokens, first, last)
        if not pool:
            return None
        scores = self.trigger_scores(tokens)
        scored = [features(tokens, index, first, last, scores) for index in pool]
        return pool[self.model.best(scored)]

    def to_json(self) -> dict:
        """The model as saved in ``data/attach.json``."""
        return {"attach": dict(sorted(self.model.weights.items())), "triggers": dict(sorted(self.triggers.model.weights.items()))}


@lru_cache(maxsize=1)
def load_attacher(path: str = str(MODEL_PATH)) -> Attacher:
    """Load the shipped model once."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Attacher(data["attach"], TriggerModel(data["triggers"]))
