"""Ketenwijzer as an MCP server: tools ``ask``, ``search``, ``get_passage``, ``list_documents``.

Built on the official ``mcp`` SDK (2.x, ``MCPServer``) over the same ``Service`` the web API
uses: ``ask`` goes through ``api.routes.ask.answer_question`` (sessions, question log), the
other tools through the service's ``Assistant`` and its index. Every corpus document is also
an MCP resource (``ketenwijzer://documents/<doc_id>``, Markdown). A tool that fails returns an
MCP tool error (``isError``) whose text is the Dutch message of the project's error.
``ketenwijzer mcp`` serves it over stdio (``run_stdio``); ``api.mcp_http`` mounts it at ``/mcp``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import anyio
from mcp.server.mcpserver import MCPServer
from mcp_types import CallToolResult, Resource, TextContent
from pydantic import BaseModel, Field, ValidationError

from api.mcp_output import (
    RESOURCE_PREFIX,
    AskOutput,
    CitationOut,
    DocumentsOutput,
    PassageContextOut,
    SearchOutput,
    answer_text,
    context_text,
    document_markdown,
    passage_out,
    passages_text,
    source_of,
    tool_error,
)
from api.routes.ask import answer_question
from api.schemas import AskRequest, Filters
from api.service import Service
from assistant.chain import Assistant
from ketenwijzer.errors import IndexNotReady, KetenwijzerError
from ketenwijzer.settings import Settings

STDIO_READY_SECONDS = 600.0
"""Over stdio a tool waits this long for the index (a first ingest) before it reports an error."""
POLL_SECONDS = 0.5
T = TypeVar("T")

INSTRUCTIONS = (
    "Ketenwijzer beantwoordt vragen over ketensamenwerking en ketensturing uit een vast corpus, "
    "met een bron per zin. Citeer de passages die 'ask' teruggeeft. / Ketenwijzer answers questions "
    "on chain cooperation and chain governance from a fixed (Dutch) corpus, citing a source per "
    "sentence; quote the passages 'ask' returns."
)

ASK_DESCRIPTION = (
    "Beantwoord een vraag over ketensamenwerking of ketensturing met bronvermelding: het antwoord "
    "als tekst met [n]-verwijzingen plus de citaten (letterlijke quote, document, passage-id). Geef "
    "session_id mee voor een vervolgvraag; doc_ids beperkt de bronnen. Zonder voldoende bewijs "
    "weigert Ketenwijzer (abstained=true).\n"
    "Answer a question on chain cooperation or chain governance with citations: the answer text with "
    "[n] markers plus its citations (verbatim quote, document, passage id). Pass session_id for a "
    "follow-up; doc_ids restricts the sources. Without enough evidence it declines (abstained=true)."
)
SEARCH_DESCRIPTION = (
    "Zoek passages in het corpus (hybride: betekenis en trefwoorden), beste eerst, met score.\n"
    "Search the corpus for passages (hybrid: meaning and keywords), best first, with scores."
)
PASSAGE_DESCRIPTION = (
    "Haal een passage op met de passages ervoor en erna en de gegevens van de bron (titel, uitgever, "
    "datum, url). Gebruik de passage_id uit een citaat of zoekresultaat.\n"
    "Fetch a passage with its neighbours and its source's metadata (title, publisher, date, url). Use "
    "the passage_id of a citation or search hit."
)
DOCUMENTS_DESCRIPTION = (
    "Alle documenten in de index: id, titel, uitgever, datum, soort en aantal passages.\n"
    "Every indexed document: id, title, publisher, date, kind and number of passages."
)


class KetenwijzerMCP(MCPServer):
    """``MCPServer`` whose resource list follows the index (documents come and go with ingests)."""

    def __init__(self, service: Service, ready_timeout: float = 0.0) -> None:
        super().__init__(
            name="ketenwijzer",
            title="Ketenwijzer",
            instructions=INSTRUCTIONS,
            version="0.1.0",
            warn_on_duplicate_tools=False,
            log_level="WARNING",  # the SDK configures the root logger; keep it at Python's default level
        )
        self.service = service
        self.ready_timeout = ready_timeout

    async def assistant(self) -> Assistant:
        """The service's assistant; waits up to ``ready_timeout`` while the index is prepared."""
        deadline = time.monotonic() + self.ready_timeout
        while True:
            try:
                return self.service.assistant()
            except IndexNotReady:
                if self.service.failed or time.monotonic() >= deadline:
                    raise
            await anyio.sleep(POLL_SECONDS)

    async def run_tool(self, work: Callable[[Assistant], T]) -> T:
        """Run blocking ``work`` with the assistant in a worker thread."""
        assistant = await self.assistant()
        return await anyio.to_thread.run_sync(work, assistant)

    async def list_resources(self) -> list[Resource]:
        """Every indexed document as a Markdown resource (none while the index is not ready)."""
        try:
            docs = await self.run_tool(lambda a: a.index.documents())
        except KetenwijzerError:
            return []
        sources = [source_of(d) for d in sorted(docs, key=lambda d: d.doc_id)]
        return [
            Resource(
                uri=s.uri,
                name=s.doc_id,
                title=s.title,
                description=" · ".join(v for v in (s.publisher, s.date) if v) or None,
                mime_type="text/markdown",
            )
            for s in sources
        ]


def build_server(service: Service, ready_timeout: float = 0.0) -> KetenwijzerMCP:
    """The MCP server over ``service``: four tools and the documents as resources."""
    server = KetenwijzerMCP(service, ready_timeout)

    async def guarded(work: Callable[[Assistant], BaseModel], text: Callable[[Any], str]) -> CallToolResult:
        try:
            out = await server.run_tool(work)
        except KetenwijzerError as exc:
            return tool_error(exc.message)
        except ValidationError as exc:
            return tool_error(_invalid(exc))
        return CallToolResult(
            content=[TextContent(type="text", text=text(out))],
            structured_content=out.model_dump(mode="json"),
        )

    @server.tool(name="ask", title="Vraag stellen / Ask", description=ASK_DESCRIPTION)
    async def ask(
        question: Annotated[str, Field(description="De vraag (Nederlands of Engels). / The question.")],
        session_id: Annotated[
            str | None, Field(description="Lopend gesprek (uit een eerder antwoord). / Conversation id.")
        ] = None,
        doc_ids: Annotated[
            list[str] | None, Field(description="Alleen deze documenten. / Only these documents.")
        ] = None,
    ) -> Annotated[CallToolResult, AskOutput]:
        def work(_: Assistant) -> AskOutput:
            filters = Filters(doc_ids=doc_ids) if doc_ids else None
            body = AskRequest(question=question, session_id=session_id, filters=filters)
            answer, sid = answer_question(body, service, channel="mcp")
            citations = [
                CitationOut(
                    n=c.n,
                    quote=c.quote,
                    passage_id=c.chunk_id,
                    doc_id=c.doc_id,
                    title=c.title,
                    section=c.section,
                    url=c.url,
                    page=c.page,
                )
                for c in answer.citations
            ]
            return AskOutput(
                answer=answer.answer,
                abstained=answer.abstained,
                language=answer.language,
                session_id=sid,
                citations=citations,
            )

        return await guarded(work, answer_text)

    @server.tool(name="search", title="Zoeken / Search", description=SEARCH_DESCRIPTION)
    async def search(
        query: Annotated[str, Field(description="Zoekvraag. / Search query.")],
        k: Annotated[int, Field(ge=1, le=50, description="Aantal passages. / Number of passages.")] = 5,
        doc_ids: Annotated[
            list[str] | None, Field(description="Alleen deze documenten. / Only these documents.")
        ] = None,
    ) -> Annotated[CallToolResult, SearchOutput]:
        def work(a: Assistant) -> SearchOutput:
            return SearchOutput(passages=[passage_out(p) for p in a.search(query, k, doc_ids or None)])

        return await guarded(work, lambda out: passages_text(out.passages))

    @server.tool(name="get_passage", title="Passage ophalen / Get passage", description=PASSAGE_DESCRIPTION)
    async def get_passage(
        passage_id: Annotated[str, Field(description="Id van de passage. / The passage id.")],
        width: Annotated[
            int, Field(ge=0, le=5, description="Buurpassages per kant. / Neighbours per side.")
        ] = 1,
    ) -> Annotated[CallToolResult, PassageContextOut]:
        def work(a: Assistant) -> PassageContextOut:
            found = a.index.neighbours(passage_id, width)
            i = next(i for i, p in enumerate(found) if p.chunk_id == passage_id)
            info, _ = a.index.document(found[i].doc_id)
            return PassageContextOut(
                passage=passage_out(found[i]),
                before=[passage_out(p) for p in found[:i]],
                after=[passage_out(p) for p in found[i + 1 :]],
                source=source_of(info),
            )

        return await guarded(work, context_text)

    @server.tool(name="list_documents", title="Documenten / Documents", description=DOCUMENTS_DESCRIPTION)
    async def list_documents() -> Annotated[CallToolResult, DocumentsOutput]:
        def work(a: Assistant) -> DocumentsOutput:
            docs = sorted(a.index.documents(), key=lambda d: d.doc_id)
            return DocumentsOutput(documents=[source_of(d) for d in docs])

        return await guarded(
            work,
            lambda out: "\n".join(f"{d.doc_id}: {d.title} ({d.n_passages} passages)" for d in out.documents),
        )

    @server.resource(
        RESOURCE_PREFIX + "{doc_id}",
        name="document",
        title="Corpusdocument / Corpus document",
        description="Een document uit het corpus als Markdown. / A corpus document as Markdown.",
        mime_type="text/markdown",
    )
    async def document(doc_id: str) -> str:
        def work(a: Assistant) -> str:
            info, passages = a.index.document(doc_id)
            return document_markdown(info, passages)

        return await server.run_tool(work)

    return server


def _invalid(exc: ValidationError) -> str:
    errors = exc.errors()
    if not errors:
        return "Ongeldige invoer."
    where = ".".join(str(part) for part in errors[0]["loc"]) or "invoer"
    return f"Ongeldige invoer bij '{where}': {errors[0]['msg']}."


def run_stdio(settings: Settings) -> None:
    """Serve the MCP server on stdin/stdout (the index is prepared in the background)."""
    service = Service(settings)
    service.start()
    try:
        build_server(service, ready_timeout=STDIO_READY_SECONDS).run("stdio")
    finally:
        service.stop()
