"""Which side of a comparison a passage or a sentence is on, and what each side is called.

A comparison's sides are sources, people or concepts (``question.Side``): a passage belongs to the
side whose chunks or documents it came from (``side_of``), a sentence that names one compared
concept and no other belongs to that side wherever it was found (``term_sides``), and a side is
known by its own words (``side_terms``). Split from ``rules.py`` (fifteenth session).
"""

from __future__ import annotations

import re
from collections.abc import Container

from assistant.generators.units import Unit, mentions
from assistant.glossary import expand_query
from assistant.question import Question
from ketenwijzer.compounds import as_typed, compound_stems, first_part
from ketenwijzer.models import Passage
from ketenwijzer.text import fold


def label(text: str) -> str:
    """A comparison side's label: 'een ketenmanager' → 'Ketenmanager'."""
    text = re.sub(r"^(?:een|de|het|a|an|the)\s+", "", text.strip(), flags=re.I)
    return text[:1].upper() + text[1:]


def side_terms(analysis: Question, vocabulary: Container[str] = frozenset()) -> list[frozenset[str]]:
    """Per comparison side, the stems of its query that the other sides do not share; an English
    side in the corpus's words too ('relay-style' → 'estafette', ``glossary.expand_query``); a
    compound the corpus never uses by its first part too ('netwerkketen' → 'netwerk': "Wat is het
    verschil tussen een estafetteketen en een netwerkketen?" said the passages had nothing on the
    netwerkketen beside a sentence on the 'netwerkverbanden'; fifteenth session,
    ``tests/test_comparison_rules.py``)."""
    said = [
        expand_query(side.query, "en") if analysis.language == "en" else side.query for side in analysis.sides
    ]
    stems = [frozenset(compound_stems(text)) | _typed_beginnings(text) for text in said]
    stems = [s | {p for p in (first_part(t, vocabulary) for t in s) if p} for s in stems]
    return [s - frozenset().union(*(o for j, o in enumerate(stems) if j != i)) for i, s in enumerate(stems)]


def _typed_beginnings(text: str) -> frozenset[str]:
    """The side's words as typed where stemming changed more than their ending ('orkestratie' →
    'orkestreer'): as typed they still begin the corpus's compounds ('orkestratiemodel'). "estafette
    versus orkestratie" said the passages had nothing on the orkestratie beside the GEMMA's list
    that defines the orkestratiemodel (new informal questions, twenty-fourth session;
    ``tests/test_comparison_rules.py``)."""
    return frozenset(fold(w) for w, stem in as_typed(text).items() if not fold(w).startswith(stem))


def side_of(analysis: Question, passages: list[Passage]) -> dict[int, int]:
    """Passage index → comparison side: by the side's chunks, else by its documents."""
    side_of: dict[int, int] = {}
    for s, side in enumerate(analysis.sides):
        for i, p in enumerate(passages):
            if i in side_of:
                continue
            if p.chunk_id in side.chunk_ids or (not side.chunk_ids and p.doc_id in side.doc_ids):
                side_of[i] = s
    return side_of


def term_sides(analysis: Question, units: list[Unit], terms: list[frozenset[str]]) -> dict[int, int]:
    """Unit order → the one concept side it names, when the sides are concepts (no named sources).

    A passage can speak of both concepts: "Management is hiërarchisch en verticaal gericht …" and
    "Leiderschap is horizontaal gericht …" stand in one passage, which went to the management side
    whole, so **Leiderschap** opened with a sentence on the board (new informal comparisons,
    thirteenth session; ``tests/test_comparison_rules.py``). A sentence that names one side's
    words and no other side's belongs to that side, wherever its passage was found.
    """
    if len(terms) < 2 or analysis.sources or analysis.people or not all(terms):
        return {}
    out: dict[int, int] = {}
    for unit in units:
        named = [i for i, side in enumerate(terms) if any(mentions(unit.stems, t) for t in side)]
        if len(named) == 1:
            out[unit.order] = named[0]
    return out
