"""``/docs`` renders the API documentation with no request leaving the server (no CDN)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

import httpx
import pytest

from ketenwijzer.settings import Settings
from tests.browser.pages import CHROMIUM, CHROMIUM_ARGS, screenshot
from tests.browser.server import thread_server


def test_docs_page_references_only_local_assets(corpus_settings: Settings) -> None:
    with thread_server(corpus_settings) as url:
        page = httpx.get(f"{url}/docs", timeout=30)
        assert page.status_code == 200
        assert "cdn." not in page.text and "/docs/assets/swagger-ui-bundle.js" in page.text
        script = httpx.get(f"{url}/docs/assets/swagger-ui-bundle.js", timeout=30)
        assert script.status_code == 200 and len(script.content) > 100_000
        assert httpx.get(f"{url}/redoc", timeout=30).status_code == 404


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium ontbreekt (apt-get install chromium)")
def test_docs_render_in_a_browser_without_internet(corpus_settings: Settings) -> None:
    from playwright.sync_api import sync_playwright

    with thread_server(corpus_settings) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page()
        outside: list[str] = []
        host = urlparse(url).netloc

        def only_local(route: Any) -> None:
            if urlparse(route.request.url).netloc == host:
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        page.route("**/*", only_local)
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(f"{url}/docs")
        page.wait_for_selector(".opblock", timeout=30_000)
        paths = page.locator(".opblock-summary-path").all_inner_texts()
        assert any("/api/ask" in p for p in paths) and any("/api/chat" in p for p in paths)
        screenshot(page, "api-docs")
        browser.close()
        assert outside == [] and errors == []
