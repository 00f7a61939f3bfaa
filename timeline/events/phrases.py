"""Phrases and verb forms the headline steps share: a noun's phrase without its asides, a name without the
description in front of it, whether a verb has a tense, its past forms; and the headline value itself."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

VERBAL = frozenset("VERB AUX".split())
NOMINAL = frozenset("NOUN PROPN".split())
SUBJECTS = frozenset("nsubj nsubjpass csubj csubjpass expl".split())
FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())  # Penn tags of verbs with a tense


OPENING_MARKERS = frozenset("mark cc preconj".split())
# The hyphens that join the pieces of one written word ("Ohio-based", "A-level").
HYPHENS = frozenset("- ‐ –".split())


def opens_clause(token) -> bool:
    """A word that only joins its clause to the sentence, which a headline does not open on: a marker or
    conjunction ("that", "and"), or the "when" or "where" of a relative, adverbial or complement clause ("when
    the Soviet Union invaded Afghanistan", "That's where the band will record")."""
    return token.dep_ in OPENING_MARKERS or token.tag_ == "WRB" and token.head.dep_ in ("relcl", "advcl", "ccomp") \
        and token.i == token.head.left_edge.i


@dataclass(frozen=True)
class Headline:
    """A headline and the people it names."""

    text: str
    participants: tuple[str, ...]


# Resolves a pronoun token to who or what it stands for (None: unknown).
Resolver = Callable[[object], "str | None"]


def noun_phrase(noun, dropped: frozenset[int], *, keep_determiner: bool = False) -> set[int]:
    """A noun's phrase without its asides (appositions, clauses set off by commas) and, as a headline,
    without its opening article: "1998 beating and death of Matthew Shepard". A name goes without the
    description in front of it ("human rights activist Masih Alinejad" is "Masih Alinejad")."""
    chosen: set[int] = set()
    stack = [noun]
    description = descriptors(noun)
    while stack:
        token = stack.pop()
        chosen.add(token.i)
        for child in token.children:
            if child.i in dropped or child.dep_ == "punct" and child.tag_ != "HYPH" \
                    or child.dep_ == "appos" and not close_apposition(child) \
                    or child.dep_ in ("relcl", "acl") and set_off(child) \
                    or child.dep_ == "cc" and _joins_a_verb_to_a_noun(child):
                continue  # a conjunction with nothing to join: "The pandemic, which began in 1918, and was caused"
            if token.i == noun.i and child.i < noun.i and (child.i in description or not keep_determiner and (
                    child.dep_ == "det" or child.dep_ in ("advmod", "preconj") and child.i == noun.left_edge.i)):
                continue  # "especially the 2003 outbreak of Sars": "Outbreak of Sars"
            stack.append(child)
    return chosen


def _joins_a_verb_to_a_noun(conjunction) -> bool:
    """A conjunction a parse hung on a noun, though a verb follows it: it joins clauses, not the noun to another."""
    doc = conjunction.doc
    return conjunction.i == conjunction.head.right_edge.i and conjunction.i + 1 < len(doc) \
        and doc[conjunction.i + 1].pos_ in ("VERB", "AUX")


def descriptors(name) -> set[int]:
    """The common nouns and adjectives describing a proper name before it: in "Prominent human rights
    activist Masih Alinejad", the words up to "Masih". Titles that are names ("President", "Dr.") stay."""
    if name.pos_ != "PROPN" or not name.text[:1].isupper():
        return set()
    premodifiers = [c for c in name.children if c.i < name.i and c.dep_ in ("compound", "amod", "nmod")]
    first_name = min((c.i for c in premodifiers if c.pos_ == "PROPN"), default=name.i)
    found = set()
    for child in premodifiers:
        # capitalized words are part of the name ("Reporters Without Borders")
        if child.i < first_name and child.pos_ in ("NOUN", "ADJ") and not child.text[:1].isupper():
            found.add(child.i)
    if found:
        # the determiner of the description goes with it ("the veteran reporter Jane Doe")
        found |= {c.i for c in name.children if c.dep_ == "det" and c.i < max(found)}
    return found


def age_description(token, words) -> bool:
    """A person told by age alone, with no noun: "the 45-year-old" (in "The 45-year-old was charged"), which names
    someone the article named before, like "he" or "she"."""
    return token.lower_ == words.AGE_ADJECTIVE and token.pos_ == "ADJ" and token.dep_ in ("nsubj", "nsubjpass") \
        and any(child.lower_ in words.AGE_UNITS for child in token.children) \
        and any(child.dep_ == "det" for child in token.children)


def company_description(token, words) -> bool:
    """A company told by what it is alone, as the subject: "the company", "the carmaker" (in "The company cut 1,100
    jobs"), which names the organization the article named before, as "it" does."""
    return token.lemma_.lower() in words.COMPANY_NOUNS and token.pos_ == "NOUN" and token.tag_ == "NN" \
        and token.dep_ in ("nsubj", "nsubjpass") \
        and all(child.dep_ == "det" and child.lower_ == "the" for child in token.children) and any(token.children)


def is_word(token) -> bool:
    """Letters, or letters joined by hyphens ("re-elected", which the tokenizer keeps whole): no number or mark."""
    return token.is_alpha or all(part.isalpha() for part in token.text.split("-"))


def is_pronoun(token, *word_lists) -> bool:
    """Whether the token is a pronoun of one of the word lists: "us" is one, "US" (the country) is not."""
    return token.pos_ == "PRON" and any(token.lower_ in words for words in word_lists)


def owned_by_no_one(noun, words) -> bool:
    """A noun phrase whose owner is a pronoun that names no one: "its latest headline", "their plan" says no
    more than "it" or "they" ("his", "her" at least say a person)."""
    return any(t.tag_ == "PRP$" and is_pronoun(t, words.THING_PRONOUNS, words.GROUP_PRONOUNS, words.FIRST_PERSON,
                                               words.SECOND_PERSON) for t in noun.subtree if t.i < noun.i)


def is_relative_pronoun(token) -> bool:
    """"who", "which", "that", "whose" opening a relative clause; not an acronym the tagger took for one ("WHO
    declared a pandemic": the World Health Organization)."""
    return token.tag_ in ("WDT", "WP", "WP$") and not (len(token.text) > 1 and token.text.isupper())


def close_apposition(token) -> bool:
    """A name standing right after the common noun it names, with no comma: "the organization Reporters
    Without Borders", "the band Queen". It is the name itself, not an aside."""
    return token.dep_ == "appos" and token.head.pos_ == "NOUN" and token.left_edge.i == token.head.i + 1 \
        and token.left_edge.text[:1].isupper()


ASIDE_MARKS = frozenset({",", "--", "—", "–"})  # the marks that set off an aside (besides a bracket)


def set_off(token) -> bool:
    """Set off by a comma, a dash or a bracket before it: an aside."""
    first = token.left_edge
    return first.i > 0 and (token.doc[first.i - 1].text in ASIDE_MARKS or token.doc[first.i - 1].text == "(")


def present_tense(verb) -> bool:
    """Whether a verb group is in the present: its first auxiliary, or the verb itself, in the present ("is passed",
    "has spread", "employs")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return (auxiliaries[0] if auxiliaries else verb).tag_ in ("VBZ", "VBP")


def plain(doc, indices: list[int]) -> str:
    """The words at ``indices`` as the text wrote them; a hyphen or slash inside a kept word stays
    ("once-mighty", "U.S.-based"), and words the text ran together apart from it get a space."""
    kept = set(indices)
    kept |= {i + 1 for i in indices if i + 2 in kept and doc[i + 1].is_punct
             and not doc[i].whitespace_ and not doc[i + 1].whitespace_}
    ordered = sorted(kept)
    pieces = []
    for position, i in enumerate(ordered):
        following = ordered[position + 1] if position + 1 < len(ordered) else None
        space = doc[i].whitespace_ or (" " if following is not None and following != i + 1 else "")
        pieces.append(doc[i].text + space)
    return "".join(pieces).strip()


def finite(verb) -> bool:
    """A verb with a tense of its own or through an auxiliary ("said", "has said", "will say")."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children) \
        or verb.dep_ == "conj" and finite(verb.head) \
        or verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)  # a past the tagger read as a participle


def be_past(noun, words) -> str:
    return "were" if _plural(noun) else "was"


def be_present(noun) -> str:
    return "are" if _plural(noun) else "is"


def _plural(noun) -> bool:
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children) or _share_of_many(noun)


def _share_of_many(noun) -> bool:
    """A figure of a plural "of" phrase, which agrees with it: "99.2% of ballots were counted"."""
    return any(c.dep_ == "nummod" for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") for o in c.children)
        for c in noun.children)


def inflect(lemma: str, tag: str) -> str | None:
    from lemminflect import getInflection  # English inflection tables, for a participle's finite form

    forms = getInflection(lemma, tag=tag) if lemma else ()  # (the tables fail on an empty word)
    return forms[0] if forms else None
