"""Small ASGI middleware: Dutch JSON for refused CORS preflights, and no slash redirects.

Starlette answers a preflight from an origin that is not allowed with an English plain-text
400; ``DutchCORSMiddleware`` answers it like every other error (JSON, Dutch ``detail``).
A trailing slash used to redirect to an absolute URL built from the request's ``Host``
header; ``StripTrailingSlash`` serves ``/api/documents/`` as ``/api/documents`` instead, so
nothing the client sends ends up in a ``Location`` header.
"""

from __future__ import annotations

import json

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

CORS_REFUSED = "Deze aanvraag van een andere website is niet toegestaan (CORS): {what}."


class DutchCORSMiddleware(CORSMiddleware):
    """Starlette's CORS middleware whose refused preflights are Dutch JSON errors."""

    def preflight_response(self, request_headers: Headers) -> Response:
        """The preflight answer; a refusal (400) carries a Dutch JSON ``detail``."""
        response = super().preflight_response(request_headers)
        if response.status_code != 400:
            return response
        text = bytes(response.body).decode("utf-8", "replace")
        what = []
        if "origin" in text.lower():
            what.append("deze herkomst (Origin) staat niet op de lijst")
        if "method" in text.lower():
            what.append("deze methode is niet toegestaan")
        if "header" in text.lower():
            what.append("een of meer kopregels zijn niet toegestaan")
        body = json.dumps(
            {"detail": CORS_REFUSED.format(what="; ".join(what) or "niet toegestaan")}, ensure_ascii=False
        ).encode()
        headers = {
            k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")
        }
        return Response(body, status_code=400, headers=headers, media_type="application/json")


class StripTrailingSlash:
    """Serve ``/path/`` as ``/path`` (no redirect); the root ``/`` is left alone."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Rewrite the path of an HTTP request that ends in a slash."""
        if scope["type"] == "http":
            path = str(scope.get("path", ""))
            if len(path) > 1 and path.endswith("/"):
                stripped = path.rstrip("/") or "/"
                raw = scope.get("raw_path")
                scope = {**scope, "path": stripped}
                if isinstance(raw, bytes):
                    scope["raw_path"] = raw.rstrip(b"/") or b"/"
        await self.app(scope, receive, send)
