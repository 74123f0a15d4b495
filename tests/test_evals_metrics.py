"""Metrics on hand-made answers with known values (no index needed)."""

from __future__ import annotations

import math

import pytest

from evals.grading import citation_verdicts, grade
from evals.metrics import (
    SUMMARY_KEYS,
    answer_sentences,
    check_facts,
    coverage_counts,
    fact_present,
    first_relevant_rank,
    hit_at,
    ndcg_at,
    percentile,
    reciprocal_rank,
    summarize,
)
from evals.questionset import Question
from ketenwijzer.models import Answer, Citation, RetrievedRef

PASSAGES = {
    "nora-a:1": "De ketenmanager is verantwoordelijk voor de dagelijkse besturing van de keten.",
    "nora-a:2": "Ketenpartners bouwen vertrouwen op door een open dialoog over resultaten.",
    "art-b:1": "Samenwerken is geen estafette waarin een stokje wordt doorgegeven.",
}
GOOD_1 = "De ketenmanager zorgt voor de dagelijkse besturing van de keten."
GOOD_2 = "Vertrouwen tussen ketenpartners groeit door dialoog."
BAD = "Het kabinet verhoogt de accijns op tabak."


def cite(n: int, chunk_id: str) -> Citation:
    return Citation(n=n, doc_id=chunk_id.split(":")[0], title="t", quote="q", chunk_id=chunk_id)


def make_answer(
    text: str, citations: list[Citation], retrieved: list[str], abstained: bool = False
) -> Answer:
    refs = [RetrievedRef(chunk_id=f"{d}:{i}", doc_id=d, score=1.0 - i / 10) for i, d in enumerate(retrieved)]
    return Answer(
        question="?", answer=text, abstained=abstained, language="nl", citations=citations, retrieved=refs
    )


# -- retrieval ----------------------------------------------------------------------
def test_rank_metrics() -> None:
    docs = ["x", "nora-a", "y", "nora-b"]
    assert first_relevant_rank(docs, ["nora"]) == 2
    assert hit_at(docs, ["nora"], 1) == 0.0
    assert hit_at(docs, ["nora"], 5) == 1.0
    assert reciprocal_rank(docs, ["nora"]) == 0.5
    assert reciprocal_rank(docs, ["elders"]) == 0.0
    assert first_relevant_rank(docs, ["nora-b", "y"]) == 3


def test_ndcg_known_values() -> None:
    docs = ["x", "nora-a", "y", "nora-b"]
    dcg = 1 / math.log2(3) + 1 / math.log2(5)
    assert ndcg_at(docs, ["nora"]) == pytest.approx(dcg / (1 + 1 / math.log2(3)))
    ideal10 = sum(1 / math.log2(i + 2) for i in range(10))
    assert ndcg_at(docs, ["nora"], n_relevant=10) == pytest.approx(dcg / ideal10)
    assert ndcg_at(docs, ["nora"], n_relevant=3) == pytest.approx(dcg / (1 + 1 / math.log2(3) + 0.5))
    assert ndcg_at(["nora-a"], ["nora"], n_relevant=2) == pytest.approx(1 / (1 + 1 / math.log2(3)))
    assert ndcg_at(["nora-a", "nora-b", "x"], ["nora"], n_relevant=2) == pytest.approx(1.0)
    assert ndcg_at(["x", "y"], ["nora"]) == 0.0
    assert ndcg_at(["x"] * 10 + ["nora"], ["nora"], k=10) == 0.0  # rank 11 is past the cut-off


# -- facts ----------------------------------------------------------------------------
def test_facts_fold_case_accents_and_punctuation() -> None:
    assert fact_present(["cooperatie"], "De Coöperatie werkt.")
    assert fact_present(["goed moment"], "Het kwam op een GOED, moment!")
    assert fact_present(["acht", "8"], "Er zijn 8 pijlers.")
    assert not fact_present(["acht", "8"], "Sinds 2018 niet meer.")  # matches start at a word boundary
    assert fact_present(["keten"], "ketensamenwerking")  # a word may continue after the fact
    found, missing = check_facts([["baas"], ["acht", "8"]], "Er is geen baas.")
    assert found == ["baas"] and missing == ["acht / 8"]


# -- sentences and citations ------------------------------------------------------------
def test_answer_sentences_skip_lead_in_and_map_markers() -> None:
    text = "The sources (in Dutch) say:\nEerste zin. [1] Tweede zin zonder bron. Derde zin. [2] [3]\nLos."
    assert answer_sentences(text) == [
        ("Eerste zin.", [1]),
        ("Tweede zin zonder bron.", []),
        ("Derde zin.", [2, 3]),
        ("Los.", []),
    ]
    assert coverage_counts(text) == (2, 4)


def test_citation_verdicts_follow_marker_order() -> None:
    text = f"{GOOD_1} [1] {BAD} [1] {GOOD_2} [2]"
    answer = make_answer(text, [cite(1, "nora-a:1"), cite(1, "nora-a:1"), cite(2, "nora-a:2")], ["nora-a"])
    verdicts = citation_verdicts(answer, PASSAGES.__getitem__, 0.5)
    assert [v["supported"] for v in verdicts] == [True, False, True]
    assert verdicts[1]["sentence"] == BAD
    dangling = make_answer(f"{GOOD_1} [1]", [cite(1, "nora-a:1"), cite(2, "nora-a:2")], ["nora-a"])
    assert [v["supported"] for v in citation_verdicts(dangling, PASSAGES.__getitem__, 0.5)] == [True, False]


# -- the whole summary on five hand-made answers ---------------------------------------------
def _records() -> list[dict]:
    q = Question
    cases = [
        (  # answered well: relevant at rank 1, both facts, two supported citations
            q(
                id="q1",
                question="?",
                expected_sources=["nora-a"],
                must_include=["ketenmanager", ["dialoog", "overleg"]],
            ),
            make_answer(
                f"{GOOD_1} [1] {GOOD_2} [2]", [cite(1, "nora-a:1"), cite(2, "nora-a:2")], ["nora-a", "x"]
            ),
            10.0,
        ),
        (  # relevant at rank 3, one of two facts, one unsupported citation, one uncited sentence
            q(id="q2", question="?", expected_sources=["art-b"], must_include=["estafette", "stokje"]),
            make_answer(
                f"Geen estafette. {GOOD_1} [1] {BAD} [2]",
                [cite(1, "nora-a:1"), cite(2, "art-b:1")],
                ["x", "y", "art-b"],
            ),
            20.0,
        ),
        (  # answerable but declined: a false abstention
            q(id="q3", question="?", expected_sources=["art-b"], must_include=["stokje"]),
            make_answer("Dat staat niet in de bronnen.", [], ["x"], abstained=True),
            30.0,
        ),
        (  # out of scope, declined: correct
            q(id="q4", question="?", answerable=False),
            make_answer("Dat staat niet in de bronnen.", [], ["x"], abstained=True),
            40.0,
        ),
        (  # out of scope but answered with a (supported) citation: wrong
            q(id="q5", question="?", answerable=False),
            make_answer(f"{GOOD_1} [1]", [cite(1, "nora-a:1")], ["nora-a"]),
            50.0,
        ),
    ]
    return [grade("s", question, answer, ms, PASSAGES.__getitem__, 0.5) for question, answer, ms in cases]


def test_summary_of_hand_made_answers() -> None:
    summary = summarize(_records())
    assert set(SUMMARY_KEYS) <= set(summary)
    expected = {
        "n_questions": 5,
        "n_answerable": 3,
        "n_unanswerable": 2,
        "hit_at_1": 1 / 3,
        "hit_at_5": 2 / 3,
        "mrr": (1 + 1 / 3) / 3,
        "fact_recall": (1 + 0.5 + 0) / 3,
        "facts_complete": 1 / 3,
        "citation_precision": 4 / 5,
        "citation_coverage": 5 / 6,
        "abstention_accuracy": 0.5,
        "false_abstention_rate": 1 / 3,
        "latency_ms_p50": 30.0,
        "latency_ms_p95": 48.0,
    }
    for key, value in expected.items():
        assert summary[key] == pytest.approx(value, abs=1e-4), key


def test_pass_fail_per_question() -> None:
    assert [r["passed"] for r in _records()] == [True, False, False, True, False]
    record = _records()[1]
    assert record["first_relevant_rank"] == 3
    assert record["facts_missing"] == ["stokje"]


def test_empty_groups_give_none_not_zero() -> None:
    answerable_only = [r for r in _records() if r["answerable"]]
    summary = summarize(answerable_only)
    assert summary["abstention_accuracy"] is None
    assert summarize([])["hit_at_1"] is None
    assert percentile([], 50) is None
    assert percentile([5.0], 95) == 5.0
