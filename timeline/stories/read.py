"""Articles for a story from JSON lines ``{"id", "dct", "text"}`` (optional ``"url"``, ``"title"``)."""
from __future__ import annotations

import re
from typing import Any, Iterable, Iterator

from timeline import languages
from timeline.ingest import ingest
from timeline.jsonlines import read_lines
from timeline.model import Span, Timeline
from timeline.pipeline import extract
from timeline.stories.model import StoryArticle


# How a sentence of running text ends (a full stop, a question or exclamation mark, maybe inside a quote).
_SENTENCE_END = re.compile(r"""[.!?]["'”’)\s]*$""")


class BadArticle(ValueError):
    """A line that is not an article: says which line and why."""


def parse_lines(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """The articles of JSON lines, checked: an object with a string "text", and strings or nothing for
    "dct", "url", "title"; "id" a string or a number (the line number when missing)."""
    for line in read_lines(lines):
        number, item = line.number, line.value
        if line.error is not None:
            raise BadArticle(f"line {number}: {line.error}")
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise BadArticle(f'line {number}: expected an object with a string "text"')
        for name in ("dct", "url", "title"):
            if item.get(name) is not None and not isinstance(item[name], str):
                raise BadArticle(f'line {number}: "{name}" must be a string')
        identifier = item.get("id", number)
        if isinstance(identifier, bool) or not isinstance(identifier, (str, int)):
            raise BadArticle(f'line {number}: "id" must be a string or a number')
        yield {**item, "id": str(identifier), "line": number}


def find_lede(text: str, dct: str | None, language: str = languages.DEFAULT) -> Span | None:
    """The article's lede: its first sentence of body text. Page furniture is not body text, and neither is
    a headline on a line of its own (it ends with no full stop)."""
    document = ingest(text, dct, language=language)
    for sentence in document.sentences:
        if not document.in_furniture(sentence.start, sentence.end) and _SENTENCE_END.search(sentence.text):
            return Span(sentence.text, sentence.start, sentence.end)
    return None


def story_article(item: dict[str, Any], timeline: Timeline | None = None,
                  language: str = languages.DEFAULT) -> StoryArticle:
    """A checked article (see ``parse_lines``) with its extraction result (extracted here when not given)."""
    if timeline is None:
        timeline = extract(item["text"], item.get("dct"), language=language)
    return StoryArticle(id=item["id"], dct=timeline.dct, timeline=timeline, url=item.get("url"),
                        title=item.get("title"), lede=find_lede(item["text"], timeline.dct, language),
                        text=item["text"])
