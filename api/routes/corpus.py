"""Search, documents and passages: what the citation view and other clients read.

Every route here returns corpus text, so every one follows the same access rule as the
question endpoints: with public keys configured, a key is required (``require_public``).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from api.access import require_public
from api.ratelimit import rate_limit
from api.schemas import (
    EMPTY_QUESTION,
    MAX_QUESTION_CHARS,
    QUESTION_SCHEMA,
    DocumentDetail,
    PassageContext,
    Section,
    check_question,
)
from api.service import Service, get_service
from ketenwijzer.errors import InvalidInput
from ketenwijzer.models import DocumentInfo, Passage

router = APIRouter(prefix="/api", tags=["corpus"], dependencies=[Depends(require_public)])

_NOT_FOUND: dict[int | str, dict[str, str]] = {
    401: {"description": "Geen of een onjuiste API-sleutel"},
    404: {"description": "Bestaat niet"},
    503: {"description": "De index is nog niet klaar"},
}


@router.get(
    "/search",
    response_model=list[Passage],
    responses={**_NOT_FOUND, 429: {"description": "Te veel aanvragen; zie Retry-After"}},
    dependencies=[Depends(rate_limit)],
)
def search(
    q: str = Query(
        max_length=MAX_QUESTION_CHARS,
        description="Zoekvraag (minstens één letter of cijfer).",
        json_schema_extra=QUESTION_SCHEMA,
    ),
    k: int = Query(default=10, ge=1, le=50, description="Aantal passages."),
    service: Service = Depends(get_service),
) -> list[Passage]:
    """Passages for a query, best first, with fused scores."""
    try:
        check_question(q)
    except ValueError:
        raise InvalidInput(EMPTY_QUESTION) from None
    return service.assistant().search(q, k)


@router.get("/documents", response_model=list[DocumentInfo], responses=_NOT_FOUND)
def documents(service: Service = Depends(get_service)) -> list[DocumentInfo]:
    """All indexed documents with their metadata."""
    return sorted(service.assistant().index.documents(), key=lambda d: d.doc_id)


@router.get("/documents/{doc_id}", response_model=DocumentDetail, responses=_NOT_FOUND)
def document(doc_id: str, service: Service = Depends(get_service)) -> DocumentDetail:
    """One document with its sections and passages in reading order."""
    info, passages = service.assistant().index.document(doc_id)
    sections: list[Section] = []
    for p in passages:
        if sections and sections[-1].section == p.section:
            sections[-1].chunk_ids.append(p.chunk_id)
        else:
            sections.append(Section(section=p.section, chunk_ids=[p.chunk_id]))
    return DocumentDetail(**info.model_dump(), sections=sections, passages=passages)


@router.get("/passages/{chunk_id}", response_model=PassageContext, responses=_NOT_FOUND)
def passage(
    chunk_id: str,
    width: int = Query(default=1, ge=0, le=5, description="Aantal buurpassages aan elke kant."),
    service: Service = Depends(get_service),
) -> PassageContext:
    """A passage with its neighbours in the document."""
    found = service.assistant().index.neighbours(chunk_id, width)
    i = next(i for i, p in enumerate(found) if p.chunk_id == chunk_id)
    return PassageContext(passage=found[i], before=found[:i], after=found[i + 1 :])
