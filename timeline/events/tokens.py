"""Words with offsets, a rough part of speech and a lemma, enough to find predicates and clauses.

No pretrained tagger can be installed here. The word classes a form can have, and
its lemmas, come from the English lexicon of ``lemminflect``; the neighbouring words
decide between them ("the plot" is a noun, "to plot" a verb, "a loss" is never a
verb). Function words come from the lists in ``lexicon``, and words the lexicon does
not know are guessed from their suffixes. The trained attachment model (``attach``)
does the rest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import lemminflect

from timeline.events import lexicon

# A number with thousands separators ("12,000") is one word: its commas join no clauses or lists.
# Letters are any script's ("Tromsø", "Erdoğan", "São Paulo").
_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|[^\W_]+(?:[-'’.][^\W_]+)*|``|''|[^\w\s]")
_OPEN_CLASSES = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
_BEFORE_PARTICIPLE = lexicon.BE_FORMS | lexicon.HAVE_FORMS  # "was (first) studied", "has (also) filed"
_OPENERS = frozenset({"``", '"', "“", "‘", "(", "'"})
# Classes after which a word starts or continues a noun phrase: "the plot", "its filing", "three attacks".
_NOUN_PHRASE_OPENERS = frozenset({"DET", "ADJ", "NUM"})
# Classes that begin a verb's complement: after a noun, a verb-able "-s" form followed by one of them is a verb ("Sun faces increasing competition").
_COMPLEMENT_OPENERS = frozenset({"DET", "PRON", "NUM"})


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark of the text, with its offsets, rough word class and lemma."""

    text: str
    start: int
    end: int
    tag: str  # VERB, AUX, NOUN, NAME, ADJ, ADV, PRON, DET, PREP, CONJ, SUB, NUM, PUNCT, QUOTE, OTHER
    lemma: str = ""  # the dictionary form for the tag ("file" for the verb "filing"), else the word in lower case

    @property
    def lower(self) -> str:
        """The word in lower case."""
        return self.text.lower()


@dataclass(frozen=True)
class Entry:
    """What the lexicon says about a word form: its possible open classes and its lemma in each."""

    classes: frozenset[str]
    lemmas: dict[str, str]
    verb_forms: frozenset[str]  # the Penn tags the form has as a verb: VB (base), VBD, VBN, VBG, VBZ, VBP

    @property
    def base_verb(self) -> bool:
        """Whether the form can be a verb's base form ("file", "meet"), as after "to" or "will"."""
        return "VB" in self.verb_forms

    def lemma(self, tag: str, lower: str) -> str:
        """The lemma of the form used as ``tag`` (the form itself when the lexicon has none)."""
        return self.lemmas.get(tag) or lower


@lru_cache(maxsize=50_000)
def entry(lower: str) -> Entry:
    """The lexicon entry of a lower-case word form (empty for words the lexicon does not know)."""
    found = lemminflect.getAllLemmas(lower)
    lemmas = {tag: forms[0] for tag, forms in found.items() if tag in _OPEN_CLASSES and forms}
    verb_forms = set()
    for lemma in found.get("VERB", ()):
        inflections = lemminflect.getAllInflections(lemma, upos="VERB")
        # The lexicon leaves out the participle when it is the past tense ("expected").
        inflections.setdefault("VBN", inflections.get("VBD", ()))
        verb_forms.update(penn for penn, forms in inflections.items() if lower in forms)
    return Entry(frozenset(lemmas), lemmas, frozenset(verb_forms))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens whose offsets index ``text``."""
    end = len(text) if end is None else end
    words = [(match.group(0), match.start(), match.end()) for match in _WORD.finditer(text, start, end)]
    fixed = []
    opening = True  # only opening quotes and brackets so far: the word starts the sentence ('"Extending membership ...')
    for word, _, _ in words:
        fixed.append(_fixed_class(word, opening))
        opening = opening and word in _OPENERS
    tokens: list[Token] = []
    for position, (word, word_start, word_end) in enumerate(words):
        lower = word.lower()
        tag = fixed[position]
        following = (fixed[position + 1], words[position + 1][0].lower()) if position + 1 < len(words) else (None, "")
        if tag is None:
            known = entry(lower)
            previous = tokens[-1] if tokens else None
            if (len(tokens) >= 2 and previous.tag in ("ADV", "ADJ") and known.verb_forms & {"VBN", "VBG"}
                    and tokens[-2].lower.replace("’", "'") in _BEFORE_PARTICIPLE):
                # An adverb between an auxiliary and its participle: "was first studied", "has also filed".
                tag = "VERB"
                tokens[-1] = Token(previous.text, previous.start, previous.end, "ADV", previous.lower)
            else:
                tag = open_class(lower, known, previous, following)
        lemma = entry(lower).lemma(tag, lower) if tag in _OPEN_CLASSES else lower
        tokens.append(Token(word, word_start, word_end, tag, lemma))
    if (len(tokens) > 1 and tokens[1].tag == "NAME" and "-" not in tokens[1].text and tokens[0].text[:1].isupper()
            and tokens[0].tag in ("NOUN", "ADJ", "VERB") and tokens[0].lower not in lexicon.COMMON_VERBS):
        # A capitalized first word followed by a name is part of it: "Hamed Esmaeilion said".
        tokens[0] = Token(tokens[0].text, tokens[0].start, tokens[0].end, "NAME", tokens[0].lower)
    return tokens


@lru_cache(maxsize=50_000)
def _fixed_class(word: str, sentence_start: bool) -> str | None:
    """The class of punctuation, numbers, function words and names; None for an open-class word (context decides)."""
    lower = word.lower()
    if word in ("``", "''", '"', "“", "”", "‘", "’"):
        return "QUOTE"
    if not any(ch.isalnum() for ch in word):
        return "PUNCT"
    if any(ch.isdigit() for ch in word):
        return "NUM"
    if lower.endswith(("n't", "n’t")):
        return "AUX"  # "doesn't", "won't": one token here
    if lower in lexicon.NUMBER_WORDS:
        return "NUM"
    for tag, words in lexicon.CLOSED_CLASSES.items():
        if lower in words:
            return tag
    if word[0].isupper() and not sentence_start:
        return "NAME"
    if word[0].isupper() and not entry(lower).classes:
        return "NAME"
    return None


def open_class(lower: str, known: Entry, previous: Token | None, following: tuple[str | None, str]) -> str:
    """Noun, verb, adjective or adverb for an open-class word, from the classes it can have and its neighbours.

    ``following`` is the fixed class of the next word (None for an open-class word) and its lower case.
    """
    classes = known.classes
    if not classes:
        return _guess_from_suffix(lower, previous)
    if lower.endswith("ing") and previous is not None and _names_the_act(previous, following):
        return "NOUN"
    if classes == {"VERB"}:
        return "VERB"
    if "VERB" not in classes:
        return _nominal_class(lower, classes, previous, following)
    verb_form = _verb_context(lower, known, previous, following)
    if verb_form is not None:
        return "VERB" if verb_form else _nominal_class(lower, classes - {"VERB"}, previous, following)
    if lower in lexicon.COMMON_VERBS or lower.endswith(("ed", "ing")):
        return "VERB"
    return _nominal_class(lower, classes - {"VERB"}, previous, following)


def _verb_context(lower: str, known: Entry, previous: Token | None, following: tuple[str | None, str]) -> bool | None:
    """Whether the neighbours make a noun-or-verb form a verb (True), not a verb (False), or do not say (None)."""
    if previous is None:
        # A participle opening the sentence before its preposition: "Born in Bergen in 1934, Olsen ...".
        return True if "VBN" in known.verb_forms and following[0] == "PREP" else None
    before = previous.lower.replace("’", "'")
    if before in lexicon.BEFORE_BASE_FORM:
        # "will issue", "didn't own", "to plot" (infinitive); but "to inflation", "to death" ("to" as preposition).
        return known.base_verb
    if before in lexicon.BE_FORMS:
        return bool(known.verb_forms & {"VBG", "VBN"})  # "is rising", "was killed", but "was flush", "is net"
    if before in lexicon.HAVE_FORMS:
        return "VBN" in known.verb_forms  # "has filed", but "had net income", "had plans"
    if previous.tag == "AUX" or before in lexicon.BEFORE_VERB:
        return bool(known.verb_forms - {"VBZ"})
    if before in lexicon.SUBJECT_PRONOUNS:
        return True
    if _in_noun_phrase(previous):
        # "the plot", "a loss", "its filing"; but "the rising prices": a participle before its noun.
        return lower.endswith(("ed", "ing")) and _noun_follows(following)
    if previous.tag == "PREP":
        # "by bidding", "after averaging": a gerund; "in court", "of plans": a noun.
        return lower.endswith("ing")
    # "Sun faces competition", "analysts expect growth", "which plans to", "still calls for"
    # but "death claims of", "a price increase".
    third_person = "VBZ" in known.verb_forms
    plural_subject = previous.tag == "NOUN" and previous.lower.endswith("s") and "VBP" in known.verb_forms
    if third_person and previous.tag == "ADV":
        return True
    complement = (following[0] in _COMPLEMENT_OPENERS and following[1] not in lexicon.CLAUSE_OPENERS) or following[1] in ("to", "that", "$")
    if (third_person or plural_subject) and previous.tag in ("NOUN", "NAME", "PRON") and complement:
        return True
    return None


def _names_the_act(previous: Token, following: tuple[str | None, str]) -> bool:
    """Whether an "-ing" form heads a noun phrase: "the bombing of", "in composite trading.", "the embassy bombing killed"."""
    if _in_noun_phrase(previous):
        return not _noun_follows(following)
    tag, lower = following
    # The noun phrase ends there: punctuation, an auxiliary, a verb ("the embassy bombing killed"), the sentence's end.
    ends_phrase = tag in ("PUNCT", "QUOTE", "AUX") or tag is None and (not lower or entry(lower).classes == {"VERB"} and not lower.endswith("ing"))
    return previous.tag in ("NOUN", "NAME") and not previous.lower.endswith("s") and ends_phrase


def _in_noun_phrase(previous: Token) -> bool:
    """Whether the next word continues a noun phrase: after a determiner, adjective, number or possessive ("their", "Iran's")."""
    return ((previous.tag in _NOUN_PHRASE_OPENERS and previous.lower not in ("that", "this")) or previous.lower in lexicon.POSSESSIVE_PRONOUNS
            or previous.lower.endswith(("'s", "’s")))


def _noun_follows(following: tuple[str | None, str], only: bool = False) -> bool:
    """Whether the next word is an open-class word that can be a noun ("rising prices"); with ``only``, that cannot be a verb.

    "international terrorism" is adjective and noun, "the stock fell" noun and verb.
    """
    tag, lower = following
    classes = entry(lower).classes if tag is None else frozenset()
    return "NOUN" in classes and not (only and "VERB" in classes)


def _nominal_class(lower: str, classes: frozenset[str], previous: Token | None, following: tuple[str | None, str]) -> str:
    """Noun, adjective or adverb for a word that is not a verb here."""
    if len(classes) == 1:
        return next(iter(classes))
    if "ADV" in classes and lower.endswith("ly") and not (previous is not None and _in_noun_phrase(previous)):
        return "ADV"
    if "ADJ" in classes:
        # "are essential", "international terrorism": an adjective before a noun or after a linking verb.
        if previous is not None and previous.tag == "AUX" or _noun_follows(following, only=True) or "NOUN" not in classes:
            return "ADJ"
    return "NOUN" if "NOUN" in classes else "ADV"


def _guess_from_suffix(lower: str, previous: Token | None) -> str:
    """The class of a word the lexicon does not know, from its ending."""
    if previous is not None and previous.tag in ("DET", "ADJ") and not lower.endswith("ly"):
        return "ADJ" if lower.endswith(lexicon.ADJECTIVE_SUFFIXES) else "NOUN"
    if previous is not None and previous.lower in lexicon.BEFORE_VERB:
        return "VERB"
    if lower.endswith(("ed", "ing")) and len(lower) > 4:
        return "VERB"
    if lower.endswith("ly") and len(lower) > 4:
        return "ADV"
    if lower.endswith(lexicon.ADJECTIVE_SUFFIXES):
        return "ADJ"
    return "NOUN"


def participle_phrases(tokens: list[Token]) -> list[tuple[int, int | None]]:
    """Participle phrases set off by a comma, as (participle, the punctuation closing the phrase or None
    when it runs to the end): ", led by a taxpayers group,", ", ending a debate that began in 2023".

    The verb right after the comma that closes one is the clause's own, not another phrase:
    "Opponents, led by a group, collected signatures".
    """
    found: list[tuple[int, int | None]] = []
    position = 1
    while position < len(tokens):
        token = tokens[position]
        if tokens[position - 1].text == "," and token.tag == "VERB" and token.lower.endswith(("ed", "ing")):
            closing = next((i for i in range(position + 1, len(tokens)) if tokens[i].text in (",", ";", ":")), None)
            found.append((position, closing))
            if closing is None:
                break
            position = closing + 2
            continue
        position += 1
    return found


def opening_participle_phrase(tokens: list[Token]) -> int | None:
    """The comma closing a participle phrase that opens the sentence ("Born in Bergen in 1934, Olsen
    joined ..."), if there is one: the phrase tells of the main clause's subject."""
    if len(tokens) < 3 or tokens[0].tag != "VERB" or not entry(tokens[0].lower).verb_forms & {"VBN", "VBG"} \
            or tokens[1].tag in ("NOUN", "ADJ", "VERB"):
        return None  # "Suspected bombs exploded", "Elected officials warned": a participle before its noun
    closing = next((i for i in range(1, len(tokens)) if tokens[i].text in (",", ";", ":") or tokens[i].tag == "QUOTE"), None)
    if closing is None or tokens[closing].text != "," or closing + 1 >= len(tokens) \
            or any(tokens[i].tag in ("VERB", "AUX") for i in range(1, closing)):
        return None  # a phrase holds no verb of its own
    return closing
