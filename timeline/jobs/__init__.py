"""The job queue: extraction of posted articles, URLs, import items and re-extraction as Celery tasks.

With ``TIMELINE_BROKER_URL`` set (Redis), ``enqueue`` sends a task to the broker and a worker
(`celery -A timeline.jobs.worker:celery worker`) runs it; without one, tasks run at once in the
calling process (Celery's eager mode), so the web app and `timeline import` need nothing but the
database. Either way a job row records the work (``timeline.store.jobs``).

Tasks are safe to repeat: an article is stored once (by URL or content hash), and its result is
stored in one transaction after extraction, so a worker killed mid-task has stored nothing; with
late acknowledgement the broker hands the task to another worker.
"""
from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from celery import Celery, Task
from flask import Flask, current_app

from timeline.store import jobs

EXTENSION = "celery"


def init_app(app: Flask) -> Celery:
    """The Celery app of a Flask app, configured from its settings; each task runs in the Flask app's context."""
    config = app.config
    broker = config["TIMELINE_BROKER_URL"]

    class FlaskTask(Task):
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            with app.app_context():
                return self.run(*args, **kwargs)

        def on_failure(self, exc, task_id, args, kwargs, einfo):  # the retries are spent, or the error is final
            with app.app_context():
                jobs.mark(task_id, jobs.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000])

    celery = Celery(app.import_name, task_cls=FlaskTask)
    celery.conf.update(
        broker_url=broker or "memory://",
        result_backend=(config["TIMELINE_RESULT_BACKEND"] or broker) or None,
        task_always_eager=not broker,
        task_eager_propagates=False,
        task_default_queue=config["TIMELINE_TASK_QUEUE"],
        # A task is acknowledged when it has finished, and given back to the broker when its worker dies,
        # so a killed worker's task runs again (tasks are idempotent).
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_soft_time_limit=config["TIMELINE_TASK_TIME_LIMIT"],
        task_time_limit=config["TIMELINE_TASK_TIME_LIMIT"] + 30,
        task_track_started=True,
        result_expires=timedelta(days=1),
        # An unacknowledged task goes back to the queue after this long (a worker lost with it).
        broker_transport_options={"visibility_timeout": config["TIMELINE_BROKER_VISIBILITY_TIMEOUT"]},
        result_backend_transport_options={"visibility_timeout": config["TIMELINE_BROKER_VISIBILITY_TIMEOUT"]},
        broker_connection_retry_on_startup=True,
        beat_schedule={"follow-feeds": {"task": "timeline.follow_feeds",
                                        "schedule": timedelta(seconds=config["TIMELINE_FEED_INTERVAL"])},
                       "reextract-stale": {"task": "timeline.reextract_stale",
                                           "schedule": timedelta(seconds=config["TIMELINE_REEXTRACT_INTERVAL"])}},
        imports=("timeline.jobs.tasks",),
    )
    import timeline.jobs.tasks  # noqa: F401 - registers the tasks with every Celery app

    app.extensions[EXTENSION] = celery
    return celery


def queued() -> bool:
    """Whether tasks go to a broker (else they run at once in this process)."""
    return bool(current_app.config["TIMELINE_BROKER_URL"])


def enqueue(task: str, *args: Any, kind: str, timeline_id: int | None = None, article_id: int | None = None) -> str:
    """Record a job and queue its task (``timeline.<task>``); return the job id."""
    job_id = uuid.uuid4().hex
    jobs.create_job(job_id, kind, timeline_id, article_id=article_id)
    current_app.extensions[EXTENSION].tasks[f"timeline.{task}"].apply_async(args, task_id=job_id)
    return job_id
