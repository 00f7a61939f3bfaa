"""English for the temporal tagger: what it recognizes and the words it normalizes.

- ``words``: word lists and normalization tables (month and weekday names, units, modifiers, holidays);
- ``grammar``: the recognition rules, regular expressions built from those words;
- ``cues``: tense, aspect, clause and quote patterns read around an expression;
- ``numbers``: amounts and years written in words.

The engine (``timeline.tagger``) loads this package by language code and holds no English of its own.
"""
from timeline.languages.en.time import cues, grammar, numbers, words

__all__ = ["cues", "grammar", "numbers", "words"]
