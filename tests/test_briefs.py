"""Briefs composed from the real index: structure, global citations, verbatim quotes, scoring, bad input."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.briefs import NO_EVIDENCE, Brief, BriefComposer, TopicNotCovered, compose_brief
from assistant.briefs.scoring import fact_present, load_topics, score_brief, summarize_scores
from assistant.chain import Assistant
from assistant.generators import Draft, Generator
from ketenwijzer.errors import InvalidInput
from ketenwijzer.models import Passage
from tests.briefs_helpers import HEADINGS
from tests.conftest import CORPUS

TOPICS = {
    "besluitvorming in ketens": "nora-kdb-3-6-besluitvormingsmodel",
    "vertrouwen tussen ketenpartners": "nora-kdb-2-3-relationele-dimensie",
}


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
    assert 3 <= len(brief.sections[1].statements) <= 5
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

    def generate(self, question: str, passages: list[Passage], language: str) -> Draft:
        if "risico" in question:
            return Draft([], generator=self.name)
        return self.inner.generate(question, passages, language)

    def stream(self, question: str, passages: list[Passage], language: str) -> Iterator[str | Draft]:
        yield self.generate(question, passages, language)


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
