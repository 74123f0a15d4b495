"""Compose a brief from the index: one retrieval per section, generator + citations per section.

Every statement goes through the same machinery as an answer: the configured generator
drafts sentences from the section's passages and ``assistant.citations.assemble`` keeps
only those whose quote occurs verbatim in the cited passage. Evidence is used once per
brief: quotes already used are masked out of the passages the next sections see, and a
draft sentence overlapping a used quote is dropped. A section whose query fails the
abstention gate, or whose draft yields nothing, says ``NO_EVIDENCE`` instead of padding.

**Out of scope.** When the topic itself fails the abstention gate (or no section finds a
single citable sentence) ``compose`` raises ``TopicNotCovered`` (an ``InvalidInput``: exit
code 2, HTTP 422) with a Dutch explanation: an empty note is of no use to an adviser.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from assistant import abstention
from assistant.briefs import plan as planning
from assistant.briefs.inputs import clean_question, clean_topic
from assistant.briefs.model import NO_EVIDENCE, Brief, BriefSection, Statement
from assistant.briefs.references import ReferenceBook
from assistant.citations import assemble
from assistant.generators import Draft, Generator, create_generator
from assistant.glossary import evidence_query
from assistant.retriever import HybridRetriever, Retrieval
from ingest.index import Index
from ketenwijzer.errors import InvalidInput
from ketenwijzer.models import Passage
from ketenwijzer.settings import Settings

if TYPE_CHECKING:
    from assistant.chain import Assistant

LANGUAGE = "nl"
_TRAILING_MARKER = re.compile(r"\s*\[\d+\]\s*$")


class TopicNotCovered(InvalidInput):
    """The sources say nothing (citable) about the requested topic."""


class _Run:
    """State of one composition: used quotes, reference numbers, generator notices."""

    def __init__(self, book: ReferenceBook) -> None:
        self.book = book
        self.used: list[str] = []
        self.notice: str | None = None
        self.generator: str | None = None

    def overlaps(self, quote: str) -> bool:
        return any(quote in u or u in quote for u in self.used)

    def masked(self, passages: list[Passage]) -> list[Passage]:
        """Copies of the passages with every used quote cut out (indexes unchanged)."""
        out = []
        for p in passages:
            text = p.text
            for quote in self.used:
                text = text.replace(quote, "\n")
            out.append(p if text == p.text else p.model_copy(update={"text": text}))
        return out


class BriefComposer:
    """Builds a ``Brief`` on a topic from the live index with the configured generator."""

    def __init__(
        self,
        settings: Settings,
        index: Index,
        generator: Generator | None = None,
        retriever: HybridRetriever | None = None,
    ) -> None:
        self.settings = settings
        self.index = index
        self.generator = generator or create_generator(settings.generator, settings, index)
        self.retriever = retriever or HybridRetriever(index, settings)

    @classmethod
    def from_assistant(cls, assistant: Assistant) -> BriefComposer:
        """A composer sharing an assistant's index, retriever and generator."""
        return cls(assistant.settings, assistant.index, assistant.generator, assistant.retriever)

    # -- public ---------------------------------------------------------------
    def compose(self, topic: str, question: str | None = None) -> Brief:
        """A cited brief on ``topic`` (optionally answering ``question``)."""
        topic = clean_topic(topic)
        question = clean_question(question)
        self.index.require_ready()
        about = planning.subject(topic, question)
        probe = self.retriever.retrieve(about, max(self.settings.top_k, 8))
        if not self._sufficient(about, probe):
            raise TopicNotCovered(self._not_covered(topic))
        governance = planning.is_governance(topic, question, probe.passages)
        analyse = (
            planning.dimension_sections(topic, question)
            if governance
            else planning.document_sections(topic, question, probe.passages)
        )
        run = _Run(ReferenceBook({d.doc_id: d.metadata for d in self.index.documents()}))
        opening = [self._section(p, run) for p in planning.opening_sections(topic, question)]
        opening[0].intro = _intro(topic, question)
        self._top_up(opening[1], planning.SectionPlan("kern-aanvulling", "", about, topic), run)
        analysis = BriefSection(key="analyse", heading=planning.ANALYSE)
        analysis.subsections = [self._section(p, run) for p in analyse]
        closing = [self._section(p, run) for p in planning.closing_sections(topic, question)]
        sections = [*opening, analysis, *closing]
        if not any(s.all_statements() for s in sections):
            raise TopicNotCovered(self._not_covered(topic))
        return Brief(
            topic=topic,
            question=question,
            title=f"Notitie: {topic[:1].upper()}{topic[1:]}",
            date=date.today().isoformat(),
            governance=governance,
            generator=run.generator or self.generator.name,
            sections=sections,
            references=run.book.references,
            notice=run.notice,
        )

    # -- sections ---------------------------------------------------------------
    def _sufficient(self, question: str, retrieval: Retrieval) -> bool:
        evidence = self._evidence(question, retrieval)
        return evidence.sufficient(self.settings.abstain_threshold, self.settings.evidence_coverage_weight)

    def _evidence(self, question: str, retrieval: Retrieval) -> abstention.Evidence:
        return abstention.measure(
            evidence_query(question, LANGUAGE), retrieval.passages, self.index.lexical, retrieval.dense_top
        )

    def _section(self, plan: planning.SectionPlan, run: _Run) -> BriefSection:
        section = BriefSection(key=plan.key, heading=plan.heading, level=plan.level, query=plan.query())
        retrieval = self.retriever.retrieve(plan.query(), self.settings.top_k, list(plan.doc_ids) or None)
        evidence = self._evidence(plan.question, retrieval)
        section.evidence = round(evidence.score(self.settings.evidence_coverage_weight), 4)
        if plan.doc_ids or self._sufficient(plan.question, retrieval):
            section.statements = self._statements(plan, retrieval.passages, run, plan.max_statements)
        if not section.statements:
            section.note = NO_EVIDENCE
        return section

    def _top_up(self, section: BriefSection, plan: planning.SectionPlan, run: _Run, least: int = 3) -> None:
        """Add points to *Kern* from the plain topic query when it has fewer than ``least``."""
        if len(section.statements) >= least:
            return
        retrieval = self.retriever.retrieve(plan.question, self.settings.top_k + 3)
        room = 5 - len(section.statements)
        section.statements.extend(self._statements(plan, retrieval.passages, run, room))
        if section.statements:
            section.note = None

    def _statements(
        self, plan: planning.SectionPlan, passages: list[Passage], run: _Run, limit: int
    ) -> list[Statement]:
        if not passages or limit <= 0:
            return []
        draft = self.generator.generate(plan.question, run.masked(passages), LANGUAGE)
        run.notice = run.notice or draft.notice
        run.generator = run.generator or draft.generator
        out: list[Statement] = []
        for sentence in draft.sentences:
            if len(out) >= limit:
                break
            if not sentence.quote or run.overlaps(sentence.quote):
                continue
            statement = self._cite(sentence, draft, passages, run)
            if statement is not None:
                out.append(statement)
                run.used.append(sentence.quote)
        return out

    def _cite(self, sentence: Any, draft: Draft, passages: list[Passage], run: _Run) -> Statement | None:
        """One draft sentence through ``assemble`` (verbatim check), renumbered globally."""
        text, citations = assemble(Draft([sentence], generator=draft.generator), passages)
        if not citations:
            return None
        n = run.book.number(passages[sentence.passage])
        return Statement(
            text=_TRAILING_MARKER.sub("", text), citation=citations[0].model_copy(update={"n": n})
        )

    @staticmethod
    def _not_covered(topic: str) -> str:
        return (
            f"Over '{topic}' bevatten de bronnen van Ketenwijzer geen informatie, dus er is geen "
            "onderbouwde notitie te maken. De bronnen gaan over ketensamenwerking en ketensturing in de "
            "publieke sector: het NORA-dossier 'Ketens de baas' en artikelen over samenwerken in ketens."
        )


def _intro(topic: str, question: str | None) -> list[str]:
    lines = [f"Onderwerp: {topic}."]
    if question:
        lines.append(f"Vraag: {question}")
    else:
        lines.append("Gevraagd is een notitie over dit onderwerp op basis van de bronnen van Ketenwijzer.")
    return lines


def compose_brief(assistant: Assistant, topic: str, question: str | None = None) -> Brief:
    """Shortcut for callers that hold an ``Assistant`` (the CLI and the API)."""
    return BriefComposer.from_assistant(assistant).compose(topic, question)
