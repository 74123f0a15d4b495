"""Targets a question set sets for itself (``targets:`` in its YAML), checked on a report.

A target is a floor on one of the set's quality metrics, e.g. for the NORA set "the
expected section is in the top 5 for 90% of the questions" (``hit_at_5: 0.9``). The
baseline guards against getting worse; targets say what good enough is. ``eval gate``
fails when a target is missed, ``eval run`` and the HTML report show every target.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from evals.metrics import COUNT_KEYS, LOWER_IS_BETTER, SUMMARY_KEYS

TARGET_METRICS = tuple(k for k in SUMMARY_KEYS if k not in COUNT_KEYS and k not in LOWER_IS_BETTER)
"""Metrics a set can set a target for: the 0–1 quality metrics where higher is better."""


@dataclass(frozen=True)
class TargetCheck:
    """One target of one set against the value a run reached."""

    set: str
    metric: str
    target: float
    value: float | None

    @property
    def met(self) -> bool:
        """Reached (a metric the run could not compute counts as missed)."""
        return self.value is not None and self.value >= self.target - 1e-9


def check_targets(report: dict[str, Any], config: dict[str, Any]) -> list[TargetCheck]:
    """Every target of the report's sets against ``config``'s per-set values."""
    per_set = config.get("per_set", {})
    return [
        TargetCheck(s["name"], metric, float(target), per_set.get(s["name"], {}).get(metric))
        for s in report.get("sets", [])
        for metric, target in (s.get("targets") or {}).items()
    ]


def format_targets(checks: list[TargetCheck]) -> str:
    """A Dutch plain-text table of the targets, or an empty string when there are none."""
    if not checks:
        return ""
    lines = ["Doelen per vragenset:", f"{'set':<14}{'metriek':<20}{'doel':>8}{'gehaald':>10}  oordeel"]
    for c in checks:
        value = "n.v.t." if c.value is None else f"{c.value:.3f}"
        verdict = "ok" if c.met else "NIET GEHAALD"
        lines.append(f"{c.set:<14}{c.metric:<20}{c.target:>8.2f}{value:>10}  {verdict}")
    return "\n".join(lines)
