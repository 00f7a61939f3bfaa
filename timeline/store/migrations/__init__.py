"""Alembic migrations of the store, applied by ``timeline.store.migrate``."""
