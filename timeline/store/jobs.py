"""Jobs: the record of queued work that the API shows at /api/v1/jobs/<id> and `timeline import` watches.

The Celery task id is the job id. A job row is written before its task is queued, and each
state change is its own short transaction: ``queued`` → ``running`` → ``succeeded`` or
``failed`` (a task retried after its worker died goes back to ``running``).
"""
from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import select, update

from timeline.store.db import reading, writing
from timeline.store.models import JobRow, as_utc, utcnow

QUEUED, RUNNING, SUCCEEDED, FAILED = "queued", "running", "succeeded", "failed"
FINISHED = (SUCCEEDED, FAILED)
REEXTRACT = "reextract"  # the kind of a re-extraction job


def create_job(job_id: str, kind: str, timeline_id: int | None = None, total: int = 1, article_id: int | None = None) -> None:
    """Record a job about to be queued."""
    with writing() as session:
        session.add(JobRow(id=job_id, kind=kind, state=QUEUED, done=0, total=total, timeline_id=timeline_id, article_id=article_id))


def mark(job_id: str, state: str, **values: Any) -> None:
    """Move a job to ``state``, with any of done, total, timeline_id, article_id, error."""
    with writing() as session:
        session.execute(update(JobRow).where(JobRow.id == job_id).values(state=state, updated=utcnow(), **values))


def get_job(job_id: str) -> dict[str, Any] | None:
    """A job as the API shows it (without links), or None."""
    with reading() as session:
        row = session.get(JobRow, job_id)
        return job_view(row) if row is not None else None


def finished(job_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Of ``job_ids``, those that have finished: id -> job."""
    ids = list(job_ids)
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):  # bounded IN lists
        with reading() as session:
            rows = session.scalars(select(JobRow).where(JobRow.id.in_(ids[start:start + 500]), JobRow.state.in_(FINISHED)))
            found.update({row.id: job_view(row) for row in rows})
    return found


def job_view(row: JobRow) -> dict[str, Any]:
    """The fields of a job."""
    return {"id": row.id, "kind": row.kind, "state": row.state, "progress": {"done": row.done, "total": row.total},
            "timeline": row.timeline_id, "article": row.article_id, "error": row.error,
            "created": as_utc(row.created).isoformat(), "updated": as_utc(row.updated).isoformat()}
