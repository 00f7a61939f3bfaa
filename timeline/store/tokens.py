"""API tokens: created and revoked from the command line; only SHA-256 hashes are stored."""
from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import delete, select

from timeline.store.db import reading, writing
from timeline.store.errors import Conflict
from timeline.store.models import TokenRow

_PREFIX = "tl_"


def token_digest(token: str) -> str:
    """The SHA-256 hex digest of a token: what the database keeps, and what a signed-in session holds."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(name: str) -> str:
    """Create a token called ``name`` and return it (shown once, never stored)."""
    token = _PREFIX + secrets.token_urlsafe(32)
    with writing() as session:
        if session.scalar(select(TokenRow.id).where(TokenRow.name == name)) is not None:
            raise Conflict(f"a token named {name!r} exists; revoke it first")
        session.add(TokenRow(name=name, token_hash=token_digest(token)))
    return token


def revoke_token(name: str) -> bool:
    """Delete the token called ``name``; False when there was none."""
    with writing() as session:
        return session.execute(delete(TokenRow).where(TokenRow.name == name)).rowcount > 0


def token_name(token: str) -> str | None:
    """The name of a valid token, or None."""
    return token_name_by_digest(token_digest(token))


def token_name_by_digest(digest: str) -> str | None:
    """The name of the valid token with this digest, or None (revoked since, or never created)."""
    with reading() as session:
        return session.scalar(select(TokenRow.name).where(TokenRow.token_hash == digest))
