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
from timeline.events.tokens import Token

_MAX_WORDS = 30


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
    return False


def _attribution_follows(tokens: list[Token], index: int) -> bool:
    """True when tokens[index:] is an attribution: ", officials said", ", the agency said", ", he said"."""
    for position in range(index, min(index + 4, len(tokens))):
        if tokens[position].lower in lexicon.REPORTING_VERBS:
            return position > index
        if tokens[position].tag not in ("DET", "ADJ", "NOUN", "NAME", "PRON"):
            return False
    return False


def _noun_phrase_before(tokens: list[Token], index: int) -> list[int]:
    """The noun phrase ending just before tokens[index] (a comma in between is skipped)."""
    end = index - 1
    if end >= 0 and tokens[end].text == ",":
        end -= 1
    start = end
    while start >= 0 and tokens[start].tag in ("DET", "ADJ", "NOUN", "NAME"):
        start -= 1
    if start + 1 > end or tokens[end].tag not in ("NOUN", "NAME"):
        return []
    return list(range(start + 1, end + 1))


def clause_bounds(tokens: list[Token], index: int) -> tuple[int, int]:
    """First and last token index of the clause around tokens[index]."""
    start = index
    while start > 0:
        previous = tokens[start - 1]
        if previous.tag == "QUOTE" or previous.text in (";", ":", "?", "!"):
            break
        if previous.lower in lexicon.CLAUSE_OPENERS and previous.tag != "PREP" or previous.lower in ("after", "before") and _verb_follows(tokens, start):
            break
        if previous.text == "," and tokens[start].tag == "VERB" and tokens[start].lower.endswith("ed") and start == index:
            break
        if previous.tag == "CONJ" and _has_own_subject(tokens, start, index):
            # "..., and inspectors certified the structure": a coordinated clause with its own subject.
            break
        if previous.lower == "that" and start - 2 >= 0 and tokens[start - 2].lower in lexicon.REPORTING_VERBS | {"claimed", "told"}:
            break
        start -= 1
    end = index
    while end + 1 < len(tokens) and not _is_break_before(tokens, end + 1):
        end += 1
    while end > index and tokens[end].tag in ("PUNCT", "QUOTE", "CONJ"):
        end -= 1
    return start, end


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
    """True when a verb comes within a few words: "after X shot down" opens a clause, "after dinner" does not."""
    return any(token.tag in ("VERB", "AUX") for token in tokens[start:start + 8])


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


def _subject_span(tokens: list[Token], start: int, verb: int, dropped: set[int]) -> list[int]:
    """Token indices of the clause's subject: before the verb, appositives and descriptors cut."""
    first_verb = verb
    while first_verb > start and tokens[first_verb - 1].tag in ("AUX", "ADV"):
        first_verb -= 1
    span = [i for i in range(start, first_verb) if i not in dropped]
    while span and tokens[span[0]].text == ",":
        span = span[1:]
    if not span:
        return span
    span = [i for i in span if not (tokens[i].tag == "PUNCT" and tokens[i].text == "," and i == span[-1])]
    if "," in [tokens[i].text for i in span]:
        span = span[:[tokens[i].text for i in span].index(",")]
    acronym = [i for i in span if re.fullmatch(r"[A-Z]{2,6}", tokens[i].text) and i > start and tokens[i - 1].text == "("]
    if acronym:
        return acronym[:1]
    names = _last_name_run(tokens, span)
    if names and names[0] != span[0] and all(tokens[i].tag not in ("PREP",) and tokens[i].text not in ("'s", "’s") for i in span[:span.index(names[0])]):
        if tokens[span[0]].tag != "DET" or len(names) >= 2:
            return names
    return span


def _last_name_run(tokens: list[Token], span: list[int]) -> list[int]:
    run: list[int] = []
    for i in span:
        if tokens[i].tag == "NAME" or (i == span[0] and tokens[i].text[:1].isupper() and tokens[i].tag not in ("DET", "PRON", "ADJ")):
            run = run + [i] if run and run[-1] == i - 1 else [i]
        else:
            run = [] if i != span[-1] else run
    return run if run and run[-1] == span[-1] else []


def _render(text: str, tokens: list[Token], indices: list[int]) -> str:
    """The text of the kept tokens: original spacing inside runs, one space across gaps."""
    pieces: list[str] = []
    run_start = previous = None
    for index in indices:
        if previous is not None and index == previous + 1:
            previous = index
            continue
        if run_start is not None:
            pieces.append(text[tokens[run_start].start:tokens[previous].end])
        run_start = previous = index
    if run_start is not None:
        pieces.append(text[tokens[run_start].start:tokens[previous].end])
    rendered = " ".join(pieces)
    rendered = re.sub(r"\(\s*([a-z]+)\s*\)", r"\1", rendered)  # editorial insertions: "had (a) conversation"
    rendered = re.sub(r"\s+([,.;:])", r"\1", rendered)
    rendered = re.sub(r"\s+", " ", rendered)
    return rendered.strip(" ,;:-—")


def build_headline(text: str, tokens: list[Token], trigger: int, dropped: set[int], resolve) -> Headline:
    """The headline for the event at tokens[trigger]; ``dropped`` are the time phrase's tokens.

    ``resolve(pronoun_index)`` returns the name a pronoun subject stands for, or None.
    """
    start, end = clause_bounds(tokens, trigger)
    dropped = set(dropped)
    for index in sorted(dropped):
        # The preposition of the time phrase and a comma after a fronted time phrase go with it.
        if index - 1 >= 0 and index - 1 not in dropped and tokens[index - 1].lower in lexicon.TIME_PREPOSITIONS:
            dropped.add(index - 1)
    for index in sorted(dropped):
        phrase_start = index
        while phrase_start - 1 in dropped:
            phrase_start -= 1
        if index + 1 < len(tokens) and tokens[index + 1].text == "," and (index + 1 == start or phrase_start <= start):
            dropped.add(index + 1)
    verbs = [i for i in range(start, trigger + 1) if tokens[i].tag in ("VERB", "AUX") and i not in dropped]
    body: list[int]
    if tokens[trigger].tag in ("VERB", "AUX") or not verbs:
        verb = trigger if tokens[trigger].tag in ("VERB", "AUX") else None
        if verb is not None and _governed_gerund(tokens, trigger) and verbs[0] < trigger:
            verb = verbs[0]  # "was found guilty of driving": the clause's own verb heads the headline
        body = list(range(start, end + 1))
    else:
        verb = verbs[0]
        body = list(range(start, verb + 1))
        left, right = _conjunct(tokens, verb, trigger, end)
        if left > verb + 1:
            # A second conjunct takes the first one's determiner: "had an attempt ... and (an) plot".
            determiner = next((i for i in range(verb + 1, left) if tokens[i].tag == "DET"), None)
            if determiner is not None and tokens[left].tag != "DET":
                body.append(determiner)
        body += list(range(left, right + 1))
    subject_name = None
    antecedent = _antecedent(tokens, start, verb)
    if antecedent:
        # "The factory, which closed in 2009" / "the lawsuit, filed in 2021": the noun before is the subject.
        passive = tokens[start - 1].text == ","
        body = antecedent + [i for i in body if i >= (verb if verb is not None else start) and i not in antecedent]
        body = [i for i in body if i not in dropped and tokens[i].tag != "QUOTE"]
        while body and tokens[body[0]].lower in lexicon.HEADLINE_DROP_LEADING:
            body = body[1:]
        head = _render(text, tokens, [i for i in body if i in antecedent])
        rest = _render(text, tokens, [i for i in body if i not in antecedent][:_MAX_WORDS])
        rendered = _capitalize(f"{head} {'was ' if passive else ''}{rest}")
        return Headline(rendered, _participants(tokens, body, None))
    if verb is not None and verb > start:
        subject = _subject_span(tokens, start, verb, dropped)
        first_verb = verb
        while first_verb > start and tokens[first_verb - 1].tag in ("AUX", "ADV"):
            first_verb -= 1
        if len(subject) == 1 and tokens[subject[0]].tag == "PRON":
            subject_name = resolve(subject[0])
            subject = [] if subject_name else subject
        body = subject + [i for i in body if i >= first_verb]
    elif verb is not None and verb == start:
        subject_name = resolve(None)
    body = [i for i in body if i not in dropped]
    body = [i for i in body if not (tokens[i].tag == "QUOTE")]
    while body and (tokens[body[0]].lower in lexicon.HEADLINE_DROP_LEADING or tokens[body[0]].tag == "PUNCT"):
        body = body[1:]
    rendered = _render(text, tokens, body[:_MAX_WORDS])
    if subject_name:
        rendered = f"{subject_name} {rendered}"
    rendered = _capitalize(rendered)
    participants = _participants(tokens, body, subject_name)
    return Headline(rendered, participants)


def _governed_gerund(tokens: list[Token], index: int) -> bool:
    """True when tokens[index] is an "-ing" form after a preposition: "guilty of driving", "charged with plotting"."""
    return tokens[index].lower.endswith("ing") and index > 0 and tokens[index - 1].tag == "PREP"


def _antecedent(tokens: list[Token], start: int, verb: int | None) -> list[int]:
    """The noun phrase a relative or participial clause hangs on, when the clause has no subject of its own."""
    if start == 0 or verb is None:
        return []
    opener = tokens[start - 1]
    if opener.lower in ("who", "which", "that") and verb == start:
        return _noun_phrase_before(tokens, start - 1)
    if opener.text == "," and verb == start and tokens[verb].lower.endswith("ed"):
        return _noun_phrase_before(tokens, start)
    return []


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
