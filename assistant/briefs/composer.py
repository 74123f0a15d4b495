"""Compose a brief from the index: one retrieval per section, generator + citations per section.

Every statement goes through the same machinery as an answer: the configured generator
composes each section's answer to that section's question (the same composer as ``ask``,
with the section's answer plan: *Kern* and the recommendations use the advice plan, 3–6 cited
points) and ``assistant.citations.assemble`` keeps only sentences whose quote occurs verbatim
in the cited passage. *Kern* answers the adviser's question; when none is given it answers
``plan.derive_question(topic)`` ("Waar moet ik op letten bij …?"), and every point of it must
mention the topic's focus (``plan.focus_stems``: the topic words that are not the corpus's
general theme), so a point about something else never reaches the director. Evidence is used once per
brief: quotes already used are masked out of the passages the next sections see, and a
draft sentence overlapping a used quote is dropped. A section whose query fails the
abstention gate, or whose draft yields nothing, says ``NO_EVIDENCE`` instead of padding.

**Out of scope.** When the topic itself fails the abstention gate (or no section finds a
single citable sentence) ``compose`` raises ``TopicNotCovered`` (an ``InvalidInput``: exit
code 2, HTTP 422) with a Dutch explanation: an empty note is of no use to an adviser.
"""

from __future__ import annotations

import inspect
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from assistant import abstention
from assistant.briefs import plan as planning
from assistant.briefs.inputs import clean_party, clean_question, clean_topic
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
_MARKERS = re.compile(r"\s*\[\d+\]")
_BULLET = re.compile(r"^\s*[-•*]\s+")
_LABEL = re.compile(r"^\*\*(?P<label>[^*]+)\*\*:?\s*")
SUMMARY_LABELS = (("kern", "Kern"), ("aanbevelingen", "Advies"), ("risicos", "Let op"))
"""The summary's lines: the lead point of these sections, labelled."""


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
        self._kind_aware = _accepts_kind(self.generator)

    @classmethod
    def from_assistant(cls, assistant: Assistant) -> BriefComposer:
        """A composer sharing an assistant's index, retriever and generator."""
        return cls(assistant.settings, assistant.index, assistant.generator, assistant.retriever)

    # -- public ---------------------------------------------------------------
    def compose(
        self, topic: str, question: str | None = None, aan: str | None = None, van: str | None = None
    ) -> Brief:
        """A cited memo on ``topic`` whose *Kern* answers ``question`` (derived when None)."""
        topic = clean_topic(topic)
        asked = clean_question(question)
        aan, van = clean_party(aan, "Aan"), clean_party(van, "Van")
        self.index.require_ready()
        kern_question = asked or planning.derive_question(topic)
        about = planning.subject(topic, asked)
        probe = self.retriever.retrieve(about, max(self.settings.top_k, 8))
        if not self._sufficient(about, probe):
            raise TopicNotCovered(self._not_covered(topic))
        governance = planning.is_governance(topic, asked, probe.passages)
        analyse = (
            planning.dimension_sections(topic, asked)
            if governance
            else planning.document_sections(topic, asked, probe.passages)
        )
        run = _Run(ReferenceBook({d.doc_id: d.metadata for d in self.index.documents()}))
        focus = planning.focus_stems(topic, self._share)
        opening = [self._section(p, run, focus if p.key == "kern" else None)
                   for p in planning.opening_sections(topic, kern_question)]  # fmt: skip
        kern_plan = planning.SectionPlan("kern-aanvulling", "", kern_question, about, kind="advice")
        self._top_up(opening[1], kern_plan, run, focus)
        analysis = BriefSection(key="analyse", heading=planning.ANALYSE)
        analysis.subsections = [self._section(p, run) for p in analyse]
        closing = [self._section(p, run) for p in planning.closing_sections(topic, asked)]
        sections = [*opening, analysis, *closing]
        if not any(s.all_statements() for s in sections):
            raise TopicNotCovered(self._not_covered(topic))
        return Brief(
            topic=topic,
            question=kern_question,
            question_derived=asked is None,
            aan=aan,
            van=van,
            title=f"Notitie: {topic[:1].upper()}{topic[1:]}",
            date=date.today().isoformat(),
            governance=governance,
            generator=run.generator or self.generator.name,
            summary=_summary(sections),
            sections=sections,
            references=run.book.references,
            notice=run.notice,
        )

    # -- sections ---------------------------------------------------------------
    def _share(self, stem: str) -> float:
        """The share of all passages that contain ``stem`` (the lexical index's postings)."""
        lexical = self.index.lexical
        postings = lexical.postings.get(stem)
        return len(postings[0]) / lexical.n if postings is not None and lexical.n else 0.0

    def _sufficient(self, question: str, retrieval: Retrieval) -> bool:
        evidence = self._evidence(question, retrieval)
        return evidence.sufficient(self.settings.abstain_threshold, self.settings.evidence_coverage_weight)

    def _evidence(self, question: str, retrieval: Retrieval) -> abstention.Evidence:
        return abstention.measure(
            evidence_query(question, LANGUAGE), retrieval.passages, self.index.lexical, retrieval.dense_top
        )

    def _section(self, plan: planning.SectionPlan, run: _Run, focus: set[str] | None = None) -> BriefSection:
        section = BriefSection(
            key=plan.key, heading=plan.heading, level=plan.level, query=plan.query(), question=plan.question
        )
        retrieval = self.retriever.retrieve(plan.query(), self.settings.top_k, list(plan.doc_ids) or None)
        evidence = self._evidence(plan.question, retrieval)
        section.evidence = round(evidence.score(self.settings.evidence_coverage_weight), 4)
        if plan.doc_ids or self._sufficient(plan.question, retrieval):
            section.statements = self._statements(plan, retrieval.passages, run, plan.max_statements, focus)
        if not section.statements:
            section.note = NO_EVIDENCE
        return section

    def _top_up(
        self, section: BriefSection, plan: planning.SectionPlan, run: _Run, focus: set[str], least: int = 3
    ) -> None:
        """Add points to *Kern* from a wider retrieval when it has fewer than ``least``."""
        if len(section.statements) >= least:
            return
        retrieval = self.retriever.retrieve(plan.query(), self.settings.top_k + 3)
        room = plan.max_statements - len(section.statements)
        section.statements.extend(self._statements(plan, retrieval.passages, run, room, focus))
        if section.statements:
            section.note = None

    def _generate(self, plan: planning.SectionPlan, passages: list[Passage]) -> Draft:
        """The generator's draft for the section's question, with its answer plan when it takes one."""
        if plan.kind and self._kind_aware:
            return self.generator.generate(plan.question, passages, LANGUAGE, kind=plan.kind)  # type: ignore[call-arg]
        return self.generator.generate(plan.question, passages, LANGUAGE)

    def _statements(
        self,
        plan: planning.SectionPlan,
        passages: list[Passage],
        run: _Run,
        limit: int,
        focus: set[str] | None = None,
    ) -> list[Statement]:
        if not passages or limit <= 0:
            return []
        draft = self._generate(plan, run.masked(passages))
        run.notice = run.notice or draft.notice
        run.generator = run.generator or draft.generator
        out: list[Statement] = []
        for sentence in draft.sentences:
            if len(out) >= limit:
                break
            if not sentence.quote or run.overlaps(sentence.quote):
                continue
            statement = self._cite(sentence, draft, passages, run)
            if statement is None or (focus and not planning.mentions(statement.text, focus)):
                continue
            out.append(statement)
            run.used.append(sentence.quote)
        return out

    def _cite(self, sentence: Any, draft: Draft, passages: list[Passage], run: _Run) -> Statement | None:
        """One draft sentence through ``assemble`` (verbatim check), renumbered globally."""
        _, citations = assemble(Draft([sentence], generator=draft.generator), passages)
        if not citations:
            return None
        text, bullet, label = _shape(sentence)
        if not text:
            return None
        n = run.book.number(passages[sentence.passage])
        return Statement(text=text, citation=citations[0].model_copy(update={"n": n}), bullet=bullet, label=label)

    @staticmethod
    def _not_covered(topic: str) -> str:
        return (
            f"Over '{topic}' bevatten de bronnen van Ketenwijzer geen informatie, dus er is geen "
            "onderbouwde notitie te maken. De bronnen gaan over ketensamenwerking en ketensturing in de "
            "publieke sector: het NORA-dossier 'Ketens de baas' en artikelen over samenwerken in ketens."
        )


def _accepts_kind(generator: Generator) -> bool:
    """True when the generator's ``generate`` takes the ``kind`` keyword (the answer plan)."""
    try:
        parameters = inspect.signature(generator.generate).parameters
    except (TypeError, ValueError):
        return False
    return "kind" in parameters or any(p.kind is p.VAR_KEYWORD for p in parameters.values())


def _shape(sentence: Any) -> tuple[str, bool, str | None]:
    """A draft sentence's text without marker, bullet sign or bold label; is it a bullet; its label."""
    text = str(sentence.text).strip()
    bullet = bool(getattr(sentence, "bullet", False))
    label = getattr(sentence, "label", None)
    if match := _BULLET.match(text):
        bullet, text = True, text[match.end() :]
    if match := _LABEL.match(text):
        label, text = match["label"].strip(), text[match.end() :]
    return _MARKERS.sub("", text).strip(), bullet, label


def _summary(sections: list[BriefSection]) -> list[Statement]:
    """The memo's summary: the lead point of *Kern*, the recommendations and the risks, labelled."""
    by_key = {s.key: s for s in sections}
    out = []
    for key, label in SUMMARY_LABELS:
        section = by_key.get(key)
        if section is not None and section.statements:
            out.append(section.statements[0].model_copy(update={"label": label, "bullet": False}))
    return out


def compose_brief(
    assistant: Assistant,
    topic: str,
    question: str | None = None,
    aan: str | None = None,
    van: str | None = None,
) -> Brief:
    """Shortcut for callers that hold an ``Assistant`` (the CLI and the API)."""
    return BriefComposer.from_assistant(assistant).compose(topic, question, aan, van)
