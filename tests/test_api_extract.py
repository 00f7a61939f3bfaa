"""POST /api/v1/extract: the pipeline over HTTP, public, storing nothing."""
from __future__ import annotations

import pytest

from api_helpers import ARTICLE, assert_error
from timeline import extract
from timeline.serialize import timeline_dict


def test_extract_returns_the_timeline_dict_of_the_pipeline(client):
    response = client.post("/api/v1/extract", json={"text": ARTICLE, "dct": "2024-03-14"})
    assert response.status_code == 200
    assert response.get_json() == timeline_dict(extract(ARTICLE, "2024-03-14"))
    assert response.get_json()["events"], "the article has dated events"


def test_extract_reads_the_dct_from_the_dateline_when_none_is_given(client):
    assert client.post("/api/v1/extract", json={"text": ARTICLE}).get_json()["dct"] == "2024-03-14"


def test_extract_stores_nothing(client, auth):
    client.post("/api/v1/extract", json={"text": ARTICLE})
    assert client.get("/api/v1/timelines", headers=auth).get_json() == {"timelines": []}


@pytest.mark.parametrize("body, status", [
    ({}, 422),
    ({"text": ""}, 422),
    ({"text": 42}, 422),
    ({"text": "It rained.", "dct": "2024-13-01"}, 422),
    ({"text": "It rained.", "dct": "yesterday"}, 422),
    ({"text": "It rained.", "colour": "red"}, 422),
    ({"text": "It rained.", "mode": "history"}, 422),
    ([], 422),
])
def test_invalid_bodies_get_422_in_the_error_shape(client, body, status):
    error = assert_error(client.post("/api/v1/extract", json=body), status)
    assert error["code"] == "validation_error"


def test_malformed_json_is_400(client):
    assert_error(client.post("/api/v1/extract", data="{not json", content_type="application/json"), 400)


def test_a_body_that_is_not_json_is_415(client):
    assert_error(client.post("/api/v1/extract", data="text=hello", content_type="application/x-www-form-urlencoded"), 415)


def test_an_oversized_body_is_413(make_app):
    client = make_app(TIMELINE_MAX_CONTENT_LENGTH=1000).test_client()
    assert_error(client.post("/api/v1/extract", json={"text": "x" * 2000}), 413)
    assert client.post("/api/v1/extract", json={"text": "It rained yesterday."}).status_code == 200


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_wrong_method_is_405_with_allow(client, method):
    response = getattr(client, method)("/api/v1/extract")
    assert_error(response, 405)
    assert "POST" in response.headers["Allow"]


def test_unknown_api_path_is_404_in_the_error_shape(client):
    assert_error(client.get("/api/v1/nothing-here"), 404)


def test_extract_takes_a_mode_for_dates_without_a_year(client):
    """A profile written in 2024 about 1998: "In March" is the story's March in narrative mode, the
    publication's in news mode, and auto reads the story from the sentence before it."""
    text = "She joined the paper on 4 January 1998. In March, she covered her first trial."

    def march(mode):
        body = {"text": text, "dct": "2024-11-14", **({"mode": mode} if mode else {})}
        timexes = client.post("/api/v1/extract", json=body).get_json()["timexes"]
        return next(t["value"] for t in timexes if t["text"] == "March")

    assert march("narrative") == "1998-03"
    assert march("news") == "2024-03"
    assert march(None) == march("auto")
