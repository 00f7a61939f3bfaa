"""timeline: turn news articles into ordered timelines.

``extract`` is the pipeline as a library; ``create_app`` builds the web service.
"""
from __future__ import annotations

from typing import Any, Mapping

__all__ = ["extract", "create_app"]


def __getattr__(name: str) -> Any:
    # ``extract`` is loaded on first use so that importing a submodule (the
    # display helpers, the TimeML reader) does not compile the tagger's grammar.
    if name == "extract":
        from timeline.pipeline import extract

        return extract
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")


def create_app(config: Mapping[str, Any] | None = None):
    """Build the Flask app; ``config`` overrides settings (tests use it)."""
    # Imported here so that the pipeline stays usable without the web stack.
    from timeline.web.app import build_app

    return build_app(config)
