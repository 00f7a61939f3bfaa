"""Plain-dict form of pipeline results: the JSON shape shared by the CLI and the API."""
from __future__ import annotations

from typing import Any

from timeline.model import Event, Evidence, ResultWarning, Sentence, Span, Timeline, Timex
from timeline.stories.model import Source, StoryEvent


def span_dict(span: Span) -> dict[str, Any]:
    """``{"text", "start", "end"}`` of a span."""
    return {"text": span.text, "start": span.start, "end": span.end}


def evidence_dict(sentence: Sentence) -> dict[str, Any]:
    """A further sentence of evidence, with the article it comes from when known."""
    if isinstance(sentence, Evidence) and sentence.article is not None:
        return {**span_dict(sentence), "article": sentence.article}
    return span_dict(sentence)


def timex_dict(timex: Timex) -> dict[str, Any]:
    """A timex as the API shows it."""
    data = {"id": timex.id, **span_dict(timex), "type": timex.type, "value": timex.value,
            "granularity": timex.granularity, "earliest": timex.earliest, "latest": timex.latest}
    for optional in ("mod", "quant", "freq"):
        if getattr(timex, optional):
            data[optional] = getattr(timex, optional)
    return data


def date_dict(timex: Timex) -> dict[str, Any]:
    """The date of an event: the timex without its id and type."""
    return {**span_dict(timex), "value": timex.value, "granularity": timex.granularity,
            "earliest": timex.earliest, "latest": timex.latest}


def event_dict(event: Event) -> dict[str, Any]:
    """An event as the API shows it."""
    data = {
        "id": event.id,
        "headline": event.headline,
        "sentence": event.sentence.text,
        "start": event.sentence.start,
        "end": event.sentence.end,
        "trigger": span_dict(event.trigger),
        "date": date_dict(event.date),
    }
    if event.end_date is not None:
        data["end_date"] = date_dict(event.end_date)
    if event.participants:
        data["participants"] = list(event.participants)
    if event.evidence:
        data["evidence"] = [evidence_dict(sentence) for sentence in event.evidence]
    if event.article is not None:
        data["article"] = event.article
    return data


def warning_dict(warning: ResultWarning) -> dict[str, str]:
    """``{"code", "message"}`` of a warning about a result."""
    return {"code": warning.code, "message": warning.message}


def timeline_dict(timeline: Timeline) -> dict[str, Any]:
    """A whole extraction result: ``{"dct", "dct_source", "warnings", "timexes", "events", "undated"}``."""
    return {
        "dct": timeline.dct,
        "dct_source": timeline.dct_source,
        "warnings": [warning_dict(warning) for warning in timeline.warnings],
        "timexes": [timex_dict(timex) for timex in timeline.timexes],
        "events": [event_dict(event) for event in timeline.events],
        "undated": [event_dict(event) for event in timeline.undated],
    }


# --- back from the plain-dict form (a stored or cached result, used again without extracting again) ---

def _span(data: dict[str, Any], kind: type = Span) -> Span:
    return kind(data["text"], data["start"], data["end"])


def _timex(data: dict[str, Any]) -> Timex:
    return Timex(data["text"], data["start"], data["end"], id=data["id"], type=data["type"], value=data["value"],
                 granularity=data["granularity"], earliest=data["earliest"], latest=data["latest"],
                 mod=data.get("mod"), quant=data.get("quant"), freq=data.get("freq"))


def _date(data: dict[str, Any], placed: bool, timexes: dict[tuple[int, int], Timex]) -> Timex:
    # ``date_dict`` drops the timex's id and type: the timex at the same place gives them back. Without it, a
    # date the pipeline could place was a DATE or TIME (either orders alike), one it could not stays
    # unplaceable whatever its interval.
    timex = timexes.get((data["start"], data["end"]))
    if timex is not None and timex.value == data["value"]:
        return timex
    return Timex(data["text"], data["start"], data["end"], type="DATE" if placed else "UNPLACED", value=data["value"],
                 granularity=data["granularity"], earliest=data["earliest"], latest=data["latest"])


def _evidence(data: dict[str, Any]) -> Sentence:
    if "article" in data:
        return Evidence(data["text"], data["start"], data["end"], article=data["article"])
    return _span(data, Sentence)


def event_from_dict(data: dict[str, Any], placed: bool, timexes: dict[tuple[int, int], Timex] | None = None) -> Event:
    """The event ``event_dict`` wrote (``placed``: it was among the dated events; ``timexes``: the result's
    timexes by their offsets)."""
    timexes = timexes or {}
    return Event(
        id=data["id"], headline=data["headline"],
        sentence=Sentence(data["sentence"], data["start"], data["end"]),
        trigger=_span(data["trigger"]), date=_date(data["date"], placed, timexes),
        end_date=_date(data["end_date"], placed, timexes) if data.get("end_date") else None,
        participants=tuple(data.get("participants", ())),
        evidence=tuple(_evidence(sentence) for sentence in data.get("evidence", ())),
        article=data.get("article"),
    )


def timeline_from_dict(data: dict[str, Any]) -> Timeline:
    """The timeline ``timeline_dict`` wrote, equal to the one extracted."""
    timexes = tuple(_timex(timex) for timex in data["timexes"])
    by_place = {(timex.start, timex.end): timex for timex in timexes}
    return Timeline(dct=data["dct"], timexes=timexes,
                    events=tuple(event_from_dict(event, True, by_place) for event in data["events"]),
                    undated=tuple(event_from_dict(event, False, by_place) for event in data["undated"]),
                    dct_source=data.get("dct_source", "none"),
                    warnings=tuple(ResultWarning(w["code"], w["message"]) for w in data.get("warnings", ())))


def source_dict(source: Source) -> dict[str, Any]:
    """One article reporting a story event: ``{"article", "sentence", "dct", "lede"}`` and its url and title
    when known."""
    data = {"article": source.article, "sentence": source.sentence, "dct": source.dct, "lede": source.lede}
    for optional in ("url", "title"):
        if getattr(source, optional):
            data[optional] = getattr(source, optional)
    return data


def story_event_dict(event: StoryEvent) -> dict[str, Any]:
    """A story event: ``{"date", "headline", "score", "articles", "sources"}`` (and ``end_date`` for a range)."""
    data = {"date": date_dict(event.date), "headline": event.headline, "score": round(event.score, 3),
            "articles": event.articles, "sources": [source_dict(source) for source in event.sources]}
    if event.end_date is not None:
        data["end_date"] = date_dict(event.end_date)
    return data
