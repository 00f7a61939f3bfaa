"""Who a pronoun stands for: "he", "she", the "I" of a quote, "it" and "they", from the parse and the
named entities.

Rules, in the order news prose uses them:
- "he"/"she": the last person named before it, in the sentence or the few before it (a person is a
  PERSON entity, a name set beside a noun of a person or a role, or a proper noun the article names in full
  elsewhere; never a name in the plural), the subject of a sentence first (centering: a later pronoun most
  often continues the last subject). A sentence whose subject, or its owner, is the same pronoun goes on
  telling of the same person, whoever else it names; a subject such as "Her son" before a "he" is that
  unnamed person.
- "I"/"we" inside quotation marks: the speaker, the subject of the reporting verb outside the quote
  ("he said", "said Alinejad"), in the sentence or in the next ones while the quote runs on.
- "it"/"they": in a later clause, the sentence's own subject; otherwise the subject of the sentence
  before, when it is one thing (for "it") or several (for "they"); when that subject is the same pronoun,
  what it stands for (a chain of "it"s, back at most ``LOOK_BACK`` sentences); when it is a noun phrase
  owned by a pronoun ("Its stock ... . It closed"), that phrase with its owner named.
- any of them in an adverbial clause put before the main clause ("Until it was destroyed, the palace
  was ..."): the main clause's subject, which it points ahead to.
- a person told by age alone ("The 45-year-old was charged"): as "he" or "she".
- a company told by what it is ("The company cut 1,100 jobs"): the organization named last, never a news agency
  the story cites.
- "him"/"her" as an object: never its own clause's subject, nor the name set beside that subject ("His lawyer,
  Anna Jones, visited him").
A surname is given its full name from the first place the article names the person ("Alinejad" is
"Masih Alinejad"), or a later one the first ends with ("Tomas Ventris" after a headline's "Reformist Tomas
Ventris"); a bare surname the recognizer takes for an organization is that person's when it calls the full name
a person.

Each look-back is bounded (``LOOK_BACK`` sentences) and sentences are parsed at most once, so the cost
stays linear in the article.
"""
from __future__ import annotations

import bisect
import re
from typing import Callable

from timeline.events.parsed import ParsedSentence
from timeline.events.parser import entities, parse
from timeline.events.phrases import HYPHENS, age_description, company_description, is_pronoun, owned_by_no_one

LOOK_BACK = 6  # sentences searched before the pronoun's own
_NAME_RUN = re.compile(r"\b(?:[A-Z][\w'’-]*\.? ){1,3}[A-Z][\w'’-]+")
_PERSON_LABELS = frozenset({"PERSON"})
_GROUP_LABELS = frozenset({"ORG", "NORP", "GPE"})
_ORGANIZATION_LABELS = frozenset({"ORG"})
# What a recognizer calls a surname it does not know, standing alone ("Ventris", "Sorin").
_SURNAME_MISTAKEN_FOR = frozenset({"ORG", "NORP"})


class Referents:
    """Resolves pronouns of an article; ``parsed_sentence(i)`` gives sentence i's parse (made on demand)."""

    def __init__(self, text: str, count: int, parsed_sentence: Callable[[int], ParsedSentence], language) -> None:
        self._parsed_sentence = parsed_sentence
        self._count = count
        self._language = language
        self._words = language.events
        self._full_names = _full_names(text, self._words.TITLES, self._words.NAME_STOPWORDS)
        self._persons_in_full: dict[str, bool] = {}  # surname -> whether its full name is a person's
        self._code = language.__name__.rsplit(".", 1)[-1]
        self._text = text
        self._paragraphs = [0] + [match.end() for match in re.finditer(r"\n", text)]  # where each line starts

    def resolve(self, parsed: ParsedSentence, position: int, token, _depth: int = 0) -> str | None:
        """Who or what the pronoun ``token`` of sentence ``position`` stands for, if the article says."""
        lower = token.lower_
        words = self._words
        if age_description(token, words):
            return self._last_person(parsed, position, before=token.left_edge.i)  # "The 45-year-old was charged"
        if company_description(token, words):
            return self._last_organization(parsed, position, before=token.left_edge.i)  # "The company cut 1,100 jobs"
        if token.pos_ != "PRON":
            return None  # "US" (the country) is no "us"
        if lower in words.FIRST_PERSON:
            if token.i in parsed.quoted:
                return self._speaker(parsed, position, token)
            return self._labelled_speaker(parsed)
        ahead = _subject_ahead(parsed, token)
        if lower in words.PERSON_PRONOUNS:
            if ahead is not None and self._is_person(ahead, _name_of(ahead, words.TITLES)):
                return self.full_name(_clean_name(_name_of(ahead, words.TITLES)))
            # an object pronoun is not its own clause's subject ("Mubarak freed him": not Mubarak), nor the name set
            # beside it ("His lawyer, Anna Jones, visited him": not Anna Jones)
            clause = parsed.clause_of[token.i] if token.dep_ not in ("nsubj", "nsubjpass", "poss") else None
            return self._last_person(parsed, position, before=token.i, not_subject_of=clause,
                                     same=self._same_gender(lower), depth=_depth,
                                     as_subject=token.dep_ in ("nsubj", "nsubjpass"))
        if lower in words.THING_PRONOUNS | words.GROUP_PRONOUNS:
            several = lower in words.GROUP_PRONOUNS
            if expletive(token, words):
                return None
            main = parsed.main_predicate
            # the main clause's subject said before it; for a pronoun in an adverbial clause, the subject of the clause
            # it modifies, when the main clause is an attribution at the end ("Two people died when their car was swept
            # off the road, the coroner said": the people's car)
            clause = parsed.tokens[parsed.clause_of[token.i]]
            governing = [main] + ([clause.head.i] if clause.dep_ == "advcl" and clause.head.i != main else [])
            for predicate in governing:
                own = parsed.subject_of.get(predicate) if predicate is not None else None
                if own is not None and own < token.i and parsed.clause_of[token.i] != predicate:
                    found = self._thing(parsed, parsed.tokens[own], several)
                    if found is None and is_pronoun(parsed.tokens[own], words.PERSON_PRONOUNS):
                        # a person did something to a thing before the clause the pronoun is in: the thing ("She had
                        # opposed an earlier version of the plan in March, when it came before the council")
                        objects = [c for c in parsed.tokens[predicate].children if c.dep_ == "dobj" and c.i < token.i]
                        found = next((f for f in (self._thing(parsed, o, several) for o in objects) if f), None)
                    if found is not None:
                        return found
            if ahead is not None:
                found = self._thing(parsed, ahead, several)
                if found is not None:
                    return found
            if position > 0:
                # the sentence before: its subject, or else its object ("Two officials visited the plant. It
                # closed in 2019."): centering's order of what a pronoun most likely continues
                previous = self._parsed_sentence(position - 1)
                main = previous.main_predicate
                if main is None:
                    return None
                subject = previous.subject_of.get(main)
                # (not what a "be" calls a pronoun subject: "It is the carmaker's third recall. In February it recalled")
                objects = [child.i for child in previous.tokens[main].children if child.dep_ == "dobj" or child.dep_ == "attr"
                           and not (subject is not None and previous.tokens[subject].pos_ == "PRON")]
                for candidate in ([subject] if subject is not None else []) + objects:
                    earlier = previous.tokens[candidate]
                    if earlier.lower_ == lower and earlier.pos_ == "PRON" and _depth < LOOK_BACK:
                        # "It ... . It ...": the same pronoun continues the same thing; who it is, said earlier
                        found = self.resolve(previous, position - 1, earlier, _depth + 1)
                    else:
                        found = self._thing(previous, earlier, several) or (
                            self._owned(previous, position - 1, earlier, several, _depth) if _depth < LOOK_BACK else None)
                    if found is not None:
                        return found
        return None

    def full_name(self, name: str) -> str:
        """A person's full name when the article gives one for this surname."""
        return self._full_names.get(name, name) if " " not in name else name

    # ---- people --------------------------------------------------------------------------------------
    def _people(self, parsed: ParsedSentence, before: int | None = None, not_subject_of: int | None = None) -> list[tuple[int, str]]:
        """(rank, name) of the people a sentence names before token ``before``: its subject first, then
        the latest named. A person is a PERSON entity, or a proper noun that no entity calls a place or an
        organization and that is either a name of two or three words or a surname the article names in full."""
        found = []
        main = parsed.main_predicate
        subject = parsed.subject_of.get(main) if main is not None else None
        entities(parsed.doc, self._code)
        seen: set[int] = set()
        subjects = set(parsed.subject_of.values())
        for token in parsed.tokens:
            if before is not None and token.i >= before:
                break
            if token.i in seen or token.pos_ != "PROPN" or token.dep_ == "compound" and (
                    token.head.pos_ == "PROPN" or any(child.dep_ == "det" for child in token.head.children)):
                continue  # a first name ("Tomas" of "Tomas Ventris"), a name that says what kind ("the New Course movement")
            name = _name_of(token, self._words.TITLES)
            if not self._is_person(token, name) or not_subject_of is not None and _is_or_names(token, parsed.subject_of.get(not_subject_of)):
                continue
            seen.add(token.i)
            rank = 0 if token.i == subject else 1 if token.i in subjects else 2
            found.append((rank, token.i, self.full_name(_clean_name(name))))
        found.sort(key=lambda item: (item[0], -item[1]))
        return [(rank, name) for rank, _, name in found]

    def _is_person(self, token, name: str) -> bool:
        if token.tag_ == "NNPS":
            return False  # a name in the plural is a team's or a company's, whatever the recognizer says ("Harwick Rovers")
        if token.ent_type_ in _PERSON_LABELS:
            return True
        words = self._words
        if token.dep_ == "appos" and token.head.lemma_.lower() in words.PERSON_NOUNS | words.ROLE_NOUNS | words.TITLES \
                and all(part[:1].isupper() for part in name.split()):
            return True  # "That official, Piotr Linde, was arrested", whatever the recognizer calls the name
        if self._surname_of_a_person(token, name):
            return True  # "Ventris will be sworn in", where the recognizer calls a bare surname an organization
        if token.ent_type_:
            return False  # a place, an organization, a date
        parts = name.split()
        if not all(part[:1].isupper() for part in parts) or parts[0].lower() in self._words.NAME_STOPWORDS:
            return False  # a name is written with capitals ("swine flu" a tagger calls a proper noun is none) and
            # opens on no function word ("No Re-election", a slogan)
        return 2 <= len(parts) <= 3 or _clean_name(token.text) in self._full_names and " " in self.full_name(_clean_name(token.text))

    def _surname_of_a_person(self, token, name: str) -> bool:
        """A bare surname the recognizer took for an organization or a nationality, or left unlabelled, of someone the
        article names in full ("Ventris", "Adeyemi"); a plural name is a team's or a company's ("Rovers")."""
        return token.ent_type_ in _SURNAME_MISTAKEN_FOR | {""} and " " not in name and token.tag_ != "NNPS" \
            and self._named_in_full_as_person(_clean_name(token.text))

    def _named_in_full_as_person(self, surname: str) -> bool:
        """Whether the article names someone in full with this surname ("Tomas Ventris") and the recognizer calls
        that full name a person (asked once per surname)."""
        if surname not in self._persons_in_full:
            full = self.full_name(surname)
            found = False
            if " " in full and not full.isupper():
                doc = parse([f"{full} said."], self._code)[0]
                found = any(entity.label_ in _PERSON_LABELS and " " in entity.text and entity.text.endswith(surname)
                            for entity in entities(doc, self._code))
            self._persons_in_full[surname] = found
        return self._persons_in_full[surname]

    def _last_person(self, parsed: ParsedSentence, position: int, before: int, not_subject_of: int | None = None,
                     same: frozenset[str] = frozenset(), depth: int = 0, as_subject: bool = False) -> str | None:
        own = self._people(parsed, before, not_subject_of)
        if own:
            return own[0][1]
        main = parsed.main_predicate
        subject = parsed.subject_of.get(main) if main is not None else None
        if as_subject and subject is not None and subject < before and parsed.tokens[subject].lemma_.lower() in self._words.PERSON_NOUNS \
                and not any(c.dep_ == "det" and c.lower_ == "the" for c in parsed.tokens[subject].children):
            # "Her son said he had heard her cries": the son, whom the article may not name ("the boy ... he" goes on
            # telling of the boy named before)
            return None
        # "He added ...": the same person as before; look further back until someone is named. A sentence with a subject
        # (or a subject's owner) that is a pronoun of the same person goes on telling of that person, whoever else it
        # names ("Her dissertation, which was supervised by Harold Brenner, used ... . From 1972 she taught": not Brenner)
        for earlier in range(position - 1, max(-1, position - 1 - LOOK_BACK), -1):
            sentence = self._parsed_sentence(earlier)
            continued = _pronoun_subject(sentence, same) if depth < LOOK_BACK else None
            if continued is not None:
                return self.resolve(sentence, earlier, continued, depth + 1)
            people = self._people(sentence)
            if people:
                return people[0][1]
        return None

    def _last_organization(self, parsed: ParsedSentence, position: int, before: int) -> str | None:
        """The organization named last before token ``before``, in its sentence or the ones before it."""
        for index in range(position, max(-1, position - 1 - LOOK_BACK), -1):
            sentence = parsed if index == position else self._parsed_sentence(index)
            names = [(entity, _clean_name(re.sub(r"^(?:the|The)\s+", "", entity.text)))
                     for entity in entities(sentence.doc, self._code) if entity.label_ in _ORGANIZATION_LABELS
                     and (index != position or entity.end <= before)]
            # not a news agency a story cites, nor a person's surname the recognizer took for a company ("Shapiro said")
            found = [name for entity, name in names if name not in self._words.NEWS_SOURCES
                     and not self._surname_of_a_person(entity.root, name)]
            if found:
                return found[-1]
        return None

    def _same_gender(self, pronoun: str) -> frozenset[str]:
        """The pronouns that stand for the same person as ``pronoun`` ("she", "her", "hers")."""
        return next((forms for forms in self._words.PERSON_PRONOUN_FORMS if pronoun in forms), frozenset())

    def _speaker(self, parsed: ParsedSentence, position: int, token) -> str | None:
        """The speaker of the quote that ``token`` is in."""
        for offset in range(0, 3):
            index = position + offset
            if index >= self._count:
                break
            sentence = parsed if offset == 0 else self._parsed_sentence(index)
            speaker = self._reporting_subject(sentence)
            if speaker is not None:
                if speaker.lower_ in self._words.PERSON_PRONOUNS:
                    return self._last_person(sentence, index, before=speaker.i)
                if speaker.pos_ == "PRON":
                    return None  # "we said", "they say": no one named
                return self.full_name(_clean_name(_name_of(speaker, self._words.TITLES)))
            if offset > 0 and not sentence.quoted:
                break  # the quote ended without saying who spoke
        return None

    def _labelled_speaker(self, parsed: ParsedSentence) -> str | None:
        """The speaker an interview labels at the start of the paragraph ("((Joe Schriner)) I ...")."""
        index = bisect.bisect_right(self._paragraphs, parsed.sentence.start) - 1
        start = self._paragraphs[index] if index >= 0 else 0
        label = self._words.SPEAKER_LABEL.match(self._text, start)
        if label is None or label.end() > parsed.sentence.end:
            return None
        return self.full_name(_clean_name((label.group("bracketed") or label.group("plain")).strip()))

    def _reporting_subject(self, parsed: ParsedSentence):
        """The subject of a reporting verb outside quotation marks: "he said", "said Alinejad"."""
        for index in parsed.predicates:
            token = parsed.tokens[index]
            if index in parsed.quoted or token.lemma_ not in self._words.REPORTING_VERBS:
                continue
            subject = parsed.subject_of.get(index)
            if subject is not None and subject not in parsed.quoted:
                return parsed.tokens[subject]
        return None

    # ---- things ----------------------------------------------------------------------------------------
    def _owned(self, parsed: ParsedSentence, position: int, noun, several: bool, depth: int) -> str | None:
        """A noun phrase owned by a pronoun, with its owner named when the article says who that is: "Phoenix ...
        . Its stock has been trading under $4. Yesterday it closed at $4.375": "it" is "Phoenix’s stock"."""
        owner = next((t for t in noun.children if t.tag_ == "PRP$" and t.dep_ == "poss"), None)
        if owner is None or noun.pos_ != "NOUN" or self._thing(parsed, noun, several, owner_named=True) is None:
            return None
        named = self.resolve(parsed, position, owner, depth + 1)
        if named is None:
            return None
        return f"{named}’s {_phrase_text(noun, self._code, without={owner.i})}"

    def _thing(self, parsed: ParsedSentence, subject, several: bool, owner_named: bool = False) -> str | None:
        """The subject's noun phrase when it is a thing or group of the number wanted (its pronoun owner named
        elsewhere, with ``owner_named``)."""
        words = self._words
        if is_pronoun(subject, words.THING_PRONOUNS, words.GROUP_PRONOUNS, words.PERSON_PRONOUNS, words.FIRST_PERSON):
            return None
        if subject.pos_ not in ("NOUN", "PROPN") or parsed.entity_type(subject) in _PERSON_LABELS \
                or self._surname_of_a_person(subject, _name_of(subject)):
            return None  # a person ("it reopened" after "Adeyemi opened the pharmacy" is not Adeyemi)
        group = subject.pos_ == "PROPN" and parsed.entity_type(subject) in _GROUP_LABELS
        # an organization's name in the plural is one organization ("Northwind Systems said ... since it was founded")
        plural = subject.tag_ == "NNS" or subject.tag_ == "NNPS" and not group \
            or any(child.dep_ == "conj" for child in subject.children)
        if several != (plural or group and several):
            return None
        if owned_by_no_one(subject, words) and not owner_named:
            return None  # "its latest headline" says no more than "it"
        return _phrase_text(subject, self._code)


def _is_or_names(token, subject: int | None) -> bool:
    """Whether ``token`` is the subject, or the name set beside it ("Louis' queen, Marie Antoinette,")."""
    return subject is not None and (token.i == subject or token.dep_ == "appos" and token.head.i == subject)


def _pronoun_subject(parsed: ParsedSentence, forms: frozenset[str]):
    """The first pronoun of ``forms`` that is a subject, or owns one, in the sentence (a quote's included: '"She was
    measuring things nobody else thought were worth measuring," said Tomas Reinholt' tells of her); else None."""
    if not forms:
        return None
    return next((t for t in parsed.tokens if t.pos_ == "PRON" and t.lower_ in forms
                 and (t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass"))), None)


def _subject_ahead(parsed: ParsedSentence, pronoun):
    """The main clause's subject, when the pronoun is in an adverbial clause put before it: "Until it was destroyed
    on Tuesday, the palace was the most beautiful building", "When she arrived, the minister spoke" (English lets a
    pronoun there point ahead to the subject it precedes)."""
    clause = parsed.tokens[parsed.clause_of[pronoun.i]]
    main = parsed.main_predicate
    subject = parsed.subject_of.get(main) if main is not None else None
    if subject is None or clause.dep_ != "advcl" or clause.head.i != main or clause.right_edge.i >= subject:
        return None
    if any(token.pos_ == "PRON" and token.dep_ in ("dobj", "pobj", "dative") and parsed.clause_of[token.i] == main
           for token in parsed.tokens[subject:]):
        return None  # "When they arrived, police arrested them": the pronoun is the main clause's object
    return parsed.tokens[subject]


def expletive(token, words) -> bool:
    """An "it" that stands for nothing: "it is expected that", "it was announced that", "it was raining", "it
    seems that"."""
    head = token.head
    return token.dep_ == "expl" or token.lower_ in words.THING_PRONOUNS and (
        head.lemma_ == "be" and any(child.dep_ in ("ccomp", "xcomp") for child in head.children)
        or token.dep_ == "nsubjpass" and any(child.dep_ == "ccomp" for child in head.children)  # "it was announced that"
        or head.lemma_ in words.RAISING_VERBS and any(child.dep_ == "ccomp" for child in head.children)
        or head.lemma_ in words.SUBJECTLESS_VERBS)


def _phrase_text(head, language: str, without: set[int] = frozenset()) -> str:
    """A noun phrase without its asides and clauses: "the state" from "the state, which ..."; nor the words
    ``without`` (an owner named apart). ``language`` is the article's language code."""
    kept = {t.i for t in head.subtree if t.i not in without
            and not any(a.dep_ in ("appos", "relcl", "acl", "punct", "prep") and a.i != head.i for a in _between(t, head))}
    doc = head.doc
    # a hyphen written between two kept words stays: "the Ohio-based maker"
    kept |= {t.i for t in head.subtree if t.text in HYPHENS and t.i - 1 in kept and t.i + 1 in kept
             and not doc[t.i - 1].whitespace_ and not t.whitespace_}
    words = [doc[i] for i in sorted(kept)]
    # words as written: no space inside "Ohio-based", one between words that were apart
    text = "".join(t.text + (" " if t.whitespace_ or t.i + 1 not in kept else "") for t in words).strip()
    if words and words[0].i == 0 and words[0].tag_ in ("DT", "NN", "NNS") and not words[0].text.isupper():
        entities(doc, language)  # the recognizer's labels: a nationality ("Mexicans") stays as written
        if not words[0].ent_type_:
            text = text[:1].lower() + text[1:]  # "Drivers began ..." stands in as "drivers" (a headline's first word is capitalized anyway)
    return re.sub(r"\s+([’']s)\b", r"\1", text)


def _between(token, head) -> list:
    """The words from ``token`` up to (not including) ``head``."""
    chain = []
    current = token
    while current.i != head.i and current.head.i != current.i:
        chain.append(current)
        current = current.head
    return chain


def _name_of(token, titles: frozenset[str] = frozenset()) -> str:
    """The proper-noun run a name token ends: "Masih Alinejad" for "Alinejad"; a person's name without the
    title a parse joins to it ("Gordon Brown" in "Prime Minister Gordon Brown", not "Minister Gordon Brown"):
    the person the named entities mark, and the capitalized words before it up to a title ("Adela Maria
    Gutierrez" when only "Maria Gutierrez" is marked)."""
    doc = token.doc
    if token.ent_type_ in _PERSON_LABELS and token.ent_iob_ != "O":
        entity = next((ent for ent in doc.ents if ent.start <= token.i < ent.end), None)
        if entity is not None:
            start = entity.start
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                    and doc[start - 1].lower_.strip(".") not in titles and doc[start - 1].head.i in range(start, token.i + 1):
                start -= 1
            if start < entity.start and start > 0 and doc[start - 1].lower_ == "of":
                start = entity.start  # "Secretary of State Madeleine Albright": the words after "of" end the title
            return doc[start:token.i + 1].text
    parts = [child for child in token.children if child.dep_ == "compound" and child.pos_ == "PROPN"] + [token]
    return " ".join(part.text for part in sorted(parts, key=lambda t: t.i))


def _clean_name(name: str) -> str:
    return re.sub(r"[’']s$", "", name).strip()


def _full_names(text: str, titles: frozenset[str], stopwords: frozenset[str]) -> dict[str, str]:
    """Surname -> the first full name ending with it, from runs of capitalized words in one pass; a later one that
    the first ends with drops the first's extra words ("Tomas Ventris" after the headline's "Reformist Tomas Ventris
    wins"), but another first name is another person ("Veronica Berlusconi" after "Silvio Berlusconi")."""
    names: dict[str, str] = {}
    for match in _NAME_RUN.finditer(text):
        parts = match.group(0).split()
        ends = [i for i, part in enumerate(parts[:-1]) if part.endswith(".") and len(part) > 2
                and part.lower().strip(".") not in titles]
        if ends:
            parts = parts[ends[-1] + 1:]  # "... in Kuwait City. Mr. Bush": a sentence ended inside the run
        elif text[max(0, match.start() - 3):match.start()] == "of ":
            parts = parts[-2:]  # "Secretary of State Madeleine Albright": the run's first words end the title
        while parts and (parts[0].lower().strip(".") in titles or parts[0].lower() in stopwords):
            parts.pop(0)
        if len(parts) >= 2 and all(part[0].isupper() for part in parts):
            surname = _clean_name(parts[-1])
            full = " ".join(_clean_name(p) if i == len(parts) - 1 else p for i, p in enumerate(parts))
            if surname not in names or names[surname].endswith(" " + full):
                names[surname] = full
    return names
