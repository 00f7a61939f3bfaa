"""Rendering: the chosen words of a sentence as a headline's text. Words come in their sentence order
(or as replaced: a pronoun by who it stands for, a verb by its finite form); punctuation stays inside
what is kept and goes at its edges; an opening "the" goes, "a"/"an" agree with the next word, brackets
come in pairs, and the first letter is a capital."""
from __future__ import annotations

import re

from timeline.events.parsed import ParsedSentence
from timeline.events.phrases import HYPHENS, opens_clause

PUNCTUATION_SPACING = re.compile(r"\s+([,.;:!?%)\]}”’])")
OPENING_SPACING = re.compile(r"([(\[{“‘$])\s+")
REPEATED_WORD = re.compile(r"\b(\w+) \1\b", re.I)
# a reference mark of a page pasted from the web ("headed to runoff [3]"): a footnote, not words to read
REFERENCE_MARK = re.compile(r"\s*\[\d{1,3}\]")


def render(parsed: ParsedSentence, chosen: set[int], replacements: dict[int, str], words,
            referents: set[int], unpunctuated: frozenset[int] = frozenset()) -> tuple[str, tuple[str, ...]]:
    """The chosen words in order, with replacements, tidy punctuation and a capital first letter; ``unpunctuated``
    are marks the headline's rewording took out (the dash of an aside it tells as a clause)."""
    doc = parsed.tokens
    # punctuation inside what is kept stays ("Iranian-American", "U.S.-based"), but not that of a phrase that went
    # ("the chief executive, Anna Berg, said" is "Anna Berg said"), and a comma before a kept participle or clause
    # (", killing all 176 people"); elsewhere it goes
    indices = sorted(chosen | {t.i for t in doc if t.is_punct and 0 < t.i < len(doc) - 1 and t.text not in words.QUOTE_MARKS
                               and t.i not in unpunctuated
                               and (t.i - 1 in chosen and t.i + 1 in chosen and not opens_aside(doc[t.i + 1])
                                    and (t.head.i in chosen or t.head.i in replacements) and not _between_subject_and_verb(t, chosen)
                                    or before_kept_clause(t, chosen))})
    # a word bracketed inside a kept phrase is read without its brackets: "had (a) conversation"
    indices = [i for i in indices if not (doc[i].text in "()" and brackets_one_word(doc, i))]
    # never open or end on a word that needs another: punctuation, a conjunction, a preposition, "the"
    # nor on the "where" or "when" that opens a relative or adverbial clause ("where he died on Monday night",
    # "when the Soviet Union invaded Afghanistan": "He died", "Soviet Union invaded Afghanistan")
    while indices and indices[0] not in replacements and (doc[indices[0]].is_punct or opens_clause(doc[indices[0]])):
        indices.pop(0)
    while indices and indices[-1] not in replacements and doc[indices[-1]].dep_ != "prt" and not _stranded(doc[indices[-1]], indices) \
            and (doc[indices[-1]].is_punct and doc[indices[-1]].text not in (")", "%")
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
            if token.tag_ in ("PRP$", "WP$"):
                text += "’" if text.endswith("s") else "’s"
        pieces.append(text + token.whitespace_)
    text = REFERENCE_MARK.sub("", "".join(pieces))
    text = PUNCTUATION_SPACING.sub(r"\1", text)
    text = OPENING_SPACING.sub(r"\1", text)
    text = REPEATED_WORD.sub(r"\1", re.sub(r"\s+", " ", text))
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text).strip(" ,;:—–-")
    text = balance_brackets(text)
    text = agree_articles(text, words)
    # headlines go without an opening "the": "Council approved", "Storm destroyed", "RCMP has responded"
    article = re.match(rf"(?:{'|'.join(sorted(words.LEADING_ARTICLES))})\s+(?=\S+\s+\S)", text, re.I)
    if article:
        text = text[article.end():]
    if text:
        text = text[0].upper() + text[1:]
    return text, tuple(participants)


def _between_subject_and_verb(mark, chosen: set[int]) -> bool:
    """A comma right between a subject and its verb, the closing one of an aside whose opening one went ("A third,
    Marco Bellini, died" told as "Marco Bellini died"): English never parts them with one comma. (With its opening
    comma still there, it closes the aside: "SARS, or severe acute respiratory syndrome, killed".)"""
    doc = mark.doc
    verb = doc[mark.i + 1]
    if mark.text != ",":
        return False
    subject = next((t for t in (doc[mark.i - 1], *doc[mark.i - 1].ancestors)
                    if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i), None)
    return subject is not None and not any(doc[i].text == "," and i - 1 in chosen and i + 1 in chosen
                                           for i in range(subject.left_edge.i + 1, mark.i))


def _stranded(token, indices: list[int]) -> bool:
    """A preposition left at the end of its clause, which has no object in the parse at all ("the worst disaster
    it has ever been involved in") or one before it ("what they're made of"): the sentence ends on it too."""
    return token.dep_ == "prep" and token.n_rights == 0 and all(c.i < token.i for c in token.lefts) \
        and token.head.i in indices and token.head.i < token.i and token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_punct


def opens_aside(token) -> bool:
    """The first word of a clause or apposition that commas set off ("the lawsuit, filed in 2021")."""
    return any(t.dep_ in ("acl", "relcl", "appos", "advcl") and t.left_edge.i == token.i for t in (token, *token.ancestors))


def before_kept_clause(comma, chosen: set[int]) -> bool:
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


def brackets_one_word(doc, index: int) -> bool:
    if doc[index].text == "(":
        return index + 2 < len(doc) and doc[index + 2].text == ")"
    return index >= 2 and doc[index - 2].text == "("


def agree_articles(text: str, words) -> str:
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


def balance_brackets(text: str) -> str:
    """Remove a bracket whose partner was left out."""
    for opening, closing in (("(", ")"), ("[", "]")):
        if text.count(opening) != text.count(closing):
            text = text.replace(opening, "").replace(closing, "")
    return re.sub(r"\s*\(\s*\)", "", text).strip()


def hyphenated(token) -> bool:
    """Part of a word written with hyphens ("regime-linked"): never cut in two."""
    return _glued_by_hyphen(token.doc, token.i) or token.i >= 2 and _glued_by_hyphen(token.doc, token.i - 2)


def continued_by_hyphen(token) -> bool:
    """A piece of a word written with hyphens that is not its last ("re" in "re-designated"): the word is told by its
    last piece, which a parse makes the head of the rest or hangs beside them."""
    return _glued_by_hyphen(token.doc, token.i)


def whole_words(doc, chosen: set[int], dropped: frozenset[int], replacements: dict[int, str]) -> set[int]:
    """The chosen words with all their pieces written with hyphens: a parse may give the pieces of one word to two
    phrases ("No-one in this House can fail", read as "No" and "one", two subjects), and a headline that kept one
    piece would say another thing ("One in this House can fail"). Pieces of a time phrase stay out, and so do the
    pieces of a word the headline rewrites ("re-emerging" told as "emerged")."""
    whole = set(chosen)
    for i in chosen - replacements.keys():
        for step in (-1, 1):
            j = i
            while 0 <= j + 2 * step < len(doc) and _glued_by_hyphen(doc, min(j, j + 2 * step)) \
                    and not {j + step, j + 2 * step} & (dropped | replacements.keys()):
                whole |= {j + step, j + 2 * step}
                j += 2 * step
    return whole


def _glued_by_hyphen(doc, i: int) -> bool:
    """Tokens i and i + 2 are one word, with the hyphen i + 1 between them and no space, and pieces of one phrase
    (one the other's head, or both of one head): a dash typed as a hyphen ("took the blame-the Kaiser dismissed
    him") joins two phrases, and each piece goes with its own."""
    if not (i + 2 < len(doc) and doc[i + 1].text in HYPHENS and not doc[i].whitespace_ and not doc[i + 1].whitespace_):
        return False
    left, right = doc[i], doc[i + 2]
    return not left.is_punct and not right.is_punct and (left.head == right or right.head == left or left.head == right.head)


def word_count(doc, chosen: set[int], replacements: dict[int, str] | None = None) -> int:
    """The words the headline shows, as a reader counts them: a replaced word as the words that replace it ("he"
    -> "Richard Besser"), and pieces written together as one ("A-level", "didn't", "Society's", "$560m")."""
    replacements = replacements or {}
    count = 0
    for i in chosen:
        token = doc[i]
        if i in replacements:
            count += len(replacements[i].split())
        elif not token.is_punct and not _written_onto_the_word_before(doc, i, chosen):
            count += 1
    return count


def _written_onto_the_word_before(doc, i: int, chosen: set[int]) -> bool:
    """A token with no space before it, after a word or a hyphen ("n't" of "didn't", "level" of "A-level")."""
    before = doc[i - 1] if i > 0 and i - 1 in chosen else None
    return before is not None and not before.whitespace_ and (not before.is_punct or before.text in HYPHENS)
