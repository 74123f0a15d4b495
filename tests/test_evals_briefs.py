"""``evals.briefs`` and ``ketenwijzer eval briefs``: briefs composed from the real index and scored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from evals import cli as eval_cli
from evals.briefs import BRIEFS_SET, TABLE_KEYS, format_table, run_briefs
from ketenwijzer.settings import Settings

SMALL_SET = """name: briefs-klein
language: nl
questions:
  - id: k01
    question: "besluitvorming in ketens"
    expected_sources: ["nora-kdb-3-6-besluitvormingsmodel"]
    must_include: ["vertrouwen", ["bestaat-niet-in-het-corpus", "ook-niet"]]
  - id: k02
    question: "het WK voetbal van 2010"
    must_include: ["Spanje"]
"""


@pytest.fixture(scope="module")
def report(corpus_settings: Settings) -> dict[str, Any]:
    """The shipped briefs set, composed and scored once."""
    return run_briefs(corpus_settings)


@pytest.fixture
def small_set(tmp_path: Path) -> Path:
    """Two topics: one the corpus covers (one fact it cannot contain), one it does not cover."""
    path = tmp_path / "klein.yaml"
    path.write_text(SMALL_SET, encoding="utf-8")
    return path


def test_every_topic_of_the_set_is_composed_and_scored(report: dict[str, Any]) -> None:
    assert report["set"] == str(BRIEFS_SET)
    assert report["generator"] == "extractive"
    assert [t["id"] for t in report["topics"]] == ["b01", "b02", "b03", "b04", "b05", "b06", "b07"]
    assert report["summary"]["n_briefs"] == 7 and report["summary"]["n_errors"] == 0
    for record in report["topics"]:
        score = record["score"]
        assert record["error"] is None and record["title"].startswith("Notitie: ")
        assert all(0.0 <= score[k] <= 1.0 for k in TABLE_KEYS)
        assert score["n_statements"] > 0 and score["n_references"] > 0
        assert score["coverage"] == 1.0, record["id"]  # every statement's [n] is a listed source
        assert len(score["citations"]) == score["n_statements"]


def test_the_shipped_set_meets_the_quality_bar(report: dict[str, Any]) -> None:
    summary = report["summary"]
    assert summary["fact_recall"] >= 0.7
    assert summary["citation_precision"] >= 0.9
    assert summary["source_recall"] >= 0.8
    issue_topics = {t["topic"]: t["score"] for t in report["topics"][:2]}
    assert issue_topics["besluitvorming in ketens"]["source_recall"] == 1.0
    assert issue_topics["vertrouwen tussen ketenpartners"]["source_recall"] == 1.0


def test_a_refused_topic_scores_zero_and_keeps_its_message(
    corpus_settings: Settings, small_set: Path
) -> None:
    result = run_briefs(corpus_settings, path=small_set)
    covered, refused = result["topics"]
    assert covered["error"] is None
    assert covered["score"]["fact_recall"] == 0.5
    assert covered["score"]["facts_missing"] == ["bestaat-niet-in-het-corpus / ook-niet"]
    assert "geen informatie" in refused["error"]
    assert all(refused["score"][k] == 0.0 for k in TABLE_KEYS)
    assert refused["score"]["facts_missing"] == ["Spanje"]
    assert result["summary"]["n_errors"] == 1
    assert result["summary"]["fact_recall"] == 0.25
    table = format_table(result)
    assert "k02 het WK voetbal van 2010" in table and "(fout)" in table
    assert table.splitlines()[-1].startswith("k02: Over 'het WK voetbal van 2010'")


def test_cli_writes_briefs_json_and_prints_the_scores(
    corpus_settings: Settings, small_set: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(eval_cli, "get_settings", lambda: corpus_settings)
    out = tmp_path / "uit"
    result = CliRunner().invoke(
        eval_cli.app, ["briefs", "--out", str(out), "--set", str(small_set), "--generator", "extractive"]
    )
    assert result.exit_code == 0, result.output
    written = json.loads((out / "briefs.json").read_text(encoding="utf-8"))
    assert [t["id"] for t in written["topics"]] == ["k01", "k02"]
    assert written["generator"] == "extractive"
    lines = result.output.splitlines()
    assert lines[0] == "== notities · extractive =="
    assert "citaatprecisie" in lines[1] and "dekking" in lines[1]
    k01 = next(line for line in lines if line.startswith("k01 besluitvorming in ketens"))
    assert k01.split()[4:6] == ["0.500", "1.000"]  # fact recall, citation precision
    assert any(line.startswith("gemiddeld") for line in lines)
    assert f"Rapport: {out / 'briefs.json'}" in result.output
