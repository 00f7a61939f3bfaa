"""Words with offsets and a rough part of speech, enough to find predicates and clauses.

No pretrained tagger can be installed here, so the word class comes from the
small word lists in ``lexicon`` and from suffixes; the trained attachment model
(``attach``) does the rest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.events import lexicon

_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'’.][A-Za-z0-9]+)*|``|''|[^\w\s]")


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark of the text, with its offsets and rough word class."""

    text: str
    start: int
    end: int
    tag: str  # VERB, AUX, NOUN, NAME, ADJ, ADV, PRON, DET, PREP, CONJ, SUB, NUM, PUNCT, QUOTE, OTHER

    @property
    def lower(self) -> str:
        """The word in lower case."""
        return self.text.lower()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens whose offsets index ``text``."""
    end = len(text) if end is None else end
    tokens = []
    for match in _WORD.finditer(text, start, end):
        word = match.group(0)
        first = not tokens
        tokens.append(Token(word, match.start(), match.end(), word_class(word, first, tokens[-1] if tokens else None)))
    if (len(tokens) > 1 and tokens[1].tag == "NAME" and "-" not in tokens[1].text and tokens[0].text[:1].isupper()
            and tokens[0].tag in ("NOUN", "ADJ", "VERB") and tokens[0].lower not in lexicon.COMMON_VERBS):
        # A capitalized first word followed by a name is part of it: "Hamed Esmaeilion said".
        tokens[0] = Token(tokens[0].text, tokens[0].start, tokens[0].end, "NAME")
    return _verbs_from_context(tokens)


def _verbs_from_context(tokens: list[Token]) -> list[Token]:
    """After a subject pronoun, a noun-looking word is its verb: "they traded", "he expects"."""
    return [Token(token.text, token.start, token.end, "VERB")
            if token.tag == "NOUN" and index > 0 and tokens[index - 1].lower in lexicon.SUBJECT_PRONOUNS else token
            for index, token in enumerate(tokens)]


def word_class(word: str, sentence_start: bool = False, previous: Token | None = None) -> str:
    """Guess the word class of one word from the word lists and its shape."""
    lower = word.lower()
    if word in ("``", "''", '"', "“", "”", "‘", "’"):
        return "QUOTE"
    if not any(ch.isalnum() for ch in word):
        return "PUNCT"
    if any(ch.isdigit() for ch in word):
        return "NUM"
    for tag, words in lexicon.CLOSED_CLASSES.items():
        if lower in words:
            return tag
    if word[0].isupper() and not sentence_start:
        return "NAME"
    if lower in lexicon.COMMON_VERBS:
        return "VERB"
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
    if word[0].isupper():
        return "NAME"
    return "NOUN"
