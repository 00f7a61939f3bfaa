"""The REST API (``/api/v1``): blueprint ``api``, its OpenAPI document and docs page.

The OpenAPI 3 document is generated from the marshmallow schemas by flask-smorest
and served at ``/api/v1/openapi.json``; Swagger UI at ``/api/v1/docs`` loads its
assets from the swagger-ui-bundle package, served locally.
"""
from __future__ import annotations

from flask import Blueprint as FlaskBlueprint, Flask, send_from_directory
from flask_cors import CORS
from flask_smorest import Api
from swagger_ui_bundle import swagger_ui_path

from timeline.web.api.schemas import ErrorOut
from timeline.web.api import search as _search_views  # noqa: F401 - registers /search and /stories on ``api``
from timeline.web.api.views import api
from timeline.web.errors import http_error_response

__all__ = ["api", "init_app"]

OPENAPI_SETTINGS = {
    "API_TITLE": "timeline",
    "API_VERSION": "1",
    "OPENAPI_VERSION": "3.0.3",
    "OPENAPI_URL_PREFIX": "/api/v1",
    "OPENAPI_JSON_PATH": "openapi.json",
    "OPENAPI_SWAGGER_UI_PATH": "docs",
    "OPENAPI_SWAGGER_UI_URL": "/api/v1/docs/assets/",
    "API_SPEC_OPTIONS": {
        "info": {"description": "Turn news articles into timelines: extraction, storage, event feeds, exports and curation. "
                                "Writes need `Authorization: Bearer <token>` (`flask --app wsgi create-token NAME`); "
                                "the viewer pages write with a signed-in editor's session cookie and its `X-CSRF-Token` header instead."},
        "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
    },
}

docs_assets = FlaskBlueprint("api_docs_assets", __name__)


@docs_assets.route("/api/v1/docs/assets/<path:filename>")
def docs_asset(filename: str):
    """Swagger UI's scripts and styles, from the installed package (no CDN)."""
    return send_from_directory(swagger_ui_path, filename, max_age=86400)


class TimelineApi(Api):
    """flask-smorest's Api with the project's one error shape."""

    ERROR_SCHEMA = ErrorOut

    def handle_http_exception(self, error):
        """Render HTTP errors (webargs' 422 included) in the one JSON shape."""
        return http_error_response(error)


def init_app(app: Flask) -> None:
    """Register the API, its OpenAPI document and docs page, and CORS for public reads."""
    for name, value in OPENAPI_SETTINGS.items():
        app.config.setdefault(name, value)
    rest = TimelineApi(app)
    rest.register_blueprint(api)
    app.register_blueprint(docs_assets)
    origins = app.config["TIMELINE_CORS_ORIGINS"]
    CORS(app, resources={r"/api/v1/*": {"origins": "*" if origins == "*" else [o.strip() for o in origins.split(",")],
                                        "methods": ["GET", "HEAD", "OPTIONS"],
                                        "expose_headers": ["ETag", "Last-Modified", "Link"]}},
         vary_header=True)
