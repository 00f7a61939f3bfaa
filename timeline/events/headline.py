"""Headlines built from the parse: who did what, in the clause the date belongs to.

The clause is the subtree of the event's predicate. Left out of it: the time phrases that date events
(with their prepositions; the date is shown beside the headline), subordinate and coordinated clauses
that are not the event's, appositions and parentheses, opening connectives ("But", "However"), and
sentence-level asides ("In a statement,"). A pronoun subject is replaced by who or what it stands for
(a common noun with a name set beside it, by the name), a predicate sharing its subject ("... but continued
to work") gets it back, two verbs sharing the object after the second are one event, and reported speech keeps
what was said ("RCMP already has the tools to deal with threats, Virani said"). When one sentence dates
several events, each keeps only its own part of a coordination ("had an attempt on her life last year
and a kidnapping plot in 2021"). When the clause is still longer than ``HEADLINE_MAX_WORDS``, optional
parts go, least needed first: relative clauses, adverbial clauses and participle phrases, then
prepositional phrases, deepest first (the "of" phrase of a noun that measures, places something, says why or
by whose hand, is a role, or is named by it, last: "a total of 2.35 million passengers", "in the aftermath of the
fire", "with the help of the army", "the head of the WHO", "the Battle of Megiddo"; never what a "be" links its
subject to: "were on the glacier"), then coordinated phrases (with their "and"), then complements. An aside set off
by commas goes whole; a word written with hyphens is never cut in two; a "not" stays before the words it denies.
A relative clause reads as a clause of its noun, a preposition fronted with its pronoun back after the verb
("Saddam, with whom the king met": "King met with Saddam").

An event named by a noun outside any clause of its own ("the 1998 beating and death of Matthew
Shepard", "remarks made last week") has its noun phrase as headline. A headline never ends on a
conjunction, a determiner or a preposition (but for one left at the end of its clause: "easier to deal
with"), starts with a capital, and is no fragment: ``build_headline``
returns None when what is left has neither a verb nor an event noun, opens on a question word (a question
reported, "how much was raised", tells nothing) or on a quantity that counts nothing named ("Some had
predicted"), or speaks in a first person no named speaker is told as saying ("told me that").
"""
from __future__ import annotations

from typing import Callable

from timeline.events.parsed import ParsedSentence, chain_up
from timeline.events.phrases import (ASIDE_MARKS, FINITE_TAGS, HYPHENS, NOMINAL, OPENING_MARKERS, SUBJECTS, VERBAL, Headline, Resolver,
                                     age_description, be_past, be_present, close_apposition, company_description, descriptors, finite, inflect,
                                     is_pronoun, is_relative_pronoun, noun_phrase, opens_clause, plain, present_tense, set_off)
from timeline.events.referents import expletive
from timeline.events.rendering import hyphenated, render, whole_words, word_count
from timeline.events.rephrase import (attribution, baseline_headline, finite_participle, name_beside, noun_before,
                                      object_relative, own_subject, participle_clause, participle_governor, reduced_relative,
                                      pronoun_referent, relative_antecedent, shared_auxiliaries, stranded_subject,
                                      the_for_possessive_dates, time_participle_headline, use_acronyms)

__all__ = ["Headline", "baseline_headline", "build_headline", "time_participle_headline"]

# Children of a clause's predicate that are never part of its headline.
_NEVER = frozenset("parataxis intj discourse meta dep punct appos".split())
# Optional parts, in the order they go when a headline is too long.
_OPTIONAL_ORDER = (("relcl",), ("advcl", "acl"), ("prep", "agent"), ("conj",), ("ccomp", "xcomp", "dobj"))
_NOMINAL_ARGUMENTS = frozenset("nsubj nsubjpass dobj attr oprd acomp pobj".split())
_MODIFIERS = frozenset("amod compound nmod".split())
# What a linking verb links its subject to: "was late", "became president", "seemed to work", "was in Paris".
_LINKED = frozenset("acomp attr oprd xcomp ccomp prep advmod".split())
_LINKED_BUT_ADJUNCTS = _LINKED - {"prep", "advmod"}  # what a "be" links to besides a place or manner
# How a date in front of a noun hangs from it: "the 1995 shooting", "Friday's meeting".
_PREMODIFIER_DEPS = frozenset("compound nmod nummod amod poss".split())
_MIN_NOUN_PHRASE_WORDS = 2
_MIN_HEADLINE_WORDS = 2
# What a verb of saying says: its clause, object or complement ("said it would close", "announced a deal").
_SAID = frozenset("ccomp dobj xcomp attr oprd dative parataxis csubj".split())
_MAX_NOUN_STEPS = 6  # prepositional phrases climbed from an event noun to its clause


def build_headline(parsed: ParsedSentence, trigger: int, dropped: frozenset[int], resolve: Resolver, *,
                   kept: frozenset[int] = frozenset(), own: frozenset[int] = frozenset(),
                   several_dates: bool = False, names_event: Callable[[object], bool] = lambda token: True,
                   as_noun_phrase: bool = False) -> Headline | None:
    """The headline of the event whose trigger is token ``trigger``, or None when the sentence gives no
    headline that reads alone. ``dropped`` are the words of the time phrases that leave it (with their
    prepositions), ``kept`` time words that stay (a coordinated date that tells this event from its
    siblings), ``own`` the words of the event's own date; ``several_dates`` says that the sentence dates
    more than one event; ``names_event`` says whether a noun names an event (a noun phrase is a headline
    only when it does); ``as_noun_phrase`` tells an event noun by its own phrase, not by its clause."""
    doc, words = parsed.tokens, parsed.language.events
    event_word = _event_word(doc[trigger])
    head = None if as_noun_phrase or _dated_in_front(parsed, event_word, own, dropped, names_event) \
        else _clause_head(parsed, event_word)
    if head is not None and _a_condition(head, words):
        return None
    if head is not None:
        tells, told = _past_an_empty_it(parsed, head)
        if not tells:
            return None
        if told is not None:
            head = event_word = told
    if head in (None, event_word) and event_word.dep_ in ("acl", "relcl") and _infinitive(event_word) \
            and event_word.head.dep_ == "attr" and event_word.head.head.lemma_ == "be" \
            and parsed.subject_of.get(event_word.head.head.i) is not None:
        head = event_word.head.head  # "Santos was the first woman to graduate from the school": the clause of "be"
    if head is not None and event_word.dep_ == "acl" and event_word.lemma_ in words.VEHICLE_PARTICIPLES:
        event_word = head  # "In a statement released on Thursday, the Red Cross said": the saying is the news
    replacements: dict[int, str] = {}
    unpunctuated: set[int] = set()  # marks the rewording takes out
    referents: set[int] = set()  # the replaced words that name who a pronoun stands for
    subject = None
    readable = False  # whether the headline is known to read alone whatever words are left
    if head is not None and head.pos_ in VERBAL and not finite(head) and parsed.subject_of.get(head.i) is None \
            and not participle_clause(head) and (noun_before(head) is not None or own_subject(head) is not None):
        # a participle or infinitive a parse left without its noun: "A diary about the June 4th Incident
        # published back in 2007", "the poll headed to runoff [3] to be conducted later this month"
        event_word, head = head, None
    noun = _noun_an_adjective_follows(parsed, head) if head is not None else None
    if noun is not None:
        # "students due to take exams this week": "Students are due to take exams"
        # the adjective goes with the noun's last word, so that no comma is left between them
        chosen = (noun_phrase(noun, dropped, keep_determiner=True) | {t.i for t in head.subtree}) - dropped - {head.i}
        replacements[noun.i] = f"{noun.text} {be_present(noun)} {head.text}"
        readable = True
    elif head is None and event_word.pos_ in VERBAL and (event_word.dep_ == "acl" or noun_before(event_word) is not None
                                                         or own_subject(event_word) is not None):
        noun = event_word.head if event_word.dep_ == "acl" else own_subject(event_word) or noun_before(event_word)
        if noun.i in dropped:
            return None  # a time the participle follows ("so often in the past forgotten by the world"): no one did it
        chosen, replacements = reduced_relative(event_word, noun, dropped, words, resolve)
        if not chosen:
            return None
        readable = True
    elif head is None:
        if not names_event(event_word):
            return None  # "the ones held in alleged secret prisons": no event
        chosen = noun_phrase(event_word, dropped)
        if word_count(doc, chosen) < _MIN_NOUN_PHRASE_WORDS:
            # "the 1987 crash", "Friday's purchases": a noun alone says too little; its date stays with it, when the
            # date is the noun's own (not "the earthquake five days ago", whose "ago" hangs elsewhere)
            if all(doc[i].head.i == event_word.i for i in own if doc[i].head.i not in own):
                chosen |= {i for i in own if doc[i].head.i == event_word.i or doc[i].head.i in own}
    elif participle_clause(head) and (noun := _noun_an_agent_clause_follows(parsed, head)) is not None:
        # "would appeal the decision, announced Wednesday by the INS commissioner": the agent's act, on the noun
        # before it ("INS commissioner announced the decision"), not the sentence subject's
        chosen, replacements = reduced_relative(head, noun, dropped, words, resolve)
        event_word, head = head, None  # told as the reduced relative clause it is
        readable = True
    elif participle_clause(head):
        # "Born in Bergen in 1934, Olsen joined ...": "Olsen was born in Bergen"; "..., graduating in 1965":
        # "Ruth Adler graduated"
        subject = parsed.subject_of.get(participle_governor(head).i)
        if subject is None:
            return None
        chosen = _clause(parsed, head, event_word, dropped - kept, several_dates)
        who = pronoun_referent(parsed, doc[subject], resolve) or relative_antecedent(parsed, doc[subject], participle_governor(head), dropped)
        if who is None and (_unexplained(doc[subject], words) or expletive(doc[subject], words)):
            # "It rapidly spread ..., lasting until 1892": what "it" is, the sentence before said; "..., when
            # making the announcement on Monday, that it was expected that": an "it" that is no one made nothing
            return None
        who = who or plain(doc, sorted(noun_phrase(doc[subject], dropped, keep_determiner=True)))
        replacements[head.i] = f"{who} {finite_participle(head, doc[subject], words)}"
        subject = None
        readable = True
    else:
        # a date kept to tell the event from its siblings may hang below a date that goes: added by hand
        chosen = _clause(parsed, head, event_word, dropped - kept, several_dates, own) | kept
        subject = parsed.subject_of.get(head.i)
        other = next((c.i for c in head.children if c.dep_ in SUBJECTS and c.i not in dropped), None) \
            if subject is not None and subject in dropped else None
        if other is not None:
            subject = other  # "A first attempt this spring was called off": a parse that made the date a second subject
        elif subject is not None and subject in dropped:
            # "January marked the opening night": a date that is the subject stays
            chosen |= {t.i for t in doc[subject].subtree}
        elif subject is None and own and max(own) + 1 == head.i and min(own) == _first_word(doc):
            chosen |= own  # the same, parsed as an adverb of the verb it opens
            subject = min(own)
        # a date that is the subject of a clause the headline keeps stays too ("Officials said Thursday was the first
        # day they had failed to pull anyone out alive", not "said was the first day")
        chosen |= {t.i for i in dropped if doc[i].dep_ in SUBJECTS and doc[i].head.i != head.i
                   and doc[i].head.i in chosen for t in doc[i].subtree}
        if head.lemma_ in words.TIME_OBJECT_VERBS:
            # "spent the night outside": the time spent is what the verb tells of
            # (a parse may read it as an adverb, right after the verb: "spent Tuesday night in the streets")
            chosen |= {t.i for c in head.children if c.i in dropped and (c.dep_ == "dobj" or c.dep_ == "npadvmod"
                                                                          and c.left_edge.i == head.i + 1) for t in c.subtree}
        if subject is None:
            subject = stranded_subject(parsed, head)
        first = head.head if head.dep_ == "conj" else head
        if head.pos_ in VERBAL and subject is not None and first.tag_ == "VBN" and first.dep_ != "ROOT" \
                and inflect(head.lemma_, "VBN") == head.lower_ and not shared_auxiliaries(head) \
                and (aside := _set_off_from_its_noun(doc, doc[subject], first)):
            # "its new strategy -- started in some markets last month and expected to spread -- will mean ...": a
            # participle a dash or comma sets off right after its noun is an aside on the noun, a passive, whatever the
            # parse made of it (and so is a participle joined to it)
            replacements[head.i] = f"{be_past(doc[subject], words)} {head.text}"
            unpunctuated |= aside
        elif head.pos_ in VERBAL and subject is not None and head.tag_ == "VBN" and not finite(head) \
                and not shared_auxiliaries(head) and head.dep_ == "ROOT" \
                and (not _other_finite_verb(doc, head) or inflect(head.lemma_, "VBD") == head.lower_):
            # a past the tagger read as a participle ("strong winds swept across the region"); a past and a
            # participle spelt alike ("the factory operated until 1990, when a fire destroyed it") is a past
            pass
        elif head.pos_ in VERBAL and subject is not None and head.tag_ == "VBN" and not finite(head) \
                and not shared_auxiliaries(head) and head.dep_ == "ROOT" and not _infinitive(head):
            # a headline-style passive ("A diary ... published back in 2007"): "Diary ... was published"
            replacements[head.i] = f"{be_past(doc[subject], words)} {head.text}"
        elif head.pos_ in VERBAL and subject is not None and head.tag_ == "VBN" \
                and not any(c.dep_ in ("aux", "auxpass") for c in head.children) \
                and any(c.dep_ == "mark" and c.lower_ in words.ABSOLUTE_MARKERS for c in head.children):
            # "With 99.2% of ballots counted on Monday morning, ...": "99.2% of ballots were counted" (no past tense);
            # the verb goes before the adverbs of the participle ("young adults were particularly badly affected")
            where = head.i
            while where > 0 and doc[where - 1].dep_ == "advmod" and doc[where - 1].pos_ == "ADV":
                where -= 1
            replacements[where] = f"{be_past(doc[subject], words)} {doc[where].text}"
            unpunctuated |= {c.i for c in head.children if c.dep_ == "mark"}
        elif head.pos_ in VERBAL and subject is not None and _infinitive(head) and head.dep_ == "ROOT":
            pass  # headline style for what is to come: "Runoff to be conducted"
        elif head.pos_ in VERBAL and (subject is None or not (finite(head) or shared_auxiliaries(head))):
            # no clause to tell it: a gerund or infinitive without its subject ("... by shooting"); an event noun
            # in it is told by its own phrase ("can participate in planning for the NATO summit in April")
            if event_word.pos_ in NOMINAL and event_word.i != head.i and names_event(event_word) \
                    and word_count(doc, noun_phrase(event_word, dropped)) >= _MIN_NOUN_PHRASE_WORDS:
                return build_headline(parsed, trigger, dropped, resolve, kept=kept, own=own, several_dates=several_dates,
                                      names_event=names_event, as_noun_phrase=True)
            return None
        if subject is not None and subject not in chosen:
            # a predicate sharing its subject ("retired in 1982 but continued to work") and its auxiliary
            # ("was the editor and involved in 200 studies") gets them back
            chosen |= noun_phrase(doc[subject], dropped, keep_determiner=True) | shared_auxiliaries(head)
        chosen = attribution(parsed, head, chosen, resolve)
        chosen, replacements = object_relative(parsed, head, chosen, replacements, dropped)
    if subject is not None and subject in chosen:
        referent = pronoun_referent(parsed, doc[subject], resolve) or relative_antecedent(parsed, doc[subject], head, dropped)
        named = _named_beside(parsed, doc[subject]) if referent is None else None
        if named is not None:
            # "Louis' Austrian-born queen, Marie Antoinette, would follow him": "Marie Antoinette would follow ..."
            replacements[subject] = plain(doc, sorted(noun_phrase(named, dropped)))
        if referent is not None:
            replacements[subject] = referent
            referents.add(subject)
        if named is not None or referent is not None and (age_description(doc[subject], words)
                                                          or company_description(doc[subject], words)):
            chosen -= {t.i for t in doc[subject].subtree} - {subject}  # the name stands for the whole subject
        chosen -= {t.i for d in descriptors(doc[subject]) for t in doc[d].subtree}
    for token in doc:
        if token.i not in chosen or token.i in replacements:
            continue
        if token.i != subject and (is_pronoun(token, words.FIRST_PERSON) and token.dep_ in SUBJECTS
                                   or token.lower_ in words.OBJECT_PRONOUNS and token.dep_ in ("dobj", "pobj", "dative")
                                   or token.lower_ == "it" and token.dep_ == "dobj" and not _object_before(doc, token)):
            # the "I" of a quote in a clause of its own, a pronoun object ("Mubarak freed him"); not beside a "he" or
            # "she" no one could name ("He dug her out": whoever "her" is, "he" is not named, and one name would mislead)
            unnamed_doer = subject is not None and subject not in replacements and is_pronoun(doc[subject], words.PERSON_PRONOUNS)
            referent = None if unnamed_doer and token.lower_ in words.OBJECT_PRONOUNS else resolve(token)
        elif token.tag_ == "WP$" and head is not None:
            # "The woman, whose illness began in early April,": "The woman’s illness began"
            referent = relative_antecedent(parsed, token, head, dropped)
        elif token.tag_ == "PRP$" and (owner := _clause_subject_owning(parsed, token)) is not None:
            # "said it cut the dividend due to its loss": the loss is the company's; with "it" in the headline
            # (named there), "its" says whose
            referent = resolve(owner) if owner.i not in chosen else None
            if referent is None:
                continue
        elif token.tag_ == "PRP$" and head is None and token.head.i == event_word.i:
            # an event told by its noun phrase, owned by a pronoun: "since his Aug. 2 power-grab" is "Saddam’s
            # power-grab"; "after its 1990 invasion of Kuwait" is "The invasion of Kuwait", for the clause's own subject
            # may not be the owner ("The Council will not lift sanctions on Iraq after its invasion of Kuwait")
            referent = resolve(token) if is_pronoun(token, words.PERSON_PRONOUNS) else None
            if referent is None and word_count(doc, chosen - {token.i}) < _MIN_NOUN_PHRASE_WORDS:
                return None  # "since its founding in 1949": "The founding" says nothing
            if referent is None:
                replacements[token.i] = "the"
                continue
        elif token.tag_ == "PRP$" and (subject is not None and token.head.i == subject
                                       or token.head.dep_ in SUBJECTS and _first_shown(parsed, chosen) == token):
            # "Her report warned": "Marguerite Olsen’s report warned"; also the subject of what was announced, which
            # the headline opens on ("it was announced that her son had died": "Jacqueline Fleming’s son had died")
            referent = resolve(token)
            if referent is None and is_pronoun(token, words.FIRST_PERSON, words.SECOND_PERSON, words.THING_PRONOUNS,
                                               words.GROUP_PRONOUNS):
                return None  # "My target is ...", "Its latest headline ...": whose, nothing says
        else:
            continue
        if referent is not None:
            replacements[token.i] = referent
            referents.add(token.i)
    replacements = _no_one_twice_in_a_clause(doc, replacements, referents)
    replacements = _agreeing_with_a_named_speaker(doc, replacements, words)
    chosen = _without_negation_before_until(parsed, chosen, head, own)
    chosen, replacements = the_for_possessive_dates(doc, chosen, replacements, dropped)
    chosen, replacements = use_acronyms(doc, chosen, replacements)
    chosen = whole_words(doc, chosen, dropped, replacements)
    chosen = _shorten(parsed, chosen, replacements, head, event_word, subject, words.HEADLINE_MAX_WORDS)
    chosen = _without_unfinished_links(parsed, chosen, head)
    chosen = _without_lone_conjunctions(parsed, _without_stray_conjuncts(parsed, chosen, {t.i for t in chain_up(doc[trigger])}))
    chosen = _with_negations_kept(parsed, chosen)
    replacements = _quote_as_said(parsed, chosen, replacements, head)
    if head is not None and (_says_nothing(parsed, head, chosen) or _links_a_pronoun_to_nothing(parsed, head, event_word, chosen)) \
            or _opens_on_unexplained_pronoun(parsed, chosen, replacements) or _opens_a_question(parsed, chosen) \
            or _speaks_as_no_one(parsed, chosen, replacements) or _whose_of_nothing(parsed, chosen, replacements) \
            or _first_person_half_told(parsed, chosen, replacements):
        return None
    text, participants = render(parsed, chosen - unpunctuated, replacements, words, referents, frozenset(unpunctuated))
    if not (readable or _reads_alone(parsed, chosen, head, event_word)):
        return None
    # one word tells nothing ("Tune", from "Tune in at 11:00 pm for this and more!")
    return Headline(text, participants) if len(text.split()) >= _MIN_HEADLINE_WORDS else None


def _quote_as_said(parsed: ParsedSentence, chosen: set[int], replacements: dict[int, str], head) -> dict[int, str]:
    """The replacements without those of a quote's first person, when the headline keeps the quote's attribution and
    other words of the quote's first person no name can stand for ("People told me I was wasting my time, Ventris
    said", not "People told me Ventris was wasting my time"): the attribution says who "I" is."""
    if head is None or head.i not in chosen or head.i in parsed.quoted:
        return replacements
    words = parsed.language.events
    first_person = [i for i in chosen if i in parsed.quoted and is_pronoun(parsed.tokens[i], words.FIRST_PERSON)]
    if not any(i in replacements for i in first_person) or all(i in replacements for i in first_person):
        return replacements
    return {i: text for i, text in replacements.items() if i not in first_person}


def _a_condition(head, words) -> bool:
    """A clause opened by "if" or "unless" in the present: what would follow if it happened, not what did ("must
    dissolve parliament if no budget is passed by the end of January"). (A past one may tell what happened: "if a
    second wave of cases swept across the globe in 1918".)"""
    return any(c.dep_ == "mark" and c.lower_ in words.CONDITION_MARKERS for c in head.children) and present_tense(head)


def _event_word(token):
    """The word whose clause or phrase tells the event: a particle's verb ("shot down"), the noun an
    adjective-like participle modifies ("an alleged plot")."""
    if token.dep_ == "prt" and token.head.pos_ in VERBAL:
        return token.head
    if token.dep_ in _MODIFIERS and token.head.pos_ in NOMINAL and token.head.i != token.i:
        return token.head
    return token


def _dated_in_front(parsed: ParsedSentence, event_word, own: frozenset[int], dropped: frozenset[int],
                    names_event: Callable[[object], bool]) -> bool:
    """An event noun its date stands in front of, told as an object or in a prepositional phrase: "was
    arrested in connection with last year's embassy blasts", "charged Kopp with murder in the 1995 shooting
    of Dr. Short". The date is the noun's own and the clause that mentions the noun is another, later event:
    the headline is the noun's phrase ("Deadly U.S. Embassy blasts in Kenya and Tanzania"), when it says
    more than the noun. Not so for a happening the verb's event is part of ("was injured in the 1998 clinic
    bombing", ``WITHIN_PREPOSITIONS``). A dated subject ("Thursday's announcement brought the total to 13") is
    told by its clause at that time."""
    if event_word.pos_ not in NOMINAL or event_word.dep_ in SUBJECTS or not names_event(event_word) or not any(
            child.i in own and child.i < event_word.i and child.dep_ in _PREMODIFIER_DEPS for child in event_word.children):
        return False
    preposition = event_word.head if event_word.dep_ == "pobj" else None
    if preposition is not None and preposition.lower_ in parsed.language.events.WITHIN_PREPOSITIONS \
            and preposition.head.pos_ in VERBAL:
        return False  # "a nurse was injured in the 1998 clinic bombing": the injury is the bombing's
    if preposition is not None and preposition.dep_ == "agent":
        return False  # "Hong Kong was hit hard by the 2003 SARS outbreak": what the outbreak did, at its time
    return word_count(parsed.tokens, noun_phrase(event_word, dropped)) >= _MIN_NOUN_PHRASE_WORDS


def _noun_an_agent_clause_follows(parsed: ParsedSentence, participle):
    """The noun right before a passive participle clause with its agent, set off by a comma after the noun ("the
    decision, announced Wednesday by the commissioner,"): the clause is about that noun."""
    if participle.tag_ != "VBN" or not any(child.dep_ == "agent" for child in participle.children):
        return None
    index = participle.left_edge.i - 1
    if index < 1 or parsed.tokens[index].text != ",":
        return None
    noun = parsed.tokens[index - 1]
    # the noun is an argument of the verb the parse hangs the clause from ("appeal the decision, announced ..."),
    # not a word deep in a phrase before it ("the discovery of a patient who did not respond to the drug, revealed ...")
    return noun if noun.pos_ in NOMINAL and noun.i not in parsed.time_words and noun.head.i == participle.head.i \
        and noun.dep_ in _NOMINAL_ARGUMENTS else None


def _noun_an_adjective_follows(parsed: ParsedSentence, head):
    """The noun that an adjective with an infinitive, standing after it without a verb or subject of its
    own, describes: "students due to take exams", "the Sats tests, due to be taken next week"."""
    if head.pos_ != "ADJ" or parsed.subject_of.get(head.i) is not None or head.dep_ in ("acomp", "attr", "ROOT") \
            or not any(c.dep_ == "xcomp" and c.pos_ in VERBAL for c in head.children) \
            or any(c.dep_ in ("aux", "auxpass", "cop") for c in head.children):
        return None
    index = head.i - 1
    while index >= 0 and parsed.tokens[index].is_punct:
        index -= 1
    return parsed.tokens[index] if index >= 0 and parsed.tokens[index].pos_ in NOMINAL else None


def _clause_head(parsed: ParsedSentence, token):
    """The predicate whose clause tells the event, or None when the event is a noun phrase of its own."""
    words = parsed.language.events
    if token.pos_ in VERBAL and token.dep_ == "acl" and token.head.pos_ in NOMINAL and not _has_subject(token):
        vehicle = token.head
        if token.lemma_ in words.VEHICLE_PARTICIPLES and vehicle.dep_ == "pobj" and vehicle.head.head.pos_ in VERBAL:
            # "In a statement released on Thursday, the Red Cross deplored ...": the statement is how the
            # news came; the news is the clause it hangs from
            return _clause_head(parsed, vehicle.head.head)
        if token.lemma_ in words.VEHICLE_PARTICIPLES and vehicle.dep_ == "nsubj" and vehicle.head.pos_ in VERBAL \
                and vehicle.lemma_.lower() in words.DOCUMENT_NOUNS:
            # "An independent review published in January put the cost at £11.8 billion": what the document says
            return _clause_head(parsed, vehicle.head)
        if token.tag_ == "VBG" and vehicle.dep_ in _NOMINAL_ARGUMENTS and not _has_subject(token) \
                and not any(child.dep_ in ("aux", "auxpass") for child in token.children) \
                and not _compound_in_ing(vehicle, token):
            # an active participle says what the noun was doing, not what happened: "160 passengers arriving
            # from Mexico yesterday were screened" is told by the clause the noun is in
            return _clause_head(parsed, vehicle)
        return None  # a reduced relative clause ("the quarter ended Oct. 31", "remarks made last week")
    if token.pos_ in VERBAL or token.dep_ in ("acomp", "attr"):
        # an infinitive completing a verb or adjective belongs to its clause ("planned to leave", "were
        # unavailable to comment"); a copula's complement to the copula's ("Shenouda was exiled")
        while token.head.i != token.i and token.head.i not in parsed.time_words and (
                token.dep_ == "xcomp" and token.head.pos_ in VERBAL | {"ADJ"}
                or token.dep_ == "ccomp" and token.tag_ in ("VB", "VBN") and token.head.pos_ in VERBAL
                and _infinitive(token)  # "expects net income to fall", "expect the deal to be completed"
                or token.dep_ in ("acomp", "attr", "oprd") and token.head.pos_ in VERBAL  # "will remain closed"
                # an adjective a parse took for a preposition ("was first due to open in 2021")
                or token.dep_ == "prep" and token.pos_ == "ADJ" and token.head.lemma_ == "be"
                and any(c.dep_ == "nsubj" for c in token.head.children)
                or token.dep_ == "advcl" and token.tag_ == "VB" and token.head.pos_ in VERBAL
                and _infinitive(token) and not _has_subject(token)):
            # and a purpose: "extended their offers to acquire the manufacturer"
            token = token.head
        # the second of two predicates sharing a subject and a date after both: "was arrested and
        # charged in 2021" tells both
        while token.dep_ == "conj" and token.head.pos_ in VERBAL and token.tag_ in ("VBN", "VBG") \
                and not any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in token.children) \
                and not any(t.i in parsed.time_words for t in token.head.subtree if not _within(t, token)) \
                and not any(c.dep_ == "cc" and c.lower_ in words.CONTRASTIVE_CONJUNCTIONS for c in token.head.children):
            token = token.head
        if token.dep_ == "prep" and token.tag_ == "VBG":
            return None  # "following the election" is a preposition, not a predicate
        if token.dep_ == "pcomp" and token.head.head.pos_ in VERBAL and token.head.lower_ not in words.RELATION_PREPOSITIONS:
            return _clause_head(parsed, token.head.head)  # "was killed by shooting": the gerund tells how
        return token
    noun = token
    for step in range(_MAX_NOUN_STEPS):  # up through "in a drive-by shooting", "of the plot"
        if noun.dep_ not in _NOMINAL_ARGUMENTS | {"conj"} or noun.head.i == noun.i:
            break
        while noun.dep_ == "conj" and noun.head.pos_ in NOMINAL and noun.head.i != noun.i:
            noun = noun.head  # "a heart attack in 2015 and a stroke in 2017": the coordination's slot
        governor = noun.head
        while governor.dep_ == "conj" and governor.pos_ not in VERBAL and governor.head.i != governor.i:
            governor = governor.head  # "had an attempt ... and a plot": the verb above the coordination
        if governor.pos_ in VERBAL:
            return _clause_head(parsed, governor)  # "expects to report net income": the clause of "expects"
        if governor.dep_ != "prep" and governor.pos_ != "ADP" or governor.lower_ in words.RELATION_PREPOSITIONS:
            break  # "fled after the Communist takeover": the noun's own event
        noun = governor.head  # "was killed in a drive-by shooting": the clause the shooting is told in
        if noun.pos_ in VERBAL:
            return _clause_head(parsed, noun) if step <= 1 else None
        # deeper down ("involved in the investigation of the death of children in the 2008 earthquake") the
        # clause is about something else: the noun's own phrase tells the event
    if token.dep_ == "ROOT" and token.pos_ in NOMINAL | {"ADJ"}:
        return token  # a verbless line is its own clause
    return None


def _compound_in_ing(noun, participle) -> bool:
    """A singular noun with its article right before an "-ing" word is one noun the tagger split: "a charity
    poetry reading", "a book signing"."""
    return noun.tag_ == "NN" and participle.i == noun.i + 1 and any(child.dep_ == "det" for child in noun.children)


def _within(token, root) -> bool:
    return root.left_edge.i <= token.i <= root.right_edge.i



def _clause(parsed: ParsedSentence, head, event_word, dropped: frozenset[int], several_dates: bool,
            own: frozenset[int] = frozenset()) -> set[int]:
    """The words of the predicate's clause that a headline keeps."""
    # the words from the event up to the clause head stay, and those from the event's own date when one
    # sentence dates several events ("as a candidate in Huron-Bruce (1993) and Durham (2006)")
    path = {t.i for t in chain_up(event_word)}
    if several_dates and own:
        below = [t for t in chain_up(parsed.tokens[min(own)]) if t.i not in own]
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
            if substitute.pos_ in NOMINAL and token.pos_ in NOMINAL:
                # "an attempt on her life and a kidnapping plot": the plot alone, with the first one's article
                chosen.discard(token.i)
                # it keeps the first one's article and description ("a CHP candidate Durham"), not its name
                has_determiner = any(c.dep_ in ("det", "poss") for c in substitute.children)
                names = token.pos_ == substitute.pos_ == "PROPN"
                children = [substitute] + [c for c in children if c.dep_ in ("det", "poss") and not has_determiner
                                           or names and c.dep_ in ("compound", "amod") and c.pos_ != "PROPN" and c.i < token.i]
            elif substitute.pos_ in NOMINAL and token.pos_ in VERBAL:
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
            if child.dep_ in SUBJECTS and child.i != subject and token.i == head.i:
                continue  # a second subject a parse gave the predicate belongs to another clause
            if _leaves_clause(parsed, token, child, head, dropped, several_dates, path, own):
                continue
            stack.append(child)
    # the opening words that only join the clause to the sentence: "when", "and", "that"
    openers = [index for index in chosen if parsed.tokens[index].dep_ in OPENING_MARKERS
               and parsed.tokens[index].head.i == head.i and index < head.i]
    chosen -= set(openers)
    # and what only measures the gap the marker tells: "shortly after", "just before", "soon after"
    chosen -= {index - 1 for index in openers if index > 0 and parsed.tokens[index - 1].dep_ == "advmod"
               and parsed.tokens[index - 1].head.i == head.i}
    return chosen


def _leaves_clause(parsed: ParsedSentence, parent, child, head, dropped: frozenset[int], several_dates: bool,
                   path: set[int], own: frozenset[int] = frozenset()) -> bool:
    """Whether ``child`` (and its subtree) stays out of the headline of ``head``'s clause."""
    words = parsed.language.events
    label = child.dep_
    if label in _NEVER and not close_apposition(child):
        return True
    if label == "conj" and child.pos_ in VERBAL and parent.i == head.i and _shares_its_object(head, child):
        return False  # "recognized and announced the epidemic": the object is the first verb's too
    if label == "conj" and (child.pos_ in VERBAL and _has_subject(child)
                            or child.pos_ in VERBAL and parent.i == head.i
                            or _has_dated_words(child, dropped) or several_dates and child.pos_ in NOMINAL and parent.pos_ in VERBAL):
        return True  # another clause ("... but continued to work"), or a conjunct with its own date
    if label == "cc" and any(sibling.dep_ == "conj" and sibling.i not in path
                             and _leaves_clause(parsed, parent, sibling, head, dropped, several_dates, path, own)
                             for sibling in parent.children):
        return True  # the "and" before a conjunct that went
    if label == "dobj" and parent.i == head.i and head.pos_ in VERBAL and _after_a_comma(child) \
            and any(sibling.dep_ in ("dobj", "ccomp", "xcomp") and sibling.i < child.i for sibling in parent.children):
        # an object after a comma, after the verb's object or clause, sums up the clause: "bought a rival on Monday, its
        # biggest purchase", "said it had agreed to buy Arcway, its biggest acquisition"
        return True
    if label == "advcl" and (_has_marker(child) or parent.i == head.i and (_has_subject(child)
                                                                         or _has_dated_words(child, dropped))):
        return True  # "After Esmaeilion started demanding answers, he ...", ", ending a debate that began in 2023"
    if label == "ccomp" and child.i < parent.i \
            and parent.lemma_ not in words.REPORTING_VERBS | words.ASKING_VERBS | words.COMPLEMENT_FIRST_VERBS:
        return True  # a complement clause comes before a verb of saying or thinking only: else it is a clause of its own
    if label in ("relcl", "acl") and (set_off(child) or _has_dated_words(child, dropped - own)):
        return True  # non-restrictive (", who was born in Prague,"), or telling another date's event
    # "said it will re-examine the question: are the remains known?", "Olsen retired in 1994 but kept writing; her
    # last book appeared in 2011": what a colon or semicolon sets apart is another statement (but "said: ..."
    # keeps its quote)
    doc = parsed.tokens
    if any(c.text in (":", ";") for c in doc[parent.i + 2:child.left_edge.i]) \
            or any(c.text in (":", ";") for c in doc[child.right_edge.i + 1:parent.i]):
        return True  # (the mark may hang on a word between: "it will re-examine the question: are ...")
    if parent.i == head.i and label in ("advmod", "cc", "prep", "npadvmod", "advcl") and _opener(parsed, child, head, words):
        return True  # "But", "However,", "In a statement,", "Separately,", "When"
    if label == "advmod" and child.lower_ in words.LEADING_CONNECTIVES and 0 < child.i < len(doc) - 1 \
            and doc[child.i - 1].text == "," and doc[child.i + 1].text == ",":
        return True  # "Castleford, meanwhile, face a trip": a connective set off inside the clause
    if label == "prep" and child.lower_ in words.ATTRIBUTION_PREPOSITIONS:
        return True  # "according to police"
    if label in ("prep", "advmod") and (child.lower_ in words.COMPARISON_WORDS or child.lower_ in words.CHANGE_ADVERBS
                                        and any(c.dep_ == "prep" for c in child.children)):
        return True  # "compared with a loss a year earlier", "down from $268 million": the baseline's own event
    return False


def _named_beside(parsed: ParsedSentence, subject):
    """The name set off by commas right after a subject that is a common noun, before its verb ("Louis' queen, Marie
    Antoinette, would follow him"), which a headline names the subject by."""
    return name_beside(parsed, subject, subject.head.i)


def _set_off_from_its_noun(doc, noun, participle) -> set[int]:
    """The dash or comma between a noun and a participle right after it ("strategy -- started"), if that is all there
    is between them; else nothing."""
    between = range(max(t.i for t in noun.subtree if not t.is_punct) + 1, participle.i)
    return set(between) if len(between) == 1 and doc[between[0]].text in ASIDE_MARKS else set()


def _shares_its_object(verb, conjunct) -> bool:
    """Two verbs joined by "and" or "or" right next to each other, the second with the object of both and the first
    with nothing after it ("before the authorities recognized and announced the epidemic")."""
    between = verb.doc[verb.i + 1:conjunct.i]
    return verb.pos_ in VERBAL and not _has_subject(conjunct) and 0 < len(between) <= 2 \
        and all(t.dep_ in ("cc", "punct") for t in between) \
        and not any(c.i > verb.i and c.dep_ not in ("cc", "punct", "conj") for c in verb.children) \
        and any(c.dep_ == "dobj" for c in conjunct.children)


def _has_marker(token) -> bool:
    return any(child.dep_ == "mark" for child in token.children)


def _has_dated_words(token, dropped: frozenset[int]) -> bool:
    return any(t.i in dropped for t in token.subtree)


def _opener(parsed: ParsedSentence, child, head, words) -> bool:
    """A word or phrase before the clause's subject that only joins it to the text: a connective ("But",
    "However"), a question word opening a subordinate clause ("When the bridge opened"), or a phrase set
    off by a comma ("For the first time,", "In Phnom Penh, the capital,")."""
    doc = parsed.tokens
    subject = parsed.subject_of.get(head.i)
    boundary = doc[subject].left_edge.i if subject is not None and doc[subject].head.i == head.i else head.i
    if child.right_edge.i >= boundary:
        return False
    # the clause's first word: the sentence's, or the first after "and" ("... and then you get a second wave")
    first = next((t.i for t in head.subtree if not t.is_punct and not opens_clause(t)), _first_word(doc))
    leading = child.lower_ in words.LEADING_CONNECTIVES or _sentence_adverb(child, words)
    if child.i == child.left_edge.i and (child.i == first and leading or child.i == _first_word(doc) and child.tag_ == "WRB"):
        return True
    following = child.right_edge.i + 1
    return following < len(doc) and doc[following].text == ","


def _past_an_empty_it(parsed: ParsedSentence, head) -> tuple[bool, object]:
    """(whether the clause tells an event, the predicate that tells it instead) for a clause of "it" and
    "be" or "emerge" where "it" stands for nothing: what emerged tells the event ("It emerged on Monday that the
    school had closed": "School had closed"); a cleft tells its relative clause ("It was the huge influx which
    helped persuade Clinton": "Huge influx helped persuade Clinton"); an adjective judging a clause tells that
    clause ("It was obvious the quake would be a disaster"), unless it says how sure the clause is ("It is
    likely that ..." stays); one judging an infinitive tells nothing ("It is very difficult to maintain hope",
    "It's interesting to see ...")."""
    words = parsed.language.events
    subject = parsed.subject_of.get(head.i)
    if subject is None or not is_pronoun(parsed.tokens[subject], words.THING_PRONOUNS) or parsed.tokens[subject].head.i != head.i:
        return True, None
    children = list(head.children)
    if head.lemma_ in words.RAISING_VERBS:
        # "On Monday it emerged another school had been closed": what came out is the news
        return True, next((c for c in children if c.dep_ == "ccomp" and c.pos_ in VERBAL and _has_subject(c)), None)
    if head.lemma_ != "be":
        return True, None
    for attr in (c for c in children if c.dep_ == "attr" and c.pos_ in NOMINAL):
        relative = next((c for c in attr.children if c.dep_ == "relcl" and parsed.subject_of.get(c.i) is not None
                         and is_relative_pronoun(parsed.tokens[parsed.subject_of[c.i]])), None)
        if relative is not None:
            return True, relative
    judged = next((c for c in children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    if judged is None or judged.lower_ in words.HEDGING_ADJECTIVES | words.SUBJECT_INFINITIVE_ADJECTIVES:
        return True, None
    clause = next((c for c in (*children, *judged.children) if c.dep_ == "ccomp" and c.pos_ in VERBAL and _has_subject(c)),
                  None)
    if clause is not None:
        return True, clause
    infinitive = any(c.dep_ in ("xcomp", "ccomp") and _infinitive(c) and not _has_subject(c)
                     for c in (*children, *judged.children))
    return not infinitive, None


def _clause_subject_owning(parsed: ParsedSentence, possessive):
    """The pronoun subject of the possessive's own clause that it repeats: "it" for "its", "they" for "their"
    ("it cut the dividend due to its third-quarter loss"); a clause's subject and a possessive of the same
    pronoun in it stand for one thing."""
    words = parsed.language.events
    wanted = words.SUBJECT_OF_POSSESSIVE.get(possessive.lower_)
    if wanted is None or possessive.pos_ != "PRON":
        return None
    subject = parsed.subject_of.get(parsed.clause_of[possessive.i])
    token = parsed.tokens[subject] if subject is not None else None
    return token if token is not None and token.lower_ == wanted and token.i < possessive.i \
        and not expletive(token, words) else None


def _without_unfinished_links(parsed: ParsedSentence, chosen: set[int], head) -> set[int]:
    """Without a clause whose linking verb lost what it links to ("An influenza pandemic started that became":
    a parse that hung "a global disaster" under a participle that left). Only a clause below the headline's
    predicate goes; the predicate stays, and the headline is then judged as it is."""
    doc, words = parsed.tokens, parsed.language.events
    for index in sorted(chosen, reverse=True):
        verb = doc[index]
        if (head is None or any(above.i == head.i for above in verb.ancestors)) and _unfinished_link(verb, chosen, words):
            chosen = chosen - {t.i for t in verb.subtree}
    return chosen


def _without_lone_conjunctions(parsed: ParsedSentence, chosen: set[int]) -> set[int]:
    """Without an "and" or "or" that joins nothing any more, and the comma before it: the words right after it left
    the headline, and no conjunct of its word follows in it ("China, and twenty-two smaller governments issued", the
    governments a parse made an apposition)."""
    doc = parsed.tokens
    for index in sorted(i for i in chosen if doc[i].dep_ == "cc"):
        token = doc[index]
        following = next((t for t in doc[index + 1:] if not t.is_punct), None)
        if following is not None and following.i not in chosen \
                and not any(c.dep_ == "conj" and c.i > index and c.i in chosen for c in token.head.children):
            chosen = chosen - {index} - ({index - 1} if index > 0 and doc[index - 1].text == "," else set())
    return chosen


def _without_stray_conjuncts(parsed: ParsedSentence, chosen: set[int], keep: set[int]) -> set[int]:
    """Without a noun a parse joined to a verb by "and" when the phrase before it left the headline: it was that
    phrase's object's conjunct ("culminated in the abdication of the Tsar and the appointment of a weak government",
    cut, is "culminated", not "culminated and the appointment")."""
    doc = parsed.tokens
    for token in [doc[i] for i in sorted(chosen)]:
        verb = token.head
        if token.dep_ != "conj" or token.pos_ not in NOMINAL or verb.pos_ not in VERBAL or verb.i not in chosen \
                or token.i < verb.i or token.i in keep or token.i not in chosen:
            continue
        before = token.left_edge.i - 1
        while before > verb.i and (doc[before].dep_ == "cc" or doc[before].is_punct):
            before -= 1
        cut = [c for c in verb.children if c.dep_ in ("prep", "dobj") and c.i not in chosen and c.right_edge.i == before]
        if cut and any(doc[i].dep_ == "cc" for i in range(before + 1, token.left_edge.i)):
            joining = {i for i in range(before + 1, token.left_edge.i) if doc[i].dep_ == "cc" or doc[i].is_punct}
            chosen = chosen - {t.i for t in token.subtree} - joining
    return chosen


def _with_negations_kept(parsed: ParsedSentence, chosen: set[int]) -> set[int]:
    """With a "not" that a parse hung on a word that left, when the words right after it stay: without it the headline
    would say the opposite ("described him only as a material witness wanted for questioning -- not a suspect", the
    "not" hung on "questioning", would give "... as a material witness a suspect")."""
    doc = parsed.tokens
    for token in doc:
        if token.dep_ == "neg" and token.i not in chosen and token.head.i not in chosen and any(i < token.i for i in chosen):
            following = next((t for t in doc[token.i + 1:] if not t.is_punct), None)
            if following is not None and following.i in chosen:
                chosen = chosen | {token.i}
    return chosen


def _links_a_pronoun_to_nothing(parsed: ParsedSentence, head, event_word, chosen: set[int]) -> bool:
    """A linking verb the date dates, left with nothing to link its pronoun subject to: "they were 10 years ago",
    "it was at 6am". A subject that names what happened is the event ("The first case in the city was on Friday")."""
    subject = parsed.subject_of.get(head.i)
    return head.i == event_word.i and subject is not None and parsed.tokens[subject].pos_ == "PRON" \
        and _unfinished_link(head, chosen, parsed.language.events)


def _unfinished_link(verb, chosen: set[int], words) -> bool:
    """A linking verb (be, become, seem) none of whose complements the headline keeps."""
    return verb.pos_ in VERBAL and verb.lemma_ in words.LINKING_VERBS and verb.dep_ not in ("aux", "auxpass", "case") \
        and verb.tag_ != "POS" and not any(child.i in chosen and child.dep_ in _LINKED for child in verb.children)


def _sentence_adverb(token, words) -> bool:
    """A single adverb such as "Intriguingly", "Clearly" opening the clause."""
    return token.dep_ == "advmod" and token.tag_ == "RB" and token.right_edge.i == token.i \
        and token.lower_.endswith(words.SENTENCE_ADVERB_ENDING) and token.lower_ not in words.NOT_SENTENCE_ADVERBS


def _first_word(doc) -> int:
    return next((t.i for t in doc if not t.is_punct), 0)


def _object_before(doc, pronoun) -> bool:
    """Whether a noun object comes before the pronoun in its sentence: "replace the span rather than repair
    it" speaks of the span; "A 2019 inspection rated it" of what the sentence before was about."""
    return any(t.dep_ in ("dobj", "pobj") and t.pos_ in NOMINAL for t in doc[:pronoun.i])


def _without_negation_before_until(parsed: ParsedSentence, chosen: set[int], head, own: frozenset[int]) -> set[int]:
    """"The river is not expected to return to normal levels until Wednesday morning" tells that it is
    expected to on Wednesday morning: with its "until" date gone, the negation goes too."""
    words = parsed.language.events
    if head is None or not own:
        return chosen
    preposition = next((t for t in parsed.tokens[min(own)].ancestors if t.dep_ == "prep"), None)
    if preposition is None or preposition.lower_ not in words.UNTIL or preposition.i in chosen:
        return chosen
    return chosen - {c.i for c in head.children if c.dep_ == "neg"}


def _no_one_twice_in_a_clause(doc, replacements: dict[int, str], referents: set[int]) -> dict[int, str]:
    """Two pronouns of one clause that are not reflexive stand for two people ("she criticised him"): when they
    were both given one name, one of them is wrong and nothing says which, so both stay pronouns (the
    headline is then "She criticised him", not "Silvio Berlusconi criticised Silvio Berlusconi")."""
    clashing = {index for index, name in replacements.items() for other, other_name in replacements.items()
                if other != index and name == other_name and doc[index].pos_ == doc[other].pos_ == "PRON"
                and doc[index].head.i == doc[other].head.i}
    referents -= clashing
    return {index: name for index, name in replacements.items() if index not in clashing}


def _agreeing_with_a_named_speaker(doc, replacements: dict[int, str], words) -> dict[int, str]:
    """An "I" (or a speaker's "we") replaced by one speaker's name takes the verb in the third person: "I do
    have to confirm" is "Richard Besser does have to confirm"."""
    found = dict(replacements)
    for index, name in replacements.items():
        pronoun = doc[index]
        if pronoun.lower_ not in words.SPEAKER_SUBJECTS or pronoun.dep_ not in SUBJECTS or " and " in name:
            continue
        verb = pronoun.head
        # a present ("We are", "I do") or the past "were" ("We were pushed out")
        agreeing = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and _plural_form(c, words) and c.i < verb.i), None)
        agreeing = agreeing if agreeing is not None else verb if _plural_form(verb, words) else None
        if agreeing is not None and agreeing.i not in found:
            third = words.THIRD_PERSON_OF.get(agreeing.lower_) or inflect(agreeing.lemma_, "VBZ")
            if third:
                found[agreeing.i] = third
    return found


def _plural_form(verb, words) -> bool:
    return verb.tag_ == "VBP" or verb.lower_ in words.THIRD_PERSON_OF


def _infinitive(verb) -> bool:
    return any(child.tag_ == "TO" for child in verb.children)


def _has_subject(predicate) -> bool:
    """Whether the parse gives the predicate a subject of its own (not one it shares)."""
    return any(child.dep_ in SUBJECTS for child in predicate.children)


def _other_finite_verb(doc, verb) -> bool:
    return any(t.pos_ in VERBAL and t.i != verb.i and t.tag_ in FINITE_TAGS for t in doc)


def _shorten(parsed: ParsedSentence, chosen: set[int], replacements: dict[int, str], head, event_word,
             subject: int | None, limit: int) -> set[int]:
    """Leave out optional parts, least needed first, until the headline has at most ``limit`` words (a name
    put in for a pronoun counted as written)."""
    doc, words = parsed.tokens, parsed.language.events
    keep = {t.i for t in chain_up(event_word)} | {event_word.i}
    if head is not None:
        keep.add(head.i)
    if subject is not None:
        keep.add(subject)
    for labels in _OPTIONAL_ORDER:
        if word_count(doc, chosen, replacements) <= limit:
            break
        # deepest first: a phrase inside a phrase goes before the phrase
        # (what a noun measures or places by goes last: "a total of 2.35 million passengers" says more than "a total")
        # (a preposition with no object of its own on an adverb is part of its phrase, not one: "more than offset")
        removable = sorted((t for t in doc if t.i in chosen and _cut_label(t, words) in labels and t.i not in keep
                            and not hyphenated(t) and not _inside_a_name(t) and not _what_be_links(t)
                            and not (t.dep_ == "prep" and not t.n_lefts and not t.n_rights and t.head.pos_ in ("ADV", "ADJ"))),
                           key=lambda t: (_completes_its_noun(t, words), -len(chain_up(t)), -t.i))
        for token in removable:
            if word_count(doc, chosen, replacements) <= limit:
                break
            if token.i in chosen:
                chosen -= {t.i for t in _cut_with(token, keep, words).subtree} - keep
                if token.dep_ == "conj" and not any(c.dep_ == "conj" and c.i in chosen for c in token.head.children):
                    # the "and" of the last conjunct goes with it ("could still mutate and, the WHO said")
                    chosen -= {c.i for c in token.head.children if c.dep_ in ("cc", "preconj") and token.head.i < c.i < token.i} - keep
    return chosen


def _cut_with(token, keep: set[int], words):
    """What goes when ``token`` goes: an infinitive completing a bare noun goes with the noun's phrase ("in an
    attempt to stop the oil", "in a bid to ..." go whole, not leaving "in an attempt"; but "on contingency plans"
    says something of its own); the "of" phrase of a word that is a preposition with it goes with that word
    ("out of Aqaba", "because of the storm"); a part of an aside set off by commas goes with the whole aside
    ("scores of trucks, many with Iraqi plates, streamed north", not "scores of trucks, many streamed")."""
    noun = token.head
    if token.dep_ == "acl" and _infinitive(token) and noun.dep_ == "pobj" and noun.head.i not in keep \
            and noun.head.head.i != noun.head.i and all(child.dep_ == "det" or child.i == token.i for child in noun.children):
        return noun.head
    if token.dep_ == "prep" and token.lower_ in words.BELONGING_PREPOSITIONS and noun.dep_ in ("prep", "advmod") \
            and noun.pos_ in ("ADP", "ADV") and noun.i not in keep and all(child.i == token.i for child in noun.children):
        token = noun
    aside = token.head
    while aside.i not in keep and aside.head.i != aside.i:
        if aside.dep_ in ("appos", "amod") and _set_off_by_commas(aside):
            return aside
        aside = aside.head
    return token


def _after_a_comma(token) -> bool:
    return token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","


def _set_off_by_commas(token) -> bool:
    doc, last = token.doc, token.right_edge.i
    return _after_a_comma(token) and last + 1 < len(doc) and doc[last + 1].text in (",", ".")


def _cut_label(token, words) -> str:
    """How a phrase goes when a headline is cut: by its label, but for the infinitive a parse hung as a clause of
    purpose on a verb it completes ("led forecasters to upgrade the storm", "voted to rezone"), which goes with the
    objects."""
    if token.dep_ == "advcl" and _infinitive(token) and (
            token.head.lemma_ in words.OBJECT_INFINITIVE_VERBS and any(c.dep_ == "dobj" and c.i < token.i for c in token.head.children)
            or token.head.lemma_ in words.DECISION_VERBS):
        return "xcomp"  # ("voted 5-4 to rezone 42 acres": what was decided)
    return token.dep_


def _completes_its_noun(token, words) -> bool:
    """The "of" phrase of a noun that only measures it ("a total of 2.35 million passengers"), places something by
    it ("in the aftermath of the bombings") or is a role in it ("the head of the WHO"): the noun says nothing without
    it; also the "of" phrase of a name ("the Battle of Tannenberg", "Charles I of Austria"), which is part of it, or
    that names the noun ("the state of Hesse")."""
    if token.dep_ != "prep" or token.lower_ not in words.BELONGING_PREPOSITIONS:
        return False
    noun = token.head
    if noun.lemma_ in words.MEASURE_NOUNS or noun.lemma_ in words.RELATION_NOUNS or noun.lemma_ in words.ROLE_NOUNS:
        return True
    # a name after "of" names the noun ("the state of North Rhine-Westphalia", "the Battle of Megiddo")
    named = noun.pos_ in NOMINAL and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in token.children)
    return named and (noun.is_title and noun.i > 0 or any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children))


def _what_be_links(token) -> bool:
    """The phrase a "be" links its subject to when it has no other complement ("more were on their way", "rescuers
    were on the ground in Haiti": its first prepositional phrase): the predicate itself, which goes only with its
    clause ("and more were" is no headline)."""
    verb = token.head
    return token.dep_ == "prep" and verb.lemma_ == "be" and verb.i < token.i \
        and not any(c.dep_ in _LINKED_BUT_ADJUNCTS for c in verb.children) \
        and next(c for c in verb.children if c.dep_ == "prep" and c.i > verb.i).i == token.i


def _inside_a_name(token) -> bool:
    """A word of a proper name made of parts, in front of the name's last word ("Human Services" in "Health and
    Human Services Secretary Kathleen Sebelius"): shortening never cuts a name (but "MTV and Viva" are two)."""
    head = token.head
    return token.pos_ == "PROPN" and head.pos_ == "PROPN" and head.i != token.i \
        and head.dep_ in ("compound", "nmod") and head.head.pos_ == "PROPN" and head.head.i > token.i


def _opens_on_unexplained_pronoun(parsed: ParsedSentence, chosen: set[int], replacements: dict[int, str]) -> bool:
    """Whether the headline would open on a pronoun that nothing replaced: an "it", "they", "we" or "you", a
    relative "which", a pointing "this" or a bare "some" ("It's going to be Joe", "We briefly recap", "You go to a million",
    "This brings the total to 1,784", "It seems less lethal than Sars, experts said"); "he" and "she" at least say
    a person did it."""
    words = parsed.language.events
    first = _first_shown(parsed, chosen)
    return first is not None and first.i not in replacements and (
        _unexplained(first, words) or is_relative_pronoun(first) or is_pronoun(first, words.DEMONSTRATIVES)
        or _counts_nothing_named(_past_its_article(first, chosen), chosen, words))


def _first_person_half_told(parsed: ParsedSentence, chosen: set[int], replacements: dict[int, str]) -> bool:
    """Whether the headline names the speaker for one first-person word of a quote but keeps another as said ('"We
    buried my neighbour on Saturday," said Halyna Moroz' would give "Halyna Moroz buried my neighbour")."""
    words = parsed.language.events
    first_person = [i for i in chosen if is_pronoun(parsed.tokens[i], words.FIRST_PERSON)]
    return any(i in replacements for i in first_person) and any(i not in replacements for i in first_person)


def _whose_of_nothing(parsed: ParsedSentence, chosen: set[int], replacements: dict[int, str]) -> bool:
    """Whether the headline keeps a "whose" that nothing replaced without the noun it follows: a parse that joined the
    relative clause to another verb ("... because of delays to Ariane 6, whose first flight did not take place until
    July", read as a conjunct of "was pushed") leaves a headline no one can read ("15,000 US troops whose tours had
    been extended" reads)."""
    doc = parsed.tokens
    for i in chosen:
        if doc[i].tag_ == "WP$" and i not in replacements:
            before = i - 1 if i > 0 and doc[i - 1].text != "," else i - 2
            if before < 0 or before not in chosen:
                return True
    return False


def _past_its_article(token, chosen: set[int]):
    """The word after an opening article, when it is in the headline ("The latter" is "latter")."""
    following = token.i + 1
    return token.doc[following] if token.pos_ == "DET" and following < len(token.doc) and following in chosen else token


def _counts_nothing_named(token, chosen: set[int], words) -> bool:
    """A word of quantity standing alone as the subject ("Some had predicted a loss", "Most of which followed"): what
    it counts, the text said before. ("Some analysts", "some of the analysts", "none other than Dr Doom" say what.)"""
    doc = token.doc
    if token.lower_ in words.ORDINAL_PRONOUNS and token.dep_ in SUBJECTS | {"advmod"} \
            and (token.i + 1 == len(doc) or doc[token.i + 1].pos_ not in NOMINAL and doc[token.i + 1].text not in HYPHENS
                 and doc[token.i + 1].lower_ != "of"):  # ("a third of the population" says what)
        return True  # "A second, on June 3, was halted": a second what, the text said before
    return token.lower_ in words.QUANTITY_PRONOUNS and token.dep_ in SUBJECTS \
        and not any(child.i in chosen and not child.is_punct and not any(is_relative_pronoun(t) for t in child.children)
                    for child in token.children)


def _speaks_as_no_one(parsed: ParsedSentence, chosen: set[int], replacements: dict[int, str]) -> bool:
    """Whether the headline keeps an "I", "me", "our" ... that nothing replaced and no one is told as saying: a
    reporter's or a blogger's own voice ("Dr Alan Hay told me that", "phoned our correspondent", "She dropped in my
    house"), which a timeline cannot repeat. (In "Castro said our unity ..." or a quote, the speaker is named.)"""
    doc, words = parsed.tokens, parsed.language.events
    for index in chosen - replacements.keys():
        token = doc[index]
        if not is_pronoun(token, words.FIRST_PERSON) or index in parsed.quoted:
            continue
        # inside what a named speaker says, not the speaker's hearer ("told me")
        if not any(above.i in chosen and above.lemma_ in words.REPORTING_VERBS and token.head.i != above.i
                   for above in token.ancestors):
            return True
    return False


def _opens_a_question(parsed: ParsedSentence, chosen: set[int]) -> bool:
    """Whether the headline would open on a question word: a question reported ("how many people died") asks, and
    says nothing happened."""
    first = _first_shown(parsed, chosen)
    return first is not None and first.lower_ in parsed.language.events.QUESTION_WORDS


def _first_shown(parsed: ParsedSentence, chosen: set[int]):
    """The first word the headline shows: punctuation and joining words ("that", "and") do not open one."""
    return next((parsed.tokens[i] for i in sorted(chosen)
                 if not parsed.tokens[i].is_punct and not opens_clause(parsed.tokens[i])), None)


def _unexplained(token, words) -> bool:
    """An "it", "they", "we" or "you" (or their possessives) that stands for someone or something the headline
    cannot name ("he" and "she" at least say a person); an "it" that stands for nothing ("it rained") is no
    such pronoun."""
    return is_pronoun(token, words.THING_PRONOUNS, words.GROUP_PRONOUNS, words.FIRST_PERSON, words.SECOND_PERSON) \
        and not expletive(token, words)


def _says_nothing(parsed: ParsedSentence, head, chosen: set[int]) -> bool:
    """A clause's verb of saying or asking without what was said: "a World Health Organisation official said", "Dr.
    Richard Besser asked on Monday" (after a quoted question) tell nothing on a timeline."""
    words = parsed.language.events
    if head.pos_ not in VERBAL or head.lemma_ not in words.REPORTING_VERBS | words.ASKING_VERBS \
            or any(child.dep_ in ("auxpass", "nsubjpass") for child in head.children):
        return False  # a passive's subject is what was said: "Nine cases were confirmed"
    deed = words.DEED_PREPOSITIONS.get(head.lemma_, frozenset())
    return not any(child.i in chosen for child in head.children
                   if child.dep_ in _SAID or child.dep_ == "prep" and (child.lower_ in words.SAID_PREPOSITIONS
                                                                       or child.lower_ in deed))


def _reads_alone(parsed: ParsedSentence, chosen: set[int], head, event_word) -> bool:
    """A verb of its own, or a noun phrase of at least two words around an event noun (a verbless line's
    root is one: "Good news for AT&T today")."""
    doc = parsed.tokens
    if any(doc[i].pos_ in VERBAL and doc[i].dep_ not in ("aux", "auxpass", "amod") for i in chosen):
        return True
    return event_word.pos_ in NOMINAL and word_count(doc, chosen) >= _MIN_NOUN_PHRASE_WORDS \
        and (head is None or head.dep_ == "ROOT" and head.pos_ in NOMINAL)
