"""Sign in to edit in the pages, with an API token; sign out.

Forms only (they work without JavaScript); both check the session's CSRF token. Every page
template gets ``editor`` (the signed-in editor's name, or None) and ``csrf_token()``.
"""
from __future__ import annotations

import re

from flask import Blueprint, redirect, request, url_for

from timeline.web import session
from timeline.web.pages import render_page

account = Blueprint("account", __name__)

# Where to go after signing in or out: a path of this site, never another site ("//evil.example", "/\\evil").
LOCAL_PATH = re.compile(r"/(?![/\\])[^\s]*")


def _next_page() -> str:
    target = request.values.get("next", "")
    return target if LOCAL_PATH.fullmatch(target) else url_for("pages.index")


@account.app_context_processor
def editor_context():
    """What every template knows of the editor: their name (None for readers) and the CSRF token."""
    return {"editor": session.session_editor(), "csrf_token": session.csrf_token}


@account.route("/signin", methods=["GET", "POST"])
def signin():
    """The sign-in form; a valid token starts a session and goes back to the page the editor came from."""
    error, status = None, 200
    if request.method == "POST":
        if not session.csrf_valid(request.form.get(session.CSRF_FIELD)):
            error, status = "The form had expired. Please give your token again.", 403
        elif session.sign_in(request.form.get("token", "").strip()) is None:
            error, status = "That token is not valid: it may be mistyped or revoked.", 401
        else:
            return redirect(_next_page(), 303)
    return render_page("signin.html", "'self'", status, error=error, next=_next_page())


@account.route("/signout", methods=["POST"])
def signout():
    """End the session (a form with the CSRF token, so that no other site can sign an editor out)."""
    if not session.csrf_valid(request.form.get(session.CSRF_FIELD)):
        return render_page("signin.html", "'self'", 403, error="The form had expired. Please sign out again.", next=_next_page())
    session.sign_out()
    return redirect(_next_page(), 303)
