"""Whether a sentence enumerates: after a colon, after 'zoals', or as a series of words.

A list question is answered by a list or by a sentence that enumerates (``nudges.nudge_list``); the list plan
weighs such a sentence against a list of something else (``lists.plan_list``), and the list-head rule reads
enumerations after a colon (``rules.favour_list_head``). Split from ``nudges.py`` (forty-second session) when it
passed 400 lines; the patterns are Dutch and English, not the corpus's.
"""

from __future__ import annotations

import re

ENUMERATION = re.compile(r":\s*\S[^:]*(,[^,]+){1,}\ben\b|:\s*\S[^:]*(;[^;]+){1,}")
"""A sentence that enumerates after a colon ("… drie stadia: a, b en c")."""


SUCH_AS = re.compile(r"\b(?:zoals|such\s+as)\s+[^,.;:]+(?:,\s*[^,.;:]+){2,}\s+(?:en|of|and|or)\s+\w", re.I)
"""A sentence that enumerates three or more after 'zoals' ("alle deelnemende actoren, zoals Bureau Jeugdzorg, GGZ,
scholen, Raad voor de Kinderbescherming en gemeenten"): it lists too. "Welke organisaties werken samen in de
jeugdzorg?" led with Ruiterman's mention of youth care (new informal questions, forty-second session;
``tests/test_lead_rules.py``)."""


WORD_SERIES = re.compile(
    r"(?:\b[^\W\d_][\w-]*,\s+){2,}[^\W\d_][\w-]*\s+(?:en|of|and|or)\s+[^\W\d_][\w-]*", re.I
)
"""Four words or more in a row ("die van regisseur, coördinator, handhaver of facilitator"): an enumeration without
a colon. "Welke rollen kan een gemeente hebben in een keten?" listed the GEMMA's processes over Boissevain's four
roles (new informal questions, forty-second session; ``tests/test_lead_rules.py``)."""


def enumerates(text: str) -> bool:
    """``text`` enumerates: after a colon (``ENUMERATION``), after 'zoals' (``SUCH_AS``) or as a series of words
    (``WORD_SERIES``)."""
    return bool(ENUMERATION.search(text) or SUCH_AS.search(text) or WORD_SERIES.search(text))
