"""Many articles, one story: merge per-article timelines, folding events told by several of them."""
from __future__ import annotations

from dataclasses import replace

from timeline.events.order import order_events
from timeline.events.repeats import date_key, fold_into, same_event
from timeline.model import Event, Timeline


def merge_timelines(timelines: list[tuple[str, Timeline]]) -> Timeline:
    """Merge (article id, timeline) pairs into one timeline; each event keeps its ``article``.

    An event told by several articles is kept once, from the first article that
    tells it, with the other articles' sentences as evidence. The merged ``dct``
    is the latest DCT; ``timexes`` are those of every article.
    """
    merged: list[Event] = []
    by_date: dict[tuple, list[int]] = {}  # only events of one date can be one event: compared within their date
    for article, timeline in timelines:
        for event in (*timeline.events, *timeline.undated):
            event = replace(event, article=event.article or article)
            positions = by_date.setdefault(date_key(event), [])
            for position in positions:
                if same_event(merged[position], event):
                    merged[position] = fold_into(merged[position], event)
                    break
            else:
                positions.append(len(merged))
                merged.append(event)
    ordered, undated = order_events(merged)
    dcts = [timeline.dct for _, timeline in timelines if timeline.dct]
    return Timeline(
        dct=max(dcts) if dcts else None,
        timexes=tuple(timex for _, timeline in timelines for timex in timeline.timexes),
        events=tuple(ordered),
        undated=tuple(undated),
    )
