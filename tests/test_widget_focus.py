"""Keyboard-only use of the widget in Chromium: focus never lands where the eye cannot follow.

Every Tab press is checked with ``focus_report``: the focused element must be on the screen,
visible, not inert and not covered by something else (the passage view, the confirmation, the
panel over the page). Desktop, a 360 px phone (the panel is a modal there) and 200 % zoom.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ketenwijzer.settings import Settings
from tests.browser.pages import (
    AXE,
    CHROMIUM,
    active_element,
    ask,
    axe_violations,
    focus_report,
    launch_chromium,
    seen,
    shadow_eval,
    tab_through,
    widget_page,
)
from tests.browser.server import ARTIFACTS, thread_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium ontbreekt (apt-get install chromium)"
    ),
]

QUESTION = "Wat doet een ketenmanager?"
LAUNCHER = "Stel een vraag aan Ketenwijzer"


@pytest.fixture(scope="module")
def server(corpus_settings: Settings) -> Iterator[str]:
    """One server over the session's index."""
    with thread_server(corpus_settings) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's chromium, headless."""
    with launch_chromium() as chromium:
        yield chromium


def unseen(reports: list[dict[str, Any] | None]) -> list[dict[str, Any] | None]:
    """The focus reports of elements the eye could not follow."""
    return [r for r in reports if not seen(r)]


def tab_to_launcher(page: Any, limit: int = 40) -> list[dict[str, Any] | None]:
    """Tab from the top of the page until the launcher has focus; the reports on the way."""
    reports: list[dict[str, Any] | None] = []
    for _ in range(limit):
        reports += tab_through(page, 1)
        if reports[-1] and reports[-1]["cls"] == "launcher":
            return reports
    raise AssertionError(f"De startknop kreeg geen focus: {reports}")


def keyboard_question(page: Any, question: str) -> None:
    """Type a question in the focused box, press Enter and wait for the whole answer."""
    done = page.locator(".msg.bot[data-state=done]").count()
    page.keyboard.type(question)
    page.keyboard.press("Enter")
    page.locator(".msg.bot[data-state=done]").nth(done).wait_for()


def panel_covers(page: Any, selector: str) -> bool:
    """True when the open panel covers the centre of the page element ``selector`` right now."""
    covered: bool = page.evaluate(
        """(sel) => { const r = document.querySelector(sel).getBoundingClientRect();
            const p = document.querySelector('[data-ketenwijzer]').shadowRoot.querySelector('#kw-panel')
                .getBoundingClientRect();
            const x = r.left + r.width / 2, y = r.top + r.height / 2;
            return x >= p.left && x <= p.right && y >= p.top && y <= p.bottom; }""",
        selector,
    )
    return covered


def test_desktop_keyboard_run_never_loses_sight_of_focus(browser: Any, server: str) -> None:
    with widget_page(browser, server + "/") as page:
        reports = tab_to_launcher(page)
        page.keyboard.press("Enter")
        assert active_element(page)["id"] == "kw-input"
        keyboard_question(page, QUESTION)
        sidebar = "aside.side a[href='#widget']"
        assert panel_covers(page, sidebar)  # the open panel hides part of the page ...
        cycle = tab_through(page, 60)
        assert unseen(reports + cycle) == []  # ... yet focus is never where the eye cannot follow
        names = {(r["tag"], r["cls"]) for r in cycle if r}
        for expected in [("button", "marker"), ("button", "chip"), ("button", "copy"), ("textarea", "")]:
            assert expected in names
        assert any(r and r["name"] == "De chatwidget plaatsen" for r in cycle)
        assert any(r and r["name"] == "Ja, nuttig" for r in cycle)


def test_the_passage_view_makes_the_covered_chat_inert(browser: Any, server: str) -> None:
    with widget_page(browser, server + "/") as page:
        tab_to_launcher(page)
        page.keyboard.press("Enter")
        keyboard_question(page, QUESTION)
        marker = page.locator(".msg.bot button.marker").first
        marker.focus()
        page.keyboard.press("Enter")
        page.locator(".pv .cited").wait_for()
        assert active_element(page)["id"] == "kw-pv-title"
        assert shadow_eval(page, "(root) => root.querySelector('.chat').inert") is True
        inside = tab_through(page, 12) + tab_through(page, 12, "Shift+Tab")
        assert unseen(inside) == []
        in_chat = [
            r for r in inside if r and r["inWidget"] and r["cls"] in ("marker", "chip", "copy", "send")
        ]
        assert in_chat == []
        page.keyboard.press("Escape")  # Escape still closes the passage first, then the panel
        assert page.locator(".pv").is_hidden()
        assert shadow_eval(page, "(root) => root.querySelector('.chat').inert") is False
        assert active_element(page)["cls"] == "marker"
        page.keyboard.press("Escape")
        assert page.locator("#kw-panel").is_hidden()
        assert active_element(page)["cls"] == "launcher"


def test_phone_panel_is_a_modal_that_keeps_focus_inside(browser: Any, server: str) -> None:
    with widget_page(browser, server + "/", width=360, height=740) as page:
        assert unseen(tab_to_launcher(page)) == []
        page.keyboard.press("Enter")
        panel = page.locator("#kw-panel")
        assert panel.get_attribute("aria-modal") == "true"
        assert page.evaluate("() => !!document.querySelector('main').closest('[inert]')")
        keyboard_question(page, QUESTION)
        reports = tab_through(page, 40) + tab_through(page, 15, "Shift+Tab")
        assert unseen(reports) == []
        assert [r for r in reports if r is None or not r["inWidget"]] == []  # focus never leaves the panel
        assert {r["cls"] for r in reports if r} >= {"marker", "chip", "send", "hbtn"}
        page.locator(".msg.bot button.chip").first.focus()
        page.keyboard.press("Enter")
        page.locator(".pv .cited").wait_for()
        inside = tab_through(page, 10)
        assert unseen(inside) == [] and all(r and r["inWidget"] for r in inside)
        page.keyboard.press("Escape")
        page.keyboard.press("Escape")
        assert panel.is_hidden()
        assert active_element(page)["cls"] == "launcher"
        assert page.evaluate("() => !document.querySelector('main').closest('[inert]')")


def test_200_percent_zoom_reflows_and_keeps_focus_in_sight(browser: Any, server: str) -> None:
    # 200 % browser zoom on a 1280 x 800 screen is a 640 x 400 CSS-pixel viewport at twice the density.
    with widget_page(browser, server + "/", width=640, height=400, device_scale_factor=2) as page:
        tab_to_launcher(page)
        page.keyboard.press("Enter")
        keyboard_question(page, QUESTION)
        box = page.locator("#kw-panel").bounding_box()
        # the panel fills the viewport; within a pixel: Chromium reported y 0.165 and height 400.00002
        # once (sub-pixel layout at twice the density), which is no reflow failure
        assert box is not None
        seen = (box["x"], box["y"], box["width"], box["height"])
        assert all(abs(a - b) <= 1 for a, b in zip(seen, (0, 0, 640, 400), strict=True)), box
        widths = shadow_eval(
            page,
            "(root) => [...root.querySelectorAll('.log, .body')].map(e => e.scrollWidth - e.clientWidth)",
        )
        assert widths == [0, 0]  # no sideways scrolling
        reports = tab_through(page, 30)
        assert unseen(reports) == [] and all(r and r["inWidget"] for r in reports)
        page.locator(".msg.bot button.marker").last.focus()
        page.keyboard.press("Enter")
        page.locator(".pv .cited").wait_for()
        assert unseen(tab_through(page, 8)) == []
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "widget-zoom-200-passage.png"))


def test_focus_is_visible_on_every_stop(browser: Any, server: str) -> None:
    with widget_page(browser, server + "/") as page:
        tab_to_launcher(page)
        page.keyboard.press("Enter")
        keyboard_question(page, QUESTION)
        outlines = []
        for report in tab_through(page, 14):
            if report and report["inWidget"]:
                style = shadow_eval(
                    page,
                    "(root) => { const s = getComputedStyle(root.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }",
                )
                outlines.append((report["cls"] or report["tag"], style))
        assert outlines and all(style == "solid 3px" for _, style in outlines), outlines
        page.locator(".msg.bot button.chip").first.focus()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")
        report = focus_report(page)
        assert report is not None and report["cls"] == "chip"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "widget-keyboard-focus.png"))


@pytest.mark.skipif(not AXE.exists(), reason=f"{AXE} ontbreekt: npm install --prefix .cache/npm axe-core@4")
def test_axe_on_phone_modal_and_zoom(browser: Any, server: str) -> None:
    for size in ({"width": 360, "height": 740}, {"width": 640, "height": 400, "device_scale_factor": 2}):
        with widget_page(browser, server + "/", **size) as page:
            page.get_by_role("button", name=LAUNCHER).click()
            ask(page, QUESTION)
            assert axe_violations(page) == []
            page.locator(".msg.bot button.marker").first.click()
            page.locator(".pv .cited").wait_for()
            assert axe_violations(page) == []
