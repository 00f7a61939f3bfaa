"""Hostile text in real Chromium: scripts and event handlers never run in the viewer, the embed
or the oEmbed iframe on another site, and every page sends a Content-Security-Policy that
Chromium enforces (an inline script slipped into a page is blocked).

The viewer helper's test covers the basic case on the timeline page; this one poisons every
stored field with many vectors and looks at every frame.
"""
from __future__ import annotations

import threading
from html.parser import HTMLParser
from typing import Iterator
from urllib.parse import quote

import pytest
from werkzeug.serving import make_server

from browser_helpers import store_timeline
from timeline import create_app


# Each vector sets window.__pwned (or the parent's) to the field it was planted in, if it ever runs.
VECTORS = [
    "<script>window.__pwned='{field}'</script>",
    "<img src=x onerror=\"window.__pwned='{field}'\">",
    "<svg onload=\"window.__pwned='{field}'\"></svg>",
    "\"><script>window.__pwned='{field}'</script>",
    "'><img src=x onerror=window.__pwned='{field}'>",
    "</script><script>window.__pwned='{field}'</script>",
    "</textarea><img src=x onerror=\"window.__pwned='{field}'\">",
    "<iframe srcdoc=\"<script>parent.__pwned='{field}'</script>\"></iframe>",
    "<a href=\"javascript:window.__pwned='{field}'\">link</a>",
    "<details open ontoggle=\"window.__pwned='{field}'\">",
    "\u2028\u2029<!--<script>",
]
DATED = "On May 2, 2023 the council met. "


def poison(field: str) -> str:
    """Every vector, tagged with the field it goes into."""
    return " ".join(vector.format(field=field) for vector in VECTORS)


CSP_WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""
# Elements or attributes that can run script, looked for in every frame after rendering.
ACTIVE_CONTENT = """() => {
  const handlers = [...document.querySelectorAll('*')].flatMap(el => [...el.attributes]
      .filter(a => a.name.startsWith('on')).map(a => `${el.tagName}[${a.name}]`));
  const inline = [...document.querySelectorAll('script:not([src])')]
      .filter(s => !['application/json', 'application/ld+json'].includes(s.type)).map(s => 'inline script');
  const links = [...document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i], iframe[srcdoc]')]
      .map(el => el.outerHTML.slice(0, 60));
  return [...handlers, ...inline, ...links];
}"""


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory):
    """An app of its own (the viewer tests' database stays as they expect), the embed allowed anywhere."""
    database = tmp_path_factory.mktemp("hostile") / "t.sqlite"
    return create_app({"TIMELINE_DATABASE_URL": f"sqlite:///{database}", "TIMELINE_SEED_SAMPLE": False,
                       "TIMELINE_FRAME_ANCESTORS": "*"})


@pytest.fixture(scope="module")
def hostile_url(hostile_app) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, hostile_app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="module")
def hostile(hostile_app):
    """A published timeline with every stored field poisoned."""
    return store_timeline(
        hostile_app, poison("title"),
        [{"title": poison("article title"), "format": "text", "url": "javascript:window.__pwned='article url'",
          "text": DATED + poison("text article")},
         {"title": poison("html article title"), "format": "html", "text": f"<p>{DATED}</p>" + poison("html article")}],
        [{"headline": poison("headline"), "text": poison("event text"), "date": "2023-05", "group": poison("group"),
          "media_url": "javascript:window.__pwned='media'"}],
        description=poison("description"))


def assert_inert(page) -> None:
    """No vector ran, none was blocked by the CSP (escaping alone stopped them), none is active, in any frame."""
    page.wait_for_timeout(300)
    for frame in page.frames:
        if frame.url in ("", "about:blank"):
            continue
        assert frame.evaluate("window.__pwned") is None, f"script ran in {frame.url}"
        assert frame.evaluate("window.__violations || []") == [], f"CSP had to block something in {frame.url}"
        assert frame.evaluate(ACTIVE_CONTENT) == [], f"active content in {frame.url}"


@pytest.fixture
def watched(page):
    """The page fixture, watching CSP violations and dialogs in every frame."""
    page.context.add_init_script(CSP_WATCH)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    assert dialogs == []


def test_the_timeline_page_keeps_hostile_text_inert(watched, hostile_url, hostile):
    watched.goto(f"{hostile_url}/timelines/{hostile['id']}")
    watched.wait_for_selector("html[data-viewer=ready]")
    for button in watched.locator(".tl-read").all():
        button.click()
    watched.fill("#tl-search", "script")
    assert_inert(watched)
    assert "window.__pwned='headline'" in watched.locator("[role=feed]").inner_text(), "the text is shown, as text"


def test_the_embed_page_keeps_hostile_text_inert(watched, hostile_url, hostile):
    watched.goto(f"{hostile_url}/embed/{hostile['id']}")
    watched.wait_for_selector("[role=feed] article")
    assert_inert(watched)


def test_the_oembed_iframe_on_another_site_keeps_hostile_text_inert(watched, hostile_url, hostile, host_site):
    page_url = f"{hostile_url}/timelines/{hostile['id']}"
    oembed = watched.request.get(f"{hostile_url}/oembed?url={quote(page_url, safe='')}").json()
    assert only_an_iframe(oembed["html"], f"{hostile_url}/embed/{hostile['id']}", hostile["title"])
    watched.goto(host_site.serve("/hostile-oembed", oembed["html"]))
    frame = watched.frame_locator("iframe")
    frame.locator("[role=feed] article").first.wait_for()
    assert len(watched.frames) == 2
    assert_inert(watched)


def test_the_script_snippet_on_another_site_keeps_hostile_text_inert(watched, hostile_url, hostile, host_site):
    watched.goto(f"{hostile_url}/timelines/{hostile['id']}")
    snippet = watched.locator("#snippet-script").input_value()
    watched.goto(host_site.serve("/hostile-snippet", snippet))
    watched.frame_locator("iframe").locator("[role=feed] article").first.wait_for()
    assert_inert(watched)


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def only_an_iframe(html: str, src: str, title: str) -> bool:
    """The oEmbed html is one iframe of the embed page, with no attribute that runs script."""
    parser = _Elements()
    parser.feed(html)
    [(tag, attributes)] = parser.elements
    assert tag == "iframe" and attributes["src"] == src
    assert not any(name.startswith("on") or name == "srcdoc" for name in attributes)
    assert attributes["title"] == title, "the hostile title stayed inside its (escaped) attribute"
    return True


@pytest.mark.parametrize("path, frame_ancestors", [
    ("/", "'self'"),
    ("/timelines/{id}", "'self'"),
    ("/embed/{id}", "https://news.example https://*.news.example"),
])
def test_pages_send_a_strict_content_security_policy(hostile_app, hostile, path, frame_ancestors):
    hostile_app.config["TIMELINE_FRAME_ANCESTORS"] = "https://news.example https://*.news.example"
    try:
        response = hostile_app.test_client().get(path.format(id=hostile["id"]))
    finally:
        hostile_app.config["TIMELINE_FRAME_ANCESTORS"] = "*"
    directives = {part.split()[0]: part.split()[1:] for part in response.headers["Content-Security-Policy"].split(";") if part.strip()}
    assert directives["script-src"] == ["'self'"], "no inline, eval, data: or foreign scripts"
    assert directives["object-src"] == ["'none'"] and directives["base-uri"] == ["'none'"]
    assert directives["default-src"] == ["'self'"]
    assert directives["frame-ancestors"] == frame_ancestors.split()
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_chromium_enforces_the_policy_on_a_slipped_in_inline_script(watched, hostile_url, hostile):
    # Defence in depth: even if escaping failed, the CSP would stop the script. The page is served
    # as usual (headers included) with an inline script and a handler added to its body.
    def slip_in(route):
        response = route.fetch()
        body = response.text().replace("</body>", "<script>window.__pwned='slipped'</script>"
                                                  "<img src=x onerror=\"window.__pwned='handler'\"></body>")
        route.fulfill(response=response, body=body)

    watched.route(f"{hostile_url}/embed/*", slip_in)
    watched.goto(f"{hostile_url}/embed/{hostile['id']}")
    watched.wait_for_selector("[role=feed] article")
    watched.wait_for_timeout(300)
    assert watched.evaluate("window.__pwned") is None
    blocked = watched.evaluate("window.__violations")
    assert any(violation.startswith("script-src") for violation in blocked), blocked
