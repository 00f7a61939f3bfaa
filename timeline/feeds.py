"""Read RSS 2.0, Atom and sitemap (urlset and sitemap index) documents into the article URLs they list.

Parsing refuses DTDs' entities and network access, so a hostile feed can neither expand
into gigabytes nor make the parser fetch anything.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from lxml import etree

from timeline.fetch import FetchError, fetch_page

FEED_MEDIA_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/xml", "text/xml"})
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS_SITEMAP = "{http://www.google.com/schemas/sitemap-news/0.9}"


@dataclass(frozen=True)
class FeedItem:
    """One article a feed or sitemap lists."""

    url: str
    title: str = ""
    published: str | None = None  # as the feed gives it; only a leading ISO date is used as the DCT


@dataclass(frozen=True)
class Feed:
    """The articles a document lists, and the further sitemaps a sitemap index points at."""

    items: tuple[FeedItem, ...]
    sitemaps: tuple[str, ...] = ()


class FeedError(ValueError):
    """The document is not an RSS, Atom or sitemap document."""


def parse_feed(document: str | bytes) -> Feed:
    """The items of an RSS, Atom or sitemap document."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(document.encode("utf-8") if isinstance(document, str) else document, parser)
    except etree.XMLSyntaxError as error:
        raise FeedError(f"not an XML feed or sitemap: {error}") from None
    tag = etree.QName(root).localname
    if tag == "rss":
        return Feed(tuple(FeedItem(url, _text(item, "title"), _iso(_text(item, "pubDate")))
                          for item in root.iter("item") if (url := _text(item, "link"))))
    if tag == "feed":
        return Feed(tuple(FeedItem(url, _text(entry, f"{ATOM}title"), _iso(_text(entry, f"{ATOM}published") or _text(entry, f"{ATOM}updated")))
                          for entry in root.iter(f"{ATOM}entry") if (url := _atom_link(entry))))
    if tag == "urlset":
        return Feed(tuple(FeedItem(url, _text(entry, f".//{NEWS_SITEMAP}title"),
                                   _iso(_text(entry, f".//{NEWS_SITEMAP}publication_date") or _text(entry, f"{SITEMAP}lastmod")))
                          for entry in root.iter(f"{SITEMAP}url") if (url := _text(entry, f"{SITEMAP}loc"))))
    if tag == "sitemapindex":
        return Feed((), tuple(url for entry in root.iter(f"{SITEMAP}sitemap") if (url := _text(entry, f"{SITEMAP}loc"))))
    raise FeedError(f"not an RSS, Atom or sitemap document (its root is <{tag}>)")


def fetch_feed(url: str, settings: Mapping[str, Any], max_sitemaps: int = 50) -> list[FeedItem]:
    """The items of the feed or sitemap at ``url``, through the safe fetcher; a sitemap index is followed one
    level down (at most ``max_sitemaps`` sitemaps)."""
    feed = _fetch(url, settings)
    items = list(feed.items)
    for sitemap in feed.sitemaps[:max_sitemaps]:
        items.extend(_fetch(sitemap, settings).items)
    return items


def _fetch(url: str, settings: Mapping[str, Any]) -> Feed:
    _final_url, _media_type, body = fetch_page(url, settings, FEED_MEDIA_TYPES)
    try:
        return parse_feed(body)
    except FeedError as error:
        raise FetchError(422, "not_a_feed", f"{url}: {error}") from None


def _text(element: Any, path: str) -> str:
    found = element.find(path)
    return (found.text or "").strip() if found is not None else ""


def _atom_link(entry: Any) -> str:
    links = entry.findall(f"{ATOM}link")
    chosen = next((link for link in links if link.get("rel", "alternate") == "alternate"), links[0] if links else None)
    return (chosen.get("href") or "").strip() if chosen is not None else ""


def _iso(value: str) -> str | None:
    """The ISO date at the head of an ISO timestamp, or of an RFC 822 date (RSS's pubDate)."""
    if not value:
        return None
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return None
