"""Repeats: when two mentions are the same event, fold them into one with both pieces of evidence.

Two mentions are the same event when their dates have the same value and they
say the same thing: the same trigger word (up to a common ending) or headlines
sharing most of their content words. Distinct events on the same date (a plot
and an indictment, both in 2021) stay apart because their words differ. A day and
an hour side by side ("on March 28 at 6 p.m.") are one moment: their events are one,
dated by the hour.
"""
from __future__ import annotations

import re
from dataclasses import replace

from timeline.events import lexicon
from timeline.events.order import interval
from timeline.model import Event, Evidence

SIMILARITY = 0.5  # share of content words two headlines must have in common


def _stem(word: str) -> str:
    word = word.lower()
    for ending in ("ings", "ing", "ed", "es", "s", "ment", "ion"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def content_words(text: str) -> set[str]:
    """The stems of a text's content words."""
    return {_stem(word) for word in re.findall(r"[A-Za-z0-9]+", text) if word.lower() not in lexicon.STOPWORDS}


def _date_key(event: Event) -> tuple[str, str | None]:
    return event.date.value, event.end_date.value if event.end_date is not None else None


def _different_figures(first: Event, second: Event) -> bool:
    """Whether both headlines give figures and none in common: "a loss of $3 million" and "a loss of
    $195 million" last year are two losses. Within one article only: across articles a figure is often
    updated ("killed 170", then "killed 176"), and the event is the same."""
    figures_first, figures_second = (set(re.findall(r"\d+(?:[.,]\d+)*", e.headline)) for e in (first, second))
    return bool(figures_first and figures_second and not figures_first & figures_second)


def same_event(first: Event, second: Event) -> bool:
    """True when two mentions are of the same event (same date, same wording)."""
    if _date_key(first) != _date_key(second):
        return False
    words_first, words_second = content_words(first.headline), content_words(second.headline)
    overlap = len(words_first & words_second) / max(1, min(len(words_first), len(words_second)))
    same_trigger = _stem(first.trigger.text) == _stem(second.trigger.text)
    return overlap >= SIMILARITY and (same_trigger or overlap >= 0.75)


def fold_into(kept: Event, repeat: Event) -> Event:
    """``kept`` with ``repeat``'s sentences (and participants) added as evidence."""
    evidence = list(kept.evidence)
    for sentence in (repeat.sentence, *repeat.evidence):
        if repeat.article != kept.article and not isinstance(sentence, Evidence):
            sentence = Evidence(sentence.text, sentence.start, sentence.end, article=repeat.article)
        if sentence != kept.sentence and sentence not in evidence:
            evidence.append(sentence)
    participants = kept.participants + tuple(p for p in repeat.participants if p not in kept.participants)
    return replace(kept, evidence=tuple(evidence), participants=participants)


# What may stand between two expressions that name one moment: "March 28 at 6 p.m.", "6 p.m., on Friday".
_ONE_MOMENT_BETWEEN = re.compile(r"[\s,]*(?:(?:at|on|around|about)\s+)?")


def _finer(first: Event, second: Event) -> Event | None:
    """Of two events of one sentence whose dates stand side by side and name one moment ("will hold a
    meeting on March 28 at 6 p.m."), the one with the date inside the other's (with both dates as its time
    phrase when they name the same time); None for dates apart ("on Monday and Friday")."""
    if not (first.date.placeable and second.date.placeable) or first.end_date or second.end_date \
            or first.sentence != second.sentence:
        return None
    left, right = sorted((first.date, second.date), key=lambda timex: timex.start)
    sentence = first.sentence
    if left.start < sentence.start or right.end > sentence.end or \
            not _ONE_MOMENT_BETWEEN.fullmatch(sentence.text, left.end - sentence.start, right.start - sentence.start):
        return None
    (start_1, end_1), (start_2, end_2) = interval(first), interval(second)
    if (start_1, end_1) == (start_2, end_2):
        # "Nov. 3, the day before ...": an apposition restates the date; together they are its time phrase
        text = sentence.text[left.start - sentence.start:right.end - sentence.start]
        return replace(first, date=replace(first.date, text=text, start=left.start, end=right.end))
    if start_1 <= start_2 and end_2 <= end_1:
        return second
    if start_2 <= start_1 and end_1 <= end_2:
        return first
    return None


def fold_repeats(events: list[Event]) -> list[Event]:
    """Fold repeated mentions into their first mention, keeping order."""
    folded: list[Event] = []
    for event in events:
        for position, kept in enumerate(folded):
            if kept.article != event.article:
                continue
            if (finer := _finer(kept, event)) is not None:  # one event, whichever word each date went to
                folded[position] = replace(kept, date=finer.date)
                break
            if same_event(kept, event) and not _different_figures(kept, event):
                folded[position] = fold_into(kept, event)
                break
        else:
            folded.append(event)
    return folded
