"""Who is calling: a Bearer token, or an editor signed in to the pages (session cookie + CSRF header).

Writes need one of the two; reads show drafts and hidden events only to them.
"""
from __future__ import annotations

from flask import g, request

from timeline import store
from timeline.web import session
from timeline.web.errors import ApiError

_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="timeline"'}


def _presented_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if not header:
        return None
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthorized", "use Authorization: Bearer <token>", headers=_CHALLENGE)
    return token.strip()


def _session_editor() -> str | None:
    """The editor signed in with the cookie; a write made with it must carry the session's CSRF token."""
    name = session.session_editor()
    if name is not None and request.method not in session.SAFE_METHODS \
            and not session.csrf_valid(request.headers.get(session.CSRF_HEADER)):
        raise ApiError(403, "csrf_failed", f"a write made with the session cookie needs the page's {session.CSRF_HEADER} header")
    return name


def editor() -> str | None:
    """The name of the caller's token (or signed-in editor), None for an anonymous caller; 401 for a bad token."""
    if "editor" not in g:
        token = _presented_token()
        if token is None:
            g.editor = _session_editor()
        else:
            name = store.token_name(token)
            if name is None:
                raise ApiError(401, "unauthorized", "the token is not valid (revoked or mistyped)", headers=_CHALLENGE)
            g.editor = name
    return g.editor


def require_editor() -> str:
    """The caller's token name; 401 when the request carries no valid token and no signed-in session."""
    name = editor()
    if name is None:
        raise ApiError(401, "unauthorized", "this request needs Authorization: Bearer <token> (or an editor signed in to the pages)",
                       headers=_CHALLENGE)
    return name
