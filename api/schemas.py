"""Request and response bodies of the ``/api`` routes (the core models are reused as they are)."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints, field_validator
from pydantic.json_schema import JsonDict

from ketenwijzer.models import Answer, DocumentInfo, Passage

MAX_QUESTION_CHARS = 2000
"""Longest question the API takes (characters as sent)."""
HAS_WORD = r"[^\W_]"
"""A question holds at least one letter or digit (Python/JSON-Schema regex, searched anywhere)."""
EMPTY_QUESTION = "De vraag is leeg. Typ een vraag over ketensamenwerking of ketensturing."
QUESTION_SCHEMA: JsonDict = {"minLength": 1, "pattern": HAS_WORD}


def check_question(text: str) -> str:
    """``text`` when it holds a letter or digit; otherwise ``ValueError`` with the Dutch 'empty' message."""
    if not re.search(HAS_WORD, text):
        raise ValueError(EMPTY_QUESTION)
    return text


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

    question: str = Field(
        max_length=MAX_QUESTION_CHARS,
        description="De vraag, in het Nederlands of Engels (minstens één letter of cijfer).",
        json_schema_extra=QUESTION_SCHEMA,
    )
    session_id: str | None = Field(
        default=None,
        max_length=200,
        description="Id van een lopend gesprek; weglaten begint een nieuw gesprek.",
    )
    filters: Filters | None = None

    @field_validator("question")
    @classmethod
    def _not_empty(cls, question: str) -> str:
        """A question without a single letter or digit is empty."""
        return check_question(question)


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
