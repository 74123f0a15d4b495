"""Cause questions about a thing: the sentence that says what brings the thing about leads, not one that
says how it is overcome.

"Waar komt weerstand vandaan?" and "Waarom ontstaat er weerstand?" led with "Zo ontstaat de wil om de eerste
weerstand tegen het onbekende te overwinnen" (its purpose clause read as a cause, ``nudges.CAUSE``), while
"Dat gevoelde verlies … roept volgens Ketens de baas weerstand op" says where it comes from and lost a
little as an effect (``nudges.CONSEQUENCE``). A sentence whose effect phrase holds the asked thing gives its
cause; one that overcomes the asked thing (``OVERCOMES``, which ``advice`` favours) gives a remedy (new informal questions,
thirty-ninth session; ``tests/test_lead_rules.py``). ``adjustments.adjust`` applies it to cause questions.
"""

from __future__ import annotations

import re

from assistant.generators.units import Unit, mentions
from ketenwijzer.text import stems

OVERCOMES = re.compile(
    r"\b(?:overwin\w*|overwonnen|wegnem\w*|weggenomen|doorbr\w*|doorbroken|tegen\s+te\s+gaan|tegengaan|"
    r"overcom\w*|remov\w*)\b",
    re.I,
)
"""A sentence that says how the thing asked is overcome ("Zo ontstaat de wil om de eerste weerstand … te
overwinnen"): the point a question on dealing with it asks for, with the sentence it points back to, which
says how ("Ketenspelers moeten ruimte, tijd en begeleiding krijgen …"). "Hoe ga je om met weerstand?" listed
the resistances themselves (new informal questions, thirty-sixth session; ``tests/test_lead_rules.py``)."""


def overcomes(unit: Unit, focus: frozenset[str]) -> bool:
    """``unit`` says a word of ``focus`` is overcome (``OVERCOMES``)."""
    return (
        bool(focus) and bool(OVERCOMES.search(unit.display)) and any(mentions(unit.stems, t) for t in focus)
    )


BRINGS_ABOUT = re.compile(
    r"\b(?:roept|roepen|riep|riepen)\b(?P<called>[^.;]{0,60}?)\bop\b"
    r"|\b(?:leidt|leiden|leidde|leidden)\s+tot\b(?P<led>[^.;]{0,60})"
    r"|\b(?:veroorzaakt|veroorzaken|veroorzaakte|wekt|wekken|causes?|leads?\s+to)\b(?P<caused>[^.;]{0,60})",
    re.I,
)
"""An effect phrase: what follows 'leidt tot', what 'roept … op' calls up."""
EFFECT_WORDS = 2
"""Words of an effect phrase next to its verb that name what is brought about."""
EFFECT_BONUS = 0.25
"""Added to a sentence whose effect phrase holds an asked word: it says what causes the asked thing."""
REMEDY_PENALTY = 0.3
"""Taken from a sentence that says the asked thing is overcome: a remedy, no cause."""


def favour_cause_of(units: list[Unit], focus: frozenset[str]) -> None:
    """In a cause question, raise the sentences that bring an asked word about and lower those that overcome it."""
    if not focus:
        return
    for unit in units:
        if unit.is_list:
            continue
        if overcomes(unit, focus):
            unit.score -= REMEDY_PENALTY
            continue
        for found in BRINGS_ABOUT.finditer(unit.display):
            said = next(g for g in found.groups() if g is not None).split()
            # the object next to the verb: what 'roept … op' calls up closes the phrase ("roept in het begin
            # weinig enthousiasme op" calls up no 'begin'), what 'leidt tot' leads to opens it
            near = said[-EFFECT_WORDS:] if found["called"] is not None else said[:EFFECT_WORDS]
            effect = set(stems(" ".join(near)))
            if effect & focus:
                unit.score += EFFECT_BONUS
                break
