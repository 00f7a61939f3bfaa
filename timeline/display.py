"""What readers are shown: dates at their precision ("2022", "January 2023", "November 16, 2023") and links to events."""
from __future__ import annotations

import re

_MONTH_NAMES = ("January February March April May June July August September October November December").split()
_SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Fall", "WI": "Winter"}


def display_date(value: str, granularity: str | None = None) -> str:
    """Render a TIMEX3 value for a reader; unknown forms are returned as they are."""
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?", value):
        year, month, day, hour, minute = match.groups()
        text = f"{_MONTH_NAMES[int(month) - 1]} {int(day)}, {year}"
        return f"{text}, {hour}:{minute}" if hour else text
    if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return f"{_MONTH_NAMES[int(match.group(2)) - 1]} {match.group(1)}"
    if match := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return f"Q{match.group(2)} {match.group(1)}"
    if match := re.fullmatch(r"(\d{4})-H([12])", value):
        return f"{'First' if match.group(2) == '1' else 'Second'} half of {match.group(1)}"
    if match := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        return f"{_SEASONS[match.group(2)]} {match.group(1)}"
    if match := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        return f"Week {int(match.group(2))} of {match.group(1)}"
    if re.fullmatch(r"\d{3}", value):
        return f"{value}0s"
    if re.fullmatch(r"\d{2}", value):
        return f"{int(value) + 1}th century"
    return value


def event_link(page_url: str, event_id: int | str) -> str:
    """The event's deep link on a timeline page; the fragment is the element id the page and the viewer
    give every event (``_events.html``, ``static/viewer/model.js`` ``anchor``)."""
    return f"{page_url}#event-{event_id}"
