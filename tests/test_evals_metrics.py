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
    handled_out_of_scope,
    hit_at,
    ndcg_at,
    percentile,
    reciprocal_rank,
    summarize,
)
from evals.metrics import declined as declined_
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


# -- answers a reader can use: lead, budget, length, sides, markers ------------------------
from evals.answertext import first_words, lead, markers_in_budget, plain_text, word_count  # noqa: E402
from evals.grading import failure  # noqa: E402
from evals.metrics import facts_in_budget, lead_hit, markers_resolve, sides_covered  # noqa: E402

SHAPED = (
    "**Ketens de baas (NORA)** zegt:\n\n"
    "- Een keten heeft **geen baas** [1].\n"
    "- Sturing gaat via dialoog [2].\n\n"
    "Samenwerken is geen estafette [3]."
)


def test_the_markdown_subset_is_read_as_a_reader_reads_it() -> None:
    assert plain_text("- Een keten heeft **geen baas** [1].") == "Een keten heeft geen baas."
    assert lead(SHAPED) == "Een keten heeft geen baas."  # the label line is a frame, not the lead
    assert lead("Eerste zin [1]. Tweede zin [2].") == "Eerste zin."
    assert (
        lead("The sources (in Dutch) say:\nDe keten is een netwerk. [1] Meer.") == "De keten is een netwerk."
    )
    assert word_count(SHAPED) == 18
    assert first_words("een twee **drie** [1] vier", 3) == "een twee drie"
    assert lead(" ".join(["woord"] * 80) + ".").count("woord") == 50  # a lead cannot swallow the answer


def test_markers_before_the_full_stop_belong_to_their_sentence() -> None:
    assert answer_sentences(SHAPED) == [
        ("Een keten heeft geen baas.", [1]),
        ("Sturing gaat via dialoog.", [2]),
        ("Samenwerken is geen estafette.", [3]),
    ]
    assert coverage_counts(SHAPED) == (3, 3)
    assert answer_sentences("Een zin [1][3]. Nog een [2]!") == [("Een zin.", [1, 3]), ("Nog een!", [2])]
    english = (
        "**The sources say** (quoted in Dutch):\n\n“Er is geen baas.” [1]\n\n(The sources are in Dutch.)"
    )
    assert coverage_counts(english) == (1, 1)  # the frame and the closing note are not claims
    assert coverage_counts("(Een keten heeft geen baas.) Zonder bron.") == (0, 2)  # not a whole-line note
    item = "- een keten van schakels. De anderen voeren deelprocessen uit. Dat heet orkestratie [1]\n- los"
    assert answer_sentences(item) == [
        ("een keten van schakels. De anderen voeren deelprocessen uit. Dat heet orkestratie", [1]),
        ("los", []),
    ]  # a list item is one claim


def test_lead_budget_sides_and_markers() -> None:
    facts = [["geen baas"], ["dialoog"]]
    assert lead_hit(facts, SHAPED)
    assert not lead_hit(facts, "Ketens zijn complex [1]. Er is geen baas [2].")
    assert facts_in_budget(facts, SHAPED) == ["geen baas", "dialoog"]
    late = " ".join(["Vulling."] * 130) + " Er is geen baas."
    assert facts_in_budget(facts, late) == [] and check_facts(facts, late)[0] == ["geen baas"]
    assert sides_covered([["nora"], ["art-b", "art-c"]], ["nora-x", "art-c"])
    assert not sides_covered([["nora"], ["art-b"]], ["nora-x", "nora-y"])
    assert markers_resolve("Zin [1]. Zin [2].", [1, 2]) and not markers_resolve("Zin [3].", [1])
    words = " ".join(["woord"] * 118)
    assert markers_in_budget(f"Een [1]. {words} nog drie woorden [2]. Later [3].") == [1, 2]
    assert markers_in_budget(f"Een. [1] {words} nog drie woorden. [2] Later. [3]") == [1, 2]
    assert markers_in_budget(f"{words} {words} [4].") == []


def test_quoting_everything_does_not_score_better_than_answering() -> None:
    """The new metrics reward the answer first and short; the old fact recall did not."""
    question = Question(
        id="v",
        question="Wie is de baas van een keten?",
        expected_sources=["nora-a"],
        must_include=["geen baas", "dialoog"],
    )
    concise = make_answer(
        "Een keten heeft geen baas [1]. Partners sturen via dialoog [2].",
        [cite(1, "nora-a:1"), cite(2, "nora-a:2")],
        ["nora-a"],
    )
    filler = " ".join(f"Ketenpartners werken samen in keten nummer {i} [1]." for i in range(30))
    quoting = make_answer(
        filler + " Een keten heeft geen baas [1]. Partners sturen via dialoog [2].",
        [cite(1, "nora-a:1"), cite(2, "nora-a:2")],
        ["nora-a"],
    )
    good = grade("s", question, concise, 1.0, PASSAGES.__getitem__, 0.5)
    long = grade("s", question, quoting, 1.0, PASSAGES.__getitem__, 0.5)
    assert len(long["facts_found"]) == len(good["facts_found"]) == 2  # the old recall cannot tell them apart
    new_good, new_long = summarize([good]), summarize([long])
    for metric in ("lead_hit", "facts_in_budget"):
        assert new_long[metric] < new_good[metric], metric
    assert new_long["answer_words_p50"] > new_good["answer_words_p50"]
    declined = make_answer("Dat staat niet in de bronnen.", [], ["nora-a"], abstained=True)
    refused = summarize([grade("s", question, declined, 1.0, PASSAGES.__getitem__, 0.5)])
    assert refused["lead_hit"] == 0.0 and refused["facts_in_budget"] == 0.0  # declining never scores


def test_comparison_follow_up_kind_and_near_domain_figures() -> None:
    comparison = Question(id="c", question="?", kind="comparison", sides=[["nora-a"], ["art-b"]])
    one_side = make_answer(f"{GOOD_1} [1]", [cite(1, "nora-a:1")], ["nora-a", "art-b"])
    one_side.kind = "definition"
    both = make_answer(
        f"{GOOD_1} [1] Samenwerken is geen estafette [2].",
        [cite(1, "nora-a:1"), cite(2, "art-b:1")],
        ["nora-a", "art-b"],
    )
    both.kind = "comparison"
    rows = [grade("s", comparison, a, 1.0, PASSAGES.__getitem__, 0.5) for a in (one_side, both)]
    assert [r["both_sides_cited"] for r in rows] == [False, True]
    assert [r["both_sides_retrieved"] for r in rows] == [True, True]
    assert rows[0]["failure"] == "composition" and rows[1]["passed"]
    summary = summarize(rows)
    assert summary["both_sides_cited"] == 0.5 and summary["both_sides_retrieved"] == 1.0
    assert summary["kind_accuracy"] == 0.5
    filler = " ".join(f"Ketenpartners werken samen in keten {i} [1]." for i in range(30))
    late = make_answer(f"{filler} Samenwerken is geen estafette [2].", both.citations, ["nora-a", "art-b"])
    assert grade("s", comparison, late, 1.0, PASSAGES.__getitem__, 0.5)["both_sides_cited"] is False
    turn = Question(id="g", question="En verder?", expected_sources=["art-b"])
    far = grade(
        "s", turn, make_answer(GOOD_1, [], ["x", "y", "z", "art-b"]), 1.0, PASSAGES.__getitem__, 0.5, turn=2
    )
    near = grade("s", turn, make_answer(GOOD_1, [], ["x", "art-b"]), 1.0, PASSAGES.__getitem__, 0.5, turn=2)
    first = grade(
        "s", turn, make_answer(GOOD_1, [], ["x", "y", "z", "art-b"]), 1.0, PASSAGES.__getitem__, 0.5, turn=1
    )
    assert summarize([far, near, first])["followup_hit_at_3"] == 0.5  # turn 1 is not a follow-up
    nd = Question(id="n", question="Hoeveel kost het?", answerable=False, near_domain=True)
    answered = grade(
        "s",
        nd,
        make_answer(f"{GOOD_1} [1]", [cite(1, "nora-a:1")], ["nora-a"]),
        1.0,
        PASSAGES.__getitem__,
        0.5,
    )
    declined = grade(
        "s",
        nd,
        make_answer("Dat staat niet in de bronnen.", [], ["x"], abstained=True),
        1.0,
        PASSAGES.__getitem__,
        0.5,
    )
    assert answered["failure"] == "gate" and declined["passed"]
    assert summarize([answered, declined])["near_domain_declined"] == 0.5


def test_each_failure_has_one_cause() -> None:
    causes = [r["failure"] for r in _records()]
    # q3 was declined, but its source was not even retrieved: retrieval failed, not the gate
    assert causes == [None, "composition", "retrieval", None, "gate"]
    assert failure(dict(_records()[2], first_relevant_rank=1)) == "gate"  # retrieved, still declined
    assert failure(dict(_records()[2], error="boem")) == "error"


def test_coherence_counts_per_rule_when_a_check_is_given() -> None:
    def check(text: str, language: str, case: bool) -> dict[str, int]:
        return {"question": text.count("?"), "duplicate": 0}

    q = Question(id="q", question="?", must_include=["baas"])
    clean = grade(
        "s",
        q,
        make_answer("Er is geen baas [1].", [cite(1, "nora-a:1")], []),
        1.0,
        PASSAGES.__getitem__,
        0.5,
        coherence=check,
    )
    messy = grade(
        "s",
        q,
        make_answer("Waarom? Er is geen baas [1].", [cite(1, "nora-a:1")], []),
        1.0,
        PASSAGES.__getitem__,
        0.5,
        coherence=check,
    )
    summary = summarize([clean, messy])
    assert summary["coherence_clean"] == 0.5
    assert summary["coherence_by_rule"] == {"question": 1, "duplicate": 0}
    assert "coherence_by_rule" not in summarize(_records())  # no check given: no figures


def test_a_near_domain_answer_that_names_the_missing_word_is_handled_a_general_one_is_not() -> None:
    declined = {"abstained": True, "citations": [], "near_domain": False, "unsaid": []}
    noted = {"abstained": False, "citations": [{"n": 1}], "near_domain": True, "unsaid": ["ziekteverzuim"]}
    silent = {**noted, "unsaid": []}
    general = {**noted, "near_domain": False}
    assert handled_out_of_scope(declined) and declined_(declined)
    assert handled_out_of_scope(noted) and not declined_(noted)
    assert not handled_out_of_scope(silent), "answered without saying what the sources lack"
    assert not handled_out_of_scope(general), "a question far outside the domain must be declined"


def test_an_english_quoted_introduction_leads_together_with_its_list() -> None:
    from evals.answertext import lead

    dutch = "In concreto gaat het om processen [1]. Dit omvat [1]:\n\n- Het verkennen van kansen [1]\n- Het bijsturen [1]"
    english = (
        "**The sources say** (quoted in Dutch):\n\n“In concreto gaat het om processen.” [1] “Dit omvat:” [1]\n\n"
        "- “Het verkennen van kansen” [1]\n- “Het bijsturen” [1]"
    )
    assert "verkennen" in lead(dutch)
    assert "verkennen" in lead(english)


def test_a_sentence_that_completes_the_first_leads_with_it_and_an_added_point_does_not() -> None:
    """``answertext.continues``: "X. En daar moet … omdat Y" answers a why-question with Y; the
    second sentence cannot come without the first, so the reader takes both as the lead. A
    sentence that adds a point of its own ("Ook …", "Daarnaast …") is no part of it."""
    facts = [["keteninformatisering"]]
    pair = "Het gaat ook om cultuur [1]. En daar moet vanaf de start aan gewerkt worden omdat de keteninformatisering anders faalt [1]."
    assert lead_hit(facts, pair)
    added = "Het gaat ook om cultuur [1]. Ook de keteninformatisering vraagt aandacht [1]."
    assert not lead_hit(facts, added)
    apart = "Het gaat ook om cultuur [1]. De keteninformatisering vraagt aandacht [1]."
    assert not lead_hit(facts, apart)
    listed = "Het omvat processen [1]. Dit omvat [1]:\n\n- verkennen [1]\n- keteninformatisering [1]"
    assert lead_hit(facts, listed), "a list introduced in two sentences still leads with its items"


def test_a_comparison_leads_with_each_sides_opening() -> None:
    """``answertext.SIDE_LABEL``: the reader of "**A**: … **B**: …" reads both openings as the
    answer; a side whose passages say nothing on it has no opening (eighteenth session)."""
    facts = [["verticale sturing"]]
    both = "**Ketenmanager**: Hij draagt de keten [1]. Meer [1].\n\n**Lijnmanagement**: Het staat voor de verticale sturing [2]. Ook de verticale sturing [2]."
    assert lead_hit(facts, both)
    assert (
        lead(both)
        == "Ketenmanager: Hij draagt de keten. Lijnmanagement: Het staat voor de verticale sturing."
    )
    later = "**Ketenmanager**: Hij draagt de keten [1]. De verticale sturing telt [1].\n\n**Lijn**: Iets [2]."
    assert not lead_hit(facts, later), "only the opening of each side leads"
    silent = "**Morgens**: (de gevonden passages zeggen hier niets over)\n\n**GBO**: De verticale sturing [1]. Meer [1]."
    assert lead(silent) == "GBO: De verticale sturing."
