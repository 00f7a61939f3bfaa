"""Train the attachment model from TimeML gold annotations: python3 -m timeline.events.train [FOLDER].

Each gold time phrase that a gold TLINK ties to an event of its sentence is one example: the sentence is
parsed, every candidate word is described by ``attach.features``, and the gold answers are the candidates
whose trigger (``triggers.trigger_span``) covers a gold event. Deterministic: documents are read in path
order and shuffled with fixed seeds, so the same corpus always gives the same ``data/attach.json``.

Estimates of how well the model does on text it has not seen (both use the whole pipeline, with the
tagger's own time phrases unless ``--gold-timexes``):
- ``--folds K``: K-fold cross-validation over documents;
- ``--transfer``: train on TimeBank, test on AQUAINT (another source: newswire of other years and agencies).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from timeline import languages
from timeline.evaluation.anchoring import gold_anchors, score_documents
from timeline.evaluation.timeml import TimemlDocument, read_corpus
from timeline.events.attach import CANDIDATE_POS, MODEL_PATH, Attacher, candidates, event_key, features
from timeline.events.parsed import ParsedSentence, TimePhrase, build
from timeline.events.parser import parse
from timeline.events.perceptron import RankingPerceptron
from timeline.events.triggers import trigger_span
from timeline.ingest import split_sentences

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "tempeval3-train"
EPOCHS = 5
ORDERS = 5
SEED = 13


MIN_COUNT = 2  # words seen fewer times have no event ratio ("unseen")


@dataclass(frozen=True)
class Anchor:
    """A gold time phrase of a parsed sentence, its candidate words and which of them are right."""

    document: str
    parsed: ParsedSentence
    phrase: TimePhrase
    candidates: tuple[int, ...]
    gold: frozenset[int]  # positions in ``candidates``


@dataclass(frozen=True)
class Corpus:
    """Parsed training material: every sentence with the indices of its gold event words, and the anchors."""

    sentences: tuple[tuple[str, ParsedSentence, frozenset[int]], ...]  # (document, parse, gold event tokens)
    anchors: tuple[Anchor, ...]

    def of(self, documents: list[TimemlDocument]) -> "Corpus":
        """The part of the corpus from these documents."""
        names = {document.name for document in documents}
        return Corpus(tuple(s for s in self.sentences if s[0] in names), tuple(a for a in self.anchors if a.document in names))


def prepare(documents: list[TimemlDocument], language: str = languages.DEFAULT) -> Corpus:
    """Parse every sentence of the documents once, with their gold time phrases and events."""
    from timeline.evaluation.anchoring import gold_timex

    data = languages.load(language)
    pieces = [(document, sentence) for document in documents for sentence in split_sentences(document.text)]
    docs = parse([sentence.text for _, sentence in pieces], language)
    sentences, anchors = [], []
    parsed_at: dict[tuple[str, int], ParsedSentence] = {}
    for (document, sentence), doc in zip(pieces, docs):
        timexes = [gold_timex(t) for t in document.timexes if sentence.start <= t.start < sentence.end]
        parsed = build(sentence, doc, timexes, data)
        parsed_at[(document.name, sentence.start)] = parsed
        events = [(e.start, e.end) for e in document.events if sentence.start <= e.start < sentence.end]
        gold_words = frozenset(token.i for token in doc if any(
            parsed.document_start(token) < end and start < parsed.document_end(token) for start, end in events))
        sentences.append((document.name, parsed, gold_words))
    for document in documents:
        starts = sorted(start for name, start in parsed_at if name == document.name)
        for timex, spans in gold_anchors(document):
            start = max((s for s in starts if s <= timex.start), default=None)
            parsed = parsed_at.get((document.name, start))
            phrase = parsed and next((p for p in parsed.phrases if (p.timex.start, p.timex.end) == (timex.start, timex.end)), None)
            if phrase is None:
                continue
            pool = tuple(candidates(parsed, phrase))
            gold = frozenset(position for position, index in enumerate(pool) if _covers(parsed, index, spans))
            if gold:
                anchors.append(Anchor(document.name, parsed, phrase, pool, gold))
    return Corpus(tuple(sentences), tuple(anchors))


def event_ratios(corpus: Corpus) -> dict[str, float]:
    """How often each word (lemma and coarse class) is a gold event where it occurs."""
    seen: dict[str, int] = {}
    events: dict[str, int] = {}
    for _, parsed, gold_words in corpus.sentences:
        for token in parsed.doc:
            if token.pos_ in CANDIDATE_POS:
                key = event_key(token)
                seen[key] = seen.get(key, 0) + 1
                events[key] = events.get(key, 0) + (token.i in gold_words)
    return {key: round(events[key] / count, 3) for key, count in sorted(seen.items()) if count >= MIN_COUNT}


def _covers(parsed: ParsedSentence, index: int, spans) -> bool:
    first, last = trigger_span(parsed, index)
    start, end = parsed.document_start(parsed.doc[first]), parsed.document_end(parsed.doc[last])
    return any(start < gold_end and gold_start < end for gold_start, gold_end in spans)


def _candidate_features(anchor: Anchor, ratios: dict[str, float]) -> list[list[str]]:
    return [features(anchor.parsed, anchor.phrase, index, ratios) for index in anchor.candidates]


def fit(corpus: Corpus) -> Attacher:
    """An attachment model: the mean of averaged ranking perceptrons trained on ``ORDERS`` shufflings
    (steadier on unseen text than any one of them)."""
    ratios = event_ratios(corpus)
    examples = [(_candidate_features(anchor, ratios), set(anchor.gold)) for anchor in corpus.anchors]
    totals: dict[str, float] = {}
    for order in range(ORDERS):
        model = RankingPerceptron()
        shuffler = random.Random(SEED + order)
        pool = list(examples)
        for _ in range(EPOCHS):
            shuffler.shuffle(pool)
            for scored, gold in pool:
                model.update(scored, gold)
        for feature, weight in model.averaged().items():
            totals[feature] = totals.get(feature, 0.0) + weight
    weights = {feature: round(total / ORDERS, 4) for feature, total in sorted(totals.items()) if round(total / ORDERS, 4)}
    return Attacher(weights, ratios)


def accuracy(attacher: Attacher, held_out: Corpus) -> tuple[int, int]:
    """(right, all) of the held-out anchors whose best candidate is a gold one (attachment alone)."""
    right = sum(attacher.model.best(_candidate_features(anchor, attacher.ratios)) in anchor.gold for anchor in held_out.anchors)
    return right, len(held_out.anchors)


def folds(documents: list[TimemlDocument], count: int) -> list[tuple[list, list]]:
    """(training, held-out) document splits; document i is held out in fold i mod count."""
    return [([d for i, d in enumerate(documents) if i % count != k], [d for i, d in enumerate(documents) if i % count == k])
            for k in range(count)]


def main(argv: list[str] | None = None) -> int:
    """Train on FOLDER, save the model, optionally report held-out anchoring."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--folds", type=int, default=0, help="also report K-fold cross-validated anchoring")
    parser.add_argument("--transfer", action="store_true", help="also report TimeBank -> AQUAINT anchoring")
    parser.add_argument("--gold-timexes", action="store_true", help="score held-out anchoring with gold time phrases")
    parser.add_argument("--output", default=str(MODEL_PATH))
    args = parser.parse_args(argv)
    documents = read_corpus(args.folder)
    corpus = prepare(documents)
    splits = []
    if args.folds:
        splits.append((f"{args.folds}-fold cross-validation over documents", folds(documents, args.folds)))
    if args.transfer:
        splits.append(("trained on TimeBank, tested on AQUAINT",
                       [(read_corpus(Path(args.folder) / "TimeBank"), read_corpus(Path(args.folder) / "AQUAINT"))]))
    for name, pairs in splits:
        anchored = total = right = tried = 0
        for training, held_out in pairs:
            attacher = fit(corpus.of(training))
            result = score_documents(held_out, attacher=attacher, gold_timexes=args.gold_timexes)
            anchored, total = anchored + result.anchored, total + result.total
            alone = accuracy(attacher, corpus.of(held_out))
            right, tried = right + alone[0], tried + alone[1]
        print(f"{name}: anchoring {anchored}/{total} = {anchored / max(total, 1):.1%} "
              f"({'gold' if args.gold_timexes else 'tagger'} time phrases); attachment alone {right}/{tried} = {right / max(tried, 1):.1%}")
    attacher = fit(corpus)
    Path(args.output).write_text(json.dumps(attacher.to_json(), separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.output} ({Path(args.output).stat().st_size} bytes, {len(attacher.model.weights)} weights, "
          f"{len(corpus.anchors)} examples)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
