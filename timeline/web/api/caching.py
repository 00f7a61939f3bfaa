"""Conditional requests and caching headers: ETag/Last-Modified, 304, If-Match for writes.

A timeline's ETag is its version (``"t3v12"``), so any read of the timeline or of
its events can answer 304 before building the body, and a write can carry the
version the client saw (If-Match) into the store's ``UPDATE ... WHERE version``.
"""
from __future__ import annotations

import re
from datetime import datetime

from flask import Response, current_app, request

from timeline.web.api.auth import editor

_VERSION_TAG = re.compile(r"^t(?P<timeline>\d+)v(?P<version>\d+)e?$")


def timeline_etag(timeline_id: int, version: int) -> str:
    """The entity tag of timeline ``timeline_id`` at ``version`` (unquoted).

    An editor's view (hidden events, drafts) is another representation of the same
    version: its tag ends in ``e``. Both name the version for If-Match.
    """
    return f"t{timeline_id}v{version}" + ("e" if editor() is not None else "")


def expected_version(timeline_id: int) -> int | None:
    """The version named by If-Match: None without one (or with ``*``), -1 when it names none of ours."""
    if not request.if_match or request.if_match.star_tag:
        return None
    for tag in request.if_match.as_set():
        match = _VERSION_TAG.match(tag)
        if match and int(match["timeline"]) == timeline_id:
            return int(match["version"])
    return -1  # cannot match any version: the write fails with 412


def not_modified(etag: str, last_modified: datetime | None) -> Response | None:
    """A 304 response when the client's copy is current, else None."""
    response = Response(status=200)
    decorate(response, etag, last_modified)
    response.make_conditional(request)
    return response if response.status_code == 304 else None


def decorate(response: Response, etag: str | None = None, last_modified: datetime | None = None) -> Response:
    """Set ETag, Last-Modified and Cache-Control (public unless the caller is an editor)."""
    if etag is not None:
        response.set_etag(etag)
    if last_modified is not None:
        response.last_modified = last_modified
    if editor() is not None:
        response.headers["Cache-Control"] = "private, no-cache"
    else:
        response.headers["Cache-Control"] = f"public, max-age={current_app.config['TIMELINE_CACHE_MAX_AGE']}"
    response.vary.update(("Authorization", "Cookie"))  # an editor's token or signed-in session
    return response


def conditional(response: Response, etag: str | None = None, last_modified: datetime | None = None) -> Response:
    """Decorate a read response and turn it into 304 when the client's copy is current."""
    decorate(response, etag, last_modified)
    if etag is None:
        response.add_etag()
    return response.make_conditional(request)
