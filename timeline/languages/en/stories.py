"""English data for story timelines: words that say nothing about which happening a headline tells.

Data only; the engine is ``timeline.stories``. Entries are lower-case words as they appear in text (the
engine stems them as ``timeline.events.repeats`` does).
"""
from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Reporting, hedging and function words: two articles telling one happening differ mostly in how they
# attribute it ("officials said", "according to", "it was reported") and how they fit it into a sentence
# ("when the bridge collapsed", "why the bridge collapsed"), so these carry no evidence of sameness.
NEUTRAL_WORDS = _words(
    "when why how where what whether who whom whose while because since if so such both each other another "
    "all any some many much few "
    "say says said saying tell tells told telling report reports reported reporting according announce announces "
    "announced confirm confirms confirmed state states stated claim claims claimed add adds added note notes noted "
    "accord official officials spokesman spokeswoman spokesperson statement also not no now then there here "
    "can could may might should must do does did done get got make made more most very just still yet")
