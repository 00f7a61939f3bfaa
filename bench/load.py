"""Load generator on loopback: the event feed and the extract endpoint, at once, for a while.

Starts gunicorn on a fresh SQLite file holding the sample timeline (or targets a
running server with --url), runs client threads against both endpoints for the
given duration, and prints, per endpoint: requests, errors, throughput and
p50/p99 latency. Any non-2xx answer or connection failure counts as an error.

    python3 bench/load.py                          # 60 s, 8 feed + 4 extract clients
    python3 bench/load.py --seconds 10 --feed-clients 4 --extract-clients 2
    python3 bench/load.py --url http://127.0.0.1:8000 --timeline 1
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (
    "Published March 14, 2024\n\n"
    "The town reopened the bridge on Thursday. Engineers closed the bridge in April 2021 after a flood. "
    "In 2022, the council approved a repair plan. Work began in May 2023. "
    "The mayor will speak at a ceremony in June."
)


@dataclass
class Tally:
    """What one endpoint saw during the run."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def summary(self, seconds: float) -> dict:
        """Requests, errors, throughput and latency percentiles (ms)."""
        ordered = sorted(self.latencies)

        def percentile(share: float) -> float:
            return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000 if ordered else float("nan")

        return {"requests": len(ordered), "errors": len(self.errors), "per_second": len(ordered) / seconds,
                "p50_ms": percentile(0.50), "p99_ms": percentile(0.99)}


def start_gunicorn(environment: dict[str, str], workers: int = 2, threads: int = 4) -> tuple[subprocess.Popen, str]:
    """Start ``gunicorn wsgi:app`` on an already bound loopback socket, in a process group of its own."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    base = f"http://127.0.0.1:{listener.getsockname()[1]}"
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", str(workers), "--threads", str(threads),
         "--bind", f"fd://{listener.fileno()}", "--log-level", "warning", "wsgi:app"],
        cwd=ROOT, env={**os.environ, **environment}, pass_fds=[listener.fileno()], start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    listener.close()  # gunicorn holds its own copy
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if request(base, "GET", "/api/v1/timelines")[0] == 200:
                return process, base
        except OSError:
            pass
        if process.poll() is not None:
            break
        time.sleep(0.1)
    stop_gunicorn(process, signal.SIGKILL)
    raise RuntimeError("gunicorn did not start")


def stop_gunicorn(process: subprocess.Popen, how: signal.Signals = signal.SIGTERM) -> None:
    """Signal the server's process group (master and workers) and wait for the master."""
    try:
        os.killpg(process.pid, how)
    except ProcessLookupError:
        pass
    process.wait(30)


def request(base: str, method: str, path: str, body: dict | None = None, connection=None) -> tuple[int, bytes]:
    """One request (on ``connection`` when given, kept alive); returns status and body."""
    connection = connection or http.client.HTTPConnection(urlsplit(base).hostname, urlsplit(base).port, timeout=30)
    payload = json.dumps(body) if body is not None else None
    connection.request(method, path, body=payload, headers={"Content-Type": "application/json"} if payload else {})
    response = connection.getresponse()
    return response.status, response.read()


def client(base: str, method: str, path: str, body: dict | None, until: float, tally: Tally) -> None:
    """Send requests back to back until the deadline, timing each one."""
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    while time.monotonic() < until:
        started = time.perf_counter()
        try:
            status, _data = request(base, method, path, body, connection)
        except (OSError, http.client.HTTPException) as error:
            tally.errors.append(repr(error))
            connection.close()
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            continue
        tally.latencies.append(time.perf_counter() - started)
        if not 200 <= status < 300:
            tally.errors.append(f"HTTP {status}")
    connection.close()


def run_load(base: str, timeline_id: int, seconds: float, feed_clients: int, extract_clients: int) -> dict[str, dict]:
    """Load the event feed and the extract endpoint together; return each one's summary."""
    targets = {
        "event feed": ("GET", f"/api/v1/timelines/{timeline_id}/events?limit=50", None, feed_clients),
        "extract": ("POST", "/api/v1/extract", {"text": ARTICLE}, extract_clients),
    }
    tallies = {name: Tally() for name in targets}
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(base, method, path, body, until, tallies[name]))
               for name, (method, path, body, count) in targets.items() for _ in range(count)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return {name: tally.summary(elapsed) | {"sample_errors": tally.errors[:3]} for name, tally in tallies.items()}


def local_server(directory: str, workers: int) -> tuple[subprocess.Popen, str]:
    """gunicorn on a fresh SQLite file with the sample timeline, extraction not rate limited."""
    return start_gunicorn({"TIMELINE_DATABASE_URL": f"sqlite:///{directory}/load.sqlite", "TIMELINE_SEED_SAMPLE": "1",
                           "TIMELINE_EXTRACT_RATE_LIMIT": ""}, workers=workers)


def main() -> None:
    """Parse the options, run the load, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--feed-clients", type=int, default=8)
    parser.add_argument("--extract-clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers of the local server")
    parser.add_argument("--url", help="target a running server instead of starting one")
    parser.add_argument("--timeline", type=int, default=1, help="the timeline whose event feed is read")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        process, base = (None, options.url) if options.url else local_server(directory, options.workers)
        try:
            results = run_load(base, options.timeline, options.seconds, options.feed_clients, options.extract_clients)
        finally:
            if process is not None:
                stop_gunicorn(process)
    print(f"load on {base} for {options.seconds:.0f} s ({options.feed_clients} feed + {options.extract_clients} extract clients)")
    for name, figures in results.items():
        print(f"  {name:10s} {figures['requests']:7d} requests  {figures['errors']:4d} errors  "
              f"{figures['per_second']:8.1f} req/s  p50 {figures['p50_ms']:7.1f} ms  p99 {figures['p99_ms']:7.1f} ms")
        for error in figures["sample_errors"]:
            print(f"    error: {error}")


if __name__ == "__main__":
    main()
