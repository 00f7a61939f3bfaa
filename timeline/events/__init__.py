"""Events: tie each date to what happened (``anchor``), order them (``order``), merge articles (``merge``).

The stage reads a syntactic parse (``parser``, ``parsed``); its steps are attachment (``attach``, trained
by ``train``), triggers (``triggers``), headlines (``headline``), pronouns (``referents``) and repeats
(``repeats``).
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
