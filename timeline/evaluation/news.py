"""News scorer: does the pipeline find the dated events of real news articles, and are its headlines usable?

Reads a folder laid out like ``../shared/data/news-dev`` (``gold.json`` and one ``.txt`` per article) and scores
as that folder's README says:

1. Dates are intervals: ``2021``, ``2021-03``, ``2021-03-15``, ISO weeks ``2012-W12`` and weekends ``-WE``,
   seasons, quarters; a gold ``end_value`` extends the gold interval to its end.
2. An output event matches a gold event when its value equals the gold value or is finer and lies inside the
   gold interval, and its source sentence contains the gold ``quote`` or one of its ``also_quotes``.
3. Matching is one-to-one: pairs whose values are equal first, then the rest (a maximum matching).
4. Recall = matched gold events / gold events.
5. Outputs that match an optional event (the same way, one-to-one) are set aside; precision = matched outputs /
   the remaining dated outputs. An unmatched output whose sentence holds a ``not_events`` quote is a false
   positive reported apart, by what the gold says it is (furniture, duration, age, label, vague).

Every dated output's headline is checked too: a fragment (no predicate, ends on a preposition, conjunction or
determiner, or starts lower-case), a dangling pronoun, page furniture, a headline repeated under two dates of one
article, more than 15 words; and on matched pairs, whether it holds one of the gold ``must_mention`` words.

Usage: ``timeline evaluate news FOLDER [--without-dct] [--json]`` (or ``python -m timeline.evaluation.news``).
"""
from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterable

from timeline import languages
from timeline.ingest import find_furniture
from timeline.model import Event, Timeline
from timeline.tagger.interval import interval

# What a not_event is, read from the gold's "why" (the first kind one of whose cues it holds).
NOT_EVENT_KINDS = (
    ("furniture", ("furniture", "header", "page title", "caption", "broadcast", "timecode", "date line", "sidebar",
                   "player")),
    ("duration", ("duration", "durations", "return period", "span for")),
    ("age", ("age",)),
    ("label", ("label", "names", "name of", "quoted", "scope", "reference point")),
    ("vague", ("vague",)),
)
HEADLINE_CHECKS = ("fragment", "dangling_pronoun", "furniture", "repeated", "too_long")


@dataclass(frozen=True)
class GoldEvent:
    """One dated event of the gold timeline (or an optional one)."""

    value: str
    quotes: tuple[str, ...]  # the quote first, then the also_quotes
    must_mention: tuple[str, ...]
    headline: str
    end_value: str | None = None
    time: str | None = None

    @property
    def quote(self) -> str:
        """The sentence quote the gold gives first."""
        return self.quotes[0]


@dataclass(frozen=True)
class NotEvent:
    """A time phrase that must not become an event, and why."""

    text: str
    quote: str
    why: str

    @property
    def kind(self) -> str:
        """furniture, duration, age, label, vague or other."""
        why = self.why.lower()
        for kind, cues in NOT_EVENT_KINDS:
            if any(re.search(rf"\b{re.escape(cue)}\b", why) for cue in cues):
                return kind
        return "other"


@dataclass(frozen=True)
class GoldArticle:
    """One article of the folder with its gold timeline."""

    file: str
    dct: str
    events: tuple[GoldEvent, ...]
    optional: tuple[GoldEvent, ...]
    not_events: tuple[NotEvent, ...]


@dataclass(frozen=True)
class Output:
    """A dated output event as the scorer sees it."""

    value: str
    headline: str
    sentence: str
    start: int

    @classmethod
    def of(cls, event: Event) -> "Output":
        """The scorer's view of a pipeline event."""
        return cls(event.date.value, event.headline, event.sentence.text, event.sentence.start)


@dataclass
class ArticleScore:
    """What the scorer found for one article."""

    file: str
    gold: int
    outputs: int  # dated outputs
    optional: int  # outputs set aside because they match an optional event
    matched: list[tuple[GoldEvent, Output]] = field(default_factory=list)
    misses: list[tuple[GoldEvent, Output | None]] = field(default_factory=list)  # with the closest output
    false_positives: list[tuple[Output, NotEvent | None]] = field(default_factory=list)
    headline_problems: list[tuple[Output, tuple[str, ...]]] = field(default_factory=list)
    missing_mention: list[tuple[GoldEvent, Output]] = field(default_factory=list)
    dct: str | None = None  # the DCT the pipeline used
    dct_source: str = "given"
    gold_dct: str = ""

    @property
    def scored_outputs(self) -> int:
        """Dated outputs less those set aside as optional: the precision's denominator."""
        return self.outputs - self.optional


@dataclass
class NewsScore:
    """Scores over all articles of a folder."""

    articles: list[ArticleScore]
    with_dct: bool = True

    def total(self, name: str) -> int:
        """Sum of one count over the articles (``matched`` counts pairs)."""
        return sum(len(getattr(a, name)) if isinstance(getattr(a, name), list) else getattr(a, name)
                   for a in self.articles)

    @property
    def recall(self) -> float:
        """Matched gold events / gold events."""
        return _ratio(self.total("matched"), self.total("gold"))

    @property
    def precision(self) -> float:
        """Matched outputs / dated outputs not set aside as optional."""
        return _ratio(self.total("matched"), self.total("scored_outputs"))

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return _f1(self.precision, self.recall)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def read_gold(folder: str | Path) -> list[GoldArticle]:
    """The articles of a news folder's ``gold.json``, with their events, optional events and not_events."""
    data = json.loads((Path(folder) / "gold.json").read_text(encoding="utf-8"))

    def event(item: dict[str, Any]) -> GoldEvent:
        return GoldEvent(value=item["value"], quotes=(item["quote"], *item.get("also_quotes", ())),
                         must_mention=tuple(item.get("must_mention", ())), headline=item.get("headline", ""),
                         end_value=item.get("end_value"), time=item.get("time"))

    return [GoldArticle(file=article["file"], dct=article["dct"],
                        events=tuple(event(item) for item in article.get("events", ())),
                        optional=tuple(event(item) for item in article.get("optional_events", ())),
                        not_events=tuple(NotEvent(item["text"], item["quote"], item.get("why", ""))
                                         for item in article.get("not_events", ())))
            for article in data["articles"]]


def _bounds(value: str) -> tuple[datetime, datetime] | None:
    """The ``[earliest, latest)`` interval of a TIMEX3 value as datetimes, or None when it has none."""
    earliest, latest = interval(value)
    if earliest is None or latest is None:
        return None
    return datetime.fromisoformat(earliest), datetime.fromisoformat(latest)


def gold_interval(gold: GoldEvent) -> tuple[datetime, datetime] | None:
    """The gold event's interval: its value's, stretched to the end of ``end_value`` for a range."""
    start = _bounds(gold.value)
    if start is None or gold.end_value is None:
        return start
    end = _bounds(gold.end_value)
    return (start[0], end[1]) if end is not None else start


def value_matches(value: str, gold: GoldEvent) -> bool:
    """The output value equals the gold value, or is finer and lies inside the gold interval."""
    if value == gold.value:
        return True
    inner, outer = _bounds(value), gold_interval(gold)
    return inner is not None and outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


def _squeeze(text: str) -> str:
    """Whitespace runs as one space, and curly quotes as straight ones: a pasted quote may differ in both."""
    return re.sub(r"\s+", " ", text.translate(str.maketrans("‘’“”", "''\"\""))).strip()


def sentence_matches(sentence: str, gold: GoldEvent) -> bool:
    """The output's source sentence holds the gold quote or one of its also_quotes."""
    squeezed = _squeeze(sentence)
    return any(_squeeze(quote) in squeezed for quote in gold.quotes)


def matches(output: Output, gold: GoldEvent) -> bool:
    """The README's rule: the value fits and the sentence is the gold's."""
    return value_matches(output.value, gold) and sentence_matches(output.sentence, gold)


def _is_exact(output: Output, gold: GoldEvent) -> bool:
    return output.value in (gold.value, f"{gold.value}T{gold.time}" if gold.time else gold.value)


def match_one_to_one(golds: list[GoldEvent], outputs: list[Output]) -> dict[int, int]:
    """Gold index -> output index: pairs with equal values first (greedy, in text order), then as many of the
    remaining pairs as can be matched (augmenting paths over the gold and outputs left)."""
    candidates = {g: [o for o, output in enumerate(outputs) if matches(output, gold)] for g, gold in enumerate(golds)}
    pairs: dict[int, int] = {}
    taken: dict[int, int] = {}  # output -> gold
    for g, gold in enumerate(golds):
        for o in candidates[g]:
            if o not in taken and _is_exact(outputs[o], gold):
                pairs[g], taken[o] = o, g
                break
    exact = set(pairs)

    def augment(g: int, seen: set[int]) -> bool:
        for o in candidates[g]:
            if o in seen:
                continue
            seen.add(o)
            owner = taken.get(o)
            if owner is None or (owner not in exact and augment(owner, seen)):
                pairs[g], taken[o] = o, g
                return True
        return False

    for g in range(len(golds)):
        if g not in pairs:
            augment(g, set())
    return pairs


def _closest(gold: GoldEvent, outputs: list[Output]) -> Output | None:
    """The output nearest to a missed gold event: one from its sentence, else one with a fitting value."""
    in_sentence = [output for output in outputs if sentence_matches(output.sentence, gold)]
    if in_sentence:
        return in_sentence[0]
    return next((output for output in outputs if value_matches(output.value, gold)), None)


def score_article(gold: GoldArticle, timeline: Timeline, language: str = languages.DEFAULT) -> ArticleScore:
    """Score one article's timeline against its gold."""
    outputs = [Output.of(event) for event in timeline.events]
    pairs = match_one_to_one(list(gold.events), outputs)
    left = [o for o in range(len(outputs)) if o not in pairs.values()]
    optional_pairs = match_one_to_one(list(gold.optional), [outputs[o] for o in left])
    set_aside = {left[o] for o in optional_pairs.values()}
    score = ArticleScore(file=gold.file, gold=len(gold.events), outputs=len(outputs), optional=len(set_aside),
                         dct=timeline.dct, dct_source=timeline.dct_source, gold_dct=gold.dct)
    for g, event in enumerate(gold.events):
        if g in pairs:
            output = outputs[pairs[g]]
            score.matched.append((event, output))
            if event.must_mention and not any(word.lower() in output.headline.lower() for word in event.must_mention):
                score.missing_mention.append((event, output))
        else:
            score.misses.append((event, _closest(event, outputs)))
    for o in left:
        if o not in set_aside:
            output = outputs[o]
            reason = next((item for item in gold.not_events if _squeeze(item.quote) in _squeeze(output.sentence)), None)
            score.false_positives.append((output, reason))
    problems = headline_problems([output for output in outputs], language)
    score.headline_problems = [(output, found) for output, found in zip(outputs, problems) if found]
    return score


def headline_problems(outputs: list[Output], language: str = languages.DEFAULT) -> list[tuple[str, ...]]:
    """The checks each output's headline fails, in order; "repeated" when another date of the same article
    carries the same headline."""
    dates_of: dict[str, set[str]] = {}
    for output in outputs:
        dates_of.setdefault(_headline_key(output.headline), set()).add(output.value)
    return [tuple(headline_checks(output.headline, language, output.sentence))
            + (("repeated",) if len(dates_of[_headline_key(output.headline)]) > 1 else ())
            for output in outputs]


def _headline_key(headline: str) -> str:
    return _squeeze(headline).lower().rstrip(" .")


def _words_of(headline: str) -> list[str]:
    """The headline's words, apostrophes straightened, punctuation around them dropped."""
    return [word for word in (raw.strip(".,;:!?\"()[]{}—–-").replace("’", "'") for raw in headline.split()) if word]


def headline_checks(headline: str, language: str = languages.DEFAULT, sentence: str = "") -> list[str]:
    """The checks a headline fails on its own: fragment, dangling_pronoun, furniture (the headline, or the
    sentence it was made from, holds page furniture), too_long."""
    words_data = _checks_data(language)
    words = _words_of(headline)
    failed = []
    if _is_fragment(words, words_data):
        failed.append("fragment")
    if words and words[0].lower().split("'")[0] in words_data.DANGLING_PRONOUNS:
        failed.append("dangling_pronoun")
    if find_furniture(headline, language) or (sentence and find_furniture(sentence, language)):
        failed.append("furniture")
    if len(words) > words_data.MAX_WORDS:
        failed.append("too_long")
    return failed


def _checks_data(language: str):
    """The language's word lists for the headline checks."""
    return importlib.import_module(f"{languages.load(language).__name__}.headline_checks")


def _is_fragment(words: list[str], data) -> bool:
    """No predicate, ends on a word that wants more, or starts lower-case."""
    if len(words) < 2:
        return True
    if words[0][:1].isalpha() and words[0][:1].islower():
        return True
    first, second = words[0].lower(), words[1].lower()
    if words[1][:1].islower() and "'" not in first and (first in data.FINITE_FORMS or (
            _is_past(first, data) and (second in data.DETERMINERS or second in data.PREPOSITIONS))):
        return True  # no subject: "Held a session", "Has produced a motley crew", "Marked the opening"
    if words[-1].lower() in data.DANGLING_AT_END:
        return True
    return not (_has_finite_verb(words, data) or _is_event_phrase(words, data))


def _is_past(word: str, data) -> bool:
    """A regular past form by its shape ("reopened"), not a word that only looks like one ("hundred")."""
    return len(word) > 3 and word.endswith(data.PAST_SUFFIX) and word not in data.NOT_VERBS_ENDING_ED


def _bases(word: str, endings: tuple[tuple[str, str], ...]) -> list[str]:
    """The forms ``word`` may be an inflection of, by the language's endings ("dies" -> "di", "die")."""
    return [word[:len(word) - len(ending)] + base for ending, base in endings if word.endswith(ending)]


def _has_finite_verb(words: list[str], data) -> bool:
    """A finite verb (or headline style "X to close"), from word lists and word shapes alone."""
    lowered = [word.lower() for word in words]
    for index, word in enumerate(lowered):
        previous = lowered[index - 1] if index else ""
        if word in data.FINITE_FORMS or word.endswith(data.CONTRACTED_FINITE_ENDINGS):
            return True
        if previous in data.HEADLINE_FUTURE and word in data.COMMON_VERBS:
            return True  # headline future: "Fitzgerald to introduce new evidence"
        if index == 0 or words[index][:1].isupper() or previous in data.DETERMINERS or previous in data.PREPOSITIONS:
            continue  # a name, or a noun after "the", "of"
        if _is_past(word, data) or word in data.COMMON_VERBS:
            return True  # "Crews reopened", "Police arrest", "people within the fandom own"
        bases = _bases(word, data.THIRD_PERSON_ENDINGS)
        if any(base in data.COMMON_VERBS for base in bases):
            return True  # "Adrian forms", "Rice announces"
        if bases and not word.endswith(data.NOT_THIRD_PERSON_ENDINGS) and words[index - 1][:1].isupper():
            return True  # a name and a verb the lists lack: "CNN mixes up", "Star Beacon profiles"
    return False


def _is_event_phrase(words: list[str], data) -> bool:
    """A noun phrase headed by an event noun: "Death of Pope Shenouda III", "The 1998 beating and death"."""
    head = None
    for word in words:
        lowered = word.lower()
        if lowered in data.PREPOSITIONS or lowered in data.CONJUNCTIONS:
            break
        head = lowered
    if head is None:
        return False
    forms = [head, *_bases(head, data.PLURAL_ENDINGS)]
    return any(form in data.EVENT_NOUNS or (len(form) > 5 and form.endswith(data.EVENT_NOUN_SUFFIXES))
               for form in forms)


def score_folder(folder: str | Path, *, with_dct: bool = True,
                 extract: Callable[..., Timeline] | None = None) -> NewsScore:
    """Run the pipeline on every article of the folder (given its gold DCT, or not) and score it."""
    if extract is None:
        from timeline.pipeline import extract
    articles = []
    for gold in read_gold(folder):
        text = (Path(folder) / gold.file).read_text(encoding="utf-8")
        timeline = extract(text, gold.dct if with_dct else None)
        articles.append(score_article(gold, timeline))
    return NewsScore(articles, with_dct)


def _percent(value: float) -> str:
    return f"{100 * value:.1f}%"


def _when(output: Output | None) -> str:
    return "none" if output is None else f"{output.value} \"{output.headline}\""


def format_report(score: NewsScore, *, limit: int | None = None) -> str:
    """The report for a person: totals, per text, headline checks, misses and false positives."""
    lines = [f"news: recall {score.total('matched')}/{score.total('gold')} = {_percent(score.recall)}, "
             f"precision {score.total('matched')}/{score.total('scored_outputs')} = {_percent(score.precision)}, "
             f"F1 {_percent(score.f1)} ({len(score.articles)} texts, {score.total('outputs')} dated outputs, "
             f"{score.total('optional')} set aside as optional; "
             f"{'gold publication dates given' if score.with_dct else 'publication dates from the text'})"]
    if not score.with_dct:
        found = [a for a in score.articles if a.dct is not None]
        right = [a for a in found if a.dct == a.gold_dct]
        lines.append(f"publication date from the text: {len(found)}/{len(score.articles)} texts, "
                     f"{len(right)} equal to the gold date")
    lines.append("")
    lines.append(f"  {'text':<46} {'recall':>9} {'precision':>10} {'F1':>7}")
    for article in score.articles:
        recall, precision = _ratio(len(article.matched), article.gold), _ratio(len(article.matched), article.scored_outputs)
        lines.append(f"  {article.file:<46} {len(article.matched):>3}/{article.gold:<5} {len(article.matched):>4}/"
                     f"{article.scored_outputs:<5} {_percent(_f1(precision, recall)):>7}")
    counts = {check: sum(check in found for article in score.articles for _, found in article.headline_problems)
              for check in HEADLINE_CHECKS}
    checked = score.total("outputs")
    failing = sum(len(article.headline_problems) for article in score.articles)
    lines.append("")
    lines.append(f"headlines: {failing}/{checked} dated outputs fail a check ("
                 + ", ".join(f"{check} {count}" for check, count in counts.items()) + "); "
                 f"must_mention missing on {score.total('missing_mention')}/{score.total('matched')} matched")
    not_event_kinds: dict[str, int] = {}
    for article in score.articles:
        for _, reason in article.false_positives:
            if reason is not None:
                not_event_kinds[reason.kind] = not_event_kinds.get(reason.kind, 0) + 1
    lines.append(f"false positives: {score.total('false_positives')}, of which on not_events "
                 f"{sum(not_event_kinds.values())} (" + ", ".join(f"{kind} {count}" for kind, count
                                                                  in sorted(not_event_kinds.items())) + ")")
    sections = [
        ("misses (gold not found -> closest output)",
         [f"{a.file}: {gold.value} \"{gold.quote}\" [{gold.headline}] -> {_when(closest)}"
          for a in score.articles for gold, closest in a.misses]),
        ("false positives",
         [f"{a.file}: {output.value} \"{output.headline}\""
          + (f"  <- not_event {reason.kind}: {reason.why}" if reason else "")
          for a in score.articles for output, reason in a.false_positives]),
        ("headlines failing a check",
         [f"{a.file}: {output.value} \"{output.headline}\" ({', '.join(found)})"
          for a in score.articles for output, found in a.headline_problems]),
        ("matched headlines without a must_mention word",
         [f"{a.file}: {gold.value} \"{output.headline}\" (wants {' or '.join(gold.must_mention)})"
          for a in score.articles for gold, output in a.missing_mention]),
    ]
    for title, items in sections:
        lines.append("")
        lines.append(f"{title}: {len(items)}")
        lines.extend(f"  {item}" for item in items[:limit])
        if limit is not None and len(items) > limit:
            lines.append(f"  ... {len(items) - limit} more")
    return "\n".join(lines)


def report_dict(score: NewsScore) -> dict[str, Any]:
    """The report as plain data (the ``--json`` output)."""

    def output(item: Output | None) -> dict[str, Any] | None:
        return None if item is None else asdict(item)

    def gold(item: GoldEvent) -> dict[str, Any]:
        return {"value": item.value, "end_value": item.end_value, "quote": item.quote, "headline": item.headline,
                "must_mention": list(item.must_mention)}

    def article(a: ArticleScore) -> dict[str, Any]:
        recall, precision = _ratio(len(a.matched), a.gold), _ratio(len(a.matched), a.scored_outputs)
        return {
            "file": a.file, "gold": a.gold, "outputs": a.outputs, "optional": a.optional, "matched": len(a.matched),
            "recall": recall, "precision": precision, "f1": _f1(precision, recall),
            "dct": a.dct, "dct_source": a.dct_source, "gold_dct": a.gold_dct,
            "pairs": [{"gold": gold(g), "output": output(o)} for g, o in a.matched],
            "misses": [{"gold": gold(g), "closest": output(o)} for g, o in a.misses],
            "false_positives": [{"output": output(o), "not_event": None if r is None else {
                "text": r.text, "quote": r.quote, "why": r.why, "kind": r.kind}} for o, r in a.false_positives],
            "headline_problems": [{"output": output(o), "checks": list(found)} for o, found in a.headline_problems],
            "missing_mention": [{"gold": gold(g), "output": output(o)} for g, o in a.missing_mention],
        }

    return {"recall": score.recall, "precision": score.precision, "f1": score.f1,
            "gold": score.total("gold"), "matched": score.total("matched"), "outputs": score.total("outputs"),
            "optional": score.total("optional"), "scored_outputs": score.total("scored_outputs"),
            "false_positives": score.total("false_positives"), "with_dct": score.with_dct,
            "articles": [article(a) for a in score.articles]}


def main(argv: Iterable[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description="Score the pipeline on a folder of news with gold timelines.")
    parser.add_argument("folder")
    parser.add_argument("--without-dct", action="store_true", help="do not give the gold publication date")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--misses", type=int, default=None, help="list at most N items per section")
    args = parser.parse_args(list(argv) if argv is not None else None)
    score = score_folder(args.folder, with_dct=not args.without_dct)
    print(json.dumps(report_dict(score), indent=2, ensure_ascii=False) if args.json
          else format_report(score, limit=args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
