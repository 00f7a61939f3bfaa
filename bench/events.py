"""Benchmark of the whole pipeline (ingest, tagger, parse, events, order): throughput and linear growth.

Prints:
- characters/s end to end on the TempEval-3 texts (CPU time; the machine is shared, wall time varies), on
  a second pass, and on the first pass (which also pays for working out each new word's lemma once);
- how many of the sentences were parsed (only those that need it are);
- where the CPU time went: ingest, tagger, spaCy parse, named entities (run on demand), the rest of the
  event stage (attachment, headlines, pronouns, repeats), ordering;
- the time for one article of about 1 MB and for one of about 2 MB, made of real news texts one after the
  other, and their ratio (linear growth means about 2).

Usage: python3 bench/events.py [FOLDER]   (default ../shared/data/tempeval3-train)
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.evaluation.timeml import read_corpus  # noqa: E402
from timeline.events.attach import MODEL_PATH, load_attacher  # noqa: E402
from timeline.events.parser import load_parser, parse  # noqa: E402
from timeline.pipeline import extract  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "tempeval3-train"


def _timed(function) -> tuple[float, float, object]:
    started, cpu_started = time.perf_counter(), time.process_time()
    result = function()
    return time.process_time() - cpu_started, time.perf_counter() - started, result


def main() -> None:
    """Print the figures."""
    folder = sys.argv[1] if len(sys.argv) > 1 else str(DEFAULT)
    cpu, _, _ = _timed(load_parser)
    attacher = load_attacher()
    print(f"parser loaded in {cpu:.2f} s CPU; attachment model {MODEL_PATH.name} {MODEL_PATH.stat().st_size / 1024:.0f} KiB, "
          f"{len(attacher.model.weights)} weights")
    corpus = read_corpus(folder)
    texts = [(document.text, document.dct[:10] or None) for document in corpus]
    characters = sum(len(text) for text, _ in texts)
    parsed = [0]
    original = parse

    def counting(batch, language="en"):
        batch = list(batch)
        parsed[0] += len(batch)
        return original(batch, language)

    import timeline.events.anchor as anchor
    import timeline.events.referents as referents
    import timeline.pipeline as pipeline
    stages = {"ingest": (pipeline, "ingest"), "tagger": (pipeline, "tag"), "parse": (anchor, "parse"),
              "entities": (referents, "entities"), "events": (pipeline, "find_events"), "order": (pipeline, "order_events")}
    spent = dict.fromkeys(stages, 0.0)
    anchor.parse = counting
    originals = {name: getattr(module, attribute) for name, (module, attribute) in stages.items()}
    for name, (module, attribute) in stages.items():
        setattr(module, attribute, _counted(originals[name], spent, name))
    # what a process loads on its first article (word lists, lemminflect's tables), so the first pass is new text only
    extract("On Monday, officials said she had told them the storm had passed and they were rebuilding.", "2020-01-01")
    from lemminflect import getInflection
    getInflection("report", tag="VBD")  # its tables load on the first use (a quarter of a second), once per process
    first = None
    for run in ("warm-up", "timed"):
        parsed[0] = 0
        spent.update(dict.fromkeys(spent, 0.0))
        cpu, wall, timelines = _timed(lambda: [extract(text, dct) for text, dct in texts])
        first = first or (cpu, wall)
    for name, (module, attribute) in stages.items():
        setattr(module, attribute, originals[name])
    anchor.parse = original
    sentences = sum(len(t.events) + len(t.undated) for t in timelines)
    from timeline.ingest import split_sentences
    total_sentences = sum(len(split_sentences(text)) for text, _ in texts)
    print(f"end to end on {len(texts)} TempEval-3 documents ({characters / 1000:.0f}k characters): {cpu:.2f} s CPU "
          f"({wall:.2f} s wall) = {characters / cpu / 1000:.0f}k characters/s; {sentences} events; "
          f"{parsed[0]} of {total_sentences} sentences parsed")
    print(f"  the first pass (words not seen before: the lemmatizer's and attribute ruler's memos empty): {first[0]:.2f} s CPU "
          f"({first[1]:.2f} s wall) = {characters / first[0] / 1000:.0f}k characters/s")
    rest = spent["events"] - spent["parse"] - spent["entities"]
    print("  CPU s: " + ", ".join(f"{name} {spent[name]:.2f}" for name in ("ingest", "tagger", "parse", "entities"))
          + f", rest of events {rest:.2f}, order {spent['order']:.2f}")
    one_mb = _article(texts, 1_000_000)
    two_mb = _article(texts, 2_000_000)
    cpu_one, wall_one, first = _timed(lambda: extract(one_mb, "2000-01-01"))
    cpu_two, wall_two, second = _timed(lambda: extract(two_mb, "2000-01-01"))
    print(f"one article of {len(one_mb) / 1e6:.1f} MB: {cpu_one:.2f} s CPU ({wall_one:.2f} s wall), {len(first.events)} events")
    print(f"one article of {len(two_mb) / 1e6:.1f} MB: {cpu_two:.2f} s CPU ({wall_two:.2f} s wall), {len(second.events)} events; "
          f"ratio {cpu_two / cpu_one:.2f} for twice the text")


def _counted(function, spent: dict, name: str):
    """``function``, adding the CPU time of each call to ``spent[name]``."""
    def counted(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - started
    return counted


def _article(texts: list[tuple[str, str | None]], size: int) -> str:
    """Real news texts one after another, paragraphs apart, up to ``size`` characters."""
    pieces, length, index = [], 0, 0
    while length < size:
        text = texts[index % len(texts)][0].strip()
        pieces.append(text)
        length += len(text) + 2
        index += 1
    return "\n\n".join(pieces)[:size]


if __name__ == "__main__":
    main()
