"""Targets a question set sets for itself (``targets:`` in its YAML), checked on a report.

A target is a floor on one of the set's quality metrics, e.g. for the NORA set "the
expected section is in the top 5 for 90% of the questions" (``hit_at_5: 0.9``); on a metric
where lower is better (``false_abstention_rate``, ``answer_words_p50``) it is a ceiling.
Latency takes no target: speed belongs to the benchmarks. The baseline guards against
getting worse; targets say what good enough is. ``eval gate`` fails when a target is missed,
``eval run`` and the HTML report show every target.

Targets are checked on the held-apart half (``test``, see ``evals/split.py``) whenever the
run includes it: the knobs are tuned on the other half.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from evals.metrics import COUNT_KEYS, LATENCY_KEYS, LOWER_IS_BETTER, SUMMARY_KEYS, WORD_KEYS
from ketenwijzer.errors import InvalidInput

PROJECT_TARGETS = Path(__file__).resolve().parent / "targets.yaml"
"""The project's floors (the issues' 'done when'): ``all`` for the summary over every evaluation
set, and per set name floors on top of the ``targets:`` in that set's own YAML."""
ALL_SETS = "alle sets"

TARGET_METRICS = tuple(k for k in SUMMARY_KEYS if k not in COUNT_KEYS and k not in LATENCY_KEYS)
"""Metrics a set can set a target for: every quality metric and the median answer length."""
CEILINGS = frozenset(k for k in TARGET_METRICS if k in LOWER_IS_BETTER)
"""Targets that are ceilings (the value must stay at or below them)."""


def check_target_value(metric: str, value: float) -> None:
    """Raise ``ValueError`` (Dutch) for an unknown metric or a value outside its range."""
    if metric not in TARGET_METRICS:
        raise ValueError(
            f"doel '{metric}' is geen metriek waarvoor een doel kan gelden (kies uit {', '.join(TARGET_METRICS)})"
        )
    if metric in WORD_KEYS:
        if value <= 0:
            raise ValueError(f"doel '{metric}' moet een positief aantal woorden zijn (nu {value})")
    elif not 0.0 <= value <= 1.0:
        raise ValueError(f"doel '{metric}' moet tussen 0 en 1 liggen (nu {value})")


@dataclass(frozen=True)
class TargetCheck:
    """One target of one set against the value a run reached."""

    set: str
    metric: str
    target: float
    value: float | None
    split: str = "all"

    @property
    def ceiling(self) -> bool:
        """True when the target is a maximum (lower is better)."""
        return self.metric in CEILINGS

    @property
    def met(self) -> bool:
        """Reached (a metric the run could not compute counts as missed)."""
        if self.value is None:
            return False
        if self.ceiling:
            return self.value <= self.target + 1e-9
        return self.value >= self.target - 1e-9


def load_project_targets(path: Path = PROJECT_TARGETS) -> dict[str, dict[str, float]]:
    """``evals/targets.yaml``: floors per set name and for ``all``; {} when the file is absent."""
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"Doelenbestand '{path}' kan niet gelezen worden: {exc}") from None
    if not isinstance(data, dict):
        raise InvalidInput(
            f"Doelenbestand '{path}' moet een mapping van setnaam (of 'all') naar doelen zijn."
        )
    out: dict[str, dict[str, float]] = {}
    for name, targets in data.items():
        if not isinstance(targets, dict):
            raise InvalidInput(f"Doelenbestand '{path}', '{name}': verwacht een mapping metriek: waarde.")
        out[str(name)] = {}
        for metric, value in targets.items():
            try:
                check_target_value(str(metric), float(value))
            except (TypeError, ValueError) as exc:
                raise InvalidInput(f"Doelenbestand '{path}', '{name}': {exc}") from None
            out[str(name)][str(metric)] = float(value)
    return out


def target_figures(
    report: dict[str, Any], config: dict[str, Any]
) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """(split, per_set, summary) the targets are checked on: the held-apart half when present."""
    held_apart = (config.get("per_split") or {}).get("test")
    if held_apart is not None:
        return "test", held_apart.get("per_set", {}), held_apart.get("summary", {})
    return str(report.get("split", "all")), config.get("per_set", {}), config.get("summary", {})


def check_targets(report: dict[str, Any], config: dict[str, Any]) -> list[TargetCheck]:
    """Every target of the report's sets, and the all-sets floors, on the held-apart half."""
    split, per_set, summary = target_figures(report, config)
    checks = [
        TargetCheck(s["name"], metric, float(target), per_set.get(s["name"], {}).get(metric), split)
        for s in report.get("sets", [])
        for metric, target in (s.get("targets") or {}).items()
    ]
    checks += [
        TargetCheck(ALL_SETS, metric, float(target), summary.get(metric), split)
        for metric, target in (report.get("all_targets") or {}).items()
    ]
    return checks


def format_targets(checks: list[TargetCheck]) -> str:
    """A Dutch plain-text table of the targets, or an empty string when there are none."""
    if not checks:
        return ""
    lines = [
        f"Doelen per vragenset (helft: {checks[0].split}):",
        f"{'set':<14}{'metriek':<22}{'doel':>10}{'gehaald':>10}  oordeel",
    ]
    for c in checks:
        value = (
            "n.v.t." if c.value is None else (f"{c.value:.1f}" if c.metric in WORD_KEYS else f"{c.value:.3f}")
        )
        goal = (
            f"{'≤' if c.ceiling else '≥'} {c.target:.2f}"
            if c.metric not in WORD_KEYS
            else f"≤ {c.target:.0f}"
        )
        verdict = "ok" if c.met else "NIET GEHAALD"
        lines.append(f"{c.set:<14}{c.metric:<22}{goal:>10}{value:>10}  {verdict}")
    return "\n".join(lines)
