"""One parsed sentence, read by every step of the event stage.

``ParsedSentence`` is built once per sentence that needs a parse (it has a time phrase, it is the lede,
or it may be dated by the publication date). It holds spaCy's ``Doc`` of the sentence and the named parts
the steps read: its time phrases mapped onto tokens, its predicates, the clause each word belongs to, the
subject of each predicate and the words inside quotation marks. Attachment, headlines and pronoun
resolution read these parts through spaCy's own objects (``Token.head``, ``.children``, ``.subtree``)
instead of recomputing them.

Offsets: ``token.idx`` counts from the start of the sentence; ``document_start(token)`` gives the offset
in the article.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Iterable

from timeline.model import Sentence, Timex

# Dependency labels of a word that heads a clause of its own (spaCy's English labels, ClearNLP style).
CLAUSE_LABELS = frozenset("ROOT ccomp advcl relcl conj parataxis csubj csubjpass acl pcomp".split())
SUBJECT_LABELS = frozenset("nsubj nsubjpass csubj csubjpass expl".split())
# Labels through which a predicate shares the subject of the one it hangs from ("retired but continued",
# "planned to leave").
SUBJECT_SHARING = frozenset("conj xcomp advcl acl".split())
_VERBAL = frozenset("VERB AUX".split())


@dataclass(frozen=True)
class TimePhrase:
    """A time expression of the sentence on its tokens: ``tokens`` is a spaCy ``Span``."""

    timex: Timex
    tokens: object  # spacy.tokens.Span
    head: object  # spacy.tokens.Token: the word of the phrase the rest hangs from
    preposition: object | None  # the preposition that opens it ("in", "on", "since"), if any
    governor: object | None  # the word outside the phrase it modifies (through its preposition)

    @property
    def indices(self) -> range:
        """Token indices of the phrase."""
        return range(self.tokens.start, self.tokens.end)


@dataclass(frozen=True)
class ParsedSentence:
    """A sentence with its parse and the parts every step reads."""

    sentence: Sentence
    doc: object  # spacy.tokens.Doc of sentence.text
    tokens: tuple  # its Tokens, made once: indexing a Doc makes a new Token object every time
    language: ModuleType  # the language package (timeline.languages.en)
    phrases: tuple[TimePhrase, ...]  # every time expression of the sentence, durations and sets included
    time_words: frozenset[int]  # token indices inside any time phrase
    quoted: frozenset[int]  # token indices inside quotation marks
    predicates: tuple[int, ...]  # token indices of the words that head clauses, in order
    clause_of: tuple[int, ...]  # for each token, the index of the predicate heading its clause
    subject_of: dict  # predicate index -> index of the head of its subject (shared subjects included)
    main_predicate: int | None  # the predicate of the main clause: the root's, or the first predicate

    @property
    def offset(self) -> int:
        """Offset of the sentence's first character in the article."""
        return self.sentence.start

    def entity_type(self, token) -> str:
        """The named-entity label of a token of this sentence ("PERSON", "ORDINAL", "" for none). Entities are
        recognized on first use, for the whole sentence: every reader sees the same labels, whichever asked first."""
        from timeline.events.parser import entities  # the parser module loads spaCy: imported when first needed

        entities(self.doc, self.language.__name__.rsplit(".", 1)[-1])
        return token.ent_type_

    def document_start(self, token) -> int:
        """Offset of a token in the article."""
        return self.sentence.start + token.idx

    def document_end(self, token) -> int:
        """Offset just past a token in the article."""
        return self.sentence.start + token.idx + len(token.text)


def chain_up(token) -> list:
    """The token and the words above it in the tree, nearest first."""
    return [token, *token.ancestors]


def build(sentence: Sentence, doc, timexes: Iterable[Timex], language: ModuleType) -> ParsedSentence:
    """The parsed sentence for ``doc`` (spaCy's parse of ``sentence.text``) and the article's time
    expressions that start inside it."""
    tokens = tuple(doc)
    phrases = tuple(phrase for phrase in (_time_phrase(sentence, doc, timex) for timex in timexes) if phrase is not None)
    time_words = frozenset(index for phrase in phrases for index in phrase.indices)
    predicates = tuple(token.i for token in tokens if _heads_clause(token))
    predicate_set = frozenset(predicates)
    clause_of = _clause_heads([token.head.i for token in tokens], predicate_set)
    roots = [index for index in predicates if tokens[index].dep_ == "ROOT"]
    return ParsedSentence(
        sentence=sentence, doc=doc, tokens=tokens, language=language, phrases=phrases, time_words=time_words,
        quoted=_quoted(tokens, language), predicates=predicates, clause_of=clause_of,
        subject_of={index: subject for index in predicates if (subject := _subject(tokens[index])) is not None},
        main_predicate=roots[0] if roots else (predicates[0] if predicates else None),
    )


def _time_phrase(sentence: Sentence, doc, timex: Timex) -> TimePhrase | None:
    start, end = timex.start - sentence.start, timex.end - sentence.start
    if start < 0 or end > len(sentence.text) or start >= end:
        return None  # a zero-width or out-of-sentence time (the DCT's own span) has no tokens here
    tokens = doc.char_span(start, end, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return None
    inside = range(tokens.start, tokens.end)
    head = next((token for token in tokens if token.head.i not in inside or token.head.i == token.i), tokens[0])
    preposition = governor = None
    outside = head.head if head.head.i not in inside else None
    if outside is not None:
        if outside.dep_ == "prep" or outside.pos_ == "ADP" or outside.dep_ == "agent":
            preposition, governor = outside, (outside.head if outside.head.i != outside.i else None)
        else:
            governor = outside
    return TimePhrase(timex=timex, tokens=tokens, head=head, preposition=preposition, governor=governor)


def _heads_clause(token) -> bool:
    """A verb (or a copula's complement's verb) that heads a clause: finite verbs, the root, conjoined and
    subordinate predicates. Participles modifying a noun ("an alleged plot") head no clause of their own."""
    if token.pos_ not in _VERBAL:
        return token.dep_ == "ROOT"  # a verbless line ("Hurricane Adrian 21:15 UTC May 19") is still one clause
    if token.dep_ in ("aux", "auxpass"):
        return False
    if token.dep_ == "amod":
        return False
    return token.dep_ in CLAUSE_LABELS or token.dep_ == "xcomp" and token.tag_ != "TO"


def _clause_heads(heads: list[int], predicates: frozenset[int]) -> tuple[int, ...]:
    """For each token (given by the index of its head), the predicate heading its clause: the nearest
    predicate up its chain of heads, itself included, or the root for a word under no predicate. Each
    chain is walked once: the answer of a word on it is the answer of every word below it."""
    found: list[int | None] = [None] * len(heads)
    for index in range(len(heads)):
        chain, current = [], index
        while found[current] is None and current not in predicates and heads[current] != current:
            chain.append(current)
            current = heads[current]
        answer = found[current] if found[current] is not None else current
        found[current] = answer
        for below in chain:
            found[below] = answer
    return tuple(found)


def _subject(predicate):
    """The head of the predicate's subject, or of the predicate it shares one with. When a parse gives a
    predicate two subjects, the one nearest before it is its own."""
    current = predicate
    for _ in range(8):  # chains of shared subjects are short; the bound keeps odd parses finite
        subjects = [child for child in current.children if child.dep_ in SUBJECT_LABELS]
        if subjects:
            before = [child for child in subjects if child.i < current.i]
            return (before[-1] if before else subjects[0]).i
        if current.dep_ not in SUBJECT_SHARING or current.head.i == current.i:
            return None
        conjunct_noun = _subject_made_a_conjunct(current)
        if conjunct_noun is not None:
            return conjunct_noun.i
        current = current.head
    return None


def _subject_made_a_conjunct(conjunct):
    """A noun a parse made a conjunct of the verb before, standing right before this conjunct verb: its own
    subject ("drew in 100 members of press, and at least 350 delegates were at the conference": the
    delegates were, not Wikimania)."""
    if conjunct.dep_ != "conj" or conjunct.pos_ not in ("VERB", "AUX"):
        return None
    doc = conjunct.doc
    nouns = [child for child in conjunct.head.children if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN")
             and child.i < conjunct.i and not any(t.pos_ in ("VERB", "AUX") for t in doc[child.i + 1:conjunct.i])]
    return nouns[-1] if nouns else None


def _quoted(doc, language: ModuleType) -> frozenset[int]:
    """Indices of the tokens inside quotation marks. A quote left open runs to the end of the sentence
    (a quotation of several sentences); a sentence that closes a quote it did not open was inside it
    from its start."""
    marks = [token.i for token in doc if token.text in language.events.QUOTE_MARKS]
    if not marks:
        return frozenset()
    inside: set[int] = set()
    opening = doc[marks[0]].text in language.events.CLOSING_QUOTES and marks[0] > 0
    start = 0 if opening else None
    for mark in marks:
        if start is None:
            start = mark + 1
        else:
            inside.update(range(start, mark))
            start = None
    if start is not None:
        inside.update(range(start, len(doc)))
    return frozenset(inside)
