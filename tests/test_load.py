"""The load generator's short form: five seconds on the event feed and extract, zero errors."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "load.py"


def load_bench():
    """bench/load.py as a module (bench/ is scripts, not a package)."""
    if "bench_load" not in sys.modules:
        spec = importlib.util.spec_from_file_location("bench_load", BENCH)
        # Registered before it runs: its dataclasses look their module up by name.
        sys.modules["bench_load"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules["bench_load"])
    return sys.modules["bench_load"]


def test_five_seconds_of_load_give_no_errors(tmp_path):
    bench = load_bench()
    process, base = bench.local_server(str(tmp_path), workers=1)
    try:
        results = bench.run_load(base, timeline_id=1, seconds=5, feed_clients=2, extract_clients=1)
    finally:
        bench.stop_gunicorn(process)
    for name, figures in results.items():
        print(f"\n{name}: {figures}")
        assert figures["errors"] == 0, figures["sample_errors"]
        assert figures["requests"] > 5, f"{name} was hardly served"
