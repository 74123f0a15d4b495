"""Compare like with like: the same sets and the same half of the baseline, never its all-sets summary."""

from __future__ import annotations

import json
from typing import Any

from evals.baseline import dump_baseline, slim
from evals.compare import compare, format_comparison
from evals.metrics import summarize
from tests.test_evals_report import make_report


def _only(report: dict[str, Any], sets: set[str], split: str = "all") -> dict[str, Any]:
    """The report as a run on some sets (and one half) would have produced it."""
    rows = [q for q in report["questions"] if q["set"] in sets and split in ("all", q["split"])]
    return {
        **report,
        "split": split,
        "summary": summarize(rows),
        "per_set": {s: summarize([q for q in rows if q["set"] == s]) for s in sorted(sets)},
        "questions": rows,
    }


def test_a_run_identical_to_the_baseline_shows_no_change() -> None:
    report = make_report()
    result = compare(slim(report), report)
    assert result.regressions == [] and result.flips == [] and result.notes == []
    assert all(m.delta in (None, 0.0) for m in result.metrics)


def test_one_set_is_compared_with_that_set_of_the_baseline() -> None:
    report = make_report()
    whole = slim(report)
    assert whole["summary"]["abstention_accuracy"] != report["per_set"]["articles"]["abstention_accuracy"]
    result = compare(whole, _only(report, {"articles"}))
    assert result.base_summary is not None and result.base_summary["n_questions"] == 4
    assert result.regressions == [] and result.notes == []
    assert all(m.delta in (None, 0.0) for m in result.metrics)


def test_one_half_is_compared_with_the_same_half() -> None:
    report = make_report()
    halves = {q["split"] for q in report["questions"]}
    for half in halves:
        result = compare(slim(report), _only(report, {"articles", "out-of-scope"}, half))
        expected = sum(1 for q in report["questions"] if q["split"] == half)
        assert result.base_summary is not None and result.base_summary["n_questions"] == expected
        assert result.regressions == []


def test_a_set_that_got_worse_is_a_regression_even_when_named_alone() -> None:
    report = make_report()
    base = slim(report)
    for q in base["questions"]:
        if q["id"] == "o02":  # the baseline declined this out-of-scope question
            q.update(passed=True, failure=None, abstained=True, citations=[])
    result = compare(base, _only(report, {"out-of-scope"}))
    # a declined question now answered: handled and strictly declined both fall (whole run, then the set)
    both = ["abstention_accuracy", "oos_declined"]
    assert [m.metric for m in result.regressions] == both + both
    assert [(s, m.metric) for s, m in result.set_regressions] == [("out-of-scope", m) for m in both]
    text = format_comparison(result)
    assert "out-of-scope/o02: nieuw fout (gate)" in text
    assert "Per set: out-of-scope abstention_accuracy 1.000 → 0.667  ACHTERUITGANG" in text


def test_an_old_baseline_without_graded_questions_falls_back_to_its_per_set_figures() -> None:
    report = make_report()
    old = {
        "name": "oud",
        "summary": report["summary"],
        "per_set": report["per_set"],
        "questions": [{"set": q["set"], "id": q["id"], "passed": q["passed"]} for q in report["questions"]],
    }
    one = compare(old, _only(report, {"articles"}))
    assert one.base_summary == report["per_set"]["articles"] and one.regressions == []
    both = compare(old, report)
    assert both.base_summary == report["summary"] and both.regressions == []
    old["per_set"] = {**report["per_set"], "articles": {**report["per_set"]["articles"], "n_questions": 2}}
    old["per_set"]["articles"]["hit_at_1"] = 1.0  # would be a regression, but these are other questions
    grown = compare(old, _only(report, {"articles"}))
    assert "Let op: set articles heeft nu 4 vragen, de basis 2; niet vergeleken." in grown.notes
    assert grown.regressions == [] and grown.base_summary is None


def test_when_a_set_grew_both_sides_are_cut_to_the_questions_they_share() -> None:
    report = make_report()
    base = slim(report)
    base["questions"] = [q for q in base["questions"] if q["id"] != "a04"]  # a04 is new in the run
    result = compare(base, report)
    assert result.common_only and result.regressions == []
    assert result.notes == ["Vergeleken op de 6 vragen die in beide staan (1 nieuw, 0 niet in deze run)."]
    assert all(m.delta in (None, 0.0) for m in result.metrics)
    for q in base["questions"]:
        if q["id"] == "a02":  # the baseline had both facts of a02
            q.update(facts_found=["stokje"], facts_missing=[], passed=True, failure=None)
    worse = compare(base, report)
    assert "fact_recall" in [m.metric for m in worse.regressions]
    assert ("articles", "fact_recall") in [(s, m.metric) for s, m in worse.set_regressions]


def test_the_baseline_is_written_one_line_per_question_and_reads_back_the_same() -> None:
    """``dump_baseline`` keeps ``git diff`` of evals/baseline.json readable: a changed answer is a
    changed line, and the file reads back as the very baseline that was written."""
    base = slim(make_report())
    text = dump_baseline(base)
    assert json.loads(text) == base
    rows = [line for line in text.splitlines() if line.startswith('  {"set"')]
    assert len(rows) == len(base["questions"]) >= 2
