"""The event feeds (filters, cursor paging) and curation (edit, add, delete, re-extract)."""
from __future__ import annotations

import pytest

from api_helpers import assert_error, create

# One event per year 2001..2012, then two in March 2021 and one on 5 March 2021.
MANY = " ".join(f"The council met in {year}." for year in range(2001, 2013)) + \
    " The river flooded in March 2021. The mayor resigned in March 2021. The bridge closed on March 5, 2021."


@pytest.fixture
def many(client, auth):
    """A published timeline of 15 dated events."""
    return create(client, auth, text=MANY, dct="2024-01-01")


def _walk(client, url, **headers):
    """Every event of a feed, following next_url; and the number of pages."""
    events, pages = [], 0
    while url:
        response = client.get(url, headers=headers)
        assert response.status_code == 200, response.get_data(as_text=True)
        body = response.get_json()
        events += body["events"]
        url, pages = body["next_url"], pages + 1
        assert (url is None) == (body["next"] is None)
    return events, pages


def test_paging_visits_every_event_once_in_stable_order(client, many):
    everything, pages = _walk(client, f"/api/v1/timelines/{many['id']}/events?limit=100")
    assert pages == 1 and len(everything) == len(many["events"]) == 15
    paged, pages = _walk(client, f"/api/v1/timelines/{many['id']}/events?limit=4")
    assert pages == 4
    assert [event["id"] for event in paged] == [event["id"] for event in everything]
    keys = [(event["date"]["earliest"], event["date"]["latest"]) for event in paged]
    assert [key[0] for key in keys] == sorted(key[0] for key in keys)


@pytest.mark.parametrize("query, values", [
    ("from=2011", ["2011", "2012", "2021-03", "2021-03", "2021-03-05"]),
    ("to=2002", ["2001", "2002"]),
    ("from=2005&to=2006", ["2005", "2006"]),
    ("from=2021-03&to=2021-03", ["2021-03", "2021-03", "2021-03-05"]),
    ("from=2021-03-05&to=2021-03-05", ["2021-03", "2021-03", "2021-03-05"]),
    ("from=2021-03-06", ["2021-03", "2021-03"]),
    ("q=FLOODED", ["2021-03"]),
    ("q=mayor&from=2021", ["2021-03"]),
    ("q=%25", []),
    ("from=2030", []),
])
def test_feed_filters(client, many, query, values):
    events, _ = _walk(client, f"/api/v1/timelines/{many['id']}/events?limit=3&{query}")
    assert [event["date"]["value"] for event in events] == values


@pytest.mark.parametrize("query", ["from=21", "to=2021-13", "from=2021-02-30", "limit=0", "limit=501", "cursor=%%%", "cursor=WzEsMl0"])
def test_feed_rejects_bad_queries(client, many, query):
    error = assert_error(client.get(f"/api/v1/timelines/{many['id']}/events?{query}"), 422)
    assert error["code"] == "validation_error"


def test_group_filter_and_cross_timeline_feed(client, auth, many):
    draft = create(client, auth, text="The school opened in 1950.", status="draft", dct="2024-01-01")
    first = many["events"][0]
    client.patch(f"/api/v1/timelines/{many['id']}/events/{first['id']}", json={"group": "council"}, headers=auth)
    grouped, _ = _walk(client, f"/api/v1/timelines/{many['id']}/events?group=council")
    assert [event["id"] for event in grouped] == [first["id"]]
    across, _ = _walk(client, "/api/v1/events?limit=7")
    assert {event["timeline"] for event in across} == {many["id"]}, "drafts stay out of the public feed"
    assert len(across) == 15
    client.patch(f"/api/v1/timelines/{draft['id']}", json={"status": "published"}, headers=auth)
    across, _ = _walk(client, "/api/v1/events?limit=7")
    assert across[0]["date"]["value"] == "1950" and len(across) == 16


def test_feed_supports_conditional_requests(client, auth, many):
    path = f"/api/v1/timelines/{many['id']}/events?limit=5"
    first = client.get(path)
    assert client.get(path, headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    every = client.get("/api/v1/events")
    assert client.get("/api/v1/events", headers={"If-None-Match": every.headers["ETag"]}).status_code == 304


def test_editing_an_event_and_restoring_it(client, auth, many):
    event = many["events"][0]
    path = f"/api/v1/timelines/{many['id']}/events/{event['id']}"
    changes = {"headline": "Council's first meeting", "text": "Longer text.", "date": "2030-06",
               "group": "council", "media_url": "https://example.org/a.jpg"}
    edited = client.patch(path, json=changes, headers=auth)
    assert edited.status_code == 200
    body = edited.get_json()
    assert body["headline"] == changes["headline"] and body["text"] == changes["text"]
    assert body["date"]["value"] == "2030-06" and body["date"]["earliest"] == "2030-06-01" and body["date"]["latest"] == "2030-07-01"
    assert body["date_override"] == "2030-06" and body["group"] == "council" and body["media_url"] == changes["media_url"]
    timeline = client.get(f"/api/v1/timelines/{many['id']}").get_json()
    assert timeline["events"][-1]["id"] == event["id"], "the new date moves the event"
    restored = client.patch(path, json={"headline": None, "date": None}, headers=auth).get_json()
    assert restored["headline"] == event["headline"] and restored["date"] == event["date"]


def test_hidden_events_leave_public_views(client, auth, many):
    event = many["events"][0]
    client.patch(f"/api/v1/timelines/{many['id']}/events/{event['id']}", json={"hidden": True}, headers=auth)
    public = client.get(f"/api/v1/timelines/{many['id']}").get_json()
    assert event["id"] not in [item["id"] for item in public["events"]]
    editor = client.get(f"/api/v1/timelines/{many['id']}", headers=auth).get_json()
    assert [item["hidden"] for item in editor["events"] if item["id"] == event["id"]] == [True]
    feed, _ = _walk(client, f"/api/v1/timelines/{many['id']}/events")
    assert event["id"] not in [item["id"] for item in feed]


@pytest.mark.parametrize("body", [{"date": "2021-02-30"}, {"hidden": "maybe"}, {"media_url": "nope"}, {"id": 3}])
def test_invalid_event_edits_get_422(client, auth, many, body):
    path = f"/api/v1/timelines/{many['id']}/events/{many['events'][0]['id']}"
    assert_error(client.patch(path, json=body, headers=auth), 422)


def test_manual_events_are_added_and_deleted(client, auth, many):
    path = f"/api/v1/timelines/{many['id']}/events"
    response = client.post(path, json={"headline": "Ribbon cut", "date": "2024-03-14", "text": "By the mayor."}, headers=auth)
    assert response.status_code == 201
    manual = response.get_json()
    assert manual["manual"] and manual["date"]["granularity"] == "day" and manual["text"] == "By the mayor."
    assert manual["id"] in [event["id"] for event in _walk(client, path + "?from=2024")[0]]
    assert_error(client.post(path, json={"headline": "No date"}, headers=auth), 422)
    assert client.delete(f"{path}/{manual['id']}", headers=auth).status_code == 204
    assert_error(client.delete(f"{path}/{manual['id']}", headers=auth), 404)
    assert manual["id"] not in [event["id"] for event in _walk(client, path)[0]]


def test_reextraction_keeps_edits_and_manual_events(client, auth, many):
    timeline_id = many["id"]
    edited, deleted = many["events"][0], many["events"][1]
    client.patch(f"/api/v1/timelines/{timeline_id}/events/{edited['id']}", json={"headline": "Kept", "group": "g"}, headers=auth)
    client.delete(f"/api/v1/timelines/{timeline_id}/events/{deleted['id']}", headers=auth)
    manual = client.post(f"/api/v1/timelines/{timeline_id}/events", json={"headline": "Manual", "date": "1999"}, headers=auth).get_json()
    article_id = many["articles"][0]["id"]
    response = client.post(f"/api/v1/timelines/{timeline_id}/articles/{article_id}/reextract", headers=auth)
    assert response.status_code == 200
    after = {event["id"]: event for event in client.get(f"/api/v1/timelines/{timeline_id}", headers=auth).get_json()["events"]}
    assert after[edited["id"]]["headline"] == "Kept" and after[edited["id"]]["group"] == "g"
    assert after[deleted["id"]]["hidden"], "a deleted extracted event stays deleted"
    assert after[manual["id"]]["headline"] == "Manual"
    assert set(after) == {event["id"] for event in many["events"]} | {manual["id"]}
    assert_error(client.post(f"/api/v1/timelines/{timeline_id}/articles/9999/reextract", headers=auth), 404)


def test_event_writes_check_the_version(client, auth, many):
    timeline_path = f"/api/v1/timelines/{many['id']}"
    etag = client.get(timeline_path).headers["ETag"]
    event_path = f"{timeline_path}/events/{many['events'][0]['id']}"
    first = client.patch(event_path, json={"headline": "One"}, headers={**auth, "If-Match": etag})
    assert first.status_code == 200 and first.headers["ETag"] != etag
    assert_error(client.patch(event_path, json={"headline": "Two"}, headers={**auth, "If-Match": etag}), 412)
    assert_error(client.post(f"{timeline_path}/events", json={"headline": "x", "date": "2001"}, headers={**auth, "If-Match": etag}), 412)
    assert_error(client.delete(event_path, headers={**auth, "If-Match": etag}), 412)
    current = client.get(timeline_path).get_json()
    assert current["events"][0]["headline"] == "One" and len(current["events"]) == 15
    assert client.get(timeline_path, headers=auth).headers["ETag"] == first.headers["ETag"]
    assert client.get(timeline_path).headers["ETag"] != first.headers["ETag"], "the public view is another representation"


def test_events_of_another_timeline_are_404(client, auth, many):
    other = create(client, auth, text="The school opened in 1950.", dct="2024-01-01")
    path = f"/api/v1/timelines/{other['id']}/events/{many['events'][0]['id']}"
    assert_error(client.patch(path, json={"headline": "x"}, headers=auth), 404)
