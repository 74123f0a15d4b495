"""The generator seam: one Protocol, backends in a registry keyed by name.

A generator turns a question and numbered passages into a ``Draft``: sentences, each tied
to the passage (by index) and the exact quote that backs it. Turning a draft into an
``Answer`` with numbered citations is the assistant's job (``assistant/citations.py``), the
same for every backend.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from assistant.question import Question
from ingest.index import Index
from ketenwijzer.models import Passage
from ketenwijzer.registry import Registry
from ketenwijzer.settings import Settings

UNSOURCED = -1
"""``DraftSentence.passage`` of a sentence shown without a citation (marked as unsupported)."""


@dataclass
class DraftSentence:
    """One answer sentence and the passage text it rests on."""

    text: str
    passage: int
    """Index into the passages the generator received."""
    quote: str
    """Exact substring of that passage's text."""
    bullet: bool = False
    """Shown as a ``- `` bullet (consecutive bullets form one list)."""
    label: str | None = None
    """A bold label that opens a new paragraph before this sentence (a comparison's side)."""
    refs: list[tuple[int, str]] = field(default_factory=list)
    """Further (passage, quote) pairs this sentence rests on: a point both sides share cites both."""
    joins: bool = False
    """Continues the line before it: the second sentence of one bullet (a point that points back
    to the sentence it needs, ``advice.plan_advice``)."""


@dataclass
class Draft:
    """A generator's output before citation numbering."""

    sentences: list[DraftSentence]
    lead_in: str = ""
    """A framing paragraph before the quotes (English questions), without citation."""
    closing: str = ""
    """A framing line after the quotes (English: the sources are Dutch), without citation."""
    notice: str | None = None
    generator: str = "extractive"
    timings_ms: dict[str, float] = field(default_factory=dict)


class Generator(Protocol):
    """Writes an answer from passages."""

    name: str

    def generate(
        self,
        question: str,
        passages: list[Passage],
        language: str,
        kind: str | None = None,
        analysis: Question | None = None,
    ) -> Draft:
        """A draft answer grounded in ``passages``, composed for the question ``kind``."""
        ...

    def stream(
        self,
        question: str,
        passages: list[Passage],
        language: str,
        kind: str | None = None,
        analysis: Question | None = None,
    ) -> Iterator[str | Draft]:
        """Text pieces as they are produced, then the final ``Draft``."""
        ...


generators: Registry[Generator] = Registry("generator")


def create_generator(name: str, settings: Settings, index: Index | None = None) -> Generator:
    """The generator registered as ``name``; factories take ``(settings, index)``."""
    return generators.create(name, settings, index)
