"""What a question asks to be done about a thing: "Hoe pak je weerstand aan?", "Wat kun je eraan doen?".

Such a question names the problem ('weerstanden tegen ketensamenwerking'); the passages that name it most
say what the problem is, and "Hoe pak je weerstanden tegen ketensamenwerking aan?" listed the resistances
while "Zo ontstaat de wil om de eerste weerstand … te overwinnen" was not among the passages found (new
informal questions, fortieth session; ``tests/test_lead_rules.py``). The cue is read before retrieval
(``searched.lexical_search``), which then also searches the words by which a text says a thing is
overcome; the advice plan favours those sentences (``generators.causes.OVERCOMES``). The words are Dutch
and English, not the corpus's.
"""

from __future__ import annotations

import re

REMEDY_ASKED = re.compile(
    r"\bhoe\s+(?:pak|pakt|pakken)\b[^?]{2,80}\baan\b"
    r"|\bhoe\s+(?:ga|gaat|gaan)\s+(?:ik|je|jij|we|wij|u|men)\s+(?:daar\s+|hier\s+)?om\s+met\b"
    r"|\bhoe\s+(?:overwin|overwint|overwinnen|doorbreek|doorbreekt|doorbreken)\b"
    r"|\bwat\s+(?:doe|doen|kan|kun|kunnen|moet|moeten)\s+(?:ik|je|jij|we|wij|u|men)\s+(?:er\s+)?(?:tegen|aan|eraan|ertegen)\b"
    # "wat doe je daartegen?" after the resistances restated them (new informal follow-ups, forty-eighth session)
    r"|\bwat\s+(?:doe|doen|kan|kun|kunnen|moet|moeten)\s+(?:ik|je|jij|we|wij|u|men)\s+(?:daar|hier)(?:tegen|aan)\b"
    r"|\bwat\s+(?:doe|doen|kan|kun|kunnen|moet|moeten)\s+(?:ik|je|jij|we|wij|u|men)\s+(?:daar|hier)\s+(?:\w+\s+)?(?:tegen|aan)\b"
    r"|\bhow\s+(?:do|can|should)\s+\w+\s+(?:deal\s+with|handle|overcome|tackle|address)\b",
    re.I,
)
"""A question that asks how a problem is dealt with or overcome."""

REMEDY_SEARCHED = "overwinnen wegnemen tegengaan doorbreken"
"""Searched beside a question that asks how a problem is dealt with (``REMEDY_ASKED``)."""


def asks_remedy(question: str) -> bool:
    """Whether ``question`` asks how a problem is dealt with or overcome (``REMEDY_ASKED``)."""
    return bool(REMEDY_ASKED.search(question))
