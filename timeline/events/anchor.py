"""Find events: tie each date of an article to what happened, and date the lede by the DCT.

For each sentence with a time phrase that can date something, the sentence is parsed once
(``parsed.ParsedSentence``); each time phrase that dates an event (``time_roles``) is tied to the word it
dates by the attachment model (``attach``); the event's trigger is that word's predicate (``triggers``)
and its headline the clause around it (``headline``), with pronouns resolved (``referents``).
Ranges ("from 2019 to 2021", "between March and May", "since January", and "the year-long
investigation" or "over the past three years", which run up to the DCT) become one event with an
``end_date``. The lede, when it has no time phrase of its own, is dated by the DCT: the date is a Timex
whose span is the dateline the DCT was read from or, with no dateline, a zero-width span at the start of
the lede. Events whose expression cannot be placed (``PAST_REF``, ``XXXX-01``) are returned too, with
``earliest`` None, and ``order_events`` keeps them apart as undated; vague words ("now"), durations and
sets never date an event. Questions and titles state no event; neither does page furniture.

Only the sentences that need a parse are parsed (those with a time phrase, and the lede); a pronoun's
look-back parses a few more on demand. Every step walks the sentences and time phrases once, in order.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import replace
from datetime import date, timedelta
from types import ModuleType

from dateutil.relativedelta import relativedelta

from timeline import languages
from timeline.events.attach import Attacher, load_attacher
from timeline.events.headline import Headline, baseline_headline, build_headline, time_participle_headline
from timeline.events.parsed import ParsedSentence, TimePhrase, build
from timeline.events.phrases import is_pronoun, is_word, present_tense
from timeline.events.parser import parse
from timeline.events.periods import reporting_periods
from timeline.events.referents import Referents
from timeline.events.rendering import continued_by_hyphen
from timeline.events.repeats import fold_repeats
from timeline.events.time_roles import BASELINE, EVENT, LABEL, RESTATEMENT, role
from timeline.events.triggers import event_predicate, trigger_span
from timeline.model import Document, Event, Sentence, Span, Timex

_LEDE_CANDIDATES = 4  # sentences looked at for the lede
_LEDE_MIN_WORDS = 5
_DURATION = re.compile(r"P(\d+)([YMWD])")
_CLOCK_GRANULARITIES = frozenset({"hour", "minute", "second"})  # a time on the clock, not a part of the day


def find_events(document: Document, timexes: list[Timex], *, attacher: Attacher | None = None,
                language: str = languages.DEFAULT) -> list[Event]:
    """Events of one article in document order: dated by its time phrases or by the DCT."""
    data = languages.load(language)
    words = data.events
    attacher = attacher or load_attacher()
    text = document.plain
    sentences = document.sentences
    phrases_of = _by_sentence(sentences, sorted(timexes, key=lambda t: t.start))
    scheduled = _times_of_a_schedule(phrases_of)
    datable = [t for t in timexes if t.type in ("DATE", "TIME") and t.value not in words.VAGUE_VALUES
               and not _inside(t, document.dct_span) and not _in_furniture(document, t) and t not in scheduled]
    ranges = _Ranges()
    for duration in (t for t in timexes if t.type == "DURATION" and not _in_furniture(document, t)):
        lasting = _lasting_until_dct(text, duration, document.dct, words)
        if lasting is not None:
            datable.append(lasting)
            if lasting.placeable:
                ranges.end_of[lasting] = _day_timex(document.dct, Span("", duration.end, duration.end), "dct")
    datable.sort(key=lambda t: (t.start, t.end))
    _pair_ranges(text, datable, document.dct, words, ranges)
    datable_of = _by_sentence(sentences, datable)
    parses = _Parses(document, phrases_of, datable_of, data, language)
    # the lede tells an event only when the publication date dates it, in the present perfect ("has responded"):
    # without a date, or without the perfect's auxiliary in any opening sentence, none is looked for (nor parsed)
    openings = _lede_candidates(document, words) if document.dct is not None else []
    if not any(words.PERFECT_AUXILIARY.search(sentences[position].text) for position in openings):
        openings = []
    # one batch (parsing sentence by sentence costs more); a later opening is parsed only when needed
    parses.prepare(sorted(set(datable_of) | set(openings[:1])))
    lede = next((position for position in openings if _finite(parses.get(position))), None)
    wanted = sorted(set(datable_of) | ({lede} if lede is not None else set()))
    referents = Referents(text, len(sentences), parses.get, data)
    events: list[Event] = []
    for position in wanted:
        sentence = sentences[position]
        if not _states_events(document, position):
            continue
        parsed = parses.get(position)
        if _asks(parsed) or _editorial(parsed, position, referents) or _caption(parsed):
            continue
        found = _dated_events(parsed, position, datable_of.get(position, []), ranges, attacher, referents)
        if not found and position == lede and document.dct is not None and _just_happened(parsed):
            event = _event(parsed, position, parsed.main_predicate, _dct_timex(document, sentence), None,
                           frozenset(), frozenset(), referents, attacher)
            found.extend([event] if event is not None else [])
        events.extend(found)
    events.sort(key=lambda event: (event.sentence.start, event.trigger.start))
    return fold_repeats(events)


class _Parses:
    """Each sentence's ``ParsedSentence``, made once: in one batch for the sentences known to need it,
    on demand for the few a pronoun's look-back reaches."""

    def __init__(self, document: Document, phrases_of: dict[int, list[Timex]], datable_of: dict[int, list[Timex]],
                 data: ModuleType, language: str) -> None:
        self.document = document
        self.phrases_of = phrases_of
        self.datable_of = datable_of
        self.data = data
        self.language = language
        self.cache: dict[int, ParsedSentence] = {}

    def prepare(self, positions: list[int]) -> None:
        missing = [p for p in positions if p not in self.cache]
        docs = parse([self.document.sentences[p].text for p in missing], self.language)
        for position, doc in zip(missing, docs):
            self.cache[position] = self._build(position, doc)

    def get(self, position: int) -> ParsedSentence:
        if position not in self.cache:
            self.prepare([position])
        return self.cache[position]

    def _build(self, position: int, doc) -> ParsedSentence:
        # the datable phrases made from durations ("the past three years") replace the duration itself
        datable = self.datable_of.get(position, [])
        spans = {(t.start, t.end) for t in datable}
        phrases = datable + [t for t in self.phrases_of.get(position, []) if (t.start, t.end) not in spans]
        return build(self.document.sentences[position], doc, phrases, self.data)


def _times_of_a_schedule(phrases_of: dict[int, list[Timex]]) -> set[Timex]:
    """The clock times of a sentence that tells something recurring ("It airs at 10:40 and 23:40 every Saturday",
    "is broadcast daily at 09:10"): they are the schedule's hours, on no one day. (A part of the day is not:
    "convoys cross twice a day, so the drivers waited there overnight".) ``phrases_of`` is each sentence's time
    phrases."""
    return {t for found in phrases_of.values() if any(other.type == "SET" for other in found)
            for t in found if t.type == "TIME" and t.granularity in _CLOCK_GRANULARITIES}


def _by_sentence(sentences: tuple[Sentence, ...], timexes: list[Timex]) -> dict[int, list[Timex]]:
    """Sentence position -> the time phrases starting inside it (one pass over both, in order)."""
    starts = [sentence.start for sentence in sentences]
    found: dict[int, list[Timex]] = {}
    for timex in timexes:
        position = bisect.bisect_right(starts, timex.start) - 1
        if position >= 0 and timex.start < sentences[position].end:
            found.setdefault(position, []).append(timex)
    return found


def _dated_events(parsed: ParsedSentence, position: int, datable: list[Timex], ranges: "_Ranges", attacher: Attacher,
                  referents: Referents) -> list[Event]:
    """One event for each time phrase of the sentence that dates one (a range counts once)."""
    wanted = {(t.start, t.end) for t in datable}
    own = [phrase for phrase in parsed.phrases if (phrase.timex.start, phrase.timex.end) in wanted]
    # "for the quarter ended Sept. 30": the period and the day that ends it are one time phrase
    periods = reporting_periods(parsed, own)
    taken = {timex for period in periods for timex in period.replaces}
    own = sorted([phrase for phrase in own if phrase.timex not in taken] + [period.phrase for period in periods],
                 key=lambda phrase: phrase.tokens.start)
    period_end = {period.phrase.timex: period.end_date for period in periods}
    # a time an event places ("the day after his death") stays in the headline: it alone tells when; so do
    # the times that date nothing ("a diary about the June 4th Incident")
    roles = {phrase.timex: EVENT if phrase.timex in period_end else role(parsed, phrase) for phrase in own}
    for phrase in own:
        if roles[phrase.timex] == EVENT and (_names_a_thing(parsed, phrase, attacher) or _which_one(parsed, phrase, own, roles, attacher)
                                             or _object_of_its_verb(parsed, phrase) and _verb_dated_otherwise(phrase, own)):
            roles[phrase.timex] = LABEL
    leaving = [phrase for phrase in own if not _placed_by_event(parsed, phrase) and roles[phrase.timex] in (EVENT, RESTATEMENT)]
    listed, joining = _listed(parsed, own, ranges)
    found = []
    chosen: dict[Timex, int] = {}  # each date's trigger, for the dates listed after it
    for phrase in own:
        timex = phrase.timex
        if roles[timex] in (RESTATEMENT, BASELINE):
            # a time told again, or compared with, may still head the clause of an event of its own ("1987, the same
            # year he joined"; "the first time since 1979, when a minority government collapsed")
            for verb in _told_by_the_time(phrase):
                event = _event(parsed, position, verb, timex, None, frozenset(_phrase_words(parsed, phrase)), frozenset(),
                               referents, attacher, own=frozenset(phrase.indices))
                found.extend([event] if event is not None else [])
        if timex in ranges.ends or roles[timex] != EVENT:
            continue
        timex = _with_restatement(parsed, phrase, own, roles)
        # the other events' dates leave this headline too, but for one naming a thing it tells of
        # ("strengthened the 1959 trade embargo in 1992")
        dropped = frozenset(i for other in leaving if other is phrase or not _premodifier(other)
                            for i in _phrase_words(parsed, other)) | joining
        # a comparison's baseline ("up from a profit of $3 million a year earlier") and a start told by a
        # participle ("clinics starting next Monday") are events of their own shape
        special = baseline_headline(parsed, phrase, dropped, lambda token: referents.resolve(parsed, position, token)) \
            or time_participle_headline(parsed, phrase, dropped)
        if special is not None:
            found.append(_made_event(parsed, special[0], special[1], timex, period_end.get(timex) or ranges.end_of.get(timex)))
            continue
        first = _first_of_list(parsed, phrase)
        if first is not None and first.timex in chosen:
            trigger = chosen[first.timex]  # "ran for president in 2000, 2004 and 2008": each date dates the running
        else:
            trigger = attacher.choose(parsed, phrase)
            if trigger is None:
                continue
            trigger = event_predicate(parsed, trigger, phrase)
        chosen[timex] = trigger
        # a date in a list, or the date something was moved to ("pushed the work into 2025"), stays in the headline
        kept = frozenset(_phrase_words(parsed, phrase)) \
            if phrase.timex in listed or _destination(parsed, phrase) or _object_of_its_verb(parsed, phrase) else frozenset()
        sharing = _sharing_the_date(parsed, trigger) + _first_conjunct_dated(parsed, trigger, phrase) if not kept else []
        told = [verb for verb in _told_by_the_time(phrase) if verb != trigger]
        for predicate in (trigger, *sharing, *told):
            # a clause the date heads ("until Friday, when the alarm was raised") tells its event without the date
            event = _event(parsed, position, predicate, timex, period_end.get(timex) or ranges.end_of.get(timex), dropped,
                           frozenset() if predicate in told else kept, referents, attacher, own=frozenset(phrase.indices),
                           several_dates=len(own) > 1)
            if event is not None:
                found.append(event)
    return found


def _with_restatement(parsed: ParsedSentence, phrase: TimePhrase, own: list[TimePhrase], roles: dict) -> Timex:
    """The phrase's time, its span taking in an apposition that restates it ("Nov. 3, the day before ...")."""
    for other in own:
        if roles.get(other.timex) == RESTATEMENT and other.head.dep_ == "appos" and other.governor is not None \
                and other.governor.i in phrase.indices:
            start, end = phrase.timex.start, other.timex.end
            sentence = parsed.sentence
            return replace(phrase.timex, text=sentence.text[start - sentence.start:end - sentence.start], end=end)
    return phrase.timex


def _told_by_the_time(phrase: TimePhrase) -> list[int]:
    """The verbs of the relative clauses that the time phrase heads: "in 1987, the same year he joined the
    party", "born the year the war ended", "in 1979, when the Soviet Union invaded Afghanistan" tell those
    events at that time too; but not "the day before police issued a warrant", whose relation word puts the
    clause on another day."""
    return [child.i for child in phrase.head.children if child.dep_ == "relcl" and child.pos_ in ("VERB", "AUX")
            and child.i not in phrase.indices  # (a period's own "that ended March 31")
            and not any(grandchild.dep_ in ("mark", "advmod") and grandchild.tag_ != "WRB" and grandchild.i < child.i
                        for grandchild in child.children)]


def _first_of_list(parsed: ParsedSentence, phrase: TimePhrase) -> TimePhrase | None:
    """The first date of the list a date is coordinated in ("in 2000, 2004, and 2008"): the words a list
    shares (its preposition, its verb) are the first date's."""
    head = phrase.head
    while head.dep_ == "conj" and head.head.i != head.i and head.head.i in parsed.time_words:
        head = head.head
    if head.i == phrase.head.i:
        return None
    return next((other for other in parsed.phrases if head.i in other.indices), None)


def _sharing_the_date(parsed: ParsedSentence, trigger: int) -> list[int]:
    """Predicates conjoined with the trigger's that share its subject and have no time of their own:
    "two volunteers buried an Ebola victim on Sept. 23 and were then attacked" tells two events that day."""
    token = parsed.tokens[trigger]
    if token.pos_ not in ("VERB", "AUX"):
        return []
    # "retired in 1982 but continued to work": a contrast tells of another time
    if any(child.dep_ == "cc" and child.lower_ in parsed.language.events.CONTRASTIVE_CONJUNCTIONS for child in token.children):
        return []
    # a conjunct needs its conjunction ("and", "but", "or"): a verb a parse joins by a comma alone is more
    # likely the main clause after a long subject ("Esmaeilion, who lost his wife after the IRGC shot down
    # PS752 in 2020, killing all 176 people, spoke to Global News")
    joined = {t.head.i for t in parsed.tokens[token.i + 1:] if t.dep_ == "cc"}
    # a word written with hyphens is one conjunct, told by its last piece ("appointed on 18 July 2007 and
    # re-designated on 28 May 2008": the parse may join "re", "-" and "designated" each to "appointed")
    return [child.i for child in token.children
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and child.i > token.i and is_word(child)
            and not continued_by_hyphen(child) and not _now_after_then(token, child)
            and (token.i in joined or child.i in joined)
            and not _has_own_subject(child) and _dateless(parsed, child)]


def _now_after_then(past, conjunct) -> bool:
    """A present or present perfect joined to a past: it tells how things are now, not at the past's date ("was spun
    out of the university in 2011 and employs about 900 people", "... and has had many outbreaks since")."""
    return present_tense(conjunct) \
        and (past.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in past.children))


def _first_conjunct_dated(parsed: ParsedSentence, trigger: int, phrase: TimePhrase) -> list[int]:
    """The predicate before the trigger, joined to it by "and", when the parse hangs the date from it and the two
    share a subject: "From 1948 to 1951, Guy was the endings editor ... and involved in 200 endgame studies" tells
    both at that time, whichever of the two attachment picked."""
    token = parsed.tokens[trigger]
    first = token.head
    if token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX") or first.pos_ not in ("VERB", "AUX") \
            or phrase.governor is None or phrase.governor.i != first.i:
        return []  # a noun the parse joined to the verb ("had an attempt last year and kidnapping plot in 2021") is not one
    joined = any(child.dep_ == "cc" and child.lower_ not in parsed.language.events.CONTRASTIVE_CONJUNCTIONS
                 for child in first.children)
    # and the first predicate tells something besides the date ("The last pandemic was in 1968 and killed a million
    # people" tells one event, the killing)
    preposition = phrase.preposition.i if phrase.preposition is not None else None
    says_more = any(child.dep_ in ("dobj", "attr", "acomp", "oprd", "xcomp", "ccomp", "prep") and child.i != preposition
                    and child.i not in parsed.time_words for child in first.children)
    return [first.i] if joined and not _has_own_subject(token) and says_more else []


def _has_own_subject(predicate) -> bool:
    """Whether a conjoined predicate has a subject of its own (then it does not share the other's)."""
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in predicate.children)


def _dateless(parsed: ParsedSentence, token) -> bool:
    """Whether no date or time is inside the token's subtree (a length of time is none: "declared a 60-day state of
    emergency")."""
    dated = {i for phrase in parsed.phrases if phrase.timex.type in ("DATE", "TIME") for i in phrase.indices}
    return not any(t.i in dated for t in token.subtree)


def _phrase_words(parsed: ParsedSentence, phrase: TimePhrase) -> list[int]:
    """The words a time phrase takes out of a headline: its own; its preposition ("in", "on", "since")
    when the phrase is all the preposition governs (with a phrase joined to it that holds no date: "on Monday
    and at weekends"), or the first date's preposition for a date in a list
    ("in 2000, 2004 and 2008"); and the words that only place it ("early in May", "back in 2007",
    "as of 1 a.m.", "7:00 a.m. local time")."""
    words = parsed.language.events
    doc = parsed.tokens
    found = list(phrase.indices)
    preposition = phrase.preposition
    stretch = _stretch_of_time(phrase, words)
    if stretch is not None:
        # "in the early hours of Thursday", "on the night of Oct. 23": the stretch of time and its preposition
        # go with the date
        found.extend(range(stretch.left_edge.i, phrase.tokens.start))
        preposition = stretch.head if stretch.dep_ == "pobj" else None
        if preposition is not None and all(child.i in found for child in preposition.children):
            found.append(preposition.i)
        return found
    if preposition is None and phrase.head.dep_ == "conj":
        first = phrase.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        preposition = first.head if first.dep_ == "pobj" else None
        if preposition is not None:
            found.append(preposition.i)
    if preposition is None and phrase.governor is not None and phrase.governor.lower_ in words.TIME_PARTICIPLE_VERBS \
            and phrase.governor.i == phrase.tokens.start - 1:
        found.append(phrase.governor.i)  # "will add buses starting April 2": "starting" goes with its date
    elif preposition is not None and all(child.i in phrase.indices or child.lower_ in words.TIME_PHRASE_OPENERS
                                         or child.dep_ == "cc" or child.dep_ == "conj" and _dateless(parsed, child)
                                         # "From 1972 to 1979": the other end's preposition hung on this one
                                         or child.dep_ == "prep" and child.i > phrase.tokens.start
                                         and any(g.i in parsed.time_words for g in child.children)
                                         for child in preposition.children) \
            and not (preposition.lower_ in words.PARTICLE_PREPOSITIONS and preposition.i == phrase.tokens.start - 1
                     and phrase.tokens[0].pos_ != "DET" and preposition.head.pos_ in ("VERB", "AUX")):
        found.append(preposition.i)  # but "took over last year": a particle, not the phrase's preposition
    start, end = min(found), max(found)
    # an opener modifies the phrase or its preposition ("early in May", "back in 2007", or governs it: "focused on
    # Edinburgh early in the year"), not the verb ("came back the next week")
    while start > 0 and doc[start - 1].lower_ in words.TIME_PHRASE_OPENERS and (
            doc[start - 1].head.i in found
            or preposition is not None and (doc[start - 1].head.i == preposition.head.i or preposition.head.i == start - 1)):
        start -= 1
        found.append(start)
    following = " ".join(token.lower_ for token in doc[end + 1:end + 3])
    for zone in words.TIME_PHRASE_CLOSERS:
        if following == zone or following.startswith(zone + " "):
            found.extend(range(end + 1, end + 1 + len(zone.split())))
            break
    return found


def _stretch_of_time(phrase: TimePhrase, words: ModuleType):
    """The noun of a stretch of time that the date is "of": "hours" in "the early hours of Thursday"."""
    preposition = phrase.preposition
    noun = preposition.head if preposition is not None and preposition.lower_ in words.BELONGING_PREPOSITIONS else None
    return noun if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in words.TIME_SPAN_NOUNS \
        and noun.i < phrase.tokens.start else None


def _names_a_thing(parsed: ParsedSentence, phrase: TimePhrase, attacher: Attacher) -> bool:
    """A date that tells which thing is meant, not when something happened: "designed for the traffic of
    1954" (after "of", on a noun that names no event; "the election of 1860" is an event's, and "the early
    hours of Thursday" a time)."""
    words = parsed.language.events
    governor = phrase.governor
    return governor is not None and governor.pos_ in ("NOUN", "PROPN") and phrase.preposition is not None \
        and phrase.preposition.lower_ in words.BELONGING_PREPOSITIONS and governor.lemma_.lower() not in words.TIME_SPAN_NOUNS \
        and not attacher.names_event(governor, words)


def _which_one(parsed: ParsedSentence, phrase: TimePhrase, own: list[TimePhrase], roles: dict, attacher: Attacher) -> bool:
    """A date in front of a noun a preposition governs, in a clause another date places (or an event dated in
    front of its noun after a relation word): it tells which thing is meant ("announced his candidacy for the
    2012 race immediately following the 2008 election": the announcement is 2008's, the 2012 race only named),
    unless the noun phrase tells an event of its own (``_tells_its_own_event``)."""
    governor = phrase.governor
    if not _premodifier(phrase) or governor.dep_ != "pobj" or _tells_its_own_event(parsed, phrase, attacher):
        return False
    clause = parsed.clause_of[governor.i]
    return any(other is not phrase and roles.get(other.timex) == EVENT and _placed_clause(parsed, other) == clause
               for other in own)


def _tells_its_own_event(parsed: ParsedSentence, phrase: TimePhrase, attacher: Attacher) -> bool:
    """A date in front of an event noun that says more than its date, in a prepositional phrase that is not the
    setting of its clause's event: "in the aftermath of the Aug. 7 bombings at US embassies in Kenya" tells the
    bombings, on Aug. 7, whatever date places the clause ("was injured in the 1998 clinic bombing" tells the injury)."""
    words = parsed.language.events
    governor = phrase.governor
    return attacher.names_event(governor, words) and governor.head.lower_ not in words.WITHIN_PREPOSITIONS \
        and any(c.dep_ == "prep" for c in governor.children)


def _placed_clause(parsed: ParsedSentence, phrase: TimePhrase) -> int | None:
    """The clause a date places: its own; for a date in front of a noun, the clause around the relation word
    ("after", "following") that governs the noun ("immediately following the 2008 election" places its clause
    by that event), else none."""
    if not _premodifier(phrase):
        return parsed.clause_of[phrase.head.i]
    relation = phrase.governor.head
    if phrase.governor.dep_ in ("pobj", "dobj") and relation.lower_ in parsed.language.events.RELATION_PREPOSITIONS:
        return parsed.clause_of[relation.head.i]
    return None


def _placed_by_event(parsed: ParsedSentence, phrase: TimePhrase) -> bool:
    """A time the text places by an event, not on the calendar: "the day after his death", "in the weeks
    before the shooting" (the tagger gives it an unknown value, and a relation word follows it)."""
    doc = parsed.tokens
    end = phrase.tokens.end
    if phrase.timex.value.startswith("XXXX") and end < len(doc) and doc[end].lower_ in parsed.language.events.RELATION_PREPOSITIONS:
        return True
    # "the day before last Tuesday's hearing": a day counted from another event's, named by its possessive
    counted = any(t.lower_ in parsed.language.events.RELATION_PREPOSITIONS for t in phrase.tokens)
    return counted and end < len(doc) and doc[end].dep_ == "case" and doc[end].head.i in phrase.indices


def _premodifier(phrase: TimePhrase) -> bool:
    """A date in front of the noun it modifies: "the 1959 trade embargo", "Friday's meeting"."""
    governor = phrase.governor
    return phrase.preposition is None and governor is not None and governor.i > phrase.head.i \
        and phrase.head.dep_ in ("compound", "nmod", "nummod", "amod", "poss") and governor.pos_ in ("NOUN", "PROPN")


def _destination(parsed: ParsedSentence, phrase: TimePhrase) -> bool:
    """A date that something was moved or put off to: "a shortage pushed the work into 2025", "the vote was
    postponed to June 5". The headline says so: without its date it would tell another event ("the vote was
    postponed")."""
    preposition = phrase.preposition
    return preposition is not None and preposition.lower_ in parsed.language.events.DESTINATION_PREPOSITIONS \
        and preposition.head.pos_ in ("VERB", "AUX")


def _object_of_its_verb(parsed: ParsedSentence, phrase: TimePhrase) -> bool:
    """A date an active verb takes as its object, with an "as" phrase saying what it is chosen to be: "set Friday as
    the deadline", "picked Saturday night as the time to attack" (not "was identified Thursday as the bomber"). The
    headline keeps it ("set as the deadline" tells nothing)."""
    verb, doc, after = phrase.governor, parsed.tokens, phrase.tokens.end
    return phrase.preposition is None and verb is not None and verb.pos_ == "VERB" and verb.i < phrase.tokens.start \
        and phrase.head.dep_ in ("dobj", "npadvmod") \
        and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") and c.i not in phrase.indices for c in verb.children) \
        and after < len(doc) and doc[after].lower_ in parsed.language.events.AS_MARKERS and doc[after].dep_ == "prep" \
        and doc[after].head.i == verb.i


def _verb_dated_otherwise(phrase: TimePhrase, own: list[TimePhrase]) -> bool:
    """Whether another date of the sentence hangs from the same word (then that one dates it)."""
    return any(other is not phrase and other.governor is not None and other.governor.i == phrase.governor.i for other in own)


def _listed(parsed: ParsedSentence, own: list[TimePhrase], ranges: "_Ranges") -> tuple[set[Timex], frozenset[int]]:
    """The dates of a list, each of which keeps its own words in its headline (two happenings, not one from the
    first date to the second), and the words that join them, which no headline keeps ("and again"). A list is
    what the parse coordinates (``_coordinated``: "in 2000, 2004 and 2008"), or dates of one clause one after
    the other with the same preposition and "and" or "or" between them, whatever the parse made of them ("met
    on Monday and again on Friday", "played on Monday and on Friday"). The two ends of a range are no list."""
    doc = parsed.tokens
    listed: set[Timex] = {phrase.timex for phrase in own if _coordinated(phrase, own, ranges)}
    joining: set[int] = set()
    for first, second in zip(own, own[1:]):
        if ranges.end_of.get(first.timex) is second.timex or second.timex in ranges.ends:
            continue
        before_first, before_second = (doc[p.tokens.start - 1] if p.tokens.start > 0 else None for p in (first, second))
        if before_first is None or before_second is None or before_first.pos_ != "ADP" \
                or before_first.lower_ != before_second.lower_ \
                or parsed.clause_of[first.head.i] != parsed.clause_of[second.head.i]:
            continue  # a list repeats its preposition in one clause: "on Monday and again on Friday"
        between = doc[first.tokens.end:before_second.i]
        if len(between) and any(t.pos_ == "CCONJ" for t in between) \
                and all(t.is_punct or t.pos_ in ("CCONJ", "ADV") for t in between):
            listed |= {first.timex, second.timex}
            joining |= {t.i for t in between}
    return listed, frozenset(joining)


def _coordinated(phrase: TimePhrase, own: list[TimePhrase], ranges: "_Ranges") -> bool:
    """Whether the phrase is one of a list of dates of one predicate ("in 2000, 2004 and 2008"): each
    keeps its own date in its headline, so that the headlines tell the events apart. The two ends of a
    range ("between 2017 and 2020") are no list."""
    heads = {other.head.i for other in own if other is not phrase and other.timex not in ranges.ends
             and ranges.end_of.get(other.timex) is not phrase.timex}
    if phrase.timex in ranges.end_of or phrase.timex in ranges.ends:
        return False
    return phrase.head.dep_ == "conj" and phrase.head.head.i in heads or \
        any(child.dep_ == "conj" and child.i in heads for child in phrase.head.children)


def _event(parsed: ParsedSentence, position: int, trigger: int, timex: Timex, end_date: Timex | None,
           dropped: frozenset[int], kept: frozenset[int], referents: Referents, attacher: Attacher, *,
           own: frozenset[int] = frozenset(), several_dates: bool = False) -> Event | None:
    """The event of one trigger and date, or None when the sentence gives no headline that reads alone."""
    first, last = trigger_span(parsed, trigger)
    headline = build_headline(parsed, trigger, dropped, lambda token: referents.resolve(parsed, position, token),
                              kept=kept, own=own, several_dates=several_dates,
                              names_event=lambda token: attacher.names_event(token, parsed.language.events))
    if headline is None:
        return None
    return _made_event(parsed, (first, last), headline, timex, end_date)


def _made_event(parsed: ParsedSentence, trigger: int | tuple[int, int], headline: Headline, timex: Timex,
                end_date: Timex | None) -> Event:
    """The event with this trigger (a word, or a first and last word), headline and dates."""
    first, last = trigger if isinstance(trigger, tuple) else trigger_span(parsed, trigger)
    value = timex.value + (f"/{end_date.value}" if end_date is not None else "")
    # surrogatepass: any text must give an id, lone surrogates included.
    digest = hashlib.sha1(f"{value}|{headline.text.lower()}".encode("utf-8", "surrogatepass")).hexdigest()[:12]
    doc = parsed.tokens
    start, end = parsed.document_start(doc[first]), parsed.document_end(doc[last])
    sentence = parsed.sentence
    return Event(
        id=f"ev-{digest}",
        headline=headline.text,
        sentence=sentence,
        trigger=Span(sentence.text[start - sentence.start:end - sentence.start], start, end),
        date=timex,
        end_date=end_date,
        participants=headline.participants,
    )


# ---- which sentences tell events --------------------------------------------------------------------------
def _states_events(document: Document, position: int) -> bool:
    """Not the title, not page furniture."""
    sentence = document.sentences[position]
    return not _is_title(document, position) and not _in_furniture(document, sentence)


def _asks(parsed: ParsedSentence) -> bool:
    """A question, which states no fact; but not a question reported ("The Pentagon said on Monday it will
    re-examine the question: are the remains known?")."""
    if not parsed.sentence.text.rstrip("”’\"' )").endswith("?"):
        return False
    main = parsed.main_predicate
    return main is None or parsed.tokens[main].lemma_ not in parsed.language.events.REPORTING_VERBS or main in parsed.quoted


def _editorial(parsed: ParsedSentence, position: int, referents: Referents) -> bool:
    """A sentence in which the publication speaks of itself ("We briefly recap the stories appearing on
    Wikinews this week"): a first-person subject outside quotes that no speaker's label explains."""
    main = parsed.main_predicate
    subject = parsed.subject_of.get(main) if main is not None else None
    if subject is None or subject in parsed.quoted:
        return False
    token = parsed.tokens[subject]
    return is_pronoun(token, parsed.language.events.FIRST_PERSON) and referents.resolve(parsed, position, token) is None


def _caption(parsed: ParsedSentence) -> bool:
    """A photo caption pasted with the story: it tells what the picture shows in the present tense and
    ends on the full date it was taken, with no preposition ("Policemen stop a mother ... in the Mexican
    state of Sonora June 5, 2009."). A story tells a dated happening in the past, or says when ("on")."""
    main = parsed.main_predicate
    if main is None or parsed.tokens[main].tag_ not in ("VBZ", "VBP") or main in parsed.quoted \
            or parsed.tokens[main].lemma_ in parsed.language.events.REPORTING_VERBS:
        return False
    words = [t for t in parsed.tokens if not t.is_punct]
    last = next((phrase for phrase in parsed.phrases if words and phrase.tokens[-1].i == words[-1].i), None)
    # the date is the picture's, after the place it was taken or told of the main verb ("in Kyiv, Ukraine,
    # March 3, 2022"), not of a word in the clause ("debentures due March 1, 2011")
    return last is not None and last.preposition is None and last.timex.granularity == "day" \
        and re.search(r"\b\d{4}\b", last.timex.text) is not None and last.governor is not None \
        and (last.governor.i == main or last.head.dep_ == "appos" and last.governor.pos_ == "PROPN")


def _in_furniture(document: Document, span: Span) -> bool:
    return document.in_furniture(span.start, span.end)


def _is_title(document: Document, position: int) -> bool:
    """Whether a sentence is the article's title: a line of its own near the top with no closing
    punctuation ("Marguerite Olsen, marine biologist, dies at 91"). A title restates the lede in
    headline tense ("dies", "reopens"), so it dates nothing itself."""
    if position >= 3 or position + 2 >= len(document.sentences):
        return False  # only the first three sentences can be one, and two more must follow
    sentence = document.sentences[position]
    text = document.plain
    whole_line = (sentence.start == 0 or text[sentence.start - 1] == "\n") and text.startswith("\n", sentence.end)
    return whole_line and not re.search(r"[.!?:;,][\"'”’)]*$", sentence.text)  # not "... said on Monday, Oct. 26:"


def _lede_candidates(document: Document, words: ModuleType) -> list[int]:
    """The first few sentences that may be the lede, the first real sentence: after the dateline, not the
    title, furniture or a share button, finished by a full stop (not a caption or a tagline such as "Jimbo
    Wales being interviewed"); the first of them with a finite verb is it."""
    found = []
    for position, sentence in enumerate(document.sentences):
        if len(found) == _LEDE_CANDIDATES:
            break
        if document.dct_span is not None and sentence.end <= document.dct_span.end:
            continue
        if len(sentence.text.split()) < _LEDE_MIN_WORDS or words.BOILERPLATE.search(sentence.text.strip(" .")) \
                or not _states_events(document, position) or not re.search(r"[.!?][\"'”’)]*$", sentence.text):
            continue
        found.append(position)
    return found


def _just_happened(parsed: ParsedSentence) -> bool:
    """A lede in the present perfect ("The RCMP has responded to ...", "A riot has broken out"): the tense
    news uses for what has just happened, so the day of publication dates it. A lede in another tense tells
    of a time it does not say (a profile's "He took some time to discuss his campaign"), describes ("The
    storm has winds of 75 mph") or is not news yet."""
    main = parsed.main_predicate
    if main is None:
        return False
    verb = parsed.tokens[main]
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _finite(parsed: ParsedSentence) -> bool:
    """Whether the main clause has a finite verb (a tense or an auxiliary)."""
    main = parsed.main_predicate
    if main is None:
        return False
    token = parsed.tokens[main]
    return token.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
                                                             for c in token.children)


def _dct_timex(document: Document, lede: Sentence) -> Timex:
    """The DCT as a Timex: the dateline's span, or zero-width at the lede when there is none."""
    if document.dct_span is not None:
        at = document.dct_span
        span = Span(document.plain[at.start:at.end], at.start, at.end)
    else:
        span = Span("", lede.start, lede.start)
    return _day_timex(document.dct, span, "dct")


# ---- ranges ---------------------------------------------------------------------------------------------------
class _Ranges:
    """Dates that start a range, with the date that ends it."""

    def __init__(self) -> None:
        self.end_of: dict[Timex, Timex] = {}
        self.ends: set[Timex] = set()


def _pair_ranges(text: str, timexes: list[Timex], dct: str | None, words: ModuleType, ranges: _Ranges) -> None:
    """Pair "from A to B", "between A and B" (and a change "from X in A to Y in B"); "since A" ends at the DCT."""
    for first, second in zip(timexes, timexes[1:]):
        # "from 2019 to 2021", "from roughly 1948 to 1951"
        before = [word for word in text[max(0, first.start - 24):first.start].lower().split() if word not in words.APPROXIMATORS]
        link = text[first.end:second.start].strip().lower()
        paired = before and before[-1] in words.RANGE_LINKS and link in words.RANGE_LINKS[before[-1]]
        figures = words.FROM_FIGURE.search(text, max(0, first.start - 60), first.start) and words.TO_FIGURE.fullmatch(link)
        if (paired or figures) and first.placeable and second.placeable and first not in ranges.end_of:
            ranges.end_of[first] = second
            ranges.ends.add(second)
    for timex in timexes:
        before = text[max(0, timex.start - 6):timex.start].lower().split()
        if before and before[-1] in words.SINCE and timex not in ranges.end_of and timex.placeable and dct:
            ranges.end_of[timex] = _day_timex(dct, Span("", timex.end, timex.end), "dct")


def _lasting_until_dct(text: str, duration: Timex, dct: str | None, words: ModuleType) -> Timex | None:
    """The start of an "N-long" activity still told at the DCT, or of a stretch up to the DCT ("in the past
    three years"), at the duration's precision (month for years and months). A stretch of unknown length
    ("in recent years") is a ``PAST_REF``: the event is told, undated. Not "the last three years of the war",
    "in each of the past three years": those are not the stretch up to the DCT, or not one event's."""
    if dct is None:
        return None
    if not words.LASTING.fullmatch(duration.text):
        if not words.UP_TO_NOW.fullmatch(duration.text) or words.SHARE_OF.search(text, max(0, duration.start - 12), duration.start) \
                or words.OF_AFTER.match(text, duration.end, duration.end + 4):
            return None
        if "X" in duration.value:
            return Timex(duration.text, duration.start, duration.end, id=duration.id, type="DATE", value="PAST_REF")
    match = _DURATION.fullmatch(duration.value)
    if match is None:
        return None
    amount, unit = int(match.group(1)), match.group(2)
    end = date.fromisoformat(dct)
    length = {"Y": relativedelta(years=amount), "M": relativedelta(months=amount),
              "W": relativedelta(weeks=amount), "D": relativedelta(days=amount)}[unit]
    try:
        start = end - length
    except (ValueError, OverflowError):
        return None  # before the first year of the calendar
    if unit in "YM":
        following = start.replace(day=1) + relativedelta(months=1)
        return Timex(duration.text, duration.start, duration.end, id=duration.id, type="DATE", value=f"{start.year:04d}-{start.month:02d}",
                     granularity="month", earliest=f"{start.year:04d}-{start.month:02d}-01", latest=following.isoformat(), mod="APPROX")
    return replace(_day_timex(start.isoformat(), duration, duration.id), mod="APPROX")


def _day_timex(day: str, span: Span, identifier: str) -> Timex:
    # The last day of the calendar has no following day: its interval ends at its last second.
    following = (date.fromisoformat(day) + timedelta(days=1)).isoformat() if day < "9999-12-31" else "9999-12-31T23:59:59"
    return Timex(span.text, span.start, span.end, id=identifier, type="DATE", value=day, granularity="day",
                 earliest=day, latest=following)


def _inside(timex: Timex, span: Span | None) -> bool:
    return span is not None and span.start <= timex.start and timex.end <= span.end
