"""Find events: tie each date of an article to what happened, and anchor undated news to the DCT.

For each DATE/TIME expression the trained attachment model (``attach``) picks the
word it dates; the headline comes from the clause around that word (``headline``).
Ranges ("from 2019 to 2021", "between March and May", "since January", and "the
year-long investigation", which runs up to the DCT) become one event with an ``end_date``. Sentences in the present perfect or present with no
time phrase, and always the lede, are dated by the DCT: the date is a Timex whose
span is the dateline the DCT was read from, or, with no dateline, a zero-width
span at the start of the lede (there is no text to point at).
Events whose expression cannot be placed (``PAST_REF``, ``XXXX-01``) are returned
too, with ``earliest`` None, and ``order_events`` keeps them apart as undated;
vague words ("now", "the future"), other durations ("two days", "nine-year-old")
and sets never date an event. Questions state no fact and give no event.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date, timedelta

from timeline.events import lexicon
from timeline.events.attach import Attacher, load_attacher, main_predicate, modifier
from timeline.events.headline import (build_headline, clause_bounds, compared_phrase, predicates, render_phrase, subject_of,
                                      time_participle_subject, time_preposition)
from timeline.events.repeats import fold_repeats
from timeline.events.tokens import Token, entry, tokenize
from timeline.model import Document, Event, Sentence, Span, Timex

_RANGE_LINKS = {"from": ("to", "until", "till", "through", "-", "–"), "between": ("and",)}
# Sentences the lede search skips: page furniture such as share buttons.
_BOILERPLATE = re.compile(r"send this page|share this|click here|sign up|subscribe|read more|comments?$", re.I)


def find_events(document: Document, timexes: list[Timex], *, attacher: Attacher | None = None) -> list[Event]:
    """Events of one article in document order: dated by its time phrases or by the DCT."""
    attacher = attacher or load_attacher()
    text = document.plain
    people = _People(text, document.sentences)
    events: list[Event] = []
    datable = sorted((t for t in timexes if t.type in ("DATE", "TIME") and t.value not in lexicon.VAGUE_VALUES
                      and not _inside(t, document.dct_span) and not _comparison_baseline(text, t)), key=lambda t: t.start)
    ranges = _pair_ranges(text, datable, document.dct)
    for duration in (t for t in timexes if t.type == "DURATION"):
        # "the year-long investigation", "have fallen over the past three years": a range that ends at the DCT.
        lasting = _lasting_until_dct(text, duration, document.dct)
        if lasting is not None:
            datable.append(lasting)
            if lasting.placeable:
                ranges.end_of[lasting] = _day_timex(document.dct, Span("", duration.end, duration.end), "dct")
    datable.sort(key=lambda t: t.start)
    lede = _lede(document)
    for sentence in document.sentences:
        if document.in_furniture(sentence.start, sentence.end):
            continue  # page furniture (issue 18): a date line, byline, caption or notice is never news
        tokens = tokenize(text, _after_dateline(document, sentence), sentence.end)
        if not tokens or _is_question(tokens) or _is_title(document, sentence):
            people.read(tokens)
            continue
        found = _dated_events(text, sentence, tokens, datable, ranges, attacher, people, timexes)
        if not found and document.dct is not None:
            trigger = _present_predicate(tokens, is_lede=sentence is lede)
            if trigger is not None:
                found.append(_event(text, sentence, tokens, trigger, set(), _dct_timex(document, lede), None, people))
        events.extend(found)
        # Read after the sentence's own events: its pronouns refer to people named before it.
        people.read(tokens)
    events.sort(key=lambda event: (event.sentence.start, event.trigger.start))
    return fold_repeats(events)


def _dated_events(text: str, sentence: Sentence, tokens: list[Token], datable: list[Timex], ranges: "_Ranges",
                  attacher: Attacher, people: "_People", timexes: list[Timex]) -> list[Event]:
    """One event for each time phrase of the sentence (a range counts once); ``timexes`` are all the
    article's time phrases, durations too."""
    found = []
    own_timexes = [t for t in datable if sentence.start <= t.start < sentence.end]
    lengths = [t for t in timexes if sentence.start <= t.start < sentence.end]
    words = {t: _phrase_tokens(tokens, t) for t in own_timexes}
    # Every time phrase of the sentence leaves the headlines, not only the event's own ...
    phrases = {i for inside in words.values() for i in inside}
    phrases |= _periods(tokens, phrases)  # "the three months ended Aug. 31" goes as a whole
    # ... but one that modifies a noun stays in the other events' headlines: "will publish fourth-quarter
    # results on Feb. 6", "strengthened the 1959 trade embargo in 1992".
    modifying = {i for inside in words.values() if inside and _premodifies(tokens, inside[0], inside[-1]) for i in inside}
    # "seen in the weeks before the shooting": the event places the time, which the text does not date; the
    # phrase and its relation word are no events, and they stay in the headline, which alone tells when.
    placed = {i for t, inside in words.items() if inside and _placed_by_event(text, t)
              for i in range(inside[0], min(inside[-1] + 2, len(tokens)))}
    phrases |= placed
    reports, absorbed = _reporting_ranges(text, tokens, words, lengths)
    for timex in (t for t in own_timexes if t not in ranges.ends and t not in absorbed):
        end_date = ranges.end_of.get(timex)
        covered = [i for i, token in enumerate(tokens) if _overlaps(token, timex) or (end_date is not None and _overlaps(token, end_date))]
        if not covered:
            continue
        first, last = covered[0], covered[-1]
        if end_date is not None and first > 0 and tokens[first - 1].lower in _RANGE_LINKS:
            first -= 1
        # "starting next Monday", "beginning in September": the participle of what starts then, unless it
        # tells of no noun phrase ("take effect starting Jan. 1"), where it goes with the date as "from" would.
        participle = next((i for i in (first - 1, first - 2) if i >= 0 and tokens[i].lower in lexicon.TIME_PARTICIPLES
                           and all(tokens[j].lower in lexicon.TIME_PREPOSITIONS for j in range(i + 1, first))), None)
        if participle is not None and not time_participle_subject(tokens, participle):
            first, participle = participle, None
        if timex in reports:
            # "the quarter ended Sept. 30" is dated by the calendar quarter; "the fourth quarter ended Aug. 26" is
            # a fiscal quarter, not October to December: its event runs from the period's first day to Aug. 26.
            first, timex, end_date = reports[timex]
        if _LASTING.fullmatch(timex.text):
            trigger = _modified_noun(tokens, last)
        elif participle is not None:
            trigger = participle
        else:
            trigger = attacher.choose(tokens, first, last, excluded=phrases)
        if (compared := compared_phrase(tokens, first)) is not None:
            trigger = compared[1]  # "compared with a profit of $4 million a year earlier": the profit
        if trigger is not None and modifier(tokens, trigger):
            # "an alleged kidnapping plot": the event is the plot the participle describes.
            trigger = _modified_noun(tokens, trigger) or trigger
        if trigger is not None:
            trigger = _coordinated_noun(tokens, trigger, first, last, phrases)
            trigger = _own_predicate(tokens, trigger, first)
            own = set(range(first, last + 1))
            if any(tokens[i].tag in ("NUM", "NOUN", "NAME") for i in own - set(covered)):
                own = set(covered)  # "from 95 percent in 2019 to 89 percent in 2024": the figures stay
            found.append(_event(text, sentence, tokens, trigger, (phrases - modifying - placed) | (own - placed), timex,
                                end_date, people, own_time=own - placed))
    return found


_EVENT_RELATION = re.compile(r"\s+(?:before|after|following|leading\s+up\s+to)\b", re.I)
# A day counted from another time, which TimeML spans without its article: "the [day after Christmas]".
_COUNTED_DAY = re.compile(r"(?:day|week|month|year)\s+(?:before|after)\b", re.I)


def _phrase_tokens(tokens: list[Token], timex: Timex) -> list[int]:
    """The tokens of a time phrase, with the article of a day counted from another ("the day after Christmas")."""
    inside = [i for i, token in enumerate(tokens) if _overlaps(token, timex)]
    if inside and inside[0] > 0 and tokens[inside[0] - 1].lower == "the" and _COUNTED_DAY.match(timex.text):
        inside.insert(0, inside[0] - 1)
    return inside


def _placed_by_event(text: str, timex: Timex) -> bool:
    """Whether an event the text names right after it places the time phrase: "the day after his death",
    "the day before last Tuesday's hearing"."""
    if _COUNTED_DAY.match(timex.text) and text.startswith(("'s", "’s"), timex.end):
        return True
    return timex.value.startswith("XXXX") and bool(_EVENT_RELATION.match(text, timex.end))


def _premodifies(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the time phrase tokens[first..last] modifies the noun after it ("fourth-quarter results",
    "the 1959 trade embargo", "Friday's meeting") rather than a predicate ("on Friday", "in 2021")."""
    if first > 0 and tokens[first - 1].lower in lexicon.TIME_PREPOSITIONS:
        return False
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    return tokens[last].lower.endswith(("'s", "’s")) or following is not None and following.tag in ("NOUN", "ADJ")


_PERIOD_NOUNS = frozenset("period quarter half year month months week weeks days".split())


def _reporting_period(tokens: list[Token], first: int) -> int | None:
    """Where "the three months ended Aug. 31" starts, when the date at ``first`` ends a reporting period.

    The date only bounds the period; what the sentence dates is what happened in it ("reported a net
    loss for the three months ended Aug. 31"), so the whole period is the time phrase.
    """
    if first < 2 or tokens[first - 1].lower not in ("ended", "ending") or tokens[first - 2].lower not in _PERIOD_NOUNS:
        return None
    start = first - 2
    while start > 0 and (tokens[start - 1].tag in ("DET", "NUM", "ADJ") or tokens[start - 1].lower in ("fiscal", "first", "second", "third", "fourth")):
        start -= 1
    return start


_PERIOD_MONTHS = {"quarter": 3, "half": 6, "year": 12}


def _period_start(tokens: list[Token], period: int, first: int, end: Timex, timexes: list[Timex]) -> Timex | None:
    """The first day of the reporting period tokens[period..first - 2] that ends on the day ``end``, as a
    Timex spanning the period's words: "the fourth quarter" ended Aug. 26, 1989 began May 27, 1989.
    None when the end is no single day or the period's length is not said ("the period ended")."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", end.value):
        return None
    noun = tokens[first - 2].lower
    months = days = 0
    if noun in _PERIOD_MONTHS:
        months = _PERIOD_MONTHS[noun]
    else:  # "the three months", "the 52 weeks": the tagger's duration says how long
        length = next((t for t in timexes if t.type == "DURATION" and _overlaps(tokens[first - 2], t)), None)
        match = _DURATION.fullmatch(length.value) if length is not None else None
        if match is None:
            return None
        amount, unit = int(match.group(1)), match.group(2)
        months, days = {"Y": (12 * amount, 0), "M": (amount, 0), "W": (0, 7 * amount), "D": (0, amount)}[unit]
    following = date.fromisoformat(end.value) + timedelta(days=1)
    total = following.year * 12 + following.month - 1 - months
    try:
        start = date(total // 12, total % 12 + 1, following.day) - timedelta(days=days)
    except ValueError:  # the period ends on a day the month it starts in has not (the 31st)
        return None
    words = tokens[period:first - 1]
    span = Span(" ".join(t.text for t in words), words[0].start, words[-1].end)
    return _day_timex(start.isoformat(), span, end.id + "-start")


def _reporting_ranges(text: str, tokens: list[Token], words: dict[Timex, list[int]],
                      lengths: list[Timex]) -> tuple[dict[Timex, tuple[int, Timex, Timex | None]], set[Timex]]:
    """The dates that end a reporting period ("the quarter ended Sept. 30", "the three months ended Aug. 31"),
    each with the index of the period's first word and what dates its event: the period's first day (a
    Timex the range starts from), the date itself when the period's length is not said, or, when the
    period is a calendar one the tagger has named ("the quarter", July to September), that period
    spanning both phrases. Also the named periods the report replaces: "the fourth quarter" ended Aug. 26
    is May 27 to Aug. 26, not October to December. ``words`` are the token indices of each of the
    sentence's dates."""
    reports: dict[Timex, tuple[int, Timex, Timex | None]] = {}
    absorbed: set[Timex] = set()
    for end, inside in words.items():
        period = _reporting_period(tokens, inside[0]) if inside else None
        if period is None:
            continue
        started = _period_start(tokens, period, inside[0], end, lengths)
        named = [t for t, others in words.items() if any(period <= index < inside[0] for index in others)]
        if named and (started is None or (named[0].earliest, named[0].latest) == (started.earliest, end.latest)):
            # The calendar period ("the third quarter", July to September) dates the event; its time phrase
            # takes in the date that ends it, which tells the same time.
            reports[end] = (period, replace(named[0], text=text[named[0].start:end.end], end=end.end), None)
        else:
            reports[end] = (period, started, end) if started is not None else (period, end, None)
        absorbed.update(named)
    return reports, absorbed


def _periods(tokens: list[Token], phrases: set[int]) -> set[int]:
    """The words of every reporting period of the sentence ("the quarter ended"), which are no events."""
    words: set[int] = set()
    for index in phrases:
        start = _reporting_period(tokens, index) if index > 0 and index - 1 not in phrases else None
        if start is not None:
            words.update(range(start, index))
    return words


def _is_question(tokens: list[Token]) -> bool:
    """A sentence that ends with a question mark (before any closing quote), unless it reports the
    question: "The Pentagon said today it will re-examine the question: are the remains ... known?"."""
    marks = [token for token in tokens if token.tag != "QUOTE"]
    if not marks or marks[-1].text != "?":
        return False
    reported = any(token.lower in lexicon.REPORTING_VERBS and index > 0 and tokens[index - 1].tag in ("NAME", "NOUN")
                   for index, token in enumerate(tokens[:6]))
    return not (reported and tokens[0].tag != "QUOTE")


def _coordinated_noun(tokens: list[Token], trigger: int, first: int, last: int, phrases: set[int]) -> int:
    """The event noun of the conjunct a date sits in: "had an attempt last year and a plot in 2021".

    When a support verb ("had", "made") has a coordination of event nouns as object,
    or the date follows a later conjunct than the chosen noun, each conjunct is its own event: the head noun (the last noun before any
    preposition) of the date's conjunct. That takes an earlier conjunct with a date of its own (``phrases``
    are the words of the sentence's time phrases): in "took cash and a truck between 2017 and 2020" the
    one date is the taking's.
    """
    if trigger >= first:
        return trigger
    joints = [i for i in range(trigger + 1, first) if tokens[i].lower in ("and", "or")]
    if joints and not any(i in phrases for i in range(trigger + 1, joints[-1])):
        return trigger
    if not (tokens[trigger].lower in lexicon.SUPPORT_VERBS or (tokens[trigger].tag == "NOUN" and joints)):
        return trigger
    left = joints[-1] + 1 if joints else trigger + 1
    right = next((i for i in range(last + 1, len(tokens)) if tokens[i].lower in ("and", "or") or _finite_verb(tokens, i)), None)
    coordinated = joints or (right is not None and tokens[right].lower in ("and", "or")
                             and not any(_finite_verb(tokens, i) for i in range(right + 1, len(tokens))))
    if not coordinated or any(_finite_verb(tokens, i) for i in range(left, first)):
        return trigger
    phrase = []
    for i in range(left, first):
        if tokens[i].tag == "PREP":
            break
        phrase.append(i)
    # An event conjunct ends in a common noun ("a stroke"); an amount ("or 10 cents a share") or a name is none.
    if not phrase or tokens[phrase[-1]].tag != "NOUN" or any(tokens[i].tag == "NUM" or tokens[i].text in lexicon.CURRENCY_SIGNS for i in phrase):
        return trigger
    return phrase[-1]


def _own_predicate(tokens: list[Token], trigger: int, first: int) -> int:
    """The verb of the coordinated predicate the time phrase stands in, when a verb of another was chosen:
    in "joined the institute in 1980 and served as its director from 1991 to 2003", 1991 dates "served"."""
    if tokens[trigger].tag not in ("VERB", "AUX"):
        return trigger
    start, end = clause_bounds(tokens, trigger)
    for segment_first, segment_last in predicates(tokens, start, end):
        if segment_first <= first <= segment_last and not segment_first <= trigger <= segment_last:
            return next((i for i in range(segment_first, first) if tokens[i].tag == "VERB"), trigger)
    return trigger


def _modified_noun(tokens: list[Token], last: int) -> int | None:
    """The head noun right after a modifier such as "year-long": "the year-long The New Reality investigation"."""
    head = None
    for i in range(last + 1, len(tokens)):
        if tokens[i].tag == "NOUN":
            head = i
        elif tokens[i].tag not in ("DET", "ADJ", "NAME"):
            break
    return head


def _finite_verb(tokens: list[Token], index: int) -> bool:
    """A verb heading a clause, not a participle modifying a noun ("alleged plot", "kidnapping plot")."""
    token = tokens[index]
    if token.tag not in ("VERB", "AUX"):
        return False
    modifier = token.lower.endswith(("ed", "ing")) and index + 1 < len(tokens) and tokens[index + 1].tag in ("NOUN", "VERB")
    return not modifier


def _event(text: str, sentence: Sentence, tokens: list[Token], trigger: int, dropped: set[int],
           timex: Timex, end_date: Timex | None, people: "_People", own_time: set[int] = frozenset()) -> Event:
    if tokens[trigger].lower in lexicon.PARTICLES and trigger > 0 and tokens[trigger - 1].tag == "VERB":
        trigger -= 1  # a particle on its own is no event: "seeped out", "shot down"
    particle = trigger + 1 < len(tokens) and tokens[trigger + 1].lower in lexicon.PARTICLES and tokens[trigger].tag == "VERB" \
        and not time_preposition(tokens, trigger + 1, dropped)  # not "arrived over the weekend"
    end = trigger + 1 if particle else trigger
    # The trigger is the whole predicate the chosen word heads or completes: "posted a net loss", "planned to leave".
    first_word, end = _catenative(tokens, *_light_verb_phrase(tokens, trigger, end, dropped), dropped)
    headline = build_headline(text, tokens, trigger, dropped, lambda index: people.resolve(tokens, index, sentence),
                              own_time=own_time)
    value = timex.value + (f"/{end_date.value}" if end_date is not None else "")
    # surrogatepass: any text must give an id, lone surrogates included.
    digest = hashlib.sha1(f"{value}|{headline.text.lower()}".encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return Event(
        id=f"ev-{digest}",
        headline=headline.text,
        sentence=sentence,
        trigger=Span(text[tokens[first_word].start:tokens[end].end], tokens[first_word].start, tokens[end].end),
        date=timex,
        end_date=end_date,
        participants=headline.participants,
    )


def _object_word(tokens: list[Token], index: int) -> bool:
    """A word of a noun phrase: "a 20 % gain", "an alleged attempt", "net income"."""
    return tokens[index].tag in ("DET", "ADJ", "NUM", "NOUN") or tokens[index].text == "%" or modifier(tokens, index)


def _reduced_light_participle(tokens: list[Token], index: int, dropped: set[int]) -> bool:
    """A light verb's participle after its noun in a reduced relative clause: "in remarks made (last week) by",
    "are statements made by", "enhanced by charges taken in". Not a past tense after the subject ("the company
    reported net income", "the group held power"): the noun phrase follows a verb or preposition and the
    participle has no object."""
    if index < 1 or tokens[index].lower not in lexicon.LIGHT_PARTICIPLES or tokens[index - 1].tag != "NOUN" or index - 1 in dropped:
        return False
    following = index + 1
    if following < len(tokens) and following not in dropped and tokens[following].tag not in ("PREP", "PUNCT", "QUOTE"):
        return False
    opening = index - 1
    while opening > 0 and tokens[opening - 1].tag in ("NOUN", "ADJ", "DET", "NUM"):
        opening -= 1
    return opening > 0 and tokens[opening - 1].tag in ("PREP", "VERB", "AUX")


def _light_verb_phrase(tokens: list[Token], trigger: int, end: int, dropped: set[int]) -> tuple[int, int]:
    """The first and last word of the trigger (``end`` is its last word so far): a light verb and the head
    noun of its object are one predicate ("posted a net loss", "made the right decision", "held talks"),
    whichever of the two was chosen. The object stops at the sentence's time phrases (``dropped``): in
    "remarks made last week" the verb has no object."""
    if _reduced_light_participle(tokens, trigger, dropped):
        return trigger - 1, end  # "remarks made last week", "charges taken in 1988": the noun's event, in the passive
    if tokens[trigger].lower in lexicon.LIGHT_VERBS and tokens[trigger].tag in ("VERB", "AUX") and end == trigger:
        head = None
        for i in range(trigger + 1, min(len(tokens), trigger + 6)):
            if not _object_word(tokens, i) or i in dropped:
                break
            if tokens[i].tag == "NOUN":
                head = i
        if head is not None and (head + 1 == len(tokens) or not _object_word(tokens, head + 1)):
            return trigger, head
    elif tokens[trigger].tag == "NOUN" and (trigger + 1 == len(tokens) or tokens[trigger + 1].tag != "NOUN"):
        for i in range(trigger - 1, max(-1, trigger - 6), -1):
            if tokens[i].lower in lexicon.LIGHT_VERBS and tokens[i].tag in ("VERB", "AUX"):
                return i, end
            if not _object_word(tokens, i) or i in dropped:
                break
    return trigger, end


def _catenative(tokens: list[Token], first: int, last: int, dropped: set[int]) -> tuple[int, int]:
    """The trigger tokens[first..last] widened to a verb and the infinitive it governs, one complex predicate:
    "planned to leave", "began to relax", "voted to support", whichever of the two was chosen; so too an
    adjective or event noun that takes an infinitive ("unable to attend", "a promise to halve")."""
    def free(index: int) -> bool:  # a word of the sentence outside its time phrases
        return 0 <= index < len(tokens) and index not in dropped

    def verb(index: int) -> bool:
        return free(index) and tokens[index].tag == "VERB" and not modifier(tokens, index)

    def governs(index: int) -> bool:  # not "went to court", "came to power": a verb of motion and its goal
        return verb(index) and tokens[index].lemma not in lexicon.MOTION_VERBS or (
            free(index) and tokens[index].lower in lexicon.INFINITIVE_TAKERS)

    def infinitive(index: int) -> bool:
        return verb(index) and entry(tokens[index].lower).base_verb

    if first == last and governs(first) and last + 2 < len(tokens) and tokens[last + 1].lower == "to" and infinitive(last + 2):
        return first, last + 2
    if infinitive(first) and first >= 2 and tokens[first - 1].lower == "to" and governs(first - 2):
        return first - 2, last
    return first, last


def _overlaps(token: Token | Span, span: Span) -> bool:
    return token.start < span.end and span.start < token.end


def _inside(timex: Timex, span: Span | None) -> bool:
    return span is not None and span.start <= timex.start and timex.end <= span.end


class _Ranges:
    def __init__(self) -> None:
        self.end_of: dict[Timex, Timex] = {}
        self.ends: set[Timex] = set()


def _pair_ranges(text: str, timexes: list[Timex], dct: str | None) -> _Ranges:
    """Pair "from A to B", "between A and B"; "since A" ends at the DCT."""
    ranges = _Ranges()
    for first, second in zip(timexes, timexes[1:]):
        before = text[max(0, first.start - 9):first.start].lower().split()
        link = text[first.end:second.start].strip().lower()
        paired = before and before[-1] in _RANGE_LINKS and link in _RANGE_LINKS[before[-1]]
        # "fell from 95 percent in 2019 to 89 percent in 2024": a change between two figures of two dates
        figures = _FROM_FIGURE.search(text, max(0, first.start - 60), first.start) and _TO_FIGURE.fullmatch(link)
        if (paired or figures) and first.placeable and second.placeable:
            ranges.end_of[first] = second
            ranges.ends.add(second)
    for timex in timexes:
        before = text[max(0, timex.start - 6):timex.start].lower().split()
        if before and before[-1] == "since" and timex not in ranges.end_of and timex.placeable and dct:
            ranges.end_of[timex] = _day_timex(dct, Span("", timex.end, timex.end), "dct")
    return ranges


# "from 95 percent in 2019", "to 89 percent in 2024": the figures a change runs between, each with its date.
_FROM_FIGURE = re.compile(r"\bfrom\s+[^.;,]{1,40}?\s+in\s+\Z", re.I)
_TO_FIGURE = re.compile(r"to\s+[^.;,]{1,40}?\s+in", re.I)
# "the highest annual count since 2019", "their first title since 1993": the date of the last time it was so,
# a comparison, not an event of that date nor a stretch of time up to the DCT.
_SUPERLATIVE_SINCE = re.compile(rf"\b(?:the|its|their|his|her|our)\s+(?:{'|'.join(sorted(lexicon.SUPERLATIVES))})\b"
                                r"[^.;,:]{0,40}?\bsince\s+\Z", re.I)


def _comparison_baseline(text: str, timex: Timex) -> bool:
    """Whether the time phrase is the baseline of a superlative: "the highest annual count since 2019"."""
    return bool(_SUPERLATIVE_SINCE.search(text, max(0, timex.start - 70), timex.start))


_LASTING = re.compile(r"(?:the\s+)?[\w-]+-long", re.I)
# "the past three years", "the last few months", "recent weeks": a stretch of time that runs up to the DCT.
_UP_TO_NOW = re.compile(r"(?:(?:the|these)\s+)?(?:(?:past|last)\s+|(?:the\s+)?(?:most\s+)?recent\s+)\S.*", re.I)
# "in each of the past three years": a part of the stretch, not the stretch ("the boom of recent years" is).
_SHARE_OF = re.compile(r"\b(?:each|every|all|any|some|most|one|both|either|none|several|many)\s+of\s+\Z", re.I)
_DURATION = re.compile(r"P(\d+)([YMWD])")


def _lasting_until_dct(text: str, duration: Timex, dct: str | None) -> Timex | None:
    """The start of an "N-long" activity still told at the DCT, or of a stretch up to the DCT ("in the past
    three years"), at the duration's precision (month for years and months). A stretch of unknown length
    ("in recent years") is a ``PAST_REF``: the event is told, undated. Not "the last three years of the war",
    "in each of the past three years": those are not the stretch up to the DCT, or not one event's."""
    if dct is None:
        return None
    if not _LASTING.fullmatch(duration.text):
        if not _UP_TO_NOW.fullmatch(duration.text) or _SHARE_OF.search(text, max(0, duration.start - 12), duration.start) \
                or re.match(r"\s*of\b", text[duration.end:duration.end + 4]):
            return None
        if "X" in duration.value:
            return Timex(duration.text, duration.start, duration.end, id=duration.id, type="DATE", value="PAST_REF")
    match = _DURATION.fullmatch(duration.value)
    if match is None:
        return None
    amount, unit = int(match.group(1)), match.group(2)
    end = date.fromisoformat(dct)
    if unit in "YM":
        months = end.year * 12 + end.month - 1 - amount * (12 if unit == "Y" else 1)
        year, month = divmod(months, 12)
        if year < 1:
            return None
        following = date(year + (month == 11), (month + 1) % 12 + 1, 1)
        return Timex(duration.text, duration.start, duration.end, id=duration.id, type="DATE", value=f"{year:04d}-{month + 1:02d}",
                     granularity="month", earliest=f"{year:04d}-{month + 1:02d}-01", latest=following.isoformat(), mod="APPROX")
    if (end - date.min).days < amount * 7:
        return None
    start = end - timedelta(days=amount * (7 if unit == "W" else 1))
    return replace(_day_timex(start.isoformat(), duration, duration.id), mod="APPROX")


def _day_timex(day: str, span: Span, identifier: str) -> Timex:
    # The last day of the calendar has no following day: its interval ends at its last second.
    following = (date.fromisoformat(day) + timedelta(days=1)).isoformat() if day < "9999-12-31" else "9999-12-31T23:59:59"
    return Timex(span.text, span.start, span.end, id=identifier, type="DATE", value=day, granularity="day",
                 earliest=day, latest=following)


def _lede(document: Document) -> Sentence | None:
    """The first real sentence: after the dateline, not page furniture, with a verb."""
    for sentence in document.sentences:
        if document.dct_span is not None and sentence.end <= document.dct_span.end:
            continue
        if document.in_furniture(sentence.start, sentence.end):
            continue  # page furniture (issue 18)
        start = _after_dateline(document, sentence)
        tokens = tokenize(document.plain, start, sentence.end)
        words = [t for t in tokens if t.tag not in ("PUNCT", "QUOTE")]
        if len(words) < 5 or _BOILERPLATE.search(document.plain[start:sentence.end].strip(" .")) or _is_title(document, sentence):
            continue
        if any(t.tag in ("VERB", "AUX") for t in tokens):
            return sentence
    return None


def _is_title(document: Document, sentence: Sentence) -> bool:
    """Whether a sentence is the article's title: a line of its own near the top with no closing
    punctuation ("Marguerite Olsen, marine biologist, dies at 91"). A title restates the lede in
    headline tense ("dies", "reopens"), so it dates nothing itself."""
    # only the first three sentences can be one, and two more must follow
    position = next((i for i, first in enumerate(document.sentences[:3]) if first == sentence), None)
    if position is None or position + 2 >= len(document.sentences):
        return False
    text = document.plain
    whole_line = (sentence.start == 0 or text[sentence.start - 1] == "\n") and text.startswith("\n", sentence.end)
    return whole_line and not re.search(r"[.!?:;,][\"'”’)]*$", sentence.text)  # not "... said on Monday, Oct. 26:"


def _after_dateline(document: Document, sentence: Sentence) -> int:
    """Where the sentence's own words start: after the dateline when it opens the sentence."""
    if document.dct_span is not None and sentence.start <= document.dct_span.end < sentence.end:
        return document.dct_span.end
    return sentence.start


def _dct_timex(document: Document, lede: Sentence | None) -> Timex:
    """The DCT as a Timex: the dateline's span, or zero-width at the lede when there is none."""
    if document.dct_span is not None:
        at = document.dct_span
        span = Span(document.plain[at.start:at.end], at.start, at.end)
    else:
        at = lede.start if lede is not None else 0
        span = Span("", at, at)
    return _day_timex(document.dct, span, "dct")


def _present_predicate(tokens: list[Token], *, is_lede: bool) -> int | None:
    """The main predicate of a present or present-perfect sentence outside quotes (any verb for the lede)."""
    if is_lede and not any(token.tag == "QUOTE" for token in tokens):
        # past a relative clause or participle phrase: "Marguerite Olsen, who mapped cod stocks, has died"
        main = main_predicate(tokens, 1)
        if main is not None:
            return main
    quoted = False
    for index, token in enumerate(tokens):
        if token.tag == "QUOTE":
            quoted = not quoted
            continue
        if quoted:
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.lower in ("has", "have") and following is not None and following.tag == "VERB" and index > 0:
            return index + 1
        if token.tag == "VERB" and token.lower.endswith("s") and index > 0 and tokens[index - 1].tag in ("NAME", "NOUN") and token.lower in lexicon.REPORTING_VERBS:
            return index
        if is_lede and token.tag == "VERB" and index > 0:
            return index
    return None


class _People:
    """People named so far in the article, and the subject of the last sentence, to resolve "he", "she", the "I"
    of a quote, "it" and "they"."""

    def __init__(self, text: str, sentences: tuple[Sentence, ...]) -> None:
        self.text = text
        self.sentences = sentences
        self.full_names: dict[str, str] = {}  # last name -> full name
        self.last: str | None = None
        self.thing: str | None = None  # the last sentence's subject when it is one thing, for "it"
        self.group: str | None = None  # and when it is several, for "they"

    def read(self, tokens: list[Token]) -> None:
        """Note the people a sentence names: runs of two or three names used as a noun, or a known surname;
        and what its subject is, for a later "it" or "they"."""
        self._read_subject(tokens)
        run: list[int] = []
        for index in range(len(tokens) + 1):
            token = tokens[index] if index < len(tokens) else None
            if token is not None and token.tag == "NAME" and token.lower not in lexicon.NOT_PERSON_WORDS and "-" not in token.text:
                run.append(index)
                continue
            if run and self._is_person(tokens, run):
                name = " ".join(tokens[i].text for i in run)
                # The first person of a surname keeps it: a relative named later ("Her daughter, Claire Ellison")
                # goes by her full or first name, the article's subject by the surname alone.
                self.full_names.setdefault(tokens[run[-1]].text, name)
                self.last = name
            elif len(run) == 1 and re.sub(r"['’]s$", "", tokens[run[0]].text) in self.full_names:
                self.last = self.full_names[re.sub(r"['’]s$", "", tokens[run[0]].text)]
            run = []

    def _read_subject(self, tokens: list[Token]) -> None:
        """Take the sentence's subject as what a later "it" stands for when it is one thing ("The state rated
        the bridge ... two years later it banned trucks"), or a later "they" when it is several ("Opposition
        senators tried ... On Tuesday, they proposed"); a subject "it" or "they" keeps what it stands for, any
        other subject leaves nothing: centering, the simplest rule that holds in news prose."""
        kind, subject, _ = self._subject_of(tokens)
        if kind != "it":
            self.thing = subject if kind == "thing" else None
        if kind != "they":
            self.group = subject if kind == "group" else None

    def _subject_of(self, tokens: list[Token]) -> tuple[str | None, str | None, int | None]:
        """What the subject of the sentence's main clause is ("it", "they", "thing": one thing, "group":
        several things or people, or None), its text, and the clause's verb."""
        start = 0
        if tokens and (tokens[0].tag in ("PREP", "SUB", "ADV") or tokens[0].lower in lexicon.CLAUSE_OPENERS):
            comma = next((i for i, token in enumerate(tokens) if token.text == ","), None)
            start = comma + 1 if comma is not None else 0
        verb = main_predicate(tokens, start)
        if verb is None or any(token.tag == "QUOTE" for token in tokens[:verb]):
            return None, None, verb
        subject = subject_of(tokens, start, verb)
        if len(subject) == 1 and tokens[subject[0]].lower in ("it", "they"):
            return tokens[subject[0]].lower, None, verb
        # the head noun comes before the phrase's own prepositions: "the price of Columbia shares" is one price
        core = next((subject[:position] for position, i in enumerate(subject) if tokens[i].tag == "PREP" and position), subject)
        head = tokens[core[-1]] if core else None
        if head is None or head.tag not in ("NOUN", "NAME") or tokens[subject[-1]].tag not in ("NOUN", "NAME") or len(subject) > 8 \
                or any(tokens[i].tag in ("PRON", "NUM") for i in subject):
            return None, None, verb
        text = render_phrase(self.text, tokens, subject)
        several = any(tokens[i].tag == "CONJ" for i in core) or head.tag == "NOUN" and head.lower.endswith("s") \
            and not head.lower.endswith("ss")
        if several:
            return "group", text, verb
        names = [i for i in core if tokens[i].tag == "NAME"]
        if head.lower in lexicon.PERSON_NOUNS or names and self._is_person(tokens, names) or any(tokens[i].text == "," for i in subject):
            return None, None, verb
        return "thing", text, verb

    @staticmethod
    def _is_person(tokens: list[Token], run: list[int]) -> bool:
        """Two or three names, not after "the"/"in"/"of" (things, places, "the Institute of Marine Research")
        nor before a noun (modifiers)."""
        before = tokens[run[0] - 1] if run[0] > 0 else None
        after = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
        return (2 <= len(run) <= 3 and not (before is not None and (before.tag == "DET" or before.lower in lexicon.PLACE_PREPOSITIONS
                                                                    or before.lower == "of"))
                and not (after is not None and after.tag == "NOUN"))

    def _speaker_later(self, tokens: list[Token], sentence: Sentence) -> Token | None:
        """The attribution of a quote that runs on past this sentence ("... resources. They're busy," he said)."""
        if sum(token.tag == "QUOTE" for token in tokens) % 2 == 0:
            return None
        following = [s for s in self.sentences if s.start >= sentence.end][:3]
        for later in following:
            later_tokens = tokenize(self.text, later.start, later.end)
            if any(token.tag == "QUOTE" for token in later_tokens):
                return _speaker(later_tokens, quoted=True)
        return None

    def resolve(self, tokens: list[Token], index: int | None, sentence: Sentence) -> str | None:
        """The person a pronoun subject (tokens[index]) stands for, if the article says."""
        if index is None:
            return None
        pronoun = tokens[index].lower
        if pronoun in lexicon.FIRST_PERSON:
            speaker = _speaker(tokens) or self._speaker_later(tokens, sentence)
            if speaker is None:
                return None
            if speaker.tag == "NAME":
                return self.full_names.get(speaker.text) or _name_run(tokens, speaker)
            return self.last if speaker.lower in lexicon.PERSONAL_PRONOUNS else None
        if pronoun in ("he", "she", "his", "her"):  # "his", "her": the owner, when they open the subject
            return self.last
        if pronoun in ("it", "its", "they", "their") and not (pronoun == "it" and _expletive(tokens, index)):
            # "The plan stalled ..., and it was revived in 2012": in a later clause, the sentence's own subject
            wanted = "thing" if pronoun in ("it", "its") else "group"
            kind, subject, verb = self._subject_of(tokens)
            if verb is not None and index > verb and kind != ("it" if wanted == "thing" else "they"):
                return subject if kind == wanted else None
            return self.thing if wanted == "thing" else self.group
        return None


def _expletive(tokens: list[Token], index: int) -> bool:
    """An "it" that stands for nothing: "It was likely to be opposed", "it is expected that", "It was the
    first death": what follows is no verb of its own, or a passive opening a clause."""
    position = index + 1
    while position < len(tokens) and tokens[position].tag in ("AUX", "ADV"):
        position += 1
    if position >= len(tokens) or tokens[position].tag != "VERB":
        return position > index + 1  # a copula without a verb of its own: "It was the first death"
    following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
    return following in ("that", "to") and tokens[position].lower.endswith("ed")


def _name_run(tokens: list[Token], last: Token) -> str:
    """The whole name ending with the token ``last``: "Tom Baker" for "Baker"."""
    end = tokens.index(last)
    start = end
    while start > 0 and tokens[start - 1].tag == "NAME":
        start -= 1
    return " ".join(token.text for token in tokens[start:end + 1])


def _speaker(tokens: list[Token], quoted: bool = False) -> Token | None:
    """Who a quoted sentence is attributed to: the subject of "he said" / "said Name" outside the quotes.

    ``quoted`` is True when the sentence continues a quote opened before it.
    """
    for index, token in enumerate(tokens):
        if token.tag == "QUOTE":
            quoted = not quoted
            continue
        if quoted or token.lower not in lexicon.REPORTING_VERBS:
            continue
        if index > 0 and tokens[index - 1].tag in ("PRON", "NAME"):
            return tokens[index - 1]
        if index + 1 < len(tokens) and tokens[index + 1].tag == "NAME":
            return tokens[index + 1]
    return None
