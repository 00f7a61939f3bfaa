"""What readers are shown: dates at their precision ("2022", "January 2023", "November 16, 2023"), links to
events, and only the links that are safe to follow."""
from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import urlsplit

# Forms of a TIMEX3 value that are also valid HTML <time datetime> and ISO 8601 strings; the longest
# one a value starts with is its machine date ("2023-W45" for the weekend "2023-W45-WE").
HTML_DATETIME = re.compile(r"\d{4}-W\d{2}|\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?")
# A media URL ending in one of these is shown as a picture; any other is a link (video pages, documents ...).
IMAGE_PATH = re.compile(r"\.(?:avif|gif|jpe?g|png|svg|webp)$", re.IGNORECASE)
_MONTH_NAMES = ("January February March April May June July August September October November December").split()
_SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Fall", "WI": "Winter"}
_PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}


def _ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _day(year: str | int, month: str | int, day: str | int) -> str:
    return f"{_MONTH_NAMES[int(month) - 1]} {int(day)}, {int(year):04d}"


def display_date(value: str, granularity: str | None = None) -> str:
    """Render a TIMEX3 value for a reader; unknown forms are returned as they are."""
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?", value):
        year, month, day, hour, minute = match.groups()
        text = _day(year, month, day)
        return f"{text}, {hour}:{minute}" if hour else text
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI|DT)", value):  # "Tuesday morning"
        return f"{_day(*match.groups()[:3])}, {_PARTS_OF_DAY[match.group(4)]}"
    if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return f"{_MONTH_NAMES[int(match.group(2)) - 1]} {match.group(1)}"
    if match := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return f"Q{match.group(2)} {match.group(1)}"
    if match := re.fullmatch(r"(\d{4})-H([12])", value):
        return f"{'First' if match.group(2) == '1' else 'Second'} half of {match.group(1)}"
    if match := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        return f"{_SEASONS[match.group(2)]} {match.group(1)}"
    if match := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        # Readers know weeks by their dates, not their ISO numbers: "Week of October 13, 2025".
        year, week, weekend = int(match.group(1)), int(match.group(2)), match.group(3)
        try:
            first = date.fromisocalendar(year, week, 6 if weekend else 1)
        except ValueError:
            return value
        return f"{'Weekend' if weekend else 'Week'} of {_day(first.year, first.month, first.day)}"
    if match := re.fullmatch(r"BC(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(SP|SU|FA|WI))?", value):  # before the common era
        year, month, day, season = match.groups()
        before = f"{_MONTH_NAMES[int(month) - 1]} {int(day)}, " if day else f"{_MONTH_NAMES[int(month) - 1]} " if month else \
            f"{_SEASONS[season]} " if season else ""
        return f"{before}{int(year)} BC"
    if match := re.fullmatch(r"BC(\d{3})", value):  # "the 480s BC"
        return f"{int(match.group(1))}0s BC"
    if match := re.fullmatch(r"BC(\d{2})", value):  # BC03: 400-301 BC
        return f"{_ordinal(int(match.group(1)) + 1)} century BC"
    if re.fullmatch(r"\d{3}", value):
        return f"{value}0s"
    if re.fullmatch(r"\d{2}", value):
        return f"{_ordinal(int(value) + 1)} century"
    return value


def event_link(page_url: str, event_id: int | str) -> str:
    """The event's deep link on a timeline page; the fragment is the element id the page and the viewer
    give every event (``_events.html``, ``static/viewer/model.js`` ``anchor``)."""
    return f"{page_url}#event-{event_id}"


def when(date_: dict[str, Any] | None) -> str:
    """An event's date (``{"value", "granularity", ...}``) for a reader; "" when it has none."""
    if not date_ or not date_.get("value"):
        return ""
    return display_date(date_["value"], date_.get("granularity"))


def machine_date(date_: dict[str, Any] | None) -> str | None:
    """The value as an HTML/ISO date string at its precision, or the interval start when it has none."""
    if not date_:
        return None
    start = HTML_DATETIME.match(date_.get("value") or "")  # "2023-10-07" of "2023-10-07TMO", "2023" of "2023-Q3"
    return start.group() if start else (date_.get("earliest") or "")[:10] or None


def web_url(url: str | None) -> str | None:
    """The URL when it is an http(s) one: a stored ``javascript:`` link must never become a link."""
    return url if url and re.match(r"https?://", url, re.IGNORECASE) else None


def media_is_image(url: str | None) -> bool:
    """Whether a (web) media URL names a picture, shown as one; any other is a link."""
    return bool(url and IMAGE_PATH.search(urlsplit(url).path))
