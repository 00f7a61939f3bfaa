"""Search and stories across the archive: ``GET /search``, ``POST /stories``, ``GET /stories/<id>``.

Registered on the API's blueprint (``timeline.web.api.views.api``); the store does the work
(``timeline.store.search``, ``timeline.store.stories``).
"""
from __future__ import annotations

from typing import Any

from flask import url_for
from flask.views import MethodView

from timeline.serialize import story_event_dict
from timeline.store import search as archive_search
from timeline.store import stories
from timeline.store.dates import parse_calendar_value
from timeline.web.api import schemas
from timeline.web.api.auth import editor, require_editor
from timeline.web.api.views import BEARER, ID, api, errors


def _window(body: dict[str, Any]) -> tuple[str | None, str | None]:
    """The date window ``[earliest, latest)`` of a query's ``from`` and ``to``."""
    earliest = parse_calendar_value(body["from_"]).earliest if body.get("from_") else None
    latest = parse_calendar_value(body["to"]).latest if body.get("to") else None
    return earliest, latest


@api.route("/search")
class Search(MethodView):
    """Full-text search over events and articles."""

    @api.arguments(schemas.SearchQuery, location="query")
    @api.response(200, schemas.SearchOut)
    @errors(400, 401, 422)
    def get(self, query):
        """Events (by date) or articles (newest first) whose text holds every word, filtered by date range,
        article, source and entity; only published timelines' unless the caller has a token"""
        earliest, latest = _window(query)
        where = archive_search.SearchFilter(q=query.get("q", ""), earliest=earliest, latest=latest,
                                            article=query.get("article"), source=query.get("source"),
                                            entity=query.get("entity"))
        drafts = editor() is not None
        if query["type"] == "articles":
            return {"type": "articles", "articles": archive_search.search_articles(where, query["limit"], drafts)}
        return {"type": "events", "events": archive_search.search_events(where, query["limit"], drafts)}


@api.route("/stories")
class Stories(MethodView):
    """Story timelines built from a query over the archive."""

    @api.arguments(schemas.StoryIn)
    @api.response(200, schemas.StoryOut)
    @api.alt_response(201, schema=schemas.StoryOut, description="Saved as a timeline (save: true)")
    @api.doc(security=BEARER)
    @errors(400, 401, 413, 415, 422)
    def post(self, body):
        """The story of the archive's articles matching a query: each event once with every source, most
        important first; with save, kept as a timeline that takes in matching articles as they arrive"""
        require_editor()
        earliest, latest = _window(body)
        timeline = None
        if body["save"]:
            timeline = stories.save_story(body.get("title") or body["query"], body["query"], earliest, latest, body.get("limit"))
        events, articles = stories.story(body["query"], earliest, latest, body.get("limit"), include_drafts=True)
        data = {"query": body["query"], "articles": articles, "timeline": timeline,
                "events": [story_event_dict(event) for event in events]}
        if timeline is None:
            return data
        return data, 201, {"Location": url_for("api.SavedStory", timeline_id=timeline, _external=True)}


@api.route(f"/stories/<{ID}:timeline_id>")
class SavedStory(MethodView):
    """A saved story timeline."""

    @api.response(200, schemas.StoryOut)
    @errors(401, 404)
    def get(self, timeline_id):
        """A saved story, told from the articles it holds now (those that arrived since included)"""
        summary, events = stories.saved_story(timeline_id, include_drafts=editor() is not None)
        return {"query": summary["query"], "articles": summary["articles"], "timeline": summary["id"],
                "events": [story_event_dict(event) for event in events]}
