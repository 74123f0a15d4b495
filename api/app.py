"""The FastAPI application factory: routes, error handlers, body limit, CORS and startup.

``create_app(settings)`` builds the app; on startup it prepares the index in the background
(ingest when missing, then load and warm up), so ``/healthz`` answers at once and ``/readyz``
turns 200 when questions can be answered. ``create_app_from_env`` is what ``ketenwijzer
serve`` hands to uvicorn (also with several workers).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.access import redact_access_log
from api.errors import install_error_handlers
from api.limits import DEFAULT_MAX_BODY_BYTES, BodySizeLimit
from api.mcp_http import install_mcp, mcp_running
from api.middleware import DutchCORSMiddleware, StripTrailingSlash
from api.routes import admin, ask, corpus, docs, feedback, health, openai_compat, pages
from api.routes.beheer import router as beheer_router
from api.routes.briefs import router as briefs_router
from api.routes.briefs import warm_briefs
from api.service import Service
from ketenwijzer.settings import Settings, get_settings

DESCRIPTION = """Onderbouwde antwoorden over ketensamenwerking en ketensturing, met bronvermelding.

* `POST /api/ask` geeft één antwoord als JSON, `POST /api/chat` hetzelfde als server-sent events.
* Een gesprek loopt via `session_id`: weglaten start een nieuw gesprek; het antwoord bevat het id.
* `/v1` is OpenAI-compatibel (model `ketenwijzer`).
* De chatwidget staat op `/widget.js`; de demopagina op `/`.
"""


def create_app(
    settings: Settings | None = None,
    cors_origins: list[str] | None = None,
    max_body_bytes: int | None = None,
    service: Service | None = None,
    warm_up: bool = False,
) -> FastAPI:
    """Build the Ketenwijzer web app for ``settings``.

    ``cors_origins`` lists the intranet origins that may embed the widget; by default it is
    read from ``settings.cors_origins`` when that setting exists (same origin only otherwise).
    ``warm_up`` (on for ``ketenwijzer serve``) warms what the first brief would pay for once
    the index is loaded (``api.routes.briefs.warm_briefs``); test servers leave it off.
    """
    settings = settings or get_settings()
    service = service or Service(settings)
    origins = cors_origins if cors_origins is not None else list(getattr(settings, "cors_origins", []) or [])
    limit = max_body_bytes or int(getattr(settings, "max_request_bytes", DEFAULT_MAX_BODY_BYTES))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        service.start()
        stop_warming = threading.Event()
        if warm_up:
            threading.Thread(target=warm_briefs, args=(service, 0.5, stop_warming), daemon=True).start()
        try:
            async with mcp_running(app):
                yield
        finally:
            stop_warming.set()
            service.stop()

    app = FastAPI(
        title="Ketenwijzer",
        summary="Adviesassistent voor ketensamenwerking",
        description=DESCRIPTION,
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,  # served from local files by api.routes.docs: no CDN
        redoc_url=None,
    )
    app.router.redirect_slashes = False  # StripTrailingSlash serves '/x/' as '/x' instead
    app.state.service = service
    redact_access_log()
    install_error_handlers(app)
    for module in (health, ask, corpus, feedback, openai_compat, admin, pages):
        app.include_router(module.router)
    app.include_router(briefs_router)
    app.include_router(beheer_router)
    install_mcp(app, service)
    docs.install(app)
    app.add_middleware(BodySizeLimit, max_bytes=limit)
    app.add_middleware(StripTrailingSlash)
    if origins:  # outermost, so that refusals (413) carry CORS headers too
        app.add_middleware(
            DutchCORSMiddleware,
            allow_origins=origins,
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Content-Type", "Accept", "Authorization", "X-API-Key"],
            expose_headers=["X-Session-Id", "Retry-After"],
            max_age=600,
        )
    return app


def create_app_from_env() -> FastAPI:
    """The app for the process-wide settings (uvicorn factory for ``ketenwijzer serve``)."""
    logger = logging.getLogger("ketenwijzer")
    if not logger.handlers:  # show our messages next to uvicorn's
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s:     %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return create_app(get_settings(), warm_up=True)
