"""The chat widget in a real browser (Debian's chromium via Playwright) against a running server."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ketenwijzer.settings import Settings
from tests.browser.pages import (
    AXE,
    CHROMIUM,
    CHROMIUM_ARGS,
    active_element,
    ask,
    axe_violations,
    open_widget,
    screenshot,
    session_id,
    shadow_eval,
)
from tests.browser.server import free_port, static_site, thread_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium ontbreekt (apt-get install chromium)"
    ),
]

QUESTION = "Wat doet een ketenmanager?"
FOLLOW_UP = "En wat zegt de NORA daarover?"
OUT_OF_SCOPE = "Wie won het WK voetbal in 2010?"
INTRANET_PORT = free_port()
INTRANET = f"http://localhost:{INTRANET_PORT}"


@pytest.fixture(scope="module")
def server(corpus_settings: Settings) -> Iterator[tuple[str, Settings]]:
    """One server over the session's index, allowing the fake intranet origin."""
    with thread_server(corpus_settings, cors_origins=[INTRANET]) as url:
        yield url, corpus_settings


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's chromium, headless."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, server: tuple[str, Settings]) -> Iterator[Any]:
    """A fresh page on the demo intranet page; fails the test on any JavaScript error."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nl-NL")
    if AXE.exists():
        context.add_init_script(path=str(AXE))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server[0] + "/")
    yield page
    context.close()
    assert errors == []


def expected_answer(url: str, question: str) -> dict[str, Any]:
    """What /api/ask answers (the extractive generator is deterministic)."""
    body: dict[str, Any] = httpx.post(f"{url}/api/ask", json={"question": question}, timeout=60).json()
    return body


def test_streamed_answer_and_the_cited_passage(page: Any, server: tuple[str, Settings]) -> None:
    expected = expected_answer(server[0], QUESTION)
    open_widget(page)
    assert active_element(page)["id"] == "kw-input"
    ask(page, QUESTION)
    bot = page.locator(".msg.bot[data-state=done]").last
    assert " ".join(bot.locator(".text").inner_text().split()) == " ".join(expected["answer"].split())
    numbers = sorted({c["n"] for c in expected["citations"]})
    chips = bot.locator(".chip")
    assert chips.count() == len(numbers)
    screenshot(page, "widget-answer")

    chip = bot.get_by_role("button", name="Bron [1] ")
    chip.click()
    cited = page.locator(".pv .cited")
    cited.wait_for()
    first = [c for c in expected["citations"] if c["n"] == 1]
    assert cited.get_attribute("data-chunk-id") == first[0]["chunk_id"]
    assert sorted(page.locator(".pv mark").all_inner_texts()) == sorted(c["quote"] for c in first)
    assert page.locator("#kw-pv-title").inner_text() == first[0]["title"]
    assert first[0]["section"].replace(" > ", " › ") in page.locator(".pv dl").inner_text()
    assert page.locator(".pv a.src").get_attribute("href") == first[0]["url"]
    assert active_element(page)["id"] == "kw-pv-title"
    screenshot(page, "widget-passage")
    page.keyboard.press("Escape")
    assert page.locator(".pv").is_hidden()
    assert active_element(page)["n"] == "1"


def test_feedback_is_stored(page: Any, server: tuple[str, Settings]) -> None:
    open_widget(page)
    ask(page, QUESTION)
    page.get_by_role("button", name="Nee, niet nuttig").last.click()
    assert active_element(page)["tag"] == "textarea"
    page.get_by_label("Wat kan er beter? (optioneel)").fill("Bron 2 gaat over iets anders.")
    screenshot(page, "widget-feedback")
    page.get_by_role("button", name="Verstuur feedback").click()
    page.locator(".thanks").wait_for()
    assert page.locator(".thanks").inner_text() == "Bedankt voor je feedback."
    ask(page, "Wat is een ketenregisseur?")
    page.get_by_role("button", name="Ja, nuttig").last.click()
    page.locator(".thanks").nth(1).wait_for()
    sid = session_id(page)
    with sqlite3.connect(server[1].data_dir / "service.sqlite") as conn:
        rows = conn.execute(
            "SELECT question, rating, comment, answer FROM feedback WHERE session_id = ? ORDER BY id", (sid,)
        ).fetchall()
    assert [(q, r, c) for q, r, c, _ in rows] == [
        (QUESTION, "down", "Bron 2 gaat over iets anders."),
        ("Wat is een ketenregisseur?", "up", None),
    ]
    assert rows[0][3] == expected_answer(server[0], QUESTION)["answer"]


def test_follow_up_keeps_the_session_and_new_conversation_resets(
    page: Any, server: tuple[str, Settings]
) -> None:
    open_widget(page)
    ask(page, QUESTION)
    first = session_id(page)
    ask(page, FOLLOW_UP)
    assert first and session_id(page) == first
    with sqlite3.connect(server[1].data_dir / "service.sqlite") as conn:
        turns = conn.execute(
            "SELECT question, standalone FROM turns WHERE session_id = ? ORDER BY rowid", (first,)
        )
        rows = turns.fetchall()
    assert [q for q, _ in rows] == [QUESTION, FOLLOW_UP] and "ketenmanager" in rows[1][1]

    page.reload()  # the conversation survives navigation within the intranet
    open_widget(page)
    assert page.locator(".msg.user").count() == 2 and session_id(page) == first

    page.get_by_role("button", name="Nieuw gesprek").click()
    page.get_by_role("alertdialog").get_by_role("button", name="Ja, wis het gesprek").click()
    assert session_id(page) is None
    assert page.locator(".msg.user").count() == 0 and page.locator(".msg.bot").count() == 1
    assert active_element(page)["id"] == "kw-input"
    ask(page, QUESTION)
    assert session_id(page) not in (None, first)


def test_a_declined_question_looks_different(page: Any) -> None:
    open_widget(page)
    ask(page, QUESTION)
    ask(page, OUT_OF_SCOPE)
    answered, declined = page.locator(".msg.bot[data-state=done]").all()
    assert declined.get_attribute("data-abstained") == "true"
    assert declined.locator(".badge").inner_text() == "Geen antwoord in de bronnen"
    assert declined.locator(".chip").count() == 0
    style = "(el) => getComputedStyle(el).backgroundColor + ' ' + getComputedStyle(el).borderLeftWidth"
    assert answered.evaluate(style) != declined.evaluate(style)
    screenshot(page, "widget-declined")


def test_keyboard_only_and_escape_returns_focus(page: Any) -> None:
    launcher = page.get_by_role("button", name="Stel een vraag aan Ketenwijzer")
    launcher.focus()
    page.keyboard.press("Enter")
    assert active_element(page)["id"] == "kw-input"
    assert launcher.get_attribute("aria-expanded") == "true"
    page.keyboard.type(QUESTION)
    page.keyboard.press("Enter")
    page.locator(".msg.bot[data-state=done]").wait_for()
    page.keyboard.press("Shift+Tab")  # from the question box back to the last feedback button
    focused = active_element(page)
    assert focused["label"] == "Nee, niet nuttig"
    outline = shadow_eval(page, "(root) => getComputedStyle(root.activeElement).outlineStyle")
    assert outline == "solid"
    page.keyboard.press("Escape")
    assert page.locator("#kw-panel").is_hidden()
    assert active_element(page)["cls"] == "launcher"
    assert launcher.get_attribute("aria-expanded") == "false"


@pytest.mark.skipif(not AXE.exists(), reason=f"{AXE} ontbreekt: npm install --prefix .cache/npm axe-core@4")
def test_axe_finds_no_violations(page: Any) -> None:
    assert axe_violations(page) == []
    open_widget(page)
    ask(page, QUESTION)
    ask(page, OUT_OF_SCOPE)
    assert axe_violations(page) == []
    page.locator(".chip").first.click()
    page.locator(".pv .cited").wait_for()
    assert axe_violations(page) == []
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Nee, niet nuttig").first.click()
    assert axe_violations(page) == []


def test_panel_fits_a_360_px_screen(page: Any) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    open_widget(page)
    ask(page, QUESTION)
    box = page.locator("#kw-panel").bounding_box()
    assert box is not None
    assert (
        box["x"] >= 0 and box["x"] + box["width"] <= 360 and box["y"] >= 0 and box["y"] + box["height"] <= 740
    )
    overflow = shadow_eval(
        page,
        """(root) => [...root.querySelectorAll('#kw-panel *')].filter(el => el.offsetParent !== null)
            .filter(el => el.getBoundingClientRect().right > 360.5).map(el => el.className || el.tagName)""",
    )
    assert overflow == []
    spilled = shadow_eval(
        page,
        """(root) => [...root.querySelectorAll('.msg')].flatMap(msg => [...msg.querySelectorAll('*')]
            .filter(el => el.offsetParent !== null && !el.closest('.sr-only'))
            .filter(el => el.getBoundingClientRect().right > msg.getBoundingClientRect().right + 0.5)
            .map(el => el.className || el.tagName))""",
    )
    assert spilled == []
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
    screenshot(page, "widget-phone")


def test_question_text_is_never_html(page: Any) -> None:
    open_widget(page)
    ask(page, '<img src=x onerror="window.__pwned = 1"> ketenmanager?')
    assert page.evaluate("() => window.__pwned") is None
    assert shadow_eval(page, "(root) => root.querySelectorAll('img').length") == 0
    assert "<img src=x" in page.locator(".msg.user").last.inner_text()


def test_embedded_on_another_origin(browser: Any, server: tuple[str, Settings]) -> None:
    html = (
        "<!doctype html><html lang='en'><head><title>Intranet</title></head><body><main><h1>Intranet</h1></main>"
        f"<script src='{server[0]}/widget.js' data-title='Chain helper' data-colour='#ffcc00' "
        "data-position='left' data-language='en' defer></script></body></html>"
    )
    context = browser.new_context(viewport={"width": 1024, "height": 768})
    page = context.new_page()
    with static_site(INTRANET_PORT, html) as intranet:
        assert intranet == INTRANET
        page.goto(f"{intranet}/")
        open_widget(page, "Ask a question (Chain helper)")
        launcher = page.locator(".launcher").bounding_box()
        assert launcher is not None and launcher["x"] < 100
        assert page.locator(".launcher").evaluate("(el) => getComputedStyle(el).color") == "rgb(27, 27, 27)"
        ask(page, QUESTION)
        assert page.locator(".chip").count() > 0
        assert page.get_by_role("button", name="New conversation").is_visible()
        screenshot(page, "widget-cross-origin")
    context.close()
