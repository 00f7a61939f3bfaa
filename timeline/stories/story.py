"""Build a story timeline from articles: select, fold, rank."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from timeline import languages
from timeline.model import Event, Span, Timex
from timeline.stories.fold import DAY_OR_FINER, Cluster, Mention, fold
from timeline.stories.model import Source, StoryArticle, StoryEvent
from timeline.stories.query import article_matches, query_words
from timeline.stories.rank import day_mentions, importance, key_dates
from timeline.stories.similarity import Weights, headline_words
from timeline.tagger.interval import interval


def build_story(articles: Iterable[StoryArticle], query: str | None = None, limit: int | None = None,
                earliest: str | None = None, latest: str | None = None,
                language: str = languages.DEFAULT) -> list[StoryEvent]:
    """The story told by ``articles`` (those matching ``query``, if any): each dated happening once with
    every article reporting it, best first; with ``limit``, only the best event of each of the ``limit``
    best dates; with ``earliest``/``latest`` (ISO, ``latest`` exclusive), only events overlapping that window."""
    wanted = query_words(query, language)
    # The earliest report first: it seeds its happening's cluster.
    chosen = sorted((article for article in articles if article_matches(article, wanted, language)),
                    key=lambda article: (article.dct or "", article.id))
    words = {article.id: [(event, headline_words(event.headline, language), headline_words(event.sentence.text, language))
                          for event in article.timeline.events if _within(event, earliest, latest)] for article in chosen}
    weights = Weights(set().union(*(headline | sentence for _, headline, sentence in words[article.id]))
                      for article in chosen)
    mentions = [Mention(article, event, weights.vector(headline, sentence), _in_lede(event, article.lede))
                for article in chosen for event, headline, sentence in words[article.id]]
    attention = day_mentions(chosen)
    events = [_story_event(cluster) for cluster in fold(mentions)]
    scored = [replace(event, score=importance(event, attention)) for event in events]
    ranked = sorted(scored, key=lambda event: -event.score)
    return key_dates(ranked, limit) if limit is not None else ranked


def _within(event: Event, earliest: str | None, latest: str | None) -> bool:
    """Whether a dated event overlaps the window ``[earliest, latest)`` (each end open when None)."""
    if not event.date.placeable:
        return False
    start, end = event.date.earliest, (event.end_date or event.date).latest or event.date.latest
    return (earliest is None or end > earliest) and (latest is None or start < latest)


def _in_lede(event: Event, lede: Span | None) -> bool:
    """Whether the event is told in the article's lede (by its own sentence or a repeat of it)."""
    return lede is not None and any(sentence.start < lede.end and lede.start < sentence.end
                                    for sentence in (event.sentence, *event.evidence)
                                    if getattr(sentence, "article", None) is None)


def _story_event(cluster: Cluster) -> StoryEvent:
    """One story event from a cluster: the most representative headline, one source per article."""
    sources: dict[str, Source] = {}
    for mention in cluster.mentions:
        article = mention.article
        known = sources.get(article.id)
        if known is None or (mention.lede and not known.lede):
            sources[article.id] = Source(article.id, mention.event.sentence.text, article.dct, article.url,
                                         article.title, mention.lede)
    central = _central(cluster)
    return StoryEvent(date=_date(cluster, central.event.date), end_date=central.event.end_date,
                      headline=central.event.headline, sources=tuple(sources.values()))


def _central(cluster: Cluster) -> Mention:
    """The mention closest to the cluster's centroid (the headline most of its reports agree with)."""
    return max(cluster.mentions, key=cluster.similarity_of)


def _date(cluster: Cluster, date: Timex) -> Timex:
    """The cluster's date: its mentions' date when they agree, else the day they share."""
    values = {mention.event.date.value for mention in cluster.mentions}
    if len(values) == 1 or date.granularity not in DAY_OR_FINER:
        return date
    day = date.earliest[:10]
    earliest, latest = interval(day)
    return Timex(day, 0, 0, type="DATE", value=day, granularity="day", earliest=earliest, latest=latest)


