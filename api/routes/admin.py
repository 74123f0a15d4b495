"""``/api/admin/*``: ingest, reload, feedback export and session purge, behind an admin key.

Every route needs a key from ``KETENWIJZER_ADMIN_API_KEYS`` (header ``X-API-Key`` or
``Authorization: Bearer``); without configured keys they all answer 403 (admin disabled).
"""

from __future__ import annotations

import csv
import io
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse, Response

from api.access import require_admin
from api.ingest_job import ingest_job
from api.service import Service, get_service
from api.sessions import FEEDBACK_COLUMNS

_ERRORS: dict[int | str, dict[str, str]] = {
    401: {"description": "Geen of een onjuiste API-sleutel"},
    403: {"description": "Beheer is uitgeschakeld"},
}

router = APIRouter(
    prefix="/api/admin", tags=["beheer"], dependencies=[Depends(require_admin)], responses=_ERRORS
)


@router.post("/ingest", status_code=202, responses={409: {"description": "Er loopt al een ingest"}})
def start_ingest(service: Service = Depends(get_service)) -> JSONResponse:
    """Start an ingest of the corpus in the background; the new index is loaded when it ends."""
    return JSONResponse(ingest_job(service).start(), status_code=202)


@router.get("/ingest")
def ingest_status(service: Service = Depends(get_service)) -> dict[str, Any]:
    """The state of the latest ingest started over the API."""
    return dict(ingest_job(service).state)


@router.post("/reload", responses={503: {"description": "Er is geen bruikbare index"}})
def reload(service: Service = Depends(get_service)) -> dict[str, str]:
    """Load the index afresh (e.g. after an ingest by the CLI)."""
    service.load()
    return {"status": "ready", "detail": "De index is opnieuw geladen."}


@router.get("/feedback", response_model=None)
def export_feedback(
    format: Literal["json", "csv"] = Query(default="json", description="json of csv."),
    service: Service = Depends(get_service),
) -> list[dict[str, Any]] | Response:
    """All feedback, oldest first, as JSON or as CSV (UTF-8, header row)."""
    rows = service.sessions.feedback_rows()
    if format == "json":
        return rows
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(FEEDBACK_COLUMNS), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="ketenwijzer-feedback.csv"'},
    )


def _cell(value: Any) -> Any:
    """Defuse spreadsheet formulas: text starting with = + - @ gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


@router.post("/sessions/purge")
def purge_sessions(
    all: bool = Query(default=False, description="Ook lopende gesprekken verwijderen."),
    service: Service = Depends(get_service),
) -> dict[str, int]:
    """Remove expired conversations (or all of them with ``?all=true``); feedback stays."""
    return {"removed": service.sessions.purge(everything=all)}
