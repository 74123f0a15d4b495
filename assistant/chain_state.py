"""The record a question carries through the answer chain, and the small steps around it.

``State`` is what each runnable of ``chain.Assistant`` reads and extends (the question, the history, the
analysis, the retrieval, the draft); ``timed`` wraps a step so its time is kept. Split from ``chain.py``
(thirty-seventh session) when that passed 400 lines.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, TypedDict

from langchain_core.runnables import RunnableLambda

from assistant.conversation import Turn
from assistant.named_source import without_written
from assistant.sources import SourceDirectory
from ketenwijzer.models import CLARIFICATION_KIND

if TYPE_CHECKING:
    from assistant.abstention import Evidence
    from assistant.bibliography import SourceQuestion
    from assistant.generators import Draft
    from assistant.question import Question
    from assistant.retriever import Retrieval


class State(TypedDict, total=False):
    """What the chain knows of one question, filled in step by step (``chain.Assistant``)."""

    question: str
    """The question as the chain reads it (cleaned, spelled; after a follow-up's request, the earlier one)."""
    history: list[Turn]
    """The conversation's earlier turns, oldest first."""
    doc_ids: list[str] | None
    """Only these documents may be searched (None: all)."""
    language_asked: str | None
    """The answer language the caller asked for ('nl', 'en'), or None."""
    language: str
    """The answer's language: the one asked for, else guessed in ``_prepare``."""
    k: int | None
    """How many passages to retrieve (None: the settings' default)."""
    timings_ms: dict[str, float]
    """Each step's time (``timed``)."""
    asked: str
    """The question exactly as the user typed it, validated."""
    standalone: str
    """The question made whole from the conversation (a follow-up's topic carried in)."""
    analysis: Question
    """What the question asks: kind, focus, sides, frame (``question.analyse``)."""
    unresolved: str
    """A follow-up's reference no earlier turn resolves (then the question is asked back)."""
    orphan: bool
    """A follow-up with no earlier turn to lean on."""
    meta: str
    """A question about the assistant itself (``meta.meta_kind``), else ''."""
    about: SourceQuestion | None
    """A question about a publication's facts (author, year, where to find it)."""
    query: str
    """The text the lexical search is given."""
    retrieval: Retrieval
    """The passages found, with their context."""
    evidence: Evidence
    """The gate's measure of whether those passages answer the question."""
    draft: Draft | None
    """The generator's draft (None when declined)."""


def timed(name: str, fn: Any) -> RunnableLambda:
    """``fn`` as a named runnable that records its time in ``state["timings_ms"][name]``."""

    def step(state: State) -> State:
        started = time.perf_counter()
        out = fn(state)
        out["timings_ms"][name] = round((time.perf_counter() - started) * 1000, 2)
        return out

    return RunnableLambda(step, name=name)


def initial_state(
    question: str,
    history: list[Turn] | None,
    doc_ids: list[str] | None,
    language: str | None,
    k: int | None,
) -> State:
    """The state a question starts the chain with."""
    return State(
        question=question, history=history or [], doc_ids=doc_ids, language_asked=language, k=k, timings_ms={}
    )


def answer_kind(state: State, abstained: bool, about_source: bool) -> str:
    """The kind an answer reports: ``CLARIFICATION_KIND`` for a question asked back, 'about_source' for a
    publication's facts, else the question's kind."""
    if abstained and (state.get("orphan") or state.get("unresolved")):
        return CLARIFICATION_KIND
    return "about_source" if about_source else str(state["analysis"].kind)


LISTS_BACK = 3
"""How many earlier answers' lists a follow-up that asks something new does not lead with again."""


def without_names(question: str, directory: SourceDirectory | None) -> str:
    """``question`` without the source names it uses: a title is no evidence of the question's
    language ("Who wrote Ketens de baas?" counted 'de' as Dutch and was answered, and declined,
    as a Dutch question; ``tests/test_answers.py``)."""
    return without_written(question, directory.named_in(question) if directory else [])
