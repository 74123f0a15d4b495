"""How a thing is built up: "Hoe bouw je vertrouwen op?", "Hoe creëer je draagvlak?", "How do you build trust?".

Such a question asks what brings its subject about; the sentences that name the subject most say that
it matters ("Wederzijds vertrouwen is … een pijler onder ketensturing", "Ketensamenwerking zonder
vertrouwen wordt … een last"), and "Hoe bouw je vertrouwen op?" led with why trust is needed. The answer
is a sentence in which the subject is what grows: "hoe vaker mensen elkaar ontmoeten, hoe groter het
wederzijdse vertrouwen", "een kader waarbinnen vertrouwen ontstaat" (new informal questions, fortieth
session; ``tests/test_lead_rules.py``). The words are Dutch and English, not the corpus's.
"""

from __future__ import annotations

import re

from assistant.generators.units import Unit
from ketenwijzer.text import stems

BUILD_ASKED = re.compile(
    r"\bhoe\s+(?:bouw|bouwt|bouwen)\b[^?]{0,60}\bop\b"
    r"|\bhoe\s+(?:creëer|creeer|creëren|kweek|kweken|vergroot|vergroten|versterk|versterken|bevorder|"
    r"bevorderen|wek|wekken|win|winnen)\b"
    r"|\bhoe\s+(?:ontstaat|groeit)\b"
    # getting a thing is building it up ("Hoe krijg je vertrouwen in een keten?" led with why trust is needed; forty-eighth
    # session); not getting someone along ('meekrijgen', the glossary's commitment)
    r"|\bhoe\s+(?:krijg|krijgt|krijgen)\b(?![^?]*\bmee\b)"
    # tips for one thing, typed as keywords ("tips vertrouwen" led with "Wederzijds vertrouwen is … een pijler")
    r"|^\W*tips?\s+(?:voor\s+|over\s+|for\s+|on\s+)?(?:meer\s+|more\s+)?[^\W\d_]{4,}\W*$"
    r"|\bhow\s+(?:do|does|can|should)\s+\w+\s+(?:build|create|foster|grow|gain|strengthen|earn|develop|get)\b"
    r"|\bhow\s+(?:is|are)\b[^?]{0,40}\b(?:built|created|fostered|gained|earned)\b",
    re.I,
)
"""A question that asks how its subject is built up, won or made to grow."""

GROWS = re.compile(
    r"\b(?:waarbinnen|waarin|waardoor|zodat)\b(?P<arises>[^.;,]{0,40}?)\b(?:ontstaat|ontstaan|groeit|groeien)\b"
    r"|\bhoe\s+(?:groter|meer|sterker|beter|hoger)\b(?P<more>[^.;,]{0,40})"
    r"|\b(?:voorwaarde|basis|bron)\s+(?:voor|van)\b(?P<for>[^.;]{0,40})"
    r"|\b(?:zorgt|zorgen|leidt|leiden|draagt|dragen)\s+(?:voor|tot|bij\s+aan)\b(?P<led>[^.;,]{0,40})"
    r"|\b(?:versterkt|versterken|bevordert|bevorderen|vergroot|vergroten|bouwt|bouwen)\b(?P<grown>[^.;,]{0,40})"
    r"|\b(?:builds?|fosters?|strengthens?|increases?)\b(?P<built>[^.;,]{0,40})",
    re.I,
)
"""A phrase that says something grows or is brought about: its named group holds what grows."""
GROWTH_BONUS = 0.3
"""Added to a sentence in which the asked thing is what grows (``favour_growth``)."""


def grows(text: str, focus: frozenset[str]) -> bool:
    """``text`` says a word of ``focus`` grows or is brought about (``GROWS``)."""
    for found in GROWS.finditer(text):
        grown = next(g for g in found.groups() if g is not None)
        if set(stems(grown)) & focus:
            return True
    return False


def favour_growth(question: str, units: list[Unit], focus: frozenset[str]) -> None:
    """For a question that asks how its subject is built up (``BUILD_ASKED``), lift the sentences in
    which that subject grows (``GROWS``)."""
    if not focus or not BUILD_ASKED.search(question):
        return
    for unit in units:
        if not unit.is_list and grows(unit.display, focus):
            unit.score += GROWTH_BONUS
