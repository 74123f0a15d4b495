"""``/mcp``: the MCP server over streamable HTTP, under the same access rules as ``/api``.

``install_mcp`` adds the route; ``mcp_running`` runs the SDK's session manager inside the app's
lifespan. Every request first passes ``McpGate``: the public (or an admin) key when public
keys are configured (``api.access.require_public``), and the per-client rate limit
(``api.ratelimit.rate_limit``) for each ``tools/call`` of ``ask`` or ``search``. A refusal is
the HTTP status of the error (401, 429 with ``Retry-After``) with a JSON-RPC error body whose
message is the Dutch text, so an MCP client shows it as an MCP error. The transport is
stateless with JSON responses, so any worker process can answer any request.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
from fastapi import FastAPI
from mcp.server.transport_security import TransportSecuritySettings
from starlette.requests import Request
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.access import require_public
from api.mcp_server import build_server
from api.ratelimit import RateLimited, rate_limit
from api.service import Service
from ketenwijzer.errors import KetenwijzerError

MCP_PATH = "/mcp"
LIMITED_TOOLS = frozenset({"ask", "search"})
"""Tool calls that count against the question rate limit, like /api/ask and /api/search."""
ACCESS_DENIED = -32001
"""JSON-RPC error code (server-defined range) for a refused key or rate limit."""


def _limited(body: bytes) -> bool:
    """True when the JSON-RPC body (one message or a batch) calls a rate-limited tool."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return False
    messages = data if isinstance(data, list) else [data]
    for msg in messages:
        if isinstance(msg, dict) and msg.get("method") == "tools/call":
            params = msg.get("params")
            if isinstance(params, dict) and params.get("name") in LIMITED_TOOLS:
                return True
    return False


def _request_id(body: bytes) -> Any:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    return data.get("id") if isinstance(data, dict) else None


async def _refuse(send: Send, exc: KetenwijzerError, request_id: Any = None) -> None:
    payload = {"jsonrpc": "2.0", "id": request_id, "error": {"code": ACCESS_DENIED, "message": exc.message}}
    body = json.dumps(payload, ensure_ascii=False).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if isinstance(exc, RateLimited):
        headers.append((b"retry-after", str(exc.retry_after).encode()))
    if exc.status_code == 401:
        headers.append((b"www-authenticate", b'Bearer realm="ketenwijzer"'))
    await send({"type": "http.response.start", "status": exc.status_code, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class McpGate:
    """ASGI app in front of the SDK's transport: keys, then the rate limit for questions."""

    def __init__(self, app: ASGIApp, service: Service) -> None:
        self.app = app
        self.service = service

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check access, read the body once, rate-limit tool calls, then hand on the request."""
        request = Request(scope)
        try:
            require_public(request, self.service)
        except KetenwijzerError as exc:
            await _refuse(send, exc)
            return
        if scope.get("method") != "POST":
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if _limited(body):
            try:
                await anyio.to_thread.run_sync(rate_limit, request, self.service)
            except KetenwijzerError as exc:
                await _refuse(send, exc, _request_id(body))
                return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def install_mcp(app: FastAPI, service: Service) -> None:
    """Add the MCP endpoint at ``/mcp`` to ``app`` (start it with ``mcp_running``)."""
    server = build_server(service)
    # Hosts are not pinned (the service runs under any name behind a proxy); keys and CORS guard it.
    inner = server.streamable_http_app(
        streamable_http_path=MCP_PATH,
        stateless_http=True,
        json_response=True,
        transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
    )
    app.state.mcp = server
    gate = McpGate(inner, service)
    app.router.routes.append(
        Route(MCP_PATH, gate, methods=["GET", "POST", "DELETE"], include_in_schema=False)
    )


@asynccontextmanager
async def mcp_running(app: FastAPI) -> AsyncIterator[None]:
    """Run the MCP session manager for the app's lifetime (a no-op when MCP is not installed)."""
    server = getattr(app.state, "mcp", None)
    if server is None:
        yield
        return
    async with server.session_manager.run():
        yield
