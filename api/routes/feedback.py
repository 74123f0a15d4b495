"""``POST /api/feedback``: a thumbs up or down (with an optional comment) on one answer."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from api.access import require_public
from api.ratelimit import rate_limit
from api.schemas import FeedbackRequest, FeedbackResponse
from api.service import Service, get_service

router = APIRouter(prefix="/api", tags=["feedback"])


@router.post(
    "/feedback",
    status_code=201,
    response_model=FeedbackResponse,
    responses={
        401: {"description": "Geen of een onjuiste API-sleutel"},
        404: {"description": "Onbekend gesprek"},
        422: {"description": "Ongeldige feedback"},
        429: {"description": "Te veel aanvragen; zie Retry-After"},
    },
    dependencies=[Depends(require_public), Depends(rate_limit)],
)
def feedback(body: FeedbackRequest, service: Service = Depends(get_service)) -> JSONResponse:
    """Store the rating; the evals read it back with ``ketenwijzer eval from-feedback``."""
    comment = (body.comment or "").strip() or None
    feedback_id = service.sessions.add_feedback(
        body.session_id, body.question, body.answer, body.rating, comment, body.citation_n
    )
    return JSONResponse(FeedbackResponse(id=feedback_id).model_dump(), status_code=201)
