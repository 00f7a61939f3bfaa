"""Fixtures for the viewer tests: the real app served on 127.0.0.1, one headless Chromium per session.

tests/conftest.py loads them for every test module.
"""
from __future__ import annotations

import threading
from typing import Any, Iterator

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from werkzeug.serving import WSGIRequestHandler, make_server

from timeline import create_app

from browser_helpers import ARTICLE, store_timeline

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


class QuietHandler(WSGIRequestHandler):
    """No access log: failures show the test's own output."""

    def log_request(self, *args, **kwargs):
        pass


@pytest.fixture(scope="session")
def viewer_app(tmp_path_factory):
    """The real application over a fresh SQLite database."""
    database = tmp_path_factory.mktemp("viewer") / "t.sqlite"
    return create_app({"TIMELINE_DATABASE_URL": f"sqlite:///{database}", "TIMELINE_SEED_SAMPLE": False})


@pytest.fixture(scope="session")
def base_url(viewer_app) -> Iterator[str]:
    """The app served by werkzeug in a thread, on a free port of 127.0.0.1."""
    server = make_server("127.0.0.1", 0, viewer_app, threaded=True, request_handler=QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


class HostSite:
    """Another site (another origin: its own port) whose pages embed timelines."""

    def __init__(self):
        self.pages: dict[str, str] = {}
        self.server = make_server("127.0.0.1", 0, self, threaded=True, request_handler=QuietHandler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"

    def __call__(self, environ, start_response):
        body = self.pages.get(environ["PATH_INFO"])
        start_response("200 OK" if body else "404 Not Found", [("Content-Type", "text/html; charset=utf-8")])
        return [(body or "not found").encode()]

    def serve(self, path: str, body: str) -> str:
        """Publish a story page that contains ``body``; return its URL."""
        self.pages[path] = f"<!doctype html><title>Story</title><h1>A story</h1>{body}<p>After the timeline.</p>"
        return self.url + path


@pytest.fixture(scope="session")
def host_site() -> Iterator[HostSite]:
    """A second site on 127.0.0.1, for embedding across origins."""
    site = HostSite()
    threading.Thread(target=site.server.serve_forever, daemon=True).start()
    yield site
    site.server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the whole session."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser) -> Iterator[Page]:
    """A fresh desktop-sized page; fails the test on any script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert not errors, errors


@pytest.fixture(scope="session")
def stored(viewer_app) -> dict[str, Any]:
    """A published timeline: one extracted article and manual events in two groups."""
    manual = [
        {"headline": "Review announced for the whole year", "text": "A review of 2023 was announced.", "date": "2023", "group": "Review"},
        {"headline": "Review panel named", "text": "The panel was named in February.", "date": "2023-02", "group": "Review"},
        {"headline": "Une décision à Montréal", "text": "Une décision a été prise.", "date": "2023-06-02", "group": "Review"},
    ]
    return store_timeline(viewer_app, "Company turmoil", [{"title": "The company story", "text": ARTICLE, "url": "https://example.com/story"}],
                          manual, description="What happened at the company")
