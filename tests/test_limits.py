"""Limits with clear errors: body size, body type, malformed and hostile JSON, odd characters,
and the rate limit of the extract endpoint (per client, configurable, shared through Redis).

Every refusal comes in the one JSON error shape; no input gives a 500.
"""
from __future__ import annotations

import json

import pytest
import redis

from api_helpers import ARTICLE, SECOND_ARTICLE, assert_error, create
from timeline import create_app, store
from timeline.web import ratelimit


def build_app(database_path, **overrides):
    """An app on a SQLite file, rate limiting switched on as app.py does."""
    app = create_app({"TESTING": True, "TIMELINE_DATABASE_URL": f"sqlite:///{database_path}",
                      "TIMELINE_SEED_SAMPLE": False, **overrides})
    ratelimit.init_app(app)  # idempotent: a no-op once the factory does it
    return app


@pytest.fixture
def build(tmp_path):
    """Build apps on one SQLite file."""
    built = []

    def build_on_file(**overrides):
        built.append(build_app(tmp_path / "rate.sqlite", **overrides))
        return built[-1]

    yield build_on_file
    for app in built:
        app.extensions["timeline_store"].dispose()


# Every write that takes a JSON body, with a valid body; {timeline} and {event} are filled in.
WRITES = [
    ("post", "/api/v1/extract", {"text": ARTICLE}),
    ("post", "/api/v1/timelines", {"title": "Bridge", "text": ARTICLE}),
    ("patch", "/api/v1/timelines/{timeline}", {"title": "Renamed"}),
    ("post", "/api/v1/timelines/{timeline}/articles", {"text": SECOND_ARTICLE}),
    ("post", "/api/v1/timelines/{timeline}/events", {"headline": "A ferry started", "date": "2021"}),
    ("patch", "/api/v1/timelines/{timeline}/events/{event}", {"headline": "Renamed"}),
]
WRITE_IDS = [f"{method} {path}" for method, path, _body in WRITES]


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """An app with a token and one stored timeline; returns (client, auth, path values)."""
    app = build_app(tmp_path_factory.mktemp("limits") / "limits.sqlite", TIMELINE_MAX_CONTENT_LENGTH=4096,
                    TIMELINE_EXTRACT_RATE_LIMIT="")
    with app.app_context():
        auth = {"Authorization": f"Bearer {store.create_token('limits')}"}
    client = app.test_client()
    timeline = create(client, auth)
    yield client, auth, {"timeline": timeline["id"], "event": timeline["events"][0]["id"]}
    app.extensions["timeline_store"].dispose()


def send(stored, method, path, headers=None, **kwargs):
    client, auth, ids = stored
    return getattr(client, method)(path.format(**ids), headers={**auth, **(headers or {})}, **kwargs)


@pytest.mark.parametrize("method, path, body", WRITES, ids=WRITE_IDS)
def test_every_write_accepts_its_valid_body(stored, method, path, body):
    # The baseline for the refusals below: the same request with a good body succeeds.
    assert send(stored, method, path, json=body).status_code in (200, 201)


@pytest.mark.parametrize("method, path, body", WRITES, ids=WRITE_IDS)
@pytest.mark.parametrize("data, content_type, status", [
    ('{"text": "' + "x" * 5000 + '"}', "application/json", 413),  # above TIMELINE_MAX_CONTENT_LENGTH
    ("{not json", "application/json", 400),
    ('{"text": "unterminated', "application/json", 400),
    (b'{"text": "\xff\xfe"}', "application/json", 400),  # not UTF-8
    ("", "application/json", 400),
    ('{"text": "x"}', "text/plain", 415),
    ("text=x", "application/x-www-form-urlencoded", 415),
    ('{"text": "x"}', None, 415),
], ids=["too-large", "malformed", "unterminated", "not-utf8", "empty", "text-plain", "form", "no-type"])
def test_bad_bodies_get_a_clear_error(stored, method, path, body, data, content_type, status):
    headers = {"Content-Type": content_type} if content_type else {}
    assert_error(send(stored, method, path, data=data, headers=headers), status)


@pytest.mark.parametrize("method, path, body", WRITES, ids=WRITE_IDS)
def test_json_nested_too_deeply_is_400_not_a_crash(stored, method, path, body):
    # Python's json parser recurses: 2 000 levels (4 kB, under the body limit) pass its recursion limit.
    assert_error(send(stored, method, path, data="[" * 2000 + "]" * 2000, content_type="application/json"), 400)


CHARACTERS = {"nul": r"\u0000", "high-surrogate": r"\ud800", "low-surrogate": r"\udfff", "two-highs": r"\udbff\udbff"}


@pytest.mark.parametrize("name", CHARACTERS)
@pytest.mark.parametrize("field", ["title", "text"])
def test_odd_characters_are_stored_or_refused_never_a_crash(client, auth, name, field):
    # NUL and lone surrogates cannot be stored by every database driver: a 422 is fine, a 500 is not.
    character = CHARACTERS[name]
    body = {"title": "Bridge", "text": ARTICLE, "status": "published"}
    raw = json.dumps(body).replace(json.dumps(body[field]), json.dumps(body[field])[:-1] + character + '"', 1)
    response = client.post("/api/v1/timelines", data=raw, content_type="application/json", headers=auth)
    assert response.status_code != 500, f"{name} in {field} crashed the API"
    if response.status_code == 201:
        stored_value = client.get(f"/api/v1/timelines/{response.get_json()['id']}").get_json()
        expected = json.loads(raw)[field]
        assert (stored_value["title"] if field == "title" else stored_value["articles"][0]["text"]) == expected
    else:
        assert assert_error(response, 422)["code"] == "validation_error"


@pytest.mark.parametrize("value", ["0975", "0975-05", "0975-05-03", "0975-05-03T10:00", "0001-01-01"])
def test_dates_before_the_year_1000_filter_the_feed(stored, value):
    # Found by the schemathesis fuzz: strftime("%Y") does not pad years below 1000 on glibc.
    client, _auth, _ids = stored
    for query in (f"from={value}", f"to={value}"):
        response = client.get(f"/api/v1/events?{query}")
        assert response.status_code == 200, response.get_data(as_text=True)


@pytest.mark.parametrize("value", ["0975", "0975-05", "0975-05-03", "0975-05-03T10:00"])
def test_an_event_dated_before_the_year_1000_keeps_its_value(stored, value):
    response = send(stored, "post", "/api/v1/timelines/{timeline}/events", json={"headline": "Old", "date": value})
    assert response.status_code == 201, response.get_data(as_text=True)
    assert response.get_json()["date"]["value"] == value


def test_a_timeline_holds_at_most_50_articles_at_creation(stored):
    articles = [{"text": "It rained on Monday."}] * 51
    error = assert_error(send(stored, "post", "/api/v1/timelines", json={"title": "Many", "articles": articles}), 422)
    assert "articles" in error["details"]["json"]


def extract(client, address="192.0.2.1"):
    return client.post("/api/v1/extract", json={"text": ARTICLE}, environ_base={"REMOTE_ADDR": address})


def test_the_extract_endpoint_is_found(build):
    assert ratelimit.extract_endpoints(build()) == ["api.Extraction"]


def test_over_the_limit_a_client_gets_429_in_the_error_shape(build):
    client = build(TIMELINE_EXTRACT_RATE_LIMIT="3/minute").test_client()
    assert [extract(client).status_code for _ in range(3)] == [200, 200, 200]
    response = extract(client)
    error = assert_error(response, 429)
    assert error["code"] == "rate_limited" and "3 per 1 minute" in error["message"]
    assert 0 < int(response.headers["Retry-After"]) <= 60
    assert response.headers["X-RateLimit-Limit"] == "3" and response.headers["X-RateLimit-Remaining"] == "0"


def test_each_client_address_has_its_own_allowance(build):
    client = build(TIMELINE_EXTRACT_RATE_LIMIT="2/minute").test_client()
    assert [extract(client, "192.0.2.1").status_code for _ in range(3)] == [200, 200, 429]
    assert extract(client, "192.0.2.2").status_code == 200


def test_other_endpoints_are_not_limited(build):
    client = build(TIMELINE_EXTRACT_RATE_LIMIT="1/minute").test_client()
    assert extract(client).status_code == 200
    assert extract(client).status_code == 429
    assert {client.get("/api/v1/timelines").status_code for _ in range(5)} == {200}


def test_an_empty_setting_switches_the_limit_off(build):
    client = build(TIMELINE_EXTRACT_RATE_LIMIT="").test_client()
    assert {extract(client).status_code for _ in range(5)} == {200}


def test_init_app_twice_counts_each_request_once(build):
    app = build(TIMELINE_EXTRACT_RATE_LIMIT="2/minute")
    ratelimit.init_app(app)
    client = app.test_client()
    assert [extract(client).status_code for _ in range(3)] == [200, 200, 429]


@pytest.fixture
def redis_url(redis_socket):
    """The session's private Redis on a Unix socket (no TCP port at all), emptied, as the rate limiter names it."""
    redis.Redis(unix_socket_path=str(redis_socket)).flushdb()
    return f"redis+unix://{redis_socket}"


def test_app_servers_share_counters_through_redis(build, redis_url):
    first, second = (build(TIMELINE_EXTRACT_RATE_LIMIT="3/minute", TIMELINE_RATELIMIT_STORAGE_URL=redis_url).test_client()
                     for _ in range(2))
    assert [extract(first).status_code, extract(second).status_code, extract(first).status_code] == [200, 200, 200]
    assert_error(extract(second), 429)


@pytest.fixture
def limited(make_app):
    """An app with small text and article limits, on SQLite and PostgreSQL; returns (client, auth)."""
    app = make_app(TIMELINE_MAX_TEXT_CHARS=len(ARTICLE), TIMELINE_MAX_ARTICLES=2)
    with app.app_context():
        auth = {"Authorization": f"Bearer {store.create_token('limited')}"}
    return app.test_client(), auth


LONG = ARTICLE + " It rained."


@pytest.mark.parametrize("path, body", [
    ("/api/v1/extract", {"text": LONG}),
    ("/api/v1/timelines", {"title": "Bridge", "text": LONG}),
    ("/api/v1/timelines", {"title": "Bridge", "articles": [{"text": ARTICLE}, {"text": LONG}]}),
    ("/api/v1/timelines/{timeline}/articles", {"text": LONG}),
], ids=["extract", "timeline", "articles", "add-article"])
def test_texts_longer_than_the_setting_are_422(limited, path, body):
    client, auth = limited
    timeline = create(client, auth)
    assert len(ARTICLE) < len(LONG)
    error = assert_error(client.post(path.format(timeline=timeline["id"]), json=body, headers=auth), 422)
    assert error["code"] == "validation_error" and f"the limit is {len(ARTICLE)}" in json.dumps(error["details"])


def test_a_text_at_the_limit_is_accepted(limited):
    client, _auth = limited
    assert client.post("/api/v1/extract", json={"text": ARTICLE}).status_code == 200


def test_the_article_limit_at_creation_follows_the_setting(limited):
    client, auth = limited
    articles = [{"text": "It rained on Monday."}] * 3
    error = assert_error(client.post("/api/v1/timelines", json={"title": "Many", "articles": articles}, headers=auth), 422)
    assert error["details"]["json"]["articles"] == ["at most 2 articles"]
    assert client.post("/api/v1/timelines", json={"title": "Two", "articles": articles[:2]}, headers=auth).status_code == 201


def test_adding_past_the_article_limit_is_a_conflict(limited):
    client, auth = limited
    timeline = client.post("/api/v1/timelines", json={"title": "One", "articles": [{"text": "It rained on Monday."}]},
                           headers=auth).get_json()
    path = f"/api/v1/timelines/{timeline['id']}/articles"
    assert client.post(path, json={"text": "It snowed on Tuesday."}, headers=auth).status_code == 201
    assert_error(client.post(path, json={"text": "It hailed on Friday."}, headers=auth), 409)
    assert len(client.get(f"/api/v1/timelines/{timeline['id']}", headers=auth).get_json()["articles"]) == 2
