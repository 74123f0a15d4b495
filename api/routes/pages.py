"""The widget script (``/widget.js``) and the demo intranet page (``/``) that embeds it.

Both are plain files from ``api/static`` (the widget's source is split by concept in
``api/static/widget/`` and served as one minified script); nothing is loaded from a CDN. The demo page gets
the widget's absolute URL filled in, so it embeds the widget exactly as a customer would.
"""

from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path

import rjsmin
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

STATIC = Path(__file__).resolve().parent.parent / "static"

router = APIRouter(include_in_schema=False)

DEMO_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'"
)


@lru_cache(maxsize=4)
def _read(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


WIDGET_PARTS = (
    "config",
    "style",
    "dom",
    "markdown",
    "citations",
    "messages",
    "chat",
    "passage",
    "panel",
    "start",
)
"""The widget's source files in ``static/widget/``, in the order they run inside one closure."""


@lru_cache(maxsize=1)
def _widget() -> str:
    """The widget as served: its parts in one strict-mode closure, minified (the /*! header stays)."""
    body = "\n".join(_read(f"widget/{part}.js") for part in WIDGET_PARTS)
    script = f'{_read("widget/header.js")}(function () {{\n"use strict";\n{body}\n}})();\n'
    return str(rjsmin.jsmin(script, keep_bang_comments=True))


@router.get("/widget.js")
def widget_js() -> Response:
    """The embeddable chat widget."""
    return Response(
        _widget(),
        media_type="text/javascript; charset=utf-8",
        headers={"Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff"},
    )


@router.get("/", response_class=HTMLResponse)
def demo_page(request: Request) -> HTMLResponse:
    """A fake intranet page with the widget embedded by its one-line script tag."""
    src = html.escape(str(request.url_for("widget_js")), quote=True)
    page = _read("index.html").replace("{{WIDGET_SRC}}", src)
    return HTMLResponse(page, headers={"Content-Security-Policy": DEMO_CSP})
