"""``POST /api/ask`` (one JSON answer) and ``POST /api/chat`` (the same answer as SSE).

Both keep the conversation server-side: without ``session_id`` a new session starts; the
response carries its id (``session_id`` in the JSON, in the ``meta`` event, and in the
``X-Session-Id`` header). An unknown or expired id is a 404 with a Dutch message.
Everything that can fail before the answer exists (validation, session, readiness) fails
with a proper status code before the stream starts.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse, StreamingResponse

from api.access import require_public
from api.beheer_questions import record_question
from api.ratelimit import rate_limit
from api.schemas import AskRequest, AskResponse
from api.service import Service, get_service
from api.sse import SSE_HEADERS, answer_events
from assistant.chain import Assistant
from assistant.conversation import Turn, standalone_question
from ketenwijzer.models import Answer

router = APIRouter(
    prefix="/api", tags=["vragen"], dependencies=[Depends(require_public), Depends(rate_limit)]
)

_ERRORS: dict[int | str, dict[str, str]] = {
    401: {"description": "Geen of een onjuiste API-sleutel"},
    404: {"description": "Onbekend of verlopen gesprek"},
    422: {"description": "Ongeldige vraag"},
    429: {"description": "Te veel vragen; zie Retry-After"},
    503: {"description": "De index is nog niet klaar"},
}


@dataclass
class Prepared:
    """A validated question in its conversation."""

    assistant: Assistant
    question: str
    session_id: str
    history: list[Turn]
    doc_ids: list[str] | None


def prepare(body: AskRequest, service: Service) -> Prepared:
    """Validate the question, then open (or start) its session."""
    assistant = service.assistant()
    question = assistant.validate_question(body.question)
    session_id, history = service.sessions.open(body.session_id)
    doc_ids = body.filters.doc_ids if body.filters and body.filters.doc_ids else None
    return Prepared(assistant, question, session_id, history, doc_ids)


def _remember(service: Service, p: Prepared, answer: Answer, channel: str = "api") -> None:
    standalone = answer.standalone_question or answer.question
    service.sessions.add_turn(p.session_id, answer.question, standalone, answer.answer)
    record_question(service, p.session_id, answer, channel)


def answer_question(body: AskRequest, service: Service, channel: str = "api") -> tuple[Answer, str]:
    """Answer one question in its conversation (remembered, and logged when that is on)."""
    p = prepare(body, service)
    answer = p.assistant.ask(p.question, history=p.history, doc_ids=p.doc_ids)
    _remember(service, p, answer, channel)
    return answer, p.session_id


@router.post("/ask", response_model=AskResponse, responses=_ERRORS)
def ask(body: AskRequest, service: Service = Depends(get_service)) -> JSONResponse:
    """Answer one question with citations."""
    answer, session_id = answer_question(body, service)
    payload = AskResponse(**answer.model_dump(), session_id=session_id)
    return JSONResponse(payload.model_dump(mode="json"), headers={"X-Session-Id": session_id})


@router.post(
    "/chat",
    responses={**_ERRORS, 200: {"content": {"text/event-stream": {}}, "description": "SSE-stroom"}},
)
def chat(body: AskRequest, service: Service = Depends(get_service)) -> StreamingResponse:
    """Answer one question as server-sent events (``meta``, ``delta``…, ``citations``, ``done``)."""
    p = prepare(body, service)
    meta = {
        "session_id": p.session_id,
        "question": p.question,
        "standalone_question": standalone_question(p.question, p.history),
    }
    events = answer_events(
        meta,
        p.assistant.stream(p.question, history=p.history, doc_ids=p.doc_ids),
        lambda answer: _remember(service, p, answer),
    )
    headers = {**SSE_HEADERS, "X-Session-Id": p.session_id}
    return StreamingResponse(events, media_type="text/event-stream", headers=headers)
