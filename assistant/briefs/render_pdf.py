"""A brief as PDF (reportlab), set in Bitstream Vera from the reportlab package and embedded.

Vera ships inside reportlab (``reportlab/fonts``), covers Dutch letters (ë, ï, é) and curly
quotes, and reportlab embeds (a subset of) every TrueType font it uses, so the PDF looks
the same on any machine and never depends on a system font.
"""

from __future__ import annotations

from functools import lru_cache
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from assistant.briefs.model import Brief, BriefSection, Reference
from assistant.briefs.plan import BRONNEN, KERN

FONT = "KetenVera"
FONT_FILES = {"": "Vera.ttf", "-Bold": "VeraBd.ttf", "-Italic": "VeraIt.ttf", "-BoldItalic": "VeraBI.ttf"}
BLUE = HexColor("#154273")


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the Vera family from reportlab's own font folder; returns the family name."""
    folder = Path(reportlab.__file__).resolve().parent / "fonts"
    for suffix, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(FONT + suffix, str(folder / filename)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=f"{FONT}-Bold", italic=f"{FONT}-Italic", boldItalic=f"{FONT}-BoldItalic"
    )
    return FONT


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14.5, spaceAfter=4)
    return {
        "title": ParagraphStyle("title", base, fontName=f"{FONT}-Bold", fontSize=19, leading=24,
                                textColor=BLUE, spaceAfter=6),
        "h1": ParagraphStyle("h1", base, fontName=f"{FONT}-Bold", fontSize=14, leading=18,
                             textColor=BLUE, spaceBefore=12, spaceAfter=6),
        "h2": ParagraphStyle("h2", base, fontName=f"{FONT}-Bold", fontSize=11.5, leading=15,
                             textColor=HexColor("#01689b"), spaceBefore=8, spaceAfter=4),
        "body": base,
        "note": ParagraphStyle("note", base, fontName=f"{FONT}-Italic", textColor=HexColor("#555555")),
        "item": ParagraphStyle("item", base, leftIndent=18, bulletIndent=4, bulletFontName=FONT),
        "ref": ParagraphStyle("ref", base, fontSize=9.5, leading=12.5, leftIndent=26, firstLineIndent=-26),
    }  # fmt: skip


def _section(section: BriefSection, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(escape(section.heading), st["h1" if section.level == 1 else "h2"])]
    out.extend(Paragraph(escape(line), st["body"]) for line in section.intro)
    if section.note:
        out.append(Paragraph(escape(section.note), st["note"]))
    for i, s in enumerate(section.statements, start=1):
        bullet = f"{i}." if section.heading == KERN else "•"
        out.append(Paragraph(f"{escape(s.text.rstrip())} [{s.n}]", st["item"], bulletText=bullet))
    for sub in section.subsections:
        out.extend(_section(sub, st))
    return out


def _reference(ref: Reference, st: dict[str, ParagraphStyle]) -> Paragraph:
    text = escape(ref.label().removesuffix(f" {ref.url}") if ref.url else ref.label())
    if ref.url:
        text += (
            f' <link href="{escape(ref.url, {chr(34): "&quot;"})}" color="#01689b">{escape(ref.url)}</link>'
        )
    return Paragraph(f"[{ref.n}]&nbsp;&nbsp;{text}", st["ref"])


def render_pdf(brief: Brief) -> bytes:
    """The brief as PDF bytes (A4, embedded font, page numbers)."""
    register_fonts()
    st = _styles()
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm, topMargin=2 * cm,
        bottomMargin=2 * cm, title=brief.title, author="Ketenwijzer", subject=brief.topic, lang="nl-NL", initialFontName=FONT,
    )  # fmt: skip
    story: list[Flowable] = [
        Paragraph(escape(brief.title), st["title"]),
        Paragraph(f"Datum: {escape(brief.date)}", st["body"]),
        Paragraph(escape(brief.disclaimer), st["note"]),
    ]
    if brief.notice:
        story.append(Paragraph(escape(brief.notice), st["note"]))
    story.append(Spacer(1, 4))
    for section in brief.sections:
        story.extend(_section(section, st))
    story.append(Paragraph(BRONNEN, st["h1"]))
    story.extend(_reference(r, st) for r in brief.references)

    def footer(canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(HexColor("#666666"))
        canvas.drawString(2.3 * cm, 1.2 * cm, f"{brief.title} — concept")
        canvas.drawRightString(A4[0] - 2.3 * cm, 1.2 * cm, f"Pagina {canvas.getPageNumber()}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
