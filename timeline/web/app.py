"""The application factory, read as a list of named steps."""
from __future__ import annotations

from typing import Any, Mapping
from pathlib import Path

from flask import Flask

from timeline.web.config import load_config

STATIC_FOLDER = Path(__file__).resolve().parents[2] / "static"


def build_app(overrides: Mapping[str, Any] | None = None) -> Flask:
    """Build the Flask app (see ``timeline.create_app``)."""
    app = Flask("timeline", static_folder=str(STATIC_FOLDER), static_url_path="/static",
                template_folder=str(Path(__file__).parent / "templates"))
    configure(app, overrides)
    check_parser()
    register_errorhandlers(app)
    register_store(app)
    register_jobs(app)
    register_sessions(app)
    register_blueprints(app)
    register_ratelimit(app)
    return app


def configure(app: Flask, overrides: Mapping[str, Any] | None) -> None:
    """Settings from the environment and the caller; body size limit."""
    app.config.update(load_config(overrides))
    app.config["MAX_CONTENT_LENGTH"] = app.config["TIMELINE_MAX_CONTENT_LENGTH"]
    app.json.sort_keys = False


def check_parser() -> None:
    """Load the English parser now: a missing model stops the start with one line, not the first request."""
    from timeline.events.parser import ParserUnavailable, check_parser as load

    try:
        load()
    except ParserUnavailable as error:
        raise SystemExit(f"timeline: error: {error}") from None


def register_errorhandlers(app: Flask) -> None:
    """One JSON error shape for the API."""
    from timeline.web import errors

    errors.init_app(app)


def register_store(app: Flask) -> None:
    """Open the database, migrate it, store the sample on a first start."""
    from timeline import store

    store.init_app(app)


def register_jobs(app: Flask) -> None:
    """The job queue (Celery): a broker when one is configured, else tasks run in this process."""
    from timeline import jobs

    jobs.init_app(app)


def register_sessions(app: Flask) -> None:
    """Signed session cookies for editors who sign in to the pages, with CSRF tokens."""
    from timeline.web import session

    session.init_app(app)


def register_blueprints(app: Flask) -> None:
    """The REST API, the viewer pages and the editors' sign-in."""
    from timeline.web import api
    from timeline.web.account import account
    from timeline.web.pages import pages

    api.init_app(app)
    app.register_blueprint(pages)
    app.register_blueprint(account)


def register_ratelimit(app: Flask) -> None:
    """Limit the requests that cost CPU (extraction); after the blueprints, whose views it wraps."""
    from timeline.web import ratelimit

    ratelimit.init_app(app)
