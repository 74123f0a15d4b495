"""Scene-setting sentences: the day and place a report's event took place.

"Op 1 december 2009 in het Haagse Spaansche Hof bogen professionals … zich over
ketensamenwerking" answers "wanneer" and "waar", and nothing else. Split from ``rules.py``
(twenty-second session, when that module passed 400 lines).
"""

from __future__ import annotations

import re

from assistant.generators.units import Unit

_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "january|february|march|june|july|august|october"
)
SCENE = re.compile(rf"\b(?:\d{{1,2}}|begin|eind|half|medio|early|late|mid)\s+(?:{_MONTHS})\s+\d{{4}}\b", re.I)
"""A sentence that gives the day an event took place ("Op 1 december 2009 in het Haagse
Spaansche Hof bogen professionals … zich over ketensamenwerking"): it sets the scene of a report
and answers only "wanneer" or "waar". So does a date told by part of a month ("Het dossier werd eind
juli 2013 op NORA Online geplaatst" opened the dossier's side of "Ketens de baas en Morgens: wat is
het verschil?"; twenty-first session)."""
ASKS_SCENE = re.compile(r"\b(?:wanneer|waar|datum|dag|when|where|date)\b", re.I)
SCENE_PENALTY = 0.15
""""Wat is de rol van ICT in ketensamenwerking?" led with the scene-setting sentence (its
'ICT-sector' matched); so did "What was the main conclusion of the 2009 seminar …?" (english
e13). New informal questions, tenth session; ``tests/test_lead_rules.py``."""


DATE_LIFT = 0.3
"""What a sentence with a date gains when the question asks when: "en wanneer?" after "Wie heeft het
dossier geschreven?" led with the authors again ("Het dossier … is geschreven door …" says every word
carried), "Het dossier werd eind juli 2013 op NORA Online geplaatst" second (new informal follow-ups,
twenty-ninth session; ``tests/test_gate_follow_ups.py``). It was ``SCENE_PENALTY`` (0.15)."""


SCENE_MARGIN = 0.01
"""What a dated sentence stays ahead of its passage's best other sentence when the question asks when or where."""


ASKS_WHEN = re.compile(
    r"\b(?:wanneer|when|welke datum|what date)\b"
    r"|\bwaar\s+(?:vond|was|werd|is)\b.{0,40}\b(?:plaats|gehouden|georganiseerd)\b|\bwhere\s+(?:was|did)\b",
    re.I,
)
"""A question that asks when or where something took place (not "Waar moet ik op letten?")."""
WHERE_ON = re.compile(
    r"\bwaar\b(?:\s+\w+){1,4}?\s+(?:op|aan|mee|over|voor|naar|uit|toe)\s+\w+en\b"
    r"|\bwaar\b(?:\s+\w+){1,8}?\s+over\s+(?:eens|oneens)\b|\bwaar\b(?:\s+[\w-]+){1,8}?\s+over\W*$",
    re.I,
)
"""'Waar … op letten?', 'Waar … aan denken?': 'waar' with a preposition far behind asks what to mind, no
place; "Waar moet ik op letten bij ketensamenwerking?" kept the seminar's date and place among its
advice (twenty-sixth session). So does 'waar … het over eens': "Waar zijn Groothedde en het dossier het over
eens?" gave the dossier's side as "Het dossier werd eind juli 2013 op NORA Online geplaatst", and "Waar gaat het
artikel van GBO over?" summed up the seminar by its day and venue (forty-first session,
``tests/test_comparison_rules.py``)."""


MESSAGE_PENALTY = 0.5
"""Taken from a dated sentence when a source's message is asked (a summary, or sources compared on their views):
when a text was placed or an event held is no part of what it says. The dossier's side of "Waar zijn Groothedde
en het dossier het over eens?" opened with "Het dossier werd eind juli 2013 op NORA Online geplaatst", found by
the dossier's name with a retrieval score its summary's passages lack (forty-first session,
``tests/test_comparison_rules.py``)."""


def yield_scene(question: str, units: list[Unit], message: bool = False) -> None:
    """Lower sentences that set a report's scene by its date, unless the question asks when or where;
    lift them when it asks when or where it took place ("Wanneer is het GBO-seminar gehouden?" led
    with Morgens' "Houd het simpel", 'gehouden' matching 'houd'; twenty-second session,
    ``tests/test_lead_rules.py``). When a ``message`` is asked they weigh ``MESSAGE_PENALTY`` less."""
    if ASKS_WHEN.search(question):
        for unit in units:
            if SCENE.search(unit.intro or unit.display):
                # the date of a passage's event answers when and where it took place over the passage's other
                # sentences: "Waar vond het seminar plaats?" led with "Het seminar is een initiatief van …", which
                # names it (forty-eighth session, ``tests/test_lead_rules.py``)
                own = max(
                    (u.score for u in units if u.passage == unit.passage and u is not unit), default=0.0
                )
                unit.score = max(unit.score + DATE_LIFT, own + SCENE_MARGIN)
        return
    if ASKS_SCENE.search(question) and not WHERE_ON.search(question):
        return
    for unit in units:
        if SCENE.search(unit.intro or unit.display):
            unit.score -= MESSAGE_PENALTY if message else SCENE_PENALTY
