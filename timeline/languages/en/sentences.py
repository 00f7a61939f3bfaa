"""English sentence splitting data for ``timeline.ingest``: words whose full stop does not end a sentence."""
from __future__ import annotations

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st mt gen col lt sgt capt gov sen rep rev hon pres vs etc inc ltd co corp no "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n a.m p.m e.g i.e ft".split()
)
