"""Ingest: turn the caller's text or HTML into a ``Document``.

Markup is blanked rather than removed so that offsets into the plain text are
offsets into the caller's text too. Page furniture (date lines, bylines, captions and
credits, share bars, cookie and subscription notices, broadcast date lines, timecodes) is
found line by line and kept as spans: no sentence holds both furniture and body text, and
later stages skip what lies inside it. The DCT comes from the caller, else from a dateline
at the top of the article, else from the date the furniture carries ("Posted Jan 25, 2021");
the document says which (``dct_source``) and warns when there is none. The language's
patterns come from ``timeline.languages`` (``furniture``, ``sentences``).
"""
from __future__ import annotations

import html
import importlib
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import chain

from timeline import languages
from timeline.model import Document, ResultWarning, Sentence, Span

_LOOKS_LIKE_HTML = re.compile(r"<(?:!doctype|html|head|body|p|div|br|span|a|article|section|h[1-6]|script|style|ul|ol|li|table|em|strong|b|i|img)\b[^>]*>", re.I)
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|<![^>]*>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
# Tags that end a paragraph: blanked with a newline first so sentences break there.
_BLOCK_TAGS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 article section header footer blockquote tr td th table title".split())

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before
# whitespace and an opening capital, digit or quote, or at a blank line.
# Possessive quantifiers and the look-behind keep this linear on runs of punctuation.
# A sentence ends at a full stop, "!" or "?" (with its closing quotes and brackets) before a capital, a digit
# or an opening quote; text tokenized the Penn Treebank way writes quotes as `` and '' set off by spaces.
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]++(?:[\"'”’)\]]|\s''(?=\s))*+(?=\s+(?:``\s*|[\"'“‘(\[])?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z“\"])")

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


@dataclass(frozen=True)
class Dateline:
    """A publication date written in the page: at the top of the article or on a furniture line.

    ``date`` is ISO (None when the line gives no year: ``month_day`` then holds "July 7"); ``source`` is
    "dateline" (a date line, a wire dateline, a page title or broadcast line with the date) or "byline"
    (a line that says it is the publication: "Posted Jan 25, 2021", a byline with a date); ``updated`` is
    true for a later change ("Updated ..."), the weakest evidence of when the article was written.
    """

    date: str | None
    span: Span
    source: str
    updated: bool = False
    month_day: str = ""


@dataclass(frozen=True)
class Furniture:
    """A stretch of page furniture, and the publication date it carries if any."""

    span: Span
    # "date line", "byline", "broadcast", "title", "caption", "credit", "notice", "timestamp", or an inline
    # kind of the language's INLINE_PATTERNS ("timecode", "credit", "published", "print")
    kind: str
    dateline: Dateline | None = None


@dataclass(frozen=True)
class _Patterns:
    """One language's furniture and dateline patterns, compiled."""

    month_numbers: dict[str, int]
    abbreviations: frozenset[str]
    date: re.Pattern[str]
    date_line_piece: re.Pattern[str]
    byline_words: frozenset[str]
    byline_openers: frozenset[str]
    byline_max_words: int
    broadcast: tuple[re.Pattern[str], ...]
    dated_titles: tuple[re.Pattern[str], ...]
    timestamped_caption: re.Pattern[str]
    credit: re.Pattern[str]
    caption_with_credit: re.Pattern[str]
    caption_max_words: int
    notices: tuple[re.Pattern[str], ...]
    notice_max_words: int
    share_words: frozenset[str]
    url: re.Pattern[str]
    url_line_max_words: int
    inline: re.Pattern[str]
    inline_publication_dates: dict[str, str]
    timestamp_clock: re.Pattern[str]
    timestamp_date: re.Pattern[str]
    timestamp_window: int
    timestamp_not_after: frozenset[str]
    max_line: int
    dateline: re.Pattern[str]
    updated_dateline_labels: frozenset[str]
    plain_dateline_labels: frozenset[str]
    dateline_search_chars: int
    dateline_search_lines: int
    after_date_on_its_line: re.Pattern[str]
    agency_after_date: re.Pattern[str]
    dateline_separator: re.Pattern[str]
    glued_to_lede: re.Pattern[str]
    place_line: re.Pattern[str]


@lru_cache(maxsize=None)
def _patterns(language: str) -> _Patterns:
    package = languages.load(language).__name__
    furniture = importlib.import_module(f"{package}.furniture")
    sentences = importlib.import_module(f"{package}.sentences")

    def compile_all(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(pattern, re.I) for pattern in patterns)

    return _Patterns(
        month_numbers=furniture.MONTH_NUMBERS, abbreviations=sentences.ABBREVIATIONS,
        date=re.compile(furniture.DATE, re.I), date_line_piece=re.compile(furniture.DATE_LINE_PIECE, re.I),
        byline_words=furniture.BYLINE_WORDS, byline_openers=furniture.BYLINE_OPENERS,
        byline_max_words=furniture.BYLINE_MAX_WORDS,
        broadcast=compile_all(furniture.LINE_BROADCAST), dated_titles=compile_all(furniture.LINE_DATED_TITLES),
        timestamped_caption=re.compile(furniture.LINE_TIMESTAMPED_CAPTION, re.I),
        credit=re.compile(furniture.LINE_CREDIT, re.I),
        caption_with_credit=re.compile(furniture.LINE_CAPTION_WITH_CREDIT, re.I),
        caption_max_words=furniture.CAPTION_MAX_WORDS,
        notices=compile_all(furniture.LINE_NOTICES), notice_max_words=furniture.NOTICE_MAX_WORDS,
        share_words=furniture.SHARE_WORDS, url=re.compile(furniture.URL, re.I),
        url_line_max_words=furniture.URL_LINE_MAX_WORDS,
        inline=re.compile(f"(?={furniture.INLINE_STARTS})(?:" + "|".join(
            f"(?P<{kind}>{pattern})" for kind, pattern in furniture.INLINE_PATTERNS.items()) + ")"),
        inline_publication_dates=furniture.INLINE_PUBLICATION_DATES,
        timestamp_clock=re.compile(furniture.TIMESTAMP_CLOCK, re.I),
        timestamp_date=re.compile(furniture.TIMESTAMP_DATE, re.I),
        timestamp_window=furniture.TIMESTAMP_WINDOW, timestamp_not_after=furniture.TIMESTAMP_NOT_AFTER,
        max_line=furniture.MAX_LINE,
        dateline=re.compile(furniture.DATELINE, re.I), updated_dateline_labels=furniture.UPDATED_DATELINE_LABELS,
        plain_dateline_labels=furniture.PLAIN_DATELINE_LABELS,
        dateline_search_chars=furniture.DATELINE_SEARCH_CHARS, dateline_search_lines=furniture.DATELINE_SEARCH_LINES,
        after_date_on_its_line=re.compile(furniture.AFTER_DATE_ON_ITS_LINE, re.I | re.M),
        agency_after_date=re.compile(furniture.AGENCY_AFTER_DATE),
        dateline_separator=re.compile(furniture.DATELINE_SEPARATOR),
        glued_to_lede=re.compile(furniture.GLUED_TO_LEDE),
        place_line=re.compile(furniture.PLACE_LINE),
    )


def _calendar_date(match: re.Match[str], patterns: _Patterns) -> tuple[str | None, str]:
    """(ISO date or None without a year, "Month day") of a match of the language's DATE pattern."""
    if match.group("iso"):
        try:
            return date.fromisoformat(match.group("iso")).isoformat(), ""
        except ValueError:
            return None, ""
    month, day, year = ((match.group("month"), match.group("day"), match.group("year")) if match.group("month")
                        else (match.group("month2"), match.group("day2"), match.group("year2")))
    number = patterns.month_numbers[month.lower()[:3]]
    day_number = int(re.match(r"\d+", day).group())
    month_day = f"{month.strip('.')} {day_number}"
    if year is None:
        return None, month_day
    try:
        return date(int(year), number, day_number).isoformat(), month_day
    except ValueError:
        return None, ""


def find_dateline(plain: str, language: str = languages.DEFAULT) -> Dateline | None:
    """Find a publication date written at the top of the article.

    On the first line any dateline counts; on the next few lines (after a headline or a byline)
    only one that says what it is ("Published March 14, 2024"), a wire-style place line that opens
    a paragraph ("WASHINGTON, Nov. 20, 2023 — ...") or a date standing on a line of its own: a
    date inside the text is what the text speaks of, not when it was written. A date without its
    year counts only as a wire dateline ("LONDON, July 7 (Reuters) - ...") or alone on its line.
    """
    patterns = _patterns(language)
    head = plain[:patterns.dateline_search_chars]
    for number, line in enumerate(re.finditer(r"[^\n]*\S[^\n]*", head)):
        if number == patterns.dateline_search_lines:
            break
        offset = line.start() + len(line.group()) - len(line.group().lstrip())
        candidate = patterns.dateline.match(head, offset)
        # a place line is in capitals ("WASHINGTON, March 3, 2021"), which the case-blind pattern cannot tell:
        # "Monday, July 7" is a date, "By Sam Lee, Nov 15, 2024" a byline (found with the furniture)
        if candidate is not None and candidate.group("place") and not candidate.group("place").split()[0].isupper():
            candidate = None
        header = patterns.date.match(head, offset)  # a date opening the line
        candidate = candidate or header
        if candidate is None:
            continue
        label = candidate.group("label") if candidate is not header else None
        place = candidate is not header and bool(candidate.group("place"))
        alone = patterns.after_date_on_its_line.match(head, candidate.end()) is not None
        # "Wednesday, December 24, 2014 With the ...": a date header glued to the lede when the page was pasted
        glued = candidate is header and bool(header.group("weekday")) and \
            patterns.glued_to_lede.match(head, header.end()) is not None
        iso, month_day = _calendar_date(candidate, patterns)
        if iso is None and not (month_day and (alone or patterns.agency_after_date.match(head, candidate.end()))):
            continue
        if number == 0 or label or place or alone or (glued and iso is not None):
            label = (label or "").lower()
            span = Span(candidate.group(0).strip(), candidate.start() + len(candidate.group(0)) - len(candidate.group(0).lstrip()),
                        candidate.start() + len(candidate.group(0).rstrip()))
            byline = bool(label) and label not in patterns.plain_dateline_labels
            return Dateline(iso, span, "byline" if byline else "dateline",
                            updated=label in patterns.updated_dateline_labels, month_day=month_day)
    return None


def find_furniture(plain: str, language: str = languages.DEFAULT) -> tuple[Furniture, ...]:
    """The page furniture of a text, in text order, with the publication dates it carries.

    Line patterns are tried on each line shorter than the language's ``MAX_LINE`` (longer lines are
    paragraphs); inline patterns (timecodes, timestamps, credits, "first published" notes) anywhere.
    One pass over the lines and one over the text: the cost grows with the text, line by line.
    """
    patterns = _patterns(language)
    found: list[Furniture] = []
    previous: tuple[int, int] | None = None  # the last non-blank line, for the caption above a credit
    for line in re.finditer(r"[^\n]+", plain):
        start, end = _strip(plain, line.start(), line.end())
        if start == end:
            continue
        if end - start <= patterns.max_line:
            item = _furniture_line(plain, start, end, patterns)
            if item is not None:
                if item.kind == "credit" and previous is not None and (not found or found[-1].span.start < previous[0]) \
                        and _word_count(plain[previous[0]:previous[1]]) <= patterns.caption_max_words \
                        and plain.count("\n", previous[1], start) == 1:
                    found.append(Furniture(Span(plain[previous[0]:previous[1]], *previous), "caption"))
                found.append(item)
        previous = (start, end)
    for match in patterns.inline.finditer(plain):
        start, end = _strip(plain, match.start(), match.end())
        if start < end:
            kind = match.lastgroup
            dateline = None
            if kind in patterns.inline_publication_dates:
                dateline = _dateline_in(plain, start, end, patterns, "byline")
                if dateline is not None and patterns.inline_publication_dates[kind] == "updated":
                    dateline = replace(dateline, updated=True)
            found.append(Furniture(Span(plain[start:end], start, end), kind, dateline))
    found.extend(_timestamps(plain, patterns))
    found.sort(key=lambda item: (item.span.start, -item.span.end))
    return tuple(found)


def _timestamps(plain: str, patterns: _Patterns) -> list[Furniture]:
    """Publication timestamps in running text ("Tuesday 28 April 2009 18.17 BST"): each clock time with a zone,
    and the full date just before it unless a word such as "on" makes it a time the text speaks of."""
    found = []
    for clock in patterns.timestamp_clock.finditer(plain):
        window_start = max(0, clock.start() - patterns.timestamp_window)
        day = patterns.timestamp_date.search(plain, window_start, clock.start())
        if day is None:
            continue
        before = plain[max(0, day.start() - 12):day.start()].split()
        if before and before[-1].lower() in patterns.timestamp_not_after:
            continue
        start, end = _strip(plain, day.start(), clock.end())
        found.append(Furniture(Span(plain[start:end], start, end), "timestamp",
                               _dateline_in(plain, start, end, patterns, "dateline")))
    return found


def _strip(plain: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of ``plain[start:end]`` without surrounding whitespace."""
    piece = plain[start:end]
    stripped = piece.strip()
    if not stripped:
        return start, start
    first = start + len(piece) - len(piece.lstrip())
    return first, first + len(stripped)


def _word_count(text: str) -> int:
    return len(text.split())


def _furniture_line(plain: str, start: int, end: int, patterns: _Patterns) -> Furniture | None:
    """What kind of furniture the line ``plain[start:end]`` is, or None when it is text."""
    line = plain[start:end]
    span = Span(line, start, end)
    opening = start + len(line) - len(line.lstrip("-–—•·*|> \t"))  # bullets and rules before the words
    words = line.split()
    for pattern in patterns.broadcast:
        if pattern.match(plain, opening, end):
            return Furniture(span, "broadcast", _dateline_in(plain, start, end, patterns, "dateline"))
    for pattern in patterns.dated_titles:
        if pattern.fullmatch(plain, opening, end):
            dateline = _dateline_in(plain, start, end, patterns, "dateline")
            if dateline is not None and dateline.date is not None:
                return Furniture(span, "title", dateline)
    dated = _date_or_byline(plain, start, end, words, patterns)
    if dated is not None:
        return dated
    if patterns.timestamped_caption.fullmatch(plain, opening, end):
        return Furniture(span, "caption")
    if patterns.credit.fullmatch(plain, opening, end):
        return Furniture(span, "credit")
    if len(words) <= patterns.caption_max_words and patterns.caption_with_credit.fullmatch(plain, opening, end):
        return Furniture(span, "caption")
    if len(words) <= patterns.notice_max_words and any(p.fullmatch(plain, opening, end) for p in patterns.notices):
        return Furniture(span, "notice")
    if all(word.strip("|·•,:;/()[]-–—").lower() in patterns.share_words for word in words if word.strip("|·•,:;/()[]-–—")):
        return Furniture(span, "notice")
    if len(words) <= patterns.url_line_max_words and patterns.url.search(line):
        return Furniture(span, "notice")
    return None


def _date_or_byline(plain: str, start: int, end: int, words: list[str], patterns: _Patterns) -> Furniture | None:
    """A date line ("Friday, May 20, 2005", "Posted: Jan 25, 2021 4:00 AM ET | Last Updated: ...") or a byline
    ("By Jane Smith, The Canadian Press", "Jane Smith · CBC News · Posted: Jan 25, 2021"): what is left once
    the dates, times and labels are taken out is nothing, or names and byline words."""
    if len(words) > patterns.byline_max_words:
        return None
    pieces: list[re.Match[str]] = []
    left: list[str] = []  # the words between the pieces
    cursor = start
    # one lazy pass: most lines are body text, given away by their first lower-case word
    for piece in chain(patterns.date_line_piece.finditer(plain, start, end), [None]):
        for word in plain[cursor:piece.start() if piece else end].split():
            if not (word[:1].isupper() or word.lower() in patterns.byline_words or "@" in word
                    or not any(character.isalnum() for character in word)):
                return None  # a word of a sentence: body text
            left.append(word)
        if piece is None:
            break
        pieces.append(piece)
        cursor = piece.end()
    labelled = any(piece.group("published") or piece.group("updated") for piece in pieces)
    span = Span(plain[start:end], start, end)
    if not left and (labelled or any(piece.group("date") or piece.group("clock") for piece in pieces)):
        return Furniture(span, "date line", _dateline_from(plain, pieces, patterns, "byline" if labelled else "dateline"))
    opens_byline = words[0].lower() in patterns.byline_openers and len(words) > 1 and words[1][:1].isupper()
    if left and (opens_byline or labelled):
        return Furniture(span, "byline", _dateline_from(plain, pieces, patterns, "byline"))
    return None


def _dateline_from(plain: str, pieces: list[re.Match[str]], patterns: _Patterns, source: str) -> Dateline | None:
    """The publication date among a line's pieces: the first date after a publication label, else the first
    date not after an update label, else the update's date."""
    label = None
    chosen: Dateline | None = None
    for piece in pieces:
        if piece.group("published"):
            label = "published"
        elif piece.group("updated"):
            label = "updated"
        elif piece.group("date"):
            match = patterns.date.fullmatch(plain, piece.start("date"), piece.end("date"))
            iso, month_day = _calendar_date(match, patterns)
            if iso is None and not month_day:
                continue
            candidate = Dateline(iso, Span(piece.group("date"), piece.start("date"), piece.end("date")), source,
                                 updated=label == "updated", month_day=month_day)
            if label == "published" and iso is not None:
                return candidate
            if chosen is None or (chosen.updated and not candidate.updated) or (chosen.date is None and iso is not None):
                chosen = candidate
    return chosen


def _dateline_in(plain: str, start: int, end: int, patterns: _Patterns, source: str) -> Dateline | None:
    """The first full date in ``plain[start:end]`` (a broadcast line, a dated title, a "first published" note)."""
    for match in patterns.date.finditer(plain, start, end):
        iso, _ = _calendar_date(match, patterns)
        if iso is not None:
            return Dateline(iso, Span(match.group(), match.start(), match.end()), source)
    return None


def split_sentences(plain: str, language: str = languages.DEFAULT) -> tuple[Sentence, ...]:
    """Split text into sentences with offsets; whitespace around them is not included."""
    abbreviations = _patterns(language).abbreviations
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(plain):
        end = match.end() if match.group(0)[0] in ".!?" else match.start()
        if match.group(0)[0] == "." and _ends_with_abbreviation(plain, start, match.start(), abbreviations):
            continue
        _append_sentence(plain, start, end, sentences)
        start = match.end()
    _append_sentence(plain, start, len(plain), sentences)
    return tuple(sentences)


def _ends_with_abbreviation(plain: str, start: int, dot: int, abbreviations: frozenset[str]) -> bool:
    word = re.search(r"([A-Za-z.]+)$", plain[max(start, dot - 12):dot])
    if word is None:
        return False
    token = word.group(1).lower().strip(".")
    return token in abbreviations or (len(token) == 1 and token.isalpha())


def _append_sentence(plain: str, start: int, end: int, sentences: list[Sentence]) -> None:
    piece = plain[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        sentences.append(Sentence(stripped, start + lead, start + lead + len(stripped)))


def ingest(source: str, dct: str | None = None, *, is_html: bool | None = None,
           language: str = languages.DEFAULT) -> Document:
    """Read an article: blank markup, find its page furniture and the DCT, split sentences."""
    if is_html is None:
        is_html = looks_like_html(source)
    plain = blank_markup(source) if is_html else source
    furniture = find_furniture(plain, language)
    found = find_dateline(plain, language)
    dateline, dct_source, warnings = _choose_dct(dct, found, furniture)
    dct = parse_dct(dct) if dct is not None else dateline.date if dateline is not None else None
    # The span the DCT was read from, when it stands at the top of the article (events point at it).
    dct_span = found.span if found is not None else None
    sentences = split_sentences(plain, language)
    if dct_span is not None:
        sentences = _detach_dateline(plain, sentences, dct_span, language)
    sentences = _detach_place_line(plain, sentences, dct_span, language)
    spans = _merge_spans(plain, [item.span for item in furniture] + _dateline_spans(plain, sentences, found))
    return Document(source=source, plain=plain, dct=dct, sentences=_cut_at_furniture(plain, sentences, spans),
                    dct_span=dct_span, dct_source=dct_source, warnings=warnings, furniture=spans)


def _choose_dct(given: str | None, top: Dateline | None,
                furniture: tuple[Furniture, ...]) -> tuple[Dateline | None, str, tuple[ResultWarning, ...]]:
    """Where the DCT comes from: the caller; else the dateline at the top; else the furniture's publication
    date ("Posted ...", a byline's date, "first published ..."), then a date line, then an update's date.
    A dateline without its year ("July 7 (Reuters)") and no date at all are warned about."""
    if given is not None:
        return None, "given", ()
    candidates = [item.dateline for item in furniture if item.dateline is not None and item.dateline.date is not None]
    if top is not None and top.date is not None:
        candidates.insert(0, top)
    ranked = sorted(candidates, key=lambda found: _dct_rank(found, top))
    if ranked:
        return ranked[0], ranked[0].source, ()
    if top is not None:  # a date, but no year
        return None, "none", (ResultWarning("dct_without_year", (
            f"The dateline \"{top.span.text}\" gives no year, so dates such as \"{top.month_day}\" or \"yesterday\" "
            "cannot be placed: give the publication date (dct)")),)
    return None, "none", (ResultWarning("no_dct", (
        "No publication date was given or found in the text, so relative dates such as \"yesterday\" or "
        "\"on Monday\" cannot be placed: give the publication date (dct)")),)


def _dct_rank(found: Dateline, top: Dateline | None) -> int:
    """Which publication date to trust first: the dateline at the top, a byline's or a "Posted" line's date,
    a date line further down, and last the date of an update."""
    if found.updated:
        return 3
    return 0 if found is top else 1 if found.source == "byline" else 2


def _dateline_spans(plain: str, sentences: tuple[Sentence, ...], top: Dateline | None) -> list[Span]:
    """The dateline at the top as furniture, when it is a sentence of its own (a line, or cut off the lede)."""
    if top is None:
        return []
    return [sentence for sentence in sentences if sentence.start == top.span.start and sentence.end <= top.span.end + 1]


def _merge_spans(plain: str, spans: list[Span]) -> tuple[Span, ...]:
    """Sorted spans with overlapping or touching ones joined."""
    merged: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda span: span.start):
        if merged and span.start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], span.end))
        else:
            merged.append((span.start, span.end))
    return tuple(Span(plain[start:end], start, end) for start, end in merged)


def _cut_at_furniture(plain: str, sentences: tuple[Sentence, ...], furniture: tuple[Span, ...]) -> tuple[Sentence, ...]:
    """Sentences cut where furniture begins and ends, so none holds both furniture and body text.

    Both lists are sorted and furniture spans do not overlap: one walk over the two (linear).
    """
    if not furniture:
        return sentences
    result: list[Sentence] = []
    index = 0
    for sentence in sentences:
        while index < len(furniture) and furniture[index].end <= sentence.start:
            index += 1
        start, cursor = sentence.start, index
        while cursor < len(furniture) and furniture[cursor].start < sentence.end:
            span = furniture[cursor]
            _append_piece(plain, start, max(start, span.start), result)
            _append_piece(plain, max(start, span.start), min(span.end, sentence.end), result)
            start = min(span.end, sentence.end)
            if span.end > sentence.end:
                break
            cursor += 1
        _append_piece(plain, start, sentence.end, result)
    return tuple(result)


def _append_piece(plain: str, start: int, end: int, sentences: list[Sentence]) -> None:
    """Append ``plain[start:end]`` as a sentence unless it holds no word or number."""
    if any(character.isalnum() for character in plain[start:end]):
        _append_sentence(plain, start, end, sentences)


def _detach_dateline(plain: str, sentences: tuple[Sentence, ...], dateline: Span, language: str) -> tuple[Sentence, ...]:
    """Make "WASHINGTON, Nov. 20, 2023 — The board met ..." two sentences, so evidence starts at "The"
    (and "Wednesday, December 24, 2014 With the ...", a date header that lost its line break)."""
    patterns = _patterns(language)
    for position, sentence in enumerate(sentences):
        if sentence.end > dateline.start:
            break
    else:
        return sentences
    if not sentence.start <= dateline.start < dateline.end < sentence.end:
        return sentences
    rest = patterns.dateline_separator.match(plain, dateline.end, sentence.end) or patterns.glued_to_lede.match(
        plain, dateline.end, sentence.end)
    if rest is None or rest.end() >= sentence.end:
        return sentences
    return (*sentences[:position], Sentence(plain[sentence.start:dateline.end], sentence.start, dateline.end),
            Sentence(plain[rest.end():sentence.end], rest.end(), sentence.end), *sentences[position + 1:])


def _detach_place_line(plain: str, sentences: tuple[Sentence, ...], dateline: Span | None,
                       language: str) -> tuple[Sentence, ...]:
    """Make "PORTLAND, Ore. — Harbor Foods said ..." two sentences, so the lede's subject is not the place.

    Only the first paragraph that opens with a place line counts, within the lines where a dateline may stand.
    """
    patterns = _patterns(language)
    for position, sentence in enumerate(sentences):
        if sentence.start >= patterns.dateline_search_chars:
            break
        if dateline is not None and sentence.start < dateline.end:
            continue
        if sentence.start > 0 and plain[sentence.start - 1] != "\n":
            continue  # not at the start of a paragraph
        place = patterns.place_line.match(plain, sentence.start, sentence.end)
        if place is None or place.end() >= sentence.end or not plain[sentence.start:place.end()].split()[0].strip(",").isupper():
            continue
        line_end = len(plain[sentence.start:place.end()].rstrip(" —–-_"))
        return (*sentences[:position],
                Sentence(plain[sentence.start:sentence.start + line_end], sentence.start, sentence.start + line_end),
                Sentence(plain[place.end():sentence.end], place.end(), sentence.end), *sentences[position + 1:])
    return sentences
