"""marshmallow schemas: one per direction (input or output) and location (body or query)."""
from __future__ import annotations

import re

import marshmallow as ma
from flask import current_app
from marshmallow import fields, validate

from timeline.model import DCT_SOURCES, WARNING_CODES
from timeline.store import STATUSES
from timeline.store.dates import parse_calendar_value
from timeline.tagger import MODES


class Strict(ma.Schema):
    """Input schemas reject unknown fields."""

    class Meta:
        unknown = ma.RAISE


class Output(ma.Schema):
    """Output schemas (fields keep their declared order)."""


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


class Text(fields.String):
    """A string every database can store: no NUL, no lone UTF-16 surrogate (422 otherwise)."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        if _UNSTORABLE.search(text):
            raise ma.ValidationError("contains NUL or an unpaired surrogate, which cannot be stored")
        return text


class ArticleText(Text):
    """An article's text, at most TIMELINE_MAX_TEXT_CHARS characters (422 above it)."""

    def __init__(self, **kwargs):
        metadata = {"description": "plain text or HTML; at most TIMELINE_MAX_TEXT_CHARS characters (default 1,000,000)",
                    **kwargs.pop("metadata", {})}
        super().__init__(validate=validate.Length(min=1), metadata=metadata, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        check_text_length(text)
        return text


def check_text_length(text: str) -> None:
    """Refuse an article text longer than the TIMELINE_MAX_TEXT_CHARS setting."""
    limit = current_app.config["TIMELINE_MAX_TEXT_CHARS"]
    if len(text) > limit:
        raise ma.ValidationError(f"the text has {len(text)} characters; the limit is {limit}")


class SourceUrl(fields.Url):
    """An article's http or https address: fetched when no text is given."""

    def __init__(self, **kwargs):
        metadata = {"description": "the article's address; fetched when no text is given", **kwargs.pop("metadata", {})}
        super().__init__(schemes={"http", "https"}, validate=validate.Length(max=2000), metadata=metadata, **kwargs)


def require_text_or_url(data) -> None:
    """An article comes as its text or as a URL to fetch it from."""
    if "text" not in data and not data.get("url"):
        raise ma.ValidationError("give the text, or a url to fetch it from", "_schema")


class CalendarValue(fields.String):
    """A date at any granularity: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM."""

    def __init__(self, **kwargs):
        metadata = {"example": "2021-03", "description": "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM",
                    "pattern": r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$", **kwargs.pop("metadata", {})}
        super().__init__(metadata=metadata, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            return parse_calendar_value(text).value
        except ValueError as error:
            raise ma.ValidationError(str(error)) from error


# --- bodies in ---------------------------------------------------------------

MODE_DESCRIPTION = ("how dates without a year or day resolve: against the publication date (news), the story's own "
                    "time (narrative), or each as its sentence tells (auto)")

class ExtractIn(Strict):
    """Body of POST /extract: the article as ``text`` or as a ``url`` to fetch."""

    text = ArticleText()
    url = SourceUrl()
    dct = fields.Date(load_default=None, allow_none=True, metadata={"description": "publication date; read from the page or a dateline when absent"})
    mode = fields.String(load_default="auto", validate=validate.OneOf(MODES), metadata={"description": MODE_DESCRIPTION})

    @ma.validates_schema
    def text_or_url(self, data, **_kwargs):
        """Exactly one of ``text`` and ``url``."""
        if ("text" in data) == ("url" in data):
            raise ma.ValidationError("give either text or url", "_schema")


class ArticleIn(Strict):
    """An article given to a timeline: its text, or a URL to fetch it from (with text, the URL is its source)."""

    title = Text(load_default="", validate=validate.Length(max=300))
    text = ArticleText()
    dct = fields.Date(load_default=None, allow_none=True, metadata={"description": "publication date; read from the page or a dateline when absent"})
    url = SourceUrl(load_default=None, allow_none=True)
    language = Text(load_default="en", validate=validate.Length(min=2, max=16))
    mode = fields.String(load_default="auto", validate=validate.OneOf(MODES), metadata={"description": MODE_DESCRIPTION})

    @ma.validates_schema
    def text_or_url(self, data, **_kwargs):
        """The text, or a URL to fetch it from."""
        require_text_or_url(data)


class TimelineIn(Strict):
    """Body of POST /timelines: one article as ``text`` or ``url``, or several as ``articles``."""

    title = Text(required=True, validate=validate.Length(min=1, max=300))
    description = Text(load_default="")
    status = Text(load_default="draft", validate=validate.OneOf(STATUSES))
    text = ArticleText(metadata={"description": "the article, when there is one"})
    dct = fields.Date(allow_none=True)
    url = SourceUrl(allow_none=True)
    mode = fields.String(validate=validate.OneOf(MODES), metadata={"description": MODE_DESCRIPTION})
    articles = fields.List(fields.Nested(ArticleIn), validate=validate.Length(min=1),
                           metadata={"description": "at most TIMELINE_MAX_ARTICLES (default 50)"})

    @ma.validates_schema
    def one_way_to_give_articles(self, data, **_kwargs):
        """Exactly one of ``text`` (or ``url``) and ``articles``, and no more articles than the setting allows."""
        if "articles" in data:
            if {"text", "dct", "url", "mode"} & data.keys():
                raise ma.ValidationError("give either one article (text or url, dct) or articles, not both", "_schema")
            limit = current_app.config["TIMELINE_MAX_ARTICLES"]
            if len(data["articles"]) > limit:
                raise ma.ValidationError(f"at most {limit} articles", "articles")
        else:
            require_text_or_url(data)


class TimelinePatch(Strict):
    """Body of PATCH /timelines/<id>."""

    title = Text(validate=validate.Length(min=1, max=300))
    description = Text()
    status = Text(validate=validate.OneOf(STATUSES))


class EventPatch(Strict):
    """Body of PATCH on an event; null restores the extracted value."""

    headline = Text(allow_none=True, validate=validate.Length(max=500))
    text = Text(allow_none=True)
    date = CalendarValue(allow_none=True)
    hidden = fields.Boolean()
    group = Text(allow_none=True, validate=validate.Length(max=200))
    media_url = fields.Url(allow_none=True, schemes={"http", "https"}, validate=validate.Length(max=2000))


class EventIn(EventPatch):
    """Body of POST /timelines/<id>/events: a manual event."""

    headline = Text(required=True, validate=validate.Length(min=1, max=500))
    date = CalendarValue(required=True)


# --- queries in --------------------------------------------------------------

class FeedQuery(Strict):
    """Query of the event feeds."""

    from_ = CalendarValue(data_key="from", metadata={"description": "events that end after the start of this date"})
    to = CalendarValue(metadata={"description": "events that start before the end of this date"})
    q = Text(validate=validate.Length(min=1, max=200), metadata={"description": "words in the headline or text"})
    group = Text(validate=validate.Length(max=200))
    limit = fields.Integer(validate=validate.Range(min=1, max=500))
    cursor = Text(metadata={"description": "opaque: continue from next_url"})


# --- outputs -----------------------------------------------------------------

class SpanOut(Output):
    text = fields.String()
    start = fields.Integer()
    end = fields.Integer()


class DateOut(Output):
    text = fields.String()
    start = fields.Integer(allow_none=True)
    end = fields.Integer(allow_none=True)
    value = fields.String(allow_none=True)
    granularity = fields.String(allow_none=True)
    earliest = fields.String(allow_none=True)
    latest = fields.String(allow_none=True)


class TimexOut(Output):
    id = fields.String()
    text = fields.String()
    start = fields.Integer()
    end = fields.Integer()
    type = fields.String()
    value = fields.String()
    granularity = fields.String()
    earliest = fields.String(allow_none=True)
    latest = fields.String(allow_none=True)
    mod = fields.String()
    quant = fields.String()
    freq = fields.String()


class _EventFields(Output):
    """What every shape of an event shows as extraction gave it (``timeline.serialize.event_dict``)."""

    headline = fields.String()
    text = fields.String(metadata={"description": "what a reader is shown: the sentence, or the editor's text"})
    sentence = fields.String(allow_none=True, metadata={"description": "the extracted sentence (start and end are its offsets)"})
    start = fields.Integer(allow_none=True)
    end = fields.Integer(allow_none=True)
    trigger = fields.Nested(SpanOut, allow_none=True, metadata={"description": (
        "the predicate the date belongs to, as a span of the text: a verb or event noun, a light verb with its "
        "noun (\"posted a net loss\") or a verb with the infinitive it governs (\"planned to leave\")")})
    date = fields.Nested(DateOut)
    end_date = fields.Nested(DateOut)
    participants = fields.List(fields.String())
    evidence = fields.List(fields.Nested(SpanOut))


class ExtractedEventOut(_EventFields):
    """An event as extraction gives it (``timeline.serialize.event_dict``); its ``text`` is its sentence."""

    id = fields.String()
    text = fields.String(attribute="sentence", dump_only=True, metadata={"description": "what a reader is shown: the sentence"})
    article = fields.String()


class WarningOut(Output):
    """Something the reader of a result should know (``timeline.model.ResultWarning``)."""

    code = fields.String(metadata={"enum": list(WARNING_CODES), "description": (
        "for programs: no_dct (no publication date was given or found, so relative dates such as 'yesterday' "
        "stay undated), dct_without_year (the dateline gives a day without its year, as in 'July 7 (Reuters)')")})
    message = fields.String(metadata={"description": "for people: what happened and what to do (give the dct)"})


class ExtractOut(Output):
    """Response of POST /extract (``timeline.serialize.timeline_dict``)."""

    dct = fields.String(allow_none=True)
    dct_source = fields.String(metadata={"enum": list(DCT_SOURCES), "description": (
        "where the publication date came from: given (by the caller), dateline (a date at the top of the page, "
        "a wire dateline, a page's date line), byline (a byline or a 'Posted'/'Published' line), none")})
    warnings = fields.List(fields.Nested(WarningOut), metadata={"description": "empty when all is well"})
    timexes = fields.List(fields.Nested(TimexOut))
    events = fields.List(fields.Nested(ExtractedEventOut))
    undated = fields.List(fields.Nested(ExtractedEventOut))


class EventOut(_EventFields):
    """A stored event in the one shape the API, the pages, the viewer and the exports read (``timeline.store.views``):
    the extracted fields with the editor's corrections over them, and the editor's fields."""

    id = fields.Integer()
    timeline = fields.Integer()
    key = fields.String(metadata={"description": "stable across re-extraction"})
    headline = fields.String(metadata={"description": "the editor's headline, else the extracted one"})
    text = fields.String(metadata={"description": "the editor's text, else the extracted sentence"})
    article = fields.Integer(allow_none=True)
    group = fields.String(allow_none=True)
    hidden = fields.Boolean()
    media_url = fields.String(allow_none=True, metadata={"description": "an http(s) URL"})
    media_is_image = fields.Boolean(metadata={"description": "the media URL names a picture"})
    manual = fields.Boolean()
    date_override = fields.String(allow_none=True)


class ArticleOut(Output):
    id = fields.Integer()
    title = fields.String()
    url = fields.String(allow_none=True)
    dct = fields.String(allow_none=True)
    language = fields.String()
    format = fields.String()
    mode = fields.String()
    text = fields.String()


class _TimelineFields(Output):
    """What every shape of a timeline shows."""

    id = fields.Integer()
    title = fields.String()
    description = fields.String()
    status = fields.String()
    version = fields.Integer()
    created = fields.String(metadata={"format": "date-time"})
    updated = fields.String(metadata={"format": "date-time"})


class TimelineSummaryOut(_TimelineFields):
    event_count = fields.Integer()
    article_count = fields.Integer()


class TimelineOut(_TimelineFields):
    articles = fields.List(fields.Nested(ArticleOut))
    events = fields.List(fields.Nested(EventOut))
    undated = fields.List(fields.Nested(EventOut))


class TimelineListOut(Output):
    timelines = fields.List(fields.Nested(TimelineSummaryOut))


class EventPageOut(Output):
    """A page of the event feed."""

    events = fields.List(fields.Nested(EventOut))
    next = fields.String(allow_none=True, metadata={"description": "opaque cursor of the next page"})
    next_url = fields.String(allow_none=True)


class JobOut(Output):
    """Queued work: its state, progress and, once it succeeded, where the result is."""

    id = fields.String()
    kind = fields.String(metadata={"description": "extract_article, extract_url, reextract, import_item, feed_item"})
    state = fields.String(metadata={"enum": ["queued", "running", "succeeded", "failed"]})
    progress = fields.Dict(keys=fields.String(), values=fields.Integer(), metadata={"description": "done and total"})
    error = fields.String(allow_none=True)
    created = fields.String(metadata={"format": "date-time"})
    updated = fields.String(metadata={"format": "date-time"})
    result = fields.String(allow_none=True, metadata={"description": "URL of the timeline or article made, once succeeded"})
    self_url = fields.String(data_key="url")


class ErrorBody(Output):
    status = fields.Integer(required=True)
    code = fields.String(required=True)
    message = fields.String(required=True)
    details = fields.Raw()


class ErrorOut(Output):
    """The one error shape of the API."""

    error = fields.Nested(ErrorBody, required=True)


# --- search and stories ------------------------------------------------------

class SearchQuery(Strict):
    """Query of the full-text search."""

    q = Text(validate=validate.Length(min=1, max=200), metadata={"description": "words the text must hold (all of them, stemmed)"})
    type = fields.String(load_default="events", validate=validate.OneOf(["events", "articles"]),
                         metadata={"description": "search events (their headline and text) or articles (title and text)"})
    from_ = CalendarValue(data_key="from", metadata={"description": "events ending after the start of this date; articles published from it"})
    to = CalendarValue(metadata={"description": "events starting before the end of this date; articles published up to it"})
    article = fields.Integer(validate=validate.Range(min=1, max=2147483647), metadata={"description": "only this article('s events)"})
    source = Text(validate=validate.Length(min=1, max=300), metadata={"description": "only articles from this host (www.example.com)"})
    entity = Text(validate=validate.Length(min=1, max=200), metadata={"description": "a name the text must hold, as a phrase"})
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=500))


class ArticleHitOut(ArticleOut):
    """An article a search found (without its text)."""

    class Meta:
        exclude = ("text",)


class SearchOut(Output):
    """Search results: events by date, or articles newest first."""

    type = fields.String()
    events = fields.List(fields.Nested(EventOut))
    articles = fields.List(fields.Nested(ArticleHitOut))


class StrictBoolean(fields.Boolean):
    """true or false, nothing else (marshmallow's Boolean also takes 0, 1, "yes" ...)."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid")
        return value


class StoryIn(Strict):
    """A story query: the archive's articles matching ``query`` told as one story."""

    query = Text(required=True, validate=validate.Length(min=1, max=200), metadata={"description": "words the articles must hold"})
    from_ = CalendarValue(data_key="from", metadata={"description": "only events (and articles published) from this date"})
    to = CalendarValue(metadata={"description": "only events (and articles published) up to the end of this date"})
    limit = fields.Integer(validate=validate.Range(min=1, max=500), metadata={"description": "the best event of each of the N key dates"})
    save = StrictBoolean(load_default=False, metadata={"description": "save as a timeline that takes in matching articles as they arrive"})
    title = Text(validate=validate.Length(min=1, max=300), metadata={"description": "the saved timeline's title (default: the query)"})


class SourceOut(Output):
    """An article reporting a story event."""

    article = fields.String()
    sentence = fields.String()
    dct = fields.String(allow_none=True)
    lede = fields.Boolean(metadata={"description": "the sentence is the article's lede"})
    url = fields.String()
    title = fields.String()


class StoryEventOut(Output):
    """A happening of the story, once, with every article reporting it (``timeline.serialize.story_event_dict``)."""

    date = fields.Nested(DateOut)
    end_date = fields.Nested(DateOut)
    headline = fields.String()
    score = fields.Float(metadata={"description": "importance: the attention its day gets, its reports and ledes, its date's precision"})
    articles = fields.Integer(metadata={"description": "how many articles report it"})
    sources = fields.List(fields.Nested(SourceOut))


class StoryOut(Output):
    """A story timeline, most important events first (``timeline`` set when saved)."""

    query = fields.String()
    articles = fields.Integer(metadata={"description": "how many articles it was told from"})
    timeline = fields.Integer(allow_none=True, metadata={"description": "the saved timeline's id"})
    events = fields.List(fields.Nested(StoryEventOut))
