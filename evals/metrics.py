"""The evaluation metrics: retrieval ranks, facts, citations, abstention and latency.

Every function here is pure: it sees answers and expectations, never the index. The
definitions are written out in ``evals/README.md``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from evals.answertext import (
    BUDGET_WORDS,
    answer_sentences,
    coverage_counts,
    first_words,
    lead,
    marker_numbers,
)
from ketenwijzer.text import words

__all__ = ["answer_sentences", "coverage_counts"]  # re-exported: the sentence reading lives in answertext

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
    "oos_declined",
    "false_abstention_rate",
    "lead_hit",
    "facts_in_budget",
    "coherence_clean",
    "markers_resolved",
    "both_sides_cited",
    "both_sides_retrieved",
    "followup_hit_at_3",
    "near_domain_declined",
    "kind_accuracy",
    "answer_words_p50",
    "latency_ms_p50",
    "latency_ms_p95",
)
LOWER_IS_BETTER = frozenset({"false_abstention_rate", "answer_words_p50", "latency_ms_p50", "latency_ms_p95"})
LATENCY_KEYS = frozenset({"latency_ms_p50", "latency_ms_p95"})
COUNT_KEYS = frozenset({"n_questions", "n_answerable", "n_unanswerable"})
WORD_KEYS = frozenset({"answer_words_p50"})
NOT_GATED = LATENCY_KEYS | WORD_KEYS
"""Shown in the report, never a regression: latency is the benchmarks' business (a shared CI
machine makes it flaky) and answer length has a ceiling target instead of a baseline."""
RATIO_KEYS = tuple(k for k in SUMMARY_KEYS if k not in COUNT_KEYS and k not in NOT_GATED)
"""The 0–1 quality metrics."""


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


def lead_hit(facts: Sequence[Sequence[str]], text: str) -> bool:
    """True when an expected fact is in the answer's lead (first sentence or first bullet)."""
    opening = lead(text)
    return any(fact_present(alternatives, opening) for alternatives in facts)


def facts_in_budget(facts: Sequence[Sequence[str]], text: str, budget: int = BUDGET_WORDS) -> list[str]:
    """The facts found in the first ``budget`` words of the answer (Markdown and markers left out)."""
    found, _ = check_facts(facts, first_words(text, budget))
    return found


def sides_covered(sides: Sequence[Sequence[str]], doc_ids: Sequence[str]) -> bool:
    """True when every side has one of its doc ids (as a prefix, like ``is_relevant``) in ``doc_ids``."""
    return all(any(is_relevant(d, side) for d in doc_ids) for side in sides)


def markers_resolve(text: str, numbers: Sequence[int]) -> bool:
    """True when every ``[n]`` in the text has a citation numbered n."""
    known = set(numbers)
    return all(n in known for n in marker_numbers(text))


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


def _share(flags: Sequence[bool | None]) -> float | None:
    """The share of True among the flags that are not None (None when there are none)."""
    known = [1.0 if f else 0.0 for f in flags if f is not None]
    return _round(mean(known))


def coherence_by_rule(records: Sequence[dict[str, Any]]) -> dict[str, int] | None:
    """Violations per coherence rule, summed over the answers (None when none were checked)."""
    checked = [r["coherence"] for r in records if r.get("coherence") is not None]
    if not checked:
        return None
    totals: dict[str, int] = {}
    for counts in checked:
        for rule, n in counts.items():
            totals[rule] = totals.get(rule, 0) + int(n)
    return totals


def summarize(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The summary metrics (``SUMMARY_KEYS``) over graded question records (see grading).

    Also ``coherence_by_rule`` (violations per rule) when the coherence check ran.
    """
    answerable = [r for r in records if r["answerable"]]
    unanswerable = [r for r in records if not r["answerable"]]
    ranked = [r for r in answerable if r["expected_sources"]]
    with_facts = [r for r in records if r["facts_found"] or r["facts_missing"]]
    verdicts = [c["supported"] for r in records for c in r["citations"]]
    answered = [r for r in records if not r["abstained"]]
    cited = sum(r["sentences_cited"] for r in answered)
    total = sum(r["sentences"] for r in answered)
    latencies = [r["latency_ms"] for r in records if r["latency_ms"] is not None]
    lengths = [r["answer_words"] for r in answered if r.get("answer_words") is not None]
    followups = [r for r in ranked if (r.get("turn") or 0) >= 2]

    def rank_metric(fn: Any) -> float | None:
        return _round(mean([fn(r) for r in ranked]))

    def facts_share(key: str) -> float | None:
        return _round(
            mean([r[key] / (len(r["facts_found"]) + len(r["facts_missing"])) for r in with_facts if key in r])
        )

    rank = "first_relevant_rank"
    summary: dict[str, Any] = {
        "n_questions": len(records),
        "n_answerable": len(answerable),
        "n_unanswerable": len(unanswerable),
        "hit_at_1": rank_metric(lambda r: 1.0 if r[rank] == 1 else 0.0),
        "hit_at_5": rank_metric(lambda r: 1.0 if r[rank] is not None and r[rank] <= 5 else 0.0),
        "mrr": rank_metric(lambda r: 1.0 / r[rank] if r[rank] else 0.0),
        "ndcg_at_10": rank_metric(lambda r: r["ndcg_at_10"] or 0.0),
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
        "abstention_accuracy": _share([handled_out_of_scope(r) for r in unanswerable]),
        "oos_declined": _share([declined(r) for r in unanswerable]),
        "false_abstention_rate": _share([r["abstained"] for r in answerable]),
        "lead_hit": _share([r.get("lead_hit") for r in records]),
        "facts_in_budget": facts_share("facts_in_budget"),
        "coherence_clean": _share(
            [sum(r["coherence"].values()) == 0 for r in answered if r.get("coherence") is not None]
        ),
        "markers_resolved": _share([r.get("markers_resolved") for r in answered]),
        "both_sides_cited": _share([r.get("both_sides_cited") for r in records]),
        "both_sides_retrieved": _share([r.get("both_sides_retrieved") for r in records]),
        "followup_hit_at_3": _share([r[rank] is not None and r[rank] <= 3 for r in followups]),
        "near_domain_declined": _share(
            [handled_out_of_scope(r) for r in unanswerable if r.get("near_domain")]
        ),
        "kind_accuracy": _share([r.get("answer_kind") == r["kind"] for r in records if r.get("kind")]),
        "answer_words_p50": _round(percentile(lengths, 50), 1),
        "latency_ms_p50": _round(percentile(latencies, 50), 1),
        "latency_ms_p95": _round(percentile(latencies, 95), 1),
    }
    by_rule = coherence_by_rule(answered)
    if by_rule is not None:
        summary["coherence_by_rule"] = by_rule
    return summary


def declined(record: dict[str, Any]) -> bool:
    """The question was declined: the decline text, no citation."""
    return bool(record["abstained"] and not record["citations"])


def handled_out_of_scope(record: dict[str, Any]) -> bool:
    """An out-of-scope question was declined, or, near-domain, answered with a note naming the
    word the sources never use (issue 14: "answered partially with an explicit sentence saying
    what the sources do not say"). A general out-of-scope question must be declined."""
    return declined(record) or bool(record.get("near_domain") and record.get("unsaid"))


def group_by(records: Sequence[dict[str, Any]], key: str) -> dict[str, list[dict[str, Any]]]:
    """Records grouped by the value of ``key`` (records without one are left out), in first-seen order."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        value = r.get(key)
        if value:
            groups.setdefault(str(value), []).append(r)
    return groups
