"""Twenty clients editing one timeline at once, with If-Match, against a real threaded server.

Every write either lands (2xx) or is refused with 412; afterwards the timeline holds
exactly the writes that landed, once each, and its version counts them all.
"""
from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import urllib3
from werkzeug.serving import make_server

from api_helpers import create

CLIENTS = 20
WRITES_PER_CLIENT = 2
ATTEMPTS_PER_WRITE = 60  # a client retries after a 412; bounded so a livelock fails instead of hanging


@contextmanager
def serve(app):
    """Run the app on a threaded werkzeug server on 127.0.0.1; yield its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def editor(http: urllib3.PoolManager, base: str, timeline_id: int, auth: dict, name: str) -> dict:
    """One client: read the version, write with If-Match, re-read after each 412."""
    landed, refused, other = [], 0, []
    for number in range(WRITES_PER_CLIENT):
        headline = f"{name} write {number}"
        for _attempt in range(ATTEMPTS_PER_WRITE):
            etag = http.request("GET", f"{base}/api/v1/timelines/{timeline_id}", headers=auth).headers["ETag"]
            response = http.request("POST", f"{base}/api/v1/timelines/{timeline_id}/events",
                                    body=json.dumps({"headline": headline, "date": "2021-05"}),
                                    headers={**auth, "If-Match": etag, "Content-Type": "application/json"})
            if response.status == 201:
                landed.append(headline)
                break
            if response.status == 412 and json.loads(response.data)["error"]["status"] == 412:
                refused += 1
                continue
            other.append((response.status, response.data[:200]))
            break
    return {"landed": landed, "refused": refused, "other": other}


def test_twenty_editors_with_if_match_lose_and_duplicate_nothing(make_app, auth):
    # ``auth``'s token is stored in the same database the served app uses.
    app = make_app()
    client = app.test_client()
    timeline = create(client, auth)
    timeline_id, start_version = timeline["id"], timeline["version"]
    extracted = len(timeline["events"])
    http = urllib3.PoolManager(maxsize=CLIENTS, retries=False, timeout=30)

    with serve(app) as base, ThreadPoolExecutor(CLIENTS) as pool:
        results = list(pool.map(lambda n: editor(http, base, timeline_id, auth, f"client {n}"), range(CLIENTS)))

    assert [result["other"] for result in results] == [[]] * CLIENTS, "only 201 and 412 are expected"
    landed = [headline for result in results for headline in result["landed"]]
    assert len(landed) == CLIENTS * WRITES_PER_CLIENT, "every client got all its writes in, eventually"
    assert sum(result["refused"] for result in results) > 0, "the clients did race (some got 412)"

    final = client.get(f"/api/v1/timelines/{timeline_id}", headers=auth).get_json()
    headlines = [event["headline"] for event in final["events"]]
    assert sorted(h for h in headlines if " write " in h) == sorted(landed), "nothing lost, nothing duplicated"
    assert len(final["events"]) == extracted + len(landed)
    assert final["version"] == start_version + len(landed), "each landed write bumped the version once"
