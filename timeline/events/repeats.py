"""Repeats: when two mentions are the same event, fold them into one with both pieces of evidence.

Two mentions are the same event when their dates have the same value and they
say the same thing: the same trigger word (up to a common ending) or headlines
sharing most of their content words. Distinct events on the same date (a plot
and an indictment, both in 2021) stay apart because their words differ.
"""
from __future__ import annotations

import re
from dataclasses import replace

from timeline.events import lexicon
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


def fold_repeats(events: list[Event]) -> list[Event]:
    """Fold repeated mentions into their first mention, keeping order."""
    folded: list[Event] = []
    for event in events:
        for position, kept in enumerate(folded):
            if kept.article == event.article and same_event(kept, event):
                folded[position] = fold_into(kept, event)
                break
        else:
            folded.append(event)
    return folded
