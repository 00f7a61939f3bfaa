"""spaCy's attribute ruler with its patterns looked up in tables instead of run through its ``Matcher``.

A pipeline's ``attribute_ruler`` (the tag map and morphology rules: "VBZ" is a VERB, "'s" after "let" is
"us") runs a general-purpose ``Matcher`` of a few hundred patterns over every token: a quarter of the parse's
time. Its patterns are all short sequences of single-token tests on a few attributes (the word in lower
case, the tag, the dependency label, whether it is a space), so the patterns a token can match are found by
looking its tag, word and label up in tables, and only those are tested. The matches are the ruler's own
(the same patterns, ids and positions, in the same order) and are set with spaCy's own function, in that
order, so the annotation is identical; a ruler with a pattern of another shape keeps its ``Matcher``.
"""
from __future__ import annotations

import re
from typing import Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.tokens._retokenize import set_token_attrs

# The token attributes the patterns may test (read for a whole Doc at once with ``Doc.to_array``).
_ATTRIBUTES = ("LOWER", "TAG", "DEP", "IS_SPACE")
_ATTRIBUTE_IDS = [LOWER, TAG, DEP, IS_SPACE]
# Attributes a pattern is filed under in the tables when it names their value (the first that it names).
_INDEXED = ("TAG", "LOWER", "DEP")


def index_attribute_ruler(nlp) -> None:
    """Make the pipeline's attribute ruler (if any) find its matches through tables, when all of its
    patterns have a shape the tables support."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        rules = _IndexedRules(ruler)
    except _Unsupported:
        return
    # the ruler's __call__ asks ``self.match`` for its sorted matches and ``self.set_annotations`` to set them
    ruler.match = rules.match
    ruler.set_annotations = rules.set_annotations


class _Unsupported(ValueError):
    """A pattern the tables cannot stand for (an operator, an attribute not in ``_ATTRIBUTES``)."""


def _test(attribute: str, condition) -> Callable:
    """A function of a token's attribute value saying whether it meets one condition of a pattern."""
    if isinstance(condition, (str, bool)):
        return lambda value: value == condition
    if not isinstance(condition, dict) or len(condition) != 1:
        raise _Unsupported(f"{attribute}: {condition!r}")
    (operator, argument), = condition.items()
    if operator == "IN":
        allowed = frozenset(argument)
        return lambda value: value in allowed
    if operator == "NOT_IN":
        refused = frozenset(argument)
        return lambda value: value not in refused
    if operator == "REGEX":
        pattern = re.compile(argument)
        return lambda value: pattern.search(value) is not None  # the Matcher searches, as here
    raise _Unsupported(f"{attribute}: {operator}")


class _IndexedRules:
    """The ruler's patterns filed by the values they require, and their tests."""

    def __init__(self, ruler) -> None:
        self.attributes, self.indices = ruler.attrs, ruler.indices  # each rule's values and which token gets them
        self.match_ids = {}
        # (attribute, value) -> the patterns whose first token requires it; the others are always tested
        self.filed: dict[tuple[str, object], list[int]] = {}
        self.unfiled: list[int] = []
        # each pattern: its rule's id and, for each of its tokens, its tests as (attribute, test) pairs
        self.patterns: list[tuple[int, tuple[tuple[tuple[str, Callable], ...], ...]]] = []
        for rule, entry in enumerate(ruler.patterns):
            self.match_ids[rule] = ruler.vocab.strings.add(str(rule))
            for pattern in entry["patterns"]:
                self._add(rule, pattern)
        self.starting: dict[tuple, tuple[list[tuple[int, int]], list[int]]] = {}  # memo of ``_starting``
        self.values: dict[tuple, dict] = {}  # memo of ``_values``

    def _add(self, rule: int, pattern: list[dict]) -> None:
        if not pattern:
            raise _Unsupported("empty pattern")
        tokens = []
        for conditions in pattern:
            if any(attribute not in _ATTRIBUTES for attribute in conditions):
                raise _Unsupported(", ".join(conditions))
            tokens.append(tuple((attribute, _test(attribute, condition)) for attribute, condition in conditions.items()))
        number = len(self.patterns)
        self.patterns.append((rule, tuple(tokens)))
        first = pattern[0]
        for attribute in _INDEXED:
            condition = first.get(attribute)
            if isinstance(condition, str):
                self.filed.setdefault((attribute, condition), []).append(number)
                return
            if isinstance(condition, dict) and set(condition) == {"IN"}:
                for value in condition["IN"]:
                    self.filed.setdefault((attribute, value), []).append(number)
                return
        self.unfiled.append(number)

    def match(self, doc) -> list[tuple[int, int, int, int]]:
        """The matches as ``AttributeRuler.match`` gives them: (rule, match id, start, end), sorted."""
        keys = list(map(tuple, doc.to_array(_ATTRIBUTE_IDS).tolist()))
        strings, starting = doc.vocab.strings, self.starting
        found = []
        append = found.append
        for start, key in enumerate(keys):
            known = starting.get(key)
            matched, longer = known if known is not None else self._starting(key, strings)
            for rule, match_id in matched:
                append((rule, match_id, start, start + 1))
            for number in longer:
                rule, tokens = self.patterns[number]
                end = start + len(tokens)
                if end <= len(keys) and all(self._passes(keys[position], tests, strings)
                                            for position, tests in zip(range(start + 1, end), tokens[1:])):
                    append((rule, self.match_ids[rule], start, end))
        found.sort()
        return found

    def set_annotations(self, doc, matches: list[tuple[int, int, int, int]]) -> None:
        """Set each match's values on its token, in order (a later rule overrides an earlier one), as
        ``AttributeRuler.set_annotations`` does, without making a ``Span`` per match."""
        for rule, _, start, end in matches:
            index = self.indices[rule]
            position = start + index if index >= 0 else end + index
            if not start <= position < end:
                raise ValueError(f"attribute rule {rule}: token {index} is outside its match {doc[start:end].text!r}")
            set_token_attrs(doc[position], self.attributes[rule])

    def _starting(self, key: tuple, strings) -> tuple[list[tuple[int, int]], list[int]]:
        """For a token with these attribute ids: the rules of the one-token patterns it matches (with their
        match ids), and the longer patterns whose first token it matches (worked out once per distinct key)."""
        known = self.starting.get(key)
        if known is None:
            values = self._values(key, strings)
            numbers = set(self.unfiled)
            for attribute in _INDEXED:
                numbers.update(self.filed.get((attribute, values[attribute]), ()))
            matched, longer = [], []
            for number in sorted(numbers):
                rule, tokens = self.patterns[number]
                if all(test(values[attribute]) for attribute, test in tokens[0]):
                    if len(tokens) == 1:
                        matched.append((rule, self.match_ids[rule]))
                    else:
                        longer.append(number)
            known = self.starting[key] = (matched, longer)
        return known

    def _passes(self, key: tuple, tests, strings) -> bool:
        values = self._values(key, strings)
        return all(test(values[attribute]) for attribute, test in tests)

    def _values(self, key: tuple, strings) -> dict:
        """The attribute values (strings, and a bool for IS_SPACE) of a token's attribute ids."""
        known = self.values.get(key)
        if known is None:
            known = self.values[key] = {attribute: bool(number) if attribute == "IS_SPACE" else strings[number]
                                        for attribute, number in zip(_ATTRIBUTES, key)}
        return known
