"""The temporal tagger: find time expressions in text and normalize them to TIMEX3.

``tag(text, dct, mode=...)`` returns ``Timex`` objects in document order (see ``timeline.model``);
``MODES`` are the ways it resolves underspecified dates (news, narrative, auto).
"""
from timeline.tagger.engine import tag
from timeline.tagger.normalize import MODES

__all__ = ["MODES", "tag"]
