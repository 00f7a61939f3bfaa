"""Benchmark of the event stage: model size, load time, and find_events speed on the TempEval-3 corpus.

Usage: python3 bench/events.py [FOLDER]   (default ../shared/data/tempeval3-train)
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.evaluation.anchoring import gold_timex  # noqa: E402
from timeline.evaluation.timeml import read_corpus  # noqa: E402
from timeline.events import find_events  # noqa: E402
from timeline.events.attach import MODEL_PATH, load_attacher  # noqa: E402
from timeline.events.order import order_events  # noqa: E402
from timeline.ingest import ingest  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "tempeval3-train"


def main() -> None:
    """Print the figures."""
    folder = sys.argv[1] if len(sys.argv) > 1 else str(DEFAULT)
    started = time.perf_counter()
    attacher = load_attacher()
    load_seconds = time.perf_counter() - started
    print(f"model: {MODEL_PATH.name} {MODEL_PATH.stat().st_size / 1024:.0f} KiB, "
          f"{len(attacher.model.weights)} attachment + {len(attacher.triggers.model.weights)} trigger weights, "
          f"loaded in {load_seconds * 1000:.0f} ms")
    corpus = read_corpus(folder)
    prepared = [(ingest(document.text, document.dct[:10] or None), [gold_timex(t) for t in document.timexes]) for document in corpus]
    characters = sum(len(article.plain) for article, _ in prepared)
    sentences = sum(len(article.sentences) for article, _ in prepared)
    for _ in ("warm-up", "timed"):
        started, cpu_started = time.perf_counter(), time.process_time()
        count = 0
        for article, timexes in prepared:
            ordered, undated = order_events(find_events(article, timexes, attacher=attacher))
            count += len(ordered) + len(undated)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    # CPU time is the figure to compare: the machine is shared, wall time varies with its load.
    print(f"find_events + order_events (gold time phrases): {len(prepared)} documents, {sentences} sentences, "
          f"{characters / 1000:.0f}k characters, {count} events in {cpu:.2f} s CPU ({seconds:.2f} s wall) = "
          f"{len(prepared) / cpu:.0f} documents/s, {characters / cpu / 1000:.0f}k characters/s, {cpu / sentences * 1e6:.0f} µs/sentence")


if __name__ == "__main__":
    main()
