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
from timeline.display import event_link, machine_date, web_url, when
from timeline.ingest import IngestError
from timeline.pipeline import extract
from timeline.serialize import story_event_dict, timeline_dict
from timeline.store import stories
from timeline.web.api.schemas import ExtractOut
from timeline.web.session import session_editor

pages = Blueprint("pages", __name__)

THEMES = ("auto", "light", "dark")
# An accent colour is a CSS hex colour, nothing else: it ends up in a style property.
ACCENT = re.compile(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
OEMBED_PATH = re.compile(r"/(?:timelines|embed)/(\d+)/?")
JSON_LD_EVENTS = 100  # search engines get the first events; the page itself lists them all
# The fields of an event (in the one shape, timeline/store/views.py) that static/viewer reads: the page carries
# every event, so it leaves out the rest (the key, trigger, extracted sentence, editor's bookkeeping: half the bytes).
VIEWER_FIELDS = ("id", "headline", "text", "start", "end", "date", "end_date", "participants", "evidence", "article",
                 "group", "media_url", "media_is_image")
OEMBED_SIZE = (800, 600)  # default width and height of an embedded timeline, in CSS pixels
PROVIDER_NAME = "timeline"


def content_security_policy(frame_ancestors: str) -> str:
    """The page CSP: own scripts and styles only, framing limited to ``frame_ancestors``."""
    return ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            f"frame-ancestors {frame_ancestors}")


def json_ld(timeline: dict[str, Any], page_url: str) -> dict[str, Any]:
    """schema.org description of the page: the source articles and the list of events."""
    items = []
    events = timeline.get("events", [])
    for position, event in enumerate(events[:JSON_LD_EVENTS], start=1):
        item = {"@type": "Event", "name": event["headline"], "description": event["text"],
                "startDate": machine_date(event["date"]), "url": event_link(page_url, event["id"])}
        if event.get("end_date"):
            item["endDate"] = machine_date(event["end_date"])
        if event.get("media_is_image"):
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


def viewer_data(timeline: dict[str, Any]) -> dict[str, Any]:
    """What the page hands the viewer script: the timeline's events as the API shows them, with the fields the
    viewer reads (``VIEWER_FIELDS``)."""
    def fields(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{name: event[name] for name in VIEWER_FIELDS if name in event} for event in events]

    return {"id": timeline.get("id"), "title": timeline.get("title"), "articles": timeline.get("articles", []),
            "events": fields(timeline.get("events", [])), "undated": fields(timeline.get("undated", []))}


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
    """The published timeline (or draft, when asked) without its hidden events, or a 404."""
    timeline = store.get_timeline(timeline_id, include_drafts=include_drafts, include_hidden=False)
    if timeline is None:
        abort(404)
    return timeline


def page_context(timeline: dict[str, Any]) -> dict[str, Any]:
    """What the viewer templates need for a stored timeline."""
    timeline = {**timeline, "articles": [{**article, "url": web_url(article.get("url"))} for article in timeline.get("articles", [])]}
    page_url = url_for("pages.timeline_page", timeline_id=timeline["id"], _external=True)
    return {"timeline": timeline, "data": viewer_data(timeline), "events": timeline["events"],
            "sources": {article["id"]: article for article in timeline["articles"] if article["url"]},
            "undated": timeline["undated"], "page_url": page_url,
            "embed_url": url_for("pages.embed", timeline_id=timeline["id"], _external=True),
            "embed_script_url": url_for("static", filename="embed.js", _external=True),
            "oembed_url": url_for("pages.oembed", url=page_url, format="json", _external=True),
            "json_ld": json_ld(timeline, page_url)}


# The templates read events in the one shape (``timeline.store.views``) and format what they show of them:
# ``{{ e.date|when }}``, ``{{ e.date|machine_date }}``, ``{{ s.url|web_url }}``.
for _name, _filter in (("when", when), ("machine_date", machine_date), ("web_url", web_url)):
    pages.add_app_template_filter(_filter, _name)


@pages.route("/", methods=["GET", "POST"])
def index():
    """Paste an article and see its timeline; without JavaScript the form posts here."""
    context: dict[str, Any] = {"stored": store.list_timelines(include_drafts=session_editor() is not None), "text": "", "dct": ""}
    status = 200
    if request.method == "POST":
        text, dct = request.form.get("text", ""), request.form.get("dct") or None
        context.update(text=text, dct=dct or "")
        try:
            # As POST /api/v1/extract answers, so the page reads the same events with JavaScript or without.
            result = ExtractOut().dump(timeline_dict(extract(text, dct)))
        except IngestError as error:  # an unreadable date: say so beside the form
            context["error"], status = str(error), 422
        else:
            article = {"id": None, "title": "Your article", "text": text, "dct": result["dct"]}
            context["timeline"] = {"title": "Your article", "articles": [article], **result}
            context.update(data=viewer_data(context["timeline"]), events=result["events"], undated=result["undated"])
    return render_page("index.html", "'self'", status, **context)


@pages.route("/timelines/<int:timeline_id>")
def timeline_page(timeline_id: int):
    """A stored timeline, for reading and sharing."""
    signed_in = session_editor() is not None  # editors see their drafts
    return render_page("timeline.html", "'self'", **page_context(timeline_or_404(timeline_id, signed_in)))


def _story_page(story: dict[str, Any], events: list[Any]):
    return render_page("story.html", "'self'", story=story, events=[story_event_dict(event) for event in events])


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
