"""Word classes the event stage relies on: verbs whose form does not show it, nouns that look like verbs."""
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
        ("The line was first studied in 1998.", "studied", "VERB"),  # an adverb between auxiliary and participle
        ("The line was first studied in 1998.", "first", "ADV"),
        ("The firm has also filed for bankruptcy.", "filed", "VERB"),
        ("Opponents collected 12,000 signatures.", "12,000", "NUM"),  # a thousands separator is no comma
        ("She taught in Tromsø.", "Tromsø", "NAME"),  # letters of any script
        ("Born in Bergen, she studied cod.", "Born", "VERB"),  # a participle opening the sentence
    ],
)
def test_word_class(text, word, tag):
    (token,) = [token for token in tokenize(text) if token.text == word]
    assert token.tag == tag


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        # "to" as a preposition: the noun after it is no infinitive.
        ("Workers lost their jobs to automation.", "automation", "NOUN"),
        ("He was shot to death in his car.", "death", "NOUN"),
        ("The mayor plans to build a bridge.", "build", "VERB"),
        # "-ing" words that name the act, and the same form as a verb.
        ("The court rejected the filing.", "filing", "NOUN"),
        ("The embassy bombing killed 12 people.", "bombing", "NOUN"),
        ("Police arrested him after the meeting.", "meeting", "NOUN"),
        ("The firm is filing for bankruptcy.", "filing", "VERB"),
        # Words that can be nouns or verbs, decided by their neighbours.
        ("The plot was discovered in March.", "plot", "NOUN"),
        ("They plot their revenge.", "plot", "VERB"),
        ("The mayor plans to build a bridge.", "plans", "VERB"),
        ("Workers lost their jobs to automation.", "jobs", "NOUN"),
        ("The stock fell sharply.", "stock", "NOUN"),
        ("Analysts expect the merger to close soon.", "expect", "VERB"),
        # A word the lexicon knows only as a noun is never a verb, even after "had".
        ("The company had a loss in the spring.", "loss", "NOUN"),
        ("The firm had net income of $5 million.", "net", "ADJ"),
        # After "doesn't" comes a base form; number words are amounts.
        ("She doesn't own the house.", "own", "VERB"),
        ("The town has five schools.", "five", "NUM"),
    ],
)
def test_word_class_from_lexicon_and_context(text, word, tag):
    (token,) = [token for token in tokenize(text) if token.text == word]
    assert token.tag == tag


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("The firm is filing for bankruptcy.", "filing", "file"),
        ("The court rejected the filing.", "filing", "filing"),
        ("Thousands fled the city.", "fled", "flee"),
    ],
)
def test_lemma_follows_the_word_class(text, word, lemma):
    (token,) = [token for token in tokenize(text) if token.text == word]
    assert token.lemma == lemma


def test_offsets_index_the_text():
    text = "  The embassy bombing, in 1998, didn’t stop them."
    for token in tokenize(text, 2):
        assert text[token.start:token.end] == token.text
