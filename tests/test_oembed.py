"""oEmbed 1.0 for timeline pages: rich type, iframe html, sizes within the consumer's limits."""
from __future__ import annotations

import re

import pytest



@pytest.fixture
def client(viewer_app):
    return viewer_app.test_client()


def oembed(client, url: str, **params):
    return client.get("/oembed", query_string={"url": url, **params})


@pytest.mark.parametrize("path", ["/timelines/{id}", "/embed/{id}", "/timelines/{id}/"])
@pytest.mark.parametrize("params, width, height", [
    ({}, 800, 600),
    ({"format": "json"}, 800, 600),
    ({"maxwidth": "500"}, 500, 600),
    ({"maxwidth": "1200", "maxheight": "300"}, 800, 300),
])
def test_oembed_answers_with_an_iframe_within_the_limits(client, stored, path, params, width, height):
    response = oembed(client, "http://localhost" + path.format(id=stored["id"]), **params)
    data = response.json
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert (data["type"], data["version"], data["width"], data["height"]) == ("rich", "1.0", width, height)
    assert data["title"] == stored["title"] and data["provider_name"]
    iframe = re.fullmatch(r'<iframe src="([^"]+)" width="(\d+)" height="(\d+)" title="([^"]*)"[^>]*></iframe>', data["html"])
    assert iframe, data["html"]
    assert iframe.group(1) == f"http://localhost/embed/{stored['id']}"
    assert (int(iframe.group(2)), int(iframe.group(3))) == (width, height)


@pytest.mark.parametrize("start", ["latest", "first", "7"])
def test_the_page_address_start_is_where_the_embed_opens(client, stored, start):
    data = oembed(client, f"http://localhost/timelines/{stored['id']}?start={start}").json
    assert f'src="http://localhost/embed/{stored["id"]}?start={start}"' in data["html"]


@pytest.mark.parametrize("url, status", [
    ("http://localhost/timelines/999999", 404),
    ("http://elsewhere.example/timelines/{id}", 404),
    ("http://localhost/api/v1/timelines/{id}", 404),
    ("not a url", 404),
])
def test_unknown_urls_are_404(client, stored, url, status):
    response = oembed(client, url.format(id=stored["id"]))
    assert response.status_code == status
    assert response.json["error"]["status"] == status


@pytest.mark.parametrize("fmt", ["xml", "yaml"])
def test_unsupported_formats_are_501(client, stored, fmt):
    response = oembed(client, f"http://localhost/timelines/{stored['id']}", format=fmt)
    assert response.status_code == 501


@pytest.mark.parametrize("params", [{"maxwidth": "0"}, {"maxheight": "-5"}, {"maxwidth": "wide"}])
def test_invalid_sizes_are_400(client, stored, params):
    assert oembed(client, f"http://localhost/timelines/{stored['id']}", **params).status_code == 400


def test_oembed_escapes_the_title(client, viewer_app):
    from browser_helpers import store_timeline

    timeline = store_timeline(viewer_app, 'Quotes " and <tags>', [{"title": "A", "text": "It rained on May 2, 2023."}])
    html = oembed(client, f"http://localhost/timelines/{timeline['id']}").json["html"]
    assert 'title="Quotes &#34; and &lt;tags&gt;"' in html
