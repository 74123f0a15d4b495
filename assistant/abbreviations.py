"""Abbreviations asked: "Waar staat NORA voor?", "What does GEMMA stand for?".

Such a question asks what the letters stand for, not what the source of that name says: the
abbreviation is the subject (no source filter, no source summary) and the sentence that writes it
out leads ("… een aanvulling op de Nederlandse Overheid Referentie Architectuur (NORA)"). "Waar
staat de afkorting NORA voor?" was declined: 'NORA' left the question as a source's name and
'afkorting' is no word of the corpus (new informal questions, twenty-third session;
``tests/test_question.py``). Nothing here knows an abbreviation: the corpus writes them out.
"""

from __future__ import annotations

import re

ASKS_EXPANSION = re.compile(
    r"^\W*(?i:en\s+)?(?:(?i:waar\s+staa(?:t|n)\s+(?:de\s+)?(?:afkorting\s+|letters\s+)?)(?P<nl>[A-Z][A-Za-z]{1,9})"
    r"\s+(?i:(?:eigenlijk\s+)?voor)"
    r"|(?i:wat\s+(?:betekent|betekenen|is)\s+de\s+(?:afkorting|letters)\s+)(?P<named>[A-Z][A-Za-z]{1,9})"
    r"|(?i:what\s+(?:does|do)\s+(?:the\s+)?(?:abbreviation\s+|acronym\s+)?)(?P<en>[A-Z][A-Za-z]{1,9})\s+(?i:stand\s+for)"
    r"|(?i:wat\s+(?:betekent|betekenen)\s+)(?P<bare>[A-Z]{2,9})(?=\W*$)"
    r"|(?i:what\s+does\s+)(?P<mean>[A-Z]{2,9})\s+(?i:mean)(?=\W*$))\b",
)
"""A question for what an abbreviation stands for; the group names the abbreviation. An all-capitals
word asked to mean something, and nothing else asked, is one too: "Wat betekent NORA?" led with the
NORA's vision and gave the letters third (new informal questions, twenty-fifth session)."""


def asked_abbreviation(question: str) -> str:
    """The abbreviation a question asks to be written out ('NORA' of "Waar staat NORA voor?"); ''
    when it asks none. The word must have at least two capitals ('NORA', 'GEMMA', 'GBO')."""
    found = ASKS_EXPANSION.match(question.strip())
    if found is None:
        return ""
    word = found["nl"] or found["named"] or found["en"] or found["bare"] or found["mean"]
    return word if sum(c.isupper() for c in word) >= 2 else ""


def written_out(abbreviation: str) -> re.Pattern[str]:
    """A pattern for a sentence that writes ``abbreviation`` out: words whose capitals spell it,
    before it in brackets ("Nederlandse Overheid Referentie Architectuur (NORA)") or after it
    ("NORA (Nederlandse Overheid …)")."""
    letters = [re.escape(c) for c in abbreviation if c.isupper()]
    joiner = r"[\w-]*(?:\s+(?:[a-z][\w-]*\s+){0,2}?)"
    spelled = joiner.join(rf"{c}" for c in letters) + r"[\w-]*"
    name = re.escape(abbreviation)
    return re.compile(rf"\b{spelled}\s*\(\s*{name}\s*\)|\b{name}\s*\(\s*{spelled}\s*\)")
