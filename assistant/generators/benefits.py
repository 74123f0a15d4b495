"""What a thing yields: "Wat levert ketensamenwerking op?", "Wat is het nut van …?", "Wat heb je aan …?".

Such a question names only its subject, which the corpus names everywhere; the answer is a sentence
that says what the subject helps, makes possible or brings ("… helpt bij het oplossen van
maatschappelijke vraagstukken", "… kan een sterk middel zijn om …"). Without this rule "Wat levert
ketensamenwerking op?" led with "een evenwicht opleveren" and "Wat is het nut van
ketensamenwerking?" with John Froger's career (new informal questions, twenty-sixth session;
``tests/test_lead_rules.py``). The words are Dutch and English, not the corpus's.
"""

from __future__ import annotations

import re

from assistant.coherence import refers_back
from assistant.frames import WHY_WEIGHT, WHY_WEIGHT_AFTER
from assistant.generators.leads import BENEFIT as GOOD_FOR
from assistant.generators.leads import BENEFIT_SUBJECT_WORDS
from assistant.generators.units import Unit, mentions
from assistant.yields import HELPS_ASKED, asks_yield
from ketenwijzer.compounds import compound_stems

BENEFIT = re.compile(
    r"\b(?:help(?:t|en)?|middel|mogelijk|bijdra\w*|draagt\s+bij|voordel\w*|baten|verwezenlijk\w*|"
    r"sneller|beter\s+van\s+dienst|winst|efficiency\w*|helps?|enables?|benefits?)\b",
    re.I,
)
"""Words by which a sentence says what something brings (to help, a means to, makes possible)."""
SUCCESS_FACTOR = re.compile(r"\b(?:succesfactor\w*|success\s+factors?)\b", re.I)
"""A success factor helps: whether a thing helps is answered by a sentence naming it one ("Helpt een gezamenlijk
doel?" by "De belangrijkste succesfactor … is het vormen van een uitdagende gemeenschappelijke ambitie"; forty-second
session). Not what the whole domain yields: "Wat levert ketensamenwerking op?" then led with a success factor."""
BENEFIT_BONUS = 0.3
"""Added to a sentence that says what something brings, when that is asked (``favour_benefit``)."""


BROAD_PENALTY = BENEFIT_BONUS
"""Taken from a sentence that says no benefit when the subject is one the whole corpus names
('ketensamenwerking'): every sentence has it, and "Wat is het nut van ketensamenwerking?" followed its
lead with John Froger's career and "ketensamenwerking is mensenwerk" (new informal questions, thirtieth
session; ``tests/test_lead_rules.py``)."""


CONDITION = re.compile(r"^\W*(?:als|wanneer|indien|zodra|if|when)\b[^,;]*", re.I)
"""A sentence's opening condition: a word of yield in it states no yield ("Als de baten van de keten vooral bij
de klant terechtkomen …, wordt het gevoel van machtsverlies nog sterker" came second for "Waarom zou je gaan
samenwerken in een keten?"; forty-first session, ``tests/test_lead_rules.py``)."""


def says_benefit(text: str) -> bool:
    """``text`` says what something brings (``BENEFIT``), outside an opening condition (``CONDITION``)."""
    condition = CONDITION.match(text)
    return bool(BENEFIT.search(text[condition.end() :] if condition else text))


def favour_benefit(question: str, units: list[Unit], broad: bool = False) -> None:
    """For a question that asks what its subject yields, lift the sentences that say what it brings;
    on the whole domain (``broad``), lower the others (``BROAD_PENALTY``); a why-question on the whole domain
    asks the same (``yields.asks_yield``). Whether a thing helps (``yields.HELPS_ASKED``) lifts only the sentences
    that name all of it."""
    if not asks_yield(question, broad):
        if HELPS_ASKED.search(question):
            for unit in units:
                whole = unit.signals is not None and unit.signals.own >= 1.0
                said = unit.intro or unit.display
                if whole and (says_benefit(said) or SUCCESS_FACTOR.search(said)):
                    unit.score += BENEFIT_BONUS
        return
    for unit in units:
        if says_benefit(unit.intro or unit.display):
            unit.score += BENEFIT_BONUS
        elif broad:
            unit.score -= BROAD_PENALTY


WORTH_BONUS = 0.3
"""Added to a sentence that says what the thing asked is good for, with that thing as its subject, when a question
asks why it matters (``favour_worth``)."""


def favour_worth(question: str, units: list[Unit], telling: frozenset[str]) -> None:
    """For "Waarom is X nodig?" (``frames.WHY_WEIGHT``, ``WHY_WEIGHT_AFTER``): lift the sentences whose opening names
    X and which say what it is good for (``leads.BENEFIT``: "Kennisdeling op alle niveaus is de basis voor …, en
    voorkomt dat …"). "Waarom is dat nodig?" after "Wat is kennis van de keten?" led with the pillar's place among
    the eight (new informal follow-ups, forty-third session; ``tests/test_lead_rules.py``); the lead shape for a
    cause let such a sentence lead only when it scored nearly as well already (``composition.plan_open``)."""
    if not telling or not (WHY_WEIGHT.match(question) or WHY_WEIGHT_AFTER.match(question)):
        return
    for unit in units:
        if unit.is_list or refers_back(unit.display) or not GOOD_FOR.search(unit.display):
            continue
        opening = frozenset(compound_stems(" ".join(unit.display.split()[:BENEFIT_SUBJECT_WORDS])))
        if any(mentions(opening, t) for t in telling):
            unit.score += WORTH_BONUS
