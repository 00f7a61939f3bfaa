"""One shape for an event from store to screen (timeline/store/views.py): the API, the pages, the viewer's JSON and
the exports read the same fields, with an editor's corrections in them."""
from __future__ import annotations

import csv
import io
import json
import re

from api_helpers import ARTICLE, create
from timeline import store
from timeline.web.api.schemas import EventOut
from timeline.web.pages import VIEWER_FIELDS


def _page_data(client, path: str) -> dict:
    html = client.get(path).get_data(as_text=True)
    return json.loads(re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', html, re.S).group(1))


def _corrected(client, auth) -> tuple[dict, dict, dict]:
    """A published timeline with an extracted event an editor rewrote, one hidden and a manual one."""
    timeline = create(client, auth)
    first, second = timeline["events"][0], timeline["events"][1]
    path = f"/api/v1/timelines/{timeline['id']}/events"
    edited = client.patch(f"{path}/{first['id']}", headers=auth, json={
        "headline": "The bridge was shut", "text": "Engineers shut the bridge.", "media_url": "https://example.org/a.JPG"}).get_json()
    assert client.patch(f"{path}/{second['id']}", headers=auth, json={"hidden": True}).status_code == 200
    manual = client.post(path, headers=auth, json={"headline": "Ribbon cut", "date": "2024-03-14", "text": "By the mayor."}).get_json()
    return timeline, edited, manual


def test_the_page_hands_the_viewer_the_events_the_api_shows(client, auth):
    timeline, edited, manual = _corrected(client, auth)
    api = client.get(f"/api/v1/timelines/{timeline['id']}").get_json()  # a reader's: no hidden events
    data = _page_data(client, f"/timelines/{timeline['id']}")
    for name in ("events", "undated"):  # the same fields with the same values, the viewer's among them
        assert data[name] == [{field: event[field] for field in VIEWER_FIELDS if field in event} for event in api[name]]
    shown = {event["id"]: event for event in data["events"]}
    assert shown[edited["id"]]["text"] == "Engineers shut the bridge." and shown[edited["id"]]["media_is_image"]
    assert edited["sentence"] == ARTICLE[edited["start"]:edited["end"]]  # the offsets still find the extracted sentence
    assert shown[manual["id"]]["text"] == "By the mayor."
    assert timeline["events"][1]["id"] not in shown


def test_the_server_rendered_list_shows_the_editors_text(client, auth):
    timeline, edited, manual = _corrected(client, auth)
    html = client.get(f"/timelines/{timeline['id']}").get_data(as_text=True)
    item = re.search(rf'<li id="event-{edited["id"]}">(.*?)</li>', html, re.S).group(1)
    assert "Engineers shut the bridge." in item and "The bridge was shut" in item
    assert 'src="https://example.org/a.JPG"' in item  # a picture


def test_every_stored_event_is_exactly_the_schemas_fields(app, client, auth):
    timeline, _edited, _manual = _corrected(client, auth)
    with app.app_context():
        stored = store.get_timeline(timeline["id"], include_drafts=True)
    for event in stored["events"] + stored["undated"]:
        assert EventOut().dump(event) == event  # nothing renamed, added or dropped on the way out


def test_exports_read_the_corrected_event(client, auth):
    timeline, edited, _manual = _corrected(client, auth)
    body = client.get(f"/api/v1/timelines/{timeline['id']}/export/csv").get_data(as_text=True)
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(body))}
    assert rows[str(edited["id"])]["text"] == "Engineers shut the bridge."
    assert rows[str(edited["id"])]["headline"] == "The bridge was shut"


def test_a_stored_media_url_that_is_not_a_web_address_is_never_shown(app, client, auth):
    timeline = create(client, auth)
    with app.app_context():  # past the API's validation, as an old or damaged row could be
        event, _version = store.create_event(timeline["id"], {"headline": "Hostile", "date": "2024-03-14",
                                                              "media_url": "javascript:alert(1)"})
    assert event["media_url"] is None and event["media_is_image"] is False
    assert client.patch(f"/api/v1/timelines/{timeline['id']}/events/{event['id']}", headers=auth,
                        json={"media_url": "ftp://example.org/a.jpg"}).status_code == 422


def test_the_paste_page_hands_the_viewer_what_the_extract_api_answers(client):
    text, dct = "The bridge opened on March 3, 2021. It closed in 2022.", "2023-01-10"
    api = client.post("/api/v1/extract", json={"text": text, "dct": dct}).get_json()
    response = client.post("/", data={"text": text, "dct": dct})
    html = response.get_data(as_text=True)
    data = json.loads(re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', html, re.S).group(1))
    for name in ("events", "undated"):
        assert data[name] == [{field: event[field] for field in VIEWER_FIELDS if field in event} for event in api[name]]
    assert all(event["text"] == event["sentence"] for event in api["events"])
