"""Compare two evaluation reports (or a report with the baseline): deltas, flips, regressions."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evals.metrics import COUNT_KEYS, LOWER_IS_BETTER, NOT_GATED, SUMMARY_KEYS, summarize
from evals.runner import configurations_of
from ketenwijzer.errors import InvalidInput, NotFound

DEFAULT_TOLERANCE = 0.02
"""Absolute tolerance for quality metrics (0–1 scale)."""


@dataclass
class MetricDelta:
    """One summary metric in both reports."""

    metric: str
    base: float | None
    new: float | None
    tolerance: float
    regression: bool

    @property
    def delta(self) -> float | None:
        """new − base, or None when either is missing."""
        return None if self.base is None or self.new is None else round(self.new - self.base, 4)


@dataclass
class Flip:
    """A question whose pass/fail verdict changed against the base."""

    key: str
    now_passed: bool
    question: str
    expected: list[str]
    retrieved_before: list[str]
    retrieved_now: list[str]
    missing_before: list[str]
    missing_now: list[str]
    failure: str | None


@dataclass
class Comparison:
    """The outcome of ``compare``: summary deltas over the same sets and half, and per set."""

    base_name: str
    new_name: str
    metrics: list[MetricDelta]
    pass_to_fail: list[str] = field(default_factory=list)
    fail_to_pass: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    per_set: dict[str, list[MetricDelta]] = field(default_factory=dict)
    flips: list[Flip] = field(default_factory=list)
    base_summary: dict[str, Any] | None = None
    split: str = "all"
    common_only: bool = False
    """True when both sides were cut to the questions they share (the sets differ)."""

    @property
    def set_regressions(self) -> list[tuple[str, MetricDelta]]:
        """(set, metric) pairs that got worse beyond their tolerance on that set alone."""
        return [(name, m) for name, rows in self.per_set.items() for m in rows if m.regression]

    @property
    def regressions(self) -> list[MetricDelta]:
        """Every metric that got worse beyond its tolerance: over the run's sets, or on one set."""
        return [m for m in self.metrics if m.regression] + [m for _, m in self.set_regressions]


def load_report(path: str | Path) -> dict[str, Any]:
    """A report.json or baseline.json, or a Dutch error naming the file."""
    p = Path(path)
    if not p.is_file():
        raise NotFound(f"Rapport '{p}' bestaat niet.")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"Rapport '{p}' is geen geldige JSON: {exc}") from None
    if not isinstance(data, dict):
        raise InvalidInput(f"Rapport '{p}' is geen evaluatierapport.")
    return data


def pick(report: dict[str, Any], name: str | None = None) -> dict[str, Any]:
    """One configuration of a report: the named one, else the first."""
    configs = configurations_of(report)
    if name is None:
        return configs[0]
    for config in configs:
        if config.get("name") == name:
            return config
    known = ", ".join(str(c.get("name")) for c in configs)
    raise NotFound(f"Configuratie '{name}' staat niet in het rapport. Beschikbaar: {known}.")


def is_regression(metric: str, base: float | None, new: float | None, tol: float) -> bool:
    """True when ``new`` is worse than ``base`` beyond ``tol``; latency and length never are."""
    if base is None or new is None or metric in NOT_GATED:
        return False
    if metric in LOWER_IS_BETTER:
        return new > base + tol + 1e-9
    return new < base - tol - 1e-9


def _key(q: dict[str, Any]) -> str:
    return f"{q['set']}/{q['id']}"


def _outcomes(config: dict[str, Any]) -> dict[str, bool]:
    return {_key(q): bool(q["passed"]) for q in config.get("questions", [])}


def _graded(config: dict[str, Any]) -> bool:
    """True when the questions carry the graded fields ``summarize`` needs (a new-style baseline)."""
    questions = config.get("questions") or []
    return bool(questions) and all("facts_missing" in q and "citations" in q for q in questions)


def _summaries(
    rows: list[dict[str, Any]], sets: list[str]
) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
    per_set = {name: summarize([q for q in rows if q["set"] == name]) for name in sets}
    return (summarize(rows) if rows else None), {n: f for n, f in per_set.items() if f["n_questions"]}


def _stored_figures(
    base: dict[str, Any], sets: list[str], split: str
) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]], list[str]]:
    """An older base without graded questions: its ``per_set`` (same half), its summary (same sets)."""
    notes: list[str] = []
    base_split = str(base.get("split", "all"))
    halves = base.get("per_split") or {}
    if split != base_split and split in halves:
        source: dict[str, Any] = halves[split]
    elif split == base_split:
        source = base
    else:
        notes.append(f"Let op: de basis heeft geen cijfers voor de helft '{split}'; niets vergeleken.")
        return None, {}, notes
    per_set = {name: source["per_set"][name] for name in sets if name in source.get("per_set", {})}
    same_sets = sorted(source.get("per_set", {})) == sorted(sets)
    if len(sets) == 1 and sets[0] in per_set:
        return per_set[sets[0]], per_set, notes
    if not same_sets:
        notes.append("Let op: de basis heeft geen cijfers per vraag; alleen per set vergeleken.")
    return (source.get("summary") if same_sets else None), per_set, notes


@dataclass
class Figures:
    """Both sides' summary and per-set figures over the same questions, with what was done."""

    base_summary: dict[str, Any] | None
    base_per_set: dict[str, dict[str, Any]]
    new_summary: dict[str, Any]
    new_per_set: dict[str, dict[str, Any]]
    notes: list[str]
    common_only: bool = False


def like_with_like(base: dict[str, Any], new: dict[str, Any]) -> Figures:
    """The figures to compare: the base cut to the run's sets and half, never its all-sets summary.

    With graded questions on both sides the base is recomputed for exactly these sets and
    half; when the questions differ (a set grew), both sides are recomputed over the
    questions they share. An older base falls back to its stored figures, and a set whose
    number of questions differs is not compared.
    """
    sets = list(new.get("per_set") or {})
    split = str(new.get("split", "all"))
    if _graded(base) and _graded(new):
        chosen = [
            q for q in base["questions"] if q["set"] in sets and (split == "all" or q.get("split") == split)
        ]
        rows = list(new["questions"])
        base_keys, new_keys = {_key(q) for q in chosen}, {_key(q) for q in rows}
        common = base_keys & new_keys
        base_summary, base_per_set = _summaries(chosen, sets)
        if common == base_keys == new_keys:
            return Figures(base_summary, base_per_set, new["summary"], new.get("per_set") or {}, [])
        note = (
            f"Vergeleken op de {len(common)} vragen die in beide staan "
            f"({len(new_keys - common)} nieuw, {len(base_keys - common)} niet in deze run)."
        )
        base_summary, base_per_set = _summaries([q for q in chosen if _key(q) in common], sets)
        new_summary, new_per_set = _summaries([q for q in rows if _key(q) in common], sets)
        return Figures(base_summary, base_per_set, new_summary or {}, new_per_set, [note], common_only=True)
    base_summary, base_per_set, notes = _stored_figures(base, sets, split)
    new_per_set = new.get("per_set") or {}
    for name in list(base_per_set):
        b, n = base_per_set[name].get("n_questions"), (new_per_set.get(name) or {}).get("n_questions")
        if b is not None and b != n:
            notes.append(f"Let op: set {name} heeft nu {n} vragen, de basis {b}; niet vergeleken.")
            del base_per_set[name]
    if base_summary is not None and base_summary.get("n_questions") != new["summary"].get("n_questions"):
        notes.append("Let op: het aantal vragen verschilt van de basis; de totalen zijn niet vergeleken.")
        base_summary = None
    return Figures(base_summary, base_per_set, new["summary"], new_per_set, notes)


def _deltas(
    base: dict[str, Any] | None, new: dict[str, Any], overrides: dict[str, Any], tolerance: float
) -> list[MetricDelta]:
    rows = []
    for metric in SUMMARY_KEYS:
        if metric in COUNT_KEYS:
            continue
        tol = float(overrides.get(metric, tolerance))
        b = base.get(metric) if base else None
        n = new.get(metric)
        rows.append(MetricDelta(metric, b, n, tol, is_regression(metric, b, n, tol)))
    return rows


def top_docs(q: dict[str, Any], n: int = 3) -> list[str]:
    """The first ``n`` distinct documents a question retrieved (a report's or a baseline's row)."""
    seen: list[str] = []
    for d in q.get("retrieved_doc_ids") or q.get("top_docs") or []:
        if d not in seen:
            seen.append(d)
    return seen[:n]


def _flips(base: dict[str, Any], new: dict[str, Any]) -> list[Flip]:
    before = {_key(q): q for q in base.get("questions", [])}
    out = []
    for q in new.get("questions", []):
        old = before.get(_key(q))
        if old is None or bool(old["passed"]) == bool(q["passed"]):
            continue
        out.append(
            Flip(
                key=_key(q),
                now_passed=bool(q["passed"]),
                question=str(q.get("question", "")),
                expected=list(q.get("expected_sources") or []),
                retrieved_before=top_docs(old),
                retrieved_now=top_docs(q),
                missing_before=list(old.get("facts_missing") or []),
                missing_now=list(q.get("facts_missing") or []),
                failure=q.get("failure"),
            )
        )
    return sorted(out, key=lambda f: (f.now_passed, f.key))


def compare(base: dict[str, Any], new: dict[str, Any], tolerance: float = DEFAULT_TOLERANCE) -> Comparison:
    """Compare two configurations like with like (``like_with_like``); ``base['tolerances']`` win."""
    overrides = base.get("tolerances") or {}
    figures = like_with_like(base, new)
    result = Comparison(
        str(base.get("name", "basis")),
        str(new.get("name", "nieuw")),
        _deltas(figures.base_summary, figures.new_summary, overrides, tolerance),
        notes=figures.notes,
        base_summary=figures.base_summary,
        split=str(new.get("split", "all")),
        common_only=figures.common_only,
    )
    result.per_set = {
        name: _deltas(figures.base_per_set.get(name), values, overrides, tolerance)
        for name, values in figures.new_per_set.items()
    }
    before, after = _outcomes(base), _outcomes(new)
    result.pass_to_fail = sorted(q for q, ok in after.items() if before.get(q) is True and not ok)
    result.fail_to_pass = sorted(q for q, ok in after.items() if before.get(q) is False and ok)
    result.flips = _flips(base, new)
    return result


def _fmt(value: float | None, metric: str) -> str:
    if value is None:
        return "n.v.t."
    return f"{value:.1f}" if metric in NOT_GATED else f"{value:.3f}"


def format_comparison(c: Comparison) -> str:
    """A Dutch plain-text table of the comparison."""
    lines = [f"Vergelijking: {c.base_name} (basis) → {c.new_name} (nieuw), helft: {c.split}", ""]
    lines.append(f"{'metriek':<24}{'basis':>10}{'nieuw':>10}{'verschil':>10}  oordeel")
    for m in c.metrics:
        delta = "" if m.delta is None else (f"{m.delta:+.1f}" if m.metric in NOT_GATED else f"{m.delta:+.3f}")
        verdict = "ACHTERUITGANG" if m.regression else ("(niet bewaakt)" if m.metric in NOT_GATED else "ok")
        lines.append(
            f"{m.metric:<24}{_fmt(m.base, m.metric):>10}{_fmt(m.new, m.metric):>10}{delta:>10}  {verdict}"
        )
    lines.append("")
    lines.append(
        f"Van geslaagd naar gezakt ({len(c.pass_to_fail)}): " + (", ".join(c.pass_to_fail) or "geen")
    )
    lines.append(
        f"Van gezakt naar geslaagd ({len(c.fail_to_pass)}): " + (", ".join(c.fail_to_pass) or "geen")
    )
    for flip in c.flips:
        state = "nieuw goed" if flip.now_passed else f"nieuw fout ({flip.failure or '?'})"
        lines.append(
            f"  {flip.key}: {state}; verwacht {', '.join(flip.expected) or '–'}; opgehaald "
            f"{', '.join(flip.retrieved_now) or '–'} (was {', '.join(flip.retrieved_before) or '–'}); "
            f"ontbrekend {', '.join(flip.missing_now) or '–'} (was {', '.join(flip.missing_before) or '–'})"
        )
    for name, m in c.set_regressions:
        lines.append(
            f"Per set: {name} {m.metric} {_fmt(m.base, m.metric)} → {_fmt(m.new, m.metric)}  ACHTERUITGANG"
        )
    lines.extend(c.notes)
    if c.regressions:
        names = ", ".join(
            [m.metric for m in c.metrics if m.regression] + [f"{s}/{m.metric}" for s, m in c.set_regressions]
        )
        lines.append(f"Resultaat: achteruitgang buiten de marge bij {names}.")
    else:
        lines.append("Resultaat: geen achteruitgang buiten de marge.")
    return "\n".join(lines)
