"""Targets of a question set, checked on hand-made reports with known values."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.targets import (
    ALL_SETS,
    CEILINGS,
    TARGET_METRICS,
    check_target_value,
    check_targets,
    format_targets,
    load_project_targets,
)
from ketenwijzer.errors import InvalidInput


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


def test_quality_metrics_take_targets_latency_never() -> None:
    assert {"facts_complete", "hit_at_5", "lead_hit", "both_sides_cited", "coherence_clean"} <= set(
        TARGET_METRICS
    )
    assert not {"latency_ms_p50", "latency_ms_p95", "n_questions"} & set(TARGET_METRICS)
    assert {"false_abstention_rate", "answer_words_p50"} == CEILINGS


def test_a_ceiling_is_met_at_or_below_its_value_and_the_held_apart_half_decides() -> None:
    report = {"sets": [{"name": "p", "targets": {"false_abstention_rate": 0.03, "answer_words_p50": 120}}]}
    config = {
        "per_set": {"p": {"false_abstention_rate": 0.0, "answer_words_p50": 90.0}},
        "per_split": {"test": {"per_set": {"p": {"false_abstention_rate": 0.05, "answer_words_p50": 120.0}}}},
    }
    checks = check_targets(report, config)
    assert [(c.metric, c.met, c.split) for c in checks] == [
        ("false_abstention_rate", False, "test"),
        ("answer_words_p50", True, "test"),
    ]
    table = format_targets(checks)
    assert "helft: test" in table and "≤ 0.03" in table and "≤ 120" in table


def test_target_values_are_checked() -> None:
    check_target_value("answer_words_p50", 120)
    for metric, value, message in [
        ("latency_ms_p95", 100.0, "geen metriek"),
        ("lead_hit", 1.2, "tussen 0 en 1"),
        ("answer_words_p50", 0, "positief aantal woorden"),
    ]:
        with pytest.raises(ValueError, match=message):
            check_target_value(metric, value)


def test_project_targets_file_is_read_and_checked(tmp_path: Path) -> None:
    shipped = load_project_targets()
    assert 0 < shipped["all"]["lead_hit"] <= 1 and shipped["all"]["answer_words_p50"] == 120
    assert shipped["all"]["citation_precision"] == 1.0 and "out-of-scope" in shipped
    path = tmp_path / "targets.yaml"
    path.write_text("all:\n  lead_hit: 0.5\npractical:\n  hit_at_1: 0.8\n", encoding="utf-8")
    assert load_project_targets(path) == {"all": {"lead_hit": 0.5}, "practical": {"hit_at_1": 0.8}}
    assert load_project_targets(tmp_path / "nope.yaml") == {}
    for text, message in [
        ("all:\n  latency_ms_p95: 300\n", "'all'.*geen metriek"),
        ("all:\n  lead_hit: hoog\n", "'all'"),
        ("- lead_hit\n", "mapping"),
        ("all: [lead_hit]\n", "'all'.*mapping"),
    ]:
        path.write_text(text, encoding="utf-8")
        with pytest.raises(InvalidInput, match=message):
            load_project_targets(path)


def test_all_sets_floors_are_checked_on_the_held_apart_summary() -> None:
    report = {"sets": [{"name": "p"}], "all_targets": {"lead_hit": 0.8}}
    config = {
        "summary": {"lead_hit": 0.9},
        "per_split": {"test": {"summary": {"lead_hit": 0.7}, "per_set": {}}},
    }
    (check,) = check_targets(report, config)
    assert (check.set, check.value, check.split, check.met) == (ALL_SETS, 0.7, "test", False)
