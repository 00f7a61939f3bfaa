"""A stored timeline in the formats other tools read: TimelineJS, JSON Feed, iCalendar, Atom, CSV.

Each exporter takes the timeline as ``store.get_timeline`` gives it (hidden events
already left out), its events in the one shape the API and the pages show (``timeline.store.views``),
and an ``Links`` of absolute URLs, and returns the body.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable

from feedgen.feed import FeedGenerator
from icalendar import Calendar, Event as CalendarEvent

from timeline.display import display_date, event_link

_MOMENT = re.compile(r"^(?P<year>-?\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:T(?P<hour>\d{2}):(?P<minute>\d{2}))?")
# Which TimelineJS date fields each granularity fills; fields left out mean lower precision.
_TIMELINEJS_FIELDS = {
    "century": ("year",), "decade": ("year",), "year": ("year",),
    "half": ("year", "month"), "quarter": ("year", "month"), "season": ("year", "month"), "month": ("year", "month"),
    "week": ("year", "month", "day"), "day": ("year", "month", "day"),
    "part-of-day": ("year", "month", "day", "hour"), "hour": ("year", "month", "day", "hour"),
    "minute": ("year", "month", "day", "hour", "minute"), "second": ("year", "month", "day", "hour", "minute"),
}


@dataclass(frozen=True)
class Links:
    """Absolute URLs an export points at."""

    timeline: str  # the timeline's API resource: stable ids are built on it
    export: str  # this export itself
    page: str  # the timeline's page, where a reader following a link lands


@dataclass(frozen=True)
class Format:
    """An export format: its media type, file extension and writer."""

    media_type: str
    extension: str
    write: Callable[[dict[str, Any], Links], str]


def event_uid(timeline: dict[str, Any], event: dict[str, Any]) -> str:
    """A stable unique id of an event (deep links use it)."""
    return f"timeline-{timeline['id']}-event-{event['id']}"


def _fields(moment: str, granularity: str | None) -> dict[str, int]:
    match = _MOMENT.match(moment)
    if match is None:
        return {}
    wanted = _TIMELINEJS_FIELDS.get(granularity or "day", ("year", "month", "day"))
    return {name: int(match[name]) for name in wanted if match[name] is not None}


def _display(event: dict[str, Any]) -> str:
    date_ = event["date"]
    text = display_date(date_["value"] or "", date_["granularity"])
    end = event.get("end_date")
    if end and end.get("value"):
        text = f"{text} – {display_date(end['value'], end.get('granularity'))}"
    return text


def timelinejs(timeline: dict[str, Any], links: Links) -> str:
    """TimelineJS3 JSON: start_date/end_date at the event's precision, display_date, group, unique_id."""
    events = []
    for event in timeline["events"]:
        item: dict[str, Any] = {
            "start_date": _fields(event["date"]["earliest"], event["date"]["granularity"]),
            "display_date": _display(event),
            "text": {"headline": event["headline"], "text": event["text"]},
            "unique_id": event_uid(timeline, event),
        }
        end = event.get("end_date")
        if end and end.get("earliest"):
            item["end_date"] = _fields(end["earliest"], end.get("granularity"))
        if event.get("group"):
            item["group"] = event["group"]
        if event.get("media_url"):
            item["media"] = {"url": event["media_url"]}
        events.append(item)
    document = {"title": {"text": {"headline": timeline["title"], "text": timeline["description"]}}, "events": events}
    return json.dumps(document, ensure_ascii=False)


def jsonfeed(timeline: dict[str, Any], links: Links) -> str:
    """JSON Feed 1.1; event dates in the ``_timeline`` extension (``date_published`` is not the event date)."""
    items = []
    for event in timeline["events"]:
        item = {
            "id": event_uid(timeline, event),
            "url": event_link(links.page, event["id"]),
            "title": event["headline"],
            "content_text": event["text"],
            "date_modified": timeline["updated"],
            "_timeline": {"start": event["date"]["earliest"], "end": event["date"]["latest"],
                          "granularity": event["date"]["granularity"], "value": event["date"]["value"],
                          "display_date": _display(event)},
        }
        if event.get("end_date") and event["end_date"].get("latest"):
            item["_timeline"]["end"] = event["end_date"]["latest"]
        if event.get("group"):
            item["tags"] = [event["group"]]
        if event.get("media_url"):
            item["image"] = event["media_url"]
        items.append(item)
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": timeline["title"],
            "home_page_url": links.page, "feed_url": links.export, "items": items}
    if timeline["description"]:
        feed["description"] = timeline["description"]
    return json.dumps(feed, ensure_ascii=False)


def _calendar_value(moment: str) -> date | datetime:
    return datetime.fromisoformat(moment) if "T" in moment else date.fromisoformat(moment)


def ical(timeline: dict[str, Any], links: Links) -> str:
    """iCalendar: one VEVENT per event, all-day (VALUE=DATE) unless the date has a time of day."""
    calendar = Calendar()
    calendar.add("prodid", "-//timeline//timeline export//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", timeline["title"])
    stamp = datetime.fromisoformat(timeline["updated"])
    for event in timeline["events"]:
        entry = CalendarEvent()
        entry.add("uid", event_uid(timeline, event))
        entry.add("dtstamp", stamp)
        start = _calendar_value(event["date"]["earliest"])
        end_value = (event.get("end_date") or {}).get("latest") or event["date"]["latest"]
        end = _calendar_value(end_value)
        if isinstance(start, datetime) != isinstance(end, datetime):  # a timed start with a date end, or the reverse
            start, end = _as_date(start), _as_date(end)
        entry.add("dtstart", start)
        entry.add("dtend", end)  # exclusive, like the interval's latest
        entry.add("summary", event["headline"])
        entry.add("description", f"{_display(event)}: {event['text']}")
        entry.add("url", event_link(links.page, event["id"]))
        if event.get("group"):
            entry.add("categories", [event["group"]])
        calendar.add_component(entry)
    return calendar.to_ical().decode("utf-8")


def _as_date(moment: date | datetime) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def atom(timeline: dict[str, Any], links: Links) -> str:
    """Atom (RFC 4287): one entry per event, its date and text as the content."""
    feed = FeedGenerator()
    feed.id(links.export)
    feed.title(timeline["title"])
    feed.subtitle(timeline["description"] or timeline["title"])
    feed.link(href=links.page, rel="alternate")
    feed.link(href=links.export, rel="self")
    feed.updated(datetime.fromisoformat(timeline["updated"]))
    feed.author({"name": "timeline"})
    for event in reversed(timeline["events"]):  # feedgen prepends: this keeps timeline order
        entry = feed.add_entry()
        entry.id(f"{links.timeline}#{event_uid(timeline, event)}")
        entry.title(f"{_display(event)}: {event['headline']}")
        entry.link(href=event_link(links.page, event["id"]))
        entry.updated(datetime.fromisoformat(timeline["updated"]))
        entry.content(event["text"], type="text")
        if event.get("group"):
            entry.category(term=event["group"])
    return feed.atom_str(pretty=True).decode("utf-8")


CSV_COLUMNS = ("id", "unique_id", "start", "end", "granularity", "value", "display_date", "headline", "text",
               "group", "article", "media_url")


def to_csv(timeline: dict[str, Any], links: Links) -> str:
    """CSV with a header row, one event per row, in timeline order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for event in timeline["events"]:
        end = (event.get("end_date") or {}).get("latest") or event["date"]["latest"]
        writer.writerow([event["id"], event_uid(timeline, event), event["date"]["earliest"], end,
                         event["date"]["granularity"], event["date"]["value"], _display(event), event["headline"],
                         event["text"], event.get("group") or "", event.get("article") or "", event.get("media_url") or ""])
    return out.getvalue()


FORMATS: dict[str, Format] = {
    "timelinejs": Format("application/json", "json", timelinejs),
    "jsonfeed": Format("application/feed+json", "json", jsonfeed),
    "ical": Format("text/calendar", "ics", ical),
    "atom": Format("application/atom+xml", "atom", atom),
    "csv": Format("text/csv", "csv", to_csv),
}
