"""Story timelines: one timeline told across many articles.

Input is a set of articles with their extraction results (``StoryArticle``); output is the story's events
(``StoryEvent``), each happening once with every article that reports it (``Source``), ranked by importance.
The package imports nothing from the store or the web layer: the CLI, the evaluation and the API all call
``build_story``.

- ``model``: the value objects.
- ``similarity``: when two headlines tell the same happening (content words weighted by their rarity).
- ``fold``: mentions bucketed by date, folded within their bucket (cost linear in the number of mentions).
- ``rank``: importance (how many articles report it, ledes, how specific its date is, how often the
  collection mentions its day) and the key dates.
- ``query``: the simple full-text match that selects a story's articles.
- ``read``: articles from JSON lines, extracted, with their ledes.
- ``story``: ``build_story``, the steps above in order.
"""
from __future__ import annotations

from timeline.stories.model import Source, StoryArticle, StoryEvent
from timeline.stories.story import build_story

__all__ = ["Source", "StoryArticle", "StoryEvent", "build_story"]
