"""Briefs composed from the real index: structure, global citations, verbatim quotes, scoring, bad input."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.briefs import NO_EVIDENCE, Brief, BriefComposer, TopicNotCovered, compose_brief
from assistant.briefs.model import dutch_date
from assistant.briefs.plan import derive_question
from assistant.briefs.scoring import fact_present, load_topics, score_brief, summarize_scores
from assistant.chain import Assistant
from assistant.coherence import check
from assistant.generators import Draft, Generator
from ketenwijzer.errors import InvalidInput
from ketenwijzer.models import Passage
from ketenwijzer.text import content_words, stems, words
from tests.briefs_helpers import HEADINGS
from tests.conftest import CORPUS

TOPICS = {
    "besluitvorming in ketens": "nora-kdb-3-6-besluitvormingsmodel",
    "vertrouwen tussen ketenpartners": "nora-kdb-2-3-relationele-dimensie",
}
TRUST = "Vertrouwen in ketensamenwerking"


@pytest.fixture(scope="module")
def briefs(assistant: Assistant) -> dict[str, Brief]:
    """One brief per issue topic, composed once for this module."""
    return {topic: compose_brief(assistant, topic) for topic in TOPICS}


@pytest.mark.parametrize("topic", list(TOPICS))
def test_brief_has_the_fixed_sections_and_the_four_dimensions(briefs: dict[str, Brief], topic: str) -> None:
    brief = briefs[topic]
    assert [s.heading for s in brief.sections] == HEADINGS[:-1]
    assert brief.governance
    analyse = brief.sections[2]
    assert [s.heading for s in analyse.subsections] == [
        "Culturele dimensie", "Relationele dimensie", "Procedurele dimensie", "Inhoudelijke dimensie"
    ]  # fmt: skip
    kern = brief.sections[1].statements
    assert 2 <= len(kern) <= 6 and all(s.bullet for s in kern), "Kern: up to 6 cited points (advice plan)"
    for section in [*brief.sections, *analyse.subsections]:
        if section is not analyse:
            assert section.statements or section.note == NO_EVIDENCE, section.heading


@pytest.mark.parametrize("topic", list(TOPICS))
def test_every_statement_is_cited_verbatim_once_with_global_numbers(
    assistant: Assistant, briefs: dict[str, Brief], topic: str
) -> None:
    brief = briefs[topic]
    statements = brief.statements()
    assert len(statements) >= 10
    numbers = [r.n for r in brief.references]
    assert numbers == list(range(1, len(numbers) + 1))
    assert {s.n for s in statements} == set(numbers), "elke bron wordt geciteerd en elke [n] bestaat"
    quotes = [s.citation.quote for s in statements]
    assert len(quotes) == len(set(quotes)), "een citaat wordt maar één keer gebruikt"
    for s in statements:
        passage = assistant.index.passage(s.citation.chunk_id)
        assert s.citation.quote in passage.text
        ref = brief.reference(s.n)
        assert ref is not None and ref.doc_id == passage.doc_id and ref.section == passage.section
    assert any(s.citation.doc_id.startswith(TOPICS[topic]) for s in statements)
    for ref in brief.references:
        assert ref.title and ref.publisher
        assert ref.label().endswith(ref.url or ".")


def test_out_of_scope_topic_is_a_clear_dutch_error(assistant: Assistant) -> None:
    with pytest.raises(TopicNotCovered, match="bevatten de bronnen van Ketenwijzer geen informatie"):
        compose_brief(assistant, "recept voor appeltaart")
    assert issubclass(TopicNotCovered, InvalidInput)


def test_topic_outside_governance_gets_analysis_by_document(assistant: Assistant) -> None:
    brief = compose_brief(assistant, "de ketenkaart")
    assert not brief.governance
    titles = [s.heading for s in brief.sections[2].subsections]
    assert titles and "Culturele dimensie" not in titles
    assert any("ketenkaart" in s.text.lower() for s in brief.statements())


class _NoRisks:
    """Wraps the extractive generator but finds nothing for the risks section."""

    def __init__(self, inner: Generator) -> None:
        self.inner = inner
        self.name = "stub"

    def generate(
        self,
        question: str,
        passages: list[Passage],
        language: str,
        kind: str | None = None,
        analysis: Any = None,
    ) -> Draft:
        if "risico" in question:
            return Draft([], generator=self.name)
        return self.inner.generate(question, passages, language, kind, analysis)

    def stream(
        self,
        question: str,
        passages: list[Passage],
        language: str,
        kind: str | None = None,
        analysis: Any = None,
    ) -> Iterator[str | Draft]:
        yield self.generate(question, passages, language, kind, analysis)


def test_a_section_without_evidence_says_so_instead_of_padding(assistant: Assistant) -> None:
    stub = _NoRisks(assistant.generator)
    composer = BriefComposer(assistant.settings, assistant.index, stub, assistant.retriever)
    brief = composer.compose("vertrouwen tussen ketenpartners")
    risks = brief.sections[3]
    assert risks.statements == [] and risks.note == NO_EVIDENCE
    assert brief.sections[1].statements


@pytest.mark.parametrize(
    ("topic", "question", "needle"),
    [
        ("", None, "leeg"),
        ("   \n\t ", None, "leeg"),
        ("x" * 10_000, None, "te lang (10000 tekens)"),
        ("besluitvorming", "v" * 5000, "vraag is te lang"),
    ],
)
def test_bad_input_is_rejected_in_dutch(
    assistant: Assistant, topic: str, question: str | None, needle: str
) -> None:
    with pytest.raises(InvalidInput, match=re.escape(needle)):
        compose_brief(assistant, topic, question)


def test_scoring_rewards_a_good_brief_and_catches_a_broken_citation(
    assistant: Assistant, briefs: dict[str, Brief]
) -> None:
    topic = next(t for t in load_topics() if t.topic == "besluitvorming in ketens")
    brief = briefs[topic.topic]

    def text(cid: str) -> str:
        return assistant.index.passage(cid).text

    score = score_brief(brief, topic, text, assistant.settings.support_threshold)
    assert score.coverage == 1.0 and score.source_recall == 1.0
    assert score.citation_precision >= 0.9
    assert score.fact_recall >= 0.5
    broken = brief.model_copy(deep=True)
    first = broken.sections[1].statements[0]
    first.citation.quote = "Deze zin staat nergens."
    first.citation.n = 999
    worse = score_brief(broken, topic, text, assistant.settings.support_threshold)
    assert worse.citation_precision < score.citation_precision and worse.coverage < 1.0
    assert summarize_scores([score, worse])["n_briefs"] == 2


def test_brief_topics_file_is_valid_and_every_fact_is_in_the_corpus() -> None:
    from evals.questionset import load_set

    topics = load_topics()
    assert len(topics) >= 5
    assert load_set("briefs").name == "briefs"  # the question-set loader accepts the file too
    corpus = "\n".join(
        p.read_text(encoding="utf-8") for p in Path(CORPUS).rglob("*.md") if p.name != "README.md"
    )
    for topic in topics:
        assert topic.facts() and topic.expected_sources
        for fact in topic.facts():
            assert fact_present(fact, corpus), (topic.id, fact)
        for source in topic.expected_sources:
            assert any(p.stem.startswith(source) for p in Path(CORPUS).rglob("*.md")), source


# -- the memo: the adviser's question, a Kern that answers it, summary, header, references ----
def distinctive_stem(topic: str, passages: list[Passage]) -> str:
    """The stem of the topic word found in the fewest passages: what the topic is about.

    In 'Vertrouwen in ketensamenwerking' the corpus's theme word (ketensamenwerking) occurs
    everywhere, so it says nothing about a point; the rarer word does. Derived from the
    passages themselves (substring of the folded text, so compounds count), not from the
    composer's own rule.
    """
    texts = [" ".join(words(p.text)) for p in passages]
    candidates = [stems(w)[0] for w in content_words(topic) if stems(w)]
    return min(candidates, key=lambda stem: sum(stem in t for t in texts))


@pytest.fixture(scope="module")
def trust_brief(assistant: Assistant) -> Brief:
    """The issue's brief: 'Vertrouwen in ketensamenwerking', no question given."""
    return compose_brief(assistant, TRUST)


def test_without_a_question_kern_answers_the_derived_advice_question(trust_brief: Brief) -> None:
    assert (
        trust_brief.question
        == derive_question(TRUST)
        == "Waar moet ik op letten bij vertrouwen in ketensamenwerking?"
    )
    assert trust_brief.question_derived
    kern = next(s for s in trust_brief.sections if s.key == "kern")
    assert kern.question == trust_brief.question
    assert 3 <= len(kern.statements) <= 6 and all(s.bullet for s in kern.statements)


def test_every_kern_point_on_trust_is_about_trust(assistant: Assistant, trust_brief: Brief) -> None:
    passages = assistant.index.passages(list(assistant.index.lexical.chunk_ids))
    stem = distinctive_stem(TRUST, passages)
    assert stem.startswith("vertrouw"), stem  # the derivation picks the topic's subject, not its theme
    kern = next(s for s in trust_brief.sections if s.key == "kern")
    for point in kern.statements:
        assert any(stem in w for w in words(point.text)), f"Kern-punt gaat niet over vertrouwen: {point.text}"
        assert not point.text.rstrip().endswith("?"), point.text
    report = check("\n".join(f"- {s.cited()}" for s in kern.statements))
    assert report.total == 0, report.violations


def test_an_asked_question_is_answered_and_kept(assistant: Assistant) -> None:
    question = "Hoe komen ketenpartners tot besluiten?"
    brief = compose_brief(assistant, "besluitvorming in ketens", question, aan="Directie", van="Team Ketens")
    assert brief.question == question and not brief.question_derived
    assert next(s for s in brief.sections if s.key == "kern").question == question
    assert brief.header == [("Aan", "Directie"), ("Van", "Team Ketens"), ("Datum", dutch_date(brief.date)),
                            ("Onderwerp", "Besluitvorming in ketens")]  # fmt: skip


def test_summary_is_two_to_four_lines_of_cited_points_from_the_body(trust_brief: Brief) -> None:
    lines = 1 + len(trust_brief.summary)  # the question, then the labelled points
    assert 2 <= lines <= 4
    body = {s.citation.quote: s for s in trust_brief.statements()}
    for line in trust_brief.summary:
        assert line.label in {"Kern", "Advies", "Let op"}
        assert line.citation.quote in body and body[line.citation.quote].n == line.n
        assert not line.text.endswith(":")
    assert trust_brief.summary[0].label == "Kern"
    assert trust_brief.summary[0].citation.quote == trust_brief.sections[1].statements[0].citation.quote
    assert "Opgesteld met" not in trust_brief.method and "controleer de citaten" in trust_brief.method.lower()
    assert "letterlijk citaat" in trust_brief.method and "automatisch geselecteerd" in trust_brief.method


def test_references_one_per_distinct_passage_title_not_repeated_url_or_says_none(
    trust_brief: Brief, briefs: dict[str, Brief]
) -> None:
    for brief in [trust_brief, *briefs.values()]:
        cited = list(dict.fromkeys(s.citation.chunk_id for s in brief.statements()))
        assert [r.chunk_id for r in brief.references] == cited, "one reference per distinct passage, in order"
        for ref in brief.references:
            where = ref.where()
            assert where.count(ref.title) == 1, where
            assert ref.label().endswith(ref.url or "Geen webadres bekend."), ref.label()
        places = [r.where() for r in brief.references]
        assert len(places) == len(set(places)), "two references must not read alike"


@pytest.mark.parametrize(
    ("aan", "van", "needle"),
    [
        ("x" * 201, None, "Het veld 'Aan' is te lang (201 tekens)"),
        (None, 42, "Het veld 'Van' moet tekst zijn"),
    ],
)
def test_bad_header_fields_are_rejected_in_dutch(
    assistant: Assistant, aan: Any, van: Any, needle: str
) -> None:
    with pytest.raises(InvalidInput, match=re.escape(needle)):
        compose_brief(assistant, "besluitvorming in ketens", aan=aan, van=van)


def test_warm_up_embeds_every_passage_once_and_loads_the_renderers(corpus_settings: Any) -> None:
    from assistant.briefs.warmup import BATCH, warm_up

    fresh = Assistant(corpus_settings)
    pauses: list[int] = []
    timings = warm_up(fresh, pause=lambda: pauses.append(1))
    assert timings["passages"] == len(fresh.index.lexical.chunk_ids)
    assert len(pauses) == -(-timings["passages"] // BATCH), "it gives way before every batch"
    assert {"sentences_s", "renderers_s"} <= set(timings)
    passages = fresh.index.passages(list(fresh.index.lexical.chunk_ids[:3]))
    cached = fresh.reader._vectors  # every passage and sentence is embedded once, at start
    assert all(p.text in cached for p in passages)
