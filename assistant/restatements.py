"""Questions that ask another question in other words; the one answered is that other question.

"Mijn wethouder vraagt wat ketensturing oplevert. Wat zeg ik?" asks what the wethouder asked (``reported.py``), "Hoe
overtuig ik mijn collega's van het nut van de keten?" what the keten yields (``persuasion.py``), "Waarom bestaat het
NORA-dossier?" what the dossier is for (``WHY_MADE`` here). ``Assistant._prepare`` answers the restated question and
shows it as the standalone question.
"""

from __future__ import annotations

import re

from assistant.persuasion import persuading
from assistant.reported import passed_on
from assistant.signposts import DOCUMENT_NOUNS

_DOCUMENT = (
    r"(?:(?:het|de|dit|deze)\s+(?:[\w]+-)?(?:" + DOCUMENT_NOUNS + r")"
    r"|(?-i:[A-Z])[\w-]+(?:\s+[\w-]+){0,3})"
)
"""A document: named by a document noun, or by a name (capitalised)."""
WHY_MADE = re.compile(
    r"^\W*waarom\s+(?:bestaat|bestaan)\s+(?P<made>" + _DOCUMENT + r")\s*\?*\s*$"
    r"|^\W*waarom\s+(?:is|zijn|werd|werden)\s+(?P<written>" + _DOCUMENT + r")\s+"
    r"(?:geschreven|gemaakt|opgesteld|uitgebracht|gepubliceerd)\s*\?*\s*$",
    re.I,
)
"""Why a thing exists or was written asks its purpose: "Waarom bestaat het NORA-dossier?" led with "… dat er geen
universeel besturingsmodel … bestaat", "Waarom is Ketens de baas geschreven?" with its authors (new informal
questions, fifty-fourth session; ``tests/test_bibliography.py``)."""


def purpose_asked(question: str) -> str | None:
    """ "Waarom bestaat X?" / "Waarom is X geschreven?" as "Wat is het doel van X?" (``WHY_MADE``), else None."""
    found = WHY_MADE.match(question)
    return f"Wat is het doel van {found['made'] or found['written']}?" if found else None


def restated(question: str) -> str | None:
    """The question ``question`` asks in other words (passed on, how to convince, why a thing exists), else None."""
    return passed_on(question) or persuading(question) or purpose_asked(question)
