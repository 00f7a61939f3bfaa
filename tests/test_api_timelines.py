"""Timelines: store articles, list, read, publish; tokens, drafts, ETags, CORS."""
from __future__ import annotations

import pytest

from api_helpers import ARTICLE, SECOND_ARTICLE, assert_error, create
from timeline import store


def test_post_stores_the_article_and_its_timeline(client, auth):
    body = create(client, auth)
    assert isinstance(body["id"], int)
    assert body["title"] == "Bridge" and body["status"] == "published"
    assert [article["text"] for article in body["articles"]] == [ARTICLE]
    assert body["articles"][0]["dct"] == "2024-03-14"
    assert body["events"], "the extracted events are stored"
    stored = client.get(f"/api/v1/timelines/{body['id']}").get_json()
    assert stored == body


def test_stored_events_keep_the_extraction_shape(client, auth):
    event = create(client, auth)["events"][0]
    assert {"id", "headline", "sentence", "start", "end", "trigger", "date"} <= set(event)
    assert {"value", "granularity", "earliest", "latest"} <= set(event["date"])
    assert {"group", "hidden", "media_url", "article"} <= set(event)
    assert ARTICLE[event["start"]:event["end"]] == event["sentence"]


def test_events_are_in_interval_order(client, auth):
    events = create(client, auth)["events"]
    starts = [event["date"]["earliest"] for event in events]
    assert starts == sorted(starts)


def test_several_articles_make_one_timeline_with_repeats_folded(client, auth):
    response = client.post("/api/v1/timelines", headers=auth, json={
        "title": "Bridge", "articles": [{"title": "One", "text": ARTICLE}, {"title": "Two", "text": SECOND_ARTICLE, "url": "https://example.org/two"}]})
    assert response.status_code == 201
    body = response.get_json()
    assert [article["title"] for article in body["articles"]] == ["One", "Two"]
    first, second = (article["id"] for article in body["articles"])
    closures = [event for event in body["events"] if event["date"]["value"] == "2021-04"]
    assert len(closures) == 1, "the closure told by both articles is kept once"
    assert {event["article"] for event in body["events"]} == {first, second}


def test_adding_an_article_merges_its_events(client, auth):
    body = create(client, auth)
    before = {event["id"] for event in body["events"]}
    response = client.post(f"/api/v1/timelines/{body['id']}/articles", headers=auth,
                           json={"title": "Two", "text": SECOND_ARTICLE, "url": "https://example.org/two"})
    assert response.status_code == 201
    after = response.get_json()
    assert len(after["articles"]) == 2
    assert before < {event["id"] for event in after["events"]}, "old events keep their ids, new ones arrive"
    assert sum(event["date"]["value"] == "2021-04" for event in after["events"]) == 1
    again = client.post(f"/api/v1/timelines/{body['id']}/articles", headers=auth,
                        json={"text": SECOND_ARTICLE, "url": "https://example.org/two"})
    assert_error(again, 409)


@pytest.mark.parametrize("body", [
    {"text": ARTICLE},
    {"title": "", "text": ARTICLE},
    {"title": "Both", "text": ARTICLE, "articles": [{"text": ARTICLE}]},
    {"title": "Neither"},
    {"title": "No articles", "articles": []},
    {"title": "Bad status", "text": ARTICLE, "status": "archived"},
    {"title": "Bad url", "text": ARTICLE, "url": "not a url"},
    {"title": "Bad dct", "text": ARTICLE, "dct": "2024-02-30"},
])
def test_invalid_timeline_bodies_get_422(client, auth, body):
    assert_error(client.post("/api/v1/timelines", json=body, headers=auth), 422)


def test_list_shows_published_timelines_to_everyone_and_drafts_to_editors(client, auth):
    published = create(client, auth, title="Out")
    draft = create(client, auth, title="Draft", status="draft")
    public = client.get("/api/v1/timelines").get_json()["timelines"]
    assert [summary["id"] for summary in public] == [published["id"]]
    assert public[0]["event_count"] == len(published["events"])
    editors = client.get("/api/v1/timelines", headers=auth).get_json()["timelines"]
    assert {summary["id"] for summary in editors} == {published["id"], draft["id"]}
    assert_error(client.get(f"/api/v1/timelines/{draft['id']}"), 404)
    assert client.get(f"/api/v1/timelines/{draft['id']}", headers=auth).status_code == 200


@pytest.mark.parametrize("method, path, body", [
    ("post", "/api/v1/timelines", {"title": "x", "text": "It rained."}),
    ("patch", "/api/v1/timelines/{id}", {"title": "x"}),
    ("post", "/api/v1/timelines/{id}/articles", {"text": "It rained."}),
    ("post", "/api/v1/timelines/{id}/events", {"headline": "x", "date": "2020"}),
    ("delete", "/api/v1/timelines/{id}", None),
])
@pytest.mark.parametrize("authorization", [None, "Bearer wrong", "Basic abc"])
def test_writes_need_a_valid_token(client, auth, method, path, body, authorization):
    timeline = create(client, auth)
    headers = {"Authorization": authorization} if authorization else {}
    response = getattr(client, method)(path.format(id=timeline["id"]), json=body, headers=headers)
    assert_error(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert client.get(f"/api/v1/timelines/{timeline['id']}").get_json() == timeline, "nothing changed"


def test_a_revoked_token_no_longer_writes(app, client, auth, token):
    with app.app_context():
        assert store.revoke_token("tests")
    assert_error(client.post("/api/v1/timelines", json={"title": "x", "text": "It rained."}, headers=auth), 401)


def test_patch_timeline_and_optimistic_concurrency(client, auth):
    timeline = create(client, auth, status="draft")
    path = f"/api/v1/timelines/{timeline['id']}"
    etag = client.get(path, headers=auth).headers["ETag"]
    changed = client.patch(path, json={"title": "New", "status": "published"}, headers={**auth, "If-Match": etag})
    assert changed.status_code == 200
    assert changed.get_json()["title"] == "New" and changed.get_json()["status"] == "published"
    assert changed.headers["ETag"] != etag
    stale = client.patch(path, json={"title": "Stale"}, headers={**auth, "If-Match": etag})
    assert_error(stale, 412)
    assert client.get(path).get_json()["title"] == "New", "a stale write changes nothing"
    current = client.patch(path, json={"description": "d"}, headers={**auth, "If-Match": changed.headers["ETag"]})
    assert current.status_code == 200 and current.get_json()["description"] == "d"
    assert_error(client.patch(path, json={"title": "x"}, headers={**auth, "If-Match": '"garbage"'}), 412)


def test_conditional_get_answers_304_until_the_timeline_changes(client, auth):
    timeline = create(client, auth)
    path = f"/api/v1/timelines/{timeline['id']}"
    first = client.get(path)
    assert first.headers["Cache-Control"].startswith("public")
    assert first.headers["Last-Modified"]
    assert client.get(path, headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    assert client.get(path, headers={"If-Modified-Since": first.headers["Last-Modified"]}).status_code == 304
    client.patch(path, json={"title": "Changed"}, headers=auth)
    assert client.get(path, headers={"If-None-Match": first.headers["ETag"]}).status_code == 200
    editor = client.get(path, headers=auth)
    assert editor.headers["Cache-Control"].startswith("private") and "Authorization" in editor.headers["Vary"]
    assert client.get(path, headers={**auth, "If-None-Match": first.headers["ETag"]}).status_code == 200, "not the editor's view"


def test_public_reads_allow_cross_origin_requests(client, auth):
    timeline = create(client, auth)
    for path in (f"/api/v1/timelines/{timeline['id']}", f"/api/v1/timelines/{timeline['id']}/export/timelinejs", "/api/v1/events"):
        response = client.get(path, headers={"Origin": "https://news.example"})
        assert response.headers["Access-Control-Allow-Origin"] in ("*", "https://news.example")


def test_delete_timeline(client, auth):
    timeline = create(client, auth)
    assert client.delete(f"/api/v1/timelines/{timeline['id']}", headers=auth).status_code == 204
    assert_error(client.get(f"/api/v1/timelines/{timeline['id']}", headers=auth), 404)


@pytest.mark.parametrize("path", ["/api/v1/timelines/999", "/api/v1/timelines/999/events", "/api/v1/timelines/999/export/csv"])
def test_missing_timelines_are_404(client, path):
    assert_error(client.get(path), 404)


@pytest.mark.parametrize("character", [r"\u0000", r"\ud800", r"\udfff"])
@pytest.mark.parametrize("field", ["title", "text"])
def test_strings_a_database_cannot_store_get_422(client, auth, character, field):
    body = '{"title": "Bridge", "text": "It rained.", "status": "published"}'.replace(f'"{field}": "', f'"{field}": "{character}', 1)
    error = assert_error(client.post("/api/v1/timelines", data=body, content_type="application/json", headers=auth), 422)
    assert field in error["details"]["json"]


def test_nul_in_a_query_gets_422(client):
    assert_error(client.get("/api/v1/events?q=a%00b"), 422)


@pytest.mark.parametrize("path", ["/api/v1/extract", "/api/v1/timelines"])
def test_json_nested_too_deeply_is_400(client, auth, path):
    assert_error(client.post(path, data="[" * 5000 + "]" * 5000, content_type="application/json", headers=auth), 400)


HISTORY = "The siege began in 1918. On 13 August the army attacked the town."


@pytest.mark.parametrize(("mode", "value"), [("narrative", "1918-08-13"), ("news", "2023-08-13")])
def test_a_stored_article_keeps_its_mode(client, auth, mode, value):
    response = client.post("/api/v1/timelines", headers=auth, json={
        "title": "Siege", "text": HISTORY, "dct": "2023-11-16", "mode": mode})
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["articles"][0]["mode"] == mode
    assert value in [event["date"]["value"] for event in body["events"]]
    # re-extraction (a new pipeline version) reads the stored mode again
    again = client.post(f"/api/v1/timelines/{body['id']}/articles/{body['articles'][0]['id']}/reextract", headers=auth)
    assert again.status_code == 200, again.get_json()
    assert value in [event["date"]["value"] for event in again.get_json()["events"]]


def test_an_unknown_mode_is_refused(client, auth):
    response = client.post("/api/v1/timelines", headers=auth, json={"title": "Siege", "text": HISTORY, "mode": "poetry"})
    assert_error(response, 422)
