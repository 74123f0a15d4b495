"""Numbered things asked by number: "Wat is pijler 3?", "de eerste bouwsteen".

``ingest.numbered`` reads which nouns the corpus numbers and the names it gives them; here the
sentences that say the number asked are lifted, those that give the noun only another number
lowered, and the document that has the numbered thing as a section heading is its home.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from assistant.generators.units import Unit
from ingest.numbered import ORDINALS, asked_numbers

NUMBERED_BONUS = 0.3
"""What a sentence gains that says the number asked of a noun ("pijler 3"), or the name the corpus
gives that number, and loses when it gives the noun only another number ("Pijler 7 vraagt …"
answered "Wat is pijler 3?"; new informal questions, seventeenth session; ``tests/test_lead_rules.py``)."""


def favour_numbered(
    question: str,
    units: list[Unit],
    names: dict[str, str],
    located: float = 0.0,
    home: Collection[int] = (),
) -> None:
    """Lift the sentences that name the numbered thing asked ("pijler 3", or its name from ``names``),
    lower those that name the same noun with another number only. A sentence that says the number
    asked is no signpost, whatever reference it gives in brackets: it loses its ``located`` penalty
    ("Het ketenbestuur is de eerste bouwsteen … (paragraaf 3.1 …)" answers "Wat is de eerste
    bouwsteen?"; twenty-second session, ``tests/test_lead_rules.py``). A sentence of a ``home``
    passage (``homes``) gains ``HOME_BONUS`` more."""
    for noun, n in asked_numbers(question, names):
        placed = ORDINALS[int(n) - 1] if 0 < int(n) <= len(ORDINALS) else n
        # "pijler 3", or "de derde pijler" ("Het ketenbestuur is de eerste bouwsteen")
        same = re.compile(rf"\b{re.escape(noun)}\s+{n}\b|\b{placed}\s+{re.escape(noun)}", re.I)
        other = re.compile(rf"\b{re.escape(noun)}\s+(?!{n}\b)\d{{1,2}}\b", re.I)
        name = names.get(f"{noun} {n}")
        for unit in units:
            text = " ".join([*unit.section[1:], unit.intro or unit.display])
            if same.search(text) or (name and name in unit.display.lower()):
                unit.score += NUMBERED_BONUS + (HOME_BONUS if unit.passage in home else 0.0)
                if (
                    unit.signals is not None
                    and unit.signals.locator
                    and same.search(unit.intro or unit.display)
                ):
                    unit.signals.locator = False
                    unit.score += located
            elif other.search(unit.intro or unit.display):
                unit.score -= NUMBERED_BONUS


HOME_BONUS = 0.3
"""What a sentence that says the number asked gains more in the document whose section heading
starts with it ("Pijler 3: vertrouwen tussen ketenpartners" in the relational dimension): that
document describes the thing, others mention it. "Wat is pijler 3?" led with "Het
besluitvormingsmodel hangt samen met pijler 3 (…)" over "De relationele dimensie omvat twee pijlers:
pijler 3, vertrouwen tussen ketenpartners, …" (new informal questions, twenty-third session;
``tests/test_lead_rules.py``)."""


def homes(question: str, headings: Mapping[str, list[str]], names: Mapping[str, str]) -> set[str]:
    """The documents with a section heading that starts with a numbered thing the question asks
    ("pijler 3: …" for "Wat is pijler 3?"); ``headings`` maps folded headings to chunk ids."""
    found: set[str] = set()
    for noun, n in asked_numbers(question, names):
        starts = re.compile(rf"^{re.escape(noun)}\s+{n}\b")
        for heading, chunks in headings.items():
            if starts.match(heading):
                found |= {c.rsplit(":", 1)[0] for c in chunks}
    return found
