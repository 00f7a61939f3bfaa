"""What a time phrase does in its sentence: date an event, or something else that is no event's date.

- ``baseline``: the start of a comparison or a count, "the highest since 2019", "only four storms have
  made landfall since 1966": nothing happened then that the sentence tells.
  The scope of a record is one too: "its first influenza pandemic in the 21st century".
- ``comparison``: a time compared with another, "a month later than expected".
- ``label``: a date that names something, "the 2005 Pacific hurricane season", "the Contempt of Court
  Act 1981", "the 2012 budget": the noun it modifies is a period or a law, not an event; or the date of
  a source cited, "according to a 2011 study".
- ``duration``: how long a state lasted up to now, "has been a farmer for the last 11 years".
- ``restatement``: the same time told again, in brackets ("1 a.m. Central time (03:00 UTC)") or in
  apposition ("on Nov. 3, the day before police issued a warrant").
- ``event``: everything else; the attachment model picks the word it dates.
"""
from __future__ import annotations

from timeline.events.parsed import ParsedSentence, TimePhrase

EVENT, BASELINE, COMPARISON, LABEL, RESTATEMENT, DURATION = "event", "baseline", "comparison", "label", "restatement", "duration"
# how a date modifies a noun it names ("Friday's report" is no name: the report came out on Friday)
_MODIFIER_LABELS = frozenset("compound nmod amod nummod npadvmod appos".split())


def role(parsed: ParsedSentence, phrase: TimePhrase) -> str:
    """The role of ``phrase`` in ``parsed``."""
    words = parsed.language.events
    doc = parsed.tokens
    if phrase.preposition is not None and phrase.preposition.lower_ in words.SINCE and _counted(parsed, phrase):
        return BASELINE
    if _scope_of_record(parsed, phrase):
        return BASELINE
    following = doc[phrase.tokens.end] if phrase.tokens.end < len(doc) else None
    if following is not None and following.lower_ == "than" and phrase.tokens[-1].lower_ in words.COMPARATIVES:
        return COMPARISON
    if _names_something(parsed, phrase) or _cited(parsed, phrase):
        return LABEL
    if _bracketed_after_another(parsed, phrase) or _apposition_of_another(parsed, phrase):
        return RESTATEMENT
    if phrase.preposition is not None and phrase.preposition.lower_ in words.LASTING_STATE_PREPOSITIONS \
            and phrase.governor is not None and phrase.timex.mod == "APPROX" \
            and parsed.tokens[parsed.clause_of[phrase.governor.i]].lemma_ == "be":
        return DURATION  # "has been a farmer for the last 11 years": how long, not since when
    return EVENT


def _apposition_of_another(parsed: ParsedSentence, phrase: TimePhrase) -> bool:
    """A time in apposition to another that names the same time: "on Nov. 3, the day before police issued a
    warrant"."""
    governor = phrase.governor
    if phrase.head.dep_ != "appos" or governor is None:
        return False
    other = next((p for p in parsed.phrases if governor.i in p.indices), None)
    return other is not None and (other.timex.earliest, other.timex.latest) == (phrase.timex.earliest, phrase.timex.latest)


def _cited(parsed: ParsedSentence, phrase: TimePhrase) -> bool:
    """A date of the source a sentence cites: "according to a 2011 study"."""
    words = parsed.language.events
    return any(token.lower_ in words.ATTRIBUTION_PREPOSITIONS for token in phrase.head.ancestors)


def _bracketed_after_another(parsed: ParsedSentence, phrase: TimePhrase) -> bool:
    """A time in brackets right after another one, or after a note that follows it ("last Saturday [1]
    (7 September, 2013)")."""
    doc = parsed.tokens
    start, end = phrase.tokens.start, phrase.tokens.end
    if start == 0 or doc[start - 1].text != "(" or end >= len(doc) or doc[end].text != ")":
        return False
    before = start - 2
    while before >= 0 and (doc[before].text in ("[", "]") or doc[before].like_num and before > 0 and doc[before - 1].text == "["):
        before -= 1  # a note marker such as "[1]"
    return before >= 0 and before in parsed.time_words


def _scope_of_record(parsed: ParsedSentence, phrase: TimePhrase) -> bool:
    """A century or decade a first, a last or a superlative ranks within: "the world's first influenza
    pandemic in the 21st century", "the worst drought of the 1990s". The noun phrase right before the
    preposition is read word by word (a parse may hang the preposition on the verb instead)."""
    words = parsed.language.events
    preposition = phrase.preposition
    if preposition is None or preposition.lower_ not in words.RECORD_SCOPE_PREPOSITIONS \
            or phrase.timex.granularity not in ("century", "decade"):
        return False
    doc = preposition.doc
    for token in reversed(doc[max(0, preposition.i - 6):preposition.i]):
        if token.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ", "SCONJ"):
            break
        if _ranks(parsed, token):
            return True
    # or the relative clause of a noun so ranked: "the biggest of all outbreaks the world has faced in the 21st
    # century", "the worst storm the region has seen in the 1990s"
    verb = preposition.head
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    ranked = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "the biggest of all outbreaks"
    ranked = ranked.head if ranked.lower_ == "of" else ranked
    return any(_ranks(parsed, token) for token in (ranked, *ranked.children, *noun.children))


def _ranks(parsed: ParsedSentence, token) -> bool:
    """A superlative, an ordinal or a word such as "first" or "last" that ranks something."""
    return token.tag_ in ("JJS", "RBS") or parsed.entity_type(token) == "ORDINAL" \
        or token.lower_ in parsed.language.events.RECORD_WORDS


def _counted(parsed: ParsedSentence, phrase: TimePhrase) -> bool:
    """Whether what "since" belongs to counts or ranks ("only four storms have made landfall since", "the
    first title since", "the highest since"): a baseline word or a number before it in the sentence."""
    words = parsed.language.events
    doc = parsed.tokens
    for token in doc[:phrase.preposition.i]:
        if token.lower_ in words.BASELINE_WORDS or token.tag_ in ("JJS", "RBS"):
            return True
        if token.like_num and token.dep_ == "nummod" and token.i not in parsed.time_words:
            return True
    return False


def _names_something(parsed: ParsedSentence, phrase: TimePhrase) -> bool:
    """A date that names: in front of or after a noun for a period or a law ("the 2005 hurricane season",
    "the Contempt of Court Act 1981"), or in front of a proper name that no temporal preposition governs
    ("a diary about the June 4th Incident"; but "during the 2012 London Olympics" dates what happened)."""
    words = parsed.language.events
    head, governor = phrase.head, phrase.governor
    if phrase.preposition is not None or governor is None or head.dep_ not in _MODIFIER_LABELS:
        return False
    noun = governor
    for _ in range(4):  # up through the noun phrase: "US 2012 presidential candidate Joe Schriner"
        if noun.lemma_.lower() in words.NAMING_NOUNS:
            return True
        if noun.dep_ not in ("compound", "nmod", "amod") or noun.head.i == noun.i:
            break
        noun = noun.head
    name = governor
    while name.dep_ == "compound" and name.head.i != name.i:
        name = name.head
    under = name.head if name.dep_ == "pobj" else None
    if under is not None and under.lower_ in words.TOPIC_PREPOSITIONS and head.i < governor.i:
        return True  # "a diary about the June 4th incident"
    return governor.pos_ == "PROPN" and head.i < governor.i and not (under is not None and under.lower_ in words.TEMPORAL_PREPOSITIONS)
