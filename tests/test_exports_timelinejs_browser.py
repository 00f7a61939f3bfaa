"""The TimelineJS export loads and renders in the real TimelineJS3 (npm) in headless Chromium."""
from __future__ import annotations

import functools
import http.server
import json
import threading
from pathlib import Path

import pytest

from api_helpers import ARTICLE
from timeline import create_app, store

DIST = Path(__file__).resolve().parents[1] / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>TimelineJS export</title>
<link rel="stylesheet" href="/dist/css/timeline.css"></head>
<body><div id="timeline-embed" style="width: 1000px; height: 600px"></div>
<script src="/dist/js/timeline.js"></script>
<script>
window.timeline = new TL.Timeline("timeline-embed", %s, {script_path: location.origin + "/dist/js/"});
</script></body></html>"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Static files without an access log."""

    def log_message(self, *args):
        pass


@pytest.fixture
def export(tmp_path):
    """The TimelineJS export of a stored timeline, with a grouped event."""
    app = create_app({"TIMELINE_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite'}", "TIMELINE_SEED_SAMPLE": False})
    with app.app_context():
        token = store.create_token("browser")
    client, auth = app.test_client(), {"Authorization": f"Bearer {token}"}
    timeline = client.post("/api/v1/timelines", json={"title": "Bridge", "text": ARTICLE, "status": "published"}, headers=auth).get_json()
    client.patch(f"/api/v1/timelines/{timeline['id']}/events/{timeline['events'][0]['id']}", json={"group": "Works"}, headers=auth)
    data = client.get(f"/api/v1/timelines/{timeline['id']}/export/timelinejs").get_json()
    app.extensions["timeline_store"].dispose()
    return data


@pytest.fixture
def server(tmp_path, export):
    """A local server for the npm dist files and a page that loads the export."""
    (tmp_path / "index.html").write_text(PAGE % json.dumps(export), encoding="utf-8")
    (tmp_path / "dist").symlink_to(DIST)
    handler = functools.partial(QuietHandler, directory=str(tmp_path))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/index.html"
    httpd.shutdown()


def test_timelinejs_renders_every_event_of_the_export(server, export, page):
    assert DIST.exists(), "run `npm ci` in the repository root"
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    # Nothing leaves the machine: fonts or analytics TimelineJS may ask for are refused at once.
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("http://127.0.0.1") else route.abort())
    page.goto(server)
    page.wait_for_function("window.timeline && window.timeline.ready === true", timeout=20000)
    assert errors == []
    assert page.locator(".tl-message-full").count() == 0 or not page.locator(".tl-message-full").is_visible()
    slides = page.locator(".tl-slide").count()
    assert slides == len(export["events"]) + 1, "a title slide and one slide per event"
    for event in export["events"]:
        assert page.locator(f"[id='{event['unique_id']}']").count() == 1, "unique_id becomes the slide id (deep links)"
    headlines = page.locator(".tl-slide .tl-headline").all_text_contents()
    assert {event["text"]["headline"] for event in export["events"]} <= {text.strip() for text in headlines}
    assert page.locator(".tl-timegroup-message", has_text="Works").count() == 1, "groups become rows"
    last = export["events"][-1]
    page.evaluate(f"window.timeline.goToId({json.dumps(last['unique_id'])})")
    page.wait_for_function(f"window.timeline.current_id === {json.dumps(last['unique_id'])}", timeout=5000)
