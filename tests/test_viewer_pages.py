"""The viewer pages as HTML: security headers, the no-JavaScript list, JSON-LD, discovery, theme options."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from timeline.display import display_date
from timeline.display import machine_date

# (date, its HTML <time datetime>): the value at its precision, or the longest valid date it starts with.
MACHINE_DATES = [
    ({"value": "2023-11-16"}, "2023-11-16"),
    ({"value": "2023-W45"}, "2023-W45"),
    ({"value": "2023-W45-WE"}, "2023-W45"),
    ({"value": "2025-10-07TMO"}, "2025-10-07"),
    ({"value": "1989-11-06T17:00"}, "1989-11-06T17:00"),
    ({"value": "2023-Q3"}, "2023"),
    ({"value": "1998-10-XX"}, "1998-10"),
    ({"value": "PAST_REF", "earliest": None}, None),
]


@pytest.mark.parametrize("date, expected", MACHINE_DATES)
def test_machine_dates_are_valid_html_datetimes(date, expected):
    assert machine_date(date) == expected



class Collector(HTMLParser):
    """The bits of a page the tests look at."""

    def __init__(self):
        super().__init__()
        self.scripts: dict[str, str] = {}
        self.links: list[dict[str, str]] = []
        self.items: list[dict[str, str]] = []
        self.root: dict[str, str] = {}
        self._script: str | None = None
        self._first_in_item = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.root = attributes
        elif tag == "script" and attributes.get("type") in ("application/json", "application/ld+json"):
            self._script = attributes["type"]
            self.scripts[self._script] = ""
        elif tag == "script":
            assert attributes.get("src"), "inline script"
        elif tag == "link":
            self.links.append(attributes)
        elif tag == "li" and attributes.get("id", "").startswith("event-"):
            self.items.append({"id": attributes["id"]})
            self._first_in_item = True
        elif tag == "time" and self._first_in_item:
            self.items[-1]["datetime"] = attributes.get("datetime", "")
            self._first_in_item = False
        for name, value in attrs:
            assert not name.startswith("on"), f"inline handler {name}={value}"

    def handle_data(self, data):
        if self._script:
            self.scripts[self._script] += data
        elif self.items and "datetime" in self.items[-1] and "when" not in self.items[-1]:
            self.items[-1]["when"] = data

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None


def parse(html: str) -> Collector:
    collector = Collector()
    collector.feed(html)
    return collector


@pytest.fixture
def client(viewer_app):
    return viewer_app.test_client()


@pytest.mark.parametrize("path, ancestors", [("/timelines/{id}", "'self'"), ("/embed/{id}", "*"), ("/", "'self'")])
def test_pages_send_a_strict_content_security_policy(client, stored, path, ancestors):
    response = client.get(path.format(id=stored["id"]))
    policy = response.headers["Content-Security-Policy"]
    assert response.status_code == 200
    assert "script-src 'self';" in policy and "unsafe-inline" not in policy
    assert policy.endswith(f"frame-ancestors {ancestors}")


def test_embed_frame_ancestors_follow_the_setting(client, viewer_app, stored, monkeypatch):
    monkeypatch.setitem(viewer_app.config, "TIMELINE_FRAME_ANCESTORS", "https://news.example")
    policy = client.get(f"/embed/{stored['id']}").headers["Content-Security-Policy"]
    assert policy.endswith("frame-ancestors https://news.example")


def test_the_page_lists_every_event_in_order_with_its_date_first(client, stored):
    page = parse(client.get(f"/timelines/{stored['id']}").get_data(as_text=True))
    assert [item["id"] for item in page.items] == [f"event-{event['id']}" for event in stored["events"]]
    for item, event in zip(page.items, stored["events"]):
        assert item["when"] == display_date(event["date"]["value"], event["date"]["granularity"])
        assert item["datetime"] and event["date"]["earliest"].startswith(item["datetime"][:4])
    data = json.loads(page.scripts["application/json"])
    assert [event["id"] for event in data["events"]] == [event["id"] for event in stored["events"]]


def test_the_page_describes_itself_in_json_ld(client, stored):
    page = parse(client.get(f"/timelines/{stored['id']}").get_data(as_text=True))
    graph = json.loads(page.scripts["application/ld+json"])["@graph"]
    item_list = next(node for node in graph if node["@type"] == "ItemList")
    assert item_list["numberOfItems"] == len(stored["events"])
    assert [entry["item"]["name"] for entry in item_list["itemListElement"]] == [e["headline"] for e in stored["events"]]
    assert all(entry["item"]["@type"] == "Event" and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", entry["item"]["startDate"])
               for entry in item_list["itemListElement"])
    assert any(node["@type"] == "NewsArticle" and node["url"] == "https://example.com/story" for node in graph)


def test_the_page_links_its_oembed_endpoint(client, stored):
    page = parse(client.get(f"/timelines/{stored['id']}").get_data(as_text=True))
    link = next(link for link in page.links if link.get("type") == "application/json+oembed")
    href = urlsplit(link["href"])
    answer = client.get(f"{href.path}?{href.query}")
    assert answer.status_code == 200 and answer.json["type"] == "rich"


@pytest.mark.parametrize("query, theme, accent", [
    ("", "auto", None),
    ("?theme=dark&accent=c2410c", "dark", "#c2410c"),
    ("?theme=light&accent=%23abc", "light", "#abc"),
    ("?theme=neon&accent=red;background:url(x)", "auto", None),
    ("?accent=12345", "auto", None),
])
def test_theme_and_accent_are_validated(client, stored, query, theme, accent):
    page = parse(client.get(f"/embed/{stored['id']}{query}").get_data(as_text=True))
    assert page.root["data-theme"] == theme
    assert page.root.get("data-accent") == accent


@pytest.mark.parametrize("path", ["/timelines/999999", "/embed/999999", "/timelines/abc"])
def test_unknown_timelines_are_404(client, path):
    assert client.get(path).status_code == 404


def test_markup_in_stored_text_is_escaped(client, viewer_app):
    from browser_helpers import store_timeline

    hostile = store_timeline(viewer_app, "<script>alert(1)</script>", [{"title": "A", "text": "It rained on May 2, 2023."}],
                             [{"headline": '<img src=x onerror="alert(2)">', "text": "<b>bold</b>", "date": "2023-05"}])
    html = client.get(f"/timelines/{hostile['id']}").get_data(as_text=True)
    assert "<img src=x" not in html and "<script>alert" not in html
    assert "&lt;img src=x onerror=" in html
    parse(html)  # no inline handler, no inline script


def test_the_home_page_renders_a_pasted_article_without_javascript(client):
    response = client.post("/", data={"text": "The bridge opened on March 3, 2021. It closed in 2022.", "dct": "2023-01-10"})
    page = parse(response.get_data(as_text=True))
    assert response.status_code == 200
    assert [item["datetime"] for item in page.items] == ["2021-03-03", "2022"]
    assert [item["when"] for item in page.items] == ["March 3, 2021", "2022"]


def test_the_home_page_says_why_a_pasted_article_cannot_be_read(client):
    response = client.post("/", data={"text": "It rained yesterday.", "dct": "yesterday-ish"})
    assert response.status_code == 422
    alert = re.search(r'role="alert" id="paste-error">([^<]*)<', response.get_data(as_text=True))
    assert alert and "yesterday-ish" in alert.group(1)
