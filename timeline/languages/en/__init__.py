"""English: the data every stage reads for English text.

Modules (each stage imports only its own): the temporal grammar and its word tables (tagger), the
event stage's word classes and the spaCy model setting (events), page-furniture patterns (ingest).
"""
