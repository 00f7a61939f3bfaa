"""Read annotated corpora into plain data: TimeML 1.2 files (TimeBank, AQUAINT, TempEval-3, TIMEX3)
and ACE-style documents with inline TIMEX2 (WikiWars).

Offsets are indices into ``TimemlDocument.text``, the text of the ``<TEXT>``
element with every tag removed, which is what a tagger is run on.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GoldTimex:
    """A TIMEX3 annotation (or a TIMEX2 one, which has no type: ``type`` is None)."""

    tid: str
    text: str
    start: int
    end: int
    type: str | None
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
    # Spans the annotators marked as time expressions but gave no value ("the time Johnson left office"):
    # neither gold nor spurious for a tagger (TIMEX2 only; every TIMEX3 has a value).
    unscored: tuple[tuple[int, int], ...] = ()


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


def _text_of(root: ET.Element) -> tuple[str, list[tuple[ET.Element, int, int]]]:
    """The text of the document's ``<TEXT>`` with every tag removed, and its annotated elements with their offsets."""
    parts: list[str] = []
    found: list[tuple[ET.Element, int, int]] = []
    text_element = root.find("TEXT")
    if text_element is not None:
        _walk(text_element, parts, found)
    return "".join(parts), found


def read_timeml(path: str | Path) -> TimemlDocument:
    """Parse one ``.tml`` file."""
    root = ET.parse(path).getroot()
    dct_timex = root.find("DCT/TIMEX3")
    dct = dct_timex.get("value", "") if dct_timex is not None else ""
    text, found = _text_of(root)
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


# TIMEX2 writes lengths of decades, centuries and millennia in units TIMEX3 does not have.
_TIMEX2_UNITS = {"DE": 10, "CE": 100, "ML": 1000}


def _timex3_value(value: str) -> str:
    """A TIMEX2 value as TIMEX3 writes it: "P1DE" (a decade) is "P10Y"; other values are the same."""
    if value.startswith("P") and value[-2:] in _TIMEX2_UNITS and value[1:-2].isdigit():
        return f"P{int(value[1:-2]) * _TIMEX2_UNITS[value[-2:]]}Y"
    return value


def read_timex2(path: str | Path) -> TimemlDocument:
    """Parse one document with inline TIMEX2 (``<DOC>``, ``<DATETIME>``, ``<TEXT>``, as in ACE and WikiWars).

    Every TIMEX2 with a ``val`` inside the text is gold, nested ones too ("the 15 September attack date"
    holds "the 15 September"); those without one are ``unscored``. The DCT is the ``DATETIME`` value.
    """
    root = ET.parse(path).getroot()
    stamp = root.find("DATETIME/TIMEX2")
    dct = (stamp.get("val") or "")[:10] if stamp is not None else ""
    text, found = _text_of(root)
    timexes, unscored = [], []
    for number, (element, start, end) in enumerate(sorted(found, key=lambda item: item[1]), start=1):
        if element.tag != "TIMEX2":
            continue
        if element.get("val"):
            timexes.append(GoldTimex(f"t{number}", text[start:end], start, end, None,
                                     _timex3_value(element.get("val")), element.get("mod")))
        else:
            unscored.append((start, end))
    return TimemlDocument(Path(path).name.split(".")[0], dct, text, tuple(timexes), (), (), tuple(unscored))


def read_corpus(folder: str | Path) -> list[TimemlDocument]:
    """Read every annotated document below ``folder``, sorted by path for reproducibility: ``.tml`` files
    as TimeML, ``.xml`` and ``.sgm`` files whose root is a ``<DOC>`` as inline TIMEX2."""
    documents = []
    for path in sorted(Path(folder).rglob("*")):
        if path.suffix == ".tml":
            documents.append(read_timeml(path))
        elif path.suffix in (".xml", ".sgm") and _root_tag(path) == "DOC":
            documents.append(read_timex2(path))
    return documents


def _root_tag(path: Path) -> str | None:
    """The name of the document element of an XML file, read without parsing the rest (None if not XML)."""
    try:
        for _, element in ET.iterparse(path, events=("start",)):
            return element.tag
    except ET.ParseError:
        return None
    return None
