"""Questions where to start ("Waar moet ik beginnen met ketensamenwerking?"): what the sources say about
beginning answers them.

The framing verb is no search word (``frames.START_ASKED``: searched, "… weten de betrokkenen niet waar
zij moeten beginnen" led), so every sentence on the subject scored alike and "Als de druk hoog is, …
één partij een regierol geven" opened the advice, "Wie met ketensamenwerking begint, moet … rekening
houden met drie sterke weerstanden" fourth (new informal questions, thirty-second session;
``tests/test_lead_rules.py``).
"""

from __future__ import annotations

import re

from assistant.frames import START_ASKED
from assistant.generators.units import Unit

BEGINNING = re.compile(r"\b(?:begin\w*|start\w*|aanvang|beginfase)\b", re.I)
"""A word that says a start ('begint', 'beginfase', 'in het begin', 'starten')."""
NOT_KNOWING_WHERE = re.compile(r"\bwaar\s+(?:\w+\s+){0,3}(?:beginnen|starten)\b", re.I)
""""… niet waar zij moeten beginnen": not knowing where to start is no start."""
START_BONUS = 0.1
"""What a sentence on beginning gains when the question asks where to start."""


def favour_beginning(question: str, units: list[Unit]) -> None:
    """Lift the sentences that speak of beginning (``BEGINNING``) by ``START_BONUS`` when ``question``
    asks where to start."""
    if not START_ASKED.search(question):
        return
    for unit in units:
        if BEGINNING.search(unit.display) and not NOT_KNOWING_WHERE.search(unit.display):
            unit.score += START_BONUS
