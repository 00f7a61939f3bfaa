"""Word classes the event stage relies on: verbs whose form does not show it."""
from __future__ import annotations

import pytest

from timeline.events.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("The ferry sank near the coast.", "sank", "VERB"),  # irregular past form
        ("Thousands fled the city.", "fled", "VERB"),
        ("Protesters tore down the fence.", "tore", "VERB"),
        ("Analysts said they expect growth.", "expect", "VERB"),  # after a subject pronoun
        ("Demonstrators who gather outside the house were dispersed.", "gather", "VERB"),
        ("His report reached the board.", "report", "NOUN"),  # a possessive is no subject
    ],
)
def test_word_class(text, word, tag):
    (token,) = [token for token in tokenize(text) if token.text == word]
    assert token.tag == tag
