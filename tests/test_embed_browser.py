"""Embedding in another site's page: the script snippet, iframe sizing, deep links through the frame, theme."""
from __future__ import annotations

import pytest


def snippet(page, base_url, timeline, which: str) -> str:
    page.goto(f"{base_url}/timelines/{timeline['id']}")
    return page.locator(f"#snippet-{which}").input_value()


def embedded_frame(page):
    page.wait_for_selector("iframe")
    frame = page.frame_locator("iframe")
    frame.locator("html[data-viewer=ready]").wait_for(state="attached")
    return page.frames[1]


def test_the_script_snippet_sizes_its_iframe_to_the_timeline(page, base_url, stored, host_site):
    code = snippet(page, base_url, stored, "script").replace('class="timeline-embed"', 'class="timeline-embed" data-max-height="20000"')
    page.goto(host_site.serve("/story", code))
    frame = embedded_frame(page)
    content = lambda: frame.evaluate("Math.ceil(document.documentElement.getBoundingClientRect().height)")
    page.wait_for_function("(h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 1", arg=content())
    before = page.evaluate("document.querySelector('iframe').getBoundingClientRect().height")
    assert before > 400  # grown from its initial 400 px to the whole timeline
    frame.locator(".tl-read").first.click()  # the context panel makes the content taller
    page.wait_for_function("(h) => document.querySelector('iframe').getBoundingClientRect().height > h + 50", arg=before)
    assert abs(page.evaluate("document.querySelector('iframe').getBoundingClientRect().height") - content()) <= 1


def test_the_iframe_height_is_capped(page, base_url, stored, host_site):
    code = snippet(page, base_url, stored, "script").replace('class="timeline-embed"', 'class="timeline-embed" data-max-height="450"')
    page.goto(host_site.serve("/story", code))
    embedded_frame(page)
    page.wait_for_function("() => document.querySelector('iframe').getBoundingClientRect().height === 450")


def test_a_deep_link_of_the_host_page_reaches_the_event_in_the_frame(page, base_url, stored, host_site):
    target, other = stored["events"][2], stored["events"][0]
    page.goto(host_site.serve("/story", snippet(page, base_url, stored, "script")) + f"#event-{target['id']}")
    frame = embedded_frame(page)
    frame.wait_for_function(f"() => document.activeElement?.id === 'event-{target['id']}'")
    frame.locator(f"#event-{other['id']} h3").click()  # reading another event keeps the place in the host address
    page.wait_for_function(f"() => location.hash === '#event-{other['id']}'")


def test_a_plain_iframe_deep_link_works(page, base_url, stored, host_site):
    target = stored["events"][3]
    page.goto(host_site.serve("/story", f'<iframe src="{base_url}/embed/{stored["id"]}#event-{target["id"]}" width="800" height="600"></iframe>'))
    frame = embedded_frame(page)
    frame.wait_for_function(f"() => document.activeElement?.id === 'event-{target['id']}'")
    assert frame.evaluate(f"document.getElementById('event-{target['id']}').getAttribute('aria-current')") == "true"


def test_the_iframe_snippet_embeds_the_timeline(page, base_url, stored, host_site):
    page.goto(host_site.serve("/story", snippet(page, base_url, stored, "iframe")))
    frame = embedded_frame(page)
    assert frame.locator("[role=feed] article").count() == len(stored["events"])


@pytest.mark.parametrize("query, background, accent", [
    ("?theme=dark&accent=c2410c", "rgb(21, 23, 26)", "rgb(194, 65, 12)"),
    ("?theme=light", "rgb(255, 255, 255)", "rgb(11, 87, 208)"),
])
def test_theme_and_accent_from_the_url(page, base_url, stored, query, background, accent):
    page.goto(f"{base_url}/embed/{stored['id']}{query}")
    page.wait_for_selector("html[data-viewer=ready]")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == background
    assert page.evaluate("getComputedStyle(document.querySelector('.tl')).borderTopColor") == accent


def test_embed_screenshot(browser, base_url, stored, host_site):
    context = browser.new_context(viewport={"width": 720, "height": 900}, color_scheme="dark")
    tab = context.new_page()
    code = snippet(tab, base_url, stored, "script").replace('class="timeline-embed"', 'class="timeline-embed" data-accent="#c2410c"')
    tab.goto(host_site.serve("/shot", code))
    frame = embedded_frame(tab)
    tab.wait_for_function("() => document.querySelector('iframe').getBoundingClientRect().height > 400")
    assert frame.evaluate("document.documentElement.dataset.accent") == "#c2410c"
    tab.screenshot(path="/tmp/timeline-embed-host.png", full_page=True)
    context.close()


def test_the_copy_buttons_copy_the_snippets(browser, base_url, stored):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    tab.goto(f"{base_url}/timelines/{stored['id']}")
    tab.locator(".tl-share summary").click()
    for which in ("iframe", "script"):
        tab.get_by_role("button", name=f"Copy: {tab.locator(f'label[for=snippet-{which}]').inner_text()}").click()
        assert tab.evaluate("navigator.clipboard.readText()") == tab.locator(f"#snippet-{which}").input_value()
    context.close()
