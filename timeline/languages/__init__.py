"""Language data, one package per language: word lists, patterns, tense cues, the parser model's name.

The engines (``timeline.tagger``, ``timeline.events``, ``timeline.ingest``) hold no English of their own:
they take a language code from ``extract()`` down and read their data from ``load(code)``. English is the
only language today; a second one is a sibling package of ``en`` with the same module names.
"""
from __future__ import annotations

import importlib
from types import ModuleType

SUPPORTED = ("en",)
DEFAULT = "en"


class UnsupportedLanguage(ValueError):
    """A language code this installation has no data for."""


def load(code: str = DEFAULT) -> ModuleType:
    """The package of one language's data (``timeline.languages.en`` for "en")."""
    if code not in SUPPORTED:
        raise UnsupportedLanguage(f"unsupported language {code!r}: expected one of {', '.join(SUPPORTED)}")
    return importlib.import_module(f"timeline.languages.{code}")
