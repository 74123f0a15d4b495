"""Rendered briefs read back: DOCX (python-docx), PDF (pypdf, pikepdf, pdfua, poppler), HTML, Markdown.

The files of the issue topics and a PNG of the first PDF page are kept under
``test-artifacts/briefs/`` for a person to look at.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest

from assistant.briefs import Brief, compose_brief
from assistant.briefs.render import filename, media_type, render
from assistant.chain import Assistant
from ketenwijzer.errors import InvalidInput
from tests.briefs_helpers import (
    ARTIFACTS,
    DUTCH,
    HEADINGS,
    LONG_URL,
    MARKER,
    docx_paragraphs,
    handmade_brief,
    pdf_fonts,
    pdf_structure,
    pdf_text,
    split_bronnen,
)

TOPICS = ("besluitvorming in ketens", "Vertrouwen in ketensamenwerking")
DIMENSIONS = ["Culturele dimensie", "Relationele dimensie", "Procedurele dimensie", "Inhoudelijke dimensie"]
URL_BREAKS = "/.-?&="


@pytest.fixture(scope="module")
def rendered(assistant: Assistant) -> dict[str, tuple[Brief, dict[str, bytes]]]:
    """Each issue topic's brief in every format, also written to ``test-artifacts/briefs``."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    out = {}
    for topic in TOPICS:
        brief = compose_brief(assistant, topic, aan="Directie Ketenzaken", van="A. Adviseur, team Ketens")
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
    for heading in [*HEADINGS, brief.title, "Samenvatting", "Aan", "Van", "Datum", "Onderwerp"]:
        assert heading in text, heading
    _resolves(*split_bronnen(text), brief)
    fonts = pdf_fonts(data)
    assert fonts and all(fonts.values()), fonts


def test_pdf_keeps_dutch_characters_and_markup_like_text_and_embeds_its_font() -> None:
    data = render(handmade_brief(), "pdf")
    text = " ".join(pdf_text(data).split())
    for word in ("Coöperatie", "ideeën", "reünie", "café", "‘enkele’", "“dubbele”", "coöperatie in ketens",
                 "<script>alert(1)</script>", "Directie Ketenzaken", "1 januari 2026"):  # fmt: skip
        assert word in text, word
    fonts = pdf_fonts(data)
    assert fonts and all(fonts.values()) and all("Libertinus" in name for name in fonts), fonts


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
    assert "&amp;b=1&amp;c=2" in html and "&b=1" not in html
    texts = [t for _, t in docx_paragraphs(render(brief, "docx"))]
    assert any(DUTCH in t for t in texts)
    assert any("<script>alert(1)</script>" in t for t in texts)


def test_unknown_format_is_rejected_in_dutch() -> None:
    with pytest.raises(InvalidInput, match="Onbekend formaat 'odt'. Kies uit: md, docx, pdf, html."):
        render(handmade_brief(), "odt")
    assert media_type("PDF") == "application/pdf"


# -- the memo: header, summary, lists -------------------------------------------------------
def _bullets(brief: Brief) -> list[str]:
    """Each bullet statement as a renderer writes it: label, text and marker."""
    return [
        f"{s.label}: {s.cited()}" if s.label else s.cited()
        for sec in brief.sections
        for s in sec.all_statements()
        if s.bullet
    ]


@pytest.mark.parametrize("topic", TOPICS)
def test_docx_is_an_a4_memo_with_header_word_lists_page_numbers_and_links(rendered: dict, topic: str) -> None:  # type: ignore[type-arg]
    from docx import Document
    from docx.shared import Cm

    brief, files = rendered[topic]
    doc = Document(BytesIO(files["docx"]))
    section = doc.sections[0]
    size = [section.page_width, section.page_height]
    assert [round((m or 0) / Cm(1), 1) for m in size] == [21.0, 29.7]  # A4
    margins = [section.left_margin, section.right_margin, section.top_margin, section.bottom_margin]
    assert all(abs((m or 0) - Cm(2.5)) < Cm(0.01) for m in margins)
    texts = [p.text for p in doc.paragraphs]
    assert texts[1:5] == [f"{k}\t{v}" for k, v in brief.header]
    assert texts[1:3] == ["Aan\tDirectie Ketenzaken", "Van\tA. Adviseur, team Ketens"]
    assert "Opgesteld met" not in "\n".join(texts) and brief.method in texts
    # Bullets are Word list paragraphs (List Bullet), one per bullet statement, in order.
    listed = [p.text for p in doc.paragraphs if p.style is not None and p.style.name == "List Bullet"]
    assert listed and listed == _bullets(brief)
    # Page numbers: PAGE and NUMPAGES fields in the footer.
    footer = section.footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer and "Pagina" in footer
    # Every reference URL is a clickable external hyperlink.
    targets = {r.rId: r.target_ref for r in doc.part.rels.values() if r.reltype.endswith("/hyperlink")}
    body = doc.element.xml
    linked = {targets[rid] for rid in re.findall(r'<w:hyperlink [^>]*r:id="([^"]+)"', body)}
    assert linked == {r.url for r in brief.references if r.url}


@pytest.mark.parametrize("topic", TOPICS)
def test_pdf_is_tagged_accessible_and_passes_the_pdfua_checks(rendered: dict, topic: str) -> None:  # type: ignore[type-arg]
    import pikepdf
    from pdfua import validate

    brief, files = rendered[topic]
    path = ARTIFACTS / filename(brief, "pdf")
    report = validate(str(path))
    assert [f"{f.rule_id}: {f.message}" for f in report.findings] == [] and report.exit_code == 0
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang).startswith("nl")
        assert bool(pdf.Root.MarkInfo.Marked) and bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        assert str(pdf.docinfo.Title) == brief.title
        assert pdf.open_metadata().get("dc:title") == brief.title
    tree = pdf_structure(files["pdf"])
    kinds = [kind for kind, _ in tree]
    assert kinds[:2] == ["/Document", "/Title"]
    assert [t for k, t in tree if k == "/H1"] == ["Samenvatting", *HEADINGS]
    assert [t for k, t in tree if k == "/H2"] == DIMENSIONS
    bullet_blocks = sum(
        1 for sec in brief.sections for s in [sec, *sec.subsections] for b in s.blocks() if b.bullet
    )
    assert kinds.count("/L") == bullet_blocks + 1  # the lists of the body, and Bronnen
    assert kinds.count("/LI") == len(_bullets(brief)) + len(brief.references)
    assert kinds.count("/Link") == sum(1 for r in brief.references if r.url)
    assert "/Figure" not in kinds  # no image, so no alt text to give


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils niet geïnstalleerd")
def test_pdfinfo_reports_tagged_a4_with_title(rendered: dict) -> None:  # type: ignore[type-arg]
    brief, _ = rendered[TOPICS[1]]
    info = subprocess.run(
        ["pdfinfo", str(ARTIFACTS / filename(brief, "pdf"))], capture_output=True, text=True, check=True
    ).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Tagged"].strip() == "yes"
    assert fields["Title"].strip() == brief.title
    assert fields["Page size"].strip().endswith("(A4)")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils niet geïnstalleerd")
def test_long_urls_break_only_after_slash_dot_dash_or_question_mark(tmp_path: Path) -> None:
    brief = handmade_brief()
    url = brief.references[0].url
    assert url and len(url) > 150
    path = tmp_path / "lang.pdf"
    path.write_bytes(render(brief, "pdf"))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines()]
    start = next(i for i, line in enumerate(lines) if "https://" in line)
    pieces = [lines[start][lines[start].index("https://") :]]
    while "".join(pieces) != url:
        pieces.append(lines[start + len(pieces)])
        assert len(pieces) < 10, pieces
    assert len(pieces) > 1, "the URL must be long enough to wrap"
    assert all(piece[-1] in URL_BREAKS for piece in pieces[:-1]), pieces
    assert LONG_URL.startswith("".join(pieces)[:50])


@pytest.mark.parametrize("topic", TOPICS)
def test_html_and_markdown_show_bullets_as_lists_and_sentences_as_paragraphs(
    rendered: dict, topic: str
) -> None:  # type: ignore[type-arg]
    brief, files = rendered[topic]
    html = files["html"].decode()
    kern = html[html.index('<section id="kern">') : html.index('<section id="analyse">')]
    items = re.findall(r"<li>(.*?)</li>", kern)
    kern_statements = brief.sections[1].statements
    assert kern_statements and all(s.bullet for s in kern_statements)
    assert len(items) == len(kern_statements)
    assert '<th scope="row">Aan</th><td>Directie Ketenzaken</td>' in html
    markdown = files["md"].decode()
    assert "**Aan:** Directie Ketenzaken" in markdown and "## Samenvatting" in markdown
    for statement in kern_statements:
        assert f"- {statement.cited()}" in markdown
    paragraphs = [s for sec in brief.sections for s in sec.all_statements() if not s.bullet]
    for statement in paragraphs:
        assert f"- {statement.cited()}" not in markdown and statement.cited() in markdown
    assert "Opgesteld met" not in markdown and brief.method in markdown


def test_references_name_title_once_and_say_when_there_is_no_url() -> None:
    brief = handmade_brief()
    first, second = brief.references
    assert first.where() == "Titel ë — Deel"  # '1 Titel ë' is the document's own title, not a section
    assert second.where() == "Los verslag"
    assert second.label().endswith("Geen webadres bekend.")
    markdown = render(brief, "md").decode()
    assert "[2] Los verslag. uitgever onbekend. datum onbekend. Geen webadres bekend." in markdown
    html = render(brief, "html").decode()
    assert "Geen webadres bekend." in html
    texts = [t for _, t in docx_paragraphs(render(brief, "docx"))]
    assert any(t.startswith("[2] Los verslag") and t.endswith("Geen webadres bekend.") for t in texts)
    assert "Geen webadres bekend." in pdf_text(render(brief, "pdf"))
