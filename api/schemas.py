"""Request and response bodies of the ``/api`` routes (the core models are reused as they are)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from ketenwijzer.models import Answer, DocumentInfo, Passage

MAX_FILTER_IDS = 50
"""At most this many document ids in ``filters.doc_ids``."""
DocId = Annotated[str, StringConstraints(min_length=1, max_length=200)]


class Filters(BaseModel):
    """Restrict retrieval, e.g. to some documents."""

    doc_ids: list[DocId] | None = Field(
        default=None, max_length=MAX_FILTER_IDS, description="Alleen in deze documenten zoeken."
    )


class AskRequest(BaseModel):
    """A question, optionally in an existing conversation."""

    question: str = Field(description="De vraag, in het Nederlands of Engels.")
    session_id: str | None = Field(
        default=None,
        max_length=200,
        description="Id van een lopend gesprek; weglaten begint een nieuw gesprek.",
    )
    filters: Filters | None = None


class AskResponse(Answer):
    """The ``Answer`` plus the conversation it belongs to (send ``session_id`` with a follow-up)."""

    session_id: str


class FeedbackRequest(BaseModel):
    """A rating of one answer."""

    session_id: str = Field(max_length=200)
    question: str = Field(max_length=10_000)
    answer: str = Field(max_length=50_000)
    rating: Literal["up", "down"]
    comment: str | None = Field(default=None, max_length=4000)
    citation_n: int | None = Field(default=None, ge=1, le=1000)


class FeedbackResponse(BaseModel):
    """The stored feedback's id."""

    id: int
    stored: bool = True


class Section(BaseModel):
    """A section of a document and the passages it consists of."""

    section: str
    chunk_ids: list[str]


class DocumentDetail(DocumentInfo):
    """One document with its sections and passages in reading order."""

    sections: list[Section]
    passages: list[Passage]


class PassageContext(BaseModel):
    """A passage with its neighbours in the document, for the citation view."""

    passage: Passage
    before: list[Passage]
    after: list[Passage]


class Status(BaseModel):
    """Liveness or readiness."""

    status: str
    detail: str
