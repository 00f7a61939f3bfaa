"""How important a story event is, and the story's key dates.

A story's key dates are the days its articles keep coming back to: the day an earthquake struck is
mentioned by nearly every later article, whatever each tells of it (date selection by mention counts, as in
Martschat & Markert 2018 and the timeline-summarization work before them), most of all when articles
look back to it after the fact. So an event's importance is
first the attention the collection gives its day (how many articles mention that day at all), then how
many articles report the event itself and whether one opens with it (its lede: news tells what matters
first). A timeline is read by dates, so all of it is scaled by how specific the date is: a day fully, a
month or a stretch of days much less, since a reader cannot tell what happened when within them.
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Iterable

from timeline.stories.fold import DAY_OR_FINER
from timeline.stories.model import StoryArticle, StoryEvent

# How well a date serves as a timeline entry, by granularity (a day or finer: 1).
SPECIFICITY = {"week": 0.5, "month": 0.3, "season": 0.2, "quarter": 0.2, "half": 0.15, "year": 0.1,
               "decade": 0.05, "century": 0.05}
# Stretches of days (ranges) as specific as the granularity of their length: up to a week, up to a month, more.
RANGE_SPECIFICITY = ((7, "week"), (31, "month"), (366, "year"))
# A day an article looks back to, after the fact, is part of the story's history; a mention on the day itself
# is routine reporting of the day's news (and one before it, a plan that may not happen), worth less.
RETROSPECTIVE = 1.0
AS_NEWS = 0.5
# What an article reporting the event adds to its day's attention, and a report in the article's lede (the
# news the article is about) on top of that.
REPORT_WEIGHT = 1.0
LEDE_BONUS = 1.0


def entry_day(event: StoryEvent) -> str:
    """The date an event stands under in a timeline of key dates: its (start) day, or its value when coarser."""
    timex = event.date
    return timex.earliest[:10] if timex.granularity in DAY_OR_FINER and timex.earliest else timex.value


def specificity(event: StoryEvent) -> float:
    """How precise the event's date is as a timeline entry (1 for a day or finer)."""
    if event.end_date is not None and event.end_date.latest and event.date.earliest:
        days = (date.fromisoformat(event.end_date.latest[:10]) - date.fromisoformat(event.date.earliest[:10])).days
        if days > 1:
            granularity = next((name for length, name in RANGE_SPECIFICITY if days <= length), "decade")
            return SPECIFICITY[granularity]
    return 1.0 if event.date.granularity in DAY_OR_FINER else SPECIFICITY.get(event.date.granularity, 0.05)


def day_mentions(articles: Iterable[StoryArticle]) -> Counter[str]:
    """For each day, the attention the articles give it: each article mentioning it with a date of a day or
    finer (dating an event or not) counts ``RETROSPECTIVE`` when published after that day, less when
    published on it or before it (see ``AS_NEWS``)."""
    counts: Counter[str] = Counter()
    for article in articles:
        for day in {timex.earliest[:10] for timex in article.timeline.timexes
                    if timex.placeable and timex.granularity in DAY_OR_FINER}:
            counts[day] += RETROSPECTIVE if article.dct and article.dct > day else AS_NEWS
    return counts


def importance(event: StoryEvent, mentions: Counter[str]) -> float:
    """The event's score: the attention its day gets, plus its own reports (ledes counting more), times how
    specific its date is."""
    reports = {source.article: source.lede for source in event.sources}
    own = len(reports) + LEDE_BONUS * sum(reports.values())
    return specificity(event) * (mentions[entry_day(event)] + REPORT_WEIGHT * own)


def key_dates(ranked: list[StoryEvent], limit: int) -> list[StoryEvent]:
    """The best event of each of the ``limit`` best dates, best first."""
    chosen: list[StoryEvent] = []
    seen: set[str] = set()
    for event in ranked:
        day = entry_day(event)
        if day not in seen:
            seen.add(day)
            chosen.append(event)
            if len(chosen) == limit:
                break
    return chosen
