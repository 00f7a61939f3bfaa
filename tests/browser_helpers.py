"""Helpers of the viewer tests: a sample article, storing a timeline, axe-core, reading the feed."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import Page

from timeline import store

AXE = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"

ARTICLE = """WASHINGTON, November 20, 2023 — The company grew fast in 2022.
In January 2023, the chief executive resigned after a dispute with the board.
Workers struck from March 2023 to May 2023 over pay.
On November 16, 2023, the board met again and named a new chief executive."""


def store_timeline(viewer_app, title: str, articles: list[dict[str, Any]], events: list[dict[str, Any]] = (),
                   description: str = "") -> dict[str, Any]:
    """Store a published timeline (articles extracted by the pipeline, plus manual events); return it as readers see it."""
    with viewer_app.app_context():
        timeline = store.create_timeline(title, articles, description=description, status=store.PUBLISHED)
        for fields in events:
            store.create_event(timeline["id"], fields)
        return store.get_timeline(timeline["id"])


def inject_axe(page: Page) -> list[dict[str, Any]]:
    """Run axe-core (WCAG 2.x A and AA rules) on the page; return the violations."""
    page.add_script_tag(path=str(AXE))
    return page.evaluate("""async () => (await axe.run(document, {runOnly: {type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})).violations
        .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.html + ' ' + n.failureSummary)}))""")


def feed_headlines(page: Page) -> list[str]:
    """Headlines of the rendered feed, in order."""
    return page.locator("[role=feed] article h3").all_inner_texts()
