"""Data shapes shared by the CLI, the API and the evals: one ``Answer`` everywhere."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Citation(BaseModel):
    """One numbered source of an answer; ``quote`` occurs verbatim in chunk ``chunk_id``."""

    n: int
    doc_id: str
    title: str
    section: str = ""
    url: str | None = None
    page: int | None = None
    quote: str
    chunk_id: str


class RetrievedRef(BaseModel):
    """A passage the generator received, in rank order."""

    chunk_id: str
    doc_id: str
    score: float


CLARIFICATION_KIND = "clarification"
"""``Answer.kind`` of a question asked back ("Ik weet niet waar je vraag naar verwijst …"): a first question
that points to no earlier answer, or an ordinal into no list. It asks nothing of the corpus, so the
question log does not count it as declined (``api/beheer_questions.py``)."""


class Answer(BaseModel):
    """The assistant's answer to one question."""

    question: str
    answer: str
    abstained: bool
    language: str
    citations: list[Citation] = Field(default_factory=list)
    retrieved: list[RetrievedRef] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)
    standalone_question: str | None = None
    generator: str = "extractive"
    notice: str | None = None
    """A short remark for the user, e.g. that a language model was unavailable."""
    evidence: float | None = None
    """The abstention gate's evidence score for this question (see ``assistant/abstention.py``)."""
    kind: str | None = None
    """The question kind: definition, list, comparison, advice, cause, consequence, example,
    who_said, yes_no or open (see ``assistant/question.py``); about_source for a question about a
    source's publication, answered from its metadata (``assistant/bibliography.py``); ``CLARIFICATION_KIND``
    for a question asked back."""
    focus: str | None = None
    """What the question asks about, without its kind words and fillers."""
    unsaid: list[str] = Field(default_factory=list)
    """Nouns of the question that no source uses; the answer opens with a note saying so."""


class Passage(BaseModel):
    """A chunk of a corpus document with the metadata needed to cite it."""

    chunk_id: str
    doc_id: str
    text: str
    title: str
    section: str = ""
    heading_path: list[str] = Field(default_factory=list)
    position: int = 0
    url: str | None = None
    page: int | None = None
    date: str | None = None
    score: float = 0.0


class DocumentInfo(BaseModel):
    """A corpus document as listed by ``/api/documents``."""

    doc_id: str
    title: str
    path: str
    content_hash: str
    n_chunks: int
    metadata: dict[str, object] = Field(default_factory=dict)
