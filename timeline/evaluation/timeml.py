"""Read TimeML 1.2 files (TimeBank, AQUAINT, TempEval-3) into plain data.

Offsets are indices into ``TimemlDocument.text``, the text of the ``<TEXT>``
element with every tag removed, which is what a tagger is run on.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GoldTimex:
    """A TIMEX3 annotation."""

    tid: str
    text: str
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class GoldEvent:
    """An EVENT annotation with the attributes of its (first) instance."""

    eid: str
    text: str
    start: int
    end: int
    event_class: str
    tense: str | None = None
    aspect: str | None = None
    pos: str | None = None


@dataclass(frozen=True)
class GoldTlink:
    """A temporal link; ids are event ids (``e12``) or timex ids (``t3``)."""

    lid: str
    source: str
    target: str
    rel_type: str


@dataclass(frozen=True)
class TimemlDocument:
    """One annotated article."""

    name: str
    dct: str
    text: str
    timexes: tuple[GoldTimex, ...]
    events: tuple[GoldEvent, ...]
    tlinks: tuple[GoldTlink, ...]


def _walk(element: ET.Element, parts: list[str], found: list[tuple[ET.Element, int, int]]) -> None:
    """Append the element's text to ``parts`` and record annotated children's offsets."""
    if element.text:
        parts.append(element.text)
    for child in element:
        start = sum(map(len, parts))
        _walk(child, parts, found)
        found.append((child, start, sum(map(len, parts))))
        if child.tail:
            parts.append(child.tail)


def read_timeml(path: str | Path) -> TimemlDocument:
    """Parse one ``.tml`` file."""
    root = ET.parse(path).getroot()
    dct_timex = root.find("DCT/TIMEX3")
    dct = dct_timex.get("value", "") if dct_timex is not None else ""
    text_element = root.find("TEXT")
    parts: list[str] = []
    found: list[tuple[ET.Element, int, int]] = []
    if text_element is not None:
        _walk(text_element, parts, found)
    text = "".join(parts)
    instances = {}
    for instance in root.iter("MAKEINSTANCE"):
        instances.setdefault(instance.get("eventID"), instance)
    timexes, events = [], []
    for element, start, end in sorted(found, key=lambda item: item[1]):
        if element.tag == "TIMEX3":
            timexes.append(GoldTimex(element.get("tid", ""), text[start:end], start, end,
                                     element.get("type", ""), element.get("value", ""), element.get("mod")))
        elif element.tag == "EVENT":
            eid = element.get("eid", "")
            instance = instances.get(eid)
            events.append(GoldEvent(
                eid, text[start:end], start, end, element.get("class", ""),
                instance.get("tense") if instance is not None else None,
                instance.get("aspect") if instance is not None else None,
                instance.get("pos") if instance is not None else None,
            ))
    eid_of_instance = {i.get("eiid"): i.get("eventID") for i in root.iter("MAKEINSTANCE")}
    tlinks = []
    for link in root.iter("TLINK"):
        source = link.get("eventInstanceID") or link.get("timeID") or ""
        target = link.get("relatedToEventInstance") or link.get("relatedToTime") or ""
        tlinks.append(GoldTlink(link.get("lid", ""), eid_of_instance.get(source, source),
                                eid_of_instance.get(target, target), link.get("relType", "")))
    return TimemlDocument(Path(path).stem, dct, text, tuple(timexes), tuple(events), tuple(tlinks))


def read_corpus(folder: str | Path) -> list[TimemlDocument]:
    """Read every ``.tml`` file below ``folder``, sorted by path for reproducibility."""
    return [read_timeml(path) for path in sorted(Path(folder).rglob("*.tml"))]
