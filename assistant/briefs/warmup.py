"""Start-up warm-up: pay once, at start, for what the first brief would otherwise pay for.

Measured (``python -m benchmarks.briefs``): a brief's time goes almost entirely into embedding
the sentences of the passages it quotes from; the reader (``assistant/reader.py``) keeps those
vectors, so a later brief on nearby passages is several times faster than the first. At
start the service therefore embeds every passage and sentence once for the reader, lets the
generator see every passage once (``warm(passages)`` when the generator has it; for the
extractive generator, whose only side effect is that cache, one draft per batch of
passages), and renders a small PDF and DOCX so the Typst compiler, its fonts and
python-docx's template are loaded. A language-model generator is never called. The warm-up
runs in the background after the service is ready and pauses while a brief is composed: a
brief never waits for it (measured: the warm-up costs several briefs' worth of CPU).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.briefs.model import Brief, BriefSection, Reference, Statement
from ketenwijzer.models import Citation
from ketenwijzer.text import sentences

if TYPE_CHECKING:
    from assistant.chain import Assistant

MAX_WARM_PASSAGES = 3000
"""A larger corpus is warmed up to this many passages (embedding costs some ms per sentence)."""
BATCH = 16
"""Passages per warm-up step; between steps the warm-up gives way to a brief being composed."""
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


def _never() -> None:
    return None


def warm_sentences(
    assistant: Assistant, limit: int = MAX_WARM_PASSAGES, pause: Callable[[], None] = _never
) -> int:
    """Embed every live passage and its sentences once for the reader and the generator; how many.

    ``pause`` is called between batches; the service makes it wait while a brief is being
    composed, so the warm-up never slows down the adviser it is meant to help.
    """
    passages = assistant.index.passages(list(assistant.index.lexical.chunk_ids[:limit]))
    generator = assistant.generator
    warm = getattr(generator, "warm", None)
    for start in range(0, len(passages), BATCH):
        pause()
        batch = passages[start : start + BATCH]
        texts = [p.text for p in batch] + [s for p in batch for s in sentences(p.text) if len(s.split()) >= 4]
        assistant.reader.similarities(WARM_QUESTION, texts)  # the gate's passage and sentence vectors
        if callable(warm):
            warm(batch)
        elif generator.name == "extractive":  # its quotable units (list items, intros) are its own
            generator.generate(WARM_QUESTION, batch, "nl")
    return len(passages)  # a language model is never asked anything to warm up


def warm_up(assistant: Assistant, pause: Callable[[], None] = _never) -> dict[str, float]:
    """Warm the renderers and the reader's and generator's sentence vectors; seconds per step."""
    from assistant.briefs.render import render

    timings: dict[str, float] = {}
    started = time.perf_counter()
    brief = sample_brief()
    for fmt in ("pdf", "docx"):
        render(brief, fmt)
    timings["renderers_s"] = round(time.perf_counter() - started, 3)
    started = time.perf_counter()
    timings["passages"] = warm_sentences(assistant, pause=pause)
    timings["sentences_s"] = round(time.perf_counter() - started, 3)
    return timings
