"""Start-up warm-up: pay once, at start, for what the first brief would otherwise pay for.

Measured (``python -m benchmarks.briefs``): a brief's time goes almost entirely into embedding
the sentences of the passages it quotes from; the reader (``assistant/reader.py``) keeps those
vectors, so a later brief on nearby passages is several times faster than the first. At
start the service therefore embeds every passage and sentence once for the reader, lets the
generator see every passage once (``warm(passages)`` when the generator has it; for the
extractive generator, whose only side effect is that cache, one draft per batch of
passages), and renders a small PDF and DOCX so the Typst compiler, its fonts and
python-docx's template are loaded. A language-model generator is never called.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from assistant.briefs.model import Brief, BriefSection, Reference, Statement
from ketenwijzer.models import Citation
from ketenwijzer.text import sentences

if TYPE_CHECKING:
    from assistant.chain import Assistant

MAX_WARM_PASSAGES = 3000
"""A larger corpus is warmed up to this many passages (embedding costs some ms per sentence)."""
BATCH = 32
WARM_QUESTION = "Waar moet ik op letten?"


def sample_brief() -> Brief:
    """A small brief with one list, one paragraph and one reference, to load the renderers."""
    citation = Citation(n=1, doc_id="opwarmen", title="Opwarmen", quote="Opwarmen.", chunk_id="opwarmen:0")
    statements = [
        Statement(text="Opwarmen.", citation=citation, bullet=True),
        Statement(text="Klaar.", citation=citation),
    ]
    reference = Reference(n=1, doc_id="opwarmen", title="Opwarmen", url="https://example.org/opwarmen")
    return Brief(topic="opwarmen", title="Notitie: Opwarmen", date="2026-01-01", governance=False,
                 sections=[BriefSection(key="kern", heading="Kern", statements=statements)],
                 references=[reference])  # fmt: skip


def warm_sentences(assistant: Assistant, limit: int = MAX_WARM_PASSAGES) -> int:
    """Embed every live passage and its sentences once for the reader and the generator; how many."""
    passages = assistant.index.passages(list(assistant.index.lexical.chunk_ids[:limit]))
    texts = [p.text for p in passages] + [
        s for p in passages for s in sentences(p.text) if len(s.split()) >= 4
    ]
    assistant.reader.similarities(WARM_QUESTION, texts)  # the gate's passage and sentence vectors
    generator = assistant.generator
    warm = getattr(generator, "warm", None)
    if callable(warm):
        warm(passages)
    elif generator.name == "extractive":  # its quotable units (list items, intros) are its own
        for start in range(0, len(passages), BATCH):
            generator.generate(WARM_QUESTION, passages[start : start + BATCH], "nl")
    return len(passages)  # a language model is never asked anything to warm up


def warm_up(assistant: Assistant) -> dict[str, float]:
    """Warm the generator's sentence vectors and the PDF/DOCX renderers; seconds per step."""
    from assistant.briefs.render import render

    timings: dict[str, float] = {}
    started = time.perf_counter()
    timings["passages"] = warm_sentences(assistant)
    timings["sentences_s"] = round(time.perf_counter() - started, 3)
    started = time.perf_counter()
    brief = sample_brief()
    for fmt in ("pdf", "docx"):
        render(brief, fmt)
    timings["renderers_s"] = round(time.perf_counter() - started, 3)
    return timings
