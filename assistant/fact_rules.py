"""The pieces every near-domain rule is made of: a fact rule (asked → held) and shared words.

A near-domain rule (``assistant/neardomain.py``, ``assistant/resources.py``) knows one kind of fact by
general Dutch question grammar; ``FactRule`` is the simplest shape, and ``shares_word`` tells whether a
sentence that holds the fact is about the thing the question asks it of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ketenwijzer.compounds import current_modifiers

WORD_PART = 5
_OBJECT = re.compile(rf"\b(?:de|het|een|die|deze|dit|onze|mijn|hun|zijn)\s+\w{{{WORD_PART},}}", re.I)
"""A noun after a determiner in the rest of a count question: what the count is for."""
"""Letters two words must share (as a start, or one's start inside the other) to be one word."""


def shares_word(rest: str, sentence: str, bare: bool = False) -> bool:
    """The counting sentence shares a word of 5+ letters with the rest of the question, when that
    names what the count is for (``_OBJECT``): "Hoeveel gemeenten doen mee aan de ketenpilots?" is not answered by "Dan hoeven niet 400
    gemeenten zelf … te ontwerpen" (new informal questions, fifteenth session;
    ``tests/test_abstention.py``). With ``bare``, a noun without a determiner names it too ("Wat
    kost ketenregie?")."""
    long_word = rf"\w{{{WORD_PART},}}"
    asked = [w.lower() for w in re.findall(long_word, rest)]
    if not asked or not (bare or _OBJECT.search(rest)):
        return True  # "Hoeveel gemeenten deden mee?" names nothing the count is for
    # a compound is compared by its head ('ketenadviseur' → 'adviseur'), the sentence's words both
    # ways ('keten' is in 'ketensamenwerking')
    said = {f for w in re.findall(long_word, sentence) for f in (w.lower(), _head(w.lower()))}
    return any(
        a[:WORD_PART] == b[:WORD_PART] or b[:WORD_PART] in a or a[:WORD_PART] in b
        for a in {_head(a) for a in asked}
        for b in said
        if len(a) >= WORD_PART and len(b) >= WORD_PART
    )


def _head(word: str) -> str:
    """The word without a corpus compound modifier it begins with ('ketenadviseur' → 'adviseur'):
    'keten…' words share their first letters with every sentence of a corpus on chains."""
    for modifier in current_modifiers():
        if word.startswith(modifier) and len(word) - len(modifier) >= WORD_PART:
            return word[len(modifier) :]
    return word


@dataclass(frozen=True)
class FactRule:
    """A question asks for one kind of fact (``asked``); the top passages must hold it (``held``)."""

    asked: re.Pattern[str]
    held: re.Pattern[str]
    reason: str
    """The Dutch reason given when the passages lack it."""

    def __call__(self, question: str, text: str) -> str | None:
        """The reason when the question asks for this kind of fact and ``text`` lacks it, else None."""
        if self.asked.search(question) and not self.held.search(text):
            return self.reason
        return None


def fact(asked: str, held: str, reason: str, held_flags: int = re.I) -> FactRule:
    """A ``FactRule`` from the patterns of what is asked and what holds it (case-insensitive asked)."""
    return FactRule(re.compile(asked, re.I), re.compile(held, held_flags), reason)
