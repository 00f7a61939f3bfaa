"""Rate limiting of the extract endpoint, the one that costs CPU per request.

Counters live in memory by default (per process); with several app servers,
TIMELINE_RATELIMIT_STORAGE_URL points them all at one Redis. Clients are told
apart by their address: behind a reverse proxy, the app must trust its
X-Forwarded-For (werkzeug's ProxyFix) for this to be the client's.
"""
from __future__ import annotations

from flask import Flask, current_app
from flask_limiter import Limiter, RateLimitExceeded
from flask_limiter.util import get_remote_address

from timeline.web.errors import error_response

# The extract endpoint is found by its path rather than by name, so the API can rename its views freely.
EXTRACT_PATH_SUFFIX = "/extract"
EXTENSION = "timeline_ratelimit"


def init_app(app: Flask) -> None:
    """Limit POSTs to the extract endpoint; call it after the blueprints are registered."""
    limit = app.config["TIMELINE_EXTRACT_RATE_LIMIT"].strip()
    if not limit or EXTENSION in app.extensions:
        return
    limiter = Limiter(
        get_remote_address,
        app=app,
        storage_uri=app.config["TIMELINE_RATELIMIT_STORAGE_URL"],
        headers_enabled=True,
        # A storage outage must not take extraction down: count in memory until it is back.
        swallow_errors=True,
        in_memory_fallback_enabled=True,
    )
    extract_limit = limiter.limit(lambda: current_app.config["TIMELINE_EXTRACT_RATE_LIMIT"], methods=["POST"])
    app.extensions[EXTENSION] = limiter
    for endpoint in extract_endpoints(app):
        app.view_functions[endpoint] = extract_limit(app.view_functions[endpoint])

    @app.errorhandler(RateLimitExceeded)
    def too_many_requests(error: RateLimitExceeded):
        return error_response(429, "rate_limited", f"too many extract requests: the limit is {error.limit.limit}; retry later")


def extract_endpoints(app: Flask) -> list[str]:
    """The endpoints that run the pipeline on a posted article."""
    return sorted({rule.endpoint for rule in app.url_map.iter_rules()
                   if rule.rule.endswith(EXTRACT_PATH_SUFFIX) and "POST" in (rule.methods or ())})
