"""Compare two evaluation reports (or a report with the baseline): deltas, flips, regressions."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evals.metrics import COUNT_KEYS, LATENCY_KEYS, LOWER_IS_BETTER, SUMMARY_KEYS
from evals.runner import configurations_of
from ketenwijzer.errors import InvalidInput, NotFound

DEFAULT_TOLERANCE = 0.02
"""Absolute tolerance for quality metrics (0–1 scale)."""
LATENCY_TOLERANCE = 1.0
"""Relative tolerance for latency: +100% is still fine (CI machines are noisy)."""
LATENCY_SLACK_MS = 500.0
"""Latency may also always grow by this many milliseconds: the gate guards quality; a busy CI
machine easily adds a few hundred ms to a p95 of 30 ms. Speed is measured by the benchmarks."""
BASELINE_PATH = Path(__file__).resolve().parent / "baseline.json"


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
class Comparison:
    """The outcome of ``compare``."""

    base_name: str
    new_name: str
    metrics: list[MetricDelta]
    pass_to_fail: list[str] = field(default_factory=list)
    fail_to_pass: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def regressions(self) -> list[MetricDelta]:
        """The metrics that got worse beyond their tolerance."""
        return [m for m in self.metrics if m.regression]


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
    """True when ``new`` is worse than ``base`` beyond ``tol`` (relative for latency)."""
    if base is None or new is None:
        return False
    if metric in LATENCY_KEYS:
        return new > max(base * (1.0 + tol), base + LATENCY_SLACK_MS)
    if metric in LOWER_IS_BETTER:
        return new > base + tol + 1e-9
    return new < base - tol - 1e-9


def _outcomes(config: dict[str, Any]) -> dict[str, bool]:
    return {f"{q['set']}/{q['id']}": bool(q["passed"]) for q in config.get("questions", [])}


def compare(
    base: dict[str, Any],
    new: dict[str, Any],
    tolerance: float = DEFAULT_TOLERANCE,
    latency_tolerance: float = LATENCY_TOLERANCE,
) -> Comparison:
    """Compare two configurations; per-metric tolerances in ``base['tolerances']`` win."""
    overrides = base.get("tolerances") or {}
    rows = []
    for metric in SUMMARY_KEYS:
        if metric in COUNT_KEYS:
            continue
        tol = float(overrides.get(metric, latency_tolerance if metric in LATENCY_KEYS else tolerance))
        b = base["summary"].get(metric)
        n = new["summary"].get(metric)
        rows.append(MetricDelta(metric, b, n, tol, is_regression(metric, b, n, tol)))
    result = Comparison(str(base.get("name", "basis")), str(new.get("name", "nieuw")), rows)
    before, after = _outcomes(base), _outcomes(new)
    result.pass_to_fail = sorted(q for q, ok in after.items() if before.get(q) is True and not ok)
    result.fail_to_pass = sorted(q for q, ok in after.items() if before.get(q) is False and ok)
    for key in sorted(COUNT_KEYS):
        b, n = base["summary"].get(key), new["summary"].get(key)
        if b != n:
            result.notes.append(f"Let op: {key} verschilt ({b} → {n}); de vragensets zijn niet gelijk.")
    return result


def _fmt(value: float | None, metric: str) -> str:
    if value is None:
        return "n.v.t."
    return f"{value:.1f}" if metric in LATENCY_KEYS else f"{value:.3f}"


def format_comparison(c: Comparison) -> str:
    """A Dutch plain-text table of the comparison."""
    lines = [f"Vergelijking: {c.base_name} (basis) → {c.new_name} (nieuw)", ""]
    lines.append(f"{'metriek':<24}{'basis':>10}{'nieuw':>10}{'verschil':>10}  oordeel")
    for m in c.metrics:
        delta = (
            "" if m.delta is None else (f"{m.delta:+.1f}" if m.metric in LATENCY_KEYS else f"{m.delta:+.3f}")
        )
        verdict = "ACHTERUITGANG" if m.regression else "ok"
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
    lines.extend(c.notes)
    if c.regressions:
        names = ", ".join(m.metric for m in c.regressions)
        lines.append(f"Resultaat: achteruitgang buiten de marge bij {names}.")
    else:
        lines.append("Resultaat: geen achteruitgang buiten de marge.")
    return "\n".join(lines)


def slim(report: dict[str, Any], name: str | None = None) -> dict[str, Any]:
    """A baseline from a report: summary, per_set and pass/fail per question, no answers."""
    config = pick(report, name)
    return {
        "name": config.get("name"),
        "params": config.get("params", {}),
        "created_at": report.get("created_at"),
        "sets": report.get("sets", []),
        "support": report.get("support", {}),
        "tolerances": {"latency_ms_p50": LATENCY_TOLERANCE, "latency_ms_p95": LATENCY_TOLERANCE},
        "summary": config["summary"],
        "per_set": config.get("per_set", {}),
        "questions": [
            {"set": q["set"], "id": q["id"], "passed": q["passed"]} for q in config.get("questions", [])
        ],
    }
