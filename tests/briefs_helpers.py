"""Helpers shared by the brief tests: a hand-made brief and readers for rendered files."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path
from typing import Any

from assistant.briefs.model import Brief, BriefSection, Reference, Statement
from ketenwijzer.models import Citation

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "briefs"
HEADINGS = ["Aanleiding en vraag", "Kern", "Analyse", "Aandachtspunten en risico's",
            "Handelingsperspectief / aanbevelingen", "Bronnen"]  # fmt: skip
DUTCH = "Coöperatie, ideeën, reünie, café en ‘enkele’ en “dubbele” aanhalingstekens"
MARKER = re.compile(r"\[(\d+)\]")


def handmade_brief(topic: str = "coöperatie in ketens") -> Brief:
    """A small brief with Dutch characters, quotes and markup-like text, built without the index."""
    citation = Citation(n=1, doc_id="doc", title="Titel", quote=DUTCH, chunk_id="doc:0")
    statement = Statement(text=DUTCH + ".", citation=citation)
    risky = Statement(text="Gebruik <script>alert(1)</script> & “tags” niet.", citation=citation)
    sections = [
        BriefSection(key="aanleiding", heading=HEADINGS[0], intro=[f"Onderwerp: {topic}."], statements=[statement]),
        BriefSection(key="kern", heading=HEADINGS[1], statements=[risky]),
        BriefSection(key="analyse", heading=HEADINGS[2], subsections=[
            BriefSection(key="analyse-x", heading="Relationele dimensie", level=2, note="Hierover niets.")]),
        BriefSection(key="risicos", heading=HEADINGS[3], note="Hierover bevatten de bronnen geen informatie."),
        BriefSection(key="aanbevelingen", heading=HEADINGS[4], note="Hierover bevatten de bronnen geen informatie."),
    ]  # fmt: skip
    reference = Reference(n=1, doc_id="doc", title="Titel ë", section="1 Titel ë > Deel", publisher="NORA",
                          date="2013-07-15", url="https://example.org/a?b=1&c=2")  # fmt: skip
    return Brief(topic=topic, title=f"Notitie: {topic}", date="2026-01-01", governance=True,
                 sections=sections, references=[reference])  # fmt: skip


def docx_paragraphs(data: bytes) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph of a .docx."""
    from docx import Document

    return [(p.style.name if p.style is not None else "", p.text) for p in Document(BytesIO(data)).paragraphs]


def pdf_text(data: bytes) -> str:
    """The text of every page of a PDF (pypdf)."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages)


def pdf_fonts(data: bytes) -> dict[str, bool]:
    """Every font a PDF uses, with whether its program is embedded."""
    from pypdf import PdfReader

    out: dict[str, bool] = {}
    for page in PdfReader(BytesIO(data)).pages:
        resources: Any = page["/Resources"].get_object()
        fonts = resources.get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            out[str(font.get("/BaseFont"))] = embedded
    return out


def split_bronnen(text: str) -> tuple[str, str]:
    """(body, references) of a rendered brief's text, split at the last 'Bronnen' heading."""
    at = text.rfind("Bronnen")
    assert at > 0, "geen kop 'Bronnen'"
    return text[:at], text[at:]
