"""A real Redis and real Celery workers for the job tests.

Redis: a server of the test session's own, on a Unix socket in a temporary folder (nothing shared
with anything else on the machine). Workers: ``celery -A timeline.jobs.worker:celery worker``
subprocesses on the test's database, each in a process group of its own so a test can kill it whole.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

CELERY = str(Path(sys.executable).with_name("celery"))


def start_redis(folder: Path) -> tuple[subprocess.Popen, Path]:
    """A Redis server on a Unix socket in ``folder`` (no TCP port, nothing on disk): (process, socket path)."""
    server = shutil.which("redis-server")
    assert server, "redis-server is needed for the job queue and rate-limit tests (scripts/install-system-deps installs it)"
    socket_path = folder / "redis.sock"
    process = subprocess.Popen([server, "--port", "0", "--unixsocket", str(socket_path), "--save", "", "--appendonly", "no"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        if socket_path.exists():
            break
        time.sleep(0.05)
    assert socket_path.exists(), "redis-server did not start"
    return process, socket_path


@pytest.fixture(scope="session")
def redis_socket(tmp_path_factory):
    """The Unix socket of a Redis server of this session's own."""
    process, socket_path = start_redis(tmp_path_factory.mktemp("redis"))
    yield socket_path
    process.terminate()
    process.wait(10)


@pytest.fixture(scope="session")
def broker_url(redis_socket):
    """The broker and result store of the job tests, as Celery names the session's Redis."""
    return f"redis+socket://{redis_socket}"


class Worker:
    """One Celery worker process (with its pool children) on the test's database and queue."""

    def __init__(self, environ: dict[str, str], log: Path, concurrency: int = 1, beat: bool = False):
        self.log = log
        command = [CELERY, "-A", "timeline.jobs.worker:celery", "worker", "--loglevel", "INFO", "--concurrency", str(concurrency),
                   "--pool", "prefork", "--without-gossip", "--without-mingle", "--without-heartbeat", "-n", f"test-{uuid.uuid4().hex[:8]}@%h"]
        if beat:
            command += ["--beat", "--schedule", str(log.with_suffix(".beat"))]
        self.handle = log.open("ab")
        self.process = subprocess.Popen(command, env=environ, stdout=self.handle, stderr=subprocess.STDOUT, start_new_session=True)
        self.wait_ready()

    def wait_ready(self, seconds: float = 90) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if b"ready." in self.log.read_bytes():
                return
            if self.process.poll() is not None:
                raise AssertionError(f"the worker exited ({self.process.returncode}):\n{self.log.read_text()[-3000:]}")
            time.sleep(0.2)
        raise AssertionError(f"the worker did not get ready:\n{self.log.read_text()[-3000:]}")

    def kill(self) -> None:
        """SIGKILL the worker and its pool: no chance to finish, acknowledge or clean up."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
        self.handle.close()

    def stop(self) -> None:
        """A warm shutdown (SIGTERM), then SIGKILL if it lingers."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                pass
        self.kill()


@pytest.fixture
def queue_settings(broker_url):
    """Settings that send jobs to the session's Redis, on a queue of this test's own."""
    return {"TIMELINE_BROKER_URL": broker_url, "TIMELINE_TASK_QUEUE": f"test-{uuid.uuid4().hex[:8]}"}


@pytest.fixture
def start_worker(database_url, queue_settings, tmp_path):
    """Start workers on the test's database and queue: ``start_worker(concurrency=1, beat=False, **settings)``."""
    started: list[Worker] = []

    def start(concurrency: int = 1, beat: bool = False, **settings) -> Worker:
        environ = {**os.environ, "TIMELINE_DATABASE_URL": database_url, "TIMELINE_SEED_SAMPLE": "0",
                   **queue_settings, **{name: str(value) for name, value in settings.items()}}
        worker = Worker(environ, tmp_path / f"worker-{len(started)}.log", concurrency, beat)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()
