"""English: the data every stage reads for English text.

Modules (each stage imports only its own, as an attribute of this package: ``load("en").events``): the
temporal grammar and its word tables (``time``, for the tagger), the event stage's word classes and the
spaCy model setting (``events``), page-furniture and dateline patterns (``furniture``, for ingest), and the
word lists of the news evaluation's headline checks (``headline_checks``).
"""
from __future__ import annotations

import importlib
from types import ModuleType


def __getattr__(name: str) -> ModuleType:
    # A stage's data module is imported when the stage first asks for it.
    if name.startswith("_"):
        raise AttributeError(name)
    try:
        return importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
