"""Bearer tokens: writes need one; reads show drafts and hidden events only with one."""
from __future__ import annotations

from flask import g, request

from timeline import store
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


def editor() -> str | None:
    """The name of the caller's token, None for an anonymous caller; 401 for a bad token."""
    if "editor" not in g:
        token = _presented_token()
        name = store.token_name(token) if token is not None else None
        if token is not None and name is None:
            raise ApiError(401, "unauthorized", "the token is not valid (revoked or mistyped)", headers=_CHALLENGE)
        g.editor = name
    return g.editor


def require_editor() -> str:
    """The caller's token name; 401 when the request carries no valid token."""
    name = editor()
    if name is None:
        raise ApiError(401, "unauthorized", "this request needs Authorization: Bearer <token>", headers=_CHALLENGE)
    return name
