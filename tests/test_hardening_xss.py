"""A corpus document full of markup (``<script>``, ``onerror=``, ``javascript:`` links) executes nowhere.

In a real browser (Debian's chromium via Playwright): the chat widget (answer and the cited
passage view, embedded on another origin with ``data-api-key``), the HTML eval report and
the HTML brief. Each page must show the markup as text, set no ``window.__xss`` and open no dialog.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from assistant.briefs.composer import compose_brief
from assistant.briefs.render import render
from assistant.chain import Assistant
from evals.questionset import parse_set
from evals.report import write_html
from evals.runner import configurations, run_eval
from ingest.pipeline import run_ingest
from ketenwijzer.settings import Settings
from tests.browser.pages import CHROMIUM, CHROMIUM_ARGS, ask, open_widget, shadow_eval
from tests.browser.server import ARTIFACTS, free_port, static_site, thread_server
from tests.hardening_support import IMG, SCRIPT, XSS_QUESTION, XSS_TITLE, hardening_settings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium ontbreekt (apt-get install chromium)"
    ),
]

KEY = "widget-publieke-sleutel"
PORT = free_port()
INTRANET = f"http://localhost:{PORT}"


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The small corpus with the hostile document, ingested; public key required."""
    settings = hardening_settings(
        tmp_path_factory.mktemp("xss"), public_api_keys=[SecretStr(KEY)], cors_origins=[INTRANET]
    )
    assert not run_ingest(settings).errors
    return settings


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's chromium, headless."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page with its dialogs and JavaScript errors recorded."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def assert_nothing_ran(self) -> None:
        """No ``window.__xss``, no dialog, no script error."""
        self.page.wait_for_timeout(300)  # give an injected onerror handler its chance to fire
        assert self.page.evaluate("() => window.__xss") is None
        assert self.dialogs == []
        assert self.errors == []

    def assert_no_javascript_links(self, root: str = "document") -> None:
        """No ``javascript:`` URL was rendered as a link."""
        hrefs = self.page.evaluate(
            f"() => Array.from(({root}).querySelectorAll('a[href]')).map(a => a.getAttribute('href'))"
        )
        assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")], hrefs


def page_with_widget(url: str) -> str:
    """The customer's intranet page, embedding the widget with its public key."""
    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Intranet</title></head>'
        f'<body><h1>Intranet</h1><script src="{url}/widget.js" data-api-key="{KEY}" defer></script>'
        "</body></html>"
    )


def test_widget_answer_and_passage_view_show_markup_as_text(browser: Any, settings: Settings) -> None:
    with thread_server(settings) as url, static_site(PORT, page_with_widget(url)) as site:
        watched = Watched(browser)
        page = watched.page
        page.goto(site + "/")
        open_widget(page)
        ask(page, XSS_QUESTION)
        answer = shadow_eval(
            page, "(root) => root.querySelector('.msg.bot[data-state=done] .text').textContent"
        )
        assert SCRIPT in answer and IMG in answer  # shown literally, so not parsed as HTML
        assert shadow_eval(page, "(root) => root.querySelectorAll('.log script, .log img').length") == 0
        page.locator(".chip").first.click()
        page.locator(".pv .cited").wait_for()
        view = shadow_eval(page, "(root) => root.querySelector('.pv').textContent")
        assert SCRIPT in view and XSS_TITLE in view
        assert (
            shadow_eval(page, "(root) => root.querySelectorAll('.pv script, .pv img, .pv a.src').length") == 0
        )
        watched.assert_no_javascript_links(root="document.querySelector('[data-ketenwijzer]').shadowRoot")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "xss-widget.png"))
        watched.assert_nothing_ran()
        watched.context.close()


def test_eval_report_shows_markup_as_text(browser: Any, settings: Settings, tmp_path: Path) -> None:
    question_set = parse_set(
        {
            "name": "xss",
            "questions": [
                {
                    "id": "x1",
                    "question": XSS_QUESTION,
                    "expected_sources": ["xss-ketenregie"],
                    "must_include": ["regie"],
                }
            ],
        },
        "xss.yaml",
    )
    report = run_eval(settings, [question_set], configurations(settings, None, None, None))
    path = write_html(report, tmp_path / "report.html")
    assert SCRIPT in str(report)  # the answer really carries the markup
    watched = Watched(browser)
    watched.page.goto(path.as_uri())
    body = watched.page.locator("body").inner_text()
    assert SCRIPT in body and IMG in body
    assert watched.page.evaluate("() => document.querySelectorAll('main script, main img').length") == 0
    watched.assert_no_javascript_links()
    watched.assert_nothing_ran()
    watched.context.close()


def test_brief_html_shows_markup_as_text(browser: Any, settings: Settings, tmp_path: Path) -> None:
    brief = compose_brief(Assistant(settings), "de ketenregiekaart van het regieteam")
    path = tmp_path / "brief.html"
    path.write_bytes(render(brief, "html"))
    assert SCRIPT in path.read_text(encoding="utf-8").replace("&lt;", "<").replace("&gt;", ">")
    watched = Watched(browser)
    watched.page.goto(path.as_uri())
    body = watched.page.locator("body").inner_text()
    assert SCRIPT in body or IMG in body or XSS_TITLE in body
    assert watched.page.evaluate("() => document.querySelectorAll('script, img').length") == 0
    watched.assert_no_javascript_links()
    watched.assert_nothing_ran()
    watched.context.close()
