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

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from assistant import abstention
from assistant.briefs import plan as planning
from assistant.briefs.inputs import clean_party, clean_question, clean_topic
from assistant.briefs.model import NO_EVIDENCE, Brief, BriefSection, Statement
from assistant.briefs.references import ReferenceBook
from assistant.citations import assemble
from assistant.coherence import coherent
from assistant.generators import Draft, Generator, create_generator
from assistant.glossary import evidence_query
from assistant.reader import Reader
from assistant.repetition import near_duplicate
from assistant.retriever import HybridRetriever, Retrieval
from ingest.index import Index
from ketenwijzer.compounds import compound_stems, modifiers_in_use
from ketenwijzer.errors import InvalidInput
from ketenwijzer.models import Passage
from ketenwijzer.settings import Settings

if TYPE_CHECKING:
    from assistant.chain import Assistant

LANGUAGE = "nl"
_MARKERS = re.compile(r"\s*\[\d+\]")
_BULLET = re.compile(r"^\s*[-•*]\s+")
_LABEL = re.compile(r"^\*\*(?P<label>[^*]+)\*\*:?\s*")
_CONTENTS_LINE = re.compile(r"^\d+(?:\.\d+)+\.?\s")
"""'2.1 Besturingsdimensies': a line of a table of contents names a section, it claims nothing."""
SUMMARY_LABELS = (("kern", "Kern"), ("aanbevelingen", "Advies"), ("risicos", "Let op"))
"""The summary's lines: the lead point of these sections, labelled."""
SUMMARY_MAX_WORDS = 40
"""A summary line is short: a longer point (a whole list in one sentence) stays in its section."""
REPEAT = 0.6
"""Two points sharing this much of their content words say the same: the brief keeps the first."""


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
        """True when ``quote`` is (part of) a quote the brief already uses, or says nearly the same."""
        return any(quote in u or u in quote or near_duplicate(quote, u, REPEAT) for u in self.used)

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
        reader: Reader | None = None,
    ) -> None:
        self.settings = settings
        self.index = index
        self.generator = generator or create_generator(settings.generator, settings, index)
        self.retriever = retriever or HybridRetriever(index, settings)
        self.reader = reader
        """The assistant's reader (question–passage similarity for the gate), when it has one."""

    @classmethod
    def from_assistant(cls, assistant: Assistant) -> BriefComposer:
        """A composer sharing an assistant's index, retriever, generator and gate reader."""
        return cls(
            assistant.settings, assistant.index, assistant.generator, assistant.retriever, assistant.reader
        )

    # -- public ---------------------------------------------------------------
    def compose(
        self, topic: str, question: str | None = None, aan: str | None = None, van: str | None = None
    ) -> Brief:
        """A cited memo on ``topic`` whose *Kern* answers ``question`` (derived when None)."""
        topic = clean_topic(topic)
        asked = clean_question(question)
        aan, van = clean_party(aan, "Aan"), clean_party(van, "Van")
        self.index.require_ready()
        with modifiers_in_use(self.index.lexical.compound_modifiers()):
            return self._compose(topic, asked, aan, van)

    def _compose(self, topic: str, asked: str | None, aan: str | None, van: str | None) -> Brief:
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
        opening = [self._section(p, run, focus) for p in planning.opening_sections(topic, kern_question)]
        kern_plan = planning.SectionPlan("kern", "", kern_question, about, max_statements=6, kind="advice")
        self._top_up(opening[1], kern_plan, run, focus, least=3)
        analysis = BriefSection(key="analyse", heading=planning.ANALYSE)
        analysis.subsections = [self._section(p, run, focus) for p in analyse]
        closing_plans = planning.closing_sections(topic, asked)
        closing = [self._section(p, run, focus) for p in closing_plans]
        for section, plan in zip(closing, closing_plans, strict=True):  # the plain topic finds more
            self._top_up(section, replace(plan, focus=topic), run, focus, least=2)
        sections = [*opening, analysis, *closing]
        if not opening[1].statements:  # nothing on the subject answers the question: no memo
            raise TopicNotCovered(self._not_covered(topic))
        references = run.book.in_reading_order([s for section in sections for s in section.all_statements()])
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
            references=references,
            notice=run.notice,
        )

    # -- sections ---------------------------------------------------------------
    def _share(self, stem: str) -> float:
        """The share of all passages that contain ``stem`` (the lexical index's postings)."""
        lexical = self.index.lexical
        postings = lexical.postings.get(stem)
        return len(postings[0]) / lexical.n if postings is not None and lexical.n else 0.0

    def _sufficient(self, question: str, retrieval: Retrieval) -> bool:
        """The answers' evidence gate, with the same threshold and weights as ``ask``."""
        evidence = self._evidence(question, retrieval)
        return evidence.sufficient(
            self.settings.abstain_threshold, self.settings.evidence_coverage_weight, self._reader_weight()
        )

    def _reader_weight(self) -> float:
        return self.settings.evidence_reader_weight if self.reader is not None else 0.0

    def _evidence(self, question: str, retrieval: Retrieval) -> abstention.Evidence:
        evidence = abstention.measure(
            evidence_query(question, LANGUAGE), retrieval.passages, self.index.lexical, retrieval.dense_top
        )
        if self.reader is not None:  # as the chain does: how well the best passages read as an answer
            top = retrieval.passages[:3]
            evidence.passage_top = self.reader.best_passage(question, top)
            evidence.sentence_top = self.reader.best_sentence(question, top)
        return evidence

    def _section(self, plan: planning.SectionPlan, run: _Run, focus: set[str]) -> BriefSection:
        """One section: retrieve for its query, compose its answer, keep the points on its subject.

        A point must mention the section's own words (``plan.mention``, e.g. a steering
        dimension's) or else the topic's ``focus``; a document's own section is not held to it.
        """
        if not plan.on_topic:
            focus = set()
        elif plan.mention is not None:
            focus = {stem for stem in compound_stems(plan.mention) if len(stem) > 2}
        section = BriefSection(
            key=plan.key, heading=plan.heading, level=plan.level, query=plan.query(), question=plan.question
        )
        retrieval = self.retriever.retrieve(plan.query(), self.settings.top_k, list(plan.doc_ids) or None)
        evidence = self._evidence(plan.question, retrieval)
        section.evidence = round(
            evidence.score(self.settings.evidence_coverage_weight, self._reader_weight()), 4
        )
        if plan.doc_ids or self._sufficient(plan.question, retrieval):
            section.statements = self._statements(plan, retrieval.passages, run, plan.max_statements, focus)
        if not section.statements:
            section.note = NO_EVIDENCE
        return section

    def _top_up(
        self, section: BriefSection, plan: planning.SectionPlan, run: _Run, focus: set[str], least: int
    ) -> None:
        """Add points from a wider retrieval (``plan.query()``) when the section has fewer than ``least``."""
        if len(section.statements) >= least:
            return
        retrieval = self.retriever.retrieve(plan.query(), self.settings.top_k + 3)
        room = plan.max_statements - len(section.statements)
        section.statements.extend(self._statements(plan, retrieval.passages, run, room, focus))
        if section.statements:
            section.note = None

    def _generate(self, plan: planning.SectionPlan, passages: list[Passage]) -> Draft:
        """The generator's draft for the section's question, with its answer plan when it takes one."""
        return self.generator.generate(plan.question, passages, LANGUAGE, kind=plan.kind)

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
        sources: dict[int, Passage] = {}  # id(statement) → the passage it quotes
        intro_on_topic = False  # list items inherit the subject of the sentence that announces them
        for sentence in draft.sentences:
            if len(out) >= limit:
                break
            if not sentence.quote or run.overlaps(sentence.quote):
                continue
            statement = self._cite(sentence, draft, passages)
            if statement is None or _CONTENTS_LINE.match(statement.text):
                continue
            if any(near_duplicate(statement.text, o.text, REPEAT) for o in out):
                continue
            on_topic = not focus or planning.mentions(statement.text, focus)
            on_topic = on_topic or (bool(sentence.bullet) and intro_on_topic)
            if _introduces(statement):
                intro_on_topic = on_topic
            elif not sentence.bullet:
                intro_on_topic = False
            if not on_topic:
                continue
            if plan.kind == "advice":
                statement.bullet = True  # the advice plan is a list of points, whatever the backend
            out.append(statement)
            sources[id(statement)] = passages[sentence.passage]
        kept = _without_dangling_intros(coherent(out))
        if plan.kind != "advice":
            _lone_items_as_sentences(kept)
        for statement in kept:  # numbers and used quotes only for what the brief shows
            statement.citation.n = run.book.number(sources[id(statement)])
            run.used.append(statement.citation.quote)
        return kept

    def _cite(self, sentence: Any, draft: Draft, passages: list[Passage]) -> Statement | None:
        """One draft sentence through ``assemble`` (verbatim check); numbered later, when kept."""
        _, citations = assemble(Draft([sentence], generator=draft.generator), passages)
        if not citations:
            return None
        text, bullet, label = _shape(sentence)
        if not text:
            return None
        return Statement(text=text, citation=citations[0], bullet=bullet, label=label)

    @staticmethod
    def _not_covered(topic: str) -> str:
        return (
            f"Over '{topic}' bevatten de bronnen van Ketenwijzer geen informatie, dus er is geen "
            "onderbouwde notitie te maken. De bronnen gaan over ketensamenwerking en ketensturing in de "
            "publieke sector: het NORA-dossier 'Ketens de baas' en artikelen over samenwerken in ketens."
        )


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


def _introduces(statement: Statement) -> bool:
    """True for a sentence that announces a list ('… de volgende punten:')."""
    return statement.text.rstrip().endswith(":")


def _without_dangling_intros(statements: list[Statement]) -> list[Statement]:
    """Drop a sentence that announces a list when no list item follows it in the section."""
    return [
        s
        for i, s in enumerate(statements)
        if not _introduces(s) or (i + 1 < len(statements) and statements[i + 1].bullet)
    ]


def _lone_items_as_sentences(statements: list[Statement]) -> None:
    """A list of one item, not announced by a sentence, reads as a sentence (an advice point stays one)."""
    for i, statement in enumerate(statements):
        before = statements[i - 1] if i else None
        after = statements[i + 1] if i + 1 < len(statements) else None
        alone = not (before and (before.bullet or _introduces(before))) and not (after and after.bullet)
        if statement.bullet and alone:
            statement.bullet = False


def _summary(sections: list[BriefSection]) -> list[Statement]:
    """The memo's summary: the lead point of *Kern*, the recommendations and the risks, labelled.

    Each line is the first complete point of its section that is short enough for a summary
    (not a sentence announcing a list, at most ``SUMMARY_MAX_WORDS`` words).
    """
    by_key = {s.key: s for s in sections}
    out = []
    for key, label in SUMMARY_LABELS:
        section = by_key.get(key)
        fits = [s for s in section.statements if not _introduces(s)] if section else []
        lead = next((s for s in fits if len(s.text.split()) <= SUMMARY_MAX_WORDS), None)
        if lead is not None:
            out.append(lead.model_copy(update={"label": label, "bullet": False}))
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
