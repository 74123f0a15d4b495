"""What a brief asks the sources: fixed Dutch headings, one retrieval query per section.

Each section has a natural Dutch question (what the generator answers; an LLM backend reads
it as an instruction) and focus words appended to it for retrieval, so the lexical side
finds passages on that aspect of the topic.

**Governance rule.** *Analyse* follows the four steering dimensions of 'Ketens de baas'
(cultureel, relationeel, procedureel, inhoudelijk) when the topic is about governance:
when a stem of the topic (or the adviser's question) is in ``GOVERNANCE_TERMS``, or when at
least two of the top five passages retrieved for the topic mention a *besturingsdimensie*.
Otherwise *Analyse* gets one subsection per document among the topic's best passages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ketenwijzer.compounds import compound_stems
from ketenwijzer.models import Passage
from ketenwijzer.text import content_words, stems, words


@dataclass(frozen=True)
class SectionPlan:
    """One section to compose: its heading, its generator question and retrieval focus."""

    key: str
    heading: str
    question: str
    focus: str = ""
    level: int = 1
    max_statements: int = 4
    doc_ids: tuple[str, ...] = ()
    """Retrieve only from these documents (empty: all)."""
    kind: str | None = None
    """The answer plan the composer uses (``advice``: 3–6 cited points; None: by the question)."""
    mention: str | None = None
    """Words a point of this section must mention one of (None: the topic's focus words)."""
    on_topic: bool = True
    """Hold the points to ``mention`` (or the topic's focus); False for a document's own section."""

    def query(self) -> str:
        """The retrieval query: the question plus the focus words."""
        return f"{self.question} {self.focus}".strip()


AANLEIDING = "Aanleiding en vraag"
KERN = "Kern"
ANALYSE = "Analyse"
RISICOS = "Aandachtspunten en risico's"
AANBEVELINGEN = "Handelingsperspectief / aanbevelingen"
BRONNEN = "Bronnen"

# Words whose stems mark a topic as a governance question (besturing, sturing, regie, …).
GOVERNANCE_TERMS = frozenset(
    stems(
        "besturing besturen sturing sturen ketensturing bestuur ketenbestuur governance besluitvorming "
        "besluit besluiten regie ketenregie regisseur ketenregisseur management ketenmanager "
        "verantwoordelijkheid zeggenschap mandaat leiderschap leiding samenwerking ketensamenwerking "
        "samenwerken vertrouwen cultuur relatie relaties dialoog overleg ketenoverleg afspraken"
    )
)
DIMENSION_TERMS = frozenset(stems("besturingsdimensie besturingsdimensies dimensie dimensies"))

DIMENSIONS: tuple[tuple[str, str, str], ...] = (
    ("cultureel", "Culturele dimensie", "culturele dimensie mindset speelruimte wil weerstand"),
    ("relationeel", "Relationele dimensie", "relationele dimensie vertrouwen dialoog samen solo"),
    ("procedureel", "Procedurele dimensie", "procedurele dimensie ketenstructuur transparantie orde chaos"),
    ("inhoudelijk", "Inhoudelijke dimensie", "inhoudelijke dimensie kennis ketendoelstelling eens oneens"),
)


QUESTION_TEMPLATE = "Waar moet ik op letten bij {topic}?"
"""The adviser's question when none is given (``/adviseur`` prefills the same sentence)."""
THEME_SHARE = 0.2
"""A topic word found in more than this share of all passages is the corpus's theme, not a focus."""


def derive_question(topic: str) -> str:
    """The advice question *Kern* answers when the adviser asked none: 'Waar moet ik op letten bij …?'."""
    topic = topic.strip().rstrip("?.!")
    if topic[:1].isupper() and topic[1:2].islower():
        topic = topic[:1].lower() + topic[1:]  # 'Vertrouwen in …' → '… bij vertrouwen in …'
    return QUESTION_TEMPLATE.format(topic=topic)


def focus_stems(topic: str, share: Callable[[str], float]) -> set[str]:
    """The topic's distinctive stems: those not found in most passages (``share``: stem → fraction).

    In 'Vertrouwen in ketensamenwerking' the corpus's theme (ketensamenwerking) is everywhere;
    what a point of *Kern* must be about is 'vertrouwen'. Short everyday words ('kant' in 'de
    menselijke kant') are left out when a longer word names the subject. When every topic
    word is a theme word the set is empty and no point is held to it.
    """
    focus: set[str] = set()
    for word in content_words(topic):
        found = [stem for stem in compound_stems(word) if len(stem) > 2]
        if found and max(share(stem) for stem in found) <= THEME_SHARE:  # 'ketensamenwerking' is theme,
            focus.update(found)  # and so is its head 'samenwerking'
    if any(len(stem) >= 6 for stem in focus):  # 'de menselijke kant': 'kant' alone is no subject
        focus = {stem for stem in focus if len(stem) >= 5}
    return focus


_SUFFIXES = ("elijk", "lijk", "heid", "isch", "ing", "baar")
"""Dutch derivational endings: 'menselijk' is of the family of 'mens' ('mensen', 'mensenwerk')."""


def _family(stem: str) -> str:
    """The prefix a word must start with to be of ``stem``'s word family."""
    for suffix in _SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
            return stem[: -len(suffix)]
    return stem[: max(6, len(stem) - 4)] if len(stem) > 6 else stem


def mentions(text: str, focus: set[str]) -> bool:
    """True when a word of ``text`` is of a focus stem's word family.

    Same family: the word starts with the stem less a derivational ending ('menselijk' →
    'mens'), or, for a longer stem, with its first letters (at least six, at most four short
    of the stem), so 'besluiten' belongs to 'besluitvorming' ('besluit'), 'vertrouwensband'
    to 'vertrouwen' ('vertro'), but 'vertrek' does not.
    """
    found = set(compound_stems(text)) | {w for w in words(text) if len(w) >= 4}
    return any(w.startswith(_family(stem)) for stem in focus for w in found)


def subject(topic: str, question: str | None) -> str:
    """The subject the section questions are about: the topic, plus the question when given."""
    return f"{topic} ({question.strip()})" if question else topic


def is_governance(topic: str, question: str | None, top: list[Passage]) -> bool:
    """The documented governance rule (see the module docstring)."""
    if set(stems(f"{topic} {question or ''}")) & GOVERNANCE_TERMS:
        return True
    hits = sum(1 for p in top[:5] if set(stems(f"{p.section} {p.text}")) & DIMENSION_TERMS)
    return hits >= 2


def opening_sections(topic: str, question: str) -> list[SectionPlan]:
    """*Aanleiding en vraag* (context) and *Kern* (the adviser's question, answered with advice)."""
    return [
        SectionPlan("aanleiding", AANLEIDING, f"Wat is {topic} en waarom is het van belang?",
                    "achtergrond aanleiding belang", max_statements=2),
        SectionPlan("kern", KERN, question, topic, max_statements=6, kind="advice"),
    ]  # fmt: skip


def dimension_sections(topic: str, question: str | None) -> list[SectionPlan]:
    """*Analyse* along the four steering dimensions."""
    about = subject(topic, question)
    return [
        SectionPlan(f"analyse-{key}", heading, f"Wat betekent de {heading.lower()} voor {about}?",
                    focus, level=2, max_statements=3, mention=focus.replace("dimensie", " "))
        for key, heading, focus in DIMENSIONS
    ]  # fmt: skip


def document_sections(topic: str, question: str | None, top: list[Passage]) -> list[SectionPlan]:
    """*Analyse* by the (at most three) documents among the topic's best passages."""
    about = subject(topic, question)
    docs = list(dict.fromkeys((p.doc_id, p.title) for p in top))[:3]
    return [
        SectionPlan(f"analyse-{i}", title, f"Wat zegt '{title}' over {about}?", level=2,
                    max_statements=3, doc_ids=(doc_id,), on_topic=False)
        for i, (doc_id, title) in enumerate(docs, start=1)
    ]  # fmt: skip


def closing_sections(topic: str, question: str | None) -> list[SectionPlan]:
    """*Aandachtspunten en risico's* and *Handelingsperspectief / aanbevelingen*."""
    about = subject(topic, question)
    return [
        SectionPlan("risicos", RISICOS, f"Welke risico's, knelpunten en valkuilen spelen bij {about}?",
                    "risico knelpunt weerstand valkuil probleem mislukken spanning"),
        SectionPlan("aanbevelingen", AANBEVELINGEN, f"Wat kan ik doen voor {about}?",
                    "aanbeveling aanpak succesfactor moet zorgen stappen advies", kind="advice"),
    ]  # fmt: skip
