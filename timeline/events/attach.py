"""Which word of a sentence a time phrase dates: candidates, their syntactic features, the trained model.

The candidates are the sentence's content words outside its time phrases (verbs, nouns, adjectives).
Each is described by how the parse connects it to the time phrase: the dependency path between them, the
phrase's preposition, whether the candidate governs the phrase, whether both are in the same clause, on
which side and how far. A ranking perceptron (``data/attach.json``, built by
``python3 -m timeline.events.train`` from TimeBank and AQUAINT) picks the best candidate.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from timeline.events.parsed import ParsedSentence, TimePhrase, chain_up
from timeline.events.perceptron import RankingPerceptron
from timeline.events.phrases import is_word

MODEL_PATH = Path(__file__).with_name("data") / "attach.json"
CANDIDATE_POS = frozenset("VERB AUX NOUN ADJ".split())
_MAX_PATH = 6
EVENT_NOUN_RATIO = 0.3  # share of a noun's occurrences the corpus marks as events, for it to name one


def candidates(parsed: ParsedSentence, phrase: TimePhrase) -> list[int]:
    """Indices of the words that may be the event the phrase dates."""
    found = []
    own = phrase.indices
    asides = _asides(parsed, phrase)
    for token in parsed.tokens:
        if token.i in parsed.time_words or token.i in own or token.i in asides or token.pos_ not in CANDIDATE_POS \
                or not is_word(token):
            continue
        if token.pos_ == "AUX" and token.dep_ in ("aux", "auxpass") or token.dep_ == "prep":
            continue  # "has", "was" helping a verb (the verb is the candidate); "following", "starting" as prepositions
        found.append(token.i)
    return found


def _asides(parsed: ParsedSentence, phrase: TimePhrase) -> set[int]:
    """The words of the phrases set off by commas that the time phrase is not in: in "visited Bonny Island,
    the town involved, two weeks ago" or "Opponents, led by a taxpayers group, collected signatures last
    month" the date is not the aside's."""
    found: set[int] = set()
    tokens = parsed.tokens
    for token in tokens:
        if token.dep_ not in ("appos", "acl", "relcl") or token.i in found:
            continue
        first, last = token.left_edge.i, token.right_edge.i
        if first > 0 and tokens[first - 1].text == "," and (last + 1 == len(tokens) or tokens[last + 1].text in (",", ".")) \
                and not first <= phrase.head.i <= last:
            found.update(range(first, last + 1))
    return found



def _path(phrase_head, candidate, context) -> tuple[str, int, int]:
    """The dependency path from the phrase's head up to the lowest common ancestor and down to the
    candidate, as labels ("pobj<prep<|" up, then down), with the up and down lengths."""
    up_chain, up_positions = context.above, context.above_positions
    down_chain = [candidate]
    while down_chain[-1].i not in up_positions and down_chain[-1].head.i != down_chain[-1].i and len(down_chain) < 40:
        down_chain.append(down_chain[-1].head)
    meeting = down_chain[-1].i
    if meeting not in up_positions:
        return "none", len(up_chain), len(down_chain)  # two roots: spaCy split the sentence
    up_position, down_position = up_positions[meeting], len(down_chain) - 1
    up = [t.dep_ for t in up_chain[:up_position]]
    down = [t.dep_ for t in down_chain[:down_position]][::-1]
    return "<".join(up) + "|" + ">".join(down), up_position, down_position


def _bucket(count: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (9, "6-9")):
        if count <= limit:
            return name
    return "10+"


def eventive_class(ratios: dict[str, float], token) -> str:
    """How often the candidate's word (lemma and word class) named an event in the training corpus,
    in five classes; "unseen" for words seen fewer than twice."""
    ratio = ratios.get(event_key(token))
    if ratio is None:
        return "unseen"
    return "0" if ratio == 0 else "low" if ratio < .25 else "mid" if ratio < .6 else "high" if ratio < .9 else "all"


def event_key(token) -> str:
    """The key of a word in the table of how often words name events: lemma and coarse class."""
    return f"{token.lemma_.lower()}/{token.pos_}"


@dataclass(frozen=True)
class _PhraseContext:
    """What every candidate's features read about the time phrase, worked out once per phrase."""

    above: tuple  # the phrase head's ancestors, nearest first
    above_positions: dict  # their token index -> position in ``above``
    dated_by_others: frozenset[int]  # words other time phrases of the sentence hang from
    deictic: bool  # "Tuesday", "yesterday": a date of the news week


def _context(parsed: ParsedSentence, phrase: TimePhrase) -> _PhraseContext:
    above = tuple(chain_up(phrase.head))
    return _PhraseContext(
        above=above, above_positions={token.i: position for position, token in enumerate(above)},
        dated_by_others=frozenset(other.governor.i for other in parsed.phrases if other is not phrase and other.governor is not None),
        deictic=phrase.tokens[-1].lower_ in parsed.language.events.DEICTIC_TIME_WORDS)


def features(parsed: ParsedSentence, phrase: TimePhrase, index: int, ratios: dict[str, float],
             context: _PhraseContext | None = None) -> list[str]:
    """Features of the word ``index`` as the event ``phrase`` dates; ``ratios`` says how often each word
    named an event in the training corpus; ``context`` is the phrase's, when worked out already."""
    context = context or _context(parsed, phrase)
    words = parsed.language.events
    doc = parsed.tokens
    candidate, head = doc[index], phrase.head
    path, up, down = _path(head, candidate, context)
    short_path = path if up + down <= _MAX_PATH else f"long:{up}:{down}"
    preposition = phrase.preposition.lower_ if phrase.preposition is not None else "-"
    kind = candidate.tag_
    side = "L" if index < phrase.tokens.start else "R"
    governs = phrase.governor is not None and phrase.governor.i == index
    ancestor = context.above_positions.get(index, 0) > 0
    same_clause = parsed.clause_of[index] == parsed.clause_of[head.i]
    between = sum(1 for p in parsed.predicates if min(index, head.i) < p < max(index, head.i))
    lemma_class = ("report" if candidate.lemma_ in words.REPORTING_VERBS else "light" if candidate.lemma_ in words.LIGHT_VERBS
                   else "be" if candidate.lemma_ == "be" else "aspect" if candidate.lemma_ in words.ASPECTUAL_VERBS else "-")
    quoted = f"{index in parsed.quoted}{head.i in parsed.quoted}"
    main = parsed.main_predicate == index
    granularity = phrase.timex.granularity
    distance = _bucket(abs(index - head.i))
    eventive = eventive_class(ratios, candidate)
    # a word that another time phrase of the sentence hangs from is that phrase's event, more likely
    dated_by_other = index in context.dated_by_others
    deictic = context.deictic  # "Tuesday", "yesterday": a reporting date
    return [
        "bias",
        f"path={short_path}",
        f"path,kind={short_path},{kind}",
        f"up,down={up},{down}",
        f"prep={preposition},{kind},{side}",
        f"prep,path={preposition},{short_path}",
        f"headdep={head.dep_},{kind}",
        f"headdep,cdep={head.dep_},{candidate.dep_}",
        f"cdep={candidate.dep_},{kind}",
        f"kind={kind}",
        f"governs={governs},{kind}",
        f"governs,prep={governs},{preposition}",
        f"ancestor={ancestor},{kind}",
        f"clause={same_clause},{kind}",
        f"between={_bucket(between)},{same_clause}",
        f"side,distance={side},{distance}",
        f"side,distance,kind={side},{distance},{kind}",
        f"lemma_class={lemma_class},{governs}",
        f"lemma_class,gran={lemma_class},{granularity}",
        f"quoted={quoted}",
        f"main={main},{kind}",
        f"gran,kind={granularity},{kind}",
        f"eventive={eventive}",
        f"eventive,kind={eventive},{kind}",
        f"eventive,path={eventive},{short_path}",
        f"other={dated_by_other},{kind}",
        f"other,governs={dated_by_other},{governs}",
        f"deictic,class={deictic},{lemma_class},{governs}",
        f"deictic,path={deictic},{short_path}",
    ]


class Attacher:
    """The trained attachment model."""

    def __init__(self, weights: dict[str, float], ratios: dict[str, float]) -> None:
        self.model = RankingPerceptron(weights)
        self.ratios = ratios

    def choose(self, parsed: ParsedSentence, phrase: TimePhrase) -> int | None:
        """The index of the word the phrase dates, or None when the sentence has no candidate."""
        found = candidates(parsed, phrase)
        if not found:
            return None
        context = _context(parsed, phrase)
        best = self.model.best([features(parsed, phrase, index, self.ratios, context) for index in found])
        return found[best]

    def names_event(self, token, words) -> bool:
        """Whether a noun names an event: it mostly did in the training corpus, or, unseen there, it is a noun of
        a happening (``words.EVENT_NOUNS``: "crash", "grab") or has the ending of a noun made from a verb
        ("nomination", "settlement"). ``words`` is the language's word lists."""
        ratio = self.ratios.get(event_key(token))
        if ratio is not None:
            return ratio >= EVENT_NOUN_RATIO
        lemma = token.lemma_.lower()
        return lemma in words.EVENT_NOUNS or lemma.endswith(words.EVENT_NOUN_SUFFIXES)

    def to_json(self) -> dict:
        """The model as saved."""
        return {"weights": dict(sorted(self.model.weights.items())), "eventive": dict(sorted(self.ratios.items()))}


@lru_cache(maxsize=4)
def load_attacher(path: str = str(MODEL_PATH)) -> Attacher:
    """The shipped model (cached)."""
    with open(path, encoding="utf-8") as handle:
        saved = json.load(handle)
    return Attacher(saved["weights"], saved["eventive"])
