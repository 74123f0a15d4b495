"""The record a question carries through the answer chain, and the small steps around it.

``State`` is what each runnable of ``chain.Assistant`` reads and extends (the question, the history, the
analysis, the retrieval, the draft); ``timed`` wraps a step so its time is kept. Split from ``chain.py``
(thirty-seventh session) when that passed 400 lines.
"""

from __future__ import annotations

import time
from typing import Any

from langchain_core.runnables import RunnableLambda

from assistant.conversation import Turn
from assistant.sources import SourceDirectory, without_written
from ketenwijzer.models import CLARIFICATION_KIND

State = dict[str, Any]


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
    return {
        "question": question,
        "history": history or [],
        "doc_ids": doc_ids,
        "language": language,
        "k": k,
        "timings_ms": {},
    }


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
