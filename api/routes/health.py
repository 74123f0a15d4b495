"""Liveness (``/healthz``) and readiness (``/readyz``: 503 until the index is loaded).

Ready means questions can be answered now: the assistant is loaded and the index it reads
(re)loads without error, so a broken catalog shows as 503 here instead of as 500s elsewhere.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from api.schemas import Status
from api.service import Service, get_service

router = APIRouter(tags=["status"])
log = logging.getLogger("ketenwijzer.api")
UNREADABLE = "De index kan nu niet worden gelezen; voer 'ketenwijzer ingest' opnieuw uit."


def _answerable(service: Service) -> str | None:
    """None when the loaded index reads without error, else the Dutch reason it does not."""
    try:
        index = service.assistant().index
        index.refresh()
        index.documents()
    except Exception as exc:  # readiness must report, never raise
        log.warning("Index onleesbaar: %s", type(exc).__name__)
        return UNREADABLE
    return None


@router.get("/healthz", response_model=Status)
def healthz() -> Status:
    """The process is alive."""
    return Status(status="ok", detail="Ketenwijzer draait.")


@router.get("/readyz", response_model=Status, responses={503: {"model": Status}})
def readyz(service: Service = Depends(get_service)) -> JSONResponse:
    """200 when questions can be answered, otherwise 503 with the reason in Dutch."""
    problem = _answerable(service) if service.ready else None
    if service.ready and problem is None:
        return JSONResponse(Status(status="ready", detail=service.status).model_dump())
    status = "failed" if service.failed or problem else "starting"
    return JSONResponse(
        Status(status=status, detail=problem or service.status).model_dump(),
        status_code=503,
        headers={"Retry-After": "2"},
    )
