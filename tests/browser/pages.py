"""Playwright helpers for the widget tests: Debian's chromium, the widget's shadow root, axe-core."""

from __future__ import annotations

import os
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
