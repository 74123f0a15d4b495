"""The person a question asks about, and a follow-up that refers to that person by a pronoun.

"Wie is Arco Groothedde?" asks who a person is (``WHO_IS``; the identity rule in
``generators.attribution`` lifts the sentence that gives the name a role). A follow-up that calls that
person 'hij' ("Waar werkt hij?", "Wat heeft hij geschreven?") asks about the same person by name: it
was carried as "Waar werkt hij? (Wie is Arco Groothedde?)", which found his five factors again, and
"Wat heeft hij geschreven? (Cor)" asked who wrote the sources (new informal follow-ups, fortieth session;
``tests/test_gate_follow_ups.py``). ``conversation.resolve`` applies ``with_person``.
"""

from __future__ import annotations

import re

WHO_IS = re.compile(
    r"^\W*(?i:en\s+)?(?:(?i:wie|who)\s+(?i:is|was|zijn|waren|are|were)|(?i:wat)\s+(?i:doet|deed)|(?i:what)\s+(?i:does|did)"
    r"|(?i:waar)\s+(?i:werkt|werkte)|(?i:bij\s+welke\s+(?:organisatie|instantie|club|bedrijf))\s+(?i:werkt|werkte|zit|zat)"
    r"|(?i:where)\s+(?i:does|did))"
    r"\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)(?:\s+(?i:do|work))?"
    r"(?:\s+(?i:eerder|vroeger|daarvoor|nu|tegenwoordig|before|now))?\W*$"
)
"""'Wie is Cor Franke?', and 'Wat doet Cor Franke?' (what he does for a living: it led with a
sentence of the article before his quote; new informal questions, twenty-third session); so does where
the person works ("Waar werkt Arco Groothedde?" led with his five factors; fortieth session), also when or before
("Waar werkte John Froger eerder?" quoted Cor Franke's career; forty-eighth session)."""


HE = re.compile(r"\b(?:hij|hem|he|him)\b", re.I)
"""A pronoun for one person (not 'zij' or 'ze', which are as often plural: "Zijn ze het eens?")."""


SAID_BY = re.compile(
    r"^\W*(?i:en\s+)?(?i:wat)\s+(?i:zei|zegt|vond|vindt|vertelde|vertelt)\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
    r"(?=\W*$|\s+(?i:over|daarover|hierover|erover)\b)"
    r"|^\W*(?i:and\s+)?(?i:what)\s+(?i:did|does)\s+(?P<english>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?i:say|think)\b"
)
"""What a person said ("Wat zei Arco Groothedde?", "Wat zegt Froger?"): a follow-up that then says 'hij' means that
person, even by one name ("Wie is hij?" after "Wat zegt Froger?" was carried as "Wie is hij? (Wat zegt Froger?)" and
quoted his advice; forty-third session). A title ("Wat zegt Ketens de baas?") is no name: its words are not all
capitalised."""
BACK = 3
"""Turns a pronoun for one person looks back for the person asked about."""


def asked_person(question: str) -> str:
    """The name a question asks about as a person (``WHO_IS``, ``SAID_BY``), else ''."""
    found = WHO_IS.match(question.strip())
    if found:
        return found["name"]
    said = SAID_BY.match(question.strip())
    return (said["name"] or said["english"]) if said else ""


def with_person(question: str, previous: list[str]) -> str:
    """``question`` with its pronoun for one person (``HE``) replaced by the person the latest of
    ``previous`` (standalone questions, oldest first; the last ``BACK``) asked about; '' when it has no
    such pronoun or none of them asked about a person."""
    if not HE.search(question):
        return ""
    name = next((n for n in map(asked_person, reversed(previous[-BACK:])) if n), "")
    return HE.sub(name, question, count=1) if name else ""
