"""English: the data every stage reads for English text.

Modules (each stage imports only its own, as an attribute of this package: ``load("en").events``): the
event stage's word classes and the spaCy model setting (``events``), and the data of the tagger and of
ingest beside it.
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
