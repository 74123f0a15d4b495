"""An alternative asked: what instead of a thing, found where the sources set that thing against another.

"En het alternatief?" after "Wat is het estafettemodel?" (asked as "… (estafettemodel)") quoted Franke's "Nu zie je dat
men volgens het estafettemodel probeert te werken en dat dat gewoon vastloopt", and "Wat is het alternatief voor het
estafettemodel?" listed the GEMMA's three models: the Be Informed passage that sets the estafetteverbanden against the
netwerkverbanden ("Maar in de … netwerkverbanden werkt het anders") writes 'estafetteverbanden', not 'estafettemodel',
and was not retrieved (new informal follow-ups, fifty-third session; ``tests/test_gate_follow_ups.py``). Retrieval
also searches the corpus's other compounds of the thing's first part (``sibling_compounds``), and the scorer lifts a
sentence that names the thing and sets another against it (``favour_contrast``). Read from the corpus's own compounds,
no list of terms.
"""

from __future__ import annotations

import re

from assistant.generators.units import Unit
from assistant.leaning import BETTER_ASKED
from ingest.lexical import LexicalIndex
from ketenwijzer.text import stems

ALTERNATIVE_ASKED = re.compile(
    r"\b(?:alternatie(?:f|ven)|alternatives?|in\s+plaats\s+van|instead\s+of)\b|" + BETTER_ASKED.pattern, re.I
)
"""A question that asks what to have or do instead of a thing; a bare "Wat is beter?" of the thing just asked too
(``leaning.BETTER_ASKED``)."""

SIBLINGS = 4
"""A first part the corpus makes at most this many compounds of names a kind of thing ('estafette': 'estafettemodel',
'estafetteverband'); one it makes more of ('keten') is the domain's own word and names everything."""

SHARED_PART_MIN = 5
"""Letters a shared first part needs ('estafette'); a shorter one shares too little to name the same thing."""


def shared_parts(focus: str, lexical: LexicalIndex) -> dict[str, list[str]]:
    """Per focus word's stem's first part, the corpus's compounds of it ('estafette' → 'estafettemodel',
    'estafetteverband'): the longest first part the corpus makes two to ``SIBLINGS`` compounds of."""
    found: dict[str, list[str]] = {}
    for stem in stems(focus):
        for end in range(len(stem) - 3, SHARED_PART_MIN - 1, -1):
            made = lexical.compounds_of(stem[:end], SIBLINGS)
            if len(made) >= 2:
                found[stem[:end]] = made
                break
    return found


def sibling_compounds(focus: str, lexical: LexicalIndex) -> list[str]:
    """The corpus's other compounds of the first part of each focus word ('estafettemodel' → 'estafetteverband')."""
    said = set(stems(focus))
    return [c for made in shared_parts(focus, lexical).values() for c in made if c not in said]


def with_siblings(query: str, question: str, focus: str, lexical: LexicalIndex) -> str:
    """``query`` with the other kinds of the thing an alternative is asked of (``sibling_compounds``), when the
    question asks one: the answer is about them as much as about the thing."""
    if not one_thing(focus) or not ALTERNATIVE_ASKED.search(question):
        return query
    return " ".join([query, *sibling_compounds(focus, lexical)])


def one_thing(focus: str) -> bool:
    """The focus is one word, the thing an alternative is asked of ('estafettemodel'): "Wat zijn alternatieven voor een
    keten?" is read by the glossary as other forms of cooperation ('vormen samenwerking keten'), whose words' other
    compounds ('samenwerkingsverband') led away from "Naast ketens bestaan er veel andere vormen van samenwerking …"."""
    return len(focus.split()) == 1


CONTRAST = re.compile(
    r"\b(?:maar|anders|daarentegen|in\s+plaats\s+van|in\s+tegenstelling\s+tot|niet\s+in\s+\w+[^.;:]{0,40},\s*maar)\b",
    re.I,
)
"""Words that set one thing against another: "Maar in de … netwerkverbanden werkt het anders"."""

CONTRAST_BONUS = 0.3
"""What a sentence that names the thing asked and sets another against it gains when an alternative is asked: it says
what comes instead, where a sentence that only names the thing says what it is."""


def favour_contrast(question: str, units: list[Unit], focus: str, lexical: LexicalIndex) -> None:
    """For "Wat is het alternatief voor X?": lift the units that contrast (``CONTRAST``) a compound of X's first part
    with another compound of the same head (``sets_against``). X's first parts are looked up only when an alternative
    is asked of one thing."""
    if not one_thing(focus) or not ALTERNATIVE_ASKED.search(question):
        return
    thing = list(shared_parts(focus, lexical))
    if not thing:
        return
    for unit in units:
        if CONTRAST.search(unit.intro or unit.display) and sets_against(unit.stems, thing):
            unit.score += CONTRAST_BONUS


def sets_against(said: frozenset[str] | set[str], thing: list[str]) -> bool:
    """``said`` holds a compound of one of the first parts ``thing`` ('estafetteverband') and another compound of its
    head ('netwerkverband'): two kinds of one thing, set side by side. A sentence that only names the thing ("… volgens
    het estafettemodel probeert te werken en dat dat gewoon vastloopt") names no other."""
    for stem in said:
        part = next((p for p in thing if stem.startswith(p) and len(stem) > len(p) + 2), None)
        if part is None:
            continue
        head = stem[len(part) :]
        if any(other != stem and other.endswith(head) and len(other) > len(head) + 2 for other in said):
            return True
    return False
