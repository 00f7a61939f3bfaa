"""The reader-facing pages: paste an article, view a stored timeline, embed it, oEmbed.

Every page is server-rendered (an ordered list of events that reads without
JavaScript); ``static/main.js`` enhances it. Pages send a Content-Security-Policy
with no inline script: the timeline travels as ``<script type="application/json">``.
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

from flask import Blueprint, abort, current_app, jsonify, make_response, render_template, request, url_for

from timeline import store
from timeline.display import display_date, event_link
from timeline.ingest import IngestError
from timeline.pipeline import extract
from timeline.serialize import story_event_dict, timeline_dict
from timeline.store import stories
from timeline.web.session import session_editor

pages = Blueprint("pages", __name__)

THEMES = ("auto", "light", "dark")
# An accent colour is a CSS hex colour, nothing else: it ends up in a style property.
ACCENT = re.compile(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
# Forms of a TIMEX3 value that are also valid HTML <time datetime> and ISO 8601 strings; the longest
# one a value starts with is its machine date ("2023-W45" for the weekend "2023-W45-WE").
HTML_DATETIME = re.compile(r"\d{4}-W\d{2}|\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?")
OEMBED_PATH = re.compile(r"/(?:timelines|embed)/(\d+)/?")
# A media URL ending in one of these is shown as a picture; any other is a link (video pages, documents ...).
IMAGE_PATH = re.compile(r"\.(?:avif|gif|jpe?g|png|svg|webp)$", re.IGNORECASE)
JSON_LD_EVENTS = 100  # search engines get the first events; the page itself lists them all
VIEWER_EVENT_FIELDS = ("id", "headline", "sentence", "start", "end", "article", "group", "participants", "evidence")
VIEWER_DATE_FIELDS = ("value", "granularity", "earliest", "latest")
OEMBED_SIZE = (800, 600)  # default width and height of an embedded timeline, in CSS pixels
PROVIDER_NAME = "timeline"


def content_security_policy(frame_ancestors: str) -> str:
    """The page CSP: own scripts and styles only, framing limited to ``frame_ancestors``."""
    return ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            f"frame-ancestors {frame_ancestors}")


def machine_date(date: dict[str, Any] | None) -> str | None:
    """The value as an HTML/ISO date string at its precision, or the interval start when it has none."""
    if not date:
        return None
    start = HTML_DATETIME.match(date.get("value") or "")  # "2023-10-07" of "2023-10-07TMO", "2023" of "2023-Q3"
    return start.group() if start else (date.get("earliest") or "")[:10] or None


def event_sentence(event: dict[str, Any]) -> str:
    """The sentence a page shows for an event: an extracted event's sentence, else (a manual event) its text.
    Extraction results carry only ``sentence``, stored events both (see ``store.repository.event_view``)."""
    return event.get("sentence") or event.get("text") or ""


def event_view(event: dict[str, Any]) -> dict[str, Any]:
    """An event with what the template shows: dates for people and for machines."""
    date, end_date = event.get("date") or {}, event.get("end_date")
    view = {**event, "sentence": event_sentence(event),
            "when": display_date(date.get("value", ""), date.get("granularity")), "datetime": machine_date(date)}
    if end_date:
        view.update(until=display_date(end_date["value"], end_date.get("granularity")), until_datetime=machine_date(end_date))
    view.update(media_view(event.get("media_url")))
    return view


def media_view(url: str | None) -> dict[str, Any]:
    """The event's media as the page shows it: an http(s) URL, and whether it is a picture."""
    url = web_url(url)
    return {"media_url": url, "media_is_image": bool(url and IMAGE_PATH.search(urlsplit(url).path))}


def visible_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events a reader may see, ready for the template."""
    return [event_view(event) for event in events if not event.get("hidden")]


def json_ld(timeline: dict[str, Any], page_url: str) -> dict[str, Any]:
    """schema.org description of the page: the source articles and the list of events."""
    items = []
    events = visible_events(timeline.get("events", []))
    for position, event in enumerate(events[:JSON_LD_EVENTS], start=1):
        item = {"@type": "Event", "name": event["headline"], "description": event["sentence"],
                "startDate": event["datetime"], "url": event_link(page_url, event["id"])}
        if event.get("until_datetime"):
            item["endDate"] = event["until_datetime"]
        if event["media_is_image"]:
            item["image"] = event["media_url"]
        items.append({"@type": "ListItem", "position": position, "item": item})
    graph: list[dict[str, Any]] = [{"@type": "ItemList", "name": timeline.get("title") or "Timeline", "url": page_url,
                                    "itemListOrder": "https://schema.org/ItemListOrderAscending",
                                    "numberOfItems": len(events), "itemListElement": items}]
    for article in timeline.get("articles", []):
        news = {"@type": "NewsArticle", "headline": article.get("title") or "", "url": article.get("url"),
                "datePublished": article.get("dct")}
        graph.append({key: value for key, value in news.items() if value})
    return {"@context": "https://schema.org", "@graph": graph}


def viewer_event(event: dict[str, Any]) -> dict[str, Any]:
    """What static/viewer needs of an event, and nothing more (the page carries every event)."""
    data = {name: event[name] for name in VIEWER_EVENT_FIELDS if event.get(name) is not None}
    data["sentence"] = event_sentence(event)
    if event.get("media_url"):
        data.update(media_view(event["media_url"]))
    for name in ("date", "end_date"):
        if event.get(name):
            data[name] = {field: event[name].get(field) for field in VIEWER_DATE_FIELDS}
    return data


def viewer_data(timeline: dict[str, Any]) -> dict[str, Any]:
    """The timeline as the page hands it to the viewer script."""
    return {"id": timeline.get("id"), "title": timeline.get("title"), "articles": timeline.get("articles", []),
            "events": [viewer_event(event) for event in timeline.get("events", []) if not event.get("hidden")],
            "undated": [viewer_event(event) for event in timeline.get("undated", []) if not event.get("hidden")]}


def theme_options() -> dict[str, str | None]:
    """Theme and accent colour from the URL, validated (anything else falls back to the default)."""
    theme = request.args.get("theme", "auto")
    accent = ACCENT.fullmatch(request.args.get("accent", ""))
    return {"theme": theme if theme in THEMES else "auto", "accent": f"#{accent.group(1)}" if accent else None}


def render_page(template: str, frame_ancestors: str, status: int = 200, **context: Any):
    """Render ``template`` with its security headers."""
    response = make_response(render_template(template, **theme_options(), **context), status)
    response.headers["Content-Security-Policy"] = content_security_policy(frame_ancestors)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
    return response


def timeline_or_404(timeline_id: int, include_drafts: bool = False) -> dict[str, Any]:
    """The published timeline (or draft, when asked), or a 404."""
    timeline = store.get_timeline(timeline_id, include_drafts=include_drafts)
    if timeline is None:
        abort(404)
    return timeline


def web_url(url: str | None) -> str | None:
    """The URL when it is an http(s) one: a stored ``javascript:`` link must never become a link."""
    return url if url and re.match(r"https?://", url, re.IGNORECASE) else None


def page_context(timeline: dict[str, Any]) -> dict[str, Any]:
    """What the viewer templates need for a stored timeline."""
    timeline = {**timeline, "articles": [{**article, "url": web_url(article.get("url"))} for article in timeline.get("articles", [])]}
    page_url = url_for("pages.timeline_page", timeline_id=timeline["id"], _external=True)
    return {"timeline": timeline, "data": viewer_data(timeline), "events": visible_events(timeline.get("events", [])),
            "sources": {article["id"]: article for article in timeline["articles"] if article["url"]},
            "undated": visible_events(timeline.get("undated", [])), "page_url": page_url,
            "embed_url": url_for("pages.embed", timeline_id=timeline["id"], _external=True),
            "embed_script_url": url_for("static", filename="embed.js", _external=True),
            "oembed_url": url_for("pages.oembed", url=page_url, format="json", _external=True),
            "json_ld": json_ld(timeline, page_url)}


@pages.route("/", methods=["GET", "POST"])
def index():
    """Paste an article and see its timeline; without JavaScript the form posts here."""
    context: dict[str, Any] = {"stored": store.list_timelines(include_drafts=session_editor() is not None), "text": "", "dct": ""}
    status = 200
    if request.method == "POST":
        text, dct = request.form.get("text", ""), request.form.get("dct") or None
        context.update(text=text, dct=dct or "")
        try:
            result = timeline_dict(extract(text, dct))
        except IngestError as error:  # an unreadable date: say so beside the form
            context["error"], status = str(error), 422
        else:
            article = {"id": None, "title": "Your article", "text": text, "dct": result["dct"]}
            context["timeline"] = {"title": "Your article", "articles": [article], **result}
            context["data"] = viewer_data(context["timeline"])
            context.update(events=visible_events(result["events"]), undated=visible_events(result["undated"]))
    return render_page("index.html", "'self'", status, **context)


@pages.route("/timelines/<int:timeline_id>")
def timeline_page(timeline_id: int):
    """A stored timeline, for reading and sharing."""
    signed_in = session_editor() is not None  # editors see their drafts
    return render_page("timeline.html", "'self'", **page_context(timeline_or_404(timeline_id, signed_in)))


def story_view(events: list[Any]) -> list[dict[str, Any]]:
    """Story events (``timeline.stories.StoryEvent``) as the story page shows them."""
    views = []
    for event in events:
        data = story_event_dict(event)
        data["sources"] = [{**source, "url": web_url(source.get("url"))} for source in data["sources"]]
        views.append(event_view(data))
    return views


def _story_page(story: dict[str, Any], events: list[Any]):
    return render_page("story.html", "'self'", story=story, events=story_view(events))


@pages.route("/stories")
def story_query():
    """The story of the published archive's articles matching ``q`` (``limit``: key dates), built on request."""
    query = request.args.get("q", "").strip()[:200]
    limit = request.args.get("limit", "")
    if not query or (limit and not (limit.isdigit() and 0 < int(limit) <= 500)):
        abort(400, "give q (words) and, if any, a limit from 1 to 500")
    try:
        events, articles = stories.story(query, limit=int(limit) if limit else None)
    except store.InvalidInput as error:  # a query with no words
        abort(400, str(error))
    return _story_page({"title": f"Story: {query}", "query": query, "articles": articles, "limit": limit}, events)


@pages.route("/stories/<int:timeline_id>")
def saved_story_page(timeline_id: int):
    """A saved story timeline, told from the articles it holds now (a draft only to a signed-in editor)."""
    try:
        summary, events = stories.saved_story(timeline_id, include_drafts=session_editor() is not None)
    except store.NotFound:
        abort(404)
    return _story_page(summary, events)


@pages.route("/embed/<int:timeline_id>")
def embed(timeline_id: int):
    """A stored timeline made to sit in an iframe on another site."""
    return render_page("embed.html", current_app.config["TIMELINE_FRAME_ANCESTORS"],
                       **page_context(timeline_or_404(timeline_id)))


def _size(name: str, default: int) -> int:
    value = request.args.get(name)
    if value is None:
        return default
    if not value.isdigit() or int(value) == 0:
        abort(400, f"{name} must be a positive integer")
    return min(default, int(value))


@pages.route("/oembed")
def oembed():
    """oEmbed 1.0: the iframe that embeds a timeline page given its URL."""
    if request.args.get("format", "json") != "json":
        abort(501, "only the json format is supported")
    url = urlsplit(request.args.get("url", ""))
    match = OEMBED_PATH.fullmatch(url.path)
    if url.netloc != request.host or not match:
        abort(404, "not a timeline URL of this site")
    timeline = timeline_or_404(int(match.group(1)))
    width, height = _size("maxwidth", OEMBED_SIZE[0]), _size("maxheight", OEMBED_SIZE[1])
    # The page URL's ?start= (an event id, "latest" or "first") is where the embed opens.
    start = parse_qs(url.query).get("start", [None])[0]
    html = render_template("oembed_iframe.html", src=url_for("pages.embed", timeline_id=timeline["id"], start=start, _external=True),
                           width=width, height=height, title=timeline.get("title") or "Timeline")
    return jsonify({"type": "rich", "version": "1.0", "title": timeline.get("title") or "Timeline",
                    "provider_name": PROVIDER_NAME, "provider_url": url_for("pages.index", _external=True),
                    "cache_age": 3600, "html": html.strip(), "width": width, "height": height})
