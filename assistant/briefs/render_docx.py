"""A brief as a Word document (python-docx): Title, Heading 1/2 styles, numbered references."""

from __future__ import annotations

from io import BytesIO

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from assistant.briefs.model import Brief, BriefSection
from assistant.briefs.plan import BRONNEN, KERN

LANGUAGE = "nl-NL"


def _set_language(doc: DocumentObject) -> None:
    """Mark the Normal style as Dutch, so Word's spelling check uses Dutch."""
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), LANGUAGE)
    rpr.append(lang)


def _section(doc: DocumentObject, section: BriefSection) -> None:
    doc.add_heading(section.heading, level=section.level)
    for line in section.intro:
        doc.add_paragraph(line)
    if section.note:
        doc.add_paragraph().add_run(section.note).italic = True
    style = "List Number" if section.heading == KERN else "List Bullet"
    for statement in section.statements:
        paragraph = doc.add_paragraph(style=style)
        paragraph.add_run(statement.text.rstrip())
        paragraph.add_run(f" [{statement.n}]")
    for sub in section.subsections:
        _section(doc, sub)


def render_docx(brief: Brief) -> bytes:
    """The brief as .docx bytes."""
    doc = Document()
    _set_language(doc)
    doc.styles["Normal"].font.size = Pt(11)
    props = doc.core_properties
    props.title = brief.title
    props.author = "Ketenwijzer"
    props.subject = brief.topic
    props.language = LANGUAGE
    props.comments = brief.disclaimer
    doc.add_heading(brief.title, level=0)
    doc.add_paragraph(f"Datum: {brief.date}")
    doc.add_paragraph().add_run(brief.disclaimer).italic = True
    if brief.notice:
        doc.add_paragraph().add_run(brief.notice).bold = True
    for section in brief.sections:
        _section(doc, section)
    doc.add_heading(BRONNEN, level=1)
    for ref in brief.references:
        paragraph = doc.add_paragraph(f"[{ref.n}] {ref.label()}")
        paragraph.paragraph_format.left_indent = Cm(0.9)
        paragraph.paragraph_format.first_line_indent = Cm(-0.9)
        paragraph.paragraph_format.space_after = Pt(4)
    buffer = BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
