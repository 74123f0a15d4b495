"""The committed baseline: what a report keeps of each graded question, and how it is written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evals.compare import pick, top_docs

BASELINE_PATH = Path(__file__).resolve().parent / "baseline.json"
SLIM_KEYS = (
    "set",
    "id",
    "split",
    "passed",
    "failure",
    "answerable",
    "expected_sources",
    "abstained",
    "first_relevant_rank",
    "ndcg_at_10",
    "facts_found",
    "facts_missing",
    "facts_in_budget",
    "lead_hit",
    "sentences",
    "sentences_cited",
    "answer_words",
    "markers_resolved",
    "coherence",
    "both_sides_cited",
    "both_sides_retrieved",
    "kind",
    "answer_kind",
    "near_domain",
    "turn",
    "latency_ms",
)
"""What the baseline keeps of a graded question: enough to recompute every summary metric for
any selection of sets and halves (no answer texts)."""


_OPTIONAL = frozenset(
    [
        "split",
        "failure",
        "facts_in_budget",
        "lead_hit",
        "answer_words",
        "markers_resolved",
        "coherence",
        "both_sides_cited",
        "both_sides_retrieved",
        "kind",
        "answer_kind",
        "near_domain",
        "turn",
    ]
)
"""Kept only when set: ``summarize`` reads them with a default."""
_REQUIRED = frozenset(SLIM_KEYS) - _OPTIONAL
"""Kept even when empty: ``summarize`` reads them directly."""


def dump_baseline(baseline: dict[str, Any]) -> str:
    """The baseline as JSON for a readable ``git diff``: one line per question."""
    head = {k: v for k, v in baseline.items() if k != "questions"}
    text = json.dumps(head, ensure_ascii=False, indent=1)
    rows = ",\n".join("  " + json.dumps(q, ensure_ascii=False) for q in baseline.get("questions", []))
    return text[:-2] + ',\n "questions": [\n' + rows + "\n ]\n}\n"


def slim(report: dict[str, Any], name: str | None = None) -> dict[str, Any]:
    """A baseline from a report: figures and every question's graded fields, no answer texts."""
    config = pick(report, name)
    questions = []
    for q in config.get("questions", []):
        kept = {k: q.get(k) for k in SLIM_KEYS if k in _REQUIRED or q.get(k) is not None}
        if kept.get("coherence"):
            kept["coherence"] = {rule: n for rule, n in kept["coherence"].items() if n}
        kept["citations"] = [{"supported": c["supported"]} for c in q["citations"]]
        kept["top_docs"] = top_docs(q, 3)
        questions.append(kept)
    return {
        "name": config.get("name"),
        "params": config.get("params", {}),
        "created_at": report.get("created_at"),
        "split": report.get("split", "all"),
        "machine": config.get("machine") or report.get("machine"),
        "sets": report.get("sets", []),
        "support": report.get("support", {}),
        "tolerances": {},
        "summary": config["summary"],
        "per_set": config.get("per_set", {}),
        "per_kind": config.get("per_kind", {}),
        "questions": questions,
    }
