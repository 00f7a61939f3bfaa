"""Exports: TimelineJS, JSON Feed, iCalendar, Atom and CSV, each read back with a parser."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ElementTree
from datetime import date

import icalendar
import pytest

from api_helpers import assert_error, create
from timeline.web.api.exports import _fields

ATOM = "{http://www.w3.org/2005/Atom}"
TEXT = ("Published March 14, 2024\n\nThe council met in 2019. The river flooded in March 2021. "
        "The bridge closed on March 5, 2021. The ferry ran from 2021 to 2023.")


@pytest.fixture
def stored(client, auth):
    """A published timeline with one grouped, one hidden and one manual event."""
    timeline = create(client, auth, text=TEXT)
    first = timeline["events"][0]
    closure = next(event for event in timeline["events"] if event["date"]["value"] == "2021-03-05")
    client.patch(f"/api/v1/timelines/{timeline['id']}/events/{first['id']}", json={"group": "council"}, headers=auth)
    client.patch(f"/api/v1/timelines/{timeline['id']}/events/{closure['id']}", json={"hidden": True}, headers=auth)
    client.post(f"/api/v1/timelines/{timeline['id']}/events", json={"headline": "Reopened", "date": "2024-03-14T10:30"}, headers=auth)
    return client.get(f"/api/v1/timelines/{timeline['id']}").get_json()


def export(client, timeline, name, **headers):
    response = client.get(f"/api/v1/timelines/{timeline['id']}/export/{name}", headers=headers)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response


@pytest.mark.parametrize("moment, granularity, fields", [
    ("2021-01-01", "year", {"year": 2021}),
    ("1990-01-01", "decade", {"year": 1990}),
    ("2021-03-01", "month", {"year": 2021, "month": 3}),
    ("2021-04-01", "quarter", {"year": 2021, "month": 4}),
    ("2021-03-05", "day", {"year": 2021, "month": 3, "day": 5}),
    ("2021-03-01", "week", {"year": 2021, "month": 3, "day": 1}),
    ("2021-03-05T14:00", "hour", {"year": 2021, "month": 3, "day": 5, "hour": 14}),
    ("2021-03-05T14:30", "minute", {"year": 2021, "month": 3, "day": 5, "hour": 14, "minute": 30}),
])
def test_timelinejs_dates_leave_out_fields_below_the_precision(moment, granularity, fields):
    assert _fields(moment, granularity) == fields


def test_timelinejs(client, stored):
    response = export(client, stored, "timelinejs")
    assert response.mimetype == "application/json"
    document = response.get_json()
    assert document["title"]["text"]["headline"] == stored["title"]
    events = document["events"]
    assert len(events) == len(stored["events"])
    assert all("year" in event["start_date"] for event in events)
    assert len({event["unique_id"] for event in events}) == len(events)
    by_headline = {event["text"]["headline"]: event for event in events}
    assert by_headline["Reopened"]["start_date"] == {"year": 2024, "month": 3, "day": 14, "hour": 10, "minute": 30}
    assert events[0]["group"] == "council"
    ferry = [event for event in events if "end_date" in event]
    assert ferry and ferry[0]["end_date"]["year"] == 2023
    again = export(client, stored, "timelinejs").get_json()
    assert [event["unique_id"] for event in again["events"]] == [event["unique_id"] for event in events], "ids are stable"


def test_jsonfeed(client, stored):
    response = export(client, stored, "jsonfeed")
    assert response.mimetype == "application/feed+json"
    feed = json.loads(response.get_data(as_text=True))
    assert feed["version"] == "https://jsonfeed.org/version/1.1" and feed["title"] == stored["title"]
    assert feed["feed_url"].endswith(f"/api/v1/timelines/{stored['id']}/export/jsonfeed")
    items = feed["items"]
    assert len(items) == len(stored["events"]) and len({item["id"] for item in items}) == len(items)
    for item, event in zip(items, stored["events"]):
        assert item["content_text"] == event["text"]
        assert item["_timeline"]["start"] == event["date"]["earliest"]
        assert item["_timeline"]["granularity"] == event["date"]["granularity"]
    assert items[0]["tags"] == ["council"]


def test_ical_parses_back_with_all_day_dates(client, stored):
    response = export(client, stored, "ical")
    assert response.mimetype == "text/calendar"
    assert "DTSTART;VALUE=DATE:" in response.get_data(as_text=True)
    calendar = icalendar.Calendar.from_ical(response.get_data())
    vevents = calendar.walk("VEVENT")
    assert len(vevents) == len(stored["events"])
    for vevent, event in zip(vevents, stored["events"]):
        assert str(vevent["SUMMARY"]) == event["headline"]
        assert vevent["UID"] and vevent["DTSTAMP"]
        start = vevent.decoded("DTSTART")
        assert start.isoformat()[:10] == event["date"]["earliest"][:10]
    months = [vevent for vevent in vevents if vevent.decoded("DTSTART") == date(2021, 3, 1)]
    assert months and months[0].decoded("DTEND") == date(2021, 4, 1), "DTEND is exclusive, like latest"
    assert len({str(vevent["UID"]) for vevent in vevents}) == len(vevents)


def test_atom_is_well_formed_rfc4287(client, stored):
    response = export(client, stored, "atom")
    assert response.mimetype == "application/atom+xml"
    feed = ElementTree.fromstring(response.get_data())
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{required}") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(stored["events"])
    for entry, event in zip(entries, stored["events"]):
        assert entry.find(f"{ATOM}id").text and entry.find(f"{ATOM}updated").text
        assert entry.find(f"{ATOM}title").text.endswith(event["headline"])
        assert (entry.find(f"{ATOM}content").text or "") == event["text"]


def test_feed_links_lead_readers_to_the_event_on_the_timeline_page(client, stored):
    """Feed readers open links in a browser: the page with the event's deep link, not the API's JSON."""
    page = f"http://localhost/timelines/{stored['id']}"
    feed = json.loads(export(client, stored, "jsonfeed").get_data(as_text=True))
    atom = ElementTree.fromstring(export(client, stored, "atom").get_data())
    calendar = icalendar.Calendar.from_ical(export(client, stored, "ical").get_data())
    assert feed["home_page_url"] == page
    assert atom.find(f"{ATOM}link[@rel='alternate']").get("href") == page
    expected = [f"{page}#event-{event['id']}" for event in stored["events"]]
    assert [item["url"] for item in feed["items"]] == expected
    assert [entry.find(f"{ATOM}link").get("href") for entry in atom.findall(f"{ATOM}entry")] == expected
    assert [str(vevent["URL"]) for vevent in calendar.walk("VEVENT")] == expected
    html = client.get(f"/timelines/{stored['id']}").get_data(as_text=True)
    assert all(f'id="{url.split("#")[1]}"' in html for url in expected)  # each fragment names an element


def test_csv(client, stored):
    response = export(client, stored, "csv")
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [int(row["id"]) for row in rows] == [event["id"] for event in stored["events"]]
    assert [row["headline"] for row in rows] == [event["headline"] for event in stored["events"]]
    assert rows[0]["group"] == "council"


@pytest.mark.parametrize("name", ["timelinejs", "jsonfeed", "ical", "atom", "csv"])
def test_exports_leave_out_hidden_events_and_support_caching(client, auth, stored, name):
    editor = client.get(f"/api/v1/timelines/{stored['id']}", headers=auth).get_json()
    hidden = [event for event in editor["events"] if event["hidden"]]
    assert hidden
    response = export(client, stored, name)
    assert hidden[0]["headline"] not in response.get_data(as_text=True)
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert client.get(response.request.path, headers={"If-None-Match": response.headers["ETag"]}).status_code == 304


def test_unknown_format_and_draft_exports(client, auth, stored):
    assert_error(client.get(f"/api/v1/timelines/{stored['id']}/export/pdf"), 404)
    client.patch(f"/api/v1/timelines/{stored['id']}", json={"status": "draft"}, headers=auth)
    assert_error(client.get(f"/api/v1/timelines/{stored['id']}/export/csv"), 404)
    assert export(client, stored, "csv", **auth).status_code == 200
