"""Articles by URL: fetched with limits, and never from the service's own network.

A local HTTP server on 127.0.0.1 stands in for news sites; it is reachable only
through the allowlist setting. DNS is faked by patching ``socket.getaddrinfo``;
no test reaches the internet.
"""
from __future__ import annotations

import gzip
import ipaddress
import socket
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import trustme

from timeline.fetch import FetchError, article_from_url, fetch_article, is_public, resolve_checked
from timeline.web.config import load_config

ARTICLE = """<!doctype html>
<html><head><title>Harbour bridge reopens after repairs</title>
<meta property="article:published_time" content="2023-11-16T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour bridge reopens after repairs</h1>
<p>The harbour bridge reopened to traffic on Tuesday after eight months of repairs, the city council said.</p>
<p>Engineers closed the bridge in March 2023 when inspectors found corrosion in two of its main cables.
The council had first promised that the work would be finished by the summer.</p>
<p>The repairs cost 40 million euros, twice the first estimate, and the council will publish a report in January.</p>
<p>Commuters said the detour through the old town had added an hour to their journeys every day since the spring.</p>
</article><footer>Copyright the Harbour Gazette</footer></body></html>"""
ARTICLE_SENTENCE = "Engineers closed the bridge in March 2023"
PLAIN = "Officials said on Monday that the dam had been completed in 1998."


class Site(BaseHTTPRequestHandler):
    """A news site with the pages the tests need; it logs every request it gets."""

    requests: list[tuple[str, str]] = []
    redirect_target = ""

    def do_GET(self):  # noqa: N802 (the name http.server looks for)
        Site.requests.append((self.path, self.headers.get("Host", "")))
        route = getattr(self, "page_" + self.path.strip("/").split("?")[0].replace("-", "_"), None)
        if route is None:
            self.send_error(404)
        else:
            route()

    def log_message(self, *args):
        pass

    def _send(self, body: bytes, content_type: str, headers: dict[str, str] | None = None):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str, status: int = 302):
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def page_article(self):
        self._send(ARTICLE.encode("utf-8"), "text/html; charset=utf-8")

    def page_latin1(self):
        self._send(ARTICLE.replace("euros", "€uros café").encode("cp1252"), "text/html; charset=windows-1252")

    def page_plain(self):
        self._send(PLAIN.encode(), "text/plain")

    def page_image(self):
        self._send(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")

    def page_untyped(self):
        self.send_response(200)
        self.send_header("Content-Length", "5")
        self.end_headers()
        self.wfile.write(b"hello")

    def page_empty(self):
        self._send(b"<html><body><script>alert(1)</script></body></html>", "text/html")

    def page_big_declared(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(10**9))
        self.end_headers()

    def page_big_streamed(self):
        # No Content-Length: the fetcher must count as it reads and stop.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(1000):
                self.wfile.write(b"<p>" + b"x" * 8192 + b"</p>")
        except (BrokenPipeError, ConnectionResetError):
            pass

    def page_bomb(self):
        self._send(gzip.compress(b" " * (4 * 1024 * 1024)), "text/html", {"Content-Encoding": "gzip"})

    def page_slow(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(40):
                self.wfile.write(b"<p>drip</p>")
                self.wfile.flush()
                time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def page_to_article(self):
        self._redirect("/article", 301)

    def page_chain(self):
        self._redirect("/to-article", 307)

    def page_loop(self):
        self._redirect("/loop")

    def page_away(self):
        self._redirect(Site.redirect_target)


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def clear_log():
    Site.requests.clear()


def settings(**overrides):
    """Resolved settings as the app has them, with the local site allowed unless overridden."""
    values = {"ALLOW_HOSTS": ("127.0.0.1",), **overrides}
    return load_config({f"TIMELINE_FETCH_{name}": value for name, value in values.items()}, environ={})


def refused(url: str, config, code: str) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetch_article(url, config)
    assert caught.value.code == code, caught.value.message
    return caught.value


def fake_dns(monkeypatch, answers: dict[str, list[str]]):
    """Make ``getaddrinfo`` answer for the given names (each answer used in turn); IP literals resolve as usual."""
    real = socket.getaddrinfo
    lookups: list[str] = []

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in answers:
            return real(host, port, *args, **kwargs)
        lookups.append(host)
        batch = answers[host][min(len(lookups), len(answers[host])) - 1]
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "",
                 (a, port) if ":" not in a else (a, port, 0, 0)) for a in batch.split(",")]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return lookups


def test_fetches_article_text_title_and_date(site):
    article = fetch_article(f"{site}/article", settings())
    assert ARTICLE_SENTENCE in article.text
    assert "Copyright" not in article.text and "World" not in article.text  # boilerplate left out
    assert article.title == "Harbour bridge reopens after repairs"
    assert article.published == "2023-11-16"
    assert article.html == ARTICLE and article.final_url == article.url == f"{site}/article"


def test_article_fields_for_the_api(site):
    fields = article_from_url(f"{site}/to-article", settings())
    assert ARTICLE_SENTENCE in fields["text"]
    assert (fields["title"], fields["dct"], fields["url"]) == ("Harbour bridge reopens after repairs", "2023-11-16", f"{site}/article")


def test_declared_charset_is_used(site):
    assert "€uros café" in fetch_article(f"{site}/latin1", settings()).text


def test_plain_text_is_taken_as_it_is(site):
    article = fetch_article(f"{site}/plain", settings())
    assert (article.text, article.title, article.published) == (PLAIN, None, None)


def test_redirects_are_followed_and_reported(site):
    article = fetch_article(f"{site}/chain", settings())
    assert article.final_url == f"{site}/article" and ARTICLE_SENTENCE in article.text
    assert [path for path, _host in Site.requests] == ["/chain", "/to-article", "/article"]


@pytest.mark.parametrize("path, code, status", [
    ("/image", "unsupported_content_type", 422),
    ("/untyped", "unsupported_content_type", 422),
    ("/empty", "no_article_text", 422),
    ("/missing", "fetch_failed", 502),
    ("/big-declared", "too_large", 422),
    ("/big-streamed", "too_large", 422),
    ("/bomb", "too_large", 422),
    ("/loop", "too_many_redirects", 422),
])
def test_bad_pages_are_refused_with_a_clear_error(site, path, code, status):
    assert refused(site + path, settings(MAX_BYTES=1024 * 1024), code).status == status


def test_redirect_count_is_bounded(site):
    refused(f"{site}/chain", settings(MAX_REDIRECTS=1), "too_many_redirects")
    assert len(Site.requests) == 2


def test_slow_download_stops_at_the_total_timeout(site):
    started = time.monotonic()
    refused(f"{site}/slow", settings(TOTAL_TIMEOUT=0.5), "fetch_timeout")
    assert time.monotonic() - started < 2


def test_loopback_is_refused_without_the_allowlist(site):
    refused(f"{site}/article", settings(ALLOW_HOSTS=()), "forbidden_address")
    assert Site.requests == []  # refused before connecting


@pytest.mark.parametrize("target", [
    "http://169.254.169.254/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://10.0.0.1/",
    "http://127.0.0.2:{port}/article",  # loopback, but not the allowed address
    "http://[::1]:{port}/article",
    "http://0.0.0.0:{port}/article",
])
def test_redirect_from_an_allowed_site_to_a_forbidden_address_is_refused(site, target):
    Site.redirect_target = target.format(port=site.rsplit(":", 1)[1])
    refused(f"{site}/away", settings(), "forbidden_address")
    assert [path for path, _host in Site.requests] == ["/away"]


@pytest.mark.parametrize("answer", [
    "10.1.2.3", "192.168.0.10", "172.16.5.5", "100.64.0.1", "127.0.0.1", "169.254.169.254", "224.0.0.251",
    "::1", "fe80::1", "fd00:ec2::254", "::ffff:127.0.0.1", "64:ff9b::a00:1", "2002:a00:1::1",
    "93.184.216.34,10.0.0.7",  # one private answer among public ones is enough to refuse
])
def test_names_resolving_to_non_public_addresses_are_refused(monkeypatch, answer):
    fake_dns(monkeypatch, {"news.example": [answer]})
    refused("http://news.example/story", settings(ALLOW_HOSTS=()), "forbidden_address")


def test_connection_goes_to_the_checked_address_so_a_rebind_is_not_used(site, monkeypatch):
    # The first answer is allowed; a later one (a DNS rebind) points at a forbidden address.
    lookups = fake_dns(monkeypatch, {"news.example": ["127.0.0.1", "10.9.9.9"]})
    port = site.rsplit(":", 1)[1]
    article = fetch_article(f"http://news.example:{port}/article", settings(ALLOW_HOSTS=("127.0.0.1/32",)))
    assert ARTICLE_SENTENCE in article.text
    assert lookups == ["news.example"]  # resolved once, then the checked address was used
    assert Site.requests == [("/article", f"news.example:{port}")]  # the site still saw its own name


def test_an_allowed_host_name_is_reached(site):
    port = site.rsplit(":", 1)[1]
    article = fetch_article(f"http://localhost:{port}/plain", settings(ALLOW_HOSTS=("localhost",)))
    assert article.text == PLAIN


def test_metadata_address_is_refused_even_when_its_network_is_allowed(monkeypatch):
    fake_dns(monkeypatch, {"meta.example": ["169.254.169.254"]})
    refused("http://meta.example/", settings(ALLOW_HOSTS=("169.254.0.0/16", "meta.example")), "forbidden_address")


@pytest.mark.parametrize("url", [
    "ftp://127.0.0.1/article", "file:///etc/passwd", "gopher://127.0.0.1:70/", "http://", "not a url",
    "http://user:secret@127.0.0.1/article", "http://127.0.0.1:99999/",
])
def test_urls_that_are_not_plain_http_are_refused(url):
    refused(url, settings(), "invalid_url")


def test_unresolvable_host_is_reported(monkeypatch):
    def getaddrinfo(*_args, **_kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    refused("http://no-such-host.example/", settings(), "unresolvable_host")


@pytest.mark.parametrize("address, public", [
    ("93.184.216.34", True), ("2606:2800:220:1:248:1893:25c8:1946", True), ("8.8.8.8", True),
    ("127.0.0.1", False), ("10.0.0.1", False), ("172.31.255.255", False), ("192.168.1.1", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("255.255.255.255", False),
    ("224.0.0.1", False), ("240.0.0.1", False), ("192.0.2.1", False),
    ("::", False), ("::1", False), ("fe80::1", False), ("fc00::1", False), ("fd00:ec2::254", False),
    ("ff02::1", False), ("::ffff:10.0.0.1", False), ("::ffff:8.8.8.8", True), ("2002:7f00:1::1", False),
    ("64:ff9b::7f00:1", False), ("2001:db8::1", False),
])
def test_is_public(address, public):
    assert is_public(ipaddress.ip_address(address)) is public


def test_resolve_checked_returns_every_address(monkeypatch):
    fake_dns(monkeypatch, {"news.example": ["93.184.216.34,2606:2800:220:1:248:1893:25c8:1946"]})
    assert [str(a) for a in resolve_checked("news.example", 80)] == ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"]


@pytest.fixture(scope="module")
def tls_site(tmp_path_factory):
    """The same site over HTTPS with a certificate for news.example from a test CA; yields (port, CA bundle path)."""
    authority = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    authority.issue_cert("news.example").configure_cert(context)
    bundle = tmp_path_factory.mktemp("tls") / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1], str(bundle)
    server.shutdown()
    server.server_close()


def test_https_connects_to_the_checked_address_and_verifies_the_host_name(tls_site, monkeypatch):
    port, bundle = tls_site
    lookups = fake_dns(monkeypatch, {"news.example": ["127.0.0.1"]})
    article = fetch_article(f"https://news.example:{port}/article", settings(CA_BUNDLE=bundle))
    assert ARTICLE_SENTENCE in article.text
    assert lookups == ["news.example"]  # resolved once, by the checker; the connection used that address
    assert Site.requests == [("/article", f"news.example:{port}")]


def test_https_with_an_untrusted_or_mismatched_certificate_is_refused(tls_site, monkeypatch):
    port, bundle = tls_site
    fake_dns(monkeypatch, {"news.example": ["127.0.0.1"], "other.example": ["127.0.0.1"]})
    refused(f"https://news.example:{port}/article", settings(), "fetch_failed")  # the test CA is not in the system store
    refused(f"https://other.example:{port}/article", settings(CA_BUNDLE=bundle), "fetch_failed")  # certificate names news.example
    assert Site.requests == []
