"""Tables of the store: articles and their extraction results, timelines over them, events, jobs, feeds, tokens.

An article is stored once (by URL, else by content hash) whatever timelines use it;
its extraction result is kept per pipeline version in ``article_results``, computed
outside any write transaction. A timeline is a view over articles (``timeline_articles``):
its events are the merge of its articles' stored results, materialized in ``events``.

An event keeps what extraction gave (``extracted``, a JSON copy of ``event_dict``)
apart from what an editor changed (the ``edit_*`` columns and ``hidden``, ``group``,
``media_url``), so re-extraction can replace the one and keep the other. The
``headline``/``body``/``earliest``/``latest``/... columns hold the effective values
(edits over extraction, as ``views.event_view`` makes them), denormalized so the feed can filter and
order in SQL. ``views`` describes the one shape of an event from here to the screen.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(timezone.utc)


def as_utc(moment: datetime) -> datetime:
    """A stored time, timezone-aware: SQLite hands back naive datetimes, and everything stored is UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    """Declarative base of every table."""


class TimelineRow(Base):
    """A timeline: title, status and a version bumped by every write."""

    __tablename__ = "timelines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # A story timeline's query ({"query", "from", "to", "limit"}): matching articles join it as they arrive.
    story_query: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)

    links: Mapped[list[TimelineArticleRow]] = relationship(cascade="all, delete-orphan", order_by="TimelineArticleRow.position",
                                                            passive_deletes=True)
    events: Mapped[list[EventRow]] = relationship(back_populates="timeline", cascade="all, delete-orphan",
                                                  order_by="EventRow.id", passive_deletes=True)


class ArticleRow(Base):
    """An article as the client gave it, stored once: by URL when it has one, else by content hash."""

    __tablename__ = "articles"
    __table_args__ = (UniqueConstraint("content_hash", name="uq_articles_content_hash"),
                      UniqueConstraint("url", name="uq_articles_url"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(10), default="text")  # text or html
    url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    content_hash: Mapped[str] = mapped_column(String(64))  # see extraction.content_hash
    dct: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)  # as given or read from a dateline
    language: Mapped[str] = mapped_column(String(16), default="en")
    # how its dates resolve: against the DCT (news), the story's time (narrative), or as each sentence tells (auto)
    mode: Mapped[str] = mapped_column(String(10), default="auto", server_default="auto")
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ArticleResultRow(Base):
    """What one pipeline version extracted from one article (``timeline_dict`` as JSON)."""

    __tablename__ = "article_results"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    pipeline_version: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    extracted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class TimelineArticleRow(Base):
    """An article used by a timeline; ``position`` keeps the order articles were added in."""

    __tablename__ = "timeline_articles"

    timeline_id: Mapped[int] = mapped_column(ForeignKey("timelines.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    added: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    article: Mapped[ArticleRow] = relationship(lazy="joined")


class EventRow(Base):
    """An event of a timeline: extracted data, editor's changes and effective values."""

    __tablename__ = "events"
    __table_args__ = (
        # The feed order (earliest asc, latest desc, id asc), so pages are read off the index.
        Index("ix_events_timeline_order", "timeline_id", "earliest", text("latest DESC"), "id"),
        Index("ix_events_order", "earliest", text("latest DESC"), "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    timeline_id: Mapped[int] = mapped_column(ForeignKey("timelines.id", ondelete="CASCADE"))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"), nullable=True, index=True)
    key: Mapped[str] = mapped_column(String(64))  # stable across re-extraction: trigger + date value + sentence
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    extracted: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # What an editor changed; None means "as extracted".
    edit_headline: Mapped[str | None] = mapped_column(Text, nullable=True)
    edit_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    edit_date: Mapped[str | None] = mapped_column(String(40), nullable=True)  # a TIMEX3 value
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    group: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    media_url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    # Effective values, recomputed on every write.
    headline: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    value: Mapped[str | None] = mapped_column(String(40), nullable=True)
    granularity: Mapped[str | None] = mapped_column(String(20), nullable=True)
    earliest: Mapped[str | None] = mapped_column(String(32), nullable=True)
    latest: Mapped[str | None] = mapped_column(String(32), nullable=True)

    timeline: Mapped[TimelineRow] = relationship(back_populates="events")

    @property
    def edited(self) -> bool:
        """True when an editor changed anything an extraction would not restore."""
        return any(value is not None for value in (self.edit_headline, self.edit_text, self.edit_date, self.group, self.media_url)) or self.hidden


class TokenRow(Base):
    """An API token; only its SHA-256 hash is kept."""

    __tablename__ = "tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class JobRow(Base):
    """A queued piece of work (a Celery task): what the API shows at /api/v1/jobs/<id>."""

    __tablename__ = "jobs"
    # The jobs still to do of a kind (the re-extractions in flight), without reading every job ever done.
    __table_args__ = (Index("ix_jobs_kind_state", "kind", "state"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # the Celery task id
    kind: Mapped[str] = mapped_column(String(40))  # extract_article, extract_url, import_item, reextract, follow_feed
    state: Mapped[str] = mapped_column(String(20), default="queued")  # queued, running, succeeded, failed
    done: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=1)
    timeline_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    article_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class FeedRow(Base):
    """A followed RSS/Atom feed or sitemap: a periodic task imports its new items."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    timeline_id: Mapped[int | None] = mapped_column(ForeignKey("timelines.id", ondelete="SET NULL"), nullable=True)
    added: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    checked: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
