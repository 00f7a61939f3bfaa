"""How important a story event is, and the story's key dates.

News tells what matters most often and first: an event reported by many articles matters more than one
reported once, and one an article opens with (its lede) more than one it mentions in passing. A timeline
is read by dates, so a precise date ("April 29") makes a better entry than a vague one ("2009"). And the
dates a collection keeps coming back to are its key dates (date selection by mention counts, as in
Martschat & Markert 2018 and the timeline-summarization work before them): the day an earthquake struck
is mentioned by nearly every later article, whatever event each ties to it.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Iterable

from timeline.stories.fold import DAY_OR_FINER, date_key
from timeline.stories.model import StoryArticle, StoryEvent

# How well a date serves as a timeline entry, by granularity: a day (or a time of day) fully; a week, a
# month, a year less and less, since a reader cannot tell what happened when within them.
SPECIFICITY = {"week": 0.5, "month": 0.3, "season": 0.2, "quarter": 0.2, "half": 0.15, "year": 0.1,
               "decade": 0.05, "century": 0.05}
# What a report in an article's lede is worth on top of being a report.
LEDE_BONUS = 1.0
# What each further article mentioning the event's day adds (a report of the event itself counts fully).
DAY_MENTION_WEIGHT = 0.5


def specificity(granularity: str) -> float:
    """How precise a date of this granularity is as a timeline entry (1 for a day or finer)."""
    return 1.0 if granularity in DAY_OR_FINER else SPECIFICITY.get(granularity, 0.05)


def day_mentions(articles: Iterable[StoryArticle]) -> Counter[str]:
    """For each day, how many articles mention it with a date of a day or finer (any date, dating an
    event or not)."""
    counts: Counter[str] = Counter()
    for article in articles:
        counts.update({timex.earliest[:10] for timex in article.timeline.timexes
                       if timex.placeable and timex.granularity in DAY_OR_FINER})
    return counts


def importance(event: StoryEvent, mentions_of_day: int) -> float:
    """The event's score: its reports (ledes counting more) and the attention its day gets, times how
    specific its date is."""
    reports = {source.article: source.lede for source in event.sources}
    ledes = sum(reports.values())
    day_attention = max(0, mentions_of_day - len(reports))
    return specificity(event.date.granularity) * (len(reports) + LEDE_BONUS * ledes + DAY_MENTION_WEIGHT * day_attention)


def key_dates(ranked: list[StoryEvent], limit: int) -> list[StoryEvent]:
    """The best event of each of the ``limit`` best dates, best first."""
    chosen: list[StoryEvent] = []
    seen: set[tuple] = set()
    for event in ranked:
        key = date_key(event)
        if key not in seen:
            seen.add(key)
            chosen.append(event)
            if len(chosen) == limit:
                break
    return chosen

