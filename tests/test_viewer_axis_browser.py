"""The time axis and story navigation in headless Chromium: axis breaks, labels without overlap, cluster chips,
dates before the common era, the compact axis on phones and in an 800 × 600 embed, previous/next, where a timeline opens."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from browser_helpers import feed_headlines, inject_axe, store_timeline

# An old bridge in a story of 2021-2024: the sample article's shape, whose 1887 once squeezed every other event.
BRIDGE = [
    {"headline": "Stone bridge was built over the Wren River", "text": "The bridge was built in 1887.", "date": "1887"},
    {"headline": "Engineers closed the bridge after the flood", "text": "Engineers closed it.", "date": "2021-04"},
    {"headline": "A temporary ferry began carrying foot passengers", "text": "A ferry began.", "date": "2021-05-01"},
    {"headline": "Town council approved a $14 million repair plan", "text": "The council approved a plan.", "date": "2022"},
    {"headline": "Divers reinforced the damaged pier", "text": "Work began.", "date": "2023-05"},
    {"headline": "Contractor finished resurfacing the deck", "text": "The deck was finished.", "date": "2024-02"},
    {"headline": "Inspectors certified the structure", "text": "Inspectors certified it.", "date": "2024-03-11"},
    {"headline": "Town reopened the Old Mill Bridge", "text": "The bridge reopened.", "date": "2024-03-14"},
]
# Twenty events on one day and ten more that month: more than the lanes hold.
CROWD = [{"headline": f"Delegation {n} of the summit arrived with a long name to shorten", "text": f"Delegation {n} arrived.",
          "date": "2023-06-01"} for n in range(20)] + \
        [{"headline": f"Session {n} ended", "text": f"Session {n} ended.", "date": f"2023-06-{n + 10:02d}"} for n in range(10)]


SEED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "seed" / "article.txt"
DESKS = ["Politics desk", "Economy desk", "Courts desk", "Labour desk", "Weather desk"]
WORDS = "council budget inquiry strike ruling storm election protest harbour tariff report bridge".split()


@pytest.fixture(scope="module")
def seed(viewer_app):
    """The seed article's timeline: long headlines, long evidence sentences, one source."""
    article = {"title": "RCMP responds to Global News investigation", "text": SEED.read_text(encoding="utf-8"),
               "url": "https://globalnews.ca/news/rcmp-iran", "dct": "2023-11-16"}
    return store_timeline(viewer_app, "The RCMP and Iranian regime interference", [article], description="The seed article's events")


@pytest.fixture(scope="module")
def thousand(viewer_app):
    """1,000 events over 35 years from five sources, in five groups: the sources and the group filter take room."""
    articles = [{"title": desk, "url": f"https://example.com/{desk.split()[0].lower()}", "dct": "2024-06-01",
                 "text": f"On March 3, 2021, the {desk.split()[0].lower()} desk reported a change."} for desk in DESKS]
    pick = random.Random(1000)
    events = []
    for n in range(995):
        words = " ".join(pick.choice(WORDS) for _ in range(pick.randint(3, 9)))
        date = f"{pick.randint(1990, 2024)}-{pick.randint(1, 12):02d}" + (f"-{pick.randint(1, 28):02d}" if n % 2 else "")
        events.append({"headline": f"Event {n}: {words}", "text": f"Officials said the {words} went ahead as planned after a long debate.",
                       "date": date, "group": DESKS[n % len(DESKS)]})
    return store_timeline(viewer_app, "A thousand events", articles, events, description="Five desks over 35 years")


@pytest.fixture(scope="module")
def bridge(viewer_app):
    return store_timeline(viewer_app, "The Old Mill Bridge", [], BRIDGE, description="A bridge closed, repaired, reopened")


@pytest.fixture(scope="module")
def crowd(viewer_app):
    return store_timeline(viewer_app, "A crowded summit", [], CROWD)


def open_at(page, url):
    page.goto(url)
    page.wait_for_selector("html[data-viewer=ready]")
    page.wait_for_timeout(100)  # the axis draws on the next frame


def boxes(page, selector):
    return [box for box in (node.bounding_box() for node in page.locator(selector).all()) if box]


def test_a_long_empty_stretch_is_cut_with_a_visible_break(page, base_url, bridge):
    open_at(page, f"{base_url}/timelines/{bridge['id']}")
    view = page.locator(".tl-axis-view").bounding_box()
    cut = page.locator(".tl-axis-break")
    assert cut.count() == 1 and cut.is_visible()
    assert "years without events" in cut.get_attribute("title")
    assert "no events from 1888 to 2021" in page.locator("#tl-axis-help").inner_text()
    # The 2021-2024 events are not squeezed against an edge: they spread over most of the axis.
    labels = {node.get_attribute("title").split(": ", 1)[1]: node.bounding_box() for node in page.locator(".tl-axis-label").all()}
    assert set(labels) == {event["headline"] for event in BRIDGE}
    recent = [box["x"] for headline, box in labels.items() if "Stone bridge" not in headline]
    assert max(recent) - min(recent) > 0.5 * view["width"]
    assert labels["Stone bridge was built over the Wren River"]["x"] < cut.bounding_box()["x"] < min(recent)


@pytest.mark.parametrize("width", [1280, 1000])
def test_axis_labels_never_overlap_nor_leave_the_axis(browser, base_url, crowd, bridge, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    for timeline in (crowd, bridge):
        open_at(tab, f"{base_url}/timelines/{timeline['id']}")
        view = tab.locator(".tl-axis-view").bounding_box()
        shown = boxes(tab, ".tl-axis-label") + boxes(tab, ".tl-chip")
        assert len(shown) > 5
        for i, a in enumerate(shown):
            assert view["x"] <= a["x"] and a["x"] + a["width"] <= view["x"] + view["width"] + 0.5, a
            for b in shown[i + 1:]:
                apart = a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"] or \
                    a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"]
                assert apart, (a, b)
    context.close()


def test_a_shortened_label_shows_its_whole_text_on_focus_and_hover(page, base_url, crowd):
    open_at(page, f"{base_url}/timelines/{crowd['id']}")
    label = page.locator(".tl-axis-label", has_text="Delegation").first
    assert label.evaluate("node => node.scrollWidth > node.clientWidth")  # cut, with an ellipsis
    assert label.evaluate("node => getComputedStyle(node).textOverflow") == "ellipsis"
    label.hover()
    assert label.evaluate("node => node.scrollWidth <= node.clientWidth + 1")
    page.mouse.move(0, 0)
    label.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # focus-visible, as from the keyboard
    assert page.evaluate("document.activeElement.classList.contains('tl-axis-label')")
    assert page.evaluate("document.activeElement.scrollWidth <= document.activeElement.clientWidth + 1")


def test_a_cluster_chip_opens_to_its_events(page, base_url, crowd):
    open_at(page, f"{base_url}/timelines/{crowd['id']}")
    chip = page.locator(".tl-chip").first
    count = int(chip.get_attribute("aria-label").split()[0])
    chip.click()
    assert chip.get_attribute("aria-expanded") == "true"
    items = page.locator(".tl-chip-list button")
    assert items.count() == count
    chosen = items.nth(count - 1)
    text = chosen.inner_text()
    chosen.click()
    assert page.locator(".tl-chip-list").is_hidden()
    assert page.evaluate("document.activeElement.querySelector('h3').textContent") in text
    assert page.evaluate("location.hash") == f"#{page.evaluate('document.activeElement.id')}"


def test_dates_before_the_common_era_are_placed_and_shown(page, base_url, viewer_app):
    text = "In 490 BC, the Athenians defeated the Persians at Marathon. In 2004, the Olympic marathon followed the ancient route."
    timeline = store_timeline(viewer_app, "Marathon", [{"title": "Greek history", "text": text, "dct": "2024-01-01"}])
    open_at(page, f"{base_url}/timelines/{timeline['id']}")
    assert page.locator("[role=feed] article .tl-when").all_inner_texts()[0] == "490 BC"
    assert "Athenians" in feed_headlines(page)[0]
    assert page.locator(".tl-axis-break").count() == 1
    assert page.locator(".tl-axis-label").count() == 2


def test_story_navigation_by_keyboard_and_buttons(page, base_url, bridge):
    open_at(page, f"{base_url}/timelines/{bridge['id']}")
    ids = [f"event-{event['id']}" for event in bridge["events"]]
    assert page.locator(".tl-prev").is_disabled()  # the reader starts at the first event
    page.locator("[role=feed] article").first.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.id") == ids[2]
    assert page.locator(f"#{ids[2]}").get_attribute("aria-current") == "true"
    current = page.locator(".tl-axis-label.tl-current")
    assert current.count() == 1 and bridge["events"][2]["headline"] in current.inner_text()
    page.keyboard.press("ArrowLeft")
    assert page.evaluate("location.hash") == f"#{ids[1]}"
    page.locator(".tl-next").click()
    assert page.evaluate("document.activeElement.id") == ids[2]
    page.locator(".tl-axis-label", has_text=bridge["events"][-1]["headline"]).click()
    assert page.evaluate("document.activeElement.id") == ids[-1]
    assert page.locator(".tl-next").is_disabled()


@pytest.mark.parametrize("start, index", [("latest", -1), ("first", 0), ("{id}", 3), ("event-{id}", 3)])
def test_a_timeline_opens_at_a_chosen_event(page, base_url, bridge, start, index):
    target = bridge["events"][index]
    open_at(page, f"{base_url}/embed/{bridge['id']}?start={start.format(id=bridge['events'][3]['id'])}")
    assert page.evaluate("document.activeElement.id") == f"event-{target['id']}"
    assert page.locator(f"#event-{target['id']}").get_attribute("aria-current") == "true"


def test_the_embed_script_opens_at_the_latest_event(page, base_url, bridge, host_site):
    link = f'<a class="timeline-embed" href="{base_url}/timelines/{bridge["id"]}" data-start="latest">Bridge</a>'
    page.goto(host_site.serve("/latest", f'{link}<script async src="{base_url}/static/embed.js"></script>'))
    page.wait_for_selector("iframe")
    assert "start=latest" in page.locator("iframe").get_attribute("src")
    frame = page.frames[1]
    frame.wait_for_function(f"() => document.activeElement?.id === 'event-{bridge['events'][-1]['id']}'")


def in_view(frame, selector):
    """How many of the elements are wholly inside the window, without scrolling."""
    return frame.evaluate("""(selector) => [...document.querySelectorAll(selector)].filter((node) => {
        const box = node.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight; }).length""", selector)


def readable_events(frame):
    """How many feed cards can be read without scrolling: the card's top (its date) and its headline's bottom in the window."""
    return frame.evaluate("""() => [...document.querySelectorAll('[role=feed] article')].filter((card) => {
        const box = card.getBoundingClientRect(), headline = card.querySelector('h3').getBoundingClientRect();
        return box.top >= 0 && headline.height > 0 && headline.bottom <= innerHeight; }).length""")


# The sample's shape, the seed article (long headlines and sentences) and 1,000 events from five sources in five groups.
TIMELINES = ["bridge", "seed", "thousand"]


@pytest.mark.parametrize("name", TIMELINES)
def test_an_800_by_600_embed_shows_the_title_the_axis_and_three_events(page, base_url, host_site, request, name):
    stored = request.getfixturevalue(name)
    page.set_viewport_size({"width": 1000, "height": 800})
    page.goto(host_site.serve(f"/oembed-{name}", f'<iframe src="{base_url}/embed/{stored["id"]}" width="800" height="600" title="Timeline"></iframe>'))
    page.wait_for_selector("iframe")
    frame = page.frames[1]
    frame.wait_for_selector("html[data-viewer=ready]")
    assert in_view(frame, "h1") == 1 and in_view(frame, ".tl-axis.tl-compact .tl-axis-view") == 1
    assert readable_events(frame) >= 3
    # Scrolling the frame keeps the axis in sight, and it follows the reader.
    frame.evaluate("window.scrollTo(0, 600)")
    frame.wait_for_function("() => !document.querySelector('.tl-prev').disabled")
    assert in_view(frame, ".tl-axis-view") == 1


@pytest.mark.parametrize("name", TIMELINES)
def test_a_phone_shows_the_title_the_axis_and_three_events(browser, base_url, request, name):
    stored = request.getfixturevalue(name)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    open_at(phone, f"{base_url}/timelines/{stored['id']}")
    assert in_view(phone, "h1") == 1 and in_view(phone, ".tl-axis.tl-compact .tl-axis-view") == 1
    assert readable_events(phone) >= 3
    if name == "bridge":  # its first event, 1887, sits alone at the strip's start
        phone.locator(".tl-axis-view").click(position={"x": 5, "y": 10})
        assert phone.evaluate("document.activeElement.id") == f"event-{stored['events'][0]['id']}"
    context.close()


def test_a_phone_folds_the_sources_and_the_filter_that_a_wide_page_shows(browser, base_url, thousand):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    open_at(phone, f"{base_url}/timelines/{thousand['id']}")
    assert phone.get_by_text("From 5 sources").is_visible() and not phone.get_by_role("link", name="Courts desk").is_visible()
    courts = phone.get_by_label("Courts desk (")
    assert not courts.is_visible()
    phone.get_by_label("Search events").fill("Courts")  # the search keeps its label, for screen readers
    phone.get_by_text("Filter", exact=True).click()
    courts.uncheck()
    assert phone.locator(".tl-status").inner_text().startswith("Showing ")
    phone.set_viewport_size({"width": 1280, "height": 900})
    phone.wait_for_function("() => document.querySelector('details.tl-sources').open")
    assert phone.get_by_role("link", name="Courts desk").is_visible() and courts.is_visible()
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_in_the_folded_sources_and_filter(browser, base_url, thousand, scheme):
    # bypass_csp only so that axe itself can be injected.
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme=scheme, bypass_csp=True)
    tab = context.new_page()
    open_at(tab, f"{base_url}/timelines/{thousand['id']}")
    assert inject_axe(tab) == []
    tab.get_by_text("From 5 sources").click()
    tab.get_by_text("Filter", exact=True).click()
    assert inject_axe(tab) == []
    tab.set_viewport_size({"width": 800, "height": 600})
    open_at(tab, f"{base_url}/embed/{thousand['id']}?theme={scheme}")
    assert inject_axe(tab) == []
    context.close()


def test_a_sideways_swipe_goes_to_the_next_and_previous_event(browser, base_url, bridge):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    phone = context.new_page()
    open_at(phone, f"{base_url}/timelines/{bridge['id']}")
    swipe = """([id, dx]) => {
        const card = document.getElementById(id);
        const touch = (x) => new Touch({identifier: 1, target: card, clientX: x, clientY: 300});
        card.dispatchEvent(new TouchEvent('touchstart', {touches: [touch(200)], changedTouches: [touch(200)], bubbles: true}));
        card.dispatchEvent(new TouchEvent('touchend', {touches: [], changedTouches: [touch(200 + dx)], bubbles: true}));
    }"""
    ids = [f"event-{event['id']}" for event in bridge["events"]]
    phone.evaluate(swipe, [ids[0], -120])
    assert phone.evaluate("document.activeElement.id") == ids[1]
    phone.evaluate(swipe, [ids[1], 120])
    assert phone.evaluate("document.activeElement.id") == ids[0]
    context.close()


def test_the_arrow_keys_on_an_axis_label_go_to_the_next_event(page, base_url, bridge):
    open_at(page, f"{base_url}/timelines/{bridge['id']}")
    page.locator(".tl-axis-view").focus()
    page.keyboard.press("Tab")  # to the one label in the tab order: the reader's event, the first
    assert bridge["events"][0]["headline"] in page.evaluate("document.activeElement.textContent")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.id") == f"event-{bridge['events'][1]['id']}"
