"""The passage view in Chromium, on a small corpus written for it: Markdown shown as structure,
the quote scrolled into view, long URLs wrapped, and the publication named (title, publisher,
date, section) in the chip and the view. The server and index are real (temp dir, loopback).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

from ingest.pipeline import run_ingest
from ketenwijzer.settings import Settings
from tests.browser.pages import (
    AXE,
    CHROMIUM,
    active_element,
    ask,
    axe_violations,
    launch_chromium,
    open_widget,
    shadow_eval,
    widget_page,
)
from tests.browser.server import ARTIFACTS, thread_server
from tests.conftest import make_settings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium ontbreekt (apt-get install chromium)"
    ),
]

LONG_URL = (
    "https://voorbeeld.example.org/documentatie/ketensamenwerking/handleidingen/"
    "weekplanning-van-het-ketenteam-met-alle-ketenpartners-versie-2021-definitief.html"
)
BACKGROUND = " ".join(
    [
        "Het ketenteam van Testland werd opgericht toen de gemeenten, de zorgaanbieders en de politie",
        "merkten dat hun dossiers over dezelfde gezinnen gingen. Eerst spraken de partners alleen af om",
        "elkaar te bellen bij twijfel. Dat bleek niet genoeg, omdat niemand wist wie het overzicht hield.",
        "Daarna kwam er een coördinator, die de eerste jaren vooral bezig was met het bijhouden van",
        "contactlijsten en het plannen van overleggen. De partners evalueerden die aanpak na twee jaar en",
        "vonden dat de gezinnen er te weinig van merkten. Uit die evaluatie kwamen drie lessen: begin klein,",
        "spreek vooraf af wie waarover beslist en houd de lijnen naar de uitvoering kort. Die lessen staan",
        "nog steeds aan het begin van elk nieuw plan, en nieuwe medewerkers lezen ze in hun eerste week.",
    ]
)
DOCUMENT = f"""---
id: testland-ketenteam
title: "Werkwijze van het ketenteam"
publisher: "Ketenbureau Testland"
date: 2021-03-04
language: nl
url: https://voorbeeld.example.org/werkwijze
---
# Werkwijze van het ketenteam

## Achtergrond

{BACKGROUND}

## Weekplanning

Elke week stemt het team de volgende dagen af. Het ketenteam bespreekt elke maandagochtend de *weekplanning* met alle **ketenpartners**.
Bij dat overleg horen vaste onderdelen:

- de nieuwe meldingen van de afgelopen week
- de gezinnen die extra aandacht nodig hebben

De handleiding staat op {LONG_URL} voor wie het wil nalezen. Een regel met <b>html</b> blijft gewone tekst.
"""
QUESTION = "Wanneer bespreekt het ketenteam de weekplanning met de ketenpartners?"


@pytest.fixture(scope="module")
def small_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A one-document corpus, ingested into a temp dir."""
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "testland-ketenteam.md").write_text(DOCUMENT, encoding="utf-8")
    settings = make_settings(tmp_path_factory.mktemp("index"), corpus_dir=Path(corpus))
    report = run_ingest(settings)
    assert not report.errors, [e.message for e in report.errors]
    return settings


@pytest.fixture(scope="module")
def server(small_settings: Settings) -> Iterator[str]:
    """A server over the small corpus."""
    with thread_server(small_settings) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's chromium, headless."""
    with launch_chromium() as chromium:
        yield chromium


def cited_sentence(url: str) -> dict[str, Any]:
    """The citation of the weekly-planning sentence in the server's answer."""
    answer = httpx.post(f"{url}/api/ask", json={"question": QUESTION}, timeout=60).json()
    assert not answer["abstained"], answer
    hits = [c for c in answer["citations"] if "maandagochtend" in c["quote"]]
    assert hits, answer
    return dict(hits[0])


def test_the_passage_is_structured_text_with_the_quote_in_view(browser: Any, server: str) -> None:
    citation = cited_sentence(server)
    with widget_page(browser, server + "/", width=360, height=740) as page:
        open_widget(page)
        ask(page, QUESTION)
        chip = page.locator(f".chip[data-n='{citation['n']}']")
        # publisher and date come from /api/documents after the answer is shown: wait for them
        # (read at once, a loaded machine saw the chip before they arrived)
        expect(chip).to_contain_text("Ketenbureau Testland, 4 maart 2021")
        assert "Werkwijze van het ketenteam — Weekplanning" in chip.inner_text()
        chip.click()
        cited = page.locator(".pv .cited")
        cited.wait_for()
        assert active_element(page)["id"] == "kw-pv-title"
        meta = page.locator(".pv dl").inner_text()
        for fact in ("Uitgever", "Ketenbureau Testland", "Datum", "4 maart 2021", "Sectie", "Weekplanning"):
            assert fact in meta
        box = shadow_eval(
            page,
            """(root) => { const t = root.querySelector('.pv-text'), m = root.querySelector('.pv mark');
                const a = t.getBoundingClientRect(), b = m.getBoundingClientRect();
                return {scrolled: t.scrollTop, visible: b.top >= a.top && b.bottom <= a.bottom,
                        wide: t.scrollWidth - t.clientWidth}; }""",
        )
        assert box["scrolled"] > 0 and box["visible"]  # the quote was below the fold and is now in view
        assert box["wide"] == 0
        text = page.locator(".pv-text").inner_text()
        assert "*" not in text and not any(line.lstrip().startswith("- ") for line in text.split("\n"))
        assert cited.locator("em").inner_text() == "weekplanning"
        assert cited.locator("strong").inner_text() == "ketenpartners"
        assert cited.locator("li").all_inner_texts() == [
            "de nieuwe meldingen van de afgelopen week",
            "de gezinnen die extra aandacht nodig hebben",
        ]
        assert "maandagochtend" in "".join(cited.locator("mark").all_inner_texts())
        link = cited.locator(f"a[href='{LONG_URL}']")
        assert link.inner_text() == LONG_URL
        wraps = link.evaluate(
            """(a) => { const t = a.closest('.pv-text').getBoundingClientRect();
                return [...a.getClientRects()].every(r => r.right <= t.right + 0.5) && a.getClientRects().length > 1; }"""
        )
        assert wraps  # the long URL breaks over lines instead of running out of the view
        assert "<b>html</b>" in cited.inner_text() and cited.locator("b").count() == 0
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "widget-passage-phone.png"))
        if AXE.exists():
            assert axe_violations(page) == []
        page.keyboard.press("Escape")
        assert active_element(page)["cls"] == "chip"
