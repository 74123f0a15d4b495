"""The widget's conversation tools in Chromium against a real server: markers, stop, retry, copy,
the confirmation before a new conversation, example questions and where the view rests.

The stop test paces a real ``/api/chat`` stream with ``StreamGate`` (the server's own answer,
held after its first pieces) so the button is pressed while the answer is still coming in.
The retry test makes the network fail for real: Playwright aborts the request.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ketenwijzer.settings import Settings
from tests.browser.pages import (
    AXE,
    CHROMIUM,
    active_element,
    ask,
    axe_violations,
    launch_chromium,
    open_widget,
    session_id,
    shadow_eval,
    tab_through,
    widget_page,
)
from tests.browser.server import StreamGate, free_port, gated_server, static_site

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium ontbreekt (apt-get install chromium)"
    ),
]

QUESTION = "Wat doet een ketenmanager?"
SECOND = "Wat is een ketenregisseur?"
ADVICE = "Waar moet ik op letten bij het opzetten van een keten?"
COMPARISON = "Wat is het verschil tussen een ketenmanager en een ketenregisseur?"
INTRANET_PORT = free_port()


@pytest.fixture(scope="module")
def gate() -> StreamGate:
    """The pace of ``/api/chat`` streams; released unless a test holds it."""
    gate = StreamGate(after=3)
    gate.release()
    return gate


@pytest.fixture(scope="module")
def server(corpus_settings: Settings, gate: StreamGate) -> Iterator[str]:
    """One server over the session's index whose chat streams can be held at the gate."""
    # many questions in one module: the rate limit (tested on its own) stays out of the way
    quiet = corpus_settings.model_copy(update={"rate_limit_per_minute": 0})
    with gated_server(quiet, gate, cors_origins=[f"http://localhost:{INTRANET_PORT}"]) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's chromium, headless."""
    with launch_chromium() as chromium:
        yield chromium


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    """The demo page at desktop size, clipboard allowed."""
    with widget_page(browser, server + "/", permissions=["clipboard-read", "clipboard-write"]) as page:
        yield page


def answer_of(url: str, question: str) -> dict[str, Any]:
    """What /api/ask answers (the extractive generator is deterministic)."""
    body: dict[str, Any] = httpx.post(f"{url}/api/ask", json={"question": question}, timeout=60).json()
    return body


def markdown_blocks(text: str) -> list[tuple[str, str]]:
    """The answer's Markdown subset as (kind, text) blocks: ('p', …) and ('li', …), markup removed."""
    blocks: list[tuple[str, str]] = []
    for block in re.split(r"\n[ \t]*\n", text):
        para: list[str] = []
        for line in block.split("\n"):
            bullet = re.match(r"^\s*[-•]\s+(.*)$", line)
            if bullet or not line.strip():
                if para:
                    blocks.append(("p", " ".join(para)))
                    para = []
                if bullet:
                    blocks.append(("li", bullet.group(1).strip()))
            else:
                para.append(line.strip())
        if para:
            blocks.append(("p", " ".join(para)))
    return [(kind, re.sub(r"\*\*(.+?)\*\*", r"\1", body)) for kind, body in blocks]


def rendered_blocks(bot: Any) -> list[tuple[str, str]]:
    """The rendered answer's paragraphs and list items, as (kind, text)."""
    blocks: list[list[str]] = bot.evaluate(
        """(node) => [...node.querySelectorAll('.text > p, .text > ul > li')].map(e =>
            [e.tagName === 'P' ? 'p' : 'li', e.innerText.replace(/\\n/g, ' ').trim()])"""
    )
    return [(kind, text) for kind, text in blocks]


def test_markdown_answers_and_every_marker_opens_its_passage(page: Any, server: str) -> None:
    open_widget(page)
    shapes = set()
    for question in (QUESTION, ADVICE, COMPARISON):
        expected = answer_of(server, question)
        ask(page, question)
        bot = page.locator(".msg.bot[data-state=done]").last
        assert rendered_blocks(bot) == markdown_blocks(expected["answer"])
        bold = re.findall(r"\*\*(.+?)\*\*", expected["answer"])
        assert bot.locator(".text strong").all_inner_texts() == bold
        assert "**" not in bot.locator(".text").inner_text()
        shapes |= {kind for kind, _ in markdown_blocks(expected["answer"])} | ({"bold"} if bold else set())
        by_n: dict[int, dict[str, Any]] = {}
        for c in expected["citations"]:
            by_n.setdefault(c["n"], c)
        markers = bot.locator("button.marker")
        numbers = [int(n) for n in re.findall(r"\[(\d+)\]", expected["answer"]) if int(n) in by_n]
        assert [int(m.get_attribute("data-n")) for m in markers.all()] == numbers
        for m in markers.all():
            c = by_n[int(m.get_attribute("data-n"))]
            name = m.get_attribute("aria-label")
            assert name.startswith(f"Bron {c['n']}: ") and c["title"] in name
            section = " ".join(c["section"].split(" > ")[-1].split())  # NBSP and runs of spaces as one
            assert section in name or section == " ".join(c["title"].split())
    assert shapes >= {"p", "li", "bold"}  # advice answers are bullets, comparisons have bold labels

    last = page.locator(".msg.bot[data-state=done]").first.locator("button.marker").last
    n = int(last.get_attribute("data-n"))
    cited = [c for c in answer_of(server, QUESTION)["citations"] if c["n"] == n]
    last.click()
    page.locator(".pv .cited").wait_for()
    assert page.locator(".pv .cited").get_attribute("data-chunk-id") == cited[0]["chunk_id"]
    assert (
        "".join(page.locator(".pv mark").all_inner_texts()).split()
        == " ".join(c["quote"] for c in cited).split()
    )
    assert page.locator(".pv .kicker").inner_text() == f"Bron {n}"
    page.keyboard.press("Escape")
    assert active_element(page)["cls"] == "marker" and active_element(page)["n"] == str(n)


def test_citations_of_one_document_are_told_apart(page: Any, server: str) -> None:
    expected = answer_of(server, QUESTION)
    docs = [c["doc_id"] for c in {c["n"]: c for c in expected["citations"]}.values()]
    assert len(docs) > len(set(docs))  # this answer cites one document more than once
    open_widget(page)
    ask(page, QUESTION)
    bot = page.locator(".msg.bot[data-state=done]").last
    chips = [t.replace("\n", " ") for t in bot.locator(".chip .cut:not(.pub)").all_inner_texts()]
    names = {m.get_attribute("aria-label") for m in bot.locator("button.marker").all()}
    assert len(set(chips)) == len(chips) == len(docs)
    assert len(names) == len(docs)
    publisher = httpx.get(f"{server}/api/documents/{docs[0]}", timeout=30).json()["metadata"]["publisher"]
    assert all(publisher in t for t in bot.locator(".chip .pub").all_inner_texts())
    assert all(re.search(r"\b\d{1,2} \w+ \d{4}\b", t) for t in bot.locator(".chip .pub").all_inner_texts())


def _settled_text(text: Any, page: Any, reads: int = 100) -> str:
    """The inner text of ``text`` once two reads a quarter second apart agree (at most ``reads`` reads)."""
    before = text.inner_text().strip()
    for _ in range(reads):
        page.wait_for_timeout(250)
        now = text.inner_text().strip()
        if now == before:
            return now
        before = now
    return before


def test_stop_ends_the_stream_and_marks_the_answer(page: Any, server: str, gate: StreamGate) -> None:
    expected = answer_of(server, QUESTION)["answer"]
    open_widget(page)
    gate.released.clear()
    gate.held.clear()
    try:
        page.locator("#kw-input").fill(QUESTION)
        page.locator("#kw-input").press("Enter")
        page.locator(".msg.bot[data-state=streaming]:not(.pending)").wait_for()
        stop = page.get_by_role("button", name="Stop het antwoord")
        assert stop.inner_text() == "Stop"
        # the gate holds the stream; what was sent before it may still be rendering (under load the text
        # read grew by a few words before the stop): read it once it no longer changes
        assert gate.held.wait(60)
        partial = _settled_text(page.locator(".msg.bot .text").last, page)
        stop.click()
        stopped = page.locator(".msg.bot[data-state=stopped]")
        stopped.wait_for()
    finally:
        gate.release()
    assert stopped.locator(".stop-note").inner_text() == "Gestopt: dit antwoord is onvolledig."
    shown = stopped.locator(".text").inner_text().strip()
    assert shown == partial and expected.startswith(shown) and len(shown) < len(expected)
    assert stopped.locator(".chip").count() == 0
    assert page.get_by_role("button", name="Verstuur").is_visible()
    ask(page, SECOND)  # the widget is free again, and the stopped answer stays as it was
    assert stopped.locator(".text").inner_text().strip() == shown
    assert page.locator(".msg.bot[data-state=done]").count() == 1
    page.reload()  # the stopped answer is kept as stopped in the conversation
    open_widget(page)
    again = page.locator(".msg.bot[data-state=stopped]")
    assert again.locator(".text").inner_text().strip() == shown
    assert again.locator(".stop-note").inner_text() == "Gestopt: dit antwoord is onvolledig."


def test_retry_after_a_network_error_keeps_the_question(page: Any, server: str) -> None:
    expected = answer_of(server, QUESTION)
    open_widget(page)
    page.route("**/api/chat", lambda route: route.abort("internetdisconnected"))
    page.locator("#kw-input").fill(QUESTION)
    page.locator("#kw-input").press("Enter")
    failed = page.locator(".msg.bot[data-state=error]")
    failed.wait_for()
    assert "verbinding met Ketenwijzer is mislukt" in failed.inner_text()
    assert page.locator("#kw-input").input_value() == QUESTION  # nothing typed is lost
    page.unroute("**/api/chat")
    failed.get_by_role("button", name="Opnieuw proberen").click()
    page.locator(".msg.bot[data-state=done]").wait_for()
    assert page.locator(".msg.user").count() == 1 and page.locator(".msg.bot.error").count() == 0
    assert page.locator("#kw-input").input_value() == ""
    assert rendered_blocks(page.locator(".msg.bot[data-state=done]")) == markdown_blocks(expected["answer"])


def expected_copy(url: str, answer: dict[str, Any]) -> tuple[str, list[str]]:
    """The answer text as copied (bold markers dropped) and the numbered source lines' starts."""
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", answer["answer"]).strip()
    firsts = {c["n"]: c for c in reversed(answer["citations"])}
    return text, [f"[{n}] " for n in sorted(firsts)]


def test_copy_puts_the_answer_and_numbered_sources_on_the_clipboard(page: Any, server: str) -> None:
    answer = answer_of(server, QUESTION)
    open_widget(page)
    ask(page, QUESTION)
    page.get_by_role("button", name="Kopieer het antwoord met de bronnen").click()
    page.get_by_text("Het antwoord en de bronnen zijn gekopieerd.").wait_for()
    copied = page.evaluate("() => navigator.clipboard.readText()")
    text, sources = expected_copy(server, answer)
    head, _, tail = copied.partition("\n\nBronnen:\n")
    assert head == text
    lines = tail.split("\n")
    assert [line[: len(s)] for line, s in zip(lines, sources, strict=True)] == sources
    for line in lines:
        n = int(line[1 : line.index("]")])
        cited = next(c for c in answer["citations"] if c["n"] == n)
        assert cited["title"] in line and line.endswith(cited["url"])


def test_copy_falls_back_without_the_clipboard_api(browser: Any, server: str) -> None:
    answer = answer_of(server, QUESTION)
    with widget_page(browser, server + "/") as page:
        page.evaluate(
            """() => { Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined});
                document.addEventListener('copy', (e) => { const t = e.composedPath()[0];
                    window.__copied = t.value.slice(t.selectionStart, t.selectionEnd); }); }"""
        )
        open_widget(page)
        ask(page, QUESTION)
        copy = page.get_by_role("button", name="Kopieer het antwoord met de bronnen")
        copy.click()
        page.get_by_text("Het antwoord en de bronnen zijn gekopieerd.").wait_for()
        copied = page.evaluate("() => window.__copied")
        text, sources = expected_copy(server, answer)
        assert copied.startswith(text + "\n\nBronnen:\n[1] ")
        assert copied.count("\n[") == len(sources)
        assert active_element(page)["cls"] == "copy"  # focus returns to the button


def test_new_conversation_asks_before_wiping(page: Any) -> None:
    open_widget(page)
    new = page.get_by_role("button", name="Nieuw gesprek")
    new.click()  # nothing to lose yet: no question
    assert page.get_by_role("alertdialog").count() == 0
    ask(page, QUESTION)
    first = session_id(page)
    new.click()
    dialog = page.get_by_role("alertdialog")
    assert "Het huidige gesprek wordt gewist" in dialog.inner_text()
    assert active_element(page)["cls"] == "no"
    assert shadow_eval(
        page, "(root) => [root.querySelector('.chat').inert, root.querySelector('.head').inert]"
    ) == [
        True,
        True,
    ]
    cycle = tab_through(page, 4)
    assert {r["name"] for r in cycle if r} == {"Annuleren", "Ja, wis het gesprek"}
    if AXE.exists():
        assert axe_violations(page) == []
    page.keyboard.press("Escape")
    assert dialog.count() == 0 and active_element(page)["cls"] == "hbtn"
    assert page.locator(".msg.user").count() == 1 and session_id(page) == first
    new.click()
    page.get_by_role("button", name="Annuleren").click()
    assert page.locator(".msg.user").count() == 1
    new.click()
    page.get_by_role("button", name="Ja, wis het gesprek").click()
    assert page.locator(".msg.user").count() == 0 and session_id(page) is None
    assert active_element(page)["id"] == "kw-input"
    assert page.locator(".example").count() == 4


def test_example_questions_in_the_empty_state(page: Any, server: str) -> None:
    open_widget(page)
    examples = page.locator("button.example")
    assert 3 <= examples.count() <= 4
    question = examples.nth(1).inner_text()
    expected = answer_of(server, question)
    examples.nth(1).click()
    page.locator(".msg.bot[data-state=done]").wait_for()
    assert page.locator(".msg.user").inner_text().endswith(question)
    assert rendered_blocks(page.locator(".msg.bot[data-state=done]")) == markdown_blocks(expected["answer"])
    assert examples.count() == 0  # the empty state is gone once the conversation starts
    assert active_element(page)["id"] == "kw-input"


@pytest.mark.parametrize(
    ("attribute", "expected"),
    [
        ('data-examples=\'["Wat is een keten?", "Wie is de baas?", "Hoe werkt een ketenkaart?"]\'', 3),
        ('data-examples="Wat is een keten? | Wie is de baas?|Wat is ketenregie?"', 3),
        ('data-examples=""', 0),
    ],
)
def test_examples_are_configurable(browser: Any, server: str, attribute: str, expected: int) -> None:
    html = (
        "<!doctype html><html lang='nl'><head><title>Intranet</title></head><body><main><h1>Intranet</h1></main>"
        f"<script src='{server}/widget.js' {attribute} defer></script></body></html>"
    )
    with static_site(INTRANET_PORT, html) as intranet, widget_page(browser, intranet + "/") as page:
        open_widget(page)
        texts = page.locator("button.example").all_inner_texts()
        assert len(texts) == expected
        if expected:
            assert texts[:2] == ["Wat is een keten?", "Wie is de baas?"]
            page.locator("button.example").nth(2).click()
            page.locator(".msg.bot[data-state=done]").wait_for()
            assert page.locator(".msg.user").inner_text().endswith(texts[2])


def test_the_question_and_the_start_of_the_answer_stay_in_view(browser: Any, server: str) -> None:
    with widget_page(browser, server + "/", width=360, height=740) as page:
        open_widget(page)
        ask(page, QUESTION)
        for question in (SECOND, QUESTION):
            ask(page, question)
            view = shadow_eval(
                page,
                """(root) => { const log = root.querySelector('.log').getBoundingClientRect();
                    const q = [...root.querySelectorAll('.msg.user')].pop().getBoundingClientRect();
                    const a = [...root.querySelectorAll('.msg.bot')].pop().querySelector('.text p, .text li')
                        .getBoundingClientRect();
                    return {q: q.top >= log.top && q.bottom <= log.bottom,
                            a: a.top >= log.top && a.top + 20 <= log.bottom}; }""",
            )
            assert view == {"q": True, "a": True}
        last = page.locator(".msg.bot[data-state=done]").last
        for target in (last.locator(".chip").last, last.get_by_role("button", name="Nee, niet nuttig")):
            target.focus()
            assert target.evaluate(
                """(el) => { const r = el.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
                    let hit = document.elementFromPoint(x, y); if (hit && hit.shadowRoot) hit = hit.shadowRoot.elementFromPoint(x, y);
                    return el.contains(hit); }"""
            )


@pytest.mark.skipif(not AXE.exists(), reason=f"{AXE} ontbreekt: npm install --prefix .cache/npm axe-core@4")
def test_axe_on_the_new_states(page: Any, server: str, gate: StreamGate) -> None:
    open_widget(page)
    assert axe_violations(page) == []  # the empty state with examples
    gate.released.clear()
    try:
        page.locator("#kw-input").fill(QUESTION)
        page.locator("#kw-input").press("Enter")
        page.locator(".msg.bot[data-state=streaming]:not(.pending)").wait_for()
        assert axe_violations(page) == []  # streaming, with the stop button
        page.get_by_role("button", name="Stop het antwoord").click()
        page.locator(".msg.bot[data-state=stopped]").wait_for()
    finally:
        gate.release()
    page.route("**/api/chat", lambda route: route.abort("internetdisconnected"))
    page.locator("#kw-input").fill(SECOND)
    page.locator("#kw-input").press("Enter")
    page.locator(".msg.bot[data-state=error]").wait_for()
    page.unroute("**/api/chat")
    assert axe_violations(page) == []  # stopped and failed answers, retry button


def test_the_answer_says_what_it_read_the_question_as(page: Any, server: str) -> None:
    open_widget(page)
    ask(page, QUESTION)
    assert page.locator(".msg.bot[data-state=done]").last.locator(".read").count() == 0
    # a typing slip is read as the corpus's word, and the reader sees so
    ask(page, "wat is een ketenmanger")
    bot = page.locator(".msg.bot[data-state=done]").last
    assert bot.locator(".read").inner_text() == "Opgevat als: wat is een ketenmanager"
    assert bot.get_attribute("data-abstained") == "false"
    # a follow-up: the topic it carried is shown
    ask(page, "En wat zegt Morgens daarover?")
    read = page.locator(".msg.bot[data-state=done]").last.locator(".read").inner_text()
    assert read.startswith("Opgevat als: ") and "ketenmanager" in read
