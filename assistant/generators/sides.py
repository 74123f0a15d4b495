"""Which side of a comparison a passage or a sentence is on, and what each side is called.

A comparison's sides are sources, people or concepts (``question.Side``): a passage belongs to the
side whose chunks or documents it came from (``side_of``), a sentence that names one compared
concept and no other belongs to that side wherever it was found (``term_sides``), and a side is
known by its own words (``side_terms``). Split from ``rules.py`` (fifteenth session).
"""

from __future__ import annotations

import re
from collections.abc import Container

from assistant.generators.rules import name_pattern
from assistant.generators.units import Unit, mentions
from assistant.glossary import expand_query
from assistant.question import Question
from ketenwijzer.compounds import as_typed, compound_stems, first_part
from ketenwijzer.models import Passage
from ketenwijzer.text import fold, stems, words


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
    names = name_pattern(analysis.names)
    for unit in units:
        named = [i for i, side in enumerate(terms) if any(mentions(unit.stems, t) for t in side)]
        if len(named) == 1:
            out[unit.order] = named[0]
        elif len(named) >= 2 and (first := _named_first(_unnamed(unit.display, names), terms)) is not None:
            out[unit.order] = first
        elif not named and (headed := _headed(unit, terms)) is not None:
            out[unit.order] = headed
    return out


def _headed(unit: Unit, terms: list[frozenset[str]]) -> int | None:
    """The one side the last heading over ``unit`` names: a sentence that names no side belongs to the section it
    stands in. "Het ketenproces is stabiel geworden …", under "Stadium 2: procedure-georiënteerd", went to the
    opportunistic stage's side, whose passage held both stages (new informal comparisons, forty-first session;
    ``tests/test_comparison_rules.py``)."""
    if len(unit.section) < 3:
        return None
    heading = set(compound_stems(unit.section[-1]))
    named = [i for i, side in enumerate(terms) if any(mentions(frozenset(heading), t) for t in side)]
    return named[0] if len(named) == 1 else None


def _unnamed(text: str, names: re.Pattern[str] | None) -> str:
    """``text`` without the sources' names: 'Ketens de baas' in "Ketens de baas noemt … de fusie" is no 'keten'."""
    return names.sub(" ", text) if names is not None else text


def _named_first(text: str, terms: list[frozenset[str]]) -> int | None:
    """The side of which ``text`` names the most words, else the one it names first, its subject as a rule: "Het voorbeeld van de ketenkaart laat …
    zien dat een bouwsteen niet vast aan één pijler hangt" is the building blocks' and opened **Pijlers** in "Wat
    is het verschil tussen pijlers en bouwstenen?" (new informal comparisons, thirty-sixth session;
    ``tests/test_comparison_rules.py``)."""
    # only each side's own words: 'keten' and 'stadium' of "een keten in het opportunistische stadium" against "een
    # cultureel verankerde keten" gave "In het stadium van culturele verankering …" to the first (held-apart c16)
    own = [
        side - frozenset().union(*(o for j, o in enumerate(terms) if j != i)) for i, side in enumerate(terms)
    ]
    # the side more of whose own words it names first: "In het stadium van culturele verankering …" names one
    # word of the first side and two of the second
    said = [set(stems(w)) for w in words(text)]
    # words, not stems: 'ketenmanager' gives 'ketenmanag' and its head 'manag', one word all the same
    counts = [sum(1 for word in said if any(mentions(word, t) for t in side)) for side in own]
    ranked = sorted(counts, reverse=True)
    if len(ranked) >= 2 and ranked[0] > ranked[1]:
        return counts.index(ranked[0])
    for word in said:
        named = [i for i, side in enumerate(own) if any(mentions(word, t) for t in side)]
        if named:
            return named[0] if len(named) == 1 else None
    return None
