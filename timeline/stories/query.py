"""Which articles a story query selects: a simple full-text match on content words."""
from __future__ import annotations

from timeline import languages
from timeline.events.repeats import content_words
from timeline.stories.model import StoryArticle


def query_words(query: str | None, language: str = languages.DEFAULT) -> frozenset[str]:
    """The stems of a query's content words (empty for no query)."""
    return frozenset(content_words(query or "", language))


def text_matches(text: str, words: frozenset[str], language: str = languages.DEFAULT) -> bool:
    """Whether a text holds every query word."""
    return not words or words <= content_words(text, language)


def article_matches(article: StoryArticle, words: frozenset[str], language: str = languages.DEFAULT) -> bool:
    """Whether the article's title and text (or, with no text, its event sentences) hold every query word."""
    if not words:
        return True
    text = article.text or " ".join(event.sentence.text for event in (*article.timeline.events, *article.timeline.undated))
    return text_matches(f"{article.title or ''} {text}", words, language)
