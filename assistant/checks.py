"""A claim the reader asks to check: "Klopt het dat …?", "Is het waar dat …?".

The claim stands in a subordinate clause, its verb last ("… dat vertrouwen belangrijker is dan
contracten"), so the patterns that read a direct question miss what it asks: a comparison of two
things was answered as a yes/no question on the first of them. ``as_asked`` turns a comparative claim
into the direct question ("Is vertrouwen belangrijker dan contracten?"); other claims keep their frame
(a yes/no question on the claim answers them already).
"""

from __future__ import annotations

import re

from assistant.kind_patterns import COMPARATIVE

CHECKED_COMPARISON = re.compile(
    r"^\W*(?:klopt\s+het|is\s+het\s+(?:waar|zo|juist)|het\s+is\s+toch\s+zo)\s*,?\s+dat\s+"
    rf"(?P<a>.+?)\s+(?P<than>{COMPARATIVE})\s+(?P<verb>is|zijn|werkt|werken|helpt|helpen)\s+dan\s+"
    r"(?P<b>[^?]+?)\s*[?.!]*\s*$",
    re.I,
)
"""A comparative claim to check: 'Klopt het dat A beter werkt dan B?', 'Is het waar dat A belangrijker
is dan B?' (new informal questions, thirty-third session; ``tests/test_comparison_rules.py``)."""


def as_asked(text: str) -> str:
    """A comparative claim to check as the direct question it asks; any other text unchanged."""
    found = CHECKED_COMPARISON.match(text)
    if found is None:
        return text
    verb = found["verb"].lower()
    return f"{verb[:1].upper()}{verb[1:]} {found['a']} {found['than']} dan {found['b']}?"
