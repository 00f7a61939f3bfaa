"""Fetch an article by URL and extract its text, without becoming an open proxy.

Server-side request forgery is the risk here: a URL chosen by a client must not
reach the service's own network. Every hop (the first request and each redirect)
is checked the same way: the host name is resolved, every address it resolves to
must be public (or explicitly allowed), and the connection is then made to the
checked address itself, so that a second DNS answer (a rebind) is never used.
"""
from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from typing import Any, Iterable, Mapping
from urllib.parse import urljoin, urlsplit

import urllib3

ACCEPTED_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Cloud metadata services: refused even when an allowlist would otherwise admit them.
METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254"))
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_CHUNK = 64 * 1024

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(Exception):
    """The article cannot be fetched; ``status`` and ``code`` say how the API should answer."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass(frozen=True)
class FetchedArticle:
    """A fetched page and the article text extracted from it."""

    url: str
    final_url: str
    html: str
    text: str
    title: str | None
    published: str | None  # ISO date read from the page's metadata, usable as the DCT


@dataclass(frozen=True)
class _Target:
    """One hop's URL, split into the parts the connection needs."""

    url: str
    scheme: str
    host: str
    port: int
    path: str


def fetch_article(url: str, settings: Mapping[str, Any]) -> FetchedArticle:
    """Fetch ``url`` (following redirects with care) and extract the article text."""
    final_url, media_type, page = fetch_page(url, settings)
    return _article(url, final_url, media_type, page)


def fetch_page(url: str, settings: Mapping[str, Any], accepted: frozenset[str] = ACCEPTED_CONTENT_TYPES) -> tuple[str, str, str]:
    """Fetch ``url`` (following redirects with care); return (final URL, media type, decoded body).
    ``accepted`` are the media types taken (others are refused with 422)."""
    deadline = time.monotonic() + settings["TIMELINE_FETCH_TOTAL_TIMEOUT"]
    current = url
    for _hop in range(settings["TIMELINE_FETCH_MAX_REDIRECTS"] + 1):
        target = _parse(current)
        addresses = resolve_checked(target.host, target.port, settings["TIMELINE_FETCH_ALLOW_HOSTS"])
        response = _request(target, addresses, settings, accepted)
        try:
            if response.status in REDIRECT_STATUSES:
                location = response.headers.get("Location")
                if not location:
                    raise FetchError(502, "fetch_failed", f"redirect without a Location from {current}")
                current = urljoin(current, location)
                continue
            if response.status != 200:
                raise FetchError(502, "fetch_failed", f"{current} answered HTTP {response.status}")
            media_type, charset = _content_type(response.headers.get("Content-Type", ""), accepted)
            body = _read_capped(response, settings["TIMELINE_FETCH_MAX_BYTES"], deadline)
        finally:
            response.release_conn()
        return current, media_type, _decode(body, charset)
    raise FetchError(422, "too_many_redirects", f"more than {settings['TIMELINE_FETCH_MAX_REDIRECTS']} redirects from {url}")


def article_from_url(url: str, settings: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a stored article (text, title, dct, url) read from a page, for the API."""
    fetched = fetch_article(url, settings)
    return {"text": fetched.text, "title": fetched.title or "", "dct": fetched.published, "url": fetched.final_url}


def resolve_checked(host: str, port: int, allow: Iterable[str] = ()) -> list[IPAddress]:
    """Resolve ``host`` and return its addresses, refusing if any one is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(422, "unresolvable_host", f"cannot resolve {host!r}") from error
    addresses = list(dict.fromkeys(ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos))
    if not addresses:
        raise FetchError(422, "unresolvable_host", f"cannot resolve {host!r}")
    if isinstance(allow, str):
        allow = allow.split(",")
    allow = [entry.strip().lower() for entry in allow if entry.strip()]
    allowed = _allowed_networks(allow)
    host_allowed = host.lower().rstrip(".") in allow
    for address in addresses:
        # One forbidden answer refuses the host: which answer a client gets is not ours to choose.
        if address in METADATA_ADDRESSES or not (
            is_public(address) or host_allowed or any(address in network for network in allowed)
        ):
            raise FetchError(422, "forbidden_address", f"{host} resolves to {address}, which is not a public address")
    return addresses


def is_public(address: IPAddress) -> bool:
    """True for a globally routable unicast address (IPv4 embedded in IPv6 is checked too)."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            return is_public(embedded)
    return address.is_global and not (address.is_multicast or address.is_reserved or address.is_unspecified)


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def _allowed_networks(allow: Iterable[str]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    networks = []
    for entry in allow:
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            pass  # a host name, matched by name
    return networks


def _parse(url: str) -> _Target:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
        host = (parts.hostname or "").encode("idna").decode("ascii")
    except (ValueError, UnicodeError) as error:
        raise FetchError(422, "invalid_url", f"not a valid URL: {url!r}") from error
    if parts.scheme not in ("http", "https") or not host:
        raise FetchError(422, "invalid_url", f"only http and https URLs with a host can be fetched: {url!r}")
    if parts.username or parts.password:
        raise FetchError(422, "invalid_url", "URLs with credentials are not fetched")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return _Target(url, parts.scheme, host, port or (443 if parts.scheme == "https" else 80), path)


def _request(target: _Target, addresses: list[IPAddress], settings: Mapping[str, Any],
             accepted: frozenset[str] = ACCEPTED_CONTENT_TYPES) -> urllib3.BaseHTTPResponse:
    timeout = urllib3.Timeout(connect=settings["TIMELINE_FETCH_TIMEOUT"], read=settings["TIMELINE_FETCH_TIMEOUT"])
    default_port = 443 if target.scheme == "https" else 80
    host_header = f"[{target.host}]" if ":" in target.host else target.host
    if target.port != default_port:
        host_header += f":{target.port}"
    headers = {"Host": host_header, "User-Agent": settings["TIMELINE_FETCH_USER_AGENT"],
               "Accept": ",".join(sorted(accepted)), "Accept-Encoding": "gzip, deflate"}
    last_error: Exception | None = None
    for address in addresses:
        # The pool connects to the checked address; TLS still verifies the certificate for the host name.
        if target.scheme == "https":
            pool: urllib3.HTTPConnectionPool = urllib3.HTTPSConnectionPool(
                str(address), target.port, timeout=timeout, retries=False, cert_reqs="CERT_REQUIRED",
                server_hostname=target.host, assert_hostname=target.host, ca_certs=settings.get("TIMELINE_FETCH_CA_BUNDLE") or None)
        else:
            pool = urllib3.HTTPConnectionPool(str(address), target.port, timeout=timeout, retries=False)
        try:
            return pool.urlopen("GET", target.path, headers=headers, redirect=False, preload_content=False,
                                assert_same_host=False)
        except urllib3.exceptions.NewConnectionError as error:
            last_error = error  # try the next checked address
        except urllib3.exceptions.TimeoutError as error:
            raise FetchError(504, "fetch_timeout", f"{target.url} did not answer in time") from error
        except urllib3.exceptions.HTTPError as error:
            raise FetchError(502, "fetch_failed", f"cannot fetch {target.url}: {error}") from error
    raise FetchError(502, "fetch_failed", f"cannot connect to {target.url}: {last_error}")


def _content_type(header: str, accepted: frozenset[str] = ACCEPTED_CONTENT_TYPES) -> tuple[str, str | None]:
    media_type, _, params = header.partition(";")
    media_type = media_type.strip().lower()
    if media_type not in accepted:
        raise FetchError(422, "unsupported_content_type",
                         f"the page is {media_type or 'of no declared type'}; accepted: {', '.join(sorted(accepted))}")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"') or None
    return media_type, charset


def _read_capped(response: urllib3.BaseHTTPResponse, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(422, "too_large", f"the page is {declared} bytes; the limit is {max_bytes}")
    chunks, size = [], 0
    try:
        # read1 returns what has arrived, so a slow drip is caught by the deadline (at most one
        # read timeout late); decoded bytes are counted, so a small compressed bomb is stopped too.
        while chunk := response.read1(_CHUNK, decode_content=True):
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(422, "too_large", f"the page is larger than {max_bytes} bytes")
            if time.monotonic() > deadline:
                raise FetchError(504, "fetch_timeout", "the page took too long to download")
            chunks.append(chunk)
    except urllib3.exceptions.TimeoutError as error:
        raise FetchError(504, "fetch_timeout", "the page took too long to download") from error
    except urllib3.exceptions.HTTPError as error:
        raise FetchError(502, "fetch_failed", f"the download failed: {error}") from error
    return b"".join(chunks)


def _decode(body: bytes, charset: str | None) -> str:
    if charset:
        try:
            return body.decode(charset, errors="replace")
        except LookupError:
            pass  # an unknown charset name: detect it instead
    from trafilatura.utils import decode_file

    return decode_file(body)


def _article(url: str, final_url: str, media_type: str, page: str) -> FetchedArticle:
    if media_type == "text/plain":
        text, title, published = page.strip(), None, None
    else:
        import trafilatura  # imported lazily: it is slow to load and only URL ingestion needs it

        extracted = trafilatura.bare_extraction(page, url=final_url, with_metadata=True, include_comments=False)
        text = (extracted.text or "").strip() if extracted is not None else ""
        title = extracted.title if extracted is not None else None
        published = extracted.date if extracted is not None else None
    if not text:
        raise FetchError(422, "no_article_text", f"no article text found at {final_url}")
    return FetchedArticle(url=url, final_url=final_url, html=page, text=text, title=title, published=published)
