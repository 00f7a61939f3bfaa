"""What the store reports to its callers; the web layer maps each to an HTTP status."""
from __future__ import annotations


class StoreError(Exception):
    """Base of the store's errors."""


class NotFound(StoreError):
    """No such timeline, article or event (or not visible to the caller)."""


class PreconditionFailed(StoreError):
    """The caller's version of the timeline is stale (If-Match did not match)."""


class Conflict(StoreError):
    """The write contradicts what is stored (for example the same article URL twice)."""


class InvalidInput(StoreError):
    """The content cannot be processed (for example a date the calendar does not have)."""
