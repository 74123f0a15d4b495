"""A brief as a tagged, accessible PDF (PDF/UA-1), typeset by Typst (the ``typst`` package).

Why Typst: reportlab (open-source edition) and fpdf2 write no structure tree for text, so their
PDFs are untagged and a screen reader gets no headings or lists. The ``typst`` wheel bundles
the Typst compiler; with ``pdf_standards="ua-1"`` it writes a structure tree (title, H1/H2,
lists L/LI, paragraphs, links), marks the page footer as an artifact, sets ``/Lang nl`` from
``text(lang: "nl")`` and the title in the metadata, and refuses to build a PDF that breaks
PDF/UA-1's machine-checkable rules. The brief goes in as JSON (``sys.inputs``) and the
template (``memo.typ``) places every value as a string, so text is never read as markup.

Fonts: only the fonts inside the wheel are used (Libertinus Serif; system fonts ignored), so
the PDF looks the same on every machine and every font is embedded. The brief has no
images; an image added to the template needs ``image(..., alt: "…")``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.briefs.model import Brief, BriefSection, Reference, Statement

TEMPLATE = Path(__file__).with_name("memo.typ")
PDF_STANDARD = "ua-1"
_URL_BREAKS = re.compile(r"(?<=[/.\-?&=])")


def url_pieces(url: str) -> list[str]:
    """``url`` cut after each '/', '.', '-', '?', '&' or '=': the only places it may wrap."""
    return [piece for piece in _URL_BREAKS.split(url) if piece]


def _item(statement: Statement) -> dict[str, Any]:
    return {"label": statement.label, "text": statement.cited()}


def _parts(section: BriefSection) -> list[dict[str, Any]]:
    """The section and its subsections, flattened in reading order."""
    intro = [{"bullet": False, "items": [{"label": None, "text": line}]} for line in section.intro]
    blocks = [{"bullet": b.bullet, "items": [_item(s) for s in b.statements]} for b in section.blocks()]
    part = {
        "heading": section.heading,
        "level": section.level,
        "note": section.note,
        "blocks": intro + blocks,
    }
    return [part, *(p for sub in section.subsections for p in _parts(sub))]


def pdf_data(brief: Brief) -> dict[str, Any]:
    """The JSON the template reads: every text of the brief, ready to place."""
    question = "Vraag (afgeleid van het onderwerp)" if brief.question_derived else "Vraag"
    summary = [{"label": question, "text": brief.question}] if brief.question else []
    return {
        "title": brief.title,
        "keywords": ["ketensamenwerking", brief.topic],
        "footer": f"{brief.title} · concept",
        "header": [list(pair) for pair in brief.header],
        "notice": brief.notice,
        "method": brief.method,
        "summary": summary + [_item(s) for s in brief.summary],
        "parts": [p for section in brief.sections for p in _parts(section)],
        "references": [_reference(r) for r in brief.references],
    }


def _reference(ref: Reference) -> dict[str, Any]:
    """A reference line; only an http(s) URL becomes a link (anything else stays text)."""
    if ref.url and ref.url.lower().startswith(("http://", "https://")):
        return {"n": ref.n, "text": ref.text_without_url(), "url": ref.url, "url_pieces": url_pieces(ref.url)}
    return {"n": ref.n, "text": ref.label(), "url": None, "url_pieces": []}


@lru_cache(maxsize=1)
def _template() -> bytes:
    return TEMPLATE.read_bytes()


def render_pdf(brief: Brief) -> bytes:
    """The brief as PDF bytes: A4, tagged (PDF/UA-1), Dutch, embedded fonts, page numbers."""
    import typst

    data = json.dumps(pdf_data(brief), ensure_ascii=False)
    pdf: bytes = typst.compile(  # type: ignore[call-overload]
        _template(),
        format="pdf",
        sys_inputs={"brief": data},
        pdf_standards=PDF_STANDARD,
        ignore_system_fonts=True,
    )
    return pdf


def warm_up() -> None:
    """Load the Typst compiler and its fonts once (the first compile pays for it)."""
    from assistant.briefs.model import Brief as _Brief

    render_pdf(_Brief(topic="opwarmen", title="Notitie: opwarmen", date="2026-01-01", governance=False))
