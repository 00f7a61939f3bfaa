"""The Celery app the worker and beat run: `celery -A timeline.jobs.worker:celery worker` (and `beat`).

It is the web app's Celery app, built from the same settings (TIMELINE_*), so tasks reach the same database.
"""
from timeline import create_app

flask_app = create_app()
celery = flask_app.extensions["celery"]
