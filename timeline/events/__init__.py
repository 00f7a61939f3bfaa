"""Events: tie each date to what happened (``anchor``), order them (``order``), merge articles (``merge``).

The stage reads a syntactic parse (``parser`` loads spaCy, ``parsed`` holds one parsed sentence). For each
time phrase, ``time_roles`` says whether it dates an event, ``periods`` joins a reporting period to the day
that ends it, ``attach`` (trained by ``train``) picks the word it dates, ``triggers`` widens that word to
its predicate, and ``headline`` tells the event from the tree (with ``rephrase`` for shapes that need
rewording, ``phrases`` for shared noun phrases and verb forms, ``rendering`` for the text), with pronouns
resolved by ``referents``; ``repeats`` folds mentions of one happening, ``order`` sorts, ``merge`` joins
articles.
"""
from __future__ import annotations

from typing import Any

__all__ = ["find_events", "merge_timelines", "order_events"]


def __getattr__(name: str) -> Any:
    # Loaded on first use, so that a step (training, the TimeML scorer) imports only what it needs.
    if name == "find_events":
        from timeline.events.anchor import find_events

        return find_events
    if name == "merge_timelines":
        from timeline.events.merge import merge_timelines

        return merge_timelines
    if name == "order_events":
        from timeline.events.order import order_events

        return order_events
    raise AttributeError(f"module 'timeline.events' has no attribute {name!r}")
