"""Sentences that relate a comparison's sides: one that names two sides at once.

A side that would be silent shares the best sentence naming it beside a shown side (``naming_both``),
and a question that asks how two things relate opens with the best sentence naming both
(``relation_lead``); a sentence that enumerates after its colon names them in passing
(``inline_items``). Split from ``comparison.py`` (thirtieth session), whose plan uses them.
"""

from __future__ import annotations

import re

from assistant.generators.rules import unnamed_stems
from assistant.generators.units import Unit, mentions, usable


def naming_both(
    units: list[Unit],
    side: int,
    parts: list[list[Unit] | None],
    terms: list[frozenset[str]],
    taken: set[int],
    names: re.Pattern[str] | None = None,
) -> tuple[int, Unit] | None:
    """For a side that would be silent, the best sentence that names it and a side that is shown,
    with that side: it says how the two stand to each other ("Ketens de baas noemt in het continuüm
    vijf organisatievormen, van lichte naar zware samenwerking: het convenant, …, de joint venture en
    de fusie"). "Wat is het verschil tussen een convenant en een joint venture?" said the passages had
    nothing on the joint venture (new informal comparisons, thirtieth session;
    ``tests/test_comparison_rules.py``). Not a bare list, not a sentence already quoted, and a
    source's name names no side ('Ketens de baas' is no 'keten')."""
    own = terms[side] if side < len(terms) else frozenset()
    if not own:
        return None
    best: tuple[int, Unit] | None = None
    for unit in units:
        if unit.order in taken or (unit.is_list and not unit.intro) or not usable(unit):
            continue
        said = unnamed_stems(unit, names)
        if not any(mentions(said, t) for t in own):
            continue
        for other, shown in enumerate(parts):
            if other == side or not shown or other >= len(terms):
                continue
            if any(mentions(said, t) for t in terms[other]) and (best is None or unit.score > best[1].score):
                best = (other, unit)
    return best


RELATION_ASKED = re.compile(
    r"\b(?:relatie|verband|verhouding|samenhang|wisselwerking)\s+tussen\b|\bverh(?:oudt|ouden)\b[^?]*\bzich\b"
    r"|\bhangen\b[^?]*\bsamen\b|\b(?:relationship|relation|link)\s+between\b|\b(?:does|do)\b[^?]*\brelate\b",
    re.I,
)
"""How two things relate is answered by a sentence that names both: "Wat is de relatie tussen vertrouwen
en transparantie?" gave each its own part and left out "Transparante rapportage … is … een voorwaarde
voor … vertrouwen in de werkelijke stand van zaken" (new informal questions, thirtieth session;
``tests/test_comparison_rules.py``)."""


def relation_lead(
    question: str, units: list[Unit], terms: list[frozenset[str]], names: re.Pattern[str] | None = None
) -> Unit | None:
    """For a question that asks how two concepts relate (``RELATION_ASKED``), the best sentence that
    names two of them, not a list or an enumeration that names them among others; None otherwise."""
    if not RELATION_ASKED.search(question) or sum(1 for t in terms if t) < 2:
        return None
    best: Unit | None = None
    for unit in units:
        if unit.is_list or not usable(unit) or len(inline_items(unit.display)[1]) >= PASSING_INLINE:
            continue
        said = unnamed_stems(unit, names)
        named = sum(1 for side in terms if side and any(mentions(said, t) for t in side))
        if named >= 2 and (best is None or unit.score > best.score):
            best = unit
    return best


PASSING_INLINE = 3
"""So does a sentence that enumerates this many after its colon ("drie ontwikkelstadia: opportunisme,
procedure-georiënteerde samenwerking en culturele verankering" opened **Stadium 1** once the sides'
names joined the focus; twenty-first session)."""


_ENUMERATED = re.compile(r",\s*|\s+(?:en|and|of|or)\s+")


def inline_items(sentence: str) -> tuple[str, tuple[str, ...]]:
    """A sentence's introduction and the items it enumerates after its colon ("Ketens de baas
    onderscheidt acht pijlers: mindset …, doelgebonden speelruimte, …"); no items without a colon.
    Such a sentence named every pillar and opened both sides of "Zit er verschil tussen pijler 3 en
    pijler 4?" (twenty-first session; ``tests/test_comparison_rules.py``)."""
    intro, colon, rest = sentence.partition(":")
    if not colon:
        return sentence, ()
    return intro, tuple(part for part in _ENUMERATED.split(rest) if part.strip())
