"""Editing in the page, in headless Chromium: sign in, save a pasted article, edit, hide, add, a conflict, axe."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

from timeline import store

from browser_helpers import ARTICLE, feed_headlines, inject_axe, store_timeline

SCREENS = "/tmp"  # screenshots to look at (copied to the notes by hand)


@pytest.fixture(scope="module")
def token(viewer_app) -> str:
    """An editor's API token, as `flask create-token` makes it."""
    with viewer_app.app_context():
        return store.create_token("browser-editor")


@pytest.fixture
def timeline(viewer_app) -> dict[str, Any]:
    """A fresh published timeline for one test (tests change it)."""
    # The same article as the session's `stored` timeline, URL included: an article is stored once (by its text),
    # so whichever test stores it first decides its URL for both.
    return store_timeline(viewer_app, "Company turmoil", [{"title": "The company story", "text": ARTICLE, "url": "https://example.com/story"}])


def sign_in(page: Page, base_url: str, token: str, path: str) -> None:
    """Go to ``path``, follow its sign-in link, give the token and come back signed in with the editing tools."""
    page.goto(base_url + path)
    page.get_by_role("link", name="Sign in to edit").click()
    page.get_by_label("API token").fill(token)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(base_url + path)
    page.wait_for_selector(".tl-edit-tools", state="attached")


def edit_button(page: Page, event_id: int):
    return page.locator(f"#event-{event_id} .tl-edit")


def reloaded(page: Page, action) -> None:
    """Do ``action`` and wait for the page to come back, reloaded, with its editing tools. (Not expect_navigation:
    the editor first puts the event's id in the address, a navigation within the page that would end that wait.)"""
    page.evaluate("document.documentElement.dataset.before = ''")  # the reloaded page has no such mark
    action()
    page.wait_for_selector("html:not([data-before]) .tl-edit-tools", state="attached")


def saved(page: Page, action) -> None:
    """Do ``action``, a write from the page: the API must take it (else its answer is the failure), then the page reloads."""
    def write(response) -> bool:
        return "/api/v1/" in response.url and response.request.method != "GET"

    def action_answered() -> None:
        with page.expect_response(write) as answer:
            action()
        assert answer.value.ok, f"{answer.value.request.method} {answer.value.url}: {answer.value.status} {answer.value.text()}"

    reloaded(page, action_answered)


def api_timeline(page: Page, base_url: str, timeline_id: int, token: str) -> dict[str, Any]:
    return page.request.get(f"{base_url}/api/v1/timelines/{timeline_id}", headers={"Authorization": f"Bearer {token}"}).json()


def test_an_editor_signs_in_and_out(page, base_url, token, timeline):
    path = f"/timelines/{timeline['id']}"
    page.goto(base_url + path)
    assert page.locator(".tl-edit").count() == 0
    sign_in(page, base_url, token, path)
    assert page.locator(".tl-account").inner_text().startswith("Signed in as browser-editor")
    assert edit_button(page, timeline["events"][0]["id"]).is_visible()
    cookie = next(cookie for cookie in page.context.cookies() if cookie["name"] == "timeline_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(base_url + path)
    page.wait_for_selector("html[data-viewer=ready]")
    assert page.get_by_role("link", name="Sign in to edit").is_visible()
    assert page.locator(".tl-edit, .tl-edit-tools").count() == 0


def test_a_wrong_token_is_refused(page, base_url, token):
    page.goto(base_url + "/signin")
    page.get_by_label("API token").fill("tl_mistyped")
    page.get_by_role("button", name="Sign in").click()
    assert "not valid" in page.get_by_role("alert").inner_text()
    assert page.get_by_label("API token").get_attribute("aria-invalid") == "true"


def test_a_pasted_article_is_saved_as_a_timeline(page, base_url, token):
    sign_in(page, base_url, token, "/")
    assert not page.locator(".tl-save").is_visible()  # nothing to save before a paste
    page.fill("#text", ARTICLE)
    page.fill("#dct", "2023-11-20")
    page.click("form.tl-paste button[type=submit]")
    page.wait_for_selector("[role=feed] article")
    pasted = feed_headlines(page)
    page.get_by_label("Title").fill("The company, told by the page")
    saved(page, lambda: page.get_by_role("button", name="Save as a timeline").click())
    page.wait_for_selector(".tl-edit")
    assert page.locator("h1").inner_text() == "The company, told by the page"
    assert feed_headlines(page) == pasted
    page.wait_for_function("() => document.querySelector('.tl-edit-status').textContent.startsWith('Saved as a timeline')")
    timeline_id = int(page.url.rsplit("/", 1)[1])
    stored = api_timeline(page, base_url, timeline_id, token)
    assert stored["status"] == "published" and stored["articles"][0]["dct"] == "2023-11-20"


def test_editing_the_headline_and_date_by_keyboard(page, base_url, token, timeline):
    sign_in(page, base_url, token, f"/timelines/{timeline['id']}")
    event = timeline["events"][0]
    edit_button(page, event["id"]).focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Edit event")
    assert dialog.is_visible()
    assert page.evaluate("document.activeElement.id") == "tl-edit-headline"
    assert page.get_by_label("Headline").input_value() == event["headline"]
    page.keyboard.press("Control+A")
    page.keyboard.type("The founder left the company")
    page.get_by_label("Date").fill("2019-05")
    saved(page, lambda: page.keyboard.press("Enter"))
    card = page.locator(f"#event-{event['id']}")
    assert card.locator("h3").inner_text() == "The founder left the company"
    assert card.locator(".tl-when time").first.inner_text() == "May 2019"
    assert page.evaluate("document.activeElement.id") == f"event-{event['id']}"  # focus comes back to the event
    page.wait_for_function("() => document.querySelector('[role=status].tl-edit-status').textContent === 'Event saved.'")
    stored = next(e for e in api_timeline(page, base_url, timeline["id"], token)["events"] if e["id"] == event["id"])
    assert (stored["headline"], stored["date"]["value"]) == ("The founder left the company", "2019-05")


def test_cancel_changes_nothing_and_returns_focus(page, base_url, token, timeline):
    sign_in(page, base_url, token, f"/timelines/{timeline['id']}")
    event = timeline["events"][1]
    edit_button(page, event["id"]).click()
    page.get_by_label("Headline").fill("Not kept")
    page.keyboard.press("Escape")
    assert not page.get_by_role("dialog").is_visible()
    assert page.evaluate("document.activeElement.className") == "tl-edit"
    assert page.locator(f"#event-{event['id']} h3").inner_text() == event["headline"]


def test_a_date_the_api_refuses_is_shown_on_its_field(page, base_url, token, timeline):
    sign_in(page, base_url, token, f"/timelines/{timeline['id']}")
    edit_button(page, timeline["events"][0]["id"]).click()
    page.get_by_label("Date").fill("next spring")
    page.get_by_role("button", name="Save", exact=True).click()
    alert = page.locator("#tl-edit-problem")
    alert.get_by_text("is not a date").wait_for()
    date = page.get_by_label("Date")
    assert date.get_attribute("aria-invalid") == "true"
    assert page.evaluate("document.activeElement.id") == "tl-edit-date"
    assert page.get_by_role("dialog").is_visible()


def test_hiding_an_event_and_taking_it_back(page, base_url, token, timeline):
    sign_in(page, base_url, token, f"/timelines/{timeline['id']}")
    event = timeline["events"][1]
    edit_button(page, event["id"]).click()
    saved(page, lambda: page.get_by_role("button", name="Hide from readers").click())
    assert event["headline"] not in feed_headlines(page)
    hidden = next(e for e in api_timeline(page, base_url, timeline["id"], token)["events"] if e["id"] == event["id"])
    assert hidden["hidden"] is True
    undo = page.get_by_role("button", name=f"Undo: show “{event['headline']}” again")
    assert page.evaluate("document.activeElement.textContent").startswith("Undo")
    saved(page, undo.click)
    assert event["headline"] in feed_headlines(page)


def test_adding_an_event(page, base_url, token, timeline):
    sign_in(page, base_url, token, f"/timelines/{timeline['id']}")
    page.get_by_role("button", name="Add an event").click()
    assert page.get_by_role("dialog", name="Add an event").is_visible()
    assert not page.get_by_role("button", name="Hide from readers").is_visible()
    page.get_by_label("Headline").fill("Shareholders sued the board")
    page.get_by_label("Date").fill("2023-08-14")
    saved(page, lambda: page.get_by_role("button", name="Save", exact=True).click())
    headlines = feed_headlines(page)
    assert "Shareholders sued the board" in headlines
    focused = page.evaluate("document.activeElement.id")
    assert page.locator(f"#{focused} h3").inner_text() == "Shareholders sued the board"
    added = next(e for e in api_timeline(page, base_url, timeline["id"], token)["events"] if e["headline"] == "Shareholders sued the board")
    assert added["manual"] and added["date"]["value"] == "2023-08-14"


def test_someone_elses_change_first_is_shown_as_a_conflict(page, base_url, token, timeline):
    sign_in(page, base_url, token, f"/timelines/{timeline['id']}")
    event = timeline["events"][0]
    # Another editor, with a token, changes the event after this page loaded.
    theirs = page.request.patch(f"{base_url}/api/v1/timelines/{timeline['id']}/events/{event['id']}",
                                data={"headline": "Their headline"}, headers={"Authorization": f"Bearer {token}"})
    assert theirs.ok
    edit_button(page, event["id"]).click()
    page.get_by_label("Headline").fill("My headline")
    page.get_by_role("button", name="Save", exact=True).click()
    conflict = page.locator(".tl-conflict")
    conflict.wait_for()
    assert "Someone else changed this timeline first" in conflict.inner_text()
    assert "Their headline" in conflict.locator("dd").first.inner_text()
    assert page.evaluate("document.activeElement.textContent") == "Reload with their changes"
    assert page.get_by_role("alert").filter(has=conflict).count() == 1  # announced
    page.screenshot(path=f"{SCREENS}/timeline-editor-conflict.png")
    saved(page, lambda: page.get_by_role("button", name="Save mine anyway").click())
    assert page.locator(f"#event-{event['id']} h3").inner_text() == "My headline"


def test_reloading_after_a_conflict_shows_their_version(page, base_url, token, timeline):
    sign_in(page, base_url, token, f"/timelines/{timeline['id']}")
    event = timeline["events"][0]
    page.request.patch(f"{base_url}/api/v1/timelines/{timeline['id']}/events/{event['id']}",
                       data={"hidden": True}, headers={"Authorization": f"Bearer {token}"})
    edit_button(page, event["id"]).click()
    page.get_by_label("Date").fill("2020")
    page.get_by_role("button", name="Save", exact=True).click()
    page.locator(".tl-conflict").get_by_text("hidden from readers").wait_for()
    reloaded(page, lambda: page.get_by_role("button", name="Reload with their changes").click())
    assert event["headline"] not in feed_headlines(page)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_for_a_signed_in_editor(browser, base_url, token, timeline, scheme):
    # bypass_csp only so that axe itself can be injected.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme, bypass_csp=True)
    tab = context.new_page()
    sign_in(tab, base_url, token, f"/timelines/{timeline['id']}")
    assert inject_axe(tab) == []
    edit_button(tab, timeline["events"][0]["id"]).click()
    tab.get_by_label("Date").fill("soon")
    tab.get_by_role("button", name="Save", exact=True).click()
    tab.locator("#tl-edit-problem p").wait_for()
    assert inject_axe(tab) == []
    if scheme == "light":
        tab.screenshot(path=f"{SCREENS}/timeline-editor-dialog.png")
    tab.goto(base_url + "/")
    tab.fill("#text", ARTICLE)
    tab.click("form.tl-paste button[type=submit]")
    tab.locator(".tl-save").wait_for()
    assert inject_axe(tab) == []
    tab.goto(base_url + "/signin")
    assert inject_axe(tab) == []
    context.close()


def test_the_page_keeps_its_content_security_policy(page, base_url, token, timeline):
    violations = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None)
    sign_in(page, base_url, token, f"/timelines/{timeline['id']}")
    edit_button(page, timeline["events"][0]["id"]).click()
    page.get_by_label("Headline").fill("Checked under the policy")
    saved(page, lambda: page.get_by_role("button", name="Save", exact=True).click())
    assert "script-src 'self'" in page.request.get(page.url).headers["content-security-policy"]
    assert violations == []


def test_a_draft_is_seen_by_editors_only_until_it_is_published(page, browser, base_url, token):
    sign_in(page, base_url, token, "/")
    page.fill("#text", ARTICLE)
    page.fill("#dct", "2023-11-20")
    page.click("form.tl-paste button[type=submit]")
    page.get_by_label("Title").fill("Not yet public")
    page.get_by_label("Publish now").uncheck()
    saved(page, lambda: page.get_by_role("button", name="Save as a timeline").click())
    path = urlsplit(page.url).path
    assert "A draft" in page.locator(".tl-edit-tools").inner_text()
    reader = browser.new_context()
    assert reader.request.get(base_url + path).status == 404
    saved(page, lambda: page.get_by_role("button", name="Publish").click())
    assert "A draft" not in page.locator(".tl-edit-tools").inner_text()
    assert reader.request.get(base_url + path).status == 200
    reader.close()
