"""Ingest: turn the caller's text or HTML into a ``Document``.

Markup is blanked rather than removed so that offsets into the plain text are
offsets into the caller's text too; the DCT comes from the caller or from a
dateline at the top of the article; sentences are found with their offsets.
"""
from __future__ import annotations

import html
import re
from datetime import date

from timeline.model import Document, Sentence, Span

_LOOKS_LIKE_HTML = re.compile(r"<(?:!doctype|html|head|body|p|div|br|span|a|article|section|h[1-6]|script|style|ul|ol|li|table|em|strong|b|i|img)\b[^>]*>", re.I)
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|<![^>]*>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
# Tags that end a paragraph: blanked with a newline first so sentences break there.
_BLOCK_TAGS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 article section header footer blockquote tr td th table title".split())

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
_DATELINE = re.compile(
    r"\W{0,3}(?:(?P<label>date|dated|published|posted|updated|last updated|first published)\s*(?:on|:)?\s*"
    # or a wire-style place line: "WASHINGTON, Nov. 20, 2023" / "PARIS (AP) — March 3, 2021"
    r"|(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?: \([A-Za-z]+\))?)\s*[,—–-]\s*)?"
    r"(?P<date>\d{4}-\d{2}-\d{2}"
    r"|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:" + _MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}\s+(?:" + _MONTHS + r")\.?,?\s+\d{4})",
    re.I,
)
_DATELINE_SEARCH_CHARS = 600
_DATELINE_SEARCH_LINES = 8  # a headline, a standfirst and a byline may come before it
# What may follow a date on a line of its own: a time and zone ("10:30 a.m. ET"), a reading time after a bar.
_AFTER_DATE_ON_ITS_LINE = re.compile(
    r"[ \t,]*(?:(?:at[ \t]+)?\d{1,2}(?::\d\d)?[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?)?[ \t]*(?:[|·•].*)?$", re.I | re.M)
# What separates a dateline from the lede it opens: a dash or colon (a bare comma would be part of the sentence).
_DATELINE_SEPARATOR = re.compile(r"\s*(?:\([A-Za-z]+\))?\s*[—–:-]+\s*")
# A wire-style place line without a date, opening the lede: "PORTLAND, Ore. — ", "LONDON (Reuters) - ", and
# the underscore old wire copy dashes with, "MOSCOW (AP)_ ".
# The place is in capitals and a dash follows it, so an ordinary sentence ("NATO, the alliance, ...") is not one.
_PLACE_LINE = re.compile(
    r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?: \([A-Za-z ]+\))?"
    r"\s*(?:—|–|--| - |_)\s*(?=[\"'“‘]?[A-Z0-9])")

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before
# whitespace and an opening capital, digit or quote, or at a blank line.
# Possessive quantifiers and the look-behind keep this linear on runs of punctuation.
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]++[\"'”’)\]]*+(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z“\"])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st mt gen col lt sgt capt gov sen rep rev hon pres vs etc inc ltd co corp no "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n a.m p.m e.g i.e ft".split()
)


class IngestError(ValueError):
    """The input cannot be read as an article (for example an invalid DCT)."""


def looks_like_html(text: str) -> bool:
    """True when the text carries HTML markup."""
    return _LOOKS_LIKE_HTML.search(text) is not None


def blank_markup(source: str) -> str:
    """Return ``source`` with markup and invisible content blanked, same length."""

    def blank(match: re.Match[str]) -> str:
        piece = match.group(0)
        name = (match.group(1) or "").lower() if match.re is _TAG else ""
        filler = re.sub(r"[^\n]", " ", piece)
        if name in _BLOCK_TAGS and "\n" not in filler:
            filler = "\n" + filler[1:]
        return filler

    def entity(match: re.Match[str]) -> str:
        decoded = html.unescape(match.group(0))
        if len(decoded) > len(match.group(0)):
            return match.group(0)
        return decoded.replace("\xa0", " ") + " " * (len(match.group(0)) - len(decoded))

    plain = _INVISIBLE.sub(blank, source)
    plain = _TAG.sub(blank, plain)
    return _ENTITY.sub(entity, plain)


def parse_dct(value: str) -> str:
    """Validate an ISO date (YYYY-MM-DD) given as the DCT and return it."""
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except (ValueError, AttributeError) as error:
        raise IngestError(f"invalid dct {value!r}: expected a date as YYYY-MM-DD") from error


def find_dateline(plain: str) -> tuple[str, Span] | None:
    """Find a publication date written at the top of the article.

    On the first line any dateline counts; on the next few lines (after a headline or a byline)
    only one that says what it is ("Published March 14, 2024"), a wire-style place line that opens
    a paragraph ("WASHINGTON, Nov. 20, 2023 — ...") or a date standing on a line of its own: a
    date inside the text is what the text speaks of, not when it was written.
    """
    head = plain[:_DATELINE_SEARCH_CHARS]
    match = None
    for number, line in enumerate(re.finditer(r"[^\n]*\S[^\n]*", head)):
        if number == _DATELINE_SEARCH_LINES:
            break
        offset = line.start() + len(line.group()) - len(line.group().lstrip())
        candidate = _DATELINE.match(head, offset)
        # a place line is in capitals ("WASHINGTON, March 3, 2021"), which the case-blind pattern cannot tell
        place = candidate is not None and candidate.group("place") and candidate.group("place").split()[0].isupper()
        if candidate is not None and (number == 0 or candidate.group("label") or place
                                      or _AFTER_DATE_ON_ITS_LINE.match(head, candidate.end())):
            match = candidate
            break
    if match is None:
        return None
    import dateparser  # imported lazily: it is slow to load and rarely needed

    parsed = dateparser.parse(match.group("date"), languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        return None
    return parsed.date().isoformat(), Span(match.group(0).strip(), match.start(), match.start() + len(match.group(0).rstrip()))


def split_sentences(plain: str) -> tuple[Sentence, ...]:
    """Split text into sentences with offsets; whitespace around them is not included."""
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(plain):
        end = match.end() if match.group(0)[0] in ".!?" else match.start()
        if match.group(0)[0] == "." and _ends_with_abbreviation(plain, start, match.start()):
            continue
        _append_sentence(plain, start, end, sentences)
        start = match.end()
    _append_sentence(plain, start, len(plain), sentences)
    return tuple(sentences)


def _ends_with_abbreviation(plain: str, start: int, dot: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", plain[max(start, dot - 12):dot])
    if word is None:
        return False
    token = word.group(1).lower().strip(".")
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _append_sentence(plain: str, start: int, end: int, sentences: list[Sentence]) -> None:
    piece = plain[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        sentences.append(Sentence(stripped, start + lead, start + lead + len(stripped)))


def ingest(source: str, dct: str | None = None, *, is_html: bool | None = None) -> Document:
    """Read an article: blank markup, find the DCT, split sentences."""
    if is_html is None:
        is_html = looks_like_html(source)
    plain = blank_markup(source) if is_html else source
    dct_span = None
    found = find_dateline(plain)
    if dct is not None:
        dct = parse_dct(dct)
    elif found is not None:
        dct = found[0]
    sentences = split_sentences(plain)
    if found is not None:
        dct_span = found[1]
        sentences = _detach_dateline(plain, sentences, dct_span)
    sentences = _detach_place_line(plain, sentences, dct_span)
    return Document(source=source, plain=plain, dct=dct, sentences=sentences, dct_span=dct_span)


def _detach_dateline(plain: str, sentences: tuple[Sentence, ...], dateline: Span) -> tuple[Sentence, ...]:
    """Make "WASHINGTON, Nov. 20, 2023 — The board met ..." two sentences, so evidence starts at "The"."""
    first = sentences[0] if sentences else None
    if first is None or not first.start <= dateline.start < dateline.end < first.end:
        return sentences
    rest = _DATELINE_SEPARATOR.match(plain, dateline.end, first.end)
    if rest is None or rest.end() >= first.end:
        return sentences
    return (Sentence(plain[first.start:dateline.end], first.start, dateline.end),
            Sentence(plain[rest.end():first.end], rest.end(), first.end), *sentences[1:])


def _detach_place_line(plain: str, sentences: tuple[Sentence, ...], dateline: Span | None) -> tuple[Sentence, ...]:
    """Make "PORTLAND, Ore. — Harbor Foods said ..." two sentences, so the lede's subject is not the place.

    Only the first paragraph that opens with a place line counts, within the lines where a dateline may stand.
    """
    for position, sentence in enumerate(sentences):
        if sentence.start >= _DATELINE_SEARCH_CHARS:
            break
        if dateline is not None and sentence.start < dateline.end:
            continue
        if sentence.start > 0 and plain[sentence.start - 1] != "\n":
            continue  # not at the start of a paragraph
        place = _PLACE_LINE.match(plain, sentence.start, sentence.end)
        if place is None or place.end() >= sentence.end or not plain[sentence.start:place.end()].split()[0].strip(",").isupper():
            continue
        line_end = len(plain[sentence.start:place.end()].rstrip(" —–-_"))
        return (*sentences[:position],
                Sentence(plain[sentence.start:sentence.start + line_end], sentence.start, sentence.start + line_end),
                Sentence(plain[place.end():sentence.end], place.end(), sentence.end), *sentences[position + 1:])
    return sentences
