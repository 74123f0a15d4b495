"""Rendered briefs read back: DOCX (python-docx), PDF (pypdf, embedded font), HTML and Markdown.

The files of the two issue topics and a PNG of the first PDF page are kept under
``test-artifacts/briefs/`` for a person to look at.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from assistant.briefs import Brief, compose_brief
from assistant.briefs.render import filename, media_type, render
from assistant.chain import Assistant
from ketenwijzer.errors import InvalidInput
from tests.briefs_helpers import (
    ARTIFACTS,
    DUTCH,
    HEADINGS,
    MARKER,
    docx_paragraphs,
    handmade_brief,
    pdf_fonts,
    pdf_text,
    split_bronnen,
)

TOPICS = ("besluitvorming in ketens", "vertrouwen tussen ketenpartners")


@pytest.fixture(scope="module")
def rendered(assistant: Assistant) -> dict[str, tuple[Brief, dict[str, bytes]]]:
    """Each issue topic's brief in every format, also written to ``test-artifacts/briefs``."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    out = {}
    for topic in TOPICS:
        brief = compose_brief(assistant, topic)
        files = {fmt: render(brief, fmt) for fmt in ("md", "docx", "pdf", "html")}
        for fmt, data in files.items():
            (ARTIFACTS / filename(brief, fmt)).write_bytes(data)
        out[topic] = (brief, files)
    return out


def _resolves(body: str, refs: str, brief: Brief) -> None:
    used = {int(n) for n in MARKER.findall(body)}
    listed = {int(n) for n in MARKER.findall(refs)}
    assert used, "geen [n] in de tekst"
    assert used <= listed, f"[n] zonder bron: {sorted(used - listed)}"
    assert listed == {r.n for r in brief.references}


@pytest.mark.parametrize("topic", TOPICS)
def test_docx_has_word_headings_and_resolvable_references(rendered: dict, topic: str) -> None:  # type: ignore[type-arg]
    brief, files = rendered[topic]
    paragraphs = docx_paragraphs(files["docx"])
    styled = {text: style for style, text in paragraphs if style.startswith(("Heading", "Title"))}
    assert styled[brief.title] == "Title"
    for heading in HEADINGS:
        assert styled.get(heading) == "Heading 1", heading
    assert styled.get("Relationele dimensie") == "Heading 2"
    texts = [t for _, t in paragraphs]
    at = texts.index("Bronnen")
    _resolves("\n".join(texts[:at]), "\n".join(texts[at:]), brief)
    assert all(t.startswith(f"[{r.n}] ") for t, r in zip(texts[at + 1 :], brief.references, strict=True))


@pytest.mark.parametrize("topic", TOPICS)
def test_pdf_reads_back_with_headings_resolvable_references_and_embedded_font(
    rendered: dict,  # type: ignore[type-arg]
    topic: str,
) -> None:
    brief, files = rendered[topic]
    data = files["pdf"]
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    for heading in [*HEADINGS, brief.title]:
        assert heading in text, heading
    _resolves(*split_bronnen(text), brief)
    fonts = pdf_fonts(data)
    assert fonts and all(fonts.values()), fonts


def test_pdf_keeps_dutch_characters_and_embeds_its_font() -> None:
    data = render(handmade_brief(), "pdf")
    text = " ".join(pdf_text(data).split())
    for word in ("Coöperatie", "ideeën", "reünie", "café", "‘enkele’", "“dubbele”", "coöperatie in ketens"):
        assert word in text, word
    fonts = pdf_fonts(data)
    assert all(fonts.values()) and all("Vera" in name for name in fonts), fonts


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils niet geïnstalleerd")
def test_pdffonts_reports_every_font_embedded(rendered: dict) -> None:  # type: ignore[type-arg]
    brief, _ = rendered[TOPICS[0]]
    path = ARTIFACTS / filename(brief, "pdf")
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    rows = [line.split() for line in lines[2:]]
    assert rows and all(r[-5] == "yes" for r in rows), lines  # the 'emb' column
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(path), str(ARTIFACTS / brief.slug())],
            check=True,
        )
        assert list(ARTIFACTS.glob(f"{brief.slug()}*.png"))


@pytest.mark.parametrize("topic", TOPICS)
def test_markdown_and_html_resolve_every_marker(rendered: dict, topic: str) -> None:  # type: ignore[type-arg]
    brief, files = rendered[topic]
    md = files["md"].decode()
    for heading in HEADINGS:
        assert f"\n## {heading}\n" in md
    _resolves(*split_bronnen(md), brief)
    html = files["html"].decode()
    assert html.startswith("<!DOCTYPE html>") and '<html lang="nl">' in html
    for n in {s.n for s in brief.statements()}:
        assert f'href="#bron-{n}"' in html and f'id="bron-{n}"' in html


def test_html_escapes_everything_and_docx_keeps_dutch_text() -> None:
    brief = handmade_brief()
    html = render(brief, "html").decode()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "https://example.org/a?b=1&amp;c=2" in html
    texts = [t for _, t in docx_paragraphs(render(brief, "docx"))]
    assert any(DUTCH in t for t in texts)
    assert any("<script>alert(1)</script>" in t for t in texts)


def test_unknown_format_is_rejected_in_dutch() -> None:
    with pytest.raises(InvalidInput, match="Onbekend formaat 'odt'. Kies uit: md, docx, pdf, html."):
        render(handmade_brief(), "odt")
    assert media_type("PDF") == "application/pdf"
