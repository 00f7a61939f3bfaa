"""Repeats: one happening is one event, with every sentence that tells it.

Two mentions are the same event when their dates have the same value and they say the same thing: the
same trigger word (up to a common ending) or headlines sharing most of their content words. Distinct
events on the same date (a plot and an indictment, both in 2021) stay apart because their words differ,
and so do two mentions giving different figures ("a loss of $3 million", "a loss of $195 million").
Two dates side by side that name one moment ("on March 28 at 6 p.m.", "Nov. 3, the day before ...")
are one event, dated by the finer. And the same headline under two dates is one event where the dates are
one happening's: with a date and a date inside it, at the finer date; told by one predicate with two dates
apart in one sentence, from the first to the second.

Mentions are compared only within their date (and, for the last rule, within their headline), so the
cost stays linear in the number of events unless one date holds most of them.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from timeline import languages
from timeline.events.order import interval
from timeline.model import Event, Evidence

SIMILARITY = 0.5  # share of content words two headlines with the same trigger must have in common
SAME_WORDING = 0.9  # share that makes two mentions one event whatever their triggers


def _stem(word: str) -> str:
    word = word.lower()
    for ending in ("ings", "ing", "ed", "es", "s", "ment", "ion"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def content_words(text: str, language: str = languages.DEFAULT) -> set[str]:
    """The stems of a text's content words."""
    return set(_content_stems(text, language))


@lru_cache(maxsize=4096)
def _content_stems(text: str, language: str) -> frozenset[str]:
    """``content_words`` worked out once per headline: folding compares each mention with every other of its
    date, so the same headline's words were worked out again for each pair."""
    stopwords = languages.load(language).events.STOPWORDS
    return frozenset(_stem(word) for word in re.findall(r"[A-Za-z0-9]+", text) if word.lower() not in stopwords)


def date_key(event: Event) -> tuple[str, str | None]:
    """The dates two mentions of one event share: the value of the date and of its end."""
    return event.date.value, event.end_date.value if event.end_date is not None else None


def _different_figures(first: Event, second: Event) -> bool:
    """Whether both headlines give figures and none in common. Within one article only: across articles a
    figure is often updated ("killed 170", then "killed 176"), and the event is the same."""
    figures_first, figures_second = (set(re.findall(r"\d+(?:[.,]\d+)*", e.headline)) for e in (first, second))
    return bool(figures_first and figures_second and not figures_first & figures_second)


def same_event(first: Event, second: Event) -> bool:
    """True when two mentions are of the same event (same date, same wording)."""
    if date_key(first) != date_key(second):
        return False
    words_first = _content_stems(first.headline, languages.DEFAULT)
    words_second = _content_stems(second.headline, languages.DEFAULT)
    overlap = len(words_first & words_second) / max(1, min(len(words_first), len(words_second)))
    same_trigger = _stem(first.trigger.text) == _stem(second.trigger.text)
    # "condemned the bomb explosions" and "bombs exploded" share their words but are two events
    return overlap >= SIMILARITY and same_trigger or overlap >= SAME_WORDING


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


@lru_cache(maxsize=None)
def _one_moment_between(language: str = languages.DEFAULT) -> re.Pattern:
    """What may stand between two expressions that name one moment: "March 28 at 6 p.m.", "6 p.m., on
    Friday", "1 a.m. Central time on May 20"."""
    words = languages.load(language).events
    zones = "|".join(re.escape(zone) for zone in sorted(words.TIME_PHRASE_CLOSERS, key=len, reverse=True))
    joins = "|".join(sorted(words.SAME_MOMENT_JOINS))
    return re.compile(rf"[\s,(]*(?:(?:{zones})\b[\s,)]*)?(?:(?:{joins})\s+)?", re.I)


def _contains(outer: Event, inner: Event) -> bool:
    (start_1, end_1), (start_2, end_2) = interval(outer), interval(inner)
    return start_1 <= start_2 and end_2 <= end_1


def _finer(first: Event, second: Event) -> Event | None:
    """Of two mentions of one event (the same headline or trigger) in one sentence whose dates stand side by
    side and name one moment ("will hold a meeting on March 28 at 6 p.m."), the one with the date inside the
    other's (with both dates as its time phrase when they name the same time); None for dates apart ("on
    Monday and Friday")."""
    if not (first.date.placeable and second.date.placeable) or first.end_date or second.end_date \
            or first.sentence != second.sentence:
        return None
    if first.headline != second.headline and not (first.trigger.start < second.trigger.end and second.trigger.start < first.trigger.end):
        return None  # "studied there in 1987, the same year he joined the party": two events of one year
    left, right = sorted((first.date, second.date), key=lambda timex: timex.start)
    sentence = first.sentence
    if left.start < sentence.start or right.end > sentence.end or \
            not _one_moment_between().fullmatch(sentence.text, left.end - sentence.start, right.start - sentence.start):
        return None
    if interval(first) == interval(second):
        # "Nov. 3, the day before ...": an apposition restates the date; together they are its time phrase
        text = sentence.text[left.start - sentence.start:right.end - sentence.start]
        return replace(first, date=replace(first.date, text=text, start=left.start, end=right.end))
    if _contains(first, second):
        return second
    if _contains(second, first):
        return first
    return None


def fold_repeats(events: list[Event]) -> list[Event]:
    """Fold repeated mentions into their first mention, keeping order."""
    folded: list[Event | None] = []
    by_date: dict[tuple, list[int]] = {}  # date key -> positions in ``folded``
    by_sentence: dict[tuple, list[int]] = {}  # (article, sentence start) -> positions
    for event in events:
        position = _fold_one(event, folded, by_date, by_sentence)
        if position is None:
            folded.append(event)
            by_date.setdefault(date_key(event), []).append(len(folded) - 1)
            by_sentence.setdefault((event.article, event.sentence.start), []).append(len(folded) - 1)
    return _one_date_per_headline([event for event in folded if event is not None])


def _fold_one(event: Event, folded: list, by_date: dict, by_sentence: dict) -> int | None:
    for position in by_sentence.get((event.article, event.sentence.start), []):
        kept = folded[position]
        if kept is not None and kept.article == event.article and (finer := _finer(kept, event)) is not None:
            # one event, whichever word each date went to; it moves to its finer date
            moved = replace(kept, date=finer.date)
            folded[position] = moved
            old_key, new_key = date_key(kept), date_key(moved)
            if old_key != new_key:
                by_date[old_key].remove(position)
                by_date.setdefault(new_key, []).append(position)
            return position
    for position in by_date.get(date_key(event), []):
        kept = folded[position]
        if kept is not None and kept.article == event.article and same_event(kept, event) and not _different_figures(kept, event):
            folded[position] = fold_into(kept, event)
            return position
    return None


def _one_date_per_headline(events: list[Event]) -> list[Event]:
    """The same headline under a date and a date inside it is one event, at the finer date ("Adrian
    reached the coast" on May 20 and at 1 a.m. on May 20); with the same trigger under two dates apart in one
    sentence, one event from the first to the second."""
    by_headline: dict[tuple, list[int]] = {}
    for position, event in enumerate(events):
        by_headline.setdefault((event.article, event.headline.lower()), []).append(position)
    kept: list[Event | None] = list(events)
    for positions in by_headline.values():
        for first_index, first in enumerate(positions):
            for second in positions[first_index + 1:]:
                one, other = kept[first], kept[second]
                if one is None or other is None or not (one.date.placeable and other.date.placeable):
                    continue
                if _contains(one, other):
                    finer, coarser = other, one
                elif _contains(other, one):
                    finer, coarser = one, other
                elif one.sentence == other.sentence and one.trigger == other.trigger \
                        and one.end_date is None and other.end_date is None:
                    # one predicate of one sentence with two dates apart ("a third wave in January to April
                    # 1919"): one event over both
                    earlier, later = sorted((one, other), key=lambda event: interval(event))
                    kept[first], kept[second] = replace(fold_into(earlier, later), end_date=later.date), None
                    continue
                else:
                    continue
                kept[first], kept[second] = fold_into(finer, coarser), None
    return [event for event in kept if event is not None]
