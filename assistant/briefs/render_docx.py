"""A brief as a Word memo (python-docx): A4, memo margins, header block, lists, page numbers, links.

Layout: A4 with 2.5 cm margins all round (the plain memo layout of Dutch government offices),
Verdana 10 pt (the Rijkshuisstijl's office font), the date written out ('30 november 2026').
The header block (Aan / Van / Datum / Onderwerp) is four paragraphs with one tab stop, so a
screen reader reads 'Aan, tab, Directie' and Word users can type over the values. Headings
use Word's *Heading 1/2* styles (navigation pane, table of contents), bullets Word's *List
Bullet* style (a real list, not typed '•'), the footer a ``PAGE`` and a ``NUMPAGES`` field,
and each reference's URL is a real hyperlink (an external relationship).
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from assistant.briefs.model import Brief, BriefSection, Reference, Statement
from assistant.briefs.plan import BRONNEN

LANGUAGE = "nl-NL"
FONT = "Verdana"
MARGIN = Cm(2.5)
LINK_BLUE = RGBColor(0x01, 0x68, 0x9B)
GREY = RGBColor(0x55, 0x55, 0x55)


def _set_language(doc: DocumentObject) -> None:
    """Mark the Normal style as Dutch, so Word's spelling check uses Dutch."""
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), LANGUAGE)
    rpr.append(lang)


def _page(doc: DocumentObject) -> None:
    """A4 portrait with memo margins."""
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    section.footer_distance = Cm(1.2)


def _footer(doc: DocumentObject, brief: Brief) -> None:
    """'Notitie: … · concept' on the left, 'Pagina n van m' on the right of every page."""
    paragraph = doc.sections[0].footer.paragraphs[0]
    tabs = paragraph.paragraph_format.tab_stops
    style = paragraph.style.paragraph_format.tab_stops if paragraph.style is not None else []
    for inherited in style:  # the Footer style's centre and right tabs are set for Letter paper
        tabs.add_tab_stop(inherited.position, WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(Cm(21.0) - 2 * MARGIN - Cm(0.05), WD_TAB_ALIGNMENT.RIGHT)  # just inside the margin

    def text(value: str) -> None:
        run = paragraph.add_run(value)
        run.font.size, run.font.color.rgb = Pt(8), GREY

    text(f"{brief.title} · concept\tPagina ")
    paragraph._p.append(_fld("PAGE"))
    text(" van ")
    paragraph._p.append(_fld("NUMPAGES"))


def _fld(instruction: str) -> Any:
    """A Word field (``PAGE``, ``NUMPAGES``) that Word fills in when it lays out the page."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    for tag, value in (("w:color", "555555"), ("w:sz", "16")):  # as the footer's text: grey, 8 pt
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        props.append(element)
    text = OxmlElement("w:t")
    text.text = "1"
    run.extend([props, text])
    field.append(run)
    return field


def _hyperlink(paragraph: Paragraph, url: str) -> None:
    """A clickable external link showing the URL."""
    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = paragraph.add_run(url)
    run.font.color.rgb = LINK_BLUE
    run.font.underline = True
    link.append(run._r)  # moves the run into the hyperlink
    paragraph._p.append(link)


def _statement(paragraph: Paragraph, statement: Statement) -> None:
    if statement.label:
        paragraph.add_run(f"{statement.label}: ").bold = True
    paragraph.add_run(statement.cited())


def _section(doc: DocumentObject, section: BriefSection) -> None:
    doc.add_heading(section.heading, level=section.level)
    for line in section.intro:
        doc.add_paragraph(line)
    if section.note:
        doc.add_paragraph().add_run(section.note).italic = True
    for block in section.blocks():
        if block.bullet:
            for statement in block.statements:
                _statement(doc.add_paragraph(style="List Bullet"), statement)
        else:
            paragraph = doc.add_paragraph()
            for i, statement in enumerate(block.statements):
                if i:
                    paragraph.add_run(" ")
                _statement(paragraph, statement)
    for sub in section.subsections:
        _section(doc, sub)


def _reference(doc: DocumentObject, ref: Reference) -> None:
    safe = ref.url is not None and ref.url.lower().startswith(("http://", "https://"))
    paragraph = doc.add_paragraph(f"[{ref.n}] {ref.text_without_url() if safe else ref.label()}")
    if safe and ref.url:
        paragraph.add_run(" ")
        _hyperlink(paragraph, ref.url)
    paragraph.paragraph_format.left_indent = Cm(0.9)
    paragraph.paragraph_format.first_line_indent = Cm(-0.9)
    paragraph.paragraph_format.space_after = Pt(4)


def _header_block(doc: DocumentObject, brief: Brief) -> None:
    for key, value in brief.header:
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(3))
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.add_run(key).bold = True
        paragraph.add_run(f"\t{value}")


def render_docx(brief: Brief) -> bytes:
    """The brief as .docx bytes."""
    doc = Document()
    _set_language(doc)
    normal = doc.styles["Normal"].font
    normal.name, normal.size = FONT, Pt(10)
    _page(doc)
    props = doc.core_properties
    props.title = brief.title
    props.author = "Ketenwijzer"
    props.subject = brief.topic
    props.language = LANGUAGE
    props.comments = brief.method
    doc.add_heading(brief.title, level=0)
    _header_block(doc, brief)
    if brief.notice:
        doc.add_paragraph().add_run(brief.notice).bold = True
    doc.add_heading("Samenvatting", level=1)
    if brief.question:
        label = "Vraag (afgeleid van het onderwerp)" if brief.question_derived else "Vraag"
        paragraph = doc.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(brief.question)
    for line in brief.summary:
        _statement(doc.add_paragraph(), line)
    method = doc.add_paragraph().add_run(brief.method)
    method.italic, method.font.size, method.font.color.rgb = True, Pt(8.5), GREY
    for section in brief.sections:
        _section(doc, section)
    doc.add_heading(BRONNEN, level=1)
    for ref in brief.references:
        _reference(doc, ref)
    _footer(doc, brief)
    buffer = BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
