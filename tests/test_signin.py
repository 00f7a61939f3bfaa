"""Editors sign in to the pages with an API token: session cookie, CSRF token, sign-out, the API through the cookie."""
from __future__ import annotations

import re
import stat

import pytest

from timeline import store
from timeline.web.session import instance_secret_key

from api_helpers import assert_error, create

CSRF_FIELD = re.compile(r'name="csrf_token" value="([^"]+)"')
CSRF_DATA = re.compile(r'data-csrf="([^"]+)"')


def form_csrf(client, path="/signin") -> str:
    """The CSRF token of the sign-in form (the GET starts the session)."""
    return CSRF_FIELD.search(client.get(path).get_data(as_text=True)).group(1)


def sign_in(client, token, next_page="/") -> str:
    """Sign in with ``token``; return the CSRF token the signed-in page hands to its script."""
    response = client.post("/signin", data={"csrf_token": form_csrf(client), "token": token, "next": next_page})
    assert response.status_code == 303, response.get_data(as_text=True)
    return CSRF_DATA.search(client.get("/").get_data(as_text=True)).group(1)


def session_cookie(response) -> str:
    return next(header for header in response.headers.getlist("Set-Cookie") if header.startswith("timeline_session="))


def test_the_session_cookie_is_httponly_and_samesite_lax(client, token):
    cookie = session_cookie(client.get("/signin"))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # plain http: a Secure cookie would never come back


def test_the_session_cookie_is_secure_over_https(client, token):
    cookie = session_cookie(client.get("/signin", base_url="https://timeline.example"))
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_readers_get_no_cookie(client, auth):
    timeline = create(client, auth)
    for path in ("/", f"/timelines/{timeline['id']}", f"/embed/{timeline['id']}"):
        response = client.get(path)
        assert response.status_code == 200
        assert not any(header.startswith("timeline_session=") for header in response.headers.getlist("Set-Cookie"))


def test_signing_in_goes_back_and_shows_the_editor(client, token, auth):
    timeline = create(client, auth)
    page = f"/timelines/{timeline['id']}"
    assert "Sign in to edit" in client.get(page).get_data(as_text=True)
    response = client.post("/signin", data={"csrf_token": form_csrf(client), "token": token, "next": page})
    assert response.status_code == 303 and response.headers["Location"] == page
    assert "Expires=" in session_cookie(response)  # a session that ends (TIMELINE_SESSION_HOURS)
    shown = client.get(page)
    html = shown.get_data(as_text=True)
    assert "Signed in as <strong" in html and ">tests</strong>" in html
    assert f'data-timeline="{timeline["id"]}" data-version="{timeline["version"]}"' in html
    assert shown.headers["Cache-Control"] == "private, no-store"  # the page holds the session's CSRF token
    assert "Cookie" in shown.headers["Vary"]


def test_the_cookie_holds_no_token(client, token):
    sign_in(client, token)
    cookie = client.get_cookie("timeline_session").value
    assert token not in cookie and token[3:] not in cookie


@pytest.mark.parametrize("next_page", ["//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)"])
def test_signing_in_never_sends_the_editor_to_another_site(client, token, next_page):
    response = client.post("/signin", data={"csrf_token": form_csrf(client), "token": token, "next": next_page})
    assert response.status_code == 303 and response.headers["Location"] == "/"


def test_a_wrong_token_is_refused_on_the_form(client, token):
    response = client.post("/signin", data={"csrf_token": form_csrf(client), "token": "tl_mistyped"})
    assert response.status_code == 401
    assert "not valid" in response.get_data(as_text=True)
    assert "Signed in as" not in client.get("/").get_data(as_text=True)


@pytest.mark.parametrize("csrf", [None, "", "forged"])
def test_the_sign_in_form_needs_its_csrf_token(client, token, csrf):
    form_csrf(client)
    data = {"token": token} if csrf is None else {"token": token, "csrf_token": csrf}
    response = client.post("/signin", data=data)
    assert response.status_code == 403
    assert "Signed in as" not in client.get("/").get_data(as_text=True)


def test_api_writes_with_the_cookie_need_the_csrf_header(client, token, auth):
    timeline = create(client, auth)
    csrf = sign_in(client, token)
    path = f"/api/v1/timelines/{timeline['id']}/events"
    body = {"headline": "Ribbon cut", "date": "2024-04"}
    for headers in ({}, {"X-CSRF-Token": "forged"}, {"X-CSRF-Token": ""}):
        error = assert_error(client.post(path, json=body, headers=headers), 403)
        assert error["code"] == "csrf_failed"
    assert_error(client.patch(f"/api/v1/timelines/{timeline['id']}", json={"title": "X"}), 403)
    assert_error(client.delete(f"/api/v1/timelines/{timeline['id']}"), 403)
    assert client.get(f"/api/v1/timelines/{timeline['id']}").get_json()["title"] == "Bridge"  # nothing changed
    created = client.post(path, json=body, headers={"X-CSRF-Token": csrf})
    assert created.status_code == 201 and created.get_json()["headline"] == "Ribbon cut"


def test_the_cookie_writes_under_the_same_if_match_rules(client, token, auth):
    timeline = create(client, auth)
    csrf = sign_in(client, token)
    event = timeline["events"][0]
    path = f"/api/v1/timelines/{timeline['id']}/events/{event['id']}"
    seen = f'"t{timeline["id"]}v{timeline["version"]}"'
    changed = client.patch(path, json={"headline": "Theirs"}, headers=auth)  # someone else, with a token
    assert changed.status_code == 200
    stale = client.patch(path, json={"headline": "Mine"}, headers={"X-CSRF-Token": csrf, "If-Match": seen})
    assert assert_error(stale, 412)["code"] == "precondition_failed"
    current = client.patch(path, json={"headline": "Mine"}, headers={"X-CSRF-Token": csrf, "If-Match": changed.headers["ETag"]})
    assert current.status_code == 200 and current.get_json()["headline"] == "Mine"


def test_bearer_requests_need_no_csrf_token(client, token, auth):
    timeline = create(client, auth)
    sign_in(client, token)  # the cookie is there too
    response = client.post(f"/api/v1/timelines/{timeline['id']}/events", json={"headline": "Dam opened", "date": "2020"}, headers=auth)
    assert response.status_code == 201


def test_signed_in_editors_read_drafts(client, token, auth):
    draft = create(client, auth, status="draft")
    assert client.get(f"/timelines/{draft['id']}").status_code == 404
    assert assert_error(client.get(f"/api/v1/timelines/{draft['id']}"), 404)
    sign_in(client, token)
    page = client.get(f"/timelines/{draft['id']}")
    assert page.status_code == 200 and 'data-status="draft"' in page.get_data(as_text=True)
    assert client.get(f"/api/v1/timelines/{draft['id']}").get_json()["status"] == "draft"  # a read needs no CSRF token
    assert draft["title"] in client.get("/").get_data(as_text=True)


def test_signing_out_ends_the_session(client, token, auth):
    timeline = create(client, auth)
    csrf = sign_in(client, token)
    assert client.post("/signout", data={"next": "/"}).status_code == 403  # no other site can sign an editor out
    assert "Signed in as" in client.get("/").get_data(as_text=True)
    response = client.post("/signout", data={"csrf_token": csrf, "next": f"/timelines/{timeline['id']}"})
    assert response.status_code == 303 and response.headers["Location"] == f"/timelines/{timeline['id']}"
    assert "Sign in to edit" in client.get("/").get_data(as_text=True)
    refused = client.post(f"/api/v1/timelines/{timeline['id']}/events", json={"headline": "Late", "date": "2024"},
                          headers={"X-CSRF-Token": csrf})
    assert assert_error(refused, 401)["code"] == "unauthorized"



def test_answers_that_change_nothing_write_no_cookie(client, token):
    # A browser loads a page's scripts while the editor signs out (or in): an answer that wrote back the session as
    # its request found it would undo that change.
    sign_in(client, token)
    for path in ("/static/main.js", "/", "/signin"):
        response = client.get(path)
        assert response.status_code == 200
        assert not any(header.startswith("timeline_session=") for header in response.headers.getlist("Set-Cookie")), path


def test_pages_rendered_at_once_after_sign_in_hand_out_one_csrf_token(app, client, token):
    # The sign-in answer's cookie already holds the CSRF token: two pages rendered from it (a page and its frame,
    # or a page and a request still in flight) cannot each make one, the second taking the first's away.
    response = client.post("/signin", data={"csrf_token": form_csrf(client), "token": token, "next": "/"})
    signed_in = session_cookie(response).split(";", 1)[0].split("=", 1)[1]
    handed_out = set()
    for _ in range(2):
        tab = app.test_client()
        tab.set_cookie("timeline_session", signed_in)
        page = tab.get("/")
        handed_out.add(CSRF_DATA.search(page.get_data(as_text=True)).group(1))
        assert not any(header.startswith("timeline_session=") for header in page.headers.getlist("Set-Cookie"))
    assert len(handed_out) == 1

def test_revoking_the_token_signs_its_sessions_out(app, client, token, auth):
    timeline = create(client, auth)
    csrf = sign_in(client, token)
    with app.app_context():
        assert store.revoke_token("tests")
    assert "Sign in to edit" in client.get("/").get_data(as_text=True)
    refused = client.post(f"/api/v1/timelines/{timeline['id']}/events", json={"headline": "Late", "date": "2024"},
                          headers={"X-CSRF-Token": csrf})
    assert_error(refused, 401)


def test_the_secret_key_comes_from_the_setting(make_app):
    assert make_app(TIMELINE_SECRET_KEY="from-the-environment").secret_key == "from-the-environment"


def test_without_a_setting_the_key_is_kept_in_the_instance_folder(tmp_path):
    key = instance_secret_key(tmp_path / "instance")
    assert len(key) >= 48
    assert instance_secret_key(tmp_path / "instance") == key  # the next start (or worker) signs with the same key
    path = tmp_path / "instance" / "secret_key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [entry.name for entry in path.parent.iterdir()] == ["secret_key"]
