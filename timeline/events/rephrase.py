"""Rephrasings: the shapes of English a headline cannot take as they stand, told as a clause of their own.

- A reduced relative clause: "the lawsuit, filed in 2021" is "Lawsuit was filed"; "a model devised by
  John Horton Conway" is "John Horton Conway devised a model".
- A participle clause or a gerund: "Born in Bergen in 1934, Olsen joined" is "Olsen was born in Bergen";
  "After touring Dar es Salaam Thursday, the FBI chief said" is "FBI chief toured Dar es Salaam".
- Reported speech: who said it, or only what was said.
- Relative clauses: "Gustav, which was categorized" is "Gustav was categorized"; "the bridge, which the
  council voted to demolish" is "Council voted to demolish the bridge"; with the relative word left out, "the
  towns they captured" is "They captured the towns", "the house they lived in" "They lived in the house".
- A comparison's baseline ("up from a profit of $3 million a year earlier": "Acme had a profit of $3
  million") and a start a participle tells ("clinics starting next Monday": "Clinics start").
- A possessive date leaves "the"; a name followed by its acronym in brackets goes by the acronym.
"""
from __future__ import annotations

import re

from timeline.events.parsed import ParsedSentence
from timeline.events.referents import expletive
from timeline.events.phrases import (NOMINAL, SUBJECTS, VERBAL, Headline, Resolver, be_past, descriptors, finite, inflect,
                                     age_description, company_description, is_pronoun, is_relative_pronoun, noun_phrase, owned_by_no_one, plain)

_PLACE_LABELS = frozenset({"GPE", "LOC"})  # named entities that are places


def baseline_headline(parsed: ParsedSentence, phrase, dropped: frozenset[int], resolve: Resolver) -> tuple[int, Headline] | None:
    """The earlier event a comparison gives, when the time phrase dates its baseline: "Acme posted a profit
    of $4 million, up from a profit of $3 million a year earlier" tells "Acme had a profit of $3 million"
    a year earlier; a bare figure takes the noun the clause measured ("revenue of $212 million, down from
    $268 million a year earlier": "Acme had revenue of $268 million"). Returns the trigger's index and the
    headline, or None when the phrase dates no baseline."""
    words = parsed.language.events
    doc = parsed.tokens
    marker = next((t for t in (phrase.head, *phrase.head.ancestors)
                   if t.dep_ == "prep" and (t.head.lower_ in words.CHANGE_ADVERBS | words.COMPARISON_WORDS
                                            or t.lower_ == words.CHANGE_FROM and t.head.lemma_ in words.CHANGE_VERBS)), None)
    compared = next((c for c in marker.children if c.dep_ == "pobj"), None) if marker is not None else None
    if compared is None or compared.i in phrase.indices:
        return None
    if any(t.pos_ in VERBAL for t in phrase.head.ancestors if t.i > marker.i and marker.i in {a.i for a in t.ancestors}):
        return None  # "down from a forecast of $2.40, which it had lowered in August": August is the lowering's
    # the predicate the comparison hangs from: the verb of change itself ("fell ... from $109 million"), else the one
    # its adverb qualifies ("reported revenue of $212 million, down from ...")
    changed = marker.lower_ == words.CHANGE_FROM and marker.head.lemma_ in words.CHANGE_VERBS
    main = marker.head if changed else compared.head.head.head
    while main.pos_ not in VERBAL and main.head.i != main.i:
        main = main.head
    # a figure that measures a state ("was 8% contained, down from 12%"): "Fire was 12% contained"
    state = main if main.dep_ == "acomp" and main.head.lemma_ == "be" and _measured(main) else None
    if state is not None:
        main = main.head
    # "rose to 4.9% in February, up from 4.2% a year earlier": the adverb's verb is the change; "was $2.31 billion, up 4
    # percent from $2.22 billion": the figure's "be" is one too
    changed = changed or marker.lower_ == words.CHANGE_FROM and (main.lemma_ in words.CHANGE_VERBS or main.lemma_ == "be")
    subject = parsed.subject_of.get(main.i)
    if subject is None:
        return None
    who = pronoun_referent(parsed, doc[subject], resolve) or plain(doc, sorted(
        noun_phrase(doc[subject], dropped, keep_determiner=True) - {t.i for d in descriptors(doc[subject]) for t in doc[d].subtree}))
    figure = plain(doc, sorted(i for i in noun_phrase(compared, dropped | set(phrase.indices), keep_determiner=True)))
    if changed:
        # what changed is the subject: it was the earlier figure ("Net income was $109 million", "The rate was 4.1
        # percent"); from something else than a figure ("from its highs") no earlier event is told
        if not (compared.pos_ == "NUM" or compared.tag_ == "CD"
                or any(c.dep_ == "nummod" and c.i not in phrase.indices for c in compared.children)):
            return None
        state = state or next((c for c in main.children if c.dep_ == "acomp" and _measured(c)), None) \
            if main.lemma_ == "be" else None
        text = re.sub(r"^(?:the|The)\s+", "", f"{who} {be_past(doc[subject], words)} {figure}"
                      + (f" {state.text}" if state is not None else ""))
        return compared.i, Headline(text[0].upper() + text[1:], ())
    if compared.pos_ == "NUM" or compared.tag_ == "CD":
        measured = next((c for c in main.children if c.dep_ in ("dobj", "attr") and c.pos_ == "NOUN"), None)
        if measured is None:
            return None
        noun = plain(doc, sorted(t.i for t in measured.children if t.dep_ in ('amod', 'compound')) + [measured.i])
        # things counted come after their number ("had 148 confirmed cases"), an amount of something before it
        # ("had revenue of $268 million")
        figure = f"{figure} {noun}" if measured.tag_ == "NNS" else f"{noun} of {figure}"
    text = re.sub(r"^(?:the|The)\s+", "", f"{who} {words.BASELINE_VERB} {figure}")
    return compared.i, Headline(text[0].upper() + text[1:], ())


def _measured(state) -> bool:
    """Whether a figure in front of a state measures it ("8% contained")."""
    return any(g.dep_ == "npadvmod" and g.i < state.i for g in state.children)


def time_participle_headline(parsed: ParsedSentence, phrase, dropped: frozenset[int]) -> tuple[int, Headline] | None:
    """When a participle used like a preposition says when the noun before it starts ("free vaccination
    clinics at 12 schools starting next Monday", "a new parking fee, effective March 1"), the event is
    that noun starting: "Free vaccination clinics at 12 schools start". Returns the participle's index and
    the headline, or None."""
    words = parsed.language.events
    participle = phrase.preposition if phrase.preposition is not None and phrase.preposition.lower_ in words.TIME_PARTICIPLE_VERBS \
        else phrase.governor
    if participle is None or participle.lower_ not in words.TIME_PARTICIPLE_VERBS or participle.head.pos_ in VERBAL:
        return None  # "take effect starting Jan. 1": the verb's own event
    noun = noun_before(participle) or (participle.head if participle.head.pos_ in NOMINAL else None)
    if noun is None:
        return None
    doc = parsed.tokens
    first = noun.left_edge.i
    words_before = [i for i in range(first, participle.i) if i not in dropped and not (doc[i].is_punct and i == participle.i - 1)]
    plural, singular = words.TIME_PARTICIPLE_VERBS[participle.lower_]
    verb = plural if noun.tag_ in ("NNS", "NNPS") else singular
    text = re.sub(r"^(?:the|The)\s+", "", f"{plain(doc, words_before)} {verb}")
    return participle.i, Headline(text[0].upper() + text[1:], ())


def _below(participle, index: int) -> bool:
    """Whether word ``index`` is below the participle (not the participle or above it)."""
    token = participle.doc[index]
    return token.i != participle.i and participle in token.ancestors


def reduced_relative(participle, noun, dropped: frozenset[int], words,
                      resolve: Resolver = lambda token: None) -> tuple[set[int], dict[int, str]]:
    """A noun and the participle clause after it, as a clause: a passive one with its agent reads as the
    agent's act ("a discrete model devised by John Horton Conway" is "John Horton Conway devised a discrete
    model"), one without as a passive ("the lawsuit, filed in 2021" is "Lawsuit was filed"); an active one
    stays a noun phrase ("a report saying ...")."""
    # the participle's own words, from its verb group on (a parse may hang the whole sentence from it)
    start = min([c.i for c in participle.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < participle.i] + [participle.i])
    # the noun's words end where the participle's begin; when the parse hangs the sentence, noun included,
    # from the participle, where its verb group begins
    end = participle.left_edge.i if participle.left_edge.i > noun.i else start
    core = {t.i for t in noun.subtree if t.i < end} - {
        t.i for c in noun.children if c.dep_ in ("relcl", "acl", "appos", "punct") for t in c.subtree} - dropped
    # the dates that leave go with what they head ("until 1990, when a fire destroyed it")
    leaving = {t.i for i in dropped if _below(participle, i) for t in participle.doc[i].subtree}
    clause = {t.i for t in participle.subtree if not t.is_punct and t.i >= start and t.dep_ not in ("meta", "dep")} - leaving
    agent = next((c for c in participle.children if c.dep_ == "agent"), None)
    performer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    doc = participle.doc
    if participle.tag_ != "VBN" or any(c.tag_ == "TO" for c in participle.children):
        if participle.tag_ == "VBG" and clause <= {participle.i} | {c.i for c in participle.children if c.dep_ in ("prt", "advmod")}:
            return set(), {}  # "postponements stretching back to 2022": with its date gone, the participle tells nothing
        return core | clause, {}  # "a report saying ...", "a runoff election to be conducted"
    marker = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if marker is not None and marker.lower_ in words.RELATIVE_MARKERS and marker.i > 0 and doc[marker.i - 1].pos_ in NOMINAL:
        # "the report that the agency published on Monday": the agency published the report
        antecedent = doc[marker.i - 1]
        object_text = plain(doc, [i for i in range(antecedent.left_edge.i, antecedent.i + 1) if i not in dropped])
        object_text = object_text[0].lower() + object_text[1:] if doc[antecedent.left_edge.i].pos_ == "DET" else object_text
        return core | clause, {participle.i: f"{participle.text} {object_text}"}
    opened_by_a_conjunction = noun.dep_ == "pobj" and noun.head.lower_ in words.CLAUSE_CONJUNCTIONS \
        or any(c.dep_ == "mark" and c.lower_ in words.CLAUSE_CONJUNCTIONS for c in noun.children)
    between = doc[noun.i + 1:participle.i]
    # (an aside set off by commas may stand between: "A second contract, for $160 million, followed in November")
    aside = len(between) >= 2 and between[0].text == "," and between[-1].text == "," \
        and not any(t.is_punct for t in between[1:-1])
    if performer is None and (noun.dep_ == "ROOT" or opened_by_a_conjunction) and participle.head.i == noun.i \
            and (aside or not any(t.is_punct for t in between)) and inflect(participle.lemma_, "VBD") == participle.lower_:
        # a sentence the parse left without a verb, or a clause after "if" or "because" read as a preposition's object:
        # its past and participle spelt alike, "The factory operated until 1990" tells a past, not "Factory was
        # operated", and "if a second wave swept across the globe" that "A second wave swept across the globe"
        return core | clause, {}
    if performer is None:
        # "N was V-ed": the participle takes the verb "be" in the noun's number before it, in place of the "being"
        # of a passive gerund ("led to 44 new cases being confirmed": "44 new cases were confirmed")
        being = {c.i for c in participle.children if c.dep_ == "auxpass" and c.tag_ == "VBG"}
        return (core | clause) - being, {participle.i: f"{be_past(noun, words)} {participle.text}"}
    past = inflect(participle.lemma_, "VBD") or participle.text
    noun_words = sorted(core)
    noun_text = plain(doc, noun_words)
    if doc[noun_words[0]].pos_ == "DET":
        noun_text = noun_text[0].lower() + noun_text[1:]
    agent_words = sorted(noun_phrase(performer, dropped, keep_determiner=True))
    # "remarks made by its ambassador": "Syria’s ambassador made remarks"
    owners = {i: resolve(doc[i]) for i in agent_words if doc[i].tag_ == "PRP$"}
    agent_text = "".join((f"{owners[i]}’s" if owners.get(i) else doc[i].text) + doc[i].whitespace_ for i in agent_words).strip()
    others = clause - {t.i for t in agent.subtree} - {participle.i}
    # rendered in text order: the noun's first word carries the whole clause "agent verb noun"
    return {noun_words[0]} | others, {noun_words[0]: f"{agent_text} {past} {noun_text}"}


def noun_before(verb):
    """The noun phrase a non-finite verb without a subject follows, climbing out of its prepositional
    phrases ("A diary about the June 4th Incident | published ..."): the noun it most likely modifies."""
    # the verb group starts at its first auxiliary ("to be conducted"); the noun comes right before it
    index = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i] + [verb.i]) - 1
    doc = verb.doc
    while index >= 0 and (doc[index].is_punct or doc[index].like_num and index > 0 and doc[index - 1].text == "["):
        index -= 1
    if index < 0 or doc[index].pos_ not in NOMINAL or verb.dep_ in ("advcl", "xcomp", "conj", "ccomp"):
        return None
    noun = doc[index]
    while noun.dep_ in ("pobj", "compound") and noun.head.i < noun.i:
        preposition = noun.head
        if noun.dep_ == "compound":
            noun = preposition
        elif preposition.head.pos_ in NOMINAL:
            noun = preposition.head  # "a diary about the June 4th Incident"
        elif preposition.i > 0 and doc[preposition.i - 1].pos_ in NOMINAL:
            noun = doc[preposition.i - 1]  # "clinics at 12 schools", attached by the parse to the verb
        else:
            break
    return noun


def own_subject(verb):
    """A subject the parse gave a participle that is no predicate ("A diary ... published back in 2007")."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in NOMINAL and c.i < verb.i), None) \
        if verb.tag_ == "VBN" and not finite(verb) else None


def participle_clause(head) -> bool:
    """A participle clause of the sentence's predicate, with no subject or marker of its own ("Born in
    Bergen, Olsen ...", "..., graduating in 1965"), or a gerund after a preposition ("After touring Dar es
    Salaam Thursday and meeting police leaders Friday, the FBI chief said")."""
    if any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in head.children) or head.tag_ not in ("VBN", "VBG"):
        return False
    if head.dep_ == "advcl":
        return head.head.pos_ in VERBAL
    while head.dep_ == "conj" and head.head.tag_ == "VBG":
        head = head.head
    return head.dep_ == "pcomp" and head.tag_ == "VBG" and head.head.head.pos_ in VERBAL


def participle_governor(participle):
    """The predicate a participle clause or gerund belongs to (whose subject it shares)."""
    while participle.dep_ == "conj":
        participle = participle.head
    return participle.head.head if participle.dep_ == "pcomp" else participle.head


def finite_participle(participle, subject, words) -> str:
    """A participle clause's verb as a finite one: "born" -> "was born", "graduating" -> "graduated"."""
    if participle.tag_ == "VBN":
        return f"{be_past(subject, words)} {participle.text.lower()}"
    return inflect(participle.lemma_, "VBD") or participle.text


def attribution(parsed: ParsedSentence, head, chosen: set[int], resolve: Resolver) -> set[int]:
    """Who said it, in reported speech. The speaker goes when the quote's "I" or "we" already says who
    ("“We will keep fighting,” said Ray Mills" is "Ray Mills will keep fighting"), when the speaker
    is a pronoun nothing resolves ("The company will cut 500 jobs, he said") and when there is none ("It was
    announced that the plant would close"); a speaker named in an
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
    said_by_itself = content_subject is not None and is_pronoun(doc[content_subject], words.FIRST_PERSON) \
        and resolve(doc[content_subject]) is not None
    if said_by_itself or speaker_token.lower_ in words.PERSON_PRONOUNS | words.GROUP_PRONOUNS and resolve(speaker_token) is None \
            or expletive(speaker_token, words):  # "It was announced that her son had also died": what was announced
        return {t.i for t in content.subtree} & chosen
    name = next((c for c in speaker_token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is not None:
        chosen = (chosen - {t.i for t in speaker_token.subtree}) | noun_phrase(name, frozenset(), keep_determiner=True)
    if content.i < head.i:
        chosen |= {c.i for c in head.children if c.dep_ == "punct" and c.text == "," and content.right_edge.i < c.i < head.i}
    return chosen


def object_relative(parsed: ParsedSentence, head, chosen: set[int], replacements: dict[int, str],
                     dropped: frozenset[int]) -> tuple[set[int], dict[int, str]]:
    """A relative clause whose pronoun is an object reads with its noun in the object's place: "the bridge,
    which the council voted to demolish" is "Council voted to demolish the bridge"."""
    if head.dep_ != "relcl":
        return chosen, replacements
    pronoun = next((t for t in head.subtree if is_relative_pronoun(t) and t.dep_ in ("dobj", "pobj") and t.i in chosen), None)
    if pronoun is None:
        # "the report that the agency published": the pronoun may be "that" as a marker, or be left out ("the
        # gains they achieved", "the house they lived in")
        pronoun = next((t for t in head.children if t.lower_ == "that" and t.dep_ in ("mark", "dobj", "nsubj")
                        and t.i < parsed.subject_of.get(head.i, -1)), None)
        governor = head
        if pronoun is None and not _left_out_relative(parsed, head):
            return chosen, replacements
    else:
        governor = pronoun.head
    # "Saddam, with whom the king met": the preposition came to the front with its pronoun; both go back after
    # the verb, with the noun ("The king met with Saddam")
    fronted = pronoun is not None and pronoun.dep_ == "pobj" and governor.head.i == head.i \
        and governor.i < parsed.subject_of.get(head.i, -1)
    gap = pronoun.i if pronoun is not None else None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in governor.children)
    if any(c.dep_ == "dobj" and c.i != gap for c in governor.children) \
            or passive and (pronoun is None or pronoun.dep_ != "pobj"):
        # a passive has no object to stand for: "the decision ... that Elian must be returned" tells what was
        # decided (a parse may hang it on the last noun as a relative clause)
        return chosen, replacements
    noun = head.head
    if fronted and pronoun.lower_ in parsed.language.events.PERSON_RELATIVES:
        # the person is the name right before the relative phrase, which a parse may hang on an earlier noun ("carried
        # a message from Iraq's Saddam, with whom the king met")
        before = _nominal_before(parsed.tokens, governor.i)
        if before is not None and (before.pos_ == "PROPN" or parsed.entity_type(before) == "PERSON"):
            noun = before
    if noun.i in parsed.time_words:
        # a parse that hangs the clause on a date ("performed the play in early April, which the church had
        # threatened to picket"): the noun phrase before the date's is the one meant
        before = [t for t in parsed.tokens[:noun.left_edge.i] if t.pos_ in NOMINAL and t.i not in parsed.time_words
                  and t.dep_ not in ("compound", "poss")]
        if not before:
            return chosen, replacements
        noun = before[-1]
    while noun.pos_ == "NUM" or noun.tag_ == "CD":
        # "a forecast of $2.40, which it had lowered": the forecast
        noun = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.pos_ not in NOMINAL | {"NUM"}:
            return chosen, replacements
    noun_text = plain(parsed.doc, sorted(noun_phrase(noun, dropped | {t.i for t in head.subtree}, keep_determiner=True)))
    noun_text = noun_text[0].lower() + noun_text[1:] if parsed.tokens[noun.left_edge.i].pos_ == "DET" else noun_text
    if gap is None:
        # the left-out word's place: after a preposition left at the end ("lived in"), else after the verb and its
        # particle ("took up", not "has taken to combat the outbreak measures")
        stranded = [c.i for c in governor.children if c.dep_ == "prep" and c.n_rights == 0 and c.i in chosen]
        last = stranded[-1] if stranded else max([governor.i] + [c.i for c in governor.children if c.dep_ == "prt"])
    elif fronted:
        # at the end of its clause ("Replikins was able to pinpoint the risk in the release")
        clause = {t.i for t in head.subtree} - {gap, governor.i}
        last = max(i for i in chosen if i in clause and not parsed.tokens[i].is_punct)
        return chosen - {gap, governor.i}, {**replacements,
                                             last: f"{replacements.get(last, parsed.tokens[last].text)} {governor.text} {noun_text}"}
    else:
        clause = {t.i for t in governor.subtree}
        last = max(i for i in chosen if i in clause and not parsed.tokens[i].is_punct)
    return chosen - {gap}, {**replacements, last: f"{replacements.get(last, parsed.tokens[last].text)} {noun_text}"}


def _nominal_before(tokens, index: int):
    """The noun or name right before token ``index``, past a comma; None when another word stands there."""
    before = index - 1
    while before >= 0 and tokens[before].is_punct:
        before -= 1
    return tokens[before] if before >= 0 and tokens[before].pos_ in NOMINAL else None


def _left_out_relative(parsed: ParsedSentence, head) -> bool:
    """A relative clause with no relative word, its subject right after its noun: the noun is its verb's object ("the
    gains they achieved"), or its preposition's ("the house they lived in"). Not after a noun such a clause tells the
    manner, reason or time of ("the way they lived", "the day they arrived"), nor before a capital "The" that starts a
    sentence the text ran on into ("91 confirmed cases The Mexican boy had arrived")."""
    noun, subject = head.head, parsed.subject_of.get(head.i)
    if head.pos_ != "VERB" or subject is None or not noun.i < subject < head.i or noun.pos_ not in NOMINAL \
            or noun.i in parsed.time_words or noun.lemma_.lower() in parsed.language.events.ADVERBIAL_ANTECEDENTS:
        return False
    # right after the noun's phrase ("the peak of 9.8% it reached")
    opening = parsed.tokens[max(t.i for t in noun.subtree if t.i < head.left_edge.i) + 1]
    return parsed.tokens[subject].left_edge.i == opening.i and not (opening.pos_ == "DET" and opening.is_title) \
        and not any(is_relative_pronoun(t) or t.dep_ == "mark" or t.tag_ == "WRB"
                    for t in parsed.tokens[opening.i:subject + 1])


def relative_antecedent(parsed: ParsedSentence, subject, head, dropped: frozenset[int]) -> str | None:
    """The noun a relative pronoun subject stands for: "Gustav, which was categorized as a hurricane",
    "Lazaro, who kept the boy and who went to court"."""
    words = parsed.language.events
    if not is_relative_pronoun(subject):
        return None
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    if noun.i in dropped and subject.lower_ == "which" and subject.i > 0 and noun.doc[subject.i - 1].text == ",":
        return None  # "was released in March 2019, which made Saturday's win all the sweeter": the whole clause
    while noun.i in dropped and noun.dep_ == "pobj" and noun.head.head.pos_ in NOMINAL:
        # a parse that hangs the clause on the date that goes ("a telethon on Friday which raised $57m"):
        # the noun the date's phrase follows is meant
        noun = noun.head.head
    if noun.i in dropped:
        return None
    while noun.dep_ == "conj" and noun.tag_ not in ("NNS", "NNPS") and noun.head.pos_ in NOMINAL and _plural_verb(clause):
        # "expelled five Iraqis and a Libyan who were questioned": "were" says the clause is of all of them
        noun = noun.head
    while noun.dep_ == "pobj" and noun.tag_ not in ("NNS", "NNPS") and _plural_verb(clause) \
            and noun.head.head.tag_ in ("NNS", "NNPS"):
        # "observers from the African Union, who are expected to deploy": the verb agrees with the plural noun
        noun = noun.head.head
    if subject.lower_ in words.PERSON_RELATIVES:
        # "Nasheed, the first elected president of Maldives, who was ousted": "who" is a person, above the place
        while noun.dep_ == "pobj" and noun.head.lower_ in words.BELONGING_PREPOSITIONS and parsed.entity_type(noun) != "PERSON" \
                and noun.head.head.pos_ in NOMINAL:
            noun = noun.head.head
    if subject.tag_ == "WP$":
        # "a 45-year-old man from La Mirada, whose death was reported": the man's, not the place's (a name in a phrase
        # that tells of a common noun)
        while noun.dep_ == "pobj" and noun.pos_ == "PROPN" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
    while noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN":
        # a description in apposition to a name is told by the name: "the first elected president" is
        # Nasheed, "the once-mighty money machine that grabbed the crown" is Toyota Motor
        noun = noun.head
    # "its nearest competitor, Miller Brewing, which had a 21.2% stake": the name says which
    noun = name_beside(parsed, noun, clause.left_edge.i) or noun
    if owned_by_no_one(noun, words):
        return None  # "its hurricane season, which is expected to start around June"
    return plain(noun.doc, sorted(noun_phrase(noun, dropped | {t.i for t in clause.subtree}, keep_determiner=True)))


def name_beside(parsed: ParsedSentence, noun, before: int):
    """The name set off by commas right after a common noun, before token ``before`` (its verb, its relative clause),
    which a headline names the noun by; not a place, which only says where the thing is ("The town of L'Aquila,
    Italy, was struck")."""
    if noun.pos_ != "NOUN":
        return None
    doc = noun.doc
    for aside in (c for c in noun.children if c.dep_ == "appos" and noun.i < c.i < before
                  and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," and doc[c.left_edge.i].pos_ in ("PROPN", "DET")):
        # the name itself, or the name right after the description it is set beside with ("the architect Paulo Santos")
        name = aside if aside.pos_ == "PROPN" else next(
            (c for c in aside.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == aside.i + 1), None)
        if name is not None and name.i < before and parsed.entity_type(name) not in _PLACE_LABELS:
            return name
    return None


def _plural_verb(verb) -> bool:
    """Whether a verb, or its first auxiliary, agrees with a plural subject ("were questioned", "have left", "live")."""
    first = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), verb)
    return first.tag_ == "VBP" or first.lower_ == "were"


def the_for_possessive_dates(doc, chosen: set[int], replacements: dict[int, str],
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


def use_acronyms(doc, chosen: set[int], replacements: dict[int, str]) -> tuple[set[int], dict[int, str]]:
    """A name followed by its acronym in brackets ("the Islamic Revolutionary Guard Corp (IRGC)") is said
    by its acronym, as headlines do."""
    for token in doc:
        if token.dep_ == "appos" and token.text.isupper() and token.is_alpha and len(token.text) >= 2 \
                and token.i > 0 and doc[token.i - 1].text == "(" and token.head.i in chosen:
            spelled = _spelled_name(doc, token)
            name = (spelled if spelled is not None else {t.i for t in token.head.subtree if t.i < token.i - 1}) & chosen
            first = min(name)
            if first not in replacements and not name & set(replacements):
                chosen = (chosen - name) | {first}
                replacements = {**replacements, first: token.text}
    return chosen, replacements


def _spelled_name(doc, acronym) -> set[int] | None:
    """The words before an acronym's bracket whose capitals spell it: "International Committee of the Red Cross
    (ICRC)", where the parse hangs the acronym from "Cross" alone. None when no run of words spells it."""
    letters, capitals = acronym.text, ""
    for index in range(acronym.i - 2, max(-1, acronym.i - 2 - 3 * len(letters)), -1):
        word = doc[index]
        if word.text[:1].isupper() and word.is_alpha:
            capitals = word.text[0] + capitals
            if capitals == letters:
                return set(range(index, acronym.i - 1))
            if not letters.endswith(capitals):
                return None
        elif not word.is_lower or not word.is_alpha or word.is_punct:
            return None  # the joining words of a name are lower-case words: "of", "the", "for"
    return None


def stranded_subject(parsed: ParsedSentence, head):
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
    return noun.i if noun is not None and noun.pos_ in NOMINAL else None


def shared_auxiliaries(head) -> set[int]:
    """The auxiliaries (or copula) a conjoined participle shares with the predicate before it."""
    if head.dep_ != "conj" or head.tag_ not in ("VBN", "VBG") or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return set()
    first = head.head
    found = {c.i for c in first.children if c.dep_ in ("aux", "auxpass", "neg")}
    if first.lemma_ == "be" and first.pos_ == "AUX":
        found.add(first.i)  # "Guy was the editor ... and involved in 200 studies": "was involved"
    return found


def pronoun_referent(parsed: ParsedSentence, subject, resolve: Resolver) -> str | None:
    words = parsed.language.events
    if is_pronoun(subject, words.PERSON_PRONOUNS, words.THING_PRONOUNS, words.GROUP_PRONOUNS, words.FIRST_PERSON) \
            or age_description(subject, words) or company_description(subject, words):
        return resolve(subject)
    return None
