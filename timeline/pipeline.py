"""The extraction pipeline: ingest → tag → events → order.

Each stage is a function over plain data (see ``timeline.model``); this module
only wires them together. Nothing here imports Flask or the store.
"""
from __future__ import annotations

from timeline import languages
from timeline.events.anchor import find_events
from timeline.events.order import order_events
from timeline.ingest import ingest
from timeline.model import Timeline
from timeline.tagger import tag

# The version of what ``extract`` returns. Stored with every article's result: bump it when a change to any
# stage changes results, and `timeline reextract` queues the articles whose stored result is older.
PIPELINE_VERSION = "2026.12.08.45"


def extract(text: str, dct: str | None = None, *, is_html: bool | None = None, mode: str = "auto",
            language: str = languages.DEFAULT) -> Timeline:
    """Extract the ordered timeline of one article (plain text or HTML) written in ``language``; ``mode``
    (news, narrative, auto) says whether its dates resolve against the publication date or the story's own
    time (see ``tag``)."""
    languages.load(language)  # an unsupported language is refused before any work
    document = ingest(text, dct, is_html=is_html, language=language)
    timexes = tag(document.plain, document.dct, mode=mode, sentences=document.sentences, language=language)
    events = find_events(document, timexes, language=language)
    ordered, undated = order_events(events)
    return Timeline(dct=document.dct, timexes=tuple(timexes), events=tuple(ordered), undated=tuple(undated),
                    dct_source=document.dct_source, warnings=document.warnings)
