"""An event's trigger: the words of the predicate a date belongs to, read off the parse.

A predicate can span several words, and TimeML marks either of them as the event: a verb and its particle
("shot down"), a light verb and the head noun of its object ("posted a net loss", "had an alleged attempt"),
a verb and the infinitive it governs ("planned to leave"), an adjective or noun and its infinitive
("unable to attend", "a bid to buy"), a copula and its complement ("was weak"). The trigger is the
whole predicate, whichever of its words was chosen; it never crosses a time phrase.
"""
from __future__ import annotations

from timeline.events.parsed import ParsedSentence

_NOMINAL = frozenset("NOUN PROPN".split())


def event_predicate(parsed: ParsedSentence, index: int, phrase=None) -> int:
    """The word that carries the event the chosen word ``index`` stands in: a speech's verb for the
    participle clause setting it ("Speaking in Oslo on Monday, the minister said ..."), the noun an
    adjective-like participle modifies ("an alleged plot"), the verb whose object was chosen when the date
    hangs from that verb ("collected 12,000 signatures last month"), the conjunct the date hangs from
    rather than the first one, the participle after the noun that the date hangs from ("a plan drafted in
    May"), else the word."""
    token = parsed.tokens[index]
    governor = phrase.governor if phrase is not None else None
    if governor is not None and governor.dep_ == "conj" and governor.head.i == index and governor.pos_ == token.pos_:
        return governor.i  # "a heart attack in 2015 and a stroke in 2017": 2017 is the stroke's
    if governor is not None and governor.dep_ == "acl" and governor.head.i == index and governor.pos_ in ("VERB", "AUX"):
        return governor.i  # "attacked a plan drafted by the mayor in May": May is the drafting's
    if phrase is not None and token.dep_ == "dobj" and phrase.governor is not None and token.head.i == phrase.governor.i \
            and token.head.pos_ == "VERB" and token.head.lemma_ not in parsed.language.events.LIGHT_VERBS:
        return token.head.i
    words = parsed.language.events
    if token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.lemma_ in words.REPORTING_VERBS \
            and not any(child.dep_ in ("nsubj", "mark") for child in token.children):
        return token.head.i
    if token.dep_ in ("amod", "compound") and token.pos_ == "VERB" and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head.i  # "an alleged kidnapping plot": the plot
    if _stands_for_the_main_verb(token, words):
        return token.head.i  # "did not picket the play in early April, as it had threatened": the picketing
    return index


def _stands_for_the_main_verb(token, words) -> bool:
    """A verb of an "as" clause with nothing after it and an auxiliary before it, or a participle alone ("as it had
    threatened", "as planned"): it leaves out what it compares with, the main clause's own predicate, which is the
    event. ("as night settles", "as if the year simply never happened" are whole clauses.)"""
    children = list(token.children)
    markers = {c.lower_ for c in children if c.dep_ == "mark"}
    return token.dep_ == "advcl" and token.pos_ in ("VERB", "AUX") and token.i > token.head.i \
        and markers and markers <= words.AS_MARKERS \
        and token.right_edge.i == token.i \
        and (any(c.dep_ in ("aux", "auxpass") for c in children) or token.tag_ == "VBN" and token.left_edge.i == token.i - 1)


def trigger_span(parsed: ParsedSentence, index: int) -> tuple[int, int]:
    """First and last token index of the predicate that tokens[index] belongs to."""
    doc, words = parsed.tokens, parsed.language.events
    token = doc[index]
    first = last = index
    # a particle on its own is its verb's: "seeped out", "shot down"
    if token.dep_ == "prt" and token.head.pos_ in ("VERB", "AUX"):
        token = token.head
        first, last = min(first, token.i), max(last, token.i)
    # the verb a chosen object noun, complement or infinitive belongs to
    governor = token.head if token.head.i != token.i else None
    if governor is not None and governor.i not in parsed.time_words:
        if token.dep_ == "dobj" and token.pos_ in _NOMINAL and governor.lemma_ in words.LIGHT_VERBS:
            first = min(first, governor.i)  # "had an attempt": the light verb and its noun
        elif token.dep_ in ("acomp", "attr") and governor.lemma_ == "be":
            first = min(first, governor.i)  # "was weak", "was part"
        elif token.dep_ == "xcomp" and token.tag_ == "VB" and _infinitive(token) and governor.lemma_ not in words.MOTION_VERBS:
            first = min(first, governor.i)  # "planned to leave", "unable to attend", "a bid to buy"
        elif token.dep_ == "acl" and token.tag_ == "VBN" and token.lemma_ in words.LIGHT_VERBS and governor.i == token.i - 1:
            first = min(first, governor.i)  # "remarks made last week": the noun and its light participle
    anchor = doc[first] if first != index else token
    for child in anchor.children if anchor.i == token.i else (*token.children, *anchor.children):
        if child.i in parsed.time_words:
            continue
        if child.dep_ == "prt" or child.dep_ == "advmod" and child.lower_ in words.PARTICLES and child.i == anchor.i + 1:
            last = max(last, child.i)  # "shot down", "came back"
        elif child.dep_ == "dobj" and child.pos_ in _NOMINAL and anchor.lemma_ in words.LIGHT_VERBS and child.i > anchor.i:
            last = max(last, child.i)  # "posted a net loss"
        elif child.dep_ in ("acomp", "attr") and anchor.lemma_ == "be" and child.i > anchor.i:
            last = max(last, child.i)
        elif child.dep_ in ("xcomp", "acl") and child.tag_ == "VB" and _infinitive(child) \
                and anchor.lemma_ not in words.MOTION_VERBS and child.i > anchor.i:
            last = max(last, child.i)  # "agreed to acquire"
        elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_ in words.LIGHT_VERBS and child.i == anchor.i + 1:
            last = max(last, child.i)  # "remarks made"
    if any(i in parsed.time_words for i in range(first, last + 1)):
        # "remarks made last week": the words around a time phrase are not one trigger
        return min(index, token.i), max(index, token.i)
    return first, last


def _infinitive(token) -> bool:
    """A bare verb with its "to": "to leave"."""
    return any(child.tag_ == "TO" and child.i < token.i for child in token.children)
