"""Events: tie each date to what happened (``anchor``), order them (``order``), merge articles (``merge``)."""
from timeline.events.anchor import find_events
from timeline.events.merge import merge_timelines
from timeline.events.order import order_events

__all__ = ["find_events", "merge_timelines", "order_events"]
