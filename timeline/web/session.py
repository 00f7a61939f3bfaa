"""Editors signed in through the browser: Flask's signed session cookie and its CSRF token.

The cookie holds the SHA-256 digest of the editor's API token (never the token itself), so a
revoked token signs its sessions out at once, and a per-session CSRF token that every
state-changing request made with the cookie must carry (a form field, or the ``X-CSRF-Token``
header for the viewer's API calls). Requests with ``Authorization: Bearer`` need no CSRF token:
no browser sends that header on its own.
"""
from __future__ import annotations

import hmac
import os
import secrets
from datetime import timedelta
from pathlib import Path

from flask import Flask, has_request_context, request, session
from flask.sessions import SecureCookieSessionInterface

from timeline import store

CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
SECRET_KEY_FILE = "secret_key"  # in the instance folder, when TIMELINE_SECRET_KEY is not set
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


class SessionCookies(SecureCookieSessionInterface):
    """Flask's signed cookie session, marked Secure whenever the page was served over https."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return super().get_cookie_secure(app) or (has_request_context() and request.is_secure)


def init_app(app: Flask) -> None:
    """Sign the session with the configured key; HttpOnly, SameSite=Lax cookies that expire."""
    app.secret_key = app.config["TIMELINE_SECRET_KEY"] or instance_secret_key(Path(app.instance_path))
    app.session_interface = SessionCookies()
    # The cookie is written only when the session changes (sign-in, sign-out). Refreshed on every response, as
    # Flask does by default for a lasting session, each answer (a script, a stylesheet) would write back the
    # session as it was when its request left: one still in flight at sign-out signed the editor back in, and
    # one from before the page's first render took away the CSRF token that the page's script then sent.
    app.config.update(SESSION_COOKIE_NAME="timeline_session", SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax",
                      SESSION_REFRESH_EACH_REQUEST=False,
                      PERMANENT_SESSION_LIFETIME=timedelta(hours=app.config["TIMELINE_SESSION_HOURS"]))

    @app.after_request
    def keep_editor_pages_private(response):
        # A signed-in page carries the session's CSRF token: no cache may keep it.
        if session.accessed and session.get("editor"):
            response.headers.setdefault("Cache-Control", "private, no-store")
        return response


def instance_secret_key(folder: Path) -> str:
    """A random key kept in the instance folder, created on the first start (several local workers share it)."""
    path = folder / SECRET_KEY_FILE
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        draft = folder / f".{SECRET_KEY_FILE}.{os.getpid()}"
        draft.write_text(secrets.token_urlsafe(48), encoding="utf-8")
        draft.chmod(0o600)
        try:
            os.link(draft, path)  # atomic: of two processes starting together, one key wins
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_text(encoding="utf-8").strip()


def sign_in(token: str) -> str | None:
    """Start a new session for the editor whose token this is; their name, or None for an invalid token."""
    name = store.token_name(token)
    if name is not None:
        session.clear()  # a fresh session (and CSRF token) on every sign-in
        session.permanent = True
        session["editor"] = store.token_digest(token)
        # Made now, not by the first page that asks: pages rendered at once from this cookie hand out one token.
        session[CSRF_FIELD] = _new_csrf_token()
    return name


def sign_out() -> None:
    """End the session."""
    session.clear()


def session_editor() -> str | None:
    """The name of the editor signed in with the session cookie, or None."""
    digest = session.get("editor")
    return store.token_name_by_digest(digest) if digest else None


def csrf_token() -> str:
    """The session's CSRF token, created on first use (templates call it in the forms they render)."""
    if CSRF_FIELD not in session:
        session[CSRF_FIELD] = _new_csrf_token()
    return session[CSRF_FIELD]


def _new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_valid(presented: str | None) -> bool:
    """Whether ``presented`` is this session's CSRF token."""
    expected = session.get(CSRF_FIELD)
    return bool(expected and presented) and hmac.compare_digest(expected.encode(), presented.encode())
