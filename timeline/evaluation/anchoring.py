"""Anchoring score: does each gold date come out tied to the event it dates?

For every gold DATE/TIME expression that a gold TLINK (IS_INCLUDED, INCLUDES,
SIMULTANEOUS, DURING, BEGINS, ENDS, BEGUN_BY, ENDED_BY) ties to an event of the
same sentence (vague words, ``PRESENT_REF`` and ``FUTURE_REF``, excepted: they never
become timeline events; ``--with-vague`` counts them too, as misses), the pipeline must output an event (dated or undated) whose date
overlaps the expression and whose trigger overlaps one of those gold events.
By default the pipeline's own tagger finds the dates (the real figure);
``--gold-timexes`` feeds it the gold expressions instead, to measure anchoring alone.

Usage: python3 -m timeline.evaluation.anchoring FOLDER [--gold-timexes] [--with-vague] [--misses N]
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta

from timeline.evaluation.timeml import GoldTimex, TimemlDocument, read_corpus
from timeline import languages
from timeline.events.order import order_events
from timeline.ingest import ingest, split_sentences
from timeline.model import Timex


# The relations by which a date says when an event happened.
ANCHORING_RELATIONS = frozenset("IS_INCLUDED INCLUDES SIMULTANEOUS DURING BEGINS ENDS BEGUN_BY ENDED_BY".split())


@dataclass(frozen=True)
class AnchoringResult:
    """How many gold dated events were anchored, out of how many."""

    anchored: int
    total: int
    documents: int
    misses: tuple[str, ...] = ()

    @property
    def share(self) -> float:
        """Anchored share, 0..1."""
        return self.anchored / self.total if self.total else 0.0


def gold_timex(gold: GoldTimex) -> Timex:
    """A gold expression as a Timex, with the calendar interval of simple values (enough for scoring)."""
    earliest = latest = None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T.*)?", gold.value)
    if match:
        year, month, day = int(match.group(1)), match.group(2), match.group(3)
        if day:
            start = date(year, int(month), int(day))
            earliest, latest = start.isoformat(), (start + timedelta(days=1)).isoformat()
        elif month:
            earliest = f"{year:04d}-{month}-01"
            latest = f"{year + (month == '12'):04d}-{int(month) % 12 + 1:02d}-01"
        else:
            earliest, latest = f"{year:04d}-01-01", f"{year + 1:04d}-01-01"
    return Timex(gold.text, gold.start, gold.end, id=gold.tid, type=gold.type, value=gold.value,
                 earliest=earliest, latest=latest)


def gold_anchors(document: TimemlDocument, *, with_vague: bool = False) -> list[tuple[GoldTimex, tuple[tuple[int, int], ...]]]:
    """(gold timex, spans of the same-sentence gold events it dates) for one document."""
    sentences = split_sentences(document.text)

    def sentence_of(offset: int) -> int | None:
        return next((index for index, sentence in enumerate(sentences) if sentence.start <= offset < sentence.end), None)

    timexes = {timex.tid: timex for timex in document.timexes if timex.type in ("DATE", "TIME") and (with_vague or timex.value not in languages.load().events.VAGUE_VALUES)}
    events = {event.eid: event for event in document.events}
    linked: dict[str, set] = {}
    for link in document.tlinks:
        if link.rel_type not in ANCHORING_RELATIONS:
            continue
        pair = (link.source, link.target) if link.source in timexes else (link.target, link.source)
        if pair[0] not in timexes or pair[1] not in events:
            continue
        timex, event = timexes[pair[0]], events[pair[1]]
        if sentence_of(timex.start) is not None and sentence_of(timex.start) == sentence_of(event.start):
            linked.setdefault(timex.tid, set()).add((event.start, event.end))
    return [(timexes[tid], tuple(sorted(spans))) for tid, spans in sorted(linked.items(), key=lambda item: timexes[item[0]].start)]


def score_documents(documents: list[TimemlDocument], *, attacher=None, gold_timexes: bool = False,
                    with_vague: bool = False) -> AnchoringResult:
    """Run the pipeline over annotated documents and count the anchored gold dates."""
    anchored = total = 0
    misses = []
    for document in documents:
        article = ingest(document.text, document.dct[:10] if document.dct else None)
        if gold_timexes:
            timexes = [gold_timex(timex) for timex in document.timexes]
        else:
            from timeline.tagger import tag  # imported only when used: gold runs do not need it

            timexes = tag(article.plain, article.dct)
        from timeline.events.anchor import find_events

        ordered, undated = order_events(find_events(article, timexes, attacher=attacher))
        events = ordered + undated
        for timex, spans in gold_anchors(document, with_vague=with_vague):
            total += 1
            if any(_overlap(event.date, timex) or (event.end_date is not None and _overlap(event.end_date, timex))
                   for event in events
                   if any(event.trigger.start < end and start < event.trigger.end for start, end in spans)):
                anchored += 1
            else:
                misses.append(f"{document.name}: {timex.text!r} -> {[document.text[s:e] for s, e in spans]}")
    return AnchoringResult(anchored, total, len(documents), tuple(misses))


def _overlap(first, second) -> bool:
    return first.start < second.end and second.start < first.end


def score_anchoring(folder: str, *, gold_timexes: bool = False, with_vague: bool = False) -> AnchoringResult:
    """Anchoring score of the pipeline on every TimeML file below ``folder``."""
    return score_documents(read_corpus(folder), gold_timexes=gold_timexes, with_vague=with_vague)


def format_report(result: AnchoringResult) -> str:
    """A short human-readable report."""
    return (f"anchoring: {result.anchored}/{result.total} gold dated events anchored = {result.share:.1%} "
            f"({result.documents} documents)")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description="Anchoring score of the pipeline on TimeML files.")
    parser.add_argument("folder")
    parser.add_argument("--gold-timexes", action="store_true", help="use gold time expressions instead of the tagger")
    parser.add_argument("--with-vague", action="store_true", help="also count vague words (now, the future) as gold dates")
    parser.add_argument("--misses", type=int, default=0, help="print the first N misses")
    args = parser.parse_args(argv)
    result = score_anchoring(args.folder, gold_timexes=args.gold_timexes, with_vague=args.with_vague)
    print(format_report(result))
    for miss in result.misses[: args.misses]:
        print("  miss", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
