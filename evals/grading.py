"""Grade one answer against its question: ranks, facts, citation support and pass/fail.

A graded record is a plain JSON-ready dict; ``evals.metrics.summarize`` aggregates them and
``report.json`` stores them under ``questions``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from assistant.support import SupportFn, lexical_support
from evals.metrics import answer_sentences, check_facts, first_relevant_rank, ndcg_at
from evals.questionset import Question
from ingest.index import Index
from ketenwijzer.errors import NotFound
from ketenwijzer.models import Answer, Citation

PassageText = Callable[[str], str]


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
    retrieved (when sources are expected), every fact present, every citation supported.
    """
    if record.get("error"):
        return False
    if not record["answerable"]:
        return bool(record["abstained"]) and not record["citations"]
    return (
        not record["abstained"]
        and (not record["expected_sources"] or record["first_relevant_rank"] is not None)
        and not record["facts_missing"]
        and all(c["supported"] for c in record["citations"])
    )


def grade(
    set_name: str,
    question: Question,
    answer: Answer | None,
    latency_ms: float | None,
    passage_text: PassageText,
    threshold: float,
    fn: SupportFn = lexical_support,
    n_relevant: int | None = None,
    error: str | None = None,
) -> dict[str, Any]:
    """A JSON-ready record for one question (``answer`` is None when asking failed)."""
    doc_ids = [r.doc_id for r in answer.retrieved] if answer else []
    expected = question.expected_sources
    text = answer.answer if answer and not answer.abstained else ""
    found, missing = check_facts(question.alternatives(), text)
    sentences = answer_sentences(answer.answer) if answer and not answer.abstained else []
    record: dict[str, Any] = {
        "set": set_name,
        "id": question.id,
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
        "citations": citation_verdicts(answer, passage_text, threshold, fn) if answer else [],
        "sentences": len(sentences),
        "sentences_cited": sum(1 for _, numbers in sentences if numbers),
        "latency_ms": round(latency_ms, 1) if latency_ms is not None else None,
        "error": error,
    }
    record["passed"] = passed(record)
    return record
