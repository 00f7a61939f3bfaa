"""Evaluation against annotated corpora (TimeML): readers and scorers."""
