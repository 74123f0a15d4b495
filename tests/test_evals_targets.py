"""Targets of a question set, checked on hand-made reports with known values."""

from __future__ import annotations

from evals.targets import TARGET_METRICS, check_targets, format_targets


def _report(targets: dict[str, float], per_set: dict[str, dict[str, float | None]]) -> tuple[dict, dict]:
    report = {"sets": [{"name": "nora", "targets": targets}, {"name": "articles"}]}
    return report, {"per_set": per_set}


def test_a_target_is_met_at_or_above_its_value() -> None:
    report, config = _report(
        {"hit_at_5": 0.9, "facts_complete": 0.8},
        {"nora": {"hit_at_5": 0.9, "facts_complete": 0.7833}, "articles": {"hit_at_5": 0.1}},
    )
    checks = check_targets(report, config)
    assert [(c.set, c.metric, c.met) for c in checks] == [
        ("nora", "hit_at_5", True),
        ("nora", "facts_complete", False),
    ]
    table = format_targets(checks)
    assert "0.783" in table and "NIET GEHAALD" in table and table.count("ok") == 1


def test_a_metric_the_run_could_not_compute_is_missed_and_no_targets_print_nothing() -> None:
    report, config = _report({"abstention_accuracy": 1.0}, {"nora": {"abstention_accuracy": None}})
    (check,) = check_targets(report, config)
    assert not check.met and "n.v.t." in format_targets([check])
    assert format_targets(check_targets({"sets": [{"name": "x"}]}, {"per_set": {}})) == ""


def test_only_quality_metrics_take_targets() -> None:
    assert "facts_complete" in TARGET_METRICS and "hit_at_5" in TARGET_METRICS
    assert not {"latency_ms_p95", "false_abstention_rate", "n_questions"} & set(TARGET_METRICS)
