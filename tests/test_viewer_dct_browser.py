"""The paste page in headless Chromium: an article without a publication date is warned about, and the date
asked for re-runs extraction with it (and without JavaScript the warning is shown beside the form's date field)."""
from __future__ import annotations

from browser_helpers import feed_headlines, inject_axe

UNDATED = "The library reopened on Tuesday, the city said.\n\nIt had closed in 2019 after a fire gutted its reading room."


def paste(page, base_url, text):
    page.goto(base_url + "/")
    page.wait_for_selector("html[data-viewer=ready]")
    page.fill("#text", text)
    page.click("button[type=submit]")


def test_a_missing_date_is_warned_about_and_asked_for(page, base_url):
    paste(page, base_url, UNDATED)
    warning = page.locator(".tl-warnings .tl-warning[data-code=no_dct]")
    warning.wait_for()
    assert "No publication date" in warning.inner_text()
    assert page.locator(".tl-warnings").get_attribute("role") == "status"
    page.wait_for_selector("[role=feed] article")
    assert feed_headlines(page) == [event["headline"] for event in page.request.post(
        base_url + "/api/v1/extract", data={"text": UNDATED}).json()["events"]]  # only what the text dates itself

    page.get_by_label("Publication date", exact=True).last.fill("2024-05-02")
    page.get_by_role("button", name="Show the timeline with this date").click()
    page.locator(".tl-warning").wait_for(state="detached")
    expected = page.request.post(base_url + "/api/v1/extract", data={"text": UNDATED, "dct": "2024-05-02"}).json()
    page.wait_for_function("(n) => document.querySelectorAll('[role=feed] article').length === n",
                           arg=len(expected["events"]))
    assert feed_headlines(page) == [event["headline"] for event in expected["events"]]
    assert "2024-04-30" in [event["date"]["value"] for event in expected["events"]], "Tuesday is placed now"
    assert page.input_value("#dct") == "2024-05-02"


def test_enter_in_the_date_asked_for_reruns_with_it(page, base_url):
    paste(page, base_url, UNDATED)
    asked = page.locator("#dct-again")
    asked.wait_for()
    asked.fill("2024-05-02")
    asked.press("Enter")
    page.locator(".tl-warning").wait_for(state="detached")
    assert page.input_value("#dct") == "2024-05-02"


def test_a_dated_article_shows_no_warning(page, base_url):
    paste(page, base_url, "Library reopens\nBy Dana Whitlock\nPosted Jan 25, 2021\n\nThe library reopened on Tuesday.")
    page.wait_for_selector("[role=feed] article")
    assert page.locator(".tl-warning").count() == 0 and page.locator("#dct-again").count() == 0


def test_a_dateline_without_its_year_asks_for_the_date(page, base_url):
    paste(page, base_url, "LONDON, July 7 (Reuters) - Shares fell on Monday after the bank raised rates.")
    warning = page.locator(".tl-warning[data-code=dct_without_year]")
    warning.wait_for()
    assert "July 7" in warning.inner_text()
    assert page.locator("#dct-again").is_visible()


def test_without_javascript_the_warning_is_shown_beside_the_date_field(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(base_url + "/")
    tab.fill("#text", UNDATED)
    tab.click("button[type=submit]")
    tab.wait_for_load_state()
    assert "No publication date" in tab.locator(".tl-warnings .tl-warning").inner_text()
    assert tab.locator("#dct").is_visible()
    context.close()


def test_the_warning_and_the_date_asked_for_pass_axe(browser, base_url):
    context = browser.new_context(viewport={"width": 390, "height": 900}, bypass_csp=True)
    tab = context.new_page()
    paste(tab, base_url, UNDATED)
    tab.locator("#dct-again").wait_for()
    tab.screenshot(path="/tmp/timeline-dct-warning.png", full_page=True)
    assert inject_axe(tab) == []
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()
