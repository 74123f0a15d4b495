"""Liveness (``/healthz``) and readiness (``/readyz``: 503 until the index is loaded)."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from api.schemas import Status
from api.service import Service, get_service

router = APIRouter(tags=["status"])


@router.get("/healthz", response_model=Status)
def healthz() -> Status:
    """The process is alive."""
    return Status(status="ok", detail="Ketenwijzer draait.")


@router.get("/readyz", response_model=Status, responses={503: {"model": Status}})
def readyz(service: Service = Depends(get_service)) -> JSONResponse:
    """200 when questions can be answered, otherwise 503 with the reason in Dutch."""
    if service.ready:
        return JSONResponse(Status(status="ready", detail=service.status).model_dump())
    status = "failed" if service.failed else "starting"
    return JSONResponse(
        Status(status=status, detail=service.status).model_dump(),
        status_code=503,
        headers={"Retry-After": "2"},
    )
