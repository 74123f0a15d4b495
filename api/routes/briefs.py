"""Briefs for advisers: ``POST /api/briefs``, downloads per format, and the ``/adviseur`` page.

``POST /api/briefs`` composes a cited brief (``assistant.briefs.compose_brief``) and answers
with the brief as JSON, its Markdown and download links ``/api/briefs/{id}.{md|docx|pdf|html}``
(root-relative paths, so they stay right behind a TLS-terminating proxy); status 201 with
``Location``. ``GET /api/briefs/{id}`` returns the same JSON again.

**Where briefs live.** The brief's JSON (not the rendered files) is stored in the service
database (``data_dir/service.sqlite``, or PostgreSQL when ``KETENWIJZER_DATABASE_URL`` is
set; table ``briefs``), so a download can be served by any
uvicorn worker and survives a restart; each download renders the file afresh from that JSON
(milliseconds). Only the ``MAX_STORED_BRIEFS`` most recent briefs are kept, and briefs older
than ``BRIEF_TTL_DAYS`` are removed; an unknown or removed id is a 404 with a Dutch message.
Ids are unguessable (``secrets.token_urlsafe``), as with sessions.

Bad input (empty or too long topic, unknown format) and topics the sources say nothing
about (``TopicNotCovered``) are ``InvalidInput``: 422 with a Dutch message via the shared
error handlers. Composing is CPU-bound, so the routes are plain ``def`` (run in the thread pool).
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field

from api.access import link_token, require_public, require_public_or_link
from api.ratelimit import rate_limit
from api.service import Service, get_service
from api.sessions import store_path
from assistant.briefs import (
    FORMATS,
    MEDIA_TYPES,
    Brief,
    check_format,
    clean_party,
    clean_question,
    clean_topic,
    compose_brief,
)
from assistant.briefs.render import filename, media_type, render
from ketenwijzer.database import Database, SQLiteDatabase, postgres_url, service_database, split_schema
from ketenwijzer.errors import NotFound
from ketenwijzer.markup import defuse_markup
from ketenwijzer.settings import Settings

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent.parent / "static"
MAX_STORED_BRIEFS = 500
"""How many recent briefs the database keeps for downloads."""
BRIEF_TTL_DAYS = 7.0
"""Briefs older than this are removed (the adviser composes a new one)."""
BRIEF_GONE = "Deze notitie bestaat niet (meer). Stel de notitie opnieuw op via /adviseur of POST /api/briefs."
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS briefs (
    id TEXT PRIMARY KEY,
    created_at {real} NOT NULL,
    topic TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS briefs_created ON briefs (created_at);
"""

router = APIRouter()

_ERRORS: dict[int | str, dict[str, str]] = {
    401: {"description": "Geen of een onjuiste API-sleutel"},
    422: {"description": "Ongeldig onderwerp of formaat, of een onderwerp waarover de bronnen niets zeggen"},
    429: {"description": "Te veel aanvragen; zie Retry-After"},
    503: {"description": "De index is nog niet klaar"},
}


class BriefRequest(BaseModel):
    """What an adviser asks for: a topic, optionally a question and a preferred format."""

    onderwerp: str = Field(description="Onderwerp van de notitie, bijv. 'besluitvorming in ketens'.")
    vraag: str | None = Field(
        default=None,
        description="Vraag die de kern van de notitie beantwoordt (optioneel; anders afgeleid van het onderwerp).",
    )
    aan: str | None = Field(default=None, description="Geadresseerde in de kop van de notitie (optioneel).")
    van: str | None = Field(default=None, description="Afzender in de kop van de notitie (optioneel).")
    format: str | None = Field(
        default=None, description="Gewenst downloadformaat (md, docx, pdf of html); bepaalt 'download'."
    )


class BriefResponse(BaseModel):
    """A composed brief with its Markdown and download links."""

    id: str
    brief: dict[str, Any]
    markdown: str
    links: dict[str, str] = Field(description="Downloadlink per formaat (md, docx, pdf, html).")
    download: str | None = Field(default=None, description="De link in het gevraagde formaat.")


class BriefStore:
    """Composed briefs as JSON in the service database (SQLite file or PostgreSQL), shared by all workers."""

    def __init__(
        self,
        where: Path | Database,
        max_briefs: int = MAX_STORED_BRIEFS,
        ttl_seconds: float = BRIEF_TTL_DAYS * 86400,
    ) -> None:
        self.db: Database = SQLiteDatabase(where) if isinstance(where, Path) else where
        self.max_briefs = max_briefs
        self.ttl_seconds = ttl_seconds
        real = "DOUBLE PRECISION" if self.db.dialect == "postgresql" else "REAL"
        self.db.ensure_schema(split_schema(_SCHEMA.format(real=real)))

    def add(self, brief: Brief) -> str:
        """Store ``brief`` and return its new id (old and surplus briefs are pruned on the way)."""
        brief_id = secrets.token_urlsafe(16)
        now = time.time()
        with self.db.connect() as conn:
            conn.execute(
                "INSERT INTO briefs (id, created_at, topic, body) VALUES (?, ?, ?, ?)",
                (brief_id, now, brief.topic, brief.model_dump_json()),
            )
            conn.execute("DELETE FROM briefs WHERE created_at < ?", (now - self.ttl_seconds,))
            conn.execute(
                "DELETE FROM briefs WHERE id NOT IN (SELECT id FROM briefs ORDER BY created_at DESC LIMIT ?)",
                (self.max_briefs,),
            )
        return brief_id

    def get(self, brief_id: str) -> Brief:
        """The stored brief, or ``NotFound`` (HTTP 404) with a Dutch message."""
        with self.db.connect() as conn:
            row = conn.execute(
                "SELECT body FROM briefs WHERE id = ? AND created_at >= ?",
                (brief_id, time.time() - self.ttl_seconds),
            ).fetchone()
        if row is None:
            raise NotFound(BRIEF_GONE)
        return Brief.model_validate_json(row[0])

    def __len__(self) -> int:
        with self.db.connect() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM briefs").fetchone()[0])


_STORES_LOCK = threading.Lock()
_STORES: dict[tuple[str, str], BriefStore] = {}


def get_brief_store(service: Service = Depends(get_service)) -> BriefStore:
    """FastAPI dependency: the brief store in the service database (PostgreSQL or the data dir)."""
    settings = service.settings
    url = postgres_url(settings)
    key = ("url", url) if url else ("path", str(store_path(settings.data_dir)))
    with _STORES_LOCK:
        if key not in _STORES:
            _STORES[key] = BriefStore(service_database(settings))
        return _STORES[key]


def _encodable(text: str) -> str:
    """``text`` with lone surrogates replaced, so a Dutch error message quoting it can be sent."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _links(request: Request, brief_id: str, settings: Settings) -> dict[str, str]:
    """Root-relative download paths (they stay right behind a TLS-terminating proxy).

    With public keys configured each link is signed (``?t=…``, valid for an hour), so a
    browser can follow it without sending the key.
    """
    root = str(request.scope.get("root_path", "")).rstrip("/")
    links = {}
    for fmt in FORMATS:
        path = str(request.app.url_path_for("brief_download", brief_id=brief_id, fmt=fmt))
        links[fmt] = root + path + (f"?t={link_token(settings, path)}" if settings.public_api_keys else "")
    return links


def _payload(brief_id: str, brief: Brief, links: dict[str, str], fmt: str | None = None) -> BriefResponse:
    return BriefResponse(
        id=brief_id,
        brief=brief.model_dump(mode="json"),
        markdown=render(brief, "md").decode("utf-8"),
        links=links,
        download=links[fmt] if fmt else None,
    )


@router.post(
    "/api/briefs",
    response_model=BriefResponse,
    responses=_ERRORS,
    tags=["notities"],
    dependencies=[Depends(require_public), Depends(rate_limit)],
)
def create_brief(
    body: BriefRequest,
    request: Request,
    service: Service = Depends(get_service),
    store: BriefStore = Depends(get_brief_store),
) -> JSONResponse:
    """Stel een notitie met bronvermelding op; geeft de notitie, Markdown en downloadlinks."""
    fmt = check_format(_encodable(body.format)) if body.format is not None else None
    topic, question = clean_topic(body.onderwerp), clean_question(body.vraag)
    aan, van = clean_party(body.aan, "Aan"), clean_party(body.van, "Van")
    assistant = service.assistant()
    with _COMPOSING:  # the start-up warm-up gives way meanwhile
        brief = compose_brief(assistant, topic, question, aan, van)
    brief_id = store.add(brief)
    links = _links(request, brief_id, service.settings)
    payload = _payload(brief_id, brief, links, fmt)
    return JSONResponse(payload.model_dump(mode="json"), status_code=201, headers={"Location": links["md"]})


@router.get(
    "/api/briefs/{brief_id}.{fmt}",
    name="brief_download",
    tags=["notities"],
    responses={
        200: {
            "description": "De notitie als bestand",
            "content": {t.split(";")[0]: {} for t in MEDIA_TYPES.values()},
        },
        404: {"description": "Onbekende of verlopen notitie"},
        422: {"description": "Onbekend formaat"},
    },
    dependencies=[Depends(require_public_or_link)],
)
def download_brief(brief_id: str, fmt: str, store: BriefStore = Depends(get_brief_store)) -> Response:
    """Download een opgestelde notitie als md, docx, pdf of html."""
    name = check_format(_encodable(fmt))
    brief = store.get(brief_id)
    file = filename(brief, name)
    disposition = f"attachment; filename=\"{file}\"; filename*=UTF-8''{quote(file)}"
    data = render(brief, name)
    if name == "md":  # corpus markup must not become HTML or script links in a Markdown viewer
        data = defuse_markup(data.decode("utf-8")).encode("utf-8")
    return Response(
        data,
        media_type=media_type(name),
        headers={
            "Content-Disposition": disposition,
            "Cache-Control": "private, no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


@router.get(
    "/api/briefs/{brief_id}",
    response_model=BriefResponse,
    tags=["notities"],
    responses={404: {"description": "Onbekende of verlopen notitie"}},
    dependencies=[Depends(require_public)],
)
def get_brief(
    brief_id: str,
    request: Request,
    service: Service = Depends(get_service),
    store: BriefStore = Depends(get_brief_store),
) -> BriefResponse:
    """Een eerder opgestelde notitie opnieuw ophalen (JSON, Markdown en downloadlinks)."""
    brief = store.get(brief_id)
    return _payload(brief_id, brief, _links(request, brief_id, service.settings))


class _Composing:
    """How many briefs are being composed right now; the warm-up waits while any are."""

    def __init__(self) -> None:
        self._count = 0
        self._idle = threading.Condition()

    def __enter__(self) -> None:
        with self._idle:
            self._count += 1

    def __exit__(self, *_: object) -> None:
        with self._idle:
            self._count -= 1
            self._idle.notify_all()

    def wait_idle(self, timeout: float = 60.0) -> None:
        """Return when no brief is being composed (or after ``timeout`` seconds)."""
        with self._idle:
            self._idle.wait_for(lambda: self._count == 0, timeout)


_COMPOSING = _Composing()


def warm_briefs(
    service: Service, poll_seconds: float = 0.5, stop: threading.Event | None = None
) -> dict[str, float] | None:
    """Once the index is loaded, warm what the first brief would pay for (``assistant.briefs.warmup``).

    Runs in a daemon thread started by the app at start-up; it waits for the service to be
    ready (or to fail, or ``stop``), gives way while a brief is being composed, and never
    raises: a failed warm-up only costs speed.
    Returns the seconds per step (None when there was nothing to warm).
    """
    from assistant.briefs.warmup import warm_up

    stop = stop or threading.Event()
    try:
        while not service.ready and not service.failed and not stop.is_set():
            stop.wait(poll_seconds)
        if not service.ready:
            return None
        timings = warm_up(service.assistant(), pause=_COMPOSING.wait_idle)
    except Exception:  # a warm-up must never take the service down
        log.exception("Opwarmen voor notities mislukt")
        return None
    log.info("Notities opgewarmd: %s", timings)
    return timings


@lru_cache(maxsize=4)
def _read(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


@router.get("/adviseur", response_class=HTMLResponse, include_in_schema=False)
def adviser_page() -> HTMLResponse:
    """The advisers' page: compose a brief, read it with its citations and download it."""
    return HTMLResponse(_read("adviseur.html"), headers={"Content-Security-Policy": PAGE_CSP})


@router.get("/adviseur.js", include_in_schema=False)
def adviser_js() -> Response:
    """The advisers' page script."""
    return Response(
        _read("adviseur.js"),
        media_type="text/javascript; charset=utf-8",
        headers={"Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff"},
    )
