"""Which word of a sentence a time phrase dates: candidates, their features, the trained model.

The model (``data/attach.json``) is built by ``python3 -m timeline.events.train``
from the gold EVENT/TLINK annotations of TimeBank and AQUAINT.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from timeline.events import lexicon
from timeline.events.perceptron import RankingPerceptron
from timeline.events.tokens import Token, entry, opening_participle_phrase, participle_phrases
from timeline.events.triggers import TriggerModel

MODEL_PATH = Path(__file__).with_name("data") / "attach.json"
# Word classes that can never be the event a date belongs to.
_NOT_CANDIDATES = frozenset("PUNCT QUOTE DET PREP CONJ PRON NUM SUB".split())


def candidates(tokens: list[Token], first: int, last: int, excluded: frozenset[int] | set[int] = frozenset()) -> list[int]:
    """Indices of the tokens that may be the event dated by tokens[first:last + 1]; ``excluded`` are the
    words of the sentence's other time phrases, which are no events."""
    asides = _participle_asides(tokens, first, last)
    return [index for index, token in enumerate(tokens)
            if not first <= index <= last and index not in excluded and token.tag not in _NOT_CANDIDATES
            and token.lower not in lexicon.STOPWORDS_ATTACH and index not in asides]


def _participle_asides(tokens: list[Token], first: int, last: int) -> set[int]:
    """Participles opening a phrase set off by commas that the time phrase is not in: in "Opponents, led
    by the association, collected signatures last fall" the date tells when they collected, not led.
    A date inside the phrase is its own ("The group, founded in 1990, ...")."""
    return {participle for participle, closing in participle_phrases(tokens)
            if not participle < first <= last < (len(tokens) if closing is None else closing)}


def modifier(tokens: list[Token], index: int) -> bool:
    """A participle inside a noun phrase, not a predicate: "an alleged kidnapping plot", "the rising prices",
    "Alinejad’s alleged kidnappers"."""
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    previous = tokens[index - 1] if index > 0 else None
    return (token.tag == "VERB" and token.lower.endswith(("ed", "ing")) and following is not None and following.tag == "NOUN"
            and previous is not None and (previous.tag in ("DET", "ADJ", "CONJ") or previous.tag == "VERB" and previous.lower.endswith("ed")
                                          or previous.lower.endswith(("'s", "’s")) or previous.lower in lexicon.POSSESSIVE_PRONOUNS))


def _bucket(count: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (9, "6-9")):
        if count <= limit:
            return name
    return "10+"


def _score_bucket(score: float) -> str:
    return "--" if score < -2 else "-" if score < 0 else "+" if score < 2 else "++"


@dataclass(frozen=True)
class Phrase:
    """A time phrase, tokens[first..last], with what the features need to know about its sentence (worked out once)."""

    first: int
    last: int
    verbs_left: tuple[int, ...]  # predicates before the phrase, nearest first (participles in noun phrases left out)
    verbs_right: tuple[int, ...]  # predicates after it, nearest first
    head: int | None  # the noun the phrase modifies from inside a noun phrase, if it does
    opens_clause: bool
    before: str  # the word or class before the phrase (``_word_or_tag``)
    after: str  # and after it


def phrase(tokens: list[Token], first: int, last: int) -> Phrase:
    """The ``Phrase`` for tokens[first..last]."""
    def predicates(positions: range) -> tuple[int, ...]:
        return tuple(p for p in positions if tokens[p].tag in ("VERB", "AUX") and not modifier(tokens, p))

    return Phrase(first, last, predicates(range(first - 1, -1, -1)), predicates(range(last + 1, len(tokens))),
                  _premodifier(tokens, first, last), _opens_clause(tokens, first),
                  _word_or_tag(tokens, first - 1), _word_or_tag(tokens, last + 1))


def features(tokens: list[Token], index: int, time: Phrase, scores: list[float]) -> list[str]:
    """Features of candidate ``index`` for the time phrase ``time``.

    ``scores`` are the trigger scores of the sentence's tokens (``triggers``).
    """
    first, last = time.first, time.last
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
    # Cues that carry over to unseen words: how the candidate is used (its form), which predicate it is counting
    # from the time phrase (rank), and where the phrase sits (opening a clause, inside a noun phrase).
    form = _verb_form(tokens, index)
    verbs = time.verbs_left if side == "L" else time.verbs_right
    rank = verbs.index(index) if index in verbs else -1
    values += [
        f"form={form}",
        f"form,side,dist={form},{side},{distance}",
        f"vrank={side},{min(rank, 3)},{form}",
        f"vrank,segment={side},{min(rank, 3)},{segment_break}",
        f"premod={time.head is not None},{index == time.head}",
        f"premod,side={time.head is not None},{side},{token.tag}",
        # "planned to apply for visas today": the date goes with the verb that governs the infinitive.
        f"governs_inf={side == 'L' and rank == 1 and _verb_form(tokens, verbs[0]) == 'inf'},{form}",
        f"opens_clause={time.opens_clause},{side},{min(rank, 2)}",
        f"after_timex={time.after},{side},{min(rank, 2)}",
        f"before_timex={time.before},{side},{min(rank, 2)}",
        # The word itself, by its dictionary form ("had" a loss, "visit", "meeting"), the classes the lexicon
        # allows it ("loss" is only a noun, "plot" noun or verb), and its class next to the time phrase's preposition.
        f"lemma={token.lemma},{side}",
        f"tag,prep,side,dist={token.tag},{before_timex},{side},{distance}",
        f"classes,side,dist={','.join(sorted(entry(token.lower).classes))},{side},{distance}",
        f"path={side},{_path(tokens, lo, hi, side)},{token.tag}",
    ]
    return values


def _path(tokens: list[Token], lo: int, hi: int, side: str) -> str:
    """The words between a candidate and the time phrase, reduced to their skeleton: function words as
    themselves, runs of verbs and of nouns as V and N ("V_N_in" for "signed the plan in"), adjectives and
    adverbs left out; the six steps nearest the time phrase. It stands for the syntactic path from the
    candidate to the phrase, which says whether the phrase modifies it."""
    steps: list[str] = []
    for token in tokens[lo:hi]:
        if token.tag in ("PREP", "SUB", "CONJ", "PUNCT", "AUX"):
            step = token.lower
        elif token.tag == "QUOTE":
            step = "Q"
        elif token.tag == "VERB":
            step = "V"
        elif token.tag in ("NOUN", "NAME", "PRON", "NUM"):
            step = "N"
        else:
            continue
        if not steps or steps[-1] != step:
            steps.append(step)
    return "_".join(steps[-6:] if side == "R" else steps[:6])


def _word_or_tag(tokens: list[Token], index: int) -> str:
    """A function word or punctuation as itself, a content word as its class."""
    if not 0 <= index < len(tokens):
        return "<s>"
    token = tokens[index]
    return token.lower if token.tag in ("PUNCT", "QUOTE", "PREP", "CONJ", "SUB", "DET", "AUX") or token.lower in lexicon.REPORTING_VERBS else token.tag


def _opens_clause(tokens: list[Token], first: int) -> bool:
    """Whether the time phrase (with its preposition) starts a clause: "In 2018, the council ...", "said Friday's trading ..."."""
    before = first - 1
    if before >= 0 and tokens[before].lower in lexicon.TIME_PREPOSITIONS:
        before -= 1
    return (before < 0 or tokens[before].text in (",", ";", ":") or tokens[before].tag in ("QUOTE", "CONJ", "SUB")
            or tokens[before].lower == "that" or tokens[before].lower in lexicon.REPORTING_VERBS)


def _verb_form(tokens: list[Token], index: int) -> str:
    """What the words before a candidate say about it: infinitive, after an auxiliary, after a subject, in a noun phrase."""
    token = tokens[index]
    position = index - 1
    while position >= 0 and tokens[position].tag == "ADV":
        position -= 1
    previous = tokens[position] if position >= 0 else None
    if previous is None:
        return f"first,{token.tag}"
    if previous.lower == "to":
        return "inf" if token.tag in ("VERB", "AUX") else f"to,{token.tag}"
    if previous.tag == "AUX":
        return f"aux,{token.tag}"
    if previous.tag in ("DET", "ADJ", "PREP", "NUM") or previous.lower.endswith(("'s", "’s")):
        return f"np,{token.tag}"
    if previous.tag in ("NOUN", "NAME", "PRON"):
        return f"subj,{token.tag}"
    return f"{previous.tag},{token.tag}"


def _premodifier(tokens: list[Token], first: int, last: int) -> int | None:
    """The head noun a time phrase modifies from inside a noun phrase ("the 1959 trade embargo", "last year's blasts")."""
    before = tokens[first - 1] if first > 0 else None
    inside_np = tokens[last].lower.endswith(("'s", "’s")) or (before is not None and before.tag in ("DET", "PREP") and before.lower not in lexicon.TIME_PREPOSITIONS)
    if not inside_np:
        return None
    head = None
    for position in range(last + 1, len(tokens)):
        if tokens[position].tag in ("NOUN", "NAME", "ADJ") or tokens[position].tag == "VERB" and tokens[position].lower.endswith("ing"):
            head = position
        else:
            break
    return head


def _fronted_predicate(tokens: list[Token], first: int, last: int) -> int | None:
    """The main predicate after a time phrase that opens the sentence and is set off by a comma:
    "On Friday, the Kenyan government planned ...", "Last month, Polly Peck posted ...".

    A fronted adverbial modifies the clause that follows it, whose predicate is its first finite verb
    (the verb after an auxiliary), past relative clauses ("Security Pacific, which is ..., completed"),
    participles ("a group led by ...", ", including Slepian,") and participles inside noun phrases.
    """
    opening = first == 0 or first == 1 and tokens[0].tag == "PREP"
    if not opening or last + 1 >= len(tokens) or tokens[last + 1].text != ",":
        return None
    return main_predicate(tokens, last + 2)


def main_predicate(tokens: list[Token], start: int) -> int | None:
    """The first finite verb from tokens[start] on, past relative clauses, participle phrases and
    participles in the subject: the predicate of the clause that starts there."""
    position = start
    while position < len(tokens):
        token = tokens[position]
        aside = token.lower in lexicon.RELATIVE_PRONOUNS or (token.text == "," and position + 1 < len(tokens)
                                                             and tokens[position + 1].tag == "VERB" and tokens[position + 1].lower.endswith("ing"))
        if aside and position > start:  # skip to the comma that closes the relative clause or participle phrase
            position = next((i for i in range(position + 1, len(tokens)) if tokens[i].text == ","), len(tokens)) + 1
            continue
        if token.tag in ("VERB", "AUX") and not modifier(tokens, position) and not (
                token.lower.endswith("ed") and position + 1 < len(tokens) and tokens[position + 1].lower == "by"):
            if token.tag == "AUX":
                following = position + 1
                while following < len(tokens) and tokens[following].tag in ("ADV", "AUX"):
                    following += 1
                if following < len(tokens) and tokens[following].tag == "VERB":
                    return following
            return position
        position += 1
    return None


class Attacher:
    """Applies the trained model: picks the dated word for a time phrase."""

    def __init__(self, weights: dict[str, float], triggers: TriggerModel) -> None:
        self.model = RankingPerceptron(weights)
        self.triggers = triggers

    def trigger_scores(self, tokens: list[Token]) -> list[float]:
        """The trigger score of every token of a sentence."""
        return [self.triggers.score(tokens, index) for index in range(len(tokens))]

    def choose(self, tokens: list[Token], first: int, last: int, excluded: frozenset[int] | set[int] = frozenset()) -> int | None:
        """Index of the token dated by tokens[first:last + 1], or None when the sentence has none.

        ``excluded``: words that cannot be the event (the sentence's other time phrases)."""
        closing = opening_participle_phrase(tokens)
        if closing is not None and last < closing:
            # "Born in Bergen in 1934, Olsen joined ...": the date is the past participle's, an event before the
            # main clause's; "Speaking in Oslo on Monday, the minister said" dates the saying.
            return 0 if not tokens[0].lower.endswith("ing") else main_predicate(tokens, closing + 1)
        fronted = _fronted_predicate(tokens, first, last)
        if fronted is not None and fronted not in excluded:
            return fronted
        pool = candidates(tokens, first, last, excluded)
        if not pool:
            return None
        scores = self.trigger_scores(tokens)
        time = phrase(tokens, first, last)
        scored = [features(tokens, index, time, scores) for index in pool]
        return pool[self.model.best(scored)]

    def to_json(self) -> dict:
        """The model as saved in ``data/attach.json``."""
        return {"attach": dict(sorted(self.model.weights.items())), "triggers": dict(sorted(self.triggers.model.weights.items()))}


@lru_cache(maxsize=1)
def load_attacher(path: str = str(MODEL_PATH)) -> Attacher:
    """Load the shipped model once."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Attacher(data["attach"], TriggerModel(data["triggers"]))
