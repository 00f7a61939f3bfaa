"""The temporal tagger: find time expressions in text and normalize them to TIMEX3.

``tag(text, dct)`` returns ``Timex`` objects in document order (see ``timeline.model``).
"""
from timeline.tagger.engine import tag

__all__ = ["tag"]
