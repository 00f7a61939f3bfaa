"""Articles by URL through the API: fetched from a local site reachable only through the allowlist.

The site binds to 127.0.0.1; without ``TIMELINE_FETCH_ALLOW_HOSTS`` the service refuses
it like any loopback address. No test reaches the internet.
"""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from api_helpers import assert_error
from timeline import store

PAGE = """<!doctype html>
<html><head><title>Harbour bridge reopens after repairs</title>
<meta property="article:published_time" content="2023-11-16T08:00:00Z"></head>
<body><nav><a href="/">Home</a></nav>
<article><h1>Harbour bridge reopens after repairs</h1>
<p>The harbour bridge reopened to traffic on Tuesday after eight months of repairs, the city council said.</p>
<p>Engineers closed the bridge in March 2023 when inspectors found corrosion in two of its main cables.</p>
<p>The repairs cost 40 million euros, and the council will publish a report in January.</p>
</article><footer>Copyright the Harbour Gazette</footer></body></html>"""
CLOSED = "2023-03"  # the date of "Engineers closed the bridge in March 2023"

# path -> (status, headers, body)
PAGES = {
    "/article": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.encode()),
    "/image": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"\0" * 100),
    "/big": (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 20_000 + b"</p>"),
    "/to-private": (302, {"Location": "http://10.0.0.1/article"}, b""),
    "/to-metadata": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""),
}


class Site(BaseHTTPRequestHandler):
    """A news site serving PAGES."""

    def do_GET(self):  # noqa: N802 (the name http.server looks for)
        status, headers, body = PAGES.get(self.path, (404, {"Content-Type": "text/plain"}, b"no such page"))
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site():
    """The base URL of the local site."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def fetching(make_app):
    """Build an app that fetches by URL (the local site allowed unless overridden); return (client, auth)."""
    def build(**overrides):
        app = make_app(**{"TIMELINE_FETCH_ENABLED": True, "TIMELINE_FETCH_ALLOW_HOSTS": ("127.0.0.1",),
                          "TIMELINE_FETCH_MAX_BYTES": 10_000, **overrides})
        with app.app_context():
            auth = {"Authorization": f"Bearer {store.create_token('url')}"}
        return app.test_client(), auth
    return build


def dates(events):
    return {event["date"]["value"] for event in events}


def test_extract_by_url_gives_the_page_events(fetching, site):
    client, _auth = fetching()
    response = client.post("/api/v1/extract", json={"url": f"{site}/article"})
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    assert CLOSED in dates(body["events"])
    assert body["dct"] == "2023-11-16"  # read from the page's metadata


def test_a_timeline_by_url_stores_the_article_with_its_url(fetching, site):
    client, auth = fetching()
    response = client.post("/api/v1/timelines", json={"title": "Bridge", "url": f"{site}/article"}, headers=auth)
    assert response.status_code == 201, response.get_data(as_text=True)
    timeline = client.get(response.headers["Location"], headers=auth).get_json()
    [article] = timeline["articles"]
    assert article["url"] == f"{site}/article"
    assert "corrosion" in article["text"] and "Copyright" not in article["text"]
    assert article["title"] == "Harbour bridge reopens after repairs"
    assert CLOSED in dates(timeline["events"])


def test_an_article_by_url_is_added_to_a_timeline(fetching, site):
    client, auth = fetching()
    created = client.post("/api/v1/timelines", json={"title": "Bridge", "text": "It rained on Monday, May 3, 2021."},
                          headers=auth).get_json()
    response = client.post(f"/api/v1/timelines/{created['id']}/articles", json={"url": f"{site}/article"}, headers=auth)
    assert response.status_code == 201, response.get_data(as_text=True)
    assert [article["url"] for article in response.get_json()["articles"]] == [None, f"{site}/article"]


def test_with_text_the_url_is_only_the_source(fetching):
    client, auth = fetching()
    # Nothing listens there: a fetch would fail, so a 201 shows none was tried.
    body = {"title": "Bridge", "text": "The bridge closed in April 2021.", "url": "http://127.0.0.1:9/gone"}
    response = client.post("/api/v1/timelines", json=body, headers=auth)
    assert response.status_code == 201, response.get_data(as_text=True)
    assert response.get_json()["articles"][0]["url"] == "http://127.0.0.1:9/gone"


@pytest.mark.parametrize("path, overrides, status, code", [
    ("/article", {"TIMELINE_FETCH_ALLOW_HOSTS": ()}, 422, "forbidden_address"),  # loopback without the allowlist
    ("/to-private", {}, 422, "forbidden_address"),
    ("/to-metadata", {}, 422, "forbidden_address"),
    ("/image", {}, 422, "unsupported_content_type"),
    ("/big", {}, 422, "too_large"),
    ("/article", {"TIMELINE_MAX_TEXT_CHARS": 100}, 422, "too_large"),
    ("/missing", {}, 502, "fetch_failed"),
    ("/article", {"TIMELINE_FETCH_ENABLED": False}, 422, "fetch_disabled"),
], ids=["loopback", "redirect-to-private", "redirect-to-metadata", "content-type", "oversized", "too-long-text",
        "not-found", "disabled"])
@pytest.mark.parametrize("endpoint", ["extract", "timelines"])
def test_refused_fetches_come_in_the_error_shape(fetching, site, path, overrides, status, code, endpoint):
    client, auth = fetching(**overrides)
    body = {"url": f"{site}{path}"} | ({"title": "Bridge"} if endpoint == "timelines" else {})
    error = assert_error(client.post(f"/api/v1/{endpoint}", json=body, headers=auth), status)
    assert error["code"] == code
    if endpoint == "timelines":
        assert client.get("/api/v1/timelines", headers=auth).get_json()["timelines"] == []


@pytest.mark.parametrize("body", [{}, {"text": "It rained in May 2021.", "url": "http://example.org/a"},
                                  {"url": "ftp://example.org/a"}, {"url": "not a url"}],
                         ids=["neither", "both", "ftp", "not-a-url"])
def test_extract_needs_exactly_one_of_text_and_url(fetching, body):
    client, _auth = fetching()
    assert assert_error(client.post("/api/v1/extract", json=body), 422)["code"] == "validation_error"
