"""The REST API, version 1: extraction, timelines, their articles and events, feeds and exports.

Views are thin: marshmallow parses and validates (flask-smorest), the store reads and
writes, marshmallow dumps. Errors are raised and rendered in ``timeline.web.errors``.
"""
from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask import Response, current_app, request, url_for
from flask.views import MethodView
from flask_smorest import Blueprint

from timeline import jobs, store
from timeline.fetch import FetchError, article_from_url
from timeline.ingest import IngestError
from timeline.pipeline import extract
from timeline.serialize import timeline_dict
from timeline.store import jobs as job_records
from timeline.store.dates import parse_calendar_value
from timeline.web.api import schemas
from timeline.web.api.auth import editor, require_editor
from timeline.web.api.caching import conditional, expected_version, not_modified, timeline_etag
from timeline.web.api.exports import FORMATS, Links
from timeline.web.errors import ApiError

api = Blueprint("api", __name__, url_prefix="/api/v1", description="Timelines of news articles: extraction, storage, feeds and exports.")

# Ids fit PostgreSQL's integer; larger numbers match no route (404) instead of overflowing.
ID = "int(min=1, max=2147483647)"
BEARER = [{"bearerAuth": []}]
READ_ERRORS = (304, 400, 401, 404, 422)
WRITE_ERRORS = (400, 401, 403, 404, 409, 412, 413, 415, 422)
FETCH_ERRORS = (502, 504)  # an article given by URL could not be fetched (refused addresses are 422)


def errors(*statuses: int):
    """Document the error responses of a view (all in the one error shape)."""
    def decorate_view(view):
        for status in statuses:
            if status == 304:
                view = api.alt_response(304, description="Not modified: the client's copy is current")(view)
            else:
                view = api.alt_response(status, schema=schemas.ErrorOut, description=_ERROR_MEANINGS[status])(view)
        return view
    return decorate_view


_ERROR_MEANINGS = {
    400: "Malformed request (invalid JSON, bad cursor)", 401: "Missing or invalid bearer token (and no signed-in session)",
    403: "A write made with an editor's session cookie without the page's X-CSRF-Token header",
    404: "No such resource (drafts are visible only with a token)", 409: "Conflicts with what is stored",
    412: "If-Match names a stale version", 413: "Body too large", 415: "Body is not JSON",
    422: "Invalid fields, or an article URL that is refused (not a public address, not a page, too large); see details",
    502: "The article's server could not be reached or answered with an error",
    504: "The article's server did not answer in time", 429: "Too many extract requests from this client; retry after Retry-After seconds",
}


PUBLIC_WRITES = {"api.Extraction"}  # stores nothing
BODYLESS_WRITES = {"api.Reextraction"}


@api.before_request
def check_writes():
    """Writes need a token (checked before the body is read); bodies must be there, as JSON."""
    if request.method not in ("GET", "HEAD", "OPTIONS") and request.endpoint not in PUBLIC_WRITES:
        require_editor()
    if request.method in ("POST", "PUT", "PATCH") and request.endpoint not in BODYLESS_WRITES:
        if not request.get_data(cache=True):
            raise ApiError(400, "bad_request", "the request needs a JSON body")
        if not request.is_json:
            raise ApiError(415, "unsupported_media_type", "send the body as application/json")
        try:
            request.get_json(silent=True)  # parsed once here, cached for the schema
        except RecursionError as error:  # Python's parser recurses: a deeply nested body would be a 500
            raise ApiError(400, "bad_request", "the JSON body is nested too deeply") from error


def _write_response(data: dict[str, Any], timeline_id: int, version: int, status: int = 200) -> Response:
    response = current_app.json.response(data)
    response.status_code = status
    response.set_etag(timeline_etag(timeline_id, version))
    response.headers["Cache-Control"] = "no-store"
    return response


def _dumped(schema: type, data: Any) -> Any:
    return schema().dump(data)


def _visible_state(timeline_id: int):
    state = store.timeline_state(timeline_id, include_drafts=editor() is not None)
    if state is None:
        raise store.NotFound(f"no timeline {timeline_id}")
    return state


# --- extraction --------------------------------------------------------------

@api.route("/extract")
class Extraction(MethodView):
    """Extract a timeline from an article without storing anything."""

    @api.arguments(schemas.ExtractIn)
    @api.response(200, schemas.ExtractOut)
    @errors(400, 413, 415, 422, 429, *FETCH_ERRORS)
    def post(self, body):
        """Extract the timeline of one article, given as text or URL (public: nothing is stored)"""
        article = _with_text(body)
        try:
            return timeline_dict(extract(article["text"], article["dct"], mode=article["mode"]))
        except IngestError as error:
            raise ApiError(422, "validation_error", str(error)) from error


# --- timelines ---------------------------------------------------------------

def _with_text(article: dict[str, Any]) -> dict[str, Any]:
    """The article with its text (fetched when only a URL is given) and its dct as an ISO string."""
    article = {**article, "dct": article["dct"].isoformat() if article.get("dct") else None}
    if "text" in article:
        return article
    if not current_app.config["TIMELINE_FETCH_ENABLED"]:
        raise ApiError(422, "fetch_disabled", "this server does not fetch articles by URL (TIMELINE_FETCH_ENABLED is off); send the text")
    try:
        fetched = article_from_url(article["url"], current_app.config)
        schemas.check_text_length(fetched["text"])
    except FetchError as error:
        raise ApiError(error.status, error.code, error.message) from error
    except ma.ValidationError as error:
        raise ApiError(422, "too_large", f"the fetched article is too long: {error.messages[0]}") from error
    return {**article, "text": fetched["text"], "url": fetched["url"], "dct": article["dct"] or fetched["dct"],
            "title": article.get("title") or fetched["title"]}


def _articles(body: dict[str, Any]) -> list[dict[str, Any]]:
    if "articles" in body:
        articles = body["articles"]
    else:
        # A fetched article keeps the page's own title; a given text takes the timeline's.
        title = body["title"] if "text" in body else ""
        articles = [{"title": title, **{name: body[name] for name in ("text", "dct", "url", "mode") if name in body}}]
    return [_with_text(article) for article in articles]


@api.route("/timelines")
class Timelines(MethodView):
    """The timelines."""

    @api.response(200, schemas.TimelineListOut)
    @errors(304, 401)
    def get(self):
        """List the timelines (drafts too with a token)"""
        data = _dumped(schemas.TimelineListOut, {"timelines": store.list_timelines(include_drafts=editor() is not None)})
        return conditional(current_app.json.response(data))

    @api.arguments(schemas.TimelineIn)
    @api.response(201, schemas.TimelineOut)
    @api.doc(security=BEARER)
    @errors(*WRITE_ERRORS, *FETCH_ERRORS)
    def post(self, body):
        """Store articles as a new timeline and extract its events"""
        timeline = store.create_timeline(body["title"], _articles(body), body["description"], body["status"])
        response = _write_response(_dumped(schemas.TimelineOut, timeline), timeline["id"], timeline["version"], 201)
        response.headers["Location"] = url_for("api.Timeline", timeline_id=timeline["id"], _external=True)
        return response


@api.route(f"/timelines/<{ID}:timeline_id>")
class Timeline(MethodView):
    """One timeline with its articles and events."""

    @api.response(200, schemas.TimelineOut)
    @errors(*READ_ERRORS)
    def get(self, timeline_id):
        """A timeline with its articles and events (hidden events only with a token)"""
        version, updated = _visible_state(timeline_id)
        etag = timeline_etag(timeline_id, version)
        if (unchanged := not_modified(etag, updated)) is not None:
            return unchanged
        timeline = store.get_timeline(timeline_id, include_drafts=editor() is not None)
        if timeline is None:
            raise store.NotFound(f"no timeline {timeline_id}")
        return conditional(current_app.json.response(_dumped(schemas.TimelineOut, timeline)),
                           timeline_etag(timeline_id, timeline["version"]), updated)

    @api.arguments(schemas.TimelinePatch)
    @api.response(200, schemas.TimelineOut)
    @api.doc(security=BEARER)
    @errors(*WRITE_ERRORS)
    def patch(self, body, timeline_id):
        """Change the title, description or status"""
        timeline = store.update_timeline(timeline_id, body, expected_version(timeline_id))
        return _write_response(_dumped(schemas.TimelineOut, timeline), timeline_id, timeline["version"])

    @api.response(204)
    @api.doc(security=BEARER)
    @errors(401, 403, 404, 412)
    def delete(self, timeline_id):
        """Delete a timeline with its articles and events"""
        store.delete_timeline(timeline_id, expected_version(timeline_id))
        return Response(status=204)


# --- articles ----------------------------------------------------------------

def _wants_job() -> bool:
    """Whether the client asked for the work to be queued (RFC 7240 ``Prefer: respond-async``)."""
    return "respond-async" in request.headers.get("Prefer", "").lower()


def _job_response(job_id: str) -> Response:
    """202 Accepted with the job resource."""
    response = current_app.json.response(_job(job_id))
    response.status_code = 202
    response.headers["Location"] = url_for("api.Job", job_id=job_id, _external=True)
    response.headers["Cache-Control"] = "no-store"
    return response


def _job(job_id: str) -> dict[str, Any]:
    job = job_records.get_job(job_id)
    if job is None:
        raise store.NotFound(f"no job {job_id}")
    result = None
    if job["state"] == job_records.SUCCEEDED:
        if job["timeline"] is not None:
            result = url_for("api.Timeline", timeline_id=job["timeline"], _external=True)
        elif job["article"] is not None:
            result = url_for("api.Article", article_id=job["article"], _external=True)
    return _dumped(schemas.JobOut, {**job, "result": result, "self_url": url_for("api.Job", job_id=job_id, _external=True)})


def _queue_article(timeline_id: int, body: dict[str, Any]) -> str | None:
    """Queue the article when it is worth a worker (by URL, or long) or the client asks; the job id, or None
    when it is to be extracted in the request."""
    long = len(body.get("text") or "") >= current_app.config["TIMELINE_QUEUE_MIN_CHARS"]
    if not (_wants_job() or jobs.queued() and ("text" not in body or long)):
        return None
    expected = expected_version(timeline_id)
    state = store.timeline_state(timeline_id, include_drafts=True)
    if state is None:
        raise store.NotFound(f"no timeline {timeline_id}")
    if expected is not None and state[0] != expected:
        raise store.PreconditionFailed(f"timeline {timeline_id} changed since version {expected}")
    limit = current_app.config["TIMELINE_MAX_ARTICLES"]
    if len(store.get_timeline(timeline_id, include_drafts=True)["articles"]) >= limit:
        raise store.Conflict(f"the timeline already has {limit} articles, the most it may hold")
    if "text" not in body:
        if not current_app.config["TIMELINE_FETCH_ENABLED"]:
            raise ApiError(422, "fetch_disabled", "this server does not fetch articles by URL (TIMELINE_FETCH_ENABLED is off); send the text")
        dct = body["dct"].isoformat() if body.get("dct") else None
        return jobs.enqueue("extract_url", body["url"], timeline_id, body.get("title") or "", dct,
                            kind="extract_url", timeline_id=timeline_id)
    return jobs.enqueue("extract_article", _with_text(body), timeline_id, kind="extract_article", timeline_id=timeline_id)


@api.route(f"/timelines/<{ID}:timeline_id>/articles")
class Articles(MethodView):
    """The articles of a timeline."""

    @api.arguments(schemas.ArticleIn)
    @api.response(201, schemas.TimelineOut)
    @api.alt_response(202, schema=schemas.JobOut, description="Queued (an article by URL or a long one, with a broker; "
                      "or asked for with Prefer: respond-async): follow the job")
    @api.doc(security=BEARER)
    @errors(*WRITE_ERRORS, *FETCH_ERRORS)
    def post(self, body, timeline_id):
        """Add an article, given as text or URL; its events are merged with the timeline's (queued when large)"""
        if (job_id := _queue_article(timeline_id, body)) is not None:
            return _job_response(job_id)
        timeline = store.add_article(timeline_id, _with_text(body), expected_version(timeline_id),
                                     current_app.config["TIMELINE_MAX_ARTICLES"])
        return _write_response(_dumped(schemas.TimelineOut, timeline), timeline_id, timeline["version"], 201)


@api.route(f"/timelines/<{ID}:timeline_id>/articles/<{ID}:article_id>/reextract")
class Reextraction(MethodView):
    """Extract an article again (after a pipeline upgrade)."""

    @api.response(200, schemas.TimelineOut)
    @api.alt_response(202, schema=schemas.JobOut, description="Queued (asked for with Prefer: respond-async): follow the job")
    @api.doc(security=BEARER)
    @errors(401, 403, 404, 412, 415, 422)
    def post(self, timeline_id, article_id):
        """Extract again; editors' changes and manual events stay"""
        if _wants_job():
            if store.get_timeline(timeline_id, include_drafts=True) is None:
                raise store.NotFound(f"no timeline {timeline_id}")
            return _job_response(jobs.enqueue("reextract", article_id, kind="reextract", timeline_id=timeline_id))
        timeline = store.reextract_article(timeline_id, article_id, expected_version(timeline_id))
        return _write_response(_dumped(schemas.TimelineOut, timeline), timeline_id, timeline["version"])


@api.route(f"/articles/<{ID}:article_id>")
class Article(MethodView):
    """An article of the archive."""

    @api.response(200, schemas.ArticleOut)
    @api.doc(security=BEARER)
    @errors(401, 404)
    def get(self, article_id):
        """A stored article (editors only: it may belong to draft timelines)"""
        require_editor()
        article = store.get_article(article_id)
        if article is None:
            raise store.NotFound(f"no article {article_id}")
        return _dumped(schemas.ArticleOut, article)


@api.route("/jobs/<string:job_id>")
class Job(MethodView):
    """Queued work."""

    @api.response(200, schemas.JobOut)
    @api.doc(security=BEARER)
    @errors(401, 404)
    def get(self, job_id):
        """A job's state, progress and result link (editors only)"""
        require_editor()
        response = current_app.json.response(_job(job_id))
        response.headers["Cache-Control"] = "no-store"
        return response


# --- events ------------------------------------------------------------------

def _filter(query: dict[str, Any]) -> store.EventFilter:
    earliest = parse_calendar_value(query["from_"]).earliest if query.get("from_") else None
    latest = parse_calendar_value(query["to"]).latest if query.get("to") else None
    return store.EventFilter(earliest=earliest, latest=latest, q=query.get("q"), group=query.get("group"))


def _page(timeline_id: int | None, query: dict[str, Any]) -> dict[str, Any]:
    limit = min(query.get("limit") or current_app.config["TIMELINE_PAGE_SIZE"], current_app.config["TIMELINE_MAX_PAGE_SIZE"])
    page = store.list_events(timeline_id, _filter(query), limit, query.get("cursor"), include_drafts=editor() is not None)
    next_url = None
    if page.cursor is not None:
        arguments = {**request.args.to_dict(), "cursor": page.cursor}
        next_url = url_for(request.endpoint, **(request.view_args or {}), **arguments, _external=True)
    return _dumped(schemas.EventPageOut, {"events": page.events, "next": page.cursor, "next_url": next_url})


@api.route(f"/timelines/<{ID}:timeline_id>/events")
class TimelineEvents(MethodView):
    """The events of one timeline, as a paged feed; manual events."""

    @api.arguments(schemas.FeedQuery, location="query")
    @api.response(200, schemas.EventPageOut)
    @errors(*READ_ERRORS)
    def get(self, query, timeline_id):
        """Events in interval order, filtered by date, words and group; paged by cursor"""
        version, updated = _visible_state(timeline_id)
        etag = timeline_etag(timeline_id, version)
        if (unchanged := not_modified(etag, updated)) is not None:
            return unchanged
        return conditional(current_app.json.response(_page(timeline_id, query)), etag, updated)

    @api.arguments(schemas.EventIn)
    @api.response(201, schemas.EventOut)
    @api.doc(security=BEARER)
    @errors(*WRITE_ERRORS)
    def post(self, body, timeline_id):
        """Add a manual event"""
        event, version = store.create_event(timeline_id, body, expected_version(timeline_id))
        return _write_response(_dumped(schemas.EventOut, event), timeline_id, version, 201)


@api.route(f"/timelines/<{ID}:timeline_id>/events/<{ID}:event_id>")
class TimelineEvent(MethodView):
    """One event: curation."""

    @api.arguments(schemas.EventPatch)
    @api.response(200, schemas.EventOut)
    @api.doc(security=BEARER)
    @errors(*WRITE_ERRORS)
    def patch(self, body, timeline_id, event_id):
        """Edit headline, text, date, hidden, group or media URL (null restores the extracted value)"""
        event, version = store.update_event(timeline_id, event_id, body, expected_version(timeline_id))
        return _write_response(_dumped(schemas.EventOut, event), timeline_id, version)

    @api.response(204)
    @api.doc(security=BEARER)
    @errors(401, 403, 404, 412)
    def delete(self, timeline_id, event_id):
        """Delete a manual event; an extracted event is hidden (re-extraction would bring it back)"""
        version = store.delete_event(timeline_id, event_id, expected_version(timeline_id))
        response = Response(status=204)
        response.set_etag(timeline_etag(timeline_id, version))
        return response


@api.route("/events")
class Events(MethodView):
    """The feed of events across all published timelines."""

    @api.arguments(schemas.FeedQuery, location="query")
    @api.response(200, schemas.EventPageOut)
    @errors(304, 400, 401, 422)
    def get(self, query):
        """Events of every published timeline in interval order, filtered and paged"""
        return conditional(current_app.json.response(_page(None, query)), None, store.last_published_update())


# --- exports -----------------------------------------------------------------

@api.route(f"/timelines/<{ID}:timeline_id>/export/<string:format>")
class Export(MethodView):
    """A timeline in another tool's format."""

    @api.response(200, description="The export", content_type="application/octet-stream")
    @api.doc(responses={"200": {"description": "The export; the media type depends on the format",
                                "content": {spec.media_type: {"schema": {"type": "object" if spec.media_type.endswith("json") else "string"}}
                                            for spec in FORMATS.values()}}},
             parameters=[{"in": "path", "name": "format", "required": True,
                          "schema": {"type": "string", "enum": sorted(FORMATS)}}])
    @errors(*READ_ERRORS)
    def get(self, timeline_id, format):
        """Export as timelinejs, jsonfeed, ical, atom or csv"""
        spec = FORMATS.get(format)
        if spec is None:
            raise ApiError(404, "not_found", f"no export format {format!r}; use one of {', '.join(FORMATS)}")
        version, updated = _visible_state(timeline_id)
        etag = timeline_etag(timeline_id, version)
        if (unchanged := not_modified(etag, updated)) is not None:
            return unchanged
        timeline = store.get_timeline(timeline_id, include_drafts=editor() is not None, include_hidden=False)
        links = Links(timeline=url_for("api.Timeline", timeline_id=timeline_id, _external=True), export=request.url,
                      page=url_for("pages.timeline_page", timeline_id=timeline_id, _external=True))
        response = Response(spec.write(timeline, links), mimetype=spec.media_type)
        response.headers["Content-Disposition"] = f'inline; filename="timeline-{timeline_id}.{spec.extension}"'
        return conditional(response, etag, updated)
