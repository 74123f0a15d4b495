"""Requests to make something rather than to answer: "Schrijf een mail aan mijn directeur over …", "Teken een
ketenkaart voor mij", "Write an email to my director about …".

The assistant only quotes its sources; a request to write, draw or make a thing was answered as if the sources were
that thing: "Schrijf een mail aan mijn directeur over ketensamenwerking" opened with three dossier sentences, as if
they were the mail (new informal questions, fiftieth session; ``tests/test_answers.py``). The answer now opens with a
note that says what it gives instead; a written piece for a director points to the brief page (``/adviseur``).
"""

from __future__ import annotations

import re

THINGS = (
    r"mail|e-mail|email|brief|memo|notitie|nota|presentatie|plaatje|tekening|kaart|ketenkaart|plan|plannen|stappenplan|"
    r"agenda|tekst|letter|note|presentation|slides|drawing|map|picture|text"
)
"""What a request may ask to be made; not a summary, which the summary plan makes ("Maak een samenvatting van het
dossier")."""
MAKE_ASKED = re.compile(
    r"^\W*(?:(?:kun|kan|wil)\s+(?:je|jij|u)\s+(?:(?:een|voor|mij|me|ons)\s+)*)?"
    r"(?:schrijf|schrijven|teken|tekenen|maak|maken|stel|opstellen|ontwerp|ontwerpen"
    r"|write|draw|make|draft|create|design)\b"
    rf"[^?.!]*?\b(?P<thing>{THINGS})\b",
    re.I,
)
"""A request to write, draw or make a thing ("Schrijf een mail …"). Not a question about making one ("Hoe maak ik een
ketenkaart?" opens with 'hoe' and is advice)."""
MAKE_ASKED_LAST = re.compile(
    rf"^\W*(?:kun|kan|wil|zou)\s+(?:je|jij|u)\s+[^?.!]*?\b(?P<thing>{THINGS})\b[^?.!]*"
    r"\b(?:schrijven|tekenen|maken|opstellen|ontwerpen)\W*$",
    re.I,
)
"""The same request with its verb last ("Kun je een ketenkaart voor mij tekenen?")."""

WRITTEN_THINGS = frozenset(
    ["mail", "e-mail", "email", "brief", "memo", "notitie", "nota", "tekst", "letter", "note", "text"]
)
"""Things a writer sends: for those the note points to the brief page."""

NOTES = {
    "nl": {
        "written": "(Zelf een {thing} opstellen doe ik niet; ik citeer alleen de bronnen. Een onderbouwde notitie voor "
        "een bestuurder maak je op de pagina /adviseur. Dit zeggen de bronnen erover.)",
        "other": "(Zelf een {thing} maken doe ik niet; ik citeer alleen de bronnen. Dit zeggen ze erover.)",
    },
    "en": {
        "written": "(I do not write this {thing} myself; I only quote the sources. A cited brief for a director is made "
        "on the page /adviseur. This is what the sources say.)",
        "other": "(I do not make this {thing} myself; I only quote the sources. This is what they say.)",
    },
}
"""The note an answer to a request to make something opens with."""


def made_thing(question: str) -> str:
    """The thing a request asks to be written, drawn or made (``MAKE_ASKED``), lower case; '' for any other question."""
    found = MAKE_ASKED.match(question) or MAKE_ASKED_LAST.match(question)
    return found["thing"].lower() if found else ""


def make_note(question: str, language: str) -> str:
    """The note for a request to write, draw or make a thing (``MAKE_ASKED``), '' for any other question."""
    thing = made_thing(question)
    if not thing:
        return ""
    notes = NOTES.get(language, NOTES["nl"])
    return (notes["written"] if thing in WRITTEN_THINGS else notes["other"]).format(thing=thing)
