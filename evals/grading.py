"""Grade one answer against its question: ranks, facts, citation support and pass/fail.

A graded record is a plain JSON-ready dict; ``evals.metrics.summarize`` aggregates them and
``report.json`` stores them under ``questions``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from assistant.coherence import check, states_case
from assistant.support import SupportFn, lexical_support
from evals.answertext import answer_sentences, markers_in_budget, word_count
from evals.metrics import (
    check_facts,
    facts_in_budget,
    first_relevant_rank,
    lead_hit,
    markers_resolve,
    ndcg_at,
    sides_covered,
)
from evals.questionset import ConversationTurn, Question
from ingest.index import Index
from ketenwijzer.errors import NotFound
from ketenwijzer.models import Answer, Citation

PassageText = Callable[[str], str]
Coherence = Callable[[str, str, bool], dict[str, int]]
"""Violations per rule of one answer text in a language, given whether its question states the
case a "… dan …" sentence points back to (``assistant.coherence.check``)."""

FAILURES = ("retrieval", "gate", "composition", "error")
"""Why a question failed: the expected source was not retrieved; declined although answerable
or answered although out of scope; source retrieved but the answer misses facts, a side or
support; asking raised an error."""


def coherence_check() -> Coherence:
    """``assistant.coherence.check`` as violations per rule (the same rules the composer enforces)."""

    def violations(text: str, language: str, case: bool) -> dict[str, int]:
        return {rule: int(n) for rule, n in check(text, language, case).violations.items()}

    return violations


def passage_lookup(index: Index) -> PassageText:
    """The text of a chunk by id ("" once it is gone), cached: citations repeat across questions."""

    @lru_cache(maxsize=4096)
    def passage_text(chunk_id: str) -> str:
        try:
            return index.passage(chunk_id).text
        except NotFound:
            return ""

    return passage_text


def citation_verdicts(
    answer: Answer, passage_text: PassageText, threshold: float, fn: SupportFn = lexical_support
) -> list[dict[str, Any]]:
    """The support verdict of every citation against the sentence it is attached to.

    Markers are matched to citations in order: the k-th ``[n]`` in the text takes the next
    unused citation numbered n. A citation no marker points at is attached to no sentence
    and counts as unsupported.
    """
    unused: list[Citation] = list(answer.citations)
    pairs: list[tuple[str, Citation]] = []
    for sentence, numbers in answer_sentences(answer.answer):
        for n in numbers:
            match = next((c for c in unused if c.n == n), None)
            if match is not None:
                unused.remove(match)
            else:
                match = next((c for c in answer.citations if c.n == n), None)
            if match is not None:
                pairs.append((sentence, match))
    pairs.extend(("", c) for c in unused)
    out = []
    for sentence, citation in pairs:
        text = passage_text(citation.chunk_id)
        score = fn(sentence, text) if sentence and text else 0.0
        out.append(
            {
                "n": citation.n,
                "chunk_id": citation.chunk_id,
                "doc_id": citation.doc_id,
                "sentence": sentence,
                "support": round(score, 4),
                "supported": bool(sentence and text) and score >= threshold,
            }
        )
    return out


def passed(record: dict[str, Any]) -> bool:
    """Pass/fail of one question.

    Unanswerable: declined and cited nothing. Answerable: answered, a relevant passage was
    retrieved (when sources are expected), every fact present, every citation supported and,
    for a comparison, every side cited.
    """
    return failure(record) is None


def failure(record: dict[str, Any]) -> str | None:
    """Why a question failed (one of ``FAILURES``), or None when it passed.

    Retrieval comes first: a declined question whose expected source was not retrieved at
    all failed at retrieval, not at the gate.
    """
    if record.get("error"):
        return "error"
    if not record["answerable"]:
        return None if record["abstained"] and not record["citations"] else "gate"
    if record["expected_sources"] and record["first_relevant_rank"] is None:
        return "retrieval"
    if record["abstained"]:
        return "gate"
    if (
        record["facts_missing"]
        or not all(c["supported"] for c in record["citations"])
        or record.get("both_sides_cited") is False
    ):
        return "composition"
    return None


def grade(
    set_name: str,
    question: Question | ConversationTurn,
    answer: Answer | None,
    latency_ms: float | None,
    passage_text: PassageText,
    threshold: float,
    fn: SupportFn = lexical_support,
    n_relevant: int | None = None,
    error: str | None = None,
    *,
    row_id: str | None = None,
    turn: int | None = None,
    split: str | None = None,
    coherence: Coherence | None = None,
) -> dict[str, Any]:
    """A JSON-ready record for one question or conversation turn (``answer`` None: asking failed).

    A turn needs ``row_id`` (``<id>.t<k>``), ``turn`` (k) and ``split`` (its conversation's).
    """
    doc_ids = [r.doc_id for r in answer.retrieved] if answer else []
    expected = question.expected_sources
    answered = answer is not None and not answer.abstained
    text = answer.answer if answer is not None and answered else ""
    facts = question.alternatives()
    found, missing = check_facts(facts, text)
    sentences = answer_sentences(text) if answered else []
    # a side counts as cited when a reader meets its marker within the word budget: citing
    # everything at length does not cover a comparison
    within = set(markers_in_budget(text))
    read_docs = [c.doc_id for c in answer.citations if c.n in within] if answer else []
    language = answer.language if answer else (question.language or "nl")
    case = answer is not None and states_case(answer.standalone_question or answer.question, answer.kind)
    if isinstance(question, Question):
        row_id, split = row_id or question.id, split or question.half
    record: dict[str, Any] = {
        "set": set_name,
        "id": row_id,
        "question": question.question,
        "language": answer.language if answer else question.language,
        "answerable": question.answerable,
        "expected_sources": expected,
        "answer": answer.model_dump() if answer else None,
        "abstained": answer.abstained if answer else True,
        "retrieved_doc_ids": doc_ids,
        "first_relevant_rank": first_relevant_rank(doc_ids, expected) if expected else None,
        "ndcg_at_10": round(ndcg_at(doc_ids, expected, 10, n_relevant), 4) if expected else None,
        "facts_found": found,
        "facts_missing": missing,
        "facts_in_budget": len(facts_in_budget(facts, text)),
        "lead_hit": lead_hit(facts, text) if facts and question.answerable else None,
        "citations": citation_verdicts(answer, passage_text, threshold, fn) if answer else [],
        "sentences": len(sentences),
        "sentences_cited": sum(1 for _, numbers in sentences if numbers),
        "answer_words": word_count(text) if answered else None,
        "markers_resolved": markers_resolve(text, [c.n for c in answer.citations])
        if answer is not None and answered
        else None,
        "coherence": coherence(text, language, case) if coherence is not None and answered else None,
        "sides": question.sides,
        "both_sides_cited": sides_covered(question.sides, read_docs) if question.sides else None,
        "both_sides_retrieved": sides_covered(question.sides, doc_ids) if question.sides else None,
        "kind": question.kind,
        "answer_kind": answer.kind if answer else None,
        "near_domain": question.near_domain,
        "unsaid": answer.unsaid if answer is not None and answered else [],
        "turn": turn,
        "split": split,
        "latency_ms": round(latency_ms, 1) if latency_ms is not None else None,
        "error": error,
    }
    record["failure"] = failure(record)
    record["passed"] = record["failure"] is None
    return record
