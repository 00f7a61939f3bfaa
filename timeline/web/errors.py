"""The one JSON error shape of the API, produced here and nowhere else.

``{"error": {"status": 422, "code": "validation_error", "message": "...", "details": {...}}}``
"""
from __future__ import annotations

from typing import Any, Mapping

from flask import Flask, current_app, jsonify, request
from werkzeug.exceptions import HTTPException, InternalServerError

from timeline import store


class ApiError(Exception):
    """An error the API reports to its client."""

    def __init__(self, status: int, code: str, message: str, details: Any = None,
                 headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details
        self.headers = dict(headers or {})


# How each store error reaches the client.
STORE_ERRORS: dict[type[store.StoreError], tuple[int, str]] = {
    store.NotFound: (404, "not_found"),
    store.PreconditionFailed: (412, "precondition_failed"),
    store.Conflict: (409, "conflict"),
    store.InvalidInput: (422, "validation_error"),
}


def error_response(status: int, code: str, message: str, details: Any = None, headers: Mapping[str, str] | None = None):
    """Build the JSON error response."""
    body: dict[str, Any] = {"status": status, "code": code, "message": message}
    if details is not None:
        body["details"] = details
    response = jsonify({"error": body})
    response.status_code = status
    response.headers.update(headers or {})
    return response


def _code_for(exception: HTTPException) -> str:
    return (exception.name or "error").lower().replace(" ", "_").replace("'", "")


def _wants_json() -> bool:
    return (request.path.startswith("/api/") or request.path == "/oembed"
            or request.accept_mimetypes.best == "application/json")


def http_error_response(error: HTTPException):
    """An HTTP error (Flask's, webargs' or ours) in the one shape; HTML pages keep Flask's own."""
    if not _wants_json():
        return error
    data = getattr(error, "data", None) or {}  # webargs puts validation messages here
    details = data.get("messages")
    status = error.code or 500
    code = "validation_error" if status == 422 else _code_for(error)
    message = "the request is not valid; see details" if details is not None else (error.description or error.name)
    headers = dict(data.get("headers") or {})
    if status == 405 and error.valid_methods:
        headers["Allow"] = ", ".join(error.valid_methods)
    return error_response(status, code, message, details, headers)


def init_app(app: Flask) -> None:
    """Register the handlers: API errors, store errors, every HTTP error, and crashes."""

    @app.errorhandler(ApiError)
    def handle_api_error(error: ApiError):
        return error_response(error.status, error.code, error.message, error.details, error.headers)

    @app.errorhandler(store.StoreError)
    def handle_store_error(error: store.StoreError):
        status, code = STORE_ERRORS[type(error)]
        return error_response(status, code, str(error))

    app.register_error_handler(HTTPException, http_error_response)

    @app.errorhandler(Exception)
    def handle_crash(error: Exception):
        current_app.logger.exception("unhandled error", exc_info=error)
        return http_error_response(InternalServerError())
