"""Headlines built from the parse: who did what, in the clause the date belongs to.

The clause is the subtree of the event's predicate. Left out of it: the time phrases that date events
(with their prepositions; the date is shown beside the headline), subordinate and coordinated clauses
that are not the event's, appositions and parentheses, opening connectives ("But", "However"), and
sentence-level asides ("In a statement,"). A pronoun subject is replaced by who or what it stands for,
a predicate sharing its subject ("... but continued to work") gets it back, and reported speech keeps
what was said ("RCMP already has the tools to deal with threats, Virani said"). When one sentence dates
several events, each keeps only its own part of a coordination ("had an attempt on her life last year
and a kidnapping plot in 2021"). When the clause is still longer than ``HEADLINE_MAX_WORDS``, optional
parts go, least needed first: relative clauses, adverbial clauses and participle phrases, then
prepositional phrases, deepest first.

An event named by a noun outside any clause of its own ("the 1998 beating and death of Matthew
Shepard", "remarks made last week") has its noun phrase as headline. A headline never ends on a
preposition, conjunction or determiner, starts with a capital, and is no fragment: ``build_headline``
returns None when what is left has neither a verb nor an event noun.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from timeline.events.parsed import ParsedSentence

_VERBAL = frozenset("VERB AUX".split())
_NOMINAL = frozenset("NOUN PROPN".split())
# Children of a clause's predicate that are never part of its headline.
_NEVER = frozenset("parataxis intj discourse meta dep punct appos".split())
# Optional parts, in the order they go when a headline is too long.
_OPTIONAL_ORDER = (("relcl",), ("advcl", "acl"), ("prep", "agent"), ("conj",), ("ccomp", "xcomp", "dobj"))
_NOMINAL_ARGUMENTS = frozenset("nsubj nsubjpass dobj attr oprd acomp pobj".split())
_SUBJECTS = frozenset("nsubj nsubjpass csubj csubjpass expl".split())
_OPENING_MARKERS = frozenset("mark cc preconj".split())
_MODIFIERS = frozenset("amod compound nmod".split())
_PUNCTUATION_SPACING = re.compile(r"\s+([,.;:!?%)\]}”’])")
_OPENING_SPACING = re.compile(r"([(\[{“‘$])\s+")
_REPEATED_WORD = re.compile(r"\b(\w+) \1\b", re.I)
_MIN_NOUN_PHRASE_WORDS = 2


@dataclass(frozen=True)
class Headline:
    """A headline and the people it names."""

    text: str
    participants: tuple[str, ...]


# Resolves a pronoun token to who or what it stands for (None: unknown).
Resolver = Callable[[object], "str | None"]


def build_headline(parsed: ParsedSentence, trigger: int, dropped: frozenset[int], resolve: Resolver, *,
                   kept: frozenset[int] = frozenset(), own: frozenset[int] = frozenset(),
                   several_dates: bool = False) -> Headline | None:
    """The headline of the event whose trigger is token ``trigger``, or None when the sentence gives no
    headline that reads alone. ``dropped`` are the words of the time phrases that leave it (with their
    prepositions), ``kept`` time words that stay (a coordinated date that tells this event from its
    siblings), ``own`` the words of the event's own date; ``several_dates`` says that the sentence dates
    more than one event."""
    doc, words = parsed.doc, parsed.language.events
    event_word = _event_word(doc[trigger])
    head = _clause_head(parsed, event_word)
    replacements: dict[int, str] = {}
    subject = None
    readable = False  # whether the headline is known to read alone whatever words are left
    if head is None and event_word.dep_ == "acl":
        chosen, replacements = _reduced_relative(event_word, dropped, words)
        readable = True
    elif head is None:
        chosen = _noun_phrase(event_word, dropped)
        if _word_count(doc, chosen) < _MIN_NOUN_PHRASE_WORDS:
            # "the 1987 crash", "Friday's purchases": a noun alone says too little; its date stays with it
            chosen |= {i for i in own if doc[i].head.i == event_word.i or doc[i].head.i in own}
    elif _participle_clause(head):
        # "Born in Bergen in 1934, Olsen joined ...": "Olsen was born in Bergen"; "..., graduating in 1965":
        # "Ruth Adler graduated"
        subject = parsed.subject_of.get(head.head.i)
        if subject is None:
            return None
        chosen = _clause(parsed, head, event_word, dropped - kept, several_dates)
        who = _referent(parsed, doc[subject], resolve) or _plain(doc, sorted(_noun_phrase(doc[subject], dropped, keep_determiner=True)))
        replacements[head.i] = f"{who} {_finite_participle(head, doc[subject], words)}"
        subject = None
        readable = True
    else:
        # a date kept to tell the event from its siblings may hang below a date that goes: added by hand
        chosen = _clause(parsed, head, event_word, dropped - kept, several_dates) | kept
        subject = parsed.subject_of.get(head.i)
        if subject is not None and subject in dropped:
            # "January marked the opening night": a date that is the subject stays
            chosen |= {t.i for t in doc[subject].subtree}
        if subject is not None and subject not in chosen:
            # a predicate sharing its subject ("retired in 1982 but continued to work") and its auxiliary
            # ("was the editor and involved in 200 studies") gets them back
            chosen |= _noun_phrase(doc[subject], dropped, keep_determiner=True) | _shared_auxiliaries(head)
        chosen = _attribution(parsed, head, chosen, resolve)
        chosen, replacements = _object_relative(parsed, head, chosen, replacements, dropped)
    if subject is not None and subject in chosen:
        referent = _referent(parsed, doc[subject], resolve) or _relative_antecedent(doc[subject], head, dropped)
        if referent is not None:
            replacements[subject] = referent
        chosen -= {t.i for d in _descriptors(doc[subject]) for t in doc[d].subtree}
    for token in doc:
        if token.i not in chosen or token.i in replacements:
            continue
        if token.i != subject and (token.lower_ in words.FIRST_PERSON and token.dep_ in _SUBJECTS
                                   or token.lower_ in words.OBJECT_PRONOUNS and token.dep_ in ("dobj", "pobj", "dative")):
            # the "I" of a quote in a clause of its own, a pronoun object ("Mubarak freed him")
            referent = resolve(token)
        elif token.tag_ == "PRP$" and subject is not None and token.head.i == subject:
            referent = resolve(token)  # "Her report warned": "Marguerite Olsen’s report warned"
        else:
            continue
        if referent is not None:
            replacements[token.i] = referent
    chosen, replacements = _the_for_possessive_dates(doc, chosen, replacements, dropped)
    chosen, replacements = _use_acronyms(doc, chosen, replacements)
    chosen = _shorten(parsed, chosen, head, event_word, subject, words.HEADLINE_MAX_WORDS)
    text, participants = _render(parsed, chosen, replacements, words)
    if not (readable or _reads_alone(parsed, chosen, head, event_word)):
        return None
    return Headline(text, participants) if text else None


def _event_word(token):
    """The word whose clause or phrase tells the event: a particle's verb ("shot down"), the noun an
    adjective-like participle modifies ("an alleged plot")."""
    if token.dep_ == "prt" and token.head.pos_ in _VERBAL:
        return token.head
    if token.dep_ in _MODIFIERS and token.head.pos_ in _NOMINAL and token.head.i != token.i:
        return token.head
    return token


def _clause_head(parsed: ParsedSentence, token):
    """The predicate whose clause tells the event, or None when the event is a noun phrase of its own."""
    words = parsed.language.events
    if token.pos_ in _VERBAL and token.dep_ == "acl" and token.head.pos_ in _NOMINAL:
        vehicle = token.head
        if token.lemma_ in words.VEHICLE_PARTICIPLES and vehicle.dep_ == "pobj" and vehicle.head.head.pos_ in _VERBAL:
            # "In a statement released on Thursday, the Red Cross deplored ...": the statement is how the
            # news came; the news is the clause it hangs from
            return _clause_head(parsed, vehicle.head.head)
        return None  # a reduced relative clause ("the quarter ended Oct. 31", "remarks made last week")
    if token.pos_ in _VERBAL or token.dep_ in ("acomp", "attr"):
        # an infinitive completing a verb or adjective belongs to its clause ("planned to leave", "were
        # unavailable to comment"); a copula's complement to the copula's ("Shenouda was exiled")
        while token.head.i != token.i and token.head.i not in parsed.time_words and (
                token.dep_ == "xcomp" and token.head.pos_ in _VERBAL | {"ADJ"}
                or token.dep_ in ("acomp", "attr") and token.head.lemma_ == "be"):
            token = token.head
        # the second of two predicates sharing a subject and a date after both: "was arrested and
        # charged in 2021" tells both
        while token.dep_ == "conj" and token.head.pos_ in _VERBAL and token.tag_ in ("VBN", "VBG") \
                and not any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in token.children) \
                and not any(t.i in parsed.time_words for t in token.head.subtree if not _within(t, token)) \
                and not any(c.dep_ == "cc" and c.lower_ in words.CONTRASTIVE_CONJUNCTIONS for c in token.head.children):
            token = token.head
        if token.dep_ in ("prep", "pcomp") and token.tag_ == "VBG":
            return None  # "following the election" is a preposition, not a predicate
        return token
    noun = token
    for _ in range(6):  # up through "in a drive-by shooting", "of the plot": a few steps at most
        if noun.dep_ not in _NOMINAL_ARGUMENTS | {"conj"} or noun.head.i == noun.i:
            break
        governor = noun.head
        while governor.dep_ == "conj" and governor.pos_ not in _VERBAL and governor.head.i != governor.i:
            governor = governor.head  # "had an attempt ... and a plot": the verb above the coordination
        if governor.pos_ in _VERBAL:
            return governor
        if governor.dep_ != "prep" and governor.pos_ != "ADP" or governor.lower_ in words.RELATION_PREPOSITIONS:
            break  # "fled after the Communist takeover": the noun's own event
        noun = governor.head  # "was killed in a drive-by shooting": the clause the shooting is told in
        if noun.pos_ in _VERBAL:
            return _clause_head(parsed, noun)
    if token.dep_ == "ROOT" and token.pos_ in _NOMINAL | {"ADJ"}:
        return token  # a verbless line is its own clause
    return None


def _within(token, root) -> bool:
    return root.left_edge.i <= token.i <= root.right_edge.i


def _ancestors(token) -> list:
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def _clause(parsed: ParsedSentence, head, event_word, dropped: frozenset[int], several_dates: bool) -> set[int]:
    """The words of the predicate's clause that a headline keeps."""
    path = {t.i for t in _ancestors(event_word)}  # the words from the event up to the clause head stay
    subject = parsed.subject_of.get(head.i)
    chosen: set[int] = set()
    stack = [head]
    while stack:
        token = stack.pop()
        chosen.add(token.i)
        children = list(token.children)
        substitute = several_dates and next((c for c in children if c.dep_ == "conj" and c.i in path), None)
        if substitute:
            if substitute.pos_ in _NOMINAL and token.pos_ in _NOMINAL:
                # "an attempt on her life and a kidnapping plot": the plot alone, with the first one's article
                chosen.discard(token.i)
                has_determiner = any(c.dep_ in ("det", "poss") for c in substitute.children)
                children = [substitute] + ([] if has_determiner else [c for c in children if c.dep_ in ("det", "poss")])
            elif substitute.pos_ in _NOMINAL and token.pos_ in _VERBAL:
                # a parse that coordinates the second object with the verb: the object it replaces goes,
                # but for its article when the second has none ("had an attempt ... and kidnapping plot")
                replaced = [c for c in children if c.dep_ in ("dobj", "attr") and c.i not in path]
                if not any(c.dep_ in ("det", "poss") for c in substitute.children):
                    chosen.update(c.i for r in replaced for c in r.children if c.dep_ == "det")
                children = [c for c in children if c not in replaced]
        for child in children:
            if child.i in dropped:
                continue
            if child.i in path:
                stack.append(child)
                continue
            if child.dep_ in _SUBJECTS and child.i != subject and token.i == head.i:
                continue  # a second subject a parse gave the predicate belongs to another clause
            if _leaves_clause(parsed, token, child, head, dropped, several_dates, path):
                continue
            stack.append(child)
    # the opening words that only join the clause to the sentence: "when", "and", "that"
    for index in list(chosen):
        token = parsed.doc[index]
        if token.dep_ in _OPENING_MARKERS and token.head.i == head.i and index < head.i:
            chosen.discard(index)
    return chosen


def _leaves_clause(parsed: ParsedSentence, parent, child, head, dropped: frozenset[int], several_dates: bool,
                   path: set[int]) -> bool:
    """Whether ``child`` (and its subtree) stays out of the headline of ``head``'s clause."""
    words = parsed.language.events
    label = child.dep_
    if label in _NEVER:
        return True
    if label == "conj" and (child.pos_ in _VERBAL and any(c.dep_ in _SUBJECTS for c in child.children)
                            or child.pos_ in _VERBAL and parent.i == head.i
                            or _has_dated_words(child, dropped) or several_dates and child.pos_ in _NOMINAL and parent.pos_ in _VERBAL):
        return True  # another clause ("... but continued to work"), or a conjunct with its own date
    if label == "cc" and any(sibling.dep_ == "conj" and sibling.i not in path
                             and _leaves_clause(parsed, parent, sibling, head, dropped, several_dates, path)
                             for sibling in parent.children):
        return True  # the "and" before a conjunct that went
    if label == "advcl" and parent.i == head.i and (_has_marker(child) or any(c.dep_ in _SUBJECTS for c in child.children)
                                                    or _has_dated_words(child, dropped)):
        return True  # "After Esmaeilion started demanding answers, he ...", ", ending a debate that began in 2023"
    if label in ("relcl", "acl") and _set_off(child):
        return True  # non-restrictive: ", who was born in Prague,", ", founded in 1990,"
    if parent.i == head.i and label in ("advmod", "cc", "prep", "npadvmod", "advcl") and _opener(parsed, child, head, words):
        return True  # "But", "However,", "In a statement,", "Separately,", "When"
    if label == "prep" and child.lower_ == "according":
        return True
    return False


def _has_marker(token) -> bool:
    return any(child.dep_ == "mark" for child in token.children)


def _has_dated_words(token, dropped: frozenset[int]) -> bool:
    return any(t.i in dropped for t in token.subtree)


def _set_off(token) -> bool:
    """Set off by a comma, a dash or a bracket before it: an aside."""
    first = token.left_edge
    return first.i > 0 and token.doc[first.i - 1].text in (",", "—", "–", "(", "--")


def _opener(parsed: ParsedSentence, child, head, words) -> bool:
    """A word or phrase before the clause's subject that only joins it to the text: a connective ("But",
    "However"), a question word opening a subordinate clause ("When the bridge opened"), or a phrase set
    off by a comma ("For the first time,", "In Phnom Penh, the capital,")."""
    doc = parsed.doc
    subject = parsed.subject_of.get(head.i)
    boundary = doc[subject].left_edge.i if subject is not None and doc[subject].head.i == head.i else head.i
    if child.right_edge.i >= boundary:
        return False
    if child.i == child.left_edge.i == _first_word(doc) and (child.lower_ in words.LEADING_CONNECTIVES or child.tag_ == "WRB"):
        return True
    following = child.right_edge.i + 1
    return following < len(doc) and doc[following].text == ","


def _first_word(doc) -> int:
    return next((t.i for t in doc if not t.is_punct), 0)


def _shared_auxiliaries(head) -> set[int]:
    """The auxiliaries (or copula) a conjoined participle shares with the predicate before it."""
    if head.dep_ != "conj" or head.tag_ not in ("VBN", "VBG") or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return set()
    first = head.head
    found = {c.i for c in first.children if c.dep_ in ("aux", "auxpass", "neg")}
    if first.lemma_ == "be" and first.pos_ == "AUX":
        found.add(first.i)  # "Guy was the editor ... and involved in 200 studies": "was involved"
    return found


def _noun_phrase(noun, dropped: frozenset[int], *, keep_determiner: bool = False) -> set[int]:
    """A noun's phrase without its asides (appositions, clauses set off by commas) and, as a headline,
    without its opening article: "1998 beating and death of Matthew Shepard". A name goes without the
    description in front of it ("human rights activist Masih Alinejad" is "Masih Alinejad")."""
    chosen: set[int] = set()
    stack = [noun]
    descriptors = _descriptors(noun)
    while stack:
        token = stack.pop()
        chosen.add(token.i)
        for child in token.children:
            if child.i in dropped or child.dep_ in ("appos", "punct") or child.dep_ in ("relcl", "acl") and _set_off(child):
                continue
            if token.i == noun.i and (child.i in descriptors or not keep_determiner and child.dep_ == "det" and child.i < noun.i):
                continue
            stack.append(child)
    return chosen


def _descriptors(name) -> set[int]:
    """The common nouns and adjectives describing a proper name before it: in "Prominent human rights
    activist Masih Alinejad", the words up to "Masih". Titles that are names ("President", "Dr.") stay."""
    if name.pos_ != "PROPN" or not name.text[:1].isupper():
        return set()
    premodifiers = [c for c in name.children if c.i < name.i and c.dep_ in ("compound", "amod", "nmod")]
    first_name = min((c.i for c in premodifiers if c.pos_ == "PROPN"), default=name.i)
    found = set()
    for child in premodifiers:
        # capitalized words are part of the name ("Reporters Without Borders")
        if child.i < first_name and child.pos_ in ("NOUN", "ADJ") and not child.text[:1].isupper():
            found.add(child.i)
    if found:
        # the determiner of the description goes with it ("the veteran reporter Jane Doe")
        found |= {c.i for c in name.children if c.dep_ == "det" and c.i < max(found)}
    return found


def _use_acronyms(doc, chosen: set[int], replacements: dict[int, str]) -> tuple[set[int], dict[int, str]]:
    """A name followed by its acronym in brackets ("the Islamic Revolutionary Guard Corp (IRGC)") is said
    by its acronym, as headlines do."""
    for token in doc:
        if token.dep_ == "appos" and token.text.isupper() and token.is_alpha and len(token.text) >= 2 \
                and token.i > 0 and doc[token.i - 1].text == "(" and token.head.i in chosen:
            name = {t.i for t in token.head.subtree if t.i < token.i - 1} & chosen
            first = min(name)
            if first not in replacements and not name & set(replacements):
                chosen = (chosen - name) | {first}
                replacements = {**replacements, first: token.text}
    return chosen, replacements


def _relative_antecedent(subject, head, dropped: frozenset[int]) -> str | None:
    """The noun a relative pronoun subject stands for: "Gustav, which was categorized as a hurricane",
    "Lazaro, who kept the boy and who went to court"."""
    if subject.tag_ not in ("WDT", "WP"):
        return None
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    return _plain(noun.doc, sorted(_noun_phrase(noun, dropped | {t.i for t in clause.subtree}, keep_determiner=True)))


def _object_relative(parsed: ParsedSentence, head, chosen: set[int], replacements: dict[int, str],
                     dropped: frozenset[int]) -> tuple[set[int], dict[int, str]]:
    """A relative clause whose pronoun is an object reads with its noun in the object's place: "the bridge,
    which the council voted to demolish" is "Council voted to demolish the bridge"."""
    if head.dep_ != "relcl":
        return chosen, replacements
    pronoun = next((t for t in head.subtree if t.tag_ in ("WDT", "WP") and t.dep_ in ("dobj", "pobj") and t.i in chosen), None)
    if pronoun is None:
        # "the report that the agency published": the pronoun may be left out or be "that" as a marker
        pronoun = next((t for t in head.children if t.lower_ == "that" and t.dep_ in ("mark", "dobj", "nsubj")
                        and t.i < parsed.subject_of.get(head.i, -1)), None)
        governor = head
    else:
        governor = pronoun.head
    if pronoun is None or any(c.dep_ == "dobj" and c.i != pronoun.i for c in governor.children):
        return chosen, replacements
    noun = head.head
    noun_text = _plain(parsed.doc, sorted(_noun_phrase(noun, dropped | {t.i for t in head.subtree}, keep_determiner=True)))
    noun_text = noun_text[0].lower() + noun_text[1:] if parsed.doc[noun.left_edge.i].pos_ == "DET" else noun_text
    last = max(i for i in chosen if parsed.doc[i].i in {t.i for t in governor.subtree} and not parsed.doc[i].is_punct)
    return chosen - {pronoun.i}, {**replacements, last: f"{replacements.get(last, parsed.doc[last].text)} {noun_text}"}


def _reduced_relative(participle, dropped: frozenset[int], words) -> tuple[set[int], dict[int, str]]:
    """A noun and the participle clause after it, as a clause: a passive one with its agent reads as the
    agent's act ("a discrete model devised by John Horton Conway" is "John Horton Conway devised a discrete
    model"), one without as a passive ("the lawsuit, filed in 2021" is "Lawsuit was filed"); an active one
    stays a noun phrase ("a report saying ...")."""
    noun = participle.head
    core = {t.i for t in noun.subtree} - {t.i for c in noun.children if c.dep_ in ("relcl", "acl", "appos", "prep", "punct")
                                          for t in c.subtree} - dropped
    clause = {t.i for t in participle.subtree if not t.is_punct} - dropped
    agent = next((c for c in participle.children if c.dep_ == "agent"), None)
    performer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    doc = participle.doc
    if participle.tag_ != "VBN":
        return core | clause, {}
    if performer is None:
        # "N was V-ed": the participle takes the verb "be" in the noun's number before it
        return core | clause, {participle.i: f"{_be_past(noun, words)} {participle.text}"}
    past = _inflect(participle.lemma_, "VBD") or participle.text
    noun_words = sorted(core)
    noun_text = _plain(doc, noun_words)
    if doc[noun_words[0]].pos_ == "DET":
        noun_text = noun_text[0].lower() + noun_text[1:]
    agent_text = _plain(doc, sorted(_noun_phrase(performer, dropped, keep_determiner=True)))
    others = clause - {t.i for t in agent.subtree} - {participle.i}
    # rendered in text order: the noun's first word carries the whole clause "agent verb noun"
    return {noun_words[0]} | others, {noun_words[0]: f"{agent_text} {past} {noun_text}"}


def _be_past(noun, words) -> str:
    return "were" if noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children) else "was"


def _inflect(lemma: str, tag: str) -> str | None:
    from lemminflect import getInflection  # English inflection tables, for a participle's finite form

    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else None


def _participle_clause(head) -> bool:
    """A participle clause of the sentence's predicate, with no subject or marker of its own."""
    return head.dep_ == "advcl" and head.tag_ in ("VBN", "VBG") and head.head.pos_ in _VERBAL \
        and not any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in head.children)


def _finite_participle(participle, subject, words) -> str:
    """A participle clause's verb as a finite one: "born" -> "was born", "graduating" -> "graduated"."""
    if participle.tag_ == "VBN":
        return f"{_be_past(subject, words)} {participle.text.lower()}"
    return _inflect(participle.lemma_, "VBD") or participle.text


def _attribution(parsed: ParsedSentence, head, chosen: set[int], resolve: Resolver) -> set[int]:
    """Who said it, in reported speech. The speaker goes when the quote's "I" or "we" already says who
    ("“We will keep fighting,” said Ray Mills" is "Ray Mills will keep fighting") and when the speaker
    is a pronoun nothing resolves ("The company will cut 500 jobs, he said"); a speaker named in an
    apposition goes by the name ("said her daughter, Ingrid Berg"); and a quote before its verb keeps its
    comma ("She never stopped asking, said Ingrid Berg")."""
    words = parsed.language.events
    doc = parsed.doc
    if head.lemma_ not in words.REPORTING_VERBS:
        return chosen
    content = next((c for c in head.children if c.dep_ in ("ccomp", "parataxis") and c.i in chosen), None)
    speaker = parsed.subject_of.get(head.i)
    if content is None or speaker is None:
        return chosen
    speaker_token = doc[speaker]
    content_subject = parsed.subject_of.get(content.i)
    said_by_itself = content_subject is not None and doc[content_subject].lower_ in words.FIRST_PERSON \
        and resolve(doc[content_subject]) is not None
    if said_by_itself or speaker_token.lower_ in words.PERSON_PRONOUNS | words.GROUP_PRONOUNS and resolve(speaker_token) is None:
        return {t.i for t in content.subtree} & chosen
    name = next((c for c in speaker_token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is not None:
        chosen = (chosen - {t.i for t in speaker_token.subtree}) | _noun_phrase(name, frozenset(), keep_determiner=True)
    if content.i < head.i:
        chosen |= {c.i for c in head.children if c.dep_ == "punct" and c.text == "," and content.right_edge.i < c.i < head.i}
    return chosen


def _the_for_possessive_dates(doc, chosen: set[int], replacements: dict[int, str],
                              dropped: frozenset[int]) -> tuple[set[int], dict[int, str]]:
    """A possessive date that leaves a noun without a determiner leaves it "the": "approved the plan at
    Friday's meeting" is "approved the plan at the meeting"."""
    for token in doc:
        if token.i in dropped and token.dep_ == "poss" and token.head.i in chosen and token.head.i not in dropped \
                and not any(c.dep_ in ("det", "poss") and c.i not in dropped for c in token.head.children):
            first = token.left_edge.i
            chosen = (chosen - {t.i for t in token.subtree}) | {first}
            replacements = {**replacements, first: "the"}
    return chosen, replacements


def _plain(doc, indices: list[int]) -> str:
    return "".join(doc[i].text + doc[i].whitespace_ for i in indices).strip()


def _referent(parsed: ParsedSentence, subject, resolve: Resolver) -> str | None:
    words = parsed.language.events
    if subject.lower_ in words.PERSON_PRONOUNS | words.THING_PRONOUNS | words.GROUP_PRONOUNS | words.FIRST_PERSON:
        return resolve(subject)
    return None


def _shorten(parsed: ParsedSentence, chosen: set[int], head, event_word, subject: int | None, limit: int) -> set[int]:
    """Leave out optional parts, least needed first, until the headline has at most ``limit`` words."""
    doc = parsed.doc
    keep = {t.i for t in _ancestors(event_word)} | {event_word.i}
    if head is not None:
        keep.add(head.i)
    if subject is not None:
        keep.add(subject)
    for labels in _OPTIONAL_ORDER:
        if _word_count(doc, chosen) <= limit:
            break
        # deepest first: a phrase inside a phrase goes before the phrase
        removable = sorted((t for t in doc if t.i in chosen and t.dep_ in labels and t.i not in keep and not _hyphenated(t)),
                           key=lambda t: (-len(_ancestors(t)), -t.i))
        for token in removable:
            if _word_count(doc, chosen) <= limit:
                break
            if token.i in chosen:
                chosen -= {t.i for t in token.subtree} - keep
    return chosen


def _hyphenated(token) -> bool:
    """Part of a word written with hyphens ("regime-linked"): never cut in two."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_ \
        or token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_


def _word_count(doc, chosen: set[int]) -> int:
    return sum(1 for i in chosen if not doc[i].is_punct)


def _reads_alone(parsed: ParsedSentence, chosen: set[int], head, event_word) -> bool:
    """A verb of its own, or a noun phrase of at least two words around an event noun."""
    doc = parsed.doc
    if any(doc[i].pos_ in _VERBAL and doc[i].dep_ not in ("aux", "auxpass", "amod") for i in chosen):
        return True
    return event_word.pos_ in _NOMINAL and _word_count(doc, chosen) >= _MIN_NOUN_PHRASE_WORDS and head is None


def _render(parsed: ParsedSentence, chosen: set[int], replacements: dict[int, str], words) -> tuple[str, tuple[str, ...]]:
    """The chosen words in order, with replacements, tidy punctuation and a capital first letter."""
    doc = parsed.doc
    # punctuation inside what is kept stays ("Iranian-American", "U.S.-based"), and a comma before a kept
    # participle or clause (", killing all 176 people"); elsewhere it goes
    indices = sorted(chosen | {t.i for t in doc if t.is_punct and 0 < t.i < len(doc) - 1 and t.text not in words.QUOTE_MARKS
                               and (t.i - 1 in chosen and t.i + 1 in chosen and not _opens_aside(doc[t.i + 1])
                                    or _before_kept_clause(t, chosen))})
    # a word bracketed inside a kept phrase is read without its brackets: "had (a) conversation"
    indices = [i for i in indices if not (doc[i].text in "()" and _brackets_one_word(doc, i))]
    # never open or end on a word that needs another: punctuation, a conjunction, a preposition, "the"
    while indices and indices[0] not in replacements and (doc[indices[0]].is_punct or doc[indices[0]].dep_ in _OPENING_MARKERS):
        indices.pop(0)
    while indices and indices[-1] not in replacements and doc[indices[-1]].dep_ != "prt" and (doc[indices[-1]].is_punct and doc[indices[-1]].text not in (")", "%")
                       or doc[indices[-1]].pos_ in ("ADP", "CCONJ", "SCONJ", "DET", "PART", "AUX", "PRON") and doc[indices[-1]].dep_ != "dobj"
                       or doc[indices[-1]].lower_ in words.BAD_ENDINGS):
        indices.pop()
    pieces: list[str] = []
    participants: list[str] = []
    previous = None
    for index in indices:
        token = doc[index]
        if previous is not None and index != previous + 1 and pieces and not pieces[-1].endswith(" "):
            pieces.append(" ")
        previous = index
        if token.text in words.QUOTE_MARKS:
            continue  # a headline reports: quotation marks of the quote it keeps would stand alone
        text = replacements.get(index, token.text)
        if index in replacements:
            participants.append(text)
            if token.tag_ == "PRP$":
                text += "’" if text.endswith("s") else "’s"
        pieces.append(text + token.whitespace_)
    text = "".join(pieces)
    text = _PUNCTUATION_SPACING.sub(r"\1", text)
    text = _OPENING_SPACING.sub(r"\1", text)
    text = _REPEATED_WORD.sub(r"\1", re.sub(r"\s+", " ", text))
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text).strip(" ,;:—–-")
    text = _balance_brackets(text)
    # headlines go without an opening "the": "Council approved", "Storm destroyed", "RCMP has responded"
    article = re.match(rf"(?:{'|'.join(sorted(words.LEADING_ARTICLES))})\s+(?=\S+\s+\S)", text, re.I)
    if article:
        text = text[article.end():]
    if text:
        text = text[0].upper() + text[1:]
    return text, tuple(participants)


def _opens_aside(token) -> bool:
    """The first word of a clause or apposition that commas set off ("the lawsuit, filed in 2021")."""
    return any(t.dep_ in ("acl", "relcl", "appos", "advcl") and t.left_edge.i == token.i for t in (token, *token.ancestors))


def _before_kept_clause(comma, chosen: set[int]) -> bool:
    if comma.text != ",":
        return False
    following = next((i for i in range(comma.i + 1, len(comma.doc)) if i in chosen), None)
    preceding = any(i < comma.i for i in chosen)
    if following is None or not preceding:
        return False
    token = comma.doc[following]
    while token.head.i != token.i and token.left_edge.i == following and token.dep_ not in ("advcl", "conj", "ccomp"):
        token = token.head
    return token.dep_ in ("advcl", "conj", "ccomp") and token.left_edge.i == following and token.head.i in chosen


def _brackets_one_word(doc, index: int) -> bool:
    if doc[index].text == "(":
        return index + 2 < len(doc) and doc[index + 2].text == ")"
    return index >= 2 and doc[index - 2].text == "("


def _balance_brackets(text: str) -> str:
    """Remove a bracket whose partner was left out."""
    for opening, closing in (("(", ")"), ("[", "]")):
        if text.count(opening) != text.count(closing):
            text = text.replace(opening, "").replace(closing, "")
    return re.sub(r"\s*\(\s*\)", "", text).strip()
