"""Playwright helpers for the widget tests: Debian's chromium, the widget's shadow root, axe-core."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

from tests.browser.server import ARTIFACTS, PROJECT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = Path(os.environ.get("KETENWIJZER_AXE_JS", PROJECT / ".cache/npm/node_modules/axe-core/axe.min.js"))
"""axe-core, installed by: npm install --prefix .cache/npm axe-core@4"""

SHADOW = "document.querySelector('[data-ketenwijzer]').shadowRoot"


def shadow_eval(page: Page, expression: str, arg: Any = None) -> Any:
    """Evaluate ``expression`` (a function of ``root, arg``) against the widget's shadow root."""
    return page.evaluate(f"(arg) => {{ const root = {SHADOW}; return ({expression})(root, arg); }}", arg)


def active_element(page: Page) -> dict[str, str | None]:
    """The focused element inside the widget: tag, id, class, aria-label and citation number."""
    result: dict[str, str | None] = shadow_eval(
        page,
        """(root) => { const el = root.activeElement; return el ? {tag: el.tagName.toLowerCase(), id: el.id,
            cls: el.className, label: el.getAttribute('aria-label'), n: el.dataset.n || null}
            : {tag: null, id: null, cls: null, label: null, n: null}; }""",
    )
    return result


def open_widget(page: Page, launcher_name: str = "Stel een vraag aan Ketenwijzer") -> None:
    """Click the launcher and wait for the panel (and its opening animation)."""
    page.get_by_role("button", name=launcher_name).click()
    panel = page.locator("#kw-panel")
    panel.wait_for(state="visible")
    panel.evaluate("(el) => Promise.all(el.getAnimations().map((a) => a.finished))")


def ask(page: Page, question: str) -> None:
    """Type a question, press Enter and wait until the streamed answer is complete."""
    done = page.locator(".msg.bot[data-state=done]").count()
    page.locator("#kw-input").fill(question)
    page.locator("#kw-input").press("Enter")
    page.locator(".msg.bot[data-state=done]").nth(done).wait_for()


def session_id(page: Page) -> str | None:
    """The conversation id the widget keeps in sessionStorage."""
    value: str | None = page.evaluate("() => sessionStorage.getItem('ketenwijzer.session')")
    return value


def screenshot(page: Page, name: str) -> Path:
    """Save a screenshot to test-artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations for the whole page, the widget's shadow DOM included."""
    violations: list[dict[str, Any]] = page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ['violations']});
            return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target, summary: n.failureSummary}))}));
        }"""
    )
    return violations


FOCUS_REPORT = """() => {
    let el = document.activeElement, inWidget = false;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; inWidget = true; }
    if (!el || el === document.body || el === document.documentElement) return null;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    // an inline link that wraps has one box per line: the centre of its bounding box can fall
    // between them, on the paragraph around it; look at the middle of its first line instead
    const boxes = el.getClientRects(), first = boxes.length ? boxes[0] : r;
    const x = first.left + first.width / 2, y = first.top + first.height / 2;
    let hit = document.elementFromPoint(x, y);
    while (hit && hit.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
    }
    const root = el.getRootNode();
    const inside = (node) => { for (let n = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode)
        { if (n === el) return true; } return false; };
    return {
        inWidget, tag: el.tagName.toLowerCase(), id: el.id || null, cls: String(el.className || ''),
        name: el.getAttribute('aria-label') || (el.textContent || '').trim().slice(0, 60),
        width: r.width, height: r.height,
        inViewport: r.width > 0 && r.height > 0 && x >= 0 && y >= 0 && x < innerWidth && y < innerHeight,
        shown: style.visibility === 'visible' && Number(style.opacity) > 0,
        uncovered: !!hit && inside(hit),
        covering: hit ? (hit.className || hit.tagName) + '' : null,
        inert: !!el.closest('[inert]') || (root.host ? !!root.host.closest('[inert]') : false),
    };
}"""


def focus_report(page: Page) -> dict[str, Any] | None:
    """The deep focused element (through the widget's shadow root): where it is and whether it can be seen.

    ``uncovered`` is true when the element itself (or its content) is what the eye sees at its
    centre; ``inViewport`` when that centre is on the screen; ``None`` when nothing has focus.
    """
    report: dict[str, Any] | None = page.evaluate(FOCUS_REPORT)
    return report


def seen(report: dict[str, Any] | None) -> bool:
    """True when a focus report describes an element the eye can follow (or nothing is focused)."""
    if report is None:
        return True
    return bool(report["inViewport"] and report["shown"] and report["uncovered"] and not report["inert"])


def tab_through(page: Page, presses: int, key: str = "Tab") -> list[dict[str, Any] | None]:
    """Press Tab (or Shift+Tab) ``presses`` times; the focus report after each press."""
    reports = []
    for _ in range(presses):
        page.keyboard.press(key)
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        reports.append(focus_report(page))
    return reports


@contextmanager
def launch_chromium() -> Iterator[Any]:
    """Debian's chromium, headless, through Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@contextmanager
def widget_page(
    browser: Any, url: str, width: int = 1280, height: int = 800, **context_options: Any
) -> Iterator[Page]:
    """A fresh context on ``url`` (axe-core injected when present); fails on any JavaScript error."""
    context = browser.new_context(
        viewport={"width": width, "height": height}, locale="nl-NL", **context_options
    )
    if AXE.exists():
        context.add_init_script(path=str(AXE))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url)
    try:
        yield page
    finally:
        context.close()
    assert errors == [], errors
