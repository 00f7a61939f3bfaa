"""TempEval-3 scoring of the temporal tagger against TimeML (TIMEX3) or inline TIMEX2 gold files.

Extraction is scored strict (same span) and relaxed (overlapping spans), one-to-one;
value and type F1 are the relaxed F1 times the share of matched expressions whose value
(type) equals the gold one. The DCT is not scored (it lies outside ``<TEXT>``). TIMEX2 has
no type, so a TIMEX2 corpus is scored without type F1; its expressions annotated without a
value are not scored, and a system expression overlapping only such a one is not counted.

Run: ``python3 -m timeline.evaluation.tempeval FOLDER [--misses N] [--mode MODE]``.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from timeline.evaluation.timeml import GoldTimex, read_corpus
from timeline.model import Timex
from timeline.tagger import MODES, tag


@dataclass(frozen=True)
class Miss:
    """One disagreement with the gold: missed, spurious, or matched with another span/value/type."""

    document: str
    kind: str  # "missed", "spurious", "span", "value", "type"
    gold: GoldTimex | None
    system: Timex | None
    context: str


@dataclass
class Report:
    """Counts over a corpus and the disagreements found."""

    documents: int = 0
    gold: int = 0
    system: int = 0
    strict_matches: int = 0
    relaxed_matches: int = 0
    value_matches: int = 0
    type_matches: int = 0
    typed: int = 0  # gold expressions with a type (TIMEX3); type F1 is reported only when there are some
    misses: list[Miss] = field(default_factory=list)

    @staticmethod
    def _f1(precision: float, recall: float) -> float:
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def prf(self, matches: int) -> tuple[float, float, float]:
        """Precision, recall and F1 (percent) for a number of matched expressions."""
        precision = matches / self.system if self.system else 0.0
        recall = matches / self.gold if self.gold else 0.0
        return 100 * precision, 100 * recall, 100 * self._f1(precision, recall)

    @property
    def strict(self) -> tuple[float, float, float]:
        """Strict P/R/F1."""
        return self.prf(self.strict_matches)

    @property
    def relaxed(self) -> tuple[float, float, float]:
        """Relaxed P/R/F1."""
        return self.prf(self.relaxed_matches)

    @property
    def value_f1(self) -> float:
        """Relaxed F1 × share of matched expressions with the gold value."""
        return self.relaxed[2] * (self.value_matches / self.relaxed_matches if self.relaxed_matches else 0.0)

    @property
    def type_f1(self) -> float:
        """Relaxed F1 × share of matched expressions with the gold type."""
        return self.relaxed[2] * (self.type_matches / self.relaxed_matches if self.relaxed_matches else 0.0)


def align(gold: list[GoldTimex], system: list[Timex]) -> tuple[list[tuple[GoldTimex, Timex]], list[GoldTimex], list[Timex]]:
    """One-to-one pairs of overlapping expressions (exact spans first), and the unpaired ones."""
    pairs: list[tuple[GoldTimex, Timex]] = []
    free = list(system)
    exact = {(t.start, t.end): t for t in system}
    unpaired_gold = []
    for g in gold:
        found = exact.get((g.start, g.end))
        if found is None or found not in free:
            found = next((t for t in free if t.start < g.end and g.start < t.end), None)
        if found is None:
            unpaired_gold.append(g)
        else:
            free.remove(found)
            pairs.append((g, found))
    return pairs, unpaired_gold, free


def _context(text: str, start: int, end: int) -> str:
    """The expression in its sentence-sized neighbourhood, on one line."""
    return " ".join((text[max(0, start - 60):start] + "[" + text[start:end] + "]" + text[end:end + 40]).split())


def score_corpus(folder: str | Path, *, mode: str = "auto") -> Report:
    """Tag every annotated document below ``folder`` (in ``mode``) and score the tagger against its timexes."""
    report = Report()
    for document in read_corpus(folder):
        system = tag(document.text, document.dct[:10] if document.dct else None, mode=mode)
        gold = list(document.timexes)
        pairs, missed, spurious = align(gold, system)
        spurious = [s for s in spurious if not any(s.start < end and start < s.end for start, end in document.unscored)]
        report.documents += 1
        report.gold += len(gold)
        report.typed += sum(g.type is not None for g in gold)
        report.system += len(pairs) + len(spurious)
        for g, s in pairs:
            report.relaxed_matches += 1
            strict = (g.start, g.end) == (s.start, s.end)
            report.strict_matches += strict
            report.value_matches += g.value == s.value
            report.type_matches += g.type == s.type
            for kind, wrong in (("span", not strict), ("value", g.value != s.value),
                                ("type", g.type is not None and g.type != s.type)):
                if wrong:
                    report.misses.append(Miss(document.name, kind, g, s, _context(document.text, g.start, g.end)))
        report.misses += [Miss(document.name, "missed", g, None, _context(document.text, g.start, g.end))
                          for g in missed]
        report.misses += [Miss(document.name, "spurious", None, s, _context(document.text, s.start, s.end))
                          for s in spurious]
    return report


def format_report(report: Report, misses: int = 20) -> str:
    """The figures as a table, then counts of disagreements and up to ``misses`` examples of each kind."""
    lines = [f"TempEval-3 timex scores on {report.documents} documents "
             f"({report.gold} gold, {report.system} system expressions)",
             f"{'':10}{'P':>7}{'R':>7}{'F1':>7}"]
    for name, (p, r, f) in (("strict", report.strict), ("relaxed", report.relaxed)):
        lines.append(f"{name:10}{p:7.2f}{r:7.2f}{f:7.2f}")
    lines.append(f"{'value F1':10}{report.value_f1:21.2f}")
    if report.typed:
        lines.append(f"{'type F1':10}{report.type_f1:21.2f}")
    else:
        lines.append("type F1   (the gold has no types: TIMEX2)")
    kinds = Counter(m.kind for m in report.misses)
    lines.append("disagreements: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    if misses:
        for kind in ("missed", "spurious", "span", "value", "type"):
            examples = [m for m in report.misses if m.kind == kind][:misses]
            if examples:
                lines.append(f"-- {kind} (showing {len(examples)} of {kinds[kind]})")
            for m in examples:
                gold = f"{m.gold.text!r} {m.gold.type or ''} {m.gold.value}" if m.gold else "-"
                system = f"{m.system.text!r} {m.system.type} {m.system.value}" if m.system else "-"
                lines.append(f"{m.document}: gold {gold} | system {system} | {m.context}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: score a TimeML folder and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--misses", type=int, default=20, help="examples to list per kind of disagreement")
    parser.add_argument("--mode", choices=MODES, default="auto", help="how dates are resolved (see timeline.tagger)")
    args = parser.parse_args(argv)
    print(format_report(score_corpus(args.folder, mode=args.mode), args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
