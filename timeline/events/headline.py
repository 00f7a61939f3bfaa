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
_FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())  # Penn tags of verbs with a tense


@dataclass(frozen=True)
class Headline:
    """A headline and the people it names."""

    text: str
    participants: tuple[str, ...]


# Resolves a pronoun token to who or what it stands for (None: unknown).
Resolver = Callable[[object], "str | None"]


def build_headline(parsed: ParsedSentence, trigger: int, dropped: frozenset[int], resolve: Resolver, *,
                   kept: frozenset[int] = frozenset(), own: frozenset[int] = frozenset(),
                   several_dates: bool = False, names_event: Callable[[object], bool] = lambda token: True) -> Headline | None:
    """The headline of the event whose trigger is token ``trigger``, or None when the sentence gives no
    headline that reads alone. ``dropped`` are the words of the time phrases that leave it (with their
    prepositions), ``kept`` time words that stay (a coordinated date that tells this event from its
    siblings), ``own`` the words of the event's own date; ``several_dates`` says that the sentence dates
    more than one event; ``names_event`` says whether a noun names an event (a noun phrase is a headline
    only when it does)."""
    doc, words = parsed.tokens, parsed.language.events
    event_word = _event_word(doc[trigger])
    head = _clause_head(parsed, event_word)
    replacements: dict[int, str] = {}
    referents: set[int] = set()  # the replaced words that name who a pronoun stands for
    subject = None
    readable = False  # whether the headline is known to read alone whatever words are left
    if head is not None and head.pos_ in _VERBAL and not _finite(head) and parsed.subject_of.get(head.i) is None \
            and not _participle_clause(head) and (_noun_before(head) is not None or _own_subject(head) is not None):
        # a participle or infinitive a parse left without its noun: "A diary about the June 4th Incident
        # published back in 2007", "the poll headed to runoff [3] to be conducted later this month"
        event_word, head = head, None
    if head is None and event_word.pos_ in _VERBAL and (event_word.dep_ == "acl" or _noun_before(event_word) is not None
                                                         or _own_subject(event_word) is not None):
        noun = event_word.head if event_word.dep_ == "acl" else _own_subject(event_word) or _noun_before(event_word)
        chosen, replacements = _reduced_relative(event_word, noun, dropped, words, resolve)
        readable = True
    elif head is None:
        if not names_event(event_word):
            return None  # "the ones held in alleged secret prisons": no event
        chosen = _noun_phrase(event_word, dropped)
        if _word_count(doc, chosen) < _MIN_NOUN_PHRASE_WORDS:
            # "the 1987 crash", "Friday's purchases": a noun alone says too little; its date stays with it
            chosen |= {i for i in own if doc[i].head.i == event_word.i or doc[i].head.i in own}
    elif _participle_clause(head):
        # "Born in Bergen in 1934, Olsen joined ...": "Olsen was born in Bergen"; "..., graduating in 1965":
        # "Ruth Adler graduated"
        subject = parsed.subject_of.get(_participle_governor(head).i)
        if subject is None:
            return None
        chosen = _clause(parsed, head, event_word, dropped - kept, several_dates)
        who = _referent(parsed, doc[subject], resolve) or _relative_antecedent(doc[subject], _participle_governor(head), dropped) \
            or _plain(doc, sorted(_noun_phrase(doc[subject], dropped, keep_determiner=True)))
        replacements[head.i] = f"{who} {_finite_participle(head, doc[subject], words)}"
        subject = None
        readable = True
    else:
        # a date kept to tell the event from its siblings may hang below a date that goes: added by hand
        chosen = _clause(parsed, head, event_word, dropped - kept, several_dates, own) | kept
        subject = parsed.subject_of.get(head.i)
        if subject is not None and subject in dropped:
            # "January marked the opening night": a date that is the subject stays
            chosen |= {t.i for t in doc[subject].subtree}
        elif subject is None and own and max(own) + 1 == head.i and min(own) == _first_word(doc):
            chosen |= own  # the same, parsed as an adverb of the verb it opens
            subject = min(own)
        if subject is None:
            subject = _stranded_subject(parsed, head)
        if head.pos_ in _VERBAL and subject is not None and head.tag_ == "VBN" and not _finite(head) \
                and not _shared_auxiliaries(head) and head.dep_ == "ROOT" and not _other_finite_verb(doc, head):
            pass  # an irregular past the tagger read as a participle ("strong winds swept across the region")
        elif head.pos_ in _VERBAL and subject is not None and head.tag_ == "VBN" and not _finite(head) \
                and not _shared_auxiliaries(head) and head.dep_ == "ROOT":
            # a headline-style passive ("A diary ... published back in 2007"): "Diary ... was published"
            replacements[head.i] = f"{_be_past(doc[subject], words)} {head.text}"
        elif head.pos_ in _VERBAL and (subject is None or not (_finite(head) or _shared_auxiliaries(head))):
            return None  # no clause to tell it: a gerund or infinitive without its subject ("... by shooting")
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
            referents.add(subject)
        chosen -= {t.i for d in _descriptors(doc[subject]) for t in doc[d].subtree}
    for token in doc:
        if token.i not in chosen or token.i in replacements:
            continue
        if token.i != subject and (token.lower_ in words.FIRST_PERSON and token.dep_ in _SUBJECTS
                                   or token.lower_ in words.OBJECT_PRONOUNS and token.dep_ in ("dobj", "pobj", "dative")
                                   or token.lower_ == "it" and token.dep_ == "dobj" and not _object_before(doc, token)):
            # the "I" of a quote in a clause of its own, a pronoun object ("Mubarak freed him")
            referent = resolve(token)
        elif token.tag_ == "PRP$" and subject is not None and token.head.i == subject:
            referent = resolve(token)  # "Her report warned": "Marguerite Olsen’s report warned"
        else:
            continue
        if referent is not None:
            replacements[token.i] = referent
            referents.add(token.i)
    chosen, replacements = _the_for_possessive_dates(doc, chosen, replacements, dropped)
    chosen, replacements = _use_acronyms(doc, chosen, replacements)
    chosen = _shorten(parsed, chosen, head, event_word, subject, words.HEADLINE_MAX_WORDS)
    text, participants = _render(parsed, chosen, replacements, words, referents)
    if not (readable or _reads_alone(parsed, chosen, head, event_word)):
        return None
    return Headline(text, participants) if text else None


def baseline_headline(parsed: ParsedSentence, phrase, dropped: frozenset[int], resolve: Resolver) -> tuple[int, Headline] | None:
    """The earlier event a comparison gives, when the time phrase dates its baseline: "Acme posted a profit
    of $4 million, up from a profit of $3 million a year earlier" tells "Acme had a profit of $3 million"
    a year earlier; a bare figure takes the noun the clause measured ("revenue of $212 million, down from
    $268 million a year earlier": "Acme had revenue of $268 million"). Returns the trigger's index and the
    headline, or None when the phrase dates no baseline."""
    words = parsed.language.events
    doc = parsed.tokens
    marker = next((t for t in (phrase.head, *phrase.head.ancestors)
                   if t.dep_ == "prep" and t.head.lower_ in words.CHANGE_ADVERBS | words.COMPARISON_WORDS), None)
    compared = next((c for c in marker.children if c.dep_ == "pobj"), None) if marker is not None else None
    if compared is None or compared.i in phrase.indices:
        return None
    if any(t.pos_ in _VERBAL for t in phrase.head.ancestors if t.i > marker.i and marker.i in {a.i for a in t.ancestors}):
        return None  # "down from a forecast of $2.40, which it had lowered in August": August is the lowering's
    main = compared.head.head.head  # the predicate the comparison hangs from
    while main.pos_ not in _VERBAL and main.head.i != main.i:
        main = main.head
    subject = parsed.subject_of.get(main.i)
    if subject is None:
        return None
    who = _referent(parsed, doc[subject], resolve) or _plain(doc, sorted(
        _noun_phrase(doc[subject], dropped, keep_determiner=True) - {t.i for d in _descriptors(doc[subject]) for t in doc[d].subtree}))
    figure = _plain(doc, sorted(i for i in _noun_phrase(compared, dropped | set(phrase.indices), keep_determiner=True)))
    if compared.pos_ == "NUM" or compared.tag_ == "CD":
        measured = next((c for c in main.children if c.dep_ in ("dobj", "attr") and c.pos_ == "NOUN"), None)
        if measured is None:
            return None
        figure = f"{_plain(doc, sorted(t.i for t in measured.children if t.dep_ in ('amod', 'compound')) + [measured.i])} of {figure}"
    text = re.sub(r"^(?:the|The)\s+", "", f"{who} {words.BASELINE_VERB} {figure}")
    return compared.i, Headline(text[0].upper() + text[1:], ())


def time_participle_headline(parsed: ParsedSentence, phrase, dropped: frozenset[int]) -> tuple[int, Headline] | None:
    """When a participle used like a preposition says when the noun before it starts ("free vaccination
    clinics at 12 schools starting next Monday", "a new parking fee, effective March 1"), the event is
    that noun starting: "Free vaccination clinics at 12 schools start". Returns the participle's index and
    the headline, or None."""
    words = parsed.language.events
    participle = phrase.preposition if phrase.preposition is not None and phrase.preposition.lower_ in words.TIME_PARTICIPLE_VERBS \
        else phrase.governor
    if participle is None or participle.lower_ not in words.TIME_PARTICIPLE_VERBS or participle.head.pos_ in _VERBAL:
        return None  # "take effect starting Jan. 1": the verb's own event
    noun = _noun_before(participle) or (participle.head if participle.head.pos_ in _NOMINAL else None)
    if noun is None:
        return None
    doc = parsed.tokens
    first = noun.left_edge.i
    words_before = [i for i in range(first, participle.i) if i not in dropped and not (doc[i].is_punct and i == participle.i - 1)]
    plural, singular = words.TIME_PARTICIPLE_VERBS[participle.lower_]
    verb = plural if noun.tag_ in ("NNS", "NNPS") else singular
    text = re.sub(r"^(?:the|The)\s+", "", f"{_plain(doc, words_before)} {verb}")
    return participle.i, Headline(text[0].upper() + text[1:], ())


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
                or token.dep_ == "ccomp" and token.tag_ == "VB" and token.head.pos_ in _VERBAL
                and any(c.tag_ == "TO" for c in token.children)  # "expects net income to fall"
                or token.dep_ in ("acomp", "attr", "oprd") and token.head.pos_ in _VERBAL  # "will remain closed"
                or token.dep_ == "advcl" and token.tag_ == "VB" and token.head.pos_ in _VERBAL
                and any(c.tag_ == "TO" for c in token.children) and not any(c.dep_ in _SUBJECTS for c in token.children)):
            # and a purpose: "extended their offers to acquire the manufacturer"
            token = token.head
        # the second of two predicates sharing a subject and a date after both: "was arrested and
        # charged in 2021" tells both
        while token.dep_ == "conj" and token.head.pos_ in _VERBAL and token.tag_ in ("VBN", "VBG") \
                and not any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in token.children) \
                and not any(t.i in parsed.time_words for t in token.head.subtree if not _within(t, token)) \
                and not any(c.dep_ == "cc" and c.lower_ in words.CONTRASTIVE_CONJUNCTIONS for c in token.head.children):
            token = token.head
        if token.dep_ == "prep" and token.tag_ == "VBG":
            return None  # "following the election" is a preposition, not a predicate
        if token.dep_ == "pcomp" and token.head.head.pos_ in _VERBAL and token.head.lower_ not in words.RELATION_PREPOSITIONS:
            return _clause_head(parsed, token.head.head)  # "was killed by shooting": the gerund tells how
        return token
    noun = token
    for _ in range(6):  # up through "in a drive-by shooting", "of the plot": a few steps at most
        if noun.dep_ not in _NOMINAL_ARGUMENTS | {"conj"} or noun.head.i == noun.i:
            break
        while noun.dep_ == "conj" and noun.head.pos_ in _NOMINAL and noun.head.i != noun.i:
            noun = noun.head  # "a heart attack in 2015 and a stroke in 2017": the coordination's slot
        governor = noun.head
        while governor.dep_ == "conj" and governor.pos_ not in _VERBAL and governor.head.i != governor.i:
            governor = governor.head  # "had an attempt ... and a plot": the verb above the coordination
        if governor.pos_ in _VERBAL:
            return _clause_head(parsed, governor)  # "expects to report net income": the clause of "expects"
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


def _clause(parsed: ParsedSentence, head, event_word, dropped: frozenset[int], several_dates: bool,
            own: frozenset[int] = frozenset()) -> set[int]:
    """The words of the predicate's clause that a headline keeps."""
    # the words from the event up to the clause head stay, and those from the event's own date when one
    # sentence dates several events ("as a candidate in Huron-Bruce (1993) and Durham (2006)")
    path = {t.i for t in _ancestors(event_word)}
    if several_dates and own:
        below = [t for t in _ancestors(parsed.tokens[min(own)]) if t.i not in own]
        if any(t.i == head.i for t in below):
            below = below[:[t.i for t in below].index(head.i) + 1]
            if any(t.dep_ == "conj" for t in below):
                path |= {t.i for t in below}
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
                # it keeps the first one's article and description ("a CHP candidate Durham"), not its name
                has_determiner = any(c.dep_ in ("det", "poss") for c in substitute.children)
                names = token.pos_ == substitute.pos_ == "PROPN"
                children = [substitute] + [c for c in children if c.dep_ in ("det", "poss") and not has_determiner
                                           or names and c.dep_ in ("compound", "amod") and c.pos_ != "PROPN" and c.i < token.i]
            elif substitute.pos_ in _NOMINAL and token.pos_ in _VERBAL:
                # a parse that coordinates the second object with the verb: the object it replaces goes,
                # but for its article when the second has none ("had an attempt ... and kidnapping plot")
                replaced = [c for c in children if c.dep_ in ("dobj", "attr", "cc") and c.i not in path]
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
            if _leaves_clause(parsed, token, child, head, dropped, several_dates, path, own):
                continue
            stack.append(child)
    # the opening words that only join the clause to the sentence: "when", "and", "that"
    for index in list(chosen):
        token = parsed.tokens[index]
        if token.dep_ in _OPENING_MARKERS and token.head.i == head.i and index < head.i:
            chosen.discard(index)
    return chosen


def _leaves_clause(parsed: ParsedSentence, parent, child, head, dropped: frozenset[int], several_dates: bool,
                   path: set[int], own: frozenset[int] = frozenset()) -> bool:
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
                             and _leaves_clause(parsed, parent, sibling, head, dropped, several_dates, path, own)
                             for sibling in parent.children):
        return True  # the "and" before a conjunct that went
    if label == "advcl" and parent.i == head.i and (_has_marker(child) or any(c.dep_ in _SUBJECTS for c in child.children)
                                                    or _has_dated_words(child, dropped)):
        return True  # "After Esmaeilion started demanding answers, he ...", ", ending a debate that began in 2023"
    if label in ("relcl", "acl") and (_set_off(child) or _has_dated_words(child, dropped - own)):
        return True  # non-restrictive (", who was born in Prague,"), or telling another date's event
    # "said it will re-examine the question: are the remains known?", "Olsen retired in 1994 but kept writing; her
    # last book appeared in 2011": what a colon or semicolon sets apart is another statement (but "said: ..."
    # keeps its quote)
    if any(c.text in (":", ";") and (parent.i + 1 < c.i < child.left_edge.i or child.right_edge.i < c.i < parent.i)
           for c in parent.children):
        return True
    if parent.i == head.i and label in ("advmod", "cc", "prep", "npadvmod", "advcl") and _opener(parsed, child, head, words):
        return True  # "But", "However,", "In a statement,", "Separately,", "When"
    if label == "prep" and child.lower_ in words.ATTRIBUTION_PREPOSITIONS:
        return True  # "according to police"
    if label in ("prep", "advmod") and (child.lower_ in words.COMPARISON_WORDS or child.lower_ in words.CHANGE_ADVERBS
                                        and any(c.dep_ == "prep" for c in child.children)):
        return True  # "compared with a loss a year earlier", "down from $268 million": the baseline's own event
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
    doc = parsed.tokens
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


def _object_before(doc, pronoun) -> bool:
    """Whether a noun object comes before the pronoun in its sentence: "replace the span rather than repair
    it" speaks of the span; "A 2019 inspection rated it" of what the sentence before was about."""
    return any(t.dep_ in ("dobj", "pobj") and t.pos_ in _NOMINAL for t in doc[:pronoun.i])


def _finite(verb) -> bool:
    """A verb with a tense of its own or through an auxiliary ("said", "has said", "will say")."""
    return verb.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in verb.children) \
        or verb.dep_ == "conj" and _finite(verb.head) \
        or verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)  # a past the tagger read as a participle


def _other_finite_verb(doc, verb) -> bool:
    return any(t.pos_ in _VERBAL and t.i != verb.i and t.tag_ in _FINITE_TAGS for t in doc)


def _stranded_subject(parsed: ParsedSentence, head):
    """The subject a parse cut off from its verb: the root of a piece of its own before it ("The storm,
    which was formed ... [5], was categorized as a hurricane" parsed as two pieces), or a name in apposition
    right before it ("Truman's secretary of state, Dean Acheson, signed the treaty")."""
    if head.dep_ != "ROOT":
        return None
    before = head.i - 1
    while before >= 0 and parsed.tokens[before].is_punct:
        before -= 1
    if before >= 0 and parsed.tokens[before].dep_ == "appos" and parsed.tokens[before].pos_ == "PROPN":
        return before
    earlier = [t for t in parsed.tokens if t.dep_ == "ROOT" and t.i < head.i]
    noun = earlier[-1] if earlier else None
    return noun.i if noun is not None and noun.pos_ in _NOMINAL else None


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
    while noun.pos_ == "NUM" or noun.tag_ == "CD":
        # "a forecast of $2.40, which it had lowered": the forecast
        noun = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.pos_ not in _NOMINAL | {"NUM"}:
            return chosen, replacements
    noun_text = _plain(parsed.doc, sorted(_noun_phrase(noun, dropped | {t.i for t in head.subtree}, keep_determiner=True)))
    noun_text = noun_text[0].lower() + noun_text[1:] if parsed.tokens[noun.left_edge.i].pos_ == "DET" else noun_text
    last = max(i for i in chosen if parsed.tokens[i].i in {t.i for t in governor.subtree} and not parsed.tokens[i].is_punct)
    return chosen - {pronoun.i}, {**replacements, last: f"{replacements.get(last, parsed.tokens[last].text)} {noun_text}"}


def _own_subject(verb):
    """A subject the parse gave a participle that is no predicate ("A diary ... published back in 2007")."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in _NOMINAL and c.i < verb.i), None) \
        if verb.tag_ == "VBN" and not _finite(verb) else None


def _noun_before(verb):
    """The noun phrase a non-finite verb without a subject follows, climbing out of its prepositional
    phrases ("A diary about the June 4th Incident | published ..."): the noun it most likely modifies."""
    # the verb group starts at its first auxiliary ("to be conducted"); the noun comes right before it
    index = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i] + [verb.i]) - 1
    doc = verb.doc
    while index >= 0 and (doc[index].is_punct or doc[index].like_num and index > 0 and doc[index - 1].text == "["):
        index -= 1
    if index < 0 or doc[index].pos_ not in _NOMINAL or verb.dep_ in ("advcl", "xcomp", "conj", "ccomp"):
        return None
    noun = doc[index]
    while noun.dep_ in ("pobj", "compound") and noun.head.i < noun.i:
        preposition = noun.head
        if noun.dep_ == "compound":
            noun = preposition
        elif preposition.head.pos_ in _NOMINAL:
            noun = preposition.head  # "a diary about the June 4th Incident"
        elif preposition.i > 0 and doc[preposition.i - 1].pos_ in _NOMINAL:
            noun = doc[preposition.i - 1]  # "clinics at 12 schools", attached by the parse to the verb
        else:
            break
    return noun


def _reduced_relative(participle, noun, dropped: frozenset[int], words,
                      resolve: Resolver = lambda token: None) -> tuple[set[int], dict[int, str]]:
    """A noun and the participle clause after it, as a clause: a passive one with its agent reads as the
    agent's act ("a discrete model devised by John Horton Conway" is "John Horton Conway devised a discrete
    model"), one without as a passive ("the lawsuit, filed in 2021" is "Lawsuit was filed"); an active one
    stays a noun phrase ("a report saying ...")."""
    core = {t.i for t in noun.subtree if t.i < participle.left_edge.i} - {
        t.i for c in noun.children if c.dep_ in ("relcl", "acl", "appos", "punct") for t in c.subtree} - dropped
    # the participle's own words, from its verb group on (a parse may hang the whole sentence from it)
    start = min([c.i for c in participle.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < participle.i] + [participle.i])
    clause = {t.i for t in participle.subtree if not t.is_punct and t.i >= start and t.dep_ not in ("meta", "dep")} - dropped
    agent = next((c for c in participle.children if c.dep_ == "agent"), None)
    performer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    doc = participle.doc
    if participle.tag_ != "VBN" or any(c.tag_ == "TO" for c in participle.children):
        return core | clause, {}  # "a report saying ...", "a runoff election to be conducted"
    marker = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if marker is not None and marker.lower_ in words.RELATIVE_MARKERS and marker.i > 0 and doc[marker.i - 1].pos_ in _NOMINAL:
        # "the report that the agency published on Monday": the agency published the report
        antecedent = doc[marker.i - 1]
        object_text = _plain(doc, [i for i in range(antecedent.left_edge.i, antecedent.i + 1) if i not in dropped])
        object_text = object_text[0].lower() + object_text[1:] if doc[antecedent.left_edge.i].pos_ == "DET" else object_text
        return core | clause, {participle.i: f"{participle.text} {object_text}"}
    if performer is None:
        # "N was V-ed": the participle takes the verb "be" in the noun's number before it
        return core | clause, {participle.i: f"{_be_past(noun, words)} {participle.text}"}
    past = _inflect(participle.lemma_, "VBD") or participle.text
    noun_words = sorted(core)
    noun_text = _plain(doc, noun_words)
    if doc[noun_words[0]].pos_ == "DET":
        noun_text = noun_text[0].lower() + noun_text[1:]
    agent_words = sorted(_noun_phrase(performer, dropped, keep_determiner=True))
    # "remarks made by its ambassador": "Syria’s ambassador made remarks"
    owners = {i: resolve(doc[i]) for i in agent_words if doc[i].tag_ == "PRP$"}
    agent_text = "".join((f"{owners[i]}’s" if owners.get(i) else doc[i].text) + doc[i].whitespace_ for i in agent_words).strip()
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
    """A participle clause of the sentence's predicate, with no subject or marker of its own ("Born in
    Bergen, Olsen ...", "..., graduating in 1965"), or a gerund after a preposition ("After touring Dar es
    Salaam Thursday and meeting police leaders Friday, the FBI chief said")."""
    if any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in head.children) or head.tag_ not in ("VBN", "VBG"):
        return False
    if head.dep_ == "advcl":
        return head.head.pos_ in _VERBAL
    while head.dep_ == "conj" and head.head.tag_ == "VBG":
        head = head.head
    return head.dep_ == "pcomp" and head.tag_ == "VBG" and head.head.head.pos_ in _VERBAL


def _participle_governor(participle):
    """The predicate a participle clause or gerund belongs to (whose subject it shares)."""
    while participle.dep_ == "conj":
        participle = participle.head
    return participle.head.head if participle.dep_ == "pcomp" else participle.head


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
    doc = parsed.tokens
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
        if token.i in dropped and token.dep_ == "poss" and token.head.i not in dropped \
                and (token.head.i in chosen or any(t.i in chosen for t in token.subtree)) \
                and not any(c.dep_ in ("det", "poss") and c.i not in dropped for c in token.head.children):
            own_words = {t.i for t in token.subtree if t.i in dropped or t.dep_ == "case" and t.head.i == token.i}
            other_owner = any(t.dep_ == "poss" and t.i not in dropped for t in token.subtree)
            first = min(own_words)
            # what else the date's phrase held stays ("the mayor's")
            chosen = (chosen - own_words) | {t.i for t in token.subtree if t.i not in own_words} | ({first} if not other_owner else set())
            if not other_owner:  # "the mayor's Friday's speech": the mayor's stays, and no "the"
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
    doc = parsed.tokens
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
    """A verb of its own, or a noun phrase of at least two words around an event noun (a verbless line's
    root is one: "Good news for AT&T today")."""
    doc = parsed.tokens
    if any(doc[i].pos_ in _VERBAL and doc[i].dep_ not in ("aux", "auxpass", "amod") for i in chosen):
        return True
    return event_word.pos_ in _NOMINAL and _word_count(doc, chosen) >= _MIN_NOUN_PHRASE_WORDS \
        and (head is None or head.dep_ == "ROOT" and head.pos_ in _NOMINAL)


def _render(parsed: ParsedSentence, chosen: set[int], replacements: dict[int, str], words,
            referents: set[int]) -> tuple[str, tuple[str, ...]]:
    """The chosen words in order, with replacements, tidy punctuation and a capital first letter."""
    doc = parsed.tokens
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
        if index in replacements and pieces and re.match(r"(?:The|A|An) ", text):
            text = text[0].lower() + text[1:]  # "rated the bridge", not "rated The bridge"
        if index in referents:
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
    text = _agree_articles(text, words)
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


def _agree_articles(text: str, words) -> str:
    """"a" or "an" as the next word's sound wants, once a date between them has gone ("a 2019 inspection"
    is "an inspection")."""
    def article(match: re.Match) -> str:
        following = match.group(2)
        lowered = following.lower()
        vowel = lowered[:1] in "aeiou"
        if any(lowered.startswith(prefix) for prefix in words.CONSONANT_SOUND_VOWELS):
            vowel = False
        if any(lowered.startswith(prefix) for prefix in words.VOWEL_SOUND_CONSONANTS):
            vowel = True
        wanted = "an" if vowel else "a"
        if match.group(1)[0].isupper():
            wanted = wanted.capitalize()
        return f"{wanted} {following}"
    return re.sub(r"\b(an?|An?)\s+([A-Za-z][\w'-]*)", article, text)


def _balance_brackets(text: str) -> str:
    """Remove a bracket whose partner was left out."""
    for opening, closing in (("(", ")"), ("[", "]")):
        if text.count(opening) != text.count(closing):
            text = text.replace(opening, "").replace(closing, "")
    return re.sub(r"\s*\(\s*\)", "", text).strip()
