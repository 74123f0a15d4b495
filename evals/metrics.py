"""The evaluation metrics: retrieval ranks, facts, citations, abstention and latency.

Every function here is pure: it sees answers and expectations, never the index. The
definitions are written out in ``evals/README.md``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

from ketenwijzer.text import sentences, words

SUMMARY_KEYS = (
    "n_questions",
    "n_answerable",
    "n_unanswerable",
    "hit_at_1",
    "hit_at_5",
    "mrr",
    "ndcg_at_10",
    "fact_recall",
    "facts_complete",
    "citation_precision",
    "citation_coverage",
    "abstention_accuracy",
    "false_abstention_rate",
    "latency_ms_p50",
    "latency_ms_p95",
)
LOWER_IS_BETTER = frozenset({"false_abstention_rate", "latency_ms_p50", "latency_ms_p95"})
LATENCY_KEYS = frozenset({"latency_ms_p50", "latency_ms_p95"})
COUNT_KEYS = frozenset({"n_questions", "n_answerable", "n_unanswerable"})

_MARKERS = re.compile(r"((?:\s*\[\d+\])+)")
_NUMBER = re.compile(r"\[(\d+)\]")


# -- retrieval ------------------------------------------------------------------
def is_relevant(doc_id: str, expected: Sequence[str]) -> bool:
    """A passage is relevant when its doc_id starts with any expected source."""
    return any(doc_id.startswith(e) for e in expected)


def first_relevant_rank(doc_ids: Sequence[str], expected: Sequence[str]) -> int | None:
    """1-based rank of the first relevant passage, or None."""
    for rank, doc_id in enumerate(doc_ids, start=1):
        if is_relevant(doc_id, expected):
            return rank
    return None


def hit_at(doc_ids: Sequence[str], expected: Sequence[str], k: int) -> float:
    """1.0 when a relevant passage is among the first ``k``, else 0.0."""
    rank = first_relevant_rank(doc_ids, expected)
    return 1.0 if rank is not None and rank <= k else 0.0


def reciprocal_rank(doc_ids: Sequence[str], expected: Sequence[str]) -> float:
    """1 / rank of the first relevant passage (0.0 when none)."""
    rank = first_relevant_rank(doc_ids, expected)
    return 1.0 / rank if rank else 0.0


def ndcg_at(
    doc_ids: Sequence[str], expected: Sequence[str], k: int = 10, n_relevant: int | None = None
) -> float:
    """Binary nDCG@k of the ranked passages (positions past the list count as not relevant).

    The ideal ranking puts ``min(n_relevant, k)`` relevant passages on top, where
    ``n_relevant`` is the number of relevant passages in the index (when unknown: the number
    in the list). A generator that receives fewer than ``k`` passages cannot reach 1.0.
    """
    ranked = list(doc_ids)[:k]
    gains = [1.0 if is_relevant(d, expected) else 0.0 for d in ranked]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    available = int(sum(gains)) if n_relevant is None else n_relevant
    idcg = sum(1.0 / math.log2(i + 2) for i in range(min(available, k)))
    return dcg / idcg if idcg else 0.0


# -- facts ----------------------------------------------------------------------
def normalize(text: str) -> str:
    """Lowercase, accents and punctuation folded, words separated by single spaces."""
    return " ".join(words(text))


def fact_present(alternatives: Sequence[str], text: str) -> bool:
    """True when any alternative occurs in ``text`` starting at a word boundary (folded)."""
    haystack = " " + normalize(text)
    return any(" " + normalize(alt) in haystack for alt in alternatives if normalize(alt))


def check_facts(facts: Sequence[Sequence[str]], text: str) -> tuple[list[str], list[str]]:
    """(found, missing) facts, each named by its alternatives joined with ' / '."""
    found: list[str] = []
    missing: list[str] = []
    for alternatives in facts:
        (found if fact_present(alternatives, text) else missing).append(" / ".join(alternatives))
    return found, missing


# -- answer sentences -----------------------------------------------------------
def answer_sentences(text: str) -> list[tuple[str, list[int]]]:
    """The answer's sentences (markers removed) with the ``[n]`` numbers each carries.

    A first line ending in ':' is a lead-in ("The sources (in Dutch) say:") and is skipped.
    """
    lines = text.split("\n")
    if len(lines) > 1 and lines[0].strip().endswith(":"):
        text = "\n".join(lines[1:])
    out: list[tuple[str, list[int]]] = []
    pieces = _MARKERS.split(text)
    for i in range(0, len(pieces), 2):
        segment = pieces[i]
        numbers = [int(n) for n in _NUMBER.findall(pieces[i + 1])] if i + 1 < len(pieces) else []
        parts = sentences(segment)
        if not parts:
            continue
        out.extend((p, []) for p in parts[:-1])
        out.append((parts[-1], numbers))
    return out


def coverage_counts(text: str) -> tuple[int, int]:
    """(sentences carrying a citation, all sentences) of one answer."""
    found = answer_sentences(text)
    return sum(1 for _, numbers in found if numbers), len(found)


# -- aggregation ----------------------------------------------------------------
def mean(values: Sequence[float]) -> float | None:
    """Arithmetic mean, None for no values."""
    return sum(values) / len(values) if values else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0–100) with linear interpolation, None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    low = math.floor(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def summarize(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The summary metrics (``SUMMARY_KEYS``) over graded question records (see grading)."""
    answerable = [r for r in records if r["answerable"]]
    unanswerable = [r for r in records if not r["answerable"]]
    ranked = [r for r in answerable if r["expected_sources"]]
    with_facts = [r for r in records if r["facts_found"] or r["facts_missing"]]
    verdicts = [c["supported"] for r in records for c in r["citations"]]
    answered = [r for r in records if not r["abstained"]]
    cited = sum(r["sentences_cited"] for r in answered)
    total = sum(r["sentences"] for r in answered)
    latencies = [r["latency_ms"] for r in records if r["latency_ms"] is not None]

    def rank_metric(fn: Any) -> float | None:
        return _round(mean([fn(r) for r in ranked]))

    rank = "first_relevant_rank"
    summary: dict[str, Any] = {
        "n_questions": len(records),
        "n_answerable": len(answerable),
        "n_unanswerable": len(unanswerable),
        "hit_at_1": rank_metric(lambda r: 1.0 if r[rank] == 1 else 0.0),
        "hit_at_5": rank_metric(lambda r: 1.0 if r[rank] is not None and r[rank] <= 5 else 0.0),
        "mrr": rank_metric(lambda r: 1.0 / r[rank] if r[rank] else 0.0),
        "ndcg_at_10": rank_metric(lambda r: r["ndcg_at_10"]),
        "fact_recall": _round(
            mean(
                [
                    len(r["facts_found"]) / (len(r["facts_found"]) + len(r["facts_missing"]))
                    for r in with_facts
                ]
            )
        ),
        "facts_complete": _round(mean([0.0 if r["facts_missing"] else 1.0 for r in with_facts])),
        "citation_precision": _round(mean([1.0 if v else 0.0 for v in verdicts])),
        "citation_coverage": _round(cited / total) if total else None,
        "abstention_accuracy": _round(
            mean([1.0 if r["abstained"] and not r["citations"] else 0.0 for r in unanswerable])
        ),
        "false_abstention_rate": _round(mean([1.0 if r["abstained"] else 0.0 for r in answerable])),
        "latency_ms_p50": _round(percentile(latencies, 50), 1),
        "latency_ms_p95": _round(percentile(latencies, 95), 1),
    }
    return summary
