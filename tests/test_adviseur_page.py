"""The advisers' page (``/adviseur``) in a real browser (Debian's chromium via Playwright)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.briefs.plan import derive_question
from ketenwijzer.settings import Settings
from tests.briefs_helpers import HEADINGS
from tests.browser.pages import AXE, CHROMIUM, CHROMIUM_ARGS, axe_violations
from tests.browser.server import ARTIFACTS, thread_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium ontbreekt (apt-get install chromium)"
    ),
]

TOPIC = "besluitvorming in ketens"
DIMENSIONS = ["Culturele dimensie", "Relationele dimensie", "Procedurele dimensie", "Inhoudelijke dimensie"]


@pytest.fixture(scope="module")
def server(corpus_settings: Settings) -> Iterator[str]:
    """One server over the session's index."""
    with thread_server(corpus_settings) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's chromium, headless."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _open(browser: Any, server: str, width: int = 1280) -> tuple[Any, Any, list[str]]:
    context = browser.new_context(
        viewport={"width": width, "height": 800}, locale="nl-NL", accept_downloads=True
    )
    if AXE.exists():
        context.add_init_script(path=str(AXE))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server + "/adviseur")
    return context, page, errors


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    """The advisers' page at desktop width; fails the test on any JavaScript error."""
    context, page, errors = _open(browser, server)
    yield page
    context.close()
    assert errors == []


def compose(page: Any, topic: str) -> dict[str, Any]:
    """Type a topic, submit and wait for the draft; returns the API's JSON (what the page got)."""
    busy: list[str | None] = []

    def while_in_flight(route: Any) -> None:
        busy.append(page.locator("#opstellen").get_attribute("aria-busy"))
        route.continue_()

    page.route("**/api/briefs", while_in_flight)
    page.get_by_label("Onderwerp").fill(topic)
    assert page.locator("#vraag").input_value() == derive_question(topic), "de vraag volgt het onderwerp"
    with page.expect_response("**/api/briefs") as response:
        page.get_by_role("button", name="Notitie opstellen").click()
    page.locator("#notitie-titel").wait_for()
    page.unroute("**/api/briefs")
    assert busy == ["true"], "de knop toont geen bezig-status tijdens het opstellen"
    assert page.locator("#opstellen").get_attribute("aria-busy") == "false"
    body: dict[str, Any] = response.value.json()
    return body


def _no_violations(page: Any) -> None:
    if not AXE.exists():
        pytest.skip("axe-core ontbreekt (npm install --prefix .cache/npm axe-core@4)")
    violations = axe_violations(page)
    assert violations == [], violations


def test_compose_read_cite_download_and_accessibility(page: Any, tmp_path: Path) -> None:
    assert page.get_by_role("heading", level=1).inner_text() == "Notitie opstellen"
    _no_violations(page)
    data = compose(page, TOPIC)
    brief = data["brief"]

    # The draft: title (focused for screen readers), the fixed headings, the four dimensions.
    title = page.locator("#notitie-titel")
    assert title.inner_text() == brief["title"]
    assert page.evaluate("() => document.activeElement.id") == "notitie-titel"
    draft = page.locator("#notitie")
    assert draft.locator("h3").all_inner_texts() == ["Samenvatting", *HEADINGS]
    assert draft.locator("h4").all_inner_texts() == DIMENSIONS
    status = page.get_by_role("status").inner_text()
    assert f"uit {len(brief['references'])} bronnen" in status

    # Citations: one numbered button per summary line and per statement, each resolving to a listed source.
    statements = [*brief["summary"], *(s for sec in brief["sections"] for s in _all(sec))]
    cites = draft.locator("button.cite")
    assert cites.count() == len(statements) > 0
    numbers = [int(n) for n in cites.evaluate_all("(bs) => bs.map((b) => b.dataset.n)")]
    assert numbers == [s["citation"]["n"] for s in statements]
    listed = draft.locator("ol.references > li")
    assert listed.count() == len(brief["references"])
    ids = set(listed.evaluate_all("(lis) => lis.map((li) => li.id)"))
    assert {f"bron-{n}" for n in numbers} <= ids

    # Clicking a citation shows the quoted passage (fetched from /api/passages/{chunk_id}).
    first, quote = cites.nth(0), statements[0]["citation"]["quote"]
    assert first.get_attribute("aria-expanded") == "false"
    with page.expect_response(lambda r: "/api/passages/" in r.url):
        first.click()
    passage = page.locator("#" + first.get_attribute("aria-controls"))
    passage.locator("blockquote").wait_for()
    assert first.get_attribute("aria-expanded") == "true"
    assert passage.locator("mark").inner_text() == quote
    assert passage.locator(".where").inner_text().startswith(f"Bron [{numbers[0]}]")
    # …and the keyboard closes it again.
    first.focus()
    page.keyboard.press("Enter")
    assert passage.is_hidden() and first.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Space")
    assert passage.is_visible()

    # Downloads: the PDF arrives as a PDF with the brief's file name.
    links = page.locator("#downloads a.button")
    assert links.all_inner_texts() == ["Word (DOCX)", "PDF", "Markdown", "HTML"]
    with page.expect_download() as download:
        page.get_by_role("link", name="PDF").click()
    assert download.value.suggested_filename == "notitie-besluitvorming-in-ketens.pdf"
    target = tmp_path / "notitie.pdf"
    download.value.save_as(target)
    assert target.read_bytes().startswith(b"%PDF-")

    _no_violations(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "adviseur.png"), full_page=True)


def _all(section: dict[str, Any]) -> list[dict[str, Any]]:
    out = list(section["statements"])
    for sub in section["subsections"]:
        out.extend(_all(sub))
    return out


def test_memo_header_question_lists_and_references_as_a_director_reads_them(page: Any) -> None:
    topic = page.get_by_label("Onderwerp")
    question = page.get_by_label("Vraag die de notitie beantwoordt")
    topic.fill("Vertrouwen in ketensamenwerking")
    assert question.input_value() == "Waar moet ik op letten bij vertrouwen in ketensamenwerking?"
    question.fill("Hoe bouw je vertrouwen op tussen ketenpartners?")
    topic.fill("vertrouwen tussen ketenpartners")
    assert question.input_value() == "Hoe bouw je vertrouwen op tussen ketenpartners?", "edited: kept"
    page.get_by_label("Aan").fill("Directie Ketenzaken")
    page.get_by_label("Van").fill("A. Adviseur, team Ketens")
    with page.expect_request("**/api/briefs") as sent:
        page.get_by_role("button", name="Notitie opstellen").click()
    assert sent.value.post_data_json == {
        "onderwerp": "vertrouwen tussen ketenpartners",
        "vraag": "Hoe bouw je vertrouwen op tussen ketenpartners?",
        "aan": "Directie Ketenzaken",
        "van": "A. Adviseur, team Ketens",
    }
    page.locator("#notitie-titel").wait_for()
    draft = page.locator("#notitie")
    rows = draft.locator("table.memo tr")
    assert [rows.nth(i).locator("th").inner_text() for i in range(4)] == ["Aan", "Van", "Datum", "Onderwerp"]
    assert rows.nth(0).locator("td").inner_text() == "Directie Ketenzaken"
    assert rows.nth(3).locator("td").inner_text() == "Vertrouwen tussen ketenpartners"
    text = draft.inner_text()
    assert "Vraag: Hoe bouw je vertrouwen op tussen ketenpartners?" in text
    assert "Opgesteld met" not in text and "Controleer de citaten" in text
    # Kern is a real list; its markers sit before the closing full stop.
    kern = draft.locator("h3", has_text="Kern").locator("xpath=following-sibling::*[1]")
    assert kern.evaluate("(n) => n.tagName") == "UL"
    first = kern.locator("li").first.inner_text()
    assert re.search(r"\[\d+\]\.", first), first
    listed = draft.locator("ol.references > li").all_inner_texts()
    assert listed and all(item.endswith(("Geen webadres bekend.",)) or "https://" in item for item in listed)
    _no_violations(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "adviseur-memo.png"), full_page=True)


def test_a_too_long_header_field_is_marked_in_dutch(page: Any) -> None:
    page.get_by_label("Onderwerp").fill("besluitvorming in ketens")
    page.evaluate("() => { document.getElementById('aan').value = 'x'.repeat(201); }")  # past maxlength
    with page.expect_response("**/api/briefs") as response:
        page.get_by_role("button", name="Notitie opstellen").click()
    assert response.value.status == 422
    page.wait_for_function("() => document.getElementById('fout').textContent.includes('Aan')")
    assert "Het veld 'Aan' is te lang" in page.get_by_role("alert").inner_text()
    assert page.get_by_label("Aan").get_attribute("aria-invalid") == "true"
    assert page.get_by_label("Onderwerp").get_attribute("aria-invalid") == "false"
    assert page.evaluate("() => document.activeElement.id") == "aan"


def test_errors_are_shown_in_dutch_as_text(page: Any) -> None:
    page.get_by_role("button", name="Notitie opstellen").click()
    alert = page.get_by_role("alert")
    assert "onderwerp is leeg" in alert.inner_text()
    assert page.get_by_label("Onderwerp").get_attribute("aria-invalid") == "true"

    hostile = "<img src=x onerror=\"document.body.dataset.pwned='1'\"> WK voetbal"
    page.get_by_label("Onderwerp").fill(hostile)
    with page.expect_response("**/api/briefs") as response:
        page.get_by_role("button", name="Notitie opstellen").click()
    assert response.value.status == 422
    page.wait_for_function("() => document.getElementById('fout').textContent.includes('geen informatie')")
    assert hostile.split(">")[0] in alert.inner_text()  # shown as text, not as markup
    assert page.locator("img").count() == 0
    assert page.evaluate("() => document.body.dataset.pwned") is None
    assert page.locator("#notitie").is_hidden() and page.locator("#downloads").is_hidden()
    _no_violations(page)


def test_small_screen_has_no_horizontal_scroll(browser: Any, server: str) -> None:
    context, page, errors = _open(browser, server, width=360)
    try:
        compose(page, TOPIC)
        page.locator("button.cite").nth(1).click()
        page.locator(".passage blockquote").first.wait_for()
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{overflow} px horizontaal scrollen op 360 px"
        _no_violations(page)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "adviseur-360.png"))
    finally:
        context.close()
    assert errors == []


def test_with_public_keys_the_page_asks_for_the_key_and_downloads_work(
    browser: Any, corpus_settings: Settings
) -> None:
    """Public keys on: the page asks for the key once, composes, shows passages and downloads."""
    from pydantic import SecretStr

    key = "adviseurs-sleutel-5d2e"
    keyed = corpus_settings.model_copy(update={"public_api_keys": [SecretStr(key)]})
    with thread_server(keyed) as url:
        context, page, errors = _open(browser, url)
        try:
            assert page.locator("#sleutel-veld").is_hidden()
            page.get_by_label("Onderwerp").fill(TOPIC)
            with page.expect_response("**/api/briefs") as refused:
                page.get_by_role("button", name="Notitie opstellen").click()
            assert refused.value.status == 401
            field = page.get_by_label("API-sleutel")
            field.wait_for()
            assert "API-sleutel" in page.get_by_role("alert").inner_text()
            assert page.evaluate("() => document.activeElement.id") == "sleutel"
            page.screenshot(path=str(ARTIFACTS / "adviseur-sleutel.png"))
            _no_violations(page)

            field.fill(key)
            data = compose(page, TOPIC)
            assert all("?t=" in link for link in data["links"].values())
            cite = page.locator("#notitie button.cite").nth(0)
            with page.expect_response(lambda r: "/api/passages/" in r.url) as passage:
                cite.click()
            assert passage.value.status == 200
            page.locator("#" + cite.get_attribute("aria-controls")).locator("blockquote").wait_for()

            with page.expect_download() as download:
                page.get_by_role("link", name="Word (DOCX)").click()
            assert Path(download.value.path()).read_bytes().startswith(b"PK"), "a DOCX (zip) file"
            page.reload()
            assert page.get_by_label("API-sleutel").input_value() == key, "kept for this tab"
            assert errors == []
        finally:
            context.close()
