"""What the MCP tools return: pydantic output models and their plain-text renderings.

Each tool answers with structured content (one of these models, so clients get a schema) and
the same facts as text for a model to read; documents are rendered as Markdown resources.
"""

from __future__ import annotations

from mcp_types import CallToolResult, TextContent
from pydantic import BaseModel

from ketenwijzer.models import DocumentInfo, Passage

RESOURCE_PREFIX = "ketenwijzer://documents/"


class CitationOut(BaseModel):
    """One numbered source of an answer."""

    n: int
    quote: str
    passage_id: str
    doc_id: str
    title: str
    section: str = ""
    url: str | None = None
    page: int | None = None


class AskOutput(BaseModel):
    """A cited answer and the conversation it belongs to."""

    answer: str
    abstained: bool
    language: str
    session_id: str
    citations: list[CitationOut]


class PassageOut(BaseModel):
    """A passage of a corpus document."""

    passage_id: str
    doc_id: str
    title: str
    section: str = ""
    text: str
    score: float = 0.0
    page: int | None = None
    url: str | None = None


class SearchOutput(BaseModel):
    """Search hits, best first."""

    passages: list[PassageOut]


class SourceOut(BaseModel):
    """A document's metadata."""

    doc_id: str
    title: str
    uri: str
    publisher: str | None = None
    date: str | None = None
    kind: str | None = None
    url: str | None = None
    n_passages: int = 0


class PassageContextOut(BaseModel):
    """A passage, its neighbours and its source."""

    passage: PassageOut
    before: list[PassageOut]
    after: list[PassageOut]
    source: SourceOut


class DocumentsOutput(BaseModel):
    """Every indexed document."""

    documents: list[SourceOut]


def tool_error(message: str) -> CallToolResult:
    """An MCP tool error carrying a Dutch message."""
    return CallToolResult(content=[TextContent(type="text", text=message)], is_error=True)


def passage_out(p: Passage) -> PassageOut:
    """A passage as the tools return it."""
    return PassageOut(
        passage_id=p.chunk_id,
        doc_id=p.doc_id,
        title=p.title,
        section=p.section,
        text=p.text,
        score=round(p.score, 4),
        page=p.page,
        url=p.url,
    )


def source_of(info: DocumentInfo) -> SourceOut:
    """A document's metadata as the tools and resources show it."""
    meta = info.metadata
    url = meta.get("url") or next(iter(meta.get("source_urls") or []), None)  # type: ignore[call-overload]

    def text(key: str) -> str | None:
        value = meta.get(key)
        return str(value) if value not in (None, "") else None

    return SourceOut(
        doc_id=info.doc_id,
        title=info.title,
        uri=RESOURCE_PREFIX + info.doc_id,
        publisher=text("publisher"),
        date=text("date"),
        kind=text("kind"),
        url=str(url) if url else None,
        n_passages=info.n_chunks,
    )


def answer_text(out: AskOutput) -> str:
    """The answer as plain text for a model: the answer, then its numbered sources with quotes."""
    lines = [out.answer]
    if out.citations:
        lines += ["", "Bronnen:"]
        for c in out.citations:
            where = f"{c.title} — {c.section}" if c.section else c.title
            lines.append(f'[{c.n}] {where} (passage_id {c.passage_id}): "{c.quote}"')
    lines += ["", f"session_id: {out.session_id}"]
    return "\n".join(lines)


def document_markdown(info: DocumentInfo, passages: list[Passage]) -> str:
    """A document as Markdown: title, metadata line, then its passages under their sections."""
    source = source_of(info)
    facts = [v for v in (source.publisher, source.date, source.url) if v]
    lines = [f"# {info.title}", ""]
    if facts:
        lines += [" · ".join(facts), ""]
    section = None
    for p in passages:
        if p.section and p.section != section:
            lines += [f"## {p.section}", ""]
        section = p.section
        lines += [p.text, ""]
    return "\n".join(lines).rstrip() + "\n"


def passages_text(passages: list[PassageOut]) -> str:
    """Search hits as text: id, title, section and score, then the passage."""
    if not passages:
        return "Geen passages gevonden."
    return "\n\n".join(
        f"[{p.passage_id}] {p.title}{' — ' + p.section if p.section else ''} (score {p.score}):\n{p.text}"
        for p in passages
    )


def context_text(out: PassageContextOut) -> str:
    """A passage in its context as text: the source line, then the passages, the asked one marked."""
    s = out.source
    head = " · ".join(v for v in (s.title, s.publisher, s.date, s.url) if v)
    parts = (
        [head, ""] + [p.text for p in out.before] + [f">>> {out.passage.text}"] + [p.text for p in out.after]
    )
    return "\n\n".join(parts)
