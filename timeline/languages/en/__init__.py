"""English: the data every stage reads for English text.

Modules (each stage imports only its own): the temporal grammar and its word tables (``time``, for the
tagger), the event stage's word classes and the spaCy model setting (events), page-furniture patterns (ingest).
"""
from timeline.languages.en import time

__all__ = ["time"]
