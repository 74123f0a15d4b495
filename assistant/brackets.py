"""What a standalone follow-up carries in brackets, and how a text is checked against a carried claim.

``conversation.resolve`` writes a follow-up's context after it: "En het NORA-dossier? (ambitie;
volgens NORA-dossier)", "Wie zegt dat? (De belangrijkste conclusie: … .; mensenwerk)". The question
analysis, the router, the scorer and the who-said plan read those brackets back with ``carried``.
Split from ``conversation.py`` (thirteenth session).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ketenwijzer.text import folded


@dataclass(frozen=True)
class Carried:
    """What ``resolve`` added to a follow-up in brackets: "Wie zegt dat? (claim.; topic)",
    "En het NORA-dossier? (ambitie; volgens NORA-dossier)"."""

    asked: str
    """The follow-up as the user typed it (before the brackets)."""
    topic: list[str]
    """The segments that name the conversation's topic (not a source, not a claim)."""
    claim: bool
    """One segment is the previous answer's claim (a sentence)."""
    claimed: str = ""
    """That claim's text ('' when none)."""


CLAIM_PROBE = 60
"""Characters of a carried claim looked for word for word in a passage (``HybridRetriever.saying``,
``speaker.said``)."""


def says(text: str, claim: str) -> bool:
    """``text`` holds the carried ``claim`` word for word (its first ``CLAIM_PROBE`` characters,
    folded); a claim too short to tell is held by nothing."""
    probe = folded(claim)[:CLAIM_PROBE]
    return len(probe) >= CLAIM_PROBE // 2 and probe in folded(text)


_CARRIED = re.compile(r"\((?P<carried>[^()]*)\)\s*$")


def carried(standalone: str) -> Carried | None:
    """The brackets a follow-up carries, parsed; None for a question that carries none."""
    found = _CARRIED.search(standalone)
    if not found:
        return None
    segments = [p.strip() for p in found.group("carried").split(";")]
    claims = [p for p in segments if p.endswith((".", "!", "?"))]
    topic = [p for p in segments if p not in claims and not p.lower().startswith("volgens ")]
    return Carried(standalone[: found.start()], topic, bool(claims), claims[0] if claims else "")


def without_carried(standalone: str) -> str:
    """The follow-up as asked, without what ``resolve`` carried after it in brackets."""
    found = _CARRIED.search(standalone)
    return (standalone[: found.start()] if found else standalone).strip()
