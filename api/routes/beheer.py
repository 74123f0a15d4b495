"""``/beheer``: the maintainers' page and its API (documents, ingest, feedback, gaps, quality).

The page itself answers 401 with the login form until a maintainer logs in (403 when no admin
key is configured); every ``/beheer/api`` route needs the session cookie (``api.beheer_auth``)
and every POST its CSRF token. The page's script and style are served from local files.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, Field

from api import beheer_auth, beheer_documents, beheer_feedback, beheer_gaps, beheer_quality
from api.beheer_auth import require_beheer, require_csrf
from api.beheer_questions import question_log
from api.ingest_job import ingest_job
from api.ratelimit import rate_limit
from api.service import Service, get_service
from api.sse import SSE_HEADERS, sse
from ketenwijzer.errors import KetenwijzerError

STATIC = Path(__file__).resolve().parent.parent / "static"
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
NO_STORE = {"Cache-Control": "no-store"}
EVENT_POLL_SECONDS = 0.25
EVENT_LIMIT_SECONDS = 3600.0

router = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/beheer/api", dependencies=[Depends(require_beheer)])
changes = APIRouter(prefix="/beheer/api", dependencies=[Depends(require_csrf)])


@lru_cache(maxsize=4)
def _read(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


@router.get("/beheer", response_class=HTMLResponse)
def page(request: Request, service: Service = Depends(get_service)) -> HTMLResponse:
    """The page: 200 for a logged-in maintainer, else 401 with the login form (403: admin off)."""
    state, status = "app", 200
    try:
        beheer_auth.current_session(request, service)
    except KetenwijzerError as exc:
        state, status = ("uit" if exc.status_code == 403 else "aanmelden"), exc.status_code
    html = _read("beheer.html").replace("{{STATE}}", state)
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": PAGE_CSP, **NO_STORE})


@router.get("/beheer.js")
def script() -> Response:
    """The page's script."""
    return Response(_read("beheer.js"), media_type="text/javascript; charset=utf-8", headers=NO_STORE)


@router.get("/beheer.css")
def style() -> Response:
    """The page's style sheet."""
    return Response(_read("beheer.css"), media_type="text/css; charset=utf-8", headers=NO_STORE)


class Login(BaseModel):
    """The admin key, exchanged once for a session cookie."""

    key: str = Field(max_length=1000)


@router.post("/beheer/api/login", dependencies=[Depends(rate_limit)])
def login(
    body: Login, request: Request, response: Response, service: Service = Depends(get_service)
) -> dict[str, str]:
    """Log in with an admin key: sets the session cookie, returns the CSRF token."""
    csrf = beheer_auth.login(request, response, service, body.key)
    response.headers["cache-control"] = "no-store"
    return {"csrf": csrf}


@changes.post("/logout")
def logout(request: Request, response: Response, service: Service = Depends(get_service)) -> dict[str, str]:
    """Log out: the session ends and its cookie is cleared."""
    beheer_auth.logout(request, response, service)
    return {"detail": "U bent afgemeld."}


@api.get("/session")
def session(
    session: beheer_auth.BeheerSession = Depends(require_beheer), service: Service = Depends(get_service)
) -> JSONResponse:
    """The CSRF token and the settings the page states (question log, retention)."""
    settings = service.settings
    return JSONResponse(
        {
            "csrf": session.csrf,
            "question_log": settings.question_log,
            "question_log_days": settings.question_log_days,
            "logged_questions": question_log(service).count() if settings.question_log else 0,
            "drafts_file": settings.eval_drafts_file.name,
        },
        headers=NO_STORE,
    )


# -- documents and ingest ---------------------------------------------------------
@api.get("/documents")
def documents(service: Service = Depends(get_service)) -> list[dict[str, Any]]:
    """Every document with its metadata, passages, last change and problems."""
    return [asdict(row) for row in beheer_documents.document_rows(service)]


@changes.post("/documents", status_code=202)
async def upload(
    file: UploadFile = File(description="Het document (md, txt, html, pdf of docx)."),
    title: str = Form(max_length=1000),
    publisher: str = Form(default="", max_length=1000),
    date: str = Form(default="", max_length=40),
    url: str = Form(default="", max_length=2000),
    kind: str = Form(default="original", max_length=40),
    language: str = Form(default="nl", max_length=5),
    service: Service = Depends(get_service),
) -> JSONResponse:
    """Add a document to the corpus (with its metadata) and start an ingest."""
    data = await file.read()
    meta = beheer_documents.Metadata(title, publisher, date, url, kind, language)
    doc_id, state = await asyncio.to_thread(
        beheer_documents.save_upload, service, file.filename or "", data, meta
    )
    return JSONResponse({"doc_id": doc_id, "ingest": state}, status_code=202)


@changes.post("/documents/{doc_id}/remove", status_code=202)
def remove(doc_id: str, service: Service = Depends(get_service)) -> JSONResponse:
    """Remove a document's file from the corpus and start an ingest."""
    return JSONResponse({"ingest": beheer_documents.remove_document(service, doc_id)}, status_code=202)


@changes.post("/ingest", status_code=202)
def start_ingest(service: Service = Depends(get_service)) -> JSONResponse:
    """Start an ingest (409 with a Dutch message while one runs)."""
    return JSONResponse(ingest_job(service).start(), status_code=202)


@api.get("/ingest")
def ingest_state(service: Service = Depends(get_service)) -> dict[str, Any]:
    """The state of the latest ingest started from this service."""
    return dict(ingest_job(service).state)


@api.get("/ingest/events")
async def ingest_events(service: Service = Depends(get_service)) -> StreamingResponse:
    """Live progress of the ingest as SSE: ``voortgang`` events, then ``klaar`` with the summary."""

    async def events() -> AsyncIterator[str]:
        job = ingest_job(service)
        last: dict[str, Any] | None = None
        deadline = time.monotonic() + EVENT_LIMIT_SECONDS
        while time.monotonic() < deadline:
            state = dict(job.state)
            if state.get("status") != "running":
                yield sse("klaar", state)
                return
            if state != last:
                yield sse("voortgang", state)
                last = state
            await asyncio.sleep(EVENT_POLL_SECONDS)

    return StreamingResponse(events(), media_type="text/event-stream", headers=SSE_HEADERS)


# -- feedback, gaps, quality ---------------------------------------------------------
@api.get("/feedback")
def feedback(service: Service = Depends(get_service)) -> list[dict[str, Any]]:
    """The thumbs-down inbox, unhandled first."""
    return [asdict(item) for item in beheer_feedback.inbox(service)]


@changes.post("/feedback/{feedback_id}/handled")
def handled(feedback_id: int, service: Service = Depends(get_service)) -> dict[str, str]:
    """Mark a thumbs-down as handled."""
    beheer_feedback.mark_handled(service, feedback_id)
    return {"detail": "Gemarkeerd als afgehandeld."}


@changes.post("/feedback/{feedback_id}/evalvraag", status_code=201)
def eval_question(feedback_id: int, service: Service = Depends(get_service)) -> JSONResponse:
    """Write the thumbs-down as a draft question into the drafts question set."""
    path, question_id = beheer_feedback.add_eval_draft(service, feedback_id)
    detail = f"Conceptvraag {question_id} toegevoegd aan {path.name}."
    return JSONResponse({"id": question_id, "file": path.name, "detail": detail}, status_code=201)


@api.get("/gaps")
def gaps(
    days: int = Query(default=30, ge=1, le=365, description="Aantal dagen terug."),
    service: Service = Depends(get_service),
) -> dict[str, Any]:
    """Declined and thumbs-down questions of the last ``days`` days, grouped by topic."""
    groups = beheer_gaps.content_gaps(service, days)
    return {
        "days": days,
        "question_log": service.settings.question_log,
        "groups": [asdict(g) for g in groups],
    }


@api.get("/quality")
def quality(service: Service = Depends(get_service)) -> dict[str, Any]:
    """Key metrics of every eval report in the reports folder, oldest first."""
    found = beheer_quality.runs(service.settings)
    return {
        "metrics": beheer_quality.KEY_METRICS,
        "runs": [asdict(r) for r in found],
        "latest": found[-1].id if found else None,
    }


@api.get("/quality/{run_id}/report")
def quality_report(run_id: str, service: Service = Depends(get_service)) -> FileResponse:
    """The HTML (else JSON) report of one run."""
    path = beheer_quality.report_file(service.settings, run_id)
    media = "text/html; charset=utf-8" if path.suffix == ".html" else "application/json"
    return FileResponse(path, media_type=media, headers=NO_STORE)


router.include_router(api)
router.include_router(changes)
