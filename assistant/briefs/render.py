"""One entry point for every output format: ``render(brief, fmt)`` → bytes."""

from __future__ import annotations

from assistant.briefs.inputs import MEDIA_TYPES, check_format
from assistant.briefs.model import Brief


def render(brief: Brief, fmt: str) -> bytes:
    """The brief in format ``fmt`` (md, docx, pdf or html); ``InvalidInput`` for others."""
    name = check_format(fmt)
    if name == "md":
        from assistant.briefs.render_markdown import render_markdown

        return render_markdown(brief).encode("utf-8")
    if name == "html":
        from assistant.briefs.render_html import render_html

        return render_html(brief).encode("utf-8")
    if name == "docx":
        from assistant.briefs.render_docx import render_docx

        return render_docx(brief)
    from assistant.briefs.render_pdf import render_pdf

    return render_pdf(brief)


def media_type(fmt: str) -> str:
    """The HTTP media type of format ``fmt``."""
    return MEDIA_TYPES[check_format(fmt)]


def filename(brief: Brief, fmt: str) -> str:
    """The download file name, e.g. ``notitie-besluitvorming-in-ketens.pdf``."""
    return f"{brief.slug()}.{check_format(fmt)}"
