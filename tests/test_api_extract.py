"""POST /api/v1/extract: the pipeline over HTTP, public, storing nothing."""
from __future__ import annotations

import pytest

from api_helpers import ARTICLE, assert_error
from timeline import extract
from timeline.serialize import timeline_dict


def test_extract_returns_the_timeline_dict_of_the_pipeline(client):
    """The pipeline's JSON (the CLI's), each event with its ``text`` as every event the API shows has: what a
    reader is shown, here its sentence."""
    response = client.post("/api/v1/extract", json={"text": ARTICLE, "dct": "2024-03-14"})
    assert response.status_code == 200
    expected = timeline_dict(extract(ARTICLE, "2024-03-14"))
    for name in ("events", "undated"):
        expected[name] = [{**event, "text": event["sentence"]} for event in expected[name]]
    assert response.get_json() == expected
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


def test_extract_without_a_date_warns_and_says_where_the_date_came_from(client):
    undated = client.post("/api/v1/extract", json={"text": "The library reopened on Tuesday after a fire."}).get_json()
    assert (undated["dct"], undated["dct_source"]) == (None, "none")
    assert [warning["code"] for warning in undated["warnings"]] == ["no_dct"]
    assert "publication date" in undated["warnings"][0]["message"]
    assert undated["events"] == [] and undated["undated"], "Tuesday cannot be placed without the date"
    byline = client.post("/api/v1/extract", json={
        "text": "Library reopens\nBy Dana Whitlock\nPosted Jan 25, 2021\n\nThe library reopened on Tuesday."}).get_json()
    assert (byline["dct"], byline["dct_source"], byline["warnings"]) == ("2021-01-25", "byline", [])
    assert [event["date"]["value"] for event in byline["events"]] == ["2021-01-19"]
    given = client.post("/api/v1/extract", json={"text": "It rained yesterday.", "dct": "2024-05-02"}).get_json()
    assert (given["dct_source"], given["warnings"]) == ("given", [])


def test_extract_warns_about_a_dateline_without_its_year(client):
    result = client.post("/api/v1/extract", json={"text": "LONDON, July 7 (Reuters) - Shares fell on Monday."}).get_json()
    assert (result["dct"], result["dct_source"]) == (None, "none")
    assert [warning["code"] for warning in result["warnings"]] == ["dct_without_year"]


def test_the_openapi_document_describes_the_date_source_and_warnings(client):
    schemas = client.get("/api/v1/openapi.json").get_json()["components"]["schemas"]
    extract_out = schemas["ExtractOut"]["properties"]
    assert extract_out["dct_source"]["enum"] == ["given", "dateline", "byline", "none"]
    assert extract_out["warnings"]["items"]["$ref"].endswith("/WarningOut")
    assert schemas["WarningOut"]["properties"]["code"]["enum"] == ["no_dct", "dct_without_year"]


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
