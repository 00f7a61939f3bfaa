"""Benchmark of ingest: reading an article, finding its page furniture and publication date, splitting sentences.

Prints the CPU time of ``timeline.ingest.ingest`` on a 1 MB and a 2 MB article made of real news pages
(../shared/data/news-dev, furniture included, and timeline17-dev articles), and on 1 MB inputs made to hurt a
line-by-line or regex scan: one line of a megabyte, a megabyte of short furniture-like lines, runs of dates and
clock times. Ingest must stay linear: the 2 MB / 1 MB ratio near 2 (at most 2.5).

Run: ``python3 bench/ingest.py``.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.ingest import ingest  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
MEGABYTE = 1_000_000


def _news(size: int) -> str:
    """Real pages, furniture and all, repeated to ``size`` characters."""
    pages = [path.read_text(encoding="utf-8") for path in sorted((DATA / "news-dev").glob("*.txt"))]
    with open(DATA / "timeline17-dev" / "H1N1_guardian" / "articles.jsonl", encoding="utf-8") as lines:
        pages += [json.loads(line)["text"] for line in lines][:20]
    text = "\n\n".join(pages)
    return (text * (size // len(text) + 1))[:size]


def _repeat(unit: str, size: int = MEGABYTE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _cpu_seconds(text: str, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        begin = time.process_time()
        ingest(text)
        best = min(best, time.process_time() - begin)
    return best


def main() -> int:
    """Print the figures."""
    one, two = _news(MEGABYTE), _news(2 * MEGABYTE)
    document = ingest(one)
    first, second = _cpu_seconds(one), _cpu_seconds(two)
    print(f"news, 1 MB: {first:.3f} s CPU ({len(one) / first / 1e6:.2f} MB/s); "
          f"{len(document.sentences)} sentences, {len(document.furniture)} furniture spans")
    print(f"news, 2 MB: {second:.3f} s CPU; ratio 2 MB / 1 MB = {second / first:.2f} (linear: about 2, at most 2.5)")
    adversarial = {
        "one line of 1 MB": _repeat("The council met on Monday, Nov. 15, 2024 at 7:09 AM EST and voted . "),
        "short furniture lines": _repeat("Posted Jan 25, 2021 4:00 AM ET\nShare on Facebook\nImage: Jo Smith.\n"),
        "dates and clock times": _repeat("Tuesday 5 May 2009 17.04 BST "),
        "digits and colons": _repeat("12:34 "),
        "By By By ...": _repeat("By "),
        "blank lines": _repeat("\n"),
    }
    for name, text in adversarial.items():
        print(f"{name}: {_cpu_seconds(text, 1):.3f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
