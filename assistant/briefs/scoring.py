"""Score a brief against a topic entry of ``evals/sets/briefs.yaml``.

Same folding rules as the question sets: a fact is a string or a list of alternatives, and
it counts when any alternative occurs (lowercased, accents and punctuation folded) at a word
boundary in the brief's statements. ``briefs.yaml`` uses the question-set layout (so the
question-set loader accepts it): ``question`` holds the brief's topic.

Metrics per brief:
- ``fact_recall``: share of ``must_include`` facts present in the statements;
- ``citation_precision``: share of statements whose citation quote occurs verbatim in its
  chunk and whose chunk supports the statement (``assistant.support``, as for answers);
- ``coverage``: share of the statements' sentences carrying a ``[n]`` that resolves to a
  reference in *Bronnen* (a quotation over several sentences is one, as in answers);
- ``section_coverage``: share of content sections (subsections for *Analyse*) with evidence;
- ``source_recall``: share of ``expected_sources`` (doc-id prefixes) cited at least once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field

from assistant.briefs.model import Brief
from assistant.quotations import whole_quotes
from assistant.support import SupportFn, lexical_support
from ketenwijzer.text import sentences, words

SETS_DIR = Path(__file__).resolve().parents[2] / "evals" / "sets"
PassageText = Callable[[str], str | None]


class BriefTopic(BaseModel):
    """One entry of ``briefs.yaml``: a topic and what a good brief on it contains."""

    id: str
    topic: str
    question: str | None = None
    must_include: list[str | list[str]] = Field(default_factory=list)
    expected_sources: list[str] = Field(default_factory=list)

    def facts(self) -> list[list[str]]:
        """Each fact as a list of alternatives."""
        return [[f] if isinstance(f, str) else list(f) for f in self.must_include]


class BriefScore(BaseModel):
    """The scores of one brief."""

    topic_id: str
    fact_recall: float
    citation_precision: float
    coverage: float
    section_coverage: float
    source_recall: float
    facts_found: list[str] = Field(default_factory=list)
    facts_missing: list[str] = Field(default_factory=list)
    n_statements: int = 0
    n_references: int = 0
    citations: list[dict[str, Any]] = Field(default_factory=list)


def load_topics(path: Path | None = None) -> list[BriefTopic]:
    """The topics of ``briefs.yaml`` (its ``question`` field holds the topic)."""
    data = yaml.safe_load((path or SETS_DIR / "briefs.yaml").read_text(encoding="utf-8"))
    return [
        BriefTopic(
            id=str(item["id"]),
            topic=item["question"],
            must_include=item.get("must_include") or [],
            expected_sources=item.get("expected_sources") or [],
        )
        for item in data["questions"]
    ]


def fact_present(alternatives: Sequence[str], text: str) -> bool:
    """True when any alternative occurs in ``text`` at a word boundary (folded)."""
    haystack = " " + " ".join(words(text))
    return any(" " + " ".join(words(a)) in haystack for a in alternatives if words(a))


def _ratio(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole else 0.0


def score_brief(
    brief: Brief,
    topic: BriefTopic,
    passage_text: PassageText,
    threshold: float = 0.5,
    support: SupportFn = lexical_support,
) -> BriefScore:
    """Fact recall, citation precision and coverage of ``brief`` against ``topic``."""
    statements = brief.statements()
    text = "\n".join(s.text for s in statements)
    found = [" / ".join(f) for f in topic.facts() if fact_present(f, text)]
    missing = [" / ".join(f) for f in topic.facts() if " / ".join(f) not in found]
    verdicts: list[dict[str, Any]] = []
    for s in statements:
        chunk = passage_text(s.citation.chunk_id) or ""
        score = support(s.text, chunk) if chunk else 0.0
        verbatim = bool(s.citation.quote) and s.citation.quote in chunk
        verdicts.append(
            {"n": s.n, "chunk_id": s.citation.chunk_id, "doc_id": s.citation.doc_id, "sentence": s.text,
             "support": round(score, 4), "verbatim": verbatim, "supported": verbatim and score >= threshold}
        )  # fmt: skip
    # a quotation over several sentences is one cited claim (``quotations.whole_quotes``), as in answers
    sentence_total = sum(max(1, len(whole_quotes(sentences(s.text)))) for s in statements)
    resolved = sum(1 for s in statements if brief.reference(s.n) is not None)
    parts = [sub for sec in brief.sections for sub in (sec.subsections or [sec])]
    cited_docs = {s.citation.doc_id for s in statements}
    sources = [e for e in topic.expected_sources if any(d.startswith(e) for d in cited_docs)]
    return BriefScore(
        topic_id=topic.id,
        fact_recall=_ratio(len(found), len(topic.facts())),
        citation_precision=_ratio(sum(1 for v in verdicts if v["supported"]), len(verdicts)),
        coverage=_ratio(resolved, sentence_total),
        section_coverage=_ratio(sum(1 for p in parts if p.statements), len(parts)),
        source_recall=_ratio(len(sources), len(topic.expected_sources)),
        facts_found=found,
        facts_missing=missing,
        n_statements=len(statements),
        n_references=len(brief.references),
        citations=verdicts,
    )


def summarize_scores(scores: Sequence[BriefScore]) -> dict[str, float | int | None]:
    """Mean of every metric over the briefs, plus their number."""
    keys = ("fact_recall", "citation_precision", "coverage", "section_coverage", "source_recall")
    out: dict[str, float | int | None] = {"n_briefs": len(scores)}
    for key in keys:
        out[key] = round(sum(getattr(s, key) for s in scores) / len(scores), 4) if scores else None
    return out
