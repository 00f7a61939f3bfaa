"""Headlines that read on their own: the clause an event sits in, with its subject resolved.

"Hamed Esmaeilion, an Ontario man who lost his wife after the Islamic Revolutionary
Guard Corp (IRGC) shot down flight PS752 in 2020, killing all 176 people on board,
spoke ..." gives "IRGC shot down flight PS752, killing all 176 people on board":
the clause is cut at clause openers and at new clauses, the time phrase is dropped,
the subject is shortened (acronym, name without its descriptors) and pronouns are
replaced by the person they stand for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.events import lexicon
from timeline.events.tokens import Token, entry, opening_participle_phrase, participle_phrases

_MAX_WORDS = 30
_RANGE_JOINS = frozenset(("and", "to", "-", "–", "through", "until"))  # "between 2016 and 2019", "from May to June"
_NOUN_PHRASE = ("DET", "ADJ", "NOUN", "NAME", "PRON")  # the word classes a noun phrase is made of


@dataclass(frozen=True)
class Headline:
    """A headline and the participants it names."""

    text: str
    participants: tuple[str, ...]


def _is_break_before(tokens: list[Token], index: int) -> bool:
    """True when a new clause starts at tokens[index] (scanning rightwards)."""
    token = tokens[index]
    if token.tag == "QUOTE" or token.text in (";", ":", "?", "!", "—", "–"):
        return True
    if token.lower in lexicon.CLAUSE_OPENERS and token.lower not in ("since", "until", "before", "after") and token.tag != "PREP":
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if token.text == "," and following is not None:
        if following.lower in lexicon.CLAUSE_OPENERS or following.tag in ("CONJ", "QUOTE"):
            return True
        if following.tag in ("VERB", "AUX") and not following.lower.endswith("ing"):
            return True
        if _attribution_follows(tokens, index + 1):
            return True
    if token.tag == "CONJ" and following is not None and following.tag == "PRON" and following.lower not in ("his", "her", "their", "its", "my", "our"):
        return True
    if token.text == "," and following is not None and following.lower in lexicon.SUBJECT_PRONOUNS and index + 2 < len(tokens) \
            and tokens[index + 2].tag in ("VERB", "AUX"):
        return True  # "When it opened in 1958, it was the longest span": the main clause after a fronted one
    if token.tag == "CONJ" and any(t.tag in ("VERB", "AUX") for t in tokens[:index]) and _clause_follows(tokens, index + 1):
        # "... to begin next spring and the first line should open in 2029": a clause of its own, after one
        # with its verb (not "the bombings in Kenya and Tanzania claimed", one subject of two names)
        return True
    return False


def _clause_follows(tokens: list[Token], index: int) -> bool:
    """True when tokens[index:] open a clause: a noun phrase, then its verb ("the first line should open").

    The phrase opens with a determiner, pronoun, number, adjective, or a noun that is no verb: after "and",
    "help eliminate" is a second verb; a name right after a name ("Immigration and Naturalization Service")
    is part of it.
    """
    if index >= len(tokens) or index == 0:
        return False
    first = tokens[index]
    compound_name = first.tag == "NAME" and index > 1 and tokens[index - 2].tag == "NAME" \
        and index + 1 < len(tokens) and tokens[index + 1].tag == "NAME"
    if first.tag == "NOUN" and "VERB" in entry(first.lower).classes or compound_name:
        return False
    end = index
    while end < len(tokens) and tokens[end].tag in _NOUN_PHRASE + ("NUM",):
        end += 1
    return index < end < len(tokens) and tokens[end - 1].tag in ("NOUN", "NAME", "PRON") \
        and tokens[end].tag in ("VERB", "AUX")


def _attribution_follows(tokens: list[Token], index: int) -> bool:
    """True when tokens[index:] is an attribution: ", officials said", ", the agency said", ", he said"."""
    for position in range(index, min(index + 4, len(tokens))):
        if tokens[position].lower in lexicon.REPORTING_VERBS:
            return position > index
        if tokens[position].tag not in _NOUN_PHRASE:
            return False
    return False


def _noun_phrase_before(tokens: list[Token], index: int) -> list[int]:
    """The noun phrase ending just before tokens[index] (a comma in between is skipped)."""
    end = index - 1
    if end >= 0 and tokens[end].text == ",":
        end -= 1
    if end >= 1 and tokens[end].text == "." and tokens[end - 1].tag == "NAME":
        end -= 1  # the full stop of an abbreviation: "Stroh Brewery Co., which"
    if end >= 2 and tokens[end].tag == "NUM" and tokens[end - 1].text == ",":
        end -= 2  # an age between commas: "Reyes, 58, who served as mayor"
    start = end
    while start >= 0 and tokens[start].tag in ("DET", "ADJ", "NOUN", "NAME"):
        start -= 1
    if start + 1 > end or tokens[end].tag not in ("NOUN", "NAME"):
        return []
    return list(range(start + 1, end + 1))


def clause_bounds(tokens: list[Token], index: int) -> tuple[int, int]:
    """First and last token index of the clause around tokens[index]."""
    phrases = participle_phrases(tokens)
    opening_phrase_end = opening_participle_phrase(tokens)
    start = index
    while start > 0:
        previous = tokens[start - 1]
        if previous.tag == "QUOTE" and (title := _quoted_title_before(tokens, start - 1)) is not None:
            start = title  # 'Her last book, "Empty Nets," appeared': a title in quotes, not a quotation
            continue
        if previous.tag == "QUOTE" or previous.text in (";", ":", "?", "!"):
            break
        if previous.text == "," and start - 1 == opening_phrase_end:
            break  # "Born in Bergen in 1934, Olsen joined": the main clause starts after the phrase
        # "after X shot down" opens a clause, but a fronted "After retiring," leaves the main clause after its comma.
        fronted = start - 1 == 0 and any(tokens[i].text == "," for i in range(start, index))
        if previous.lower in lexicon.CLAUSE_OPENERS and previous.tag != "PREP" or previous.lower in ("after", "before") \
                and _verb_follows(tokens, start) and not fronted:
            if _aside_closed_before(tokens, start - 1, index) or _restrictive_clause_before(tokens, start - 1, index):
                start -= 2  # "The company, which was founded in 1952, reported a loss": past the relative clause
                continue
            break
        if previous.text == "," and tokens[start].tag == "VERB" and start == index:
            aside = next((participle for participle, closing in phrases if closing == start - 1), None)
            if aside is not None and tokens[start].lower.endswith("ed"):
                start = aside - 1  # "Opponents, led by a group, collected": the subject is before the participle phrase
                continue
            opening = _relative_clause_opening(tokens, start - 1)
            if opening is not None:
                start = opening  # "Ruth Adler, whose work ..., died": the subject is before the relative clause
                continue
            if tokens[start].lower.endswith("ed"):
                break  # "the lawsuit, filed in 2021": a participle's own clause
        if previous.tag == "CONJ" and _verb_before_conjunction(tokens, start - 1) and (
                _has_own_subject(tokens, start, index) or _clause_follows(tokens, start)):
            # "..., and inspectors certified the structure", "but a 2016 referendum rejected it":
            # a coordinated clause with its own subject, after one with its verb (in "Heavy rain and
            # winds swept", the "and" joins the subject's nouns).
            break
        if previous.lower == "that" and start - 2 >= 0 and (
                tokens[start - 2].lower in lexicon.REPORTING_VERBS | {"claimed", "told"}
                or tokens[start - 2].tag in ("NOUN", "NAME") and (_in_relative_clause(tokens, start, index)
                                                                 or _object_relative_verb(tokens, start, index))):
            break  # "said that ...", and the relative clauses of "a debate that began in 2013", "the report that the agency published"
        start -= 1
    if start < index and tokens[start].lower == "that" and start > 0 and (tokens[start - 1].tag == "CONJ" or tokens[start - 1].text == ",") \
            and tokens[start + 1].tag in ("DET", "PRON", "NAME", "NUM"):
        start += 1  # "said the deal needs approval, and that it hopes to complete it": the clause after "that"
    end = index
    while end + 1 < len(tokens) and not _is_break_before(tokens, end + 1):
        end += 1
    if start == 1 and tokens[0].tag == "SUB":
        # "Although 14 women had been killed, suspects had been arrested": a fronted clause ends where the main one starts
        end = next((i - 1 for i in range(index + 1, end + 1) if tokens[i].text == "," and (
            _clause_follows(tokens, i + 1) or i + 1 < len(tokens) and tokens[i + 1].lower in lexicon.SUBJECT_PRONOUNS)), end)
    if start > 1 and tokens[start - 1].lower in ("that", "who", "which") and tokens[start - 2].tag in ("NOUN", "NAME") and (
            tokens[start - 1].lower != "that" or _object_relative_verb(tokens, start, index) or _in_relative_clause(tokens, start, index)):
        # "The report that the agency published on Monday was criticized", "A nurse who was injured in the
        # bombing attended the service": a relative clause without commas ends before the main clause's verb,
        # or at a comma ("of nine women who had been killed last year, suspects had been arrested")
        end = _relative_clause_end(tokens, max(index, _verb_group_end(tokens, start, end)) + 1, end)
    closing = next((closing for participle, closing in phrases if participle == index), None)
    if closing is not None:
        end = min(end, closing - 1)  # "The lawsuit, filed in 2021, names the city": the phrase is the clause
    if start > 0 and _opens_aside(tokens, start - 1):
        # "Reyes, who served as mayor from 2013 to 2021, faces ...": the relative clause ends at its closing
        # comma (not the one inside a date, "June 30, 1990"), whatever the words after it are taken for.
        closing = next((i for i in range(index + 1, end + 1) if tokens[i].text == ","
                        and not (i + 1 < len(tokens) and tokens[i + 1].tag == "NUM")), None)
        if closing is not None:
            end = closing - 1
    while end > index and tokens[end].tag in ("PUNCT", "QUOTE", "CONJ"):
        end -= 1
    return start, end


def _opens_aside(tokens: list[Token], opener: int) -> bool:
    """True when tokens[opener] opens a relative clause after a comma: ", which", ", who"."""
    return tokens[opener].lower in ("who", "whose", "which", "whom") and opener >= 1 and tokens[opener - 1].text == ","


def _aside_closed_before(tokens: list[Token], opener: int, index: int) -> bool:
    """True when tokens[opener] opens a relative clause between commas (", which ... ,") that closes before tokens[index]."""
    return _opens_aside(tokens, opener) and any(tokens[i].text == "," for i in range(opener + 1, index))


def _quoted_title_before(tokens: list[Token], closing: int) -> int | None:
    """Where a short quoted name with no verb opens, when the quote mark tokens[closing] closes it between
    commas ('Her last book, "Empty Nets," appeared'): a title, which a clause runs through."""
    opening = next((i for i in range(closing - 1, max(-1, closing - 10), -1) if tokens[i].tag == "QUOTE"), None)
    if opening is None or opening > 0 and tokens[opening - 1].text != "," or closing - opening < 2:
        return None  # between commas, or opening the sentence: '``Smart homes'' have emerged'
    if opening == 0 and not (closing + 1 < len(tokens) and tokens[closing + 1].tag in ("VERB", "AUX")):
        return None
    inside = tokens[opening + 1:closing]
    if any(token.tag in ("VERB", "AUX") or token.text in (".", "?", "!") for token in inside):
        return None
    return opening


def _verb_group_end(tokens: list[Token], start: int, limit: int) -> int:
    """The last word of the first verb group from tokens[start] on ("was critically injured"), at most ``limit``."""
    group = next((i for i in range(start, limit + 1) if tokens[i].tag in ("VERB", "AUX")), limit)
    while group + 1 <= limit and tokens[group + 1].tag in ("VERB", "AUX", "ADV"):
        group += 1
    return group


def _relative_clause_of_another_date(tokens: list[Token], start: int, trigger: int, dropped: set[int], own_time: set[int]) -> set[int]:
    """The words of a relative clause without commas before the event's verb that tell of another date's
    event: "A nurse who poisoned patients between 2019 and 2021 was sentenced on Friday"."""
    for opener in range(start + 1, trigger):
        if _restrictive_clause_before(tokens, opener, trigger, dropped):
            clause_end = _relative_clause_end(tokens, _verb_group_end(tokens, opener + 1, trigger - 1) + 1, trigger)
            clause = set(range(opener, clause_end + 1))
            return clause if any(i in dropped and i not in own_time for i in clause) else set()
    return set()


def _relative_clause_end(tokens: list[Token], after: int, end: int) -> int:
    """The last token of a relative clause without commas, looking from tokens[after] to tokens[end]: before
    the main clause's verb or a comma (not those around a place, "the Buffalo, N.Y., area", "in Vancouver,
    British Columbia"); a clause opened inside it ("by suggesting that Iraq will use") keeps its own verbs."""
    i = after
    while i <= end:
        token, previous = tokens[i], tokens[i - 1]
        if token.tag in ("SUB", "QUOTE") or token.lower in lexicon.CLAUSE_OPENERS or token.lower == "that":
            return end
        if token.text == ",":
            run = i + 1
            while run <= end and (tokens[run].tag == "NAME" or tokens[run].text == "."):
                run += 1
            if run > i + 1 and (run > end or tokens[run].text == "," or tokens[run].tag in ("PUNCT", "QUOTE")):
                i = run + 1  # past the place and its closing comma
                continue
            return i - 1
        finite = token.tag in ("VERB", "AUX") and previous.tag not in ("AUX", "CONJ") and previous.lower != "to" \
            and not token.lower.endswith("ing") and not (token.lower.endswith("ed") and previous.tag in ("DET", "ADJ", "NAME", "PRON"))
        if finite:  # not "the clinic bombing", "sought for questioning", "has seen Elian catapulted"
            return i - 1
        i += 1
    return end


def _verb_before_conjunction(tokens: list[Token], conjunction: int) -> bool:
    """True when a verb stands before tokens[conjunction] in its own stretch of the sentence (back to the
    comma before, a comma right before the "and" aside): "..., and inspectors certified" joins clauses,
    "Contrary to earlier reports, the FBI and local police said" joins the nouns of one subject."""
    comma = next((i for i in range(conjunction - 2, -1, -1) if tokens[i].text == ","), -1)
    return any(token.tag in ("VERB", "AUX") for token in tokens[comma + 1:conjunction])


def _restrictive_clause_before(tokens: list[Token], opener: int, index: int, skipped: set[int] = frozenset()) -> bool:
    """True when tokens[opener] opens a relative clause without commas that ends before tokens[index]: in
    "An abortion foe who is the subject of a manhunt was charged", a second verb group after the clause's
    own, with no "and" or comma between, is the main clause's. ``skipped``: time phrases, whose "and"
    ("between 2019 and 2021") joins no clauses."""
    if tokens[opener].lower not in ("who", "which", "that") or opener == 0 or tokens[opener - 1].tag not in ("NOUN", "NAME"):
        return False
    groups, in_group = 0, False
    for position in range(opener + 1, index + 1):
        token = tokens[position]
        joins_dates = token.tag == "CONJ" and (position - 1 in skipped and position + 1 in skipped or tokens[position - 1].tag == "NUM"
                                              and position + 1 < len(tokens) and tokens[position + 1].tag == "NUM")
        if position in skipped or joins_dates:
            in_group = False
            continue  # "between 2019 and 2021"
        if token.tag in ("CONJ", "PUNCT", "QUOTE", "SUB") or token.lower in lexicon.CLAUSE_OPENERS:
            return False
        # not a participle or gerund inside a noun phrase: "the rising prices", "the 1998 clinic bombing"
        verb = token.tag in ("VERB", "AUX") and not (token.lower.endswith(("ing", "ed")) and (
            tokens[position - 1].tag in ("NOUN", "NUM") or position + 1 < len(tokens) and tokens[position + 1].tag == "NOUN"
            and tokens[position - 1].tag in ("DET", "ADJ")))
        if verb and not in_group and tokens[position - 1].lower != "to":  # an infinitive is no verb group of its own
            groups += 1
        in_group = verb or (in_group and token.tag == "ADV")
    return groups >= 2


def _asides(tokens: list[Token], start: int, end: int) -> set[int]:
    """The tokens of the relative clauses and participle phrases between commas in tokens[start:end + 1]:
    ", which was founded in 1952,", ", led by the taxpayers association,"."""
    inside: set[int] = set()
    for opener in range(start + 1, end + 1):
        if _opens_aside(tokens, opener):
            closing = next((i for i in range(opener + 1, end + 1) if tokens[i].text == ","), None)
            if closing is not None:
                inside.update(range(opener - 1, closing + 1))
    for participle, closing in participle_phrases(tokens):
        if start < participle and closing is not None and closing <= end and tokens[closing].text == ",":
            inside.update(range(participle - 1, closing + 1))
    return inside


def _relative_clause_opening(tokens: list[Token], closing: int) -> int | None:
    """The comma opening the relative clause that the comma tokens[closing] closes (", whose ... ,"), if any."""
    for i in range(closing - 1, 0, -1):
        if tokens[i].text in (",", ";", ":") or tokens[i].tag == "QUOTE":
            return i if tokens[i].text == "," and tokens[i + 1].lower in ("who", "whose", "which") else None
    return None


def _has_own_subject(tokens: list[Token], start: int, index: int) -> bool:
    """True when tokens[start:index + 1] hold a noun or pronoun followed by a verb: a subject and its predicate."""
    subject = False
    for token in tokens[start:index + 1]:
        if token.tag in ("NOUN", "NAME", "PRON"):
            subject = True
        elif token.tag in ("VERB", "AUX"):
            return subject
    return False


def _verb_follows(tokens: list[Token], start: int) -> bool:
    """True when a verb comes after at most a noun phrase: "after X shot down", "after the boy's relatives in
    Miami said" and "after retiring" open a clause; "after dinner" and "after 9 p.m. on Friday and peaked" do not."""
    position = start
    while position < min(len(tokens), start + 8) and tokens[position].tag in _NOUN_PHRASE + ("NUM", "PREP"):
        position += 1
    return position < len(tokens) and tokens[position].tag in ("VERB", "AUX")


def _conjunct(tokens: list[Token], verb: int, index: int, end: int) -> tuple[int, int]:
    """The coordinated phrase after ``verb`` that holds tokens[index] ("had A last year and B in 2021")."""
    left = index
    while left > verb + 1 and tokens[left - 1].lower not in ("and", "or") and tokens[left - 1].text != ",":
        left -= 1
    if any(tokens[i].tag == "PREP" for i in range(left, index)):
        # The "and" joins words inside a complement ("invited ministers of Poland and Hungary to a
        # ceremony"), not phrases holding the event: the whole complement stays.
        left = verb + 1
    right = index
    while right < end and tokens[right + 1].lower not in ("and", "or"):
        right += 1
    return left, right


def _subject_span(tokens: list[Token], start: int, verb: int, dropped: set[int], governing_verbs: bool = True) -> list[int]:
    """Token indices of the clause's subject: before the verb, appositives and descriptors cut; followed by the
    verbs that govern tokens[verb] ("is scheduled to" expire) unless ``governing_verbs`` is False."""
    first_verb = verb
    while first_verb > start and tokens[first_verb - 1].tag in ("AUX", "ADV"):
        first_verb -= 1
    span = [i for i in range(start, first_verb) if i not in dropped and tokens[i].tag != "QUOTE"]
    while span and tokens[span[0]].text == ",":
        span = span[1:]
    if not span:
        return span
    commas = [position for position, i in enumerate(span) if tokens[i].text == ","]
    if len(commas) >= 2 and any(tokens[i].lower in lexicon.REPORTING_VERBS for i in span[commas[1]:]):
        # "Dr. Amira Nasser, the county's health officer, said the clinics will run": the speaker and the
        # report stay around the event, the appositive goes.
        span = [i for i in span if not (tokens[i].text == "," and i == span[-1])]
        return span[:commas[0]] + span[commas[1] + 1:]
    # The verbs that govern the event's verb ("is scheduled to expire") stay with the subject, after it.
    group = len(span)
    while group > 0 and (tokens[span[group - 1]].tag in ("VERB", "AUX", "ADV") or tokens[span[group - 1]].lower in ("to", "not")):
        group -= 1
    verbs = span[group:]
    if not any(tokens[i].tag in ("VERB", "AUX") for i in verbs) or verbs and tokens[verbs[0]].lower == "to":
        verbs = []
    span = span[:len(span) - len(verbs)]
    closed = bool(span) and tokens[span[-1]].text == ","  # "Whitfield, the chief executive, said": an aside closes before the verb
    span = [i for i in span if not (tokens[i].text == "," and i == span[-1])]
    if any(tokens[i].text == "," for i in span):
        span = _subject_segment(tokens, span, start, closed)
    return _shortened_subject(tokens, span, start) + (verbs if governing_verbs else [])


def _shortened_subject(tokens: list[Token], span: list[int], start: int) -> list[int]:
    """A subject without its descriptors: the acronym given in brackets ("the Islamic Revolutionary Guard
    Corp (IRGC)"), or the name a descriptor leads up to ("Iranian-Canadian activist Hamed Esmaeilion")."""
    if not span:
        return span
    acronym = [i for i in span if re.fullmatch(r"[A-Z]{2,6}", tokens[i].text) and i > start and tokens[i - 1].text == "("]
    if acronym:
        return acronym[:1]
    names = _last_name_run(tokens, span)
    if names and names[0] != span[0] and all(tokens[i].tag not in ("PREP",) and tokens[i].text not in ("'s", "’s") for i in span[:span.index(names[0])]):
        if tokens[span[0]].tag != "DET" or len(names) >= 2:
            return names
    return span


def _subject_segment(tokens: list[Token], span: list[int], start: int, closed: bool) -> list[int]:
    """The subject among the comma-separated parts of the words before a verb. Fronted phrases go ("In
    Ottawa, officials said", "But for the first time, authorities have named", "Born in Bergen, Olsen
    joined"); then the subject is the first part when an aside closes at the verb ("Whitfield, the chief
    executive, said"), all of them when they list it ("Gonzalez, his stepmother and some adults
    planned"), else the last ("Contrary to other reports, the FBI said", "In July in Phnom Penh,
    Cambodia's capital, Hun Sen staged")."""
    parts: list[list[int]] = [[]]
    for i in span:
        if tokens[i].text == ",":
            parts.append([])
        else:
            parts[-1].append(i)
    parts = [part for part in parts if part]

    def fronted(part: list[int]) -> bool:
        opening = next((i for i in part if tokens[i].tag not in ("CONJ", "ADV")), None)
        return opening is None or tokens[opening].tag in ("PREP", "SUB") or tokens[part[0]].tag == "VERB" and part[0] == start

    while len(parts) > 1 and fronted(parts[0]):
        parts = parts[1:]
    if len(parts) == 1:
        return parts[0]
    if closed:
        return parts[0]
    if len(parts) >= 3 and any(tokens[i].tag == "CONJ" for i in parts[-1]):
        return [i for i in span if parts[0][0] <= i <= parts[-1][-1]]
    # not a participle phrase or a clause of its own: "Crane holds shares, including 254,200 bought"
    return next((part for part in reversed(parts) if tokens[part[0]].tag not in ("SUB", "PREP")
                 and not any(tokens[i].tag in ("VERB", "AUX") for i in part)), parts[0])


def _last_name_run(tokens: list[Token], span: list[int]) -> list[int]:
    run: list[int] = []
    for i in span:
        if tokens[i].tag == "NAME" or (i == span[0] and tokens[i].text[:1].isupper() and tokens[i].tag not in ("DET", "PRON", "ADJ")):
            run = run + [i] if run and run[-1] == i - 1 else [i]
        else:
            run = [] if i != span[-1] else run
    return run if run and run[-1] == span[-1] else []


def _trimmed(tokens: list[Token], body: list[int]) -> list[int]:
    """At most ``_MAX_WORDS`` tokens of a headline, cut at the last comma within them when there is one
    past the first few words and the verb, so that a long headline ends with a whole phrase, not mid-phrase
    (nor inside a subject that lists several names)."""
    if len(body) <= _MAX_WORDS:
        return body
    kept = body[:_MAX_WORDS]
    verb = next((position for position, i in enumerate(kept) if tokens[i].tag in ("VERB", "AUX")), len(kept))
    commas = [position for position, i in enumerate(kept) if tokens[i].text == "," and position >= max(8, verb)]
    return kept[:commas[-1]] if commas else kept


def _render(text: str, tokens: list[Token], indices: list[int], inserted: dict[int, str] | None = None) -> str:
    """The text of the kept tokens: original spacing inside runs, one space across gaps; ``inserted`` words
    go before the token of their index."""
    pieces: list[str] = []
    run_start = previous = None
    inserted = inserted or {}
    for index in indices:
        if previous is not None and index == previous + 1 and index not in inserted:
            previous = index
            continue
        if run_start is not None:
            pieces.append(text[tokens[run_start].start:tokens[previous].end])
        if index in inserted:
            pieces.append(inserted[index])
        run_start = previous = index
    if run_start is not None:
        pieces.append(text[tokens[run_start].start:tokens[previous].end])
    rendered = " ".join(pieces)
    rendered = re.sub(r"\(\s*([a-z]+)\s*\)", r"\1", rendered)  # editorial insertions: "had (a) conversation"
    rendered = re.sub(r"\s+([,.;:])", r"\1", rendered)
    rendered = re.sub(r"\s+", " ", rendered)
    return rendered.strip(" ,;:-—")


def build_headline(text: str, tokens: list[Token], trigger: int, dropped: set[int], resolve,
                   own_time: set[int] = frozenset()) -> Headline:
    """The headline for the event at tokens[trigger]; ``dropped`` are the tokens of the sentence's time
    phrases, ``own_time`` those of the event's own.

    ``resolve(pronoun_index)`` returns the name a pronoun subject stands for, or None.
    """
    if tokens[trigger].lower in lexicon.REPORTING_VERBS and (said := _attributed_speech(text, tokens, trigger, resolve)):
        return said
    compared = compared_phrase(tokens, min(own_time)) if own_time else None
    if compared is not None and compared[1] == trigger:
        return _comparison_headline(text, tokens, compared, min(own_time), set(dropped), resolve)
    follows = trigger + 1 in own_time or trigger + 2 in own_time and tokens[trigger + 1].lower in lexicon.TIME_PREPOSITIONS
    if follows and (phrase := time_participle_subject(tokens, trigger)):
        return _time_participle_headline(text, tokens, trigger, phrase)
    if trigger == 0 and (closing := opening_participle_phrase(tokens)) is not None:
        return _opening_participle_headline(text, tokens, closing, dropped, resolve)
    if (noun := _reduced_relative(tokens, trigger, dropped)) is not None:
        return _reduced_relative_headline(text, tokens, trigger, noun, dropped)
    start, end = clause_bounds(tokens, trigger)
    dropped = set(dropped) | _other_dated_predicates(tokens, start, end, trigger, set(dropped) - set(own_time))
    # The preposition of the time phrase and a comma after a fronted time phrase go with it, and so
    # does the word joining the two ends of a range ("between 2016 and 2019").
    dropped |= _time_words(tokens, dropped) | {index - 1 for index in dropped if index - 1 not in dropped and index - 2 in dropped
                                                and tokens[index - 1].lower in _RANGE_JOINS}
    for index in sorted(dropped):
        phrase_start = index
        while phrase_start - 1 in dropped:
            phrase_start -= 1
        # A comma after the phrase also goes when the phrase opens the clause, or when it closes a date written
        # with a comma inside ("expects net income in the year ending June 30, 1990, to fall").
        closes_date = index + 1 not in dropped and any(tokens[k].text == "," for k in range(phrase_start, index))
        if index + 1 < len(tokens) and tokens[index + 1].text == "," and (index + 1 == start or phrase_start <= start or closes_date):
            dropped.add(index + 1)
    for participle, closing in participle_phrases(tokens):
        last = end if closing is None else min(end, closing)
        if trigger < participle <= end and any(i in dropped and i not in own_time for i in range(participle, last + 1)):
            # "approved the tax, ending a debate that began in 2023": the phrase tells of another date's event,
            # and so does a noun phrase set off after it ("bringing the total since January to 214, the highest count")
            if closing is not None and not any(t.tag in ("VERB", "AUX") for t in tokens[closing + 1:end + 1]):
                last = end
            dropped |= set(range(participle - 1, last + 1))
    asides = _asides(tokens, start, end)
    dropped |= _relative_clause_of_another_date(tokens, start, trigger, dropped, set(own_time))
    if trigger in asides:  # the event is told inside the relative clause: its verbs are the event's own
        asides = set()
    verbs = [i for i in range(start, trigger + 1) if tokens[i].tag in ("VERB", "AUX") and i not in dropped and i not in asides]
    shared_subject_end = None
    body: list[int]
    if tokens[trigger].tag in ("VERB", "AUX") or not verbs:
        verb = trigger if tokens[trigger].tag in ("VERB", "AUX") else None
        if verb is not None and _governed_gerund(tokens, trigger) and verbs and verbs[0] < trigger:
            verb = verbs[0]  # "was found guilty of driving": the clause's own verb heads the headline
        body = list(range(start, end + 1))
        segments = predicates(tokens, start, end) if verb is not None else []
        own = next(((first, last) for first, last in segments if first <= verb <= last), None)
        if own is not None and own != segments[0] and any(tokens[i].tag == "AUX" for i in range(own[0], verb)):
            # "The union said it was not consulted and would seek talks": a later predicate with its own
            # auxiliary is an event of its own, with the clause's subject; "was arrested and charged" is one.
            shared_subject_end = segments[0][0]
    else:
        verb = verbs[0]
        # "The union representing bakery workers said ... and would seek talks": the event noun's verb is the
        # first of its own predicate, whose subject is the clause's.
        segments = predicates(tokens, start, end)
        own = next(((first, last) for first, last in segments if first <= trigger <= last), None)
        if own is not None and own != segments[0]:
            verb = next((i for i in verbs if i >= own[0]), verb)
            shared_subject_end = segments[0][0]
        body = list(range(start, verb + 1))
        left, right = _conjunct(tokens, verb, trigger, end)
        if left > verb + 1:
            # A second conjunct takes the first one's determiner: "had an attempt ... and (an) plot".
            determiner = next((i for i in range(verb + 1, left) if tokens[i].tag == "DET"), None)
            if determiner is not None and tokens[left].tag != "DET":
                body.append(determiner)
        body += list(range(left, right + 1))
    subject_name = owner = None
    # the relative pronoun is the subject when the clause's first verb follows it ("who was critically injured
    # in the 1998 bombing"), whichever word of the clause the event is
    antecedent = _antecedent(tokens, start, next((i for i in range(start, end + 1) if tokens[i].tag in ("VERB", "AUX")), verb), dropped)
    if antecedent:
        # "The factory, which closed in 2009" / "the lawsuit, filed in 2021": the noun before is the subject.
        passive = tokens[start - 1].text == ","
        body = antecedent + [i for i in body if i >= start and i not in antecedent]  # "who was badly wounded"
        body = [i for i in body if i not in dropped and tokens[i].tag != "QUOTE"]
        while body and tokens[body[0]].lower in lexicon.HEADLINE_DROP_LEADING:
            body = body[1:]
        head = _render(text, tokens, [i for i in body if i in antecedent])
        rest = _render(text, tokens, [i for i in body if i not in antecedent][:_MAX_WORDS])
        rendered = _capitalize(f"{head} {'was ' if passive else ''}{rest}")
        return Headline(rendered, _participants(tokens, body, None))
    if verb is not None and verb > start:
        subject = _subject_span(tokens, start, shared_subject_end or verb, dropped)
        first_verb = verb
        while first_verb > start and tokens[first_verb - 1].tag in ("AUX", "ADV"):
            first_verb -= 1
        if len(subject) == 1 and tokens[subject[0]].tag == "PRON":
            subject_name = resolve(subject[0])
            subject = [] if subject_name else subject
        elif len(subject) > 1 and tokens[subject[0]].lower in ("his", "her", "its", "their") and (owner := resolve(subject[0])):
            owner = re.sub(r"['’]s$", "", owner)
            subject_name, subject = owner, subject[1:]  # "Her paper was published": Adler's paper
        body = subject + [i for i in body if i >= first_verb]
    elif verb is not None and verb == start:
        subject_name = resolve(None)
    body = [i for i in body if i not in dropped]
    body = [i for i in body if not (tokens[i].tag == "QUOTE")]
    while body and (tokens[body[0]].lower in lexicon.HEADLINE_DROP_LEADING or tokens[body[0]].tag == "PUNCT"):
        body = body[1:]
    rendered = _render(text, tokens, _trimmed(tokens, body), _articles_for_possessive_dates(tokens, dropped, body))
    if body and len(body) < _MAX_WORDS and (gap := _object_relative_antecedent(tokens, start, body, dropped)):
        # "The bridge, which the city council voted on Tuesday to demolish": what the verb is done to
        rendered += " " + _lowered_article(_render(text, tokens, gap))
    if subject_name:
        rendered = f"{subject_name}’s {rendered}" if owner else f"{subject_name} {rendered}"
    rendered = _capitalize(rendered)
    participants = _participants(tokens, body, subject_name)
    return Headline(rendered, participants)


def _time_words(tokens: list[Token], dropped: set[int]) -> set[int]:
    """The words right before the dropped time phrases that go with them: "in", "on", "late", "through",
    "(shortly) after"; not the preposition of a noun phrase a possessive date opens ("at Friday's meeting")."""
    words = set()
    for first, last in _dropped_runs(dropped).items():
        if first == 0 or tokens[last].lower.endswith(("'s", "’s")):
            continue
        if tokens[first].tag == "DET" and last + 1 < len(tokens) and tokens[last + 1].tag == "NOUN":
            continue  # "before the summer recess": the phrase opens a noun phrase, whose preposition stays
        if tokens[first - 1].lower in lexicon.HEADLINE_TIME_WORDS:
            words.add(first - 1)
        elif tokens[first - 1].lower == "of" or time_preposition(tokens, first - 1, dropped):
            words.add(first - 1)  # "the boom of recent years", "over the past year"
        elif tokens[first - 1].lower in ("after", "before"):
            # "arrived shortly after 9 p.m.": the relation to a time shown beside the headline goes with it
            words.add(first - 1)
            if first >= 2 and tokens[first - 2].tag == "ADV":
                words.add(first - 2)
    return words


def time_preposition(tokens: list[Token], index: int, dropped: set[int]) -> bool:
    """Whether "over" or "within" at ``index`` is the preposition of a dropped time phrase opened by a
    determiner ("arrived over the weekend", "within the past week"), not a verb's particle ("took over last year")."""
    return tokens[index].lower in ("over", "within") and index + 1 in dropped and tokens[index + 1].tag == "DET"


def _dropped_runs(dropped: set[int]) -> dict[int, int]:
    """First word -> last word of each run of consecutive dropped words."""
    runs = {}
    for index in dropped:
        if index - 1 not in dropped:
            last = index
            while last + 1 in dropped:
                last += 1
            runs[index] = last
    return runs


def _possessive_dates(tokens: list[Token], dropped: set[int]) -> dict[int, int]:
    """First word -> last word of each dropped run that ends in a possessive: "Friday's", "last year's"."""
    return {first: last for first, last in _dropped_runs(dropped).items() if tokens[last].lower.endswith(("'s", "’s"))}


def _articles_for_possessive_dates(tokens: list[Token], dropped: set[int], body: list[int]) -> dict[int, str]:
    """Where a dropped possessive date leaves its noun without a determiner, "the" goes before the noun:
    "approved the plan at Friday's meeting" gives "approved the plan at the meeting"."""
    kept = set(body)
    return {last + 1: "the" for first, last in _possessive_dates(tokens, dropped).items()
            if last + 1 in kept and not (first > 0 and (tokens[first - 1].tag == "DET" or tokens[first - 1].lower.endswith(("'s", "’s"))
                                                         or tokens[first - 1].lower in lexicon.POSSESSIVE_PRONOUNS))}


def subject_of(tokens: list[Token], start: int, verb: int, dropped: set[int] = frozenset()) -> list[int]:
    """The subject of the clause from ``start`` whose verb is tokens[verb], without descriptors, a leading
    article or the verbs that govern tokens[verb]; ``dropped`` are the words left out (time phrases)."""
    subject = _subject_span(tokens, start, verb, dropped, governing_verbs=False)
    while len(subject) > 1 and tokens[subject[0]].lower in lexicon.HEADLINE_DROP_LEADING:
        subject = subject[1:]
    return subject


def render_phrase(text: str, tokens: list[Token], indices: list[int]) -> str:
    """The text of some of a sentence's tokens, as a headline shows them."""
    return _render(text, tokens, indices)


def _told_of(tokens: list[Token], start: int, verb: int | None, dropped: set[int], resolve) -> tuple[list[int], str | None]:
    """The subject of the clause from ``start`` to ``verb`` without its leading article, and the name a
    pronoun subject stands for: who a headline built from another part of the sentence is about."""
    subject = subject_of(tokens, start, verb, dropped) if verb is not None else []
    name = resolve(subject[0]) if len(subject) == 1 and tokens[subject[0]].tag == "PRON" else None
    return subject, name


# What introduces the earlier figure a result is compared with: "compared with a profit of $4 million a year earlier".
_COMPARISON_MARKERS = {("compared", "with"), ("compared", "to"), ("up", "from"), ("down", "from")}


def compared_phrase(tokens: list[Token], first: int) -> tuple[int, int] | None:
    """(marker, head noun) when the time phrase at tokens[first] closes a comparison with an earlier figure
    named by an event noun: "reported a loss, compared with a profit of 800 million crowns a year earlier".
    That date is the profit's, and the profit is the event."""
    for marker in range(first - 2, max(0, first - 16), -1):
        if tokens[marker].text in (";", ".") or tokens[marker].tag == "QUOTE":
            return None
        if (tokens[marker].lower, tokens[marker + 1].lower) in _COMPARISON_MARKERS:
            head = marker + 2
            while head < first and tokens[head].tag in ("DET", "ADJ"):
                head += 1
            if head < first and tokens[head].tag == "NOUN":
                return marker, head
            if head < first and (tokens[head].text in lexicon.CURRENCY_SIGNS or tokens[head].tag == "NUM"):
                # a bare figure, "reported revenue of $212 million, down from $268 million a year earlier":
                # the earlier figure is of the same thing, the object of the clause's verb
                return (marker, measured) if (measured := _measured_object(tokens, marker)) is not None else None
            return None
    return None


def _measured_object(tokens: list[Token], marker: int) -> int | None:
    """The noun a figure measures in the clause before ``marker``: "revenue" in "reported revenue of $212
    million"; the first noun after one of the clause's verbs that a figure follows."""
    start, _ = clause_bounds(tokens, max(0, marker - 2))
    for verb in (i for i in range(start, marker) if tokens[i].tag in ("VERB", "AUX")):
        noun = verb + 1
        while noun < marker and tokens[noun].tag in ("DET", "ADJ"):
            noun += 1
        if noun + 2 < marker and tokens[noun].tag == "NOUN" and tokens[noun + 1].lower == "of" and (
                tokens[noun + 2].text in lexicon.CURRENCY_SIGNS or tokens[noun + 2].tag == "NUM"):
            return noun
    return None


def _comparison_headline(text: str, tokens: list[Token], compared: tuple[int, int], first: int, dropped: set[int],
                         resolve) -> Headline:
    """The earlier figure as an event of the clause's subject: "Nordvik Motors had a profit of 800 million crowns"."""
    marker, head = compared
    dropped = dropped | _time_words(tokens, dropped)
    start, _ = clause_bounds(tokens, max(0, marker - 2))  # the clause the comparison is appended to
    verb = next((i for i in range(start, marker) if tokens[i].tag in ("VERB", "AUX")), None)
    subject, name = _told_of(tokens, start, verb, dropped, resolve)
    figure = [i for i in range(marker + 2, first) if i not in dropped]
    while figure and tokens[figure[-1]].tag in ("PUNCT", "CONJ"):
        figure.pop()
    who = name or _render(text, tokens, subject)
    rendered = _render(text, tokens, figure[:_MAX_WORDS])
    if head < marker:  # a bare figure of the clause's object: "revenue of $268 million"
        rendered = f"{tokens[head].lower} of {rendered}"
    return Headline(_capitalize(f"{who} had {rendered}" if who else rendered), _participants(tokens, subject + figure, name))


def time_participle_subject(tokens: list[Token], participle: int) -> list[int]:
    """The noun phrase a participle such as "starting" before a time phrase tells of: "free vaccination
    clinics at 12 schools" in "announced free vaccination clinics at 12 schools starting next Monday".
    Empty when there is none, or only a bare noun ("take effect starting Jan. 1")."""
    if tokens[participle].lower not in lexicon.TIME_PARTICIPLES:
        return []
    end = participle - 1 if participle > 0 and tokens[participle - 1].text == "," else participle  # "a fee, effective March 1,"
    start = end
    while start > 0 and (tokens[start - 1].tag in ("DET", "ADJ", "NOUN", "NAME", "NUM", "PREP")
                         or tokens[start - 1].lower.endswith("ing") and tokens[start].tag == "NOUN"):  # "a parking fee"
        start -= 1
    while start < end and tokens[start].tag == "PREP":
        start += 1
    phrase = list(range(start, end))
    if not phrase or tokens[phrase[-1]].tag not in ("NOUN", "NAME"):
        return []
    if start > 0 and tokens[start - 1].tag in ("VERB", "AUX") and all(tokens[i].tag == "NOUN" for i in phrase):
        return []  # a bare noun object: "take effect starting Jan. 1"
    return phrase


def _time_participle_headline(text: str, tokens: list[Token], participle: int, phrase: list[int]) -> Headline:
    """ "Free vaccination clinics at 12 schools start", with the verb agreeing with the phrase's head noun."""
    head = next((i for i in phrase if i + 1 < len(tokens) and tokens[i].tag == "NOUN" and tokens[i + 1].tag == "PREP"), phrase[-1])
    plural, singular = lexicon.TIME_PARTICIPLE_VERBS[tokens[participle].lower]
    word = tokens[head].lower
    verb = plural if word.endswith("s") and not word.endswith("ss") else singular
    while len(phrase) > 1 and tokens[phrase[0]].lower in lexicon.HEADLINE_DROP_LEADING:
        phrase = phrase[1:]
    return Headline(_capitalize(f"{_render(text, tokens, phrase[:_MAX_WORDS])} {verb}"), _participants(tokens, phrase, None))


def _reduced_relative(tokens: list[Token], participle: int, dropped: set[int]) -> list[int] | None:
    """The noun phrase a past participle right after it describes, when a preposition opens that phrase
    ("Under the plan approved this week, demolition will start", "signed under a program approved by the
    board"): a passive relative clause without "which was". ``dropped`` are the sentence's time phrases."""
    token = tokens[participle]
    if token.tag != "VERB" or not token.lower.endswith("ed") or "VBN" not in entry(token.lower).verb_forms \
            or token.lower == "compared":
        return None
    end = participle - 1
    if end < 0 or tokens[end].tag != "NOUN":
        return None
    start = end
    while start > 0 and tokens[start].tag != "DET" and tokens[start - 1].tag in ("DET", "ADJ", "NOUN", "NAME", "NUM"):
        start -= 1
    before = tokens[start - 1] if start > 0 else None
    if before is None or before.tag != "PREP" or before.lower in lexicon.CLAUSE_PREPOSITIONS or tokens[start].tag != "DET" \
            or start > 1 and tokens[start - 2].tag in ("NOUN", "NAME", "NUM"):
        # "after the market closed Friday" is a clause of its own; "details of the slaying emerged" tells of
        # the noun the preposition hangs on
        return None
    following = next((t for i, t in enumerate(tokens[participle + 1:], participle + 1) if i not in dropped), None)
    if following is not None and following.tag in ("DET", "NUM", "NOUN", "NAME", "PRON", "ADJ", "VERB"):
        return None  # an object follows: an active verb, "a bomb ripped through an office", "added 358,000 jobs"
    return list(range(start, end + 1))


def _reduced_relative_headline(text: str, tokens: list[Token], participle: int, noun: list[int], dropped: set[int]) -> Headline:
    """ "Plan was approved": the noun phrase, "was" or "were", and the participle's own phrase."""
    dropped = dropped | _time_words(tokens, dropped)
    end = participle
    while end + 1 < len(tokens) and not _is_break_before(tokens, end + 1) and tokens[end + 1].text != ",":
        end += 1
    phrase = [i for i in range(participle, end + 1) if i not in dropped and tokens[i].tag not in ("PUNCT", "QUOTE")]
    while len(noun) > 1 and tokens[noun[0]].lower in lexicon.HEADLINE_DROP_LEADING:
        noun = noun[1:]
    head = tokens[noun[-1]].lower
    be = "were" if head.endswith("s") and not head.endswith("ss") else "was"
    rendered = f"{_render(text, tokens, noun)} {be} {_render(text, tokens, phrase[:_MAX_WORDS])}"
    return Headline(_capitalize(rendered), _participants(tokens, noun + phrase, None))


def _opening_participle_headline(text: str, tokens: list[Token], closing: int, dropped: set[int], resolve) -> Headline:
    """The headline of a participle phrase opening the sentence, told of the main clause's subject:
    "Born in Bergen in 1934, Olsen joined ..." gives "Olsen was born in Bergen"."""
    verb = next((i for i in range(closing + 1, len(tokens)) if tokens[i].tag in ("VERB", "AUX")), None)
    subject, name = _told_of(tokens, closing + 1, verb, dropped, resolve)
    dropped = dropped | _time_words(tokens, dropped)
    phrase = [i for i in range(closing) if i not in dropped]
    who = name or _render(text, tokens, subject)
    rendered = _render(text, tokens, phrase[:_MAX_WORDS])
    rendered = f"{who} was {rendered[:1].lower()}{rendered[1:]}" if who else rendered
    return Headline(_capitalize(rendered), _participants(tokens, subject + phrase, name))


def _attributed_speech(text: str, tokens: list[Token], trigger: int, resolve) -> Headline | None:
    """For speech attributed after it ("The line should open in 2029, Mayor Dana Ortiz said Wednesday.",
    '"We will keep fighting," said Ray Mills'): the speaker, the verb and what was said, as "Mayor Dana
    Ortiz said the line should open in 2029"; what was said alone when the speaker is an unknown "he"."""
    before = trigger - 1
    while before >= 0 and tokens[before].tag in _NOUN_PHRASE:
        before -= 1
    if before == trigger - 1:  # the speaker after the verb: '..., said Ray Mills'
        after = trigger + 1
        while after < len(tokens) and tokens[after].tag in _NOUN_PHRASE:
            after += 1
        speaker = list(range(trigger + 1, after))
        if after < len(tokens) and tokens[after].tag not in ("PUNCT", "QUOTE") and tokens[after].lower not in lexicon.AFTER_SPEAKER:
            return None  # an object, not a speaker: "The company, founded in 2014, reported revenue of $212 million"
        named = after + 1
        while named < len(tokens) and tokens[named].tag == "NAME":
            named += 1
        if after < len(tokens) and tokens[after].text == "," and named > after + 1:
            speaker = list(range(after + 1, named))  # "said her daughter, Ingrid Berg": the name says who
    else:
        speaker = list(range(before + 1, trigger))
    while before >= 0 and tokens[before].tag == "QUOTE":
        before -= 1
    if not speaker or before < 1 or tokens[before].text != ",":
        return None
    opening = next((i for i in range(before - 1, -1, -1) if tokens[i].tag == "QUOTE"), None)
    if opening is not None and opening > 0 and tokens[opening - 1].text not in (",", ":", ".", "?", "!"):
        opening = None  # a closing quote, or one inside: not where the quotation opens
    quoted = opening is not None
    # what was said: the quotation, from its opening quote on; else the clause before the comma
    said = [i for i in range(opening + 1 if quoted else 0, before) if tokens[i].tag != "QUOTE"]
    while len(said) > 1 and (tokens[said[0]].tag == "CONJ" or tokens[said[0]].lower in ("however", "meanwhile")):
        said = said[1:]  # "..., but discussions have been renewed, an official said"
    if not any(tokens[i].tag in ("VERB", "AUX") for i in said) or not quoted and before == opening_participle_phrase(tokens):
        return None  # not a clause that was said: "In Ottawa, officials said", "Speaking in Oslo, the minister said"
    pronoun = len(speaker) == 1 and tokens[speaker[0]].tag == "PRON"
    name = resolve(speaker[0]) if pronoun else None
    if pronoun and not name:  # who "he" is, the text does not say: what was said stands alone
        while len(said) > 1 and tokens[said[0]].lower in lexicon.HEADLINE_DROP_LEADING:
            said = said[1:]
        return Headline(_capitalize(_render(text, tokens, said[:_MAX_WORDS])), _participants(tokens, said, None))
    content = _render(text, tokens, said[:_MAX_WORDS])
    if quoted:  # the speaker's own words stay theirs
        content = f"“{content}”"
    elif tokens[said[0]].tag != "NAME" and tokens[said[0]].text != "I":
        content = content[:1].lower() + content[1:]
    who = name or _render(text, tokens, [i for i in speaker if tokens[i].lower not in lexicon.HEADLINE_DROP_LEADING])
    verb = tokens[trigger].text + (":" if quoted else "")
    return Headline(_capitalize(f"{who} {verb} {content}"), _participants(tokens, ([] if name else speaker) + said, name))


def predicates(tokens: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """The coordinated predicates of the clause tokens[start..end] that share its subject, as (first, last)
    token spans, each but the first opening at its "and" or "or" ("was born in Vienna | and fled to Norway")."""
    def predicate_at(i: int) -> bool:  # a verb, not a participle before its noun ("and rice-processing capacity")
        return tokens[i].tag in ("VERB", "AUX") and not (
            tokens[i].lower.endswith(("ing", "ed")) and i + 1 <= end and tokens[i + 1].tag in ("NOUN", "VERB"))

    def in_aside(i: int) -> bool:  # between the dashes of "its new strategy -- started in ... and expected to ... --"
        dashes = sum(tokens[j].text in ("—", "–") or tokens[j].text == "-" == tokens[j + 1].text for j in range(start, i))
        return dashes % 2 == 1

    cuts = [i for i in range(start + 1, end) if tokens[i].lower in ("and", "or") and not in_aside(i)
            and (predicate_at(i + 1) or tokens[i + 1].tag == "ADV" and i + 2 <= end and predicate_at(i + 2))]
    first_verb = next((i for i in range(start, end + 1) if predicate_at(i)), None)
    if not cuts or first_verb is None or first_verb == start or cuts[0] < first_verb:
        return []  # no subject before the verbs ("Touring X and meeting Y, the chief said"): no predicates of one
    return list(zip([first_verb] + cuts, [cut - 1 for cut in cuts] + [end]))


def _other_dated_predicates(tokens: list[Token], start: int, end: int, trigger: int, other_times: set[int]) -> set[int]:
    """The tokens of the predicates, sharing the clause's subject, that other dates belong to: "Adler was born
    in Vienna in 1941 and fled to Norway in 1944" tells of two events, one predicate each."""
    segments = predicates(tokens, start, end) if other_times else []
    found: set[int] = set()
    own = next(((first, last) for first, last in segments if first <= trigger <= last), None)
    # "has raised $1 billion since 2017 and hired 700 people this year": a bare participle shares the first
    # predicate's perfect auxiliary (not a passive's "was": "was born in 1941 and fled in 1944")
    bare = own is not None and not any(tokens[i].tag == "AUX" for i in range(own[0], trigger))
    for first, last in segments:
        if not first <= trigger <= last and other_times & set(range(first, last + 1)):
            shared = first
            while bare and first < trigger and shared <= last and (tokens[shared].lower in lexicon.HAVE_FORMS or tokens[shared].tag == "ADV"):
                shared += 1
            found |= set(range(shared, last + 1))
            # the "and" that joined it goes too: before it, or before the trigger's own predicate
            found |= {last + 1} if last < trigger and tokens[last + 1].lower in ("and", "or") else set()
    return found


def _governed_gerund(tokens: list[Token], index: int) -> bool:
    """True when tokens[index] is an "-ing" form after a preposition or a comma: "guilty of driving",
    "studied physics, graduating in 1965"."""
    return tokens[index].lower.endswith("ing") and index > 0 and (tokens[index - 1].tag == "PREP" or tokens[index - 1].text == ",")


def _in_relative_clause(tokens: list[Token], start: int, index: int) -> bool:
    """True when tokens[index] is in the relative clause whose verb group opens at ``start`` ("a debate that
    began in 2013"), not in the main clause after it ("the revolution that brought Castro to power gathered")."""
    group = start
    while group < len(tokens) and tokens[group].tag in ("VERB", "AUX", "ADV"):
        group += 1
    return group > start and tokens[start].tag in ("VERB", "AUX") and \
        (index < group or not any(t.tag in ("VERB", "AUX") for t in tokens[group:index + 1]))


def _antecedent(tokens: list[Token], start: int, verb: int | None, dropped: set[int] = frozenset()) -> list[int]:
    """The noun phrase a relative or participial clause hangs on, when the clause has no subject of its own;
    ``dropped`` are the time phrases, which may stand between the pronoun and its verb ("which last year had")."""
    if start == 0 or verb is None:
        return []
    opener = tokens[start - 1]
    # Only the verb group stands between the pronoun and the verb: "which is expected to hear", not "which he said".
    if opener.lower in ("who", "which", "that") and all(t.tag in ("AUX", "ADV", "VERB") or t.lower in ("to", "not") or i in dropped
                                                       for i, t in enumerate(tokens[start:verb], start)):
        if start >= 2 and tokens[start - 2].lower in ("and", "or"):
            # "Lazaro, who has been keeping Elian and who has gone to court": the first pronoun's noun
            earlier = next((i for i in range(start - 3, 0, -1) if tokens[i].lower == opener.lower), None)
            return _noun_phrase_before(tokens, earlier) if earlier is not None else []
        return _noun_phrase_before(tokens, start - 1)
    if opener.text == "," and verb == start and tokens[verb].lower.endswith("ed"):
        return _noun_phrase_before(tokens, start)
    return []


def _object_relative_verb(tokens: list[Token], start: int, index: int) -> bool:
    """True when tokens[index] is the verb of an object relative clause opening at ``start`` with its own
    subject: "the report that [the agency published]" (a noun phrase, then the verb group holding the word)."""
    if start < 2 or tokens[start - 2].lower in lexicon.NOUN_COMPLEMENT_HEADS:
        return False  # "the fact that a ground campaign has begun": what the noun says, not a relative clause
    position = start
    while position < index and tokens[position].tag in ("DET", "ADJ", "NOUN", "NAME", "PRON", "NUM"):
        position += 1
    if position == start or position >= len(tokens):
        return False
    group = position
    while position < index and tokens[position].tag in ("AUX", "ADV"):
        position += 1
    passive = any(tokens[i].lower in lexicon.BE_FORMS for i in range(group, position))
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    # the verb's object is the noun the clause hangs on: nothing of its own follows the verb but a time
    # phrase or the main clause's verb
    gap = following is None or following.tag in ("PUNCT", "QUOTE", "VERB", "AUX") or following.lower in lexicon.TIME_OPENERS
    return position == index and tokens[index].tag == "VERB" and not passive and gap


def _object_relative_antecedent(tokens: list[Token], start: int, body: list[int], dropped: set[int]) -> list[int]:
    """The noun phrase an object relative clause hangs on, when the clause ends with the verb whose object it
    is: "the bridge, which the council voted to demolish", "the report that the agency published on Monday
    was criticized" (``dropped``: the time phrases). Empty otherwise."""
    if start < 2 or tokens[start - 1].lower not in ("which", "that", "whom") or tokens[start].tag not in ("DET", "NAME", "PRON"):
        return []
    following = next((tokens[i] for i in range(body[-1] + 1, len(tokens)) if i not in dropped), None)
    if tokens[body[-1]].tag != "VERB" or following is not None and following.tag not in ("PUNCT", "QUOTE", "VERB", "AUX"):
        return []
    return _noun_phrase_before(tokens, start - 1)


def _lowered_article(text: str) -> str:
    """ "the bridge" for "The bridge" inside a headline."""
    return re.sub(r"^(The|A|An) ", lambda m: m.group(1).lower() + " ", text)


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _participants(tokens: list[Token], body: list[int], subject_name: str | None) -> tuple[str, ...]:
    """Names (runs of capitalized words) the headline mentions, subject first."""
    found: list[str] = [subject_name] if subject_name else []
    run: list[str] = []
    for position, index in enumerate(body + [-1]):
        token = tokens[index] if index >= 0 else None
        contiguous = token is not None and (not run or body[position - 1] == index - 1)
        if token is not None and contiguous and (token.tag == "NAME" or (token.text[:1].isupper() and token.tag not in ("DET", "PRON", "QUOTE", "PREP", "CONJ"))):
            run.append(re.sub(r"['’]s$", "", token.text))
            continue
        if run:
            name = " ".join(run)
            if name not in found:
                found.append(name)
        run = [re.sub(r"['’]s$", "", token.text)] if token is not None and token.tag == "NAME" else []
    return tuple(found)
