"""The MCP server with the SDK's own client: over stdio (``ketenwijzer mcp``) and over HTTP (``/mcp``)."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from ketenwijzer.settings import Settings
from tests.browser.server import PROJECT, thread_server
from tests.conftest import make_settings

TOOLS = {"ask", "search", "get_passage", "list_documents"}
QUESTION = "Wat is een keten?"
PUBLIC_KEY = "mcp-publieke-sleutel"


def _stdio(settings: Settings) -> StdioServerParameters:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", "/tmp"),
        "KETENWIJZER_DATA_DIR": str(settings.data_dir),
        "KETENWIJZER_CORPUS_DIR": str(settings.corpus_dir),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
    }
    return StdioServerParameters(
        command=sys.executable, args=["-m", "ketenwijzer.cli", "mcp"], env=env, cwd=str(PROJECT)
    )


def _http(url: str, key: str | None) -> Any:
    headers = {"X-API-Key": key} if key else {}
    return streamable_http_client(url, http_client=httpx2.AsyncClient(headers=headers, timeout=120))


async def _ask_and_resolve(client: Client) -> dict[str, Any]:
    """List the tools, ask, and resolve every citation with get_passage; returns what was seen."""
    tools = await client.list_tools()
    names = {t.name for t in tools.tools}
    descriptions = {t.name: t.description or "" for t in tools.tools}
    result = await client.call_tool("ask", {"question": QUESTION})
    assert not result.is_error, result.content
    answer = result.structured_content
    assert isinstance(answer, dict)
    resolved = []
    for citation in answer["citations"]:
        ctx = await client.call_tool("get_passage", {"passage_id": citation["passage_id"]})
        assert not ctx.is_error, ctx.content
        data = ctx.structured_content
        assert isinstance(data, dict)
        resolved.append((citation, data))
    return {"names": names, "descriptions": descriptions, "answer": answer, "resolved": resolved}


def _mcp_error(run: Any) -> MCPError | None:
    """The MCPError ``asyncio.run(run())`` raises (the client may wrap it in an exception group)."""
    try:
        asyncio.run(run())
    except MCPError as exc:
        return exc
    except BaseExceptionGroup as group:
        found = group.subgroup(lambda e: isinstance(e, MCPError))
        while found is not None and isinstance(found, BaseExceptionGroup):
            inner = found.exceptions[0]
            found = inner if not isinstance(inner, BaseExceptionGroup) else inner
        return found if isinstance(found, MCPError) else None
    return None


def _check_answer(seen: dict[str, Any]) -> None:
    assert seen["names"] >= TOOLS
    assert "Beantwoord een vraag" in seen["descriptions"]["ask"]
    assert "Answer a question" in seen["descriptions"]["ask"]
    answer = seen["answer"]
    assert not answer["abstained"] and answer["citations"] and answer["session_id"]
    for citation, ctx in seen["resolved"]:
        assert ctx["passage"]["passage_id"] == citation["passage_id"]
        assert citation["quote"] in ctx["passage"]["text"]  # the quote is verbatim in its passage
        assert ctx["source"]["doc_id"] == citation["doc_id"]
        assert ctx["source"]["title"]


@pytest.mark.slow
def test_stdio_lists_tools_and_citations_resolve(corpus_settings: Settings) -> None:
    """``ketenwijzer mcp`` as a subprocess: tools, a cited answer, passages, resources, a Dutch tool error."""

    async def run() -> tuple[dict[str, Any], Any, Any, Any, Any]:
        async with Client(_stdio(corpus_settings), read_timeout_seconds=600) as client:
            seen = await _ask_and_resolve(client)
            missing = await client.call_tool("get_passage", {"passage_id": "bestaat-niet:0"})
            docs = await client.call_tool("list_documents", {})
            resources = await client.list_resources()
            first = await client.read_resource(resources.resources[0].uri)
            return seen, missing, docs, resources, first

    seen, missing, docs, resources, first = asyncio.run(run())
    _check_answer(seen)
    assert missing.is_error
    assert missing.content[0].text == "Passage 'bestaat-niet:0' bestaat niet (meer) in de index."
    listed = [d["uri"] for d in docs.structured_content["documents"]]
    assert listed and sorted(r.uri for r in resources.resources) == sorted(listed)
    assert first.contents[0].text.startswith("# ")


@pytest.fixture(scope="module")
def keyed_server(corpus_settings: Settings) -> Iterator[str]:
    """A server over the session's index that asks a public key, with a small rate limit."""
    settings = make_settings(corpus_settings.data_dir, public_api_keys=[PUBLIC_KEY], rate_limit_per_minute=3)
    with thread_server(settings) as url:
        yield url


@pytest.mark.slow
def test_http_with_a_public_key(keyed_server: str) -> None:
    """Over streamable HTTP at /mcp: the same tools and an answer whose citations resolve."""

    async def run() -> dict[str, Any]:
        async with Client(_http(keyed_server + "/mcp", PUBLIC_KEY)) as client:
            return await _ask_and_resolve(client)

    _check_answer(asyncio.run(run()))


@pytest.mark.parametrize("key", [None, "verkeerde-sleutel"])
def test_http_refuses_a_missing_or_wrong_key(keyed_server: str, key: str | None) -> None:
    """Without a valid key the client gets an MCP error carrying the Dutch message (HTTP 401)."""

    async def run() -> None:
        async with Client(_http(keyed_server + "/mcp", key)) as client:
            await client.list_tools()

    error = _mcp_error(run)
    assert error is not None and "API-sleutel" in str(error)
    status = httpx2.post(
        keyed_server + "/mcp", json={}, headers={"X-API-Key": key} if key else {}
    ).status_code
    assert status == 401


def test_http_rate_limit_is_an_mcp_tool_call_error(keyed_server: str) -> None:
    """Questions over MCP count against the same per-client limit as /api/ask."""

    async def run() -> list[str]:
        errors = []
        async with Client(_http(keyed_server + "/mcp", PUBLIC_KEY)) as client:
            for _ in range(6):
                try:
                    await client.call_tool("search", {"query": "ketenregie"})
                except MCPError as exc:
                    errors.append(str(exc))
        return errors

    errors = asyncio.run(run())
    assert errors and all("te veel vragen" in e for e in errors)
