"""The maintainers' page (``/beheer``) in a real browser (Debian's chromium via Playwright)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from evals.questionset import load_set
from ketenwijzer.settings import Settings
from tests.browser.pages import AXE, CHROMIUM, CHROMIUM_ARGS, ask, axe_violations, open_widget, screenshot
from tests.browser.server import thread_server
from tests.test_beheer_api import ADMIN_KEY, DECLINED, beheer_settings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium ontbreekt (apt-get install chromium)"
    ),
]

SCREENS = Path("/work/notes/screens")
TITLE = "De zeilbootmethode"
DOC_ID = "uploads-zeilbootmethode"
SENTENCES = [
    "De zeilbootmethode is een werkvorm waarin ketenpartners hun overleg indelen als een zeiltocht.",
    "Bij de zeilbootmethode bepalen de partners eerst samen de koers en benoemen zij daarna de tegenwind.",
    "De bemanning van de zeilboot staat voor de mensen die het ketenoverleg dragen.",
]


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, corpus_settings: Settings
) -> Iterator[tuple[str, Settings]]:
    """A real server over a copy of the corpus (and of the session's index) with one admin key."""
    settings = beheer_settings(tmp_path_factory.mktemp("beheer-pagina"), seed=corpus_settings)
    with thread_server(settings) as url:
        yield url, settings


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's chromium, headless."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _page(browser: Any, url: str, path: str, width: int = 1280) -> tuple[Any, Any, list[str], list[str]]:
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
    if AXE.exists():
        context.add_init_script(path=str(AXE))
    page = context.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("request", lambda req: requests.append(req.url))
    page.goto(url + path)
    return context, page, errors, requests


@pytest.fixture
def beheer(browser: Any, server: tuple[str, Settings]) -> Iterator[Any]:
    """The maintainers' page at desktop width; fails on JavaScript errors or requests elsewhere."""
    context, page, errors, requests = _page(browser, server[0], "/beheer")
    yield page
    context.close()
    assert errors == []
    assert all(r.startswith(server[0]) or r.startswith("data:") for r in requests), requests


def login(page: Any) -> None:
    """Log in with the admin key and wait until the documents are listed."""
    page.get_by_label("Beheersleutel").fill(ADMIN_KEY)
    page.get_by_role("button", name="Aanmelden").click()
    page.locator("#documenten-rijen tr").first.wait_for()


def assert_axe_clean(page: Any) -> None:
    """axe-core finds no violations."""
    assert AXE.exists(), "axe-core ontbreekt: npm install --prefix .cache/npm axe-core@4"
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"], v["nodes"][:2]) for v in violations]


def make_docx(path: Path) -> None:
    """A small Word document about a made-up working method."""
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=1)
    for sentence in SENTENCES:
        document.add_paragraph(sentence)
    document.save(str(path))


def finished(page: Any) -> int:
    """How many ingest summaries the page has shown."""
    return int(page.locator("#ingest-samenvatting").get_attribute("data-run") or 0)


def wait_for_ingest(page: Any, before: int) -> str:
    """Wait for the next ingest's closing summary (after ``before`` of them); the status text."""
    page.locator(f'#ingest-samenvatting[data-run="{before + 1}"]').wait_for(state="attached", timeout=240_000)
    return str(page.locator("#ingest-status").inner_text())


def summary(page: Any) -> dict[str, str]:
    """The ingest summary as term -> text."""
    terms = page.locator("#ingest-samenvatting dt").all_inner_texts()
    values = page.locator("#ingest-samenvatting dd").all_inner_texts()
    return dict(zip(terms, values, strict=True))


def test_login_upload_ask_and_remove(
    browser: Any, beheer: Any, server: tuple[str, Settings], tmp_path: Path
) -> None:
    """Log in, upload a DOCX with metadata, watch the ingest, get it cited by the widget, remove it."""
    url, settings = server
    assert beheer.locator("#aanmelden").is_visible()
    assert_axe_clean(beheer)
    login(beheer)
    assert beheer.evaluate("() => document.cookie") == ""  # the session cookie is HttpOnly
    assert ADMIN_KEY not in beheer.evaluate("() => JSON.stringify([localStorage, sessionStorage])")
    assert beheer.get_by_label("Beheersleutel").input_value() == ""
    assert_axe_clean(beheer)

    docx_path = tmp_path / "zeilbootmethode.docx"
    make_docx(docx_path)
    beheer.get_by_label("Bestand").set_input_files(str(docx_path))
    beheer.get_by_label("Titel").fill(TITLE)
    beheer.get_by_label("Uitgever (optioneel)").fill("Testwaterschap")
    beheer.get_by_label("Datum (optioneel)").fill("2024-05-01")
    beheer.get_by_label("Soort").select_option("original")
    beheer.evaluate(
        """() => { window.__progress = []; new MutationObserver(() =>
            window.__progress.push(document.getElementById('ingest-status').textContent))
            .observe(document.getElementById('ingest-status'), {childList: true, characterData: true, subtree: true}); }"""
    )
    before = finished(beheer)
    beheer.get_by_role("button", name="Toevoegen en inlezen").click()
    assert wait_for_ingest(beheer, before).startswith("Klaar")
    seen = beheer.evaluate("() => window.__progress")
    assert any(text.startswith("De ingest loopt") for text in seen), seen
    assert summary(beheer)["Toegevoegd"] == DOC_ID
    row = beheer.locator(f'tr[data-doc="{DOC_ID}"]')
    row.wait_for()
    cells = row.locator("td").all_inner_texts()
    assert TITLE in cells[0] and cells[1:4] == ["Testwaterschap", "2024-05-01", "Origineel"]
    assert int(cells[4]) >= 1
    assert (settings.corpus_dir / "uploads" / "zeilbootmethode.docx").is_file()
    assert (settings.corpus_dir / "uploads" / "zeilbootmethode.docx.meta.yaml").is_file()

    context, widget_page, errors, _ = _page(browser, url, "/")
    open_widget(widget_page)
    ask(widget_page, "Wat is de zeilbootmethode?")
    widget_page.locator(".msg.bot[data-state=done]").last.get_by_role("button", name="Bron [1] ").click()
    widget_page.locator(".pv .cited").wait_for()
    assert widget_page.locator("#kw-pv-title").inner_text() == TITLE
    assert widget_page.locator(".pv .cited").get_attribute("data-chunk-id").startswith(DOC_ID + ":")
    context.close()
    assert errors == []

    beheer.once("dialog", lambda dialog: dialog.accept())
    before = finished(beheer)
    beheer.get_by_role("button", name=f"Verwijderen {TITLE}").click()
    assert wait_for_ingest(beheer, before).startswith("Klaar")
    assert summary(beheer)["Verwijderd"] == DOC_ID
    beheer.locator(f'tr[data-doc="{DOC_ID}"]').wait_for(state="detached")
    assert not (settings.corpus_dir / "uploads" / "zeilbootmethode.docx").exists()
    ids = [d["doc_id"] for d in httpx.get(url + "/api/documents").json()]
    assert DOC_ID not in ids


def test_a_thumbs_down_reaches_the_inbox_and_becomes_an_eval_question(
    browser: Any, beheer: Any, server: tuple[str, Settings]
) -> None:
    """A thumbs-down in the widget shows in the inbox; 'Maak een evalvraag' writes a loadable set."""
    url, settings = server
    question = "Wie is verantwoordelijk in een keten?"
    context, widget_page, errors, _ = _page(browser, url, "/")
    open_widget(widget_page)
    ask(widget_page, question)
    widget_page.get_by_role("button", name="Nee, niet nuttig").last.click()
    widget_page.get_by_label("Wat kan er beter? (optioneel)").fill("Het antwoord noemt geen namen.")
    widget_page.get_by_role("button", name="Verstuur feedback").click()
    widget_page.locator(".thanks").wait_for()
    context.close()
    assert errors == []

    login(beheer)
    item = beheer.locator("#feedback-lijst > li", has_text=question)
    item.wait_for()
    assert "Het antwoord noemt geen namen." in item.inner_text()
    assert item.locator("blockquote").count() >= 1  # the answer's cited quotes
    item.get_by_role("button", name="Maak een evalvraag").click()
    beheer.locator("#melding", has_text="Conceptvraag").wait_for()
    drafted = load_set(settings.eval_drafts_file)
    assert question in [q.question for q in drafted.questions]
    item.get_by_role("button", name="Markeer als afgehandeld").click()
    beheer.locator("#feedback-lijst > li.handled", has_text=question).wait_for()
    assert_axe_clean(beheer)


def test_content_gaps_group_declined_questions(beheer: Any, server: tuple[str, Settings]) -> None:
    """Five declined questions on two topics appear as two groups (3 and 2) with their examples."""
    url, settings = server
    for question in DECLINED:
        assert httpx.post(url + "/api/ask", json={"question": question}, timeout=60).json()["abstained"]
    for i, (day, hit) in enumerate([("2026-01-02", 0.8), ("2026-03-04", 0.9)]):
        folder = settings.eval_reports_dir / f"run{i}"
        folder.mkdir(parents=True, exist_ok=True)
        summary = {"hit_at_5": hit, "fact_recall": hit - 0.1, "facts_complete": hit - 0.2}
        report = {"name": f"run {i}", "created_at": f"{day}T10:00:00+00:00", "summary": summary}
        (folder / "report.json").write_text(json.dumps(report), encoding="utf-8")
    login(beheer)
    groups = beheer.locator("#lacunes-lijst > li")
    groups.nth(1).wait_for()
    # Only groups holding these questions count: an earlier test's thumbs-down may form its own group.
    texts = [t for t in groups.all_inner_texts() if any(q in t for q in DECLINED)]
    assert len(texts) == 2
    assert "3 vragen (3 geweigerd" in texts[0] and "2 vragen (2 geweigerd" in texts[1]
    assert all(q in texts[0] for q in DECLINED[:3]) and all(q in texts[1] for q in DECLINED[3:])
    assert "Het vragenlog staat aan" in beheer.locator("#vragenlog").inner_text()
    chart = beheer.locator("#kwaliteit-grafiek svg[role=img]")
    chart.wait_for()
    assert chart.locator("circle").count() == 2 * 3  # two runs, three metrics with values
    assert beheer.locator("#kwaliteit-rijen tr").count() == 2
    assert beheer.get_by_role("link", name="Laatste rapport openen").get_attribute("href").endswith("/report")
    assert_axe_clean(beheer)
    beheer.locator("#lacunes").scroll_into_view_if_needed()
    SCREENS.mkdir(parents=True, exist_ok=True)
    beheer.screenshot(path=str(SCREENS / "beheer.png"), full_page=True)
    screenshot(beheer, "beheer")


def test_narrow_screen_and_keyboard_only(browser: Any, server: tuple[str, Settings]) -> None:
    """At 360 px the page logs in by keyboard alone, does not scroll sideways and is axe-clean."""
    context, page, errors, _ = _page(browser, server[0], "/beheer", width=360)
    assert page.evaluate("() => document.activeElement.id") == "sleutel"  # the login field has focus
    page.keyboard.press("Enter")  # empty: a Dutch error, focus stays in the field
    assert page.locator("#aanmeld-fout").inner_text() == "Vul een beheersleutel in."
    assert page.evaluate("() => document.activeElement.id") == "sleutel"
    page.keyboard.type(ADMIN_KEY)
    page.keyboard.press("Enter")
    page.locator("#documenten-rijen tr").first.wait_for()
    assert page.evaluate("() => document.activeElement.id") == "documenten-kop"
    page.keyboard.press("Tab")  # the table scrolls sideways inside its own focusable region
    assert page.evaluate("() => document.activeElement.getAttribute('aria-label')") == "Tabel met documenten"
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
    assert_axe_clean(page)
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / "beheer-360.png"), full_page=False)
    context.close()
    assert errors == []
