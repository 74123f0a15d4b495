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


LONG_URL = (
    "https://www.noraonline.nl/wiki/Ketensturing/Het_besturen_van_ketens/Relationele_dimensie_samen_of_solo"
    "?actie=bekijken&onderdeel=vertrouwen-tussen-ketenpartners&versie=2013-07-15&taal=nl"
)


def handmade_brief(topic: str = "coöperatie in ketens") -> Brief:
    """A small memo with Dutch characters, quotes, markup-like text, a list, a paragraph and a long URL."""
    citation = Citation(n=1, doc_id="doc", title="Titel", quote=DUTCH, chunk_id="doc:0")
    second = Citation(n=2, doc_id="los", title="Los", quote="Zonder adres.", chunk_id="los:0")
    statement = Statement(text=DUTCH + ".", citation=citation)
    risky = Statement(text="Gebruik <script>alert(1)</script> & “tags” niet.", citation=citation, bullet=True)
    plain = Statement(text="Een tweede punt zonder webadres.", citation=second, bullet=True)
    sections = [
        BriefSection(key="aanleiding", heading=HEADINGS[0], statements=[statement]),
        BriefSection(key="kern", heading=HEADINGS[1], statements=[risky, plain]),
        BriefSection(key="analyse", heading=HEADINGS[2], subsections=[
            BriefSection(key="analyse-x", heading="Relationele dimensie", level=2, note="Hierover niets.")]),
        BriefSection(key="risicos", heading=HEADINGS[3], note="Hierover bevatten de bronnen geen informatie."),
        BriefSection(key="aanbevelingen", heading=HEADINGS[4], note="Hierover bevatten de bronnen geen informatie."),
    ]  # fmt: skip
    references = [
        Reference(n=1, doc_id="doc", title="Titel ë", section="1 Titel ë > Deel", publisher="NORA",
                  date="2013-07-15", url=LONG_URL + "&b=1&c=2", chunk_id="doc:0"),
        Reference(n=2, doc_id="los", title="Los verslag", section="Los verslag", chunk_id="los:0"),
    ]  # fmt: skip
    summary = [risky.model_copy(update={"label": "Kern", "bullet": False})]
    return Brief(topic=topic, question=f"Waar moet ik op letten bij {topic}?", question_derived=True,
                 aan="Directie Ketenzaken", van="A. Adviseur", title=f"Notitie: {topic}", date="2026-01-01",
                 governance=True, summary=summary, sections=sections, references=references)  # fmt: skip


def docx_paragraphs(data: bytes) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph of a .docx."""
    from docx import Document

    return [(p.style.name if p.style is not None else "", p.text) for p in Document(BytesIO(data)).paragraphs]


def pdf_text(data: bytes) -> str:
    """The text of every page of a PDF (pypdf)."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages)


def pdf_fonts(data: bytes) -> dict[str, bool]:
    """Every font a PDF uses, with whether its program is embedded (Type0 fonts: their descendant)."""
    from pypdf import PdfReader

    out: dict[str, bool] = {}
    for page in PdfReader(BytesIO(data)).pages:
        resources: Any = page["/Resources"].get_object()
        fonts = resources.get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            described = font
            if font.get("/Subtype") == "/Type0":
                described = font["/DescendantFonts"][0].get_object()
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            out[str(font.get("/BaseFont"))] = embedded
    return out


def pdf_structure(data: bytes) -> list[tuple[str, str]]:
    """The PDF's structure tree in reading order: (structure type, its /T or /Alt text) per element."""
    import pikepdf

    out: list[tuple[str, str]] = []

    def walk(node: Any) -> None:
        if isinstance(node, pikepdf.Array):
            for kid in node:
                walk(kid)
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            out.append((str(node.S), str(node.get("/T", node.get("/Alt", "")))))
            if "/K" in node:
                walk(node.K)

    with pikepdf.open(BytesIO(data)) as pdf:
        root = pdf.Root.get("/StructTreeRoot")
        if root is not None and "/K" in root:
            walk(root.K)
    return out


def split_bronnen(text: str) -> tuple[str, str]:
    """(body, references) of a rendered brief's text, split at the last 'Bronnen' heading."""
    at = text.rfind("Bronnen")
    assert at > 0, "geen kop 'Bronnen'"
    return text[:at], text[at:]
