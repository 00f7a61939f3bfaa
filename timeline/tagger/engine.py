"""Recognition: find temporal expressions by applying the grammar's rules around anchor words.

One compiled regex finds anchors (digits, month and weekday names, time words); rules are
only tried at the anchor and at the few modifier words just before it, so the cost is
linear in the text and independent of the number of rules for text without anchors.
"""
from __future__ import annotations

import gc
import re
import string
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

# The characters each rule can start with are derived, once at import, from the parsed form of its
# pattern, which only the private ``re._parser`` gives. They stay derived rather than declared
# in the grammar: declared by hand they would repeat every rule's leading alternatives and go
# stale silently when a rule changes. Should a Python release drop these modules, every rule
# is tried at every start: the same matches, found more slowly.
try:
    from re import _constants as sre_constants
    from re import _parser as sre_parser
except ImportError:  # pragma: no cover - depends on the Python release
    sre_constants = sre_parser = None

from timeline import languages
from timeline.ingest import split_sentences
from timeline.model import Sentence, Timex
from timeline.tagger.interval import granularity_of, interval
from timeline.tagger.normalize import CONTEXT_AFTER, CONTEXT_BEFORE, MATCH_REACH, MODES, Mention, Reading, Resolver, mention_of

_MAX_LEFT_WORDS = 5  # the longest modifier run kept before an anchor: "at least the past three", "the end of the fiscal year"


def _trie(words: list[str]) -> str:
    """A regex alternation of ``words`` factored as a prefix tree, so matching stays cheap."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


# The word before a position, matched on the reversed text: separator, then the word backwards.
# Bounded, so that a long hyphenated run ("2020-2020-...") costs the same at every anchor.
_PREVIOUS_WORD_REVERSED = re.compile(r"(?:[ \t]{1,3}|\n|-)((?:[a-z0-9']{1,20}-){0,3}[a-z0-9'/]{1,20})(?![a-z0-9'/-])")
_TEXT_CHARS = string.ascii_lowercase + string.digits + "'$"


def _first_chars(items) -> tuple[set[str], bool]:
    """The characters a parsed (sub)pattern can start with, and whether it can match empty."""
    chars: set[str] = set()
    for op, arg in items:
        if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue
        if op is sre_constants.LITERAL:
            return chars | {chr(arg)}, False
        if op is sre_constants.IN:
            matched = {c for c in _TEXT_CHARS if re.fullmatch(_class(arg), c)}
            return chars | matched, False
        if op is sre_constants.SUBPATTERN:
            first, nullable = _first_chars(arg[-1])
        elif op is sre_constants.BRANCH:
            parts = [_first_chars(alternative) for alternative in arg[1]]
            first, nullable = set().union(*(p[0] for p in parts)), any(p[1] for p in parts)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            first, nullable = _first_chars(arg[2])
            nullable = nullable or arg[0] == 0
        else:  # anything else (categories, backreferences): assume any character
            return chars | set(_TEXT_CHARS), False
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def _class(items) -> str:
    """A character class pattern equivalent to a parsed IN item list."""
    parts, negate = [], False
    for op, arg in items:
        if op is sre_constants.NEGATE:
            negate = True
        elif op is sre_constants.LITERAL:
            parts.append(re.escape(chr(arg)))
        elif op is sre_constants.RANGE:
            parts.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is sre_constants.CATEGORY:
            parts.append({sre_constants.CATEGORY_DIGIT: r"\d", sre_constants.CATEGORY_SPACE: r"\s",
                          sre_constants.CATEGORY_WORD: r"\w"}.get(arg, r"\S\s"))
    return "[" + ("^" if negate else "") + "".join(parts) + "]"


def _rules_by_first_char(rules: list[tuple[str, str]]) -> dict[str, tuple[re.Pattern, list[int]]]:
    """For each character a rule can start with, one alternation of just those rules.

    The alternation's group i+1 is the i-th listed rule; each rule's own groups are made
    anonymous so that ``lastindex`` names the rule that matched.
    """
    starts = ([_first_chars(sre_parser.parse(pattern))[0] for _, pattern in rules] if sre_parser
              else [set(_TEXT_CHARS)] * len(rules))
    table = {}
    for char in _TEXT_CHARS:
        indexes = [i for i, first in enumerate(starts) if char in first]
        if indexes:
            alternation = "|".join("(" + re.sub(r"\(\?P<\w+>", "(?:", rules[i][1]) + ")" for i in indexes)
            table[char] = (re.compile(alternation), indexes)
    return table


@dataclass(frozen=True)
class Grammar:
    """One language's recognition rules, compiled for the engine."""

    data: ModuleType  # the language's time package: words, grammar, cues, numbers
    anchor: re.Pattern  # finds the words (and digits) around which rules are tried
    rules: list[tuple[str, re.Pattern]]  # (kind, pattern) in the grammar's order
    by_first_char: dict[str, tuple[re.Pattern, list[int]]]
    left_words: frozenset[str]  # the words a rule may start with before its anchor


@lru_cache(maxsize=None)
def compiled(language: str) -> Grammar:
    """The grammar of ``language`` (a code such as "en"), compiled once per process."""
    data = languages.load(language).time
    rules = data.grammar.RULES
    anchor = re.compile(r"(?<![a-z0-9])(?:" + _trie(data.grammar.ANCHORS) + r"(?![a-z])|"
                        + data.grammar.NUMBER_ANCHOR + ")")
    return Grammar(data, anchor, [(kind, re.compile(pattern)) for kind, pattern in rules],
                   _rules_by_first_char(rules), frozenset(data.grammar.LEFT_WORDS))


def _lower(text: str) -> str:
    """Lower-case ``text`` keeping every offset (a few characters grow when lower-cased)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _starts(grammar: Grammar, lower: str, reversed_lower: str, anchor: int, floor: int) -> list[int]:
    """Candidate starts for a rule around an anchor: the anchor and the modifier words before it."""
    starts = [anchor]
    position = anchor
    size = len(lower)
    for _ in range(_MAX_LEFT_WORDS):
        if position <= floor or lower[position - 1] not in " \t\n-":
            break
        m = _PREVIOUS_WORD_REVERSED.match(reversed_lower, size - position)
        if not m or size - m.end(1) < max(floor, anchor - MATCH_REACH):
            break
        word = m.group(1)[::-1]
        if word not in grammar.left_words and not all(part in grammar.left_words for part in word.split("-")):
            break
        position = size - m.end(1)
        starts.append(position)
    starts.reverse()
    return starts


# What the outcome at an anchor can depend on: a match starts at most MATCH_REACH characters
# before it, and the normalizer reads up to CONTEXT_BEFORE characters before a match and
# CONTEXT_AFTER after it (the clause's tense, the day named after a clock time, a paired month's
# year); outcomes ending more than _RIGHT_REACH after the anchor are not reused.
_RIGHT_REACH = 80
_LEFT_CONTEXT, _RIGHT_CONTEXT = MATCH_REACH + CONTEXT_BEFORE, _RIGHT_REACH + CONTEXT_AFTER


def _matches(grammar: Grammar, lower: str, reversed_lower: str, position: int,
             floor: int) -> list[tuple[int, int, int]]:
    """Rule matches ``(start, end, rule index)`` covering the anchor at ``position``, leftmost first."""
    found = []
    for start in _starts(grammar, lower, reversed_lower, position, floor):
        candidates = grammar.by_first_char.get(lower[start])
        match = candidates[0].match(lower, start) if candidates else None
        if match and match.end() > position:
            found.append((start, match.end(), candidates[1][match.lastindex - 1]))
    return found


def _fields(reading: Reading) -> dict:
    """The Timex fields a reading determines (all but text, offsets and id)."""
    earliest, latest = interval(reading.value) if reading.type in ("DATE", "TIME") else (None, None)
    return {"type": reading.type, "value": reading.value, "granularity": granularity_of(reading.value),
            "earliest": earliest, "latest": latest, "mod": reading.mod, "quant": reading.quant,
            "freq": reading.freq}


def _timex(template: dict, start: int, end: int, number: int) -> Timex:
    """The Timex at ``start:end`` whose other fields (text included) are ``template``'s.

    Filled in place of calling the frozen dataclass's ``__init__``, which sets each of its
    twelve fields through ``object.__setattr__`` and costs as much as the rest of tagging
    text dense with dates; the result is the same object, equal to one built normally.
    """
    timex = object.__new__(Timex)
    values = timex.__dict__
    values.update(template)
    values["start"], values["end"], values["id"] = start, end, f"t{number}"
    return timex


def _read(grammar: Grammar, lower: str, reversed_lower: str, resolver: Resolver, position: int,
          floor: int) -> tuple[int, int, Reading] | None:
    """The first match around the anchor at ``position`` that reads as a timex, with its span."""
    for start, end, index in _matches(grammar, lower, reversed_lower, position, floor):
        kind, rule = grammar.rules[index]
        reading = resolver.read(kind, rule, start, end)
        if reading is not None:
            return start, end, reading
    return None


_UNSEEN = object()


@contextmanager
def _collector_paused():
    """Pause Python's cycle collector while tagging builds its list of timexes.

    The collector runs a pass every few hundred new container objects, and every so often a
    pass over the whole heap: text dense with dates (one Timex every 8 characters) spent a
    quarter of its time there. Tagging makes no reference cycles, so reference counting frees
    all it drops. The same practice as Mercurial's ``util.nogc``. The collector is resumed only
    if it was running on entry, so a caller that disabled it keeps it disabled.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def tag(text: str, dct: str | None, *, mode: str = "auto", language: str = languages.DEFAULT,
        sentences: tuple[Sentence, ...] | None = None) -> list[Timex]:
    """Find and normalize the temporal expressions of ``text`` written on ``dct`` (ISO date or None).

    ``mode`` says against what underspecified dates ("in March", "on Friday") resolve: "news", the
    publication date; "narrative", the time the story is at; "auto" (the default), either, decided for
    each expression (see ``timeline.tagger.normalize``). ``language`` is a code such as "en";
    ``sentences`` are ingest's, found here when not given.
    """
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}: expected one of {', '.join(MODES)}")
    grammar = compiled(language)
    if sentences is None:
        sentences = split_sentences(text)
    with _collector_paused():
        return _tag(grammar, text, dct, sentences, mode)


def _tag(grammar: Grammar, text: str, dct: str | None, sentences: tuple[Sentence, ...], mode: str) -> list[Timex]:
    """``tag`` itself, run with the cycle collector paused."""
    lower = _lower(text)
    reversed_lower = lower[::-1]
    resolver = Resolver(text, lower, dct, grammar.data, sentences, mode)
    timexes: list[Timex] = []
    last_end = 0
    # What is found at an anchor depends only on the text near it, on how far back the previous
    # timex ended and on the resolver's state: repeated text (lists, tables, adversarial input)
    # reuses the outcome instead of running the rules and the normalizer again.
    outcomes: dict[tuple, tuple[int, int, dict, Mention | None] | None] = {}
    search, state, resume = grammar.anchor.search, resolver.state, 0
    # Anchors inside a timex just found start nothing: the search resumes after it.
    while anchor := search(lower, resume):
        position = anchor.start()
        resume = position + 1
        if position >= _LEFT_CONTEXT:
            gap = position - last_end
            key = (text[position - _LEFT_CONTEXT:position + _RIGHT_CONTEXT],
                   gap if gap < _LEFT_CONTEXT else _LEFT_CONTEXT, state(position))
        else:  # near the start, where the text is shorter than the context: never reused
            key = (text[:position + _RIGHT_CONTEXT], -1 - position, state(position))
        outcome = outcomes.get(key, _UNSEEN)
        if outcome is _UNSEEN:
            found = _read(grammar, lower, reversed_lower, resolver, position, last_end)
            outcome = found and (found[0] - position, found[1] - position,
                                 {"text": text[found[0]:found[1]], **_fields(found[2])}, mention_of(found[2]))
            if outcome is None or outcome[1] <= _RIGHT_REACH:
                outcomes[key] = outcome
        if outcome is None:
            continue
        start, end = position + outcome[0], position + outcome[1]
        resolver.remember(outcome[3], start)
        timexes.append(_timex(outcome[2], start, end, len(timexes) + 1))
        last_end = resume = end
    return timexes
