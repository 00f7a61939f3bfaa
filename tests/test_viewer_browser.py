"""The viewer in headless Chromium: rendering, keyboard, search, filter, deep links, no-JS, XSS, axe, screenshots."""
from __future__ import annotations

import pytest

from timeline.display import display_date

from browser_helpers import ARTICLE, feed_headlines, inject_axe, store_timeline
from test_display import DISPLAYED
from test_viewer_pages import MACHINE_DATES



def extracted_events(timeline):
    """Events found in the article (manual ones have no place in its text)."""
    return [event for event in timeline["events"] if event.get("start") is not None]


def open_timeline(page, base_url, timeline, fragment=""):
    page.goto(f"{base_url}/timelines/{timeline['id']}{fragment}")
    page.wait_for_selector("html[data-viewer=ready]")


def test_a_pasted_article_shows_its_events_in_order(page, base_url):
    page.goto(base_url + "/")
    page.fill("#text", ARTICLE)
    page.fill("#dct", "2023-11-20")
    page.click("button[type=submit]")
    page.wait_for_selector("[role=feed] article")
    expected = page.request.post(base_url + "/api/v1/extract", data={"text": ARTICLE, "dct": "2023-11-20"}).json()
    assert len(expected["events"]) >= 3
    assert feed_headlines(page) == [event["headline"] for event in expected["events"]]
    shown = page.locator("[role=feed] article .tl-when time:first-child").all_inner_texts()
    assert shown == [display_date(event["date"]["value"], event["date"]["granularity"]) for event in expected["events"]]
    starts = [event["date"]["earliest"] for event in expected["events"]]
    assert starts == sorted(starts)


def test_the_viewer_shows_dates_as_the_server_does(page, base_url):
    page.goto(base_url + "/")
    values = [value for value, _ in DISPLAYED]
    shown = page.evaluate("async (values) => { const { displayDate } = await import('/static/viewer/dates.js');"
                          " return values.map((value) => displayDate(value)); }", values)
    assert shown == [expected for _, expected in DISPLAYED]
    dates = [date for date, _ in MACHINE_DATES]
    machine = page.evaluate("async (dates) => { const { machineDate } = await import('/static/viewer/dates.js');"
                            " return dates.map((date) => machineDate(date)); }", dates)
    assert machine == [expected or "" for _, expected in MACHINE_DATES]


def test_a_stored_timeline_renders_every_event_in_order(page, base_url, stored):
    open_timeline(page, base_url, stored)
    assert feed_headlines(page) == [event["headline"] for event in stored["events"]]
    assert page.locator("ol.tl-static").count() == 0  # replaced by the feed
    articles = page.locator("[role=feed] article")
    assert articles.first.get_attribute("aria-setsize") == str(len(stored["events"]))
    assert [articles.nth(i).get_attribute("aria-posinset") for i in range(articles.count())] == \
        [str(i + 1) for i in range(len(stored["events"]))]


def test_a_year_visibly_contains_its_months(page, base_url, stored):
    open_timeline(page, base_url, stored)
    panel = page.locator("[role=feed] article", has_text="Review panel named")
    assert "within 2023" in panel.locator(".tl-when").inner_text()
    assert "tl-depth-0" not in panel.get_attribute("class")
    year = page.locator("[role=feed] article", has_text="Review announced for the whole year")
    assert panel.bounding_box()["x"] > year.bounding_box()["x"]  # indented under it


def test_an_event_within_a_range_names_the_whole_range(page, base_url, viewer_app):
    text = "Kari Berg led the Arctic program from 1971 to 1989. In 1976, Kari Berg wrote a report on cod."
    timeline = store_timeline(viewer_app, "Arctic program", [{"text": text, "dct": "2025-06-10"}])
    open_timeline(page, base_url, timeline)
    report = page.locator("[role=feed] article", has_text="wrote a report")
    assert report.locator(".tl-when").inner_text() == "1976 · within 1971 – 1989"


def test_manual_events_offer_no_context(page, base_url, stored):
    open_timeline(page, base_url, stored)
    manual = page.locator("[role=feed] article", has_text="Review panel named")
    assert manual.locator(".tl-read").count() == 0
    assert page.locator(".tl-read").count() == len(extracted_events(stored))


def test_page_down_and_up_move_between_events_and_enter_shows_the_context(page, base_url, stored):
    open_timeline(page, base_url, stored)
    page.locator("[role=feed] article").first.focus()
    position = "() => document.activeElement.getAttribute('aria-posinset')"
    page.keyboard.press("PageDown")
    page.keyboard.press("PageDown")
    assert page.evaluate(position) == "3"
    page.keyboard.press("PageUp")
    assert page.evaluate(position) == "2"
    assert page.evaluate("location.hash") == f"#event-{stored['events'][1]['id']}"
    extracted = extracted_events(stored)[1]
    article = page.locator(f"#event-{extracted['id']}")
    article.focus()
    page.keyboard.press("Enter")
    assert article.locator(".tl-read").get_attribute("aria-expanded") == "true"
    assert article.locator(".tl-article").is_visible()


def test_the_context_highlights_the_evidence_sentence_and_links_the_source(page, base_url, stored):
    extracted = extracted_events(stored)[0]
    open_timeline(page, base_url, stored)
    article = page.locator(f"#event-{extracted['id']}")
    article.locator(".tl-read").click()
    assert article.locator("mark.tl-hit").inner_text() == extracted["sentence"]
    assert article.locator(".tl-source a").get_attribute("href") == "https://example.com/story"
    text = article.locator(".tl-article").inner_text()
    assert "WASHINGTON" in text and len(text) > len(extracted["sentence"])


def test_search_narrows_the_feed_and_says_so(page, base_url, stored):
    open_timeline(page, base_url, stored)
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "tl-search"
    page.keyboard.type("PANEL")
    page.wait_for_function("() => document.querySelector('[role=feed] mark')?.textContent === 'panel'")
    assert feed_headlines(page) == ["Review panel named"]
    assert page.locator("[role=feed] mark.tl-found").all_inner_texts() == ["panel", "panel"]
    assert page.locator(".tl-status").inner_text() == f"Showing 1 of {len(stored['events'])} events."
    page.fill("#tl-search", "decision montreal")  # accents and case do not matter
    page.locator("[role=feed] article", has_text="Montréal").wait_for()
    assert feed_headlines(page) == ["Une décision à Montréal"]


def test_the_group_filter_hides_a_group(page, base_url, stored):
    open_timeline(page, base_url, stored)
    page.get_by_label("Review (3)").uncheck()
    expected = [event["headline"] for event in stored["events"] if event.get("group") != "Review"]
    assert feed_headlines(page) == expected
    page.get_by_label("Review (3)").check()
    assert len(feed_headlines(page)) == len(stored["events"])


def test_a_deep_link_focuses_its_event(page, base_url, stored):
    target = stored["events"][2]
    open_timeline(page, base_url, stored, f"#event-{target['id']}")
    assert page.evaluate("document.activeElement.id") == f"event-{target['id']}"
    assert page.locator(f"#event-{target['id']}").get_attribute("aria-current") == "true"
    other = stored["events"][0]
    page.evaluate(f"location.hash = '#event-{other['id']}'")
    page.wait_for_function(f"() => document.activeElement?.id === 'event-{other['id']}'")


def test_the_axis_zooms_and_pans_by_keyboard(page, base_url, stored):
    open_timeline(page, base_url, stored)
    pixels = "() => document.querySelector('.tl-axis canvas').toDataURL()"
    page.wait_for_timeout(100)
    fitted = page.evaluate(pixels)
    page.locator(".tl-axis-view").focus()
    for key in ("+", "ArrowRight"):
        page.keyboard.press(key)
        page.wait_for_timeout(50)
        assert page.evaluate(pixels) != fitted
    page.keyboard.press("0")
    page.wait_for_timeout(50)
    assert page.evaluate(pixels) == fitted


def test_a_narrow_screen_shows_the_compact_axis_above_every_event(browser, base_url, stored):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    open_timeline(phone, base_url, stored)
    axis = phone.locator(".tl-axis.tl-compact")
    assert axis.is_visible() and phone.locator(".tl-axis-label").count() == 0  # a strip, without lanes of labels
    assert axis.bounding_box()["y"] + axis.bounding_box()["height"] <= phone.locator("[role=feed] article").first.bounding_box()["y"]
    assert len(feed_headlines(phone)) == len(stored["events"])
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_without_javascript_every_event_is_readable(browser, base_url, stored):
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(f"{base_url}/timelines/{stored['id']}")
    items = plain.locator("ol.tl-static > li")
    assert items.count() == len(stored["events"])
    for i, event in enumerate(stored["events"]):
        item = items.nth(i)
        assert item.locator("h3").inner_text() == event["headline"]
        first = item.locator("p.tl-when > time").first
        assert first.inner_text() == display_date(event["date"]["value"], event["date"]["granularity"])
        assert first.get_attribute("datetime")
    context.close()


def test_right_to_left_text_runs_right_to_left(page, base_url, viewer_app):
    arabic = store_timeline(viewer_app, "جدول زمني", [{"title": "مقال", "text": "It rained on May 2, 2023."}],
                            [{"headline": "افتتاح الجسر الجديد", "text": "افتتح الجسر في عام 2021.", "date": "2021"}])
    open_timeline(page, base_url, arabic)
    headline = page.locator("[role=feed] article h3", has_text="افتتاح")
    assert headline.evaluate("node => node.matches(':dir(rtl)')")
    assert page.locator("h1").evaluate("node => node.matches(':dir(rtl)')")


def test_hostile_text_stays_inert(page, base_url, viewer_app):
    hostile = store_timeline(
        viewer_app, "<img src=x onerror=\"window.__pwned='title'\">",
        [{"title": "<script>window.__pwned='article'</script>", "format": "text",
          "text": "On May 2, 2023 <img src=x onerror=\"window.__pwned='text'\"> it rained. <script>window.__pwned='script'</script>"}],
        [{"headline": "<img src=x onerror=\"window.__pwned='headline'\">", "text": "<script>window.__pwned='sentence'</script>",
          "date": "2023-05"}])
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_timeline(page, base_url, hostile)
    for button in page.locator(".tl-read").all():
        button.click()
    page.fill("#tl-search", "img")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None and not dialogs
    assert page.locator("[role=feed] img, .tl-body img, .tl-body script").count() == 0
    assert "<img src=x onerror=" in page.locator("[role=feed]").inner_text()


@pytest.mark.parametrize("javascript", [True, False])
def test_media_shows_as_a_picture_or_a_link_and_never_as_script(browser, base_url, viewer_app, javascript):
    picture = f"{base_url}/static/missing-picture.png"
    timeline = store_timeline(viewer_app, "Media", [], [
        {"headline": "Bridge opened", "text": "The bridge opened.", "date": "2023-05-02", "media_url": picture},
        {"headline": "Ceremony filmed", "text": "The ceremony was filmed.", "date": "2023-05-03", "media_url": "https://example.com/watch?v=1"},
        {"headline": "Hostile media", "text": "A stored javascript: URL.", "date": "2023-05-04", "media_url": "javascript:window.__pwned=1"}])
    context = browser.new_context(java_script_enabled=javascript)
    tab = context.new_page()
    tab.goto(f"{base_url}/timelines/{timeline['id']}")
    if javascript:
        tab.wait_for_selector("html[data-viewer=ready]")
    events = "[role=feed] article" if javascript else "ol.tl-static li"
    image = tab.locator(events, has_text="Bridge opened").locator(".tl-media img")
    assert image.get_attribute("src") == picture
    assert image.get_attribute("alt") == "Picture for: Bridge opened"
    link = tab.locator(events, has_text="Ceremony filmed").locator(".tl-media a")
    assert link.get_attribute("href") == "https://example.com/watch?v=1" and link.inner_text() == "Media for this event"
    assert tab.locator(events, has_text="Hostile media").locator(".tl-media").count() == 0
    assert tab.locator("a[href^=javascript]").count() == 0
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
def test_axe_finds_no_violations(browser, base_url, stored, scheme, width):
    # bypass_csp only so that axe itself can be injected; the page is the one readers get.
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme, bypass_csp=True)
    tab = context.new_page()
    open_timeline(tab, base_url, stored)
    tab.locator(".tl-read").first.click()
    tab.locator(".tl-share summary").click()
    assert inject_axe(tab) == []
    for path in ("/", f"/embed/{stored['id']}?theme={scheme}"):
        tab.goto(base_url + path)
        tab.wait_for_selector("html[data-viewer=ready]")
        assert inject_axe(tab) == [], path
    context.close()


@pytest.mark.parametrize("name, width, scheme", [("phone", 390, "light"), ("desktop", 1280, "light"), ("desktop-dark", 1280, "dark")])
def test_screenshots(browser, base_url, stored, name, width, scheme):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    tab = context.new_page()
    shown = extracted_events(stored)[1]["id"]
    open_timeline(tab, base_url, stored, f"#event-{shown}")
    tab.locator(f"#event-{shown} .tl-read").click()
    path = f"/tmp/timeline-viewer-{name}.png"
    tab.screenshot(path=path, full_page=True)
    assert tab.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


def test_print_shows_the_events_without_the_controls(page, base_url, stored):
    open_timeline(page, base_url, stored)
    page.emulate_media(media="print")
    assert not page.locator(".tl-controls").is_visible() and not page.locator(".tl-axis").is_visible()
    assert page.locator("[role=feed] article").first.is_visible()
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"


def test_reduced_motion_turns_smooth_scrolling_off(browser, base_url, stored):
    context = browser.new_context(reduced_motion="reduce")
    tab = context.new_page()
    open_timeline(tab, base_url, stored)
    assert tab.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"
    assert tab.evaluate("import('/static/viewer/dom.js').then((dom) => dom.reducedMotion())") is True
    context.close()


def test_the_feed_announces_each_chunk_of_cards_for_other_modules(page, base_url, stored):
    # The hook the editor may use: `timeline:rendered` with each new card and its event.
    page.add_init_script("""addEventListener('timeline:rendered', (event) => {
        (window.__cards ||= []).push(...event.detail.cards.map(({card, event: e}) => [card.id, card.dataset.eventId, String(e.key)]));
    });""")
    open_timeline(page, base_url, stored)
    cards = page.evaluate("window.__cards")
    assert [card[0] for card in cards] == [f"event-{event['id']}" for event in stored["events"]]
    assert all(card[1] == card[2] == card[0].removeprefix("event-") for card in cards)
