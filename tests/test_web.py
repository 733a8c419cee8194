"""The web page in a real browser (Debian's Chromium driven by Playwright) against a real server on
loopback over a store built from the example articles. Saves a screenshot of each view to
docs/screenshots/ (the README shows them)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
from pathlib import Path

import pytest

from conftest import REPO, examples_store

CHROMIUM = os.environ.get("NEWSEVENTS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = REPO / "docs" / "screenshots"
SCRIPT_ARTICLE = """Ministry website defaced with <script> tag, Tallinn says

TALLINN, March 4 (Meridian Wire) - Estonian foreign minister Kaja Tamm condemned Russia on Tuesday after attackers \
planted the line <script>window.__pwned = 1; document.title = "pwned"</script> on the ministry's website, officials said.

The ministry said the code <img src=x onerror="window.__pwned = 2"> never ran for visitors, and that the site was \
restored within an hour.

"We will not be intimidated," Tamm told reporters in Tallinn, adding that Estonia would ask its NATO allies to consult \
on the attack next week.
"""

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (make test installs it)")
if not Path(CHROMIUM).exists():
    pytest.skip(f"Chromium not found at {CHROMIUM}: install it with `apt-get install -y chromium` "
                "(or set NEWSEVENTS_CHROMIUM); browser tests skipped", allow_module_level=True)


@pytest.fixture(scope="module")
def served(pipeline, tmp_path_factory):
    """A server on a free loopback port over the examples plus an article holding `<script>`."""
    import uvicorn

    from datetime import date

    from newsevents.api import create_app

    folder = tmp_path_factory.mktemp("web")
    (folder / "defaced.txt").write_text(SCRIPT_ARTICLE, encoding="utf-8")
    store = examples_store(pipeline, folder)
    pipeline.run([str(folder / "defaced.txt")], store, published=date(2025, 3, 4))
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(store), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    while not server.started:
        thread.join(0.05)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}", store
    server.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, served):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.problems = []  # script errors and refused resources (CSP) fail the test
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    page.on("console", lambda message: message.type == "error" and page.problems.append(message.text))
    yield page
    context.close()


def open_view(page, served, hash_: str, view: str):
    page.goto("about:blank")  # a fresh load: going to another #hash of the same page would not reload it
    page.goto(f"{served[0]}/{hash_}")
    page.wait_for_selector("body[data-renders]")
    assert page.get_attribute("body", "data-ready") == view, page.inner_text("#status")


def rendered_after(page, action) -> None:
    """Do `action` and wait until the page has drawn what it leads to."""
    done = int(page.get_attribute("body", "data-renders") or 0)
    action()
    page.wait_for_selector(f"body[data-renders='{done + 1}']")


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=True)


def test_filters_change_the_table(page, served):
    open_view(page, served, "#/events", "events")
    everything = page.locator("#events-table tbody tr").count()
    assert everything > 10
    shoot(page, "events.png")
    rendered_after(page, lambda: page.select_option("#filters select[name=quad_class]", "4"))
    conflict = page.locator("#events-table tbody tr td:nth-child(3)")
    assert 0 < conflict.count() < everything
    assert all("q4" in cls for cls in conflict.evaluate_all("cells => cells.map(c => c.className)"))
    assert "quad_class=4" in page.url
    page.fill("#filters input[name=actor]", "no such actor anywhere")
    rendered_after(page, lambda: page.press("#filters input[name=actor]", "Enter"))
    assert page.locator("#events-table tbody tr").count() == 0
    assert page.problems == []


def test_clicking_an_event_opens_its_document_with_the_evidence_highlighted(page, served):
    open_view(page, served, "#/events?q=detained", "events")
    row = page.locator("#events-table tbody tr").first
    event_id = row.get_attribute("data-event")
    from newsevents.queries import EventQuery, event_page

    event = event_page(served[1], EventQuery(after=int(event_id) - 1, limit=1)).items[0]
    rendered_after(page, row.click)
    assert page.get_attribute("body", "data-ready") == "document"
    highlighted = page.locator("#doc-body .seg.current")
    assert highlighted.count() > 0
    evidence = "".join(highlighted.all_inner_texts())
    assert event["trigger"] in evidence and evidence in event["sentence"]
    assert page.locator(f"#doc-events li.current[data-event='{event_id}']").count() == 1
    assert page.locator("#doc-body .seg.mention").count() > 0 and page.locator("#doc-body .seg.claim").count() > 0
    shoot(page, "document.png")
    assert page.problems == []


def test_network_and_timeline_render(page, served):
    open_view(page, served, "#/events", "events")
    assert page.locator("#timeline rect.bar").count() > 0
    open_view(page, served, "#/network", "network")
    assert page.locator("#network circle.node").count() >= 2
    assert page.locator("#network line.edge").count() >= 1
    shoot(page, "network.png")
    rendered_after(page, page.locator("#network circle.node").first.click)
    assert "actor_id=" in page.url and page.locator("#events-table tbody tr").count() > 0
    assert page.problems == []


def test_dyad_chart_and_map_render(page, served):
    open_view(page, served, "#/dyad?a=JPN&b=MOZ&kind=country&interval=week", "dyad")
    assert page.locator("#dyad-chart rect.bar").count() > 0 and page.locator("#dyad-chart polyline").count() == 1
    shoot(page, "dyad.png")
    open_view(page, served, "#/map", "map")
    assert page.locator("#map rect.land").count() > 500  # the world's silhouette
    assert page.locator("#map circle.place").count() > 0
    shoot(page, "map.png")
    assert page.problems == []


def test_script_in_article_text_is_shown_as_text(page, served):
    store = served[1]
    document = next(d for d in store.documents() if d["origin"].endswith("defaced.txt"))
    open_view(page, served, f"#/document/{document['id']}", "document")
    assert "<script>window.__pwned = 1" in page.locator("#doc-body").inner_text()
    assert '<img src=x onerror="window.__pwned = 2">' in page.locator("#doc-body").inner_text()
    assert "<script>" in page.locator("#doc-title").inner_text()
    assert page.locator("#document script, #document img").count() == 0
    assert page.evaluate("window.__pwned") is None and page.title() == "newsevents"
    open_view(page, served, "#/events?q=planted", "events")
    assert page.locator("#events-table tbody tr").count() > 0
    assert page.evaluate("window.__pwned") is None
    assert page.problems == []
