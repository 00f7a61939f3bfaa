"""Train the attachment model from TimeML gold annotations: python3 -m timeline.events.train [FOLDER].

Deterministic: documents are read in path order and shuffled with a fixed seed,
so the same corpus always gives the same ``data/attach.json``. ``--folds K``
also reports the K-fold cross-validated anchoring score (split over documents).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from timeline.events.attach import MODEL_PATH, Attacher, candidates, features, phrase
from timeline.events.perceptron import RankingPerceptron
from timeline.events.tokens import Token, tokenize
from timeline.events.triggers import train_triggers
from timeline.evaluation.anchoring import gold_anchors, score_documents
from timeline.evaluation.timeml import TimemlDocument, read_corpus
from timeline.ingest import split_sentences

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "tempeval3-train"
EPOCHS = 5
ORDERS = 5
TRIGGER_EPOCHS = 5
TRIGGER_FOLDS = 5
SEED = 13


@dataclass(frozen=True)
class Anchor:
    """A gold time phrase and the gold events of its sentence that it dates."""

    sentence_tokens: list[Token]
    first: int
    last: int
    events: tuple[tuple[int, int], ...]  # (start, end) of each gold event


def _anchors(document: TimemlDocument) -> list[Anchor]:
    sentences = split_sentences(document.text)
    found = []
    for timex, spans in gold_anchors(document):
        sentence = next(s for s in sentences if s.start <= timex.start < s.end)
        tokens = tokenize(document.text, sentence.start, sentence.end)
        inside = [index for index, token in enumerate(tokens) if token.start < timex.end and timex.start < token.end]
        if inside:
            found.append(Anchor(tokens, inside[0], inside[-1], spans))
    return found


def _trigger_sentences(documents: list[TimemlDocument]) -> list[tuple[list[Token], set[int]]]:
    """Every sentence's tokens with the indices of its gold event words."""
    found = []
    for document in documents:
        starts = sorted((event.start, event.end) for event in document.events)
        for sentence in split_sentences(document.text):
            tokens = tokenize(document.text, sentence.start, sentence.end)
            gold = {index for index, token in enumerate(tokens) if any(token.start < end and start < token.end for start, end in starts)}
            found.append((tokens, gold))
    return found


def train(documents: list[TimemlDocument]) -> Attacher:
    """Train an attachment model (and the trigger model it uses) on the given documents."""
    triggers = train_triggers(_trigger_sentences(documents), TRIGGER_EPOCHS, random.Random(SEED))
    examples = []
    # The trigger scores the attachment model learns from come from trigger models that did not see the
    # document, as at run time: scores of words the trigger model was trained on are overconfident.
    for training, held_out in folds(documents, TRIGGER_FOLDS):
        scorer = Attacher({}, train_triggers(_trigger_sentences(training), TRIGGER_EPOCHS, random.Random(SEED)))
        for document in held_out:
            for anchor in _anchors(document):
                pool = candidates(anchor.sentence_tokens, anchor.first, anchor.last)
                gold = {position for position, index in enumerate(pool)
                        if any(anchor.sentence_tokens[index].start < end and start < anchor.sentence_tokens[index].end
                               for start, end in anchor.events)}
                if gold:
                    scores = scorer.trigger_scores(anchor.sentence_tokens)
                    time = phrase(anchor.sentence_tokens, anchor.first, anchor.last)
                    examples.append(([features(anchor.sentence_tokens, index, time, scores) for index in pool], gold))
    return Attacher(fit(examples), triggers)


def fit(examples: list[tuple[list[list[str]], set[int]]]) -> dict[str, float]:
    """Averaged ranking-perceptron weights for (features of each candidate, gold positions) examples.

    A perceptron depends on the order it sees the examples in; the mean of the models trained on
    ``ORDERS`` different shufflings is steadier on unseen text than any one of them.
    """
    totals: dict[str, float] = {}
    for order in range(ORDERS):
        model = RankingPerceptron()
        shuffler = random.Random(SEED + order)
        for _ in range(EPOCHS):
            shuffler.shuffle(examples)
            for scored, gold in examples:
                model.update(scored, gold)
        for feature, weight in model.averaged().items():
            totals[feature] = totals.get(feature, 0.0) + weight
    return {feature: round(total / ORDERS, 4) for feature, total in sorted(totals.items()) if round(total / ORDERS, 4)}


def folds(documents: list[TimemlDocument], count: int) -> list[tuple[list, list]]:
    """(training, held-out) document splits; document i is held out in fold i mod count."""
    return [([d for i, d in enumerate(documents) if i % count != k], [d for i, d in enumerate(documents) if i % count == k])
            for k in range(count)]


def main(argv: list[str] | None = None) -> int:
    """Train on FOLDER, save the model, optionally report the cross-validated anchoring score."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--folds", type=int, default=0, help="also report K-fold cross-validated anchoring")
    parser.add_argument("--gold-timexes", action="store_true", help="cross-validate with gold time phrases instead of the tagger's")
    parser.add_argument("--output", default=str(MODEL_PATH))
    args = parser.parse_args(argv)
    documents = read_corpus(args.folder)
    if args.folds:
        anchored = total = 0
        for training, held_out in folds(documents, args.folds):
            result = score_documents(held_out, attacher=train(training), gold_timexes=args.gold_timexes)
            anchored += result.anchored
            total += result.total
        print(f"cross-validated anchoring ({args.folds} folds over documents): {anchored}/{total} = {anchored / max(total, 1):.1%}")
    attacher = train(documents)
    Path(args.output).write_text(json.dumps(attacher.to_json(), separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.output} ({Path(args.output).stat().st_size} bytes, {len(attacher.model.weights)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
