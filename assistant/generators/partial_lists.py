"""A list asked whole that the sources give only in part: "Wat zijn de acht succesfactoren van Morgens?".

Morgens' article says that a shared ambition is "één van de acht succesfactoren" and names one or two more; the
answer quoted those as if they were the eight (new informal questions, forty-third session;
``tests/test_superlatives_and_scope.py``). When a question asks for the N things and a quoted sentence itself calls
its thing one of N, while the answer has fewer than N points, the answer opens by saying the sources do not name all
N. Dutch and English count words, not the corpus's.
"""

from __future__ import annotations

import re

from assistant.lengths import COUNT_WORDS

_COUNTS = {
    **COUNT_WORDS,
    **{"zeven": 7, "acht": 8, "negen": 9, "tien": 10, "seven": 7, "eight": 8, "nine": 9, "ten": 10},
}
_NUMBER = r"(?P<n>\d{1,2}|" + "|".join(_COUNTS) + r")"

ALL_ASKED = re.compile(
    rf"\b(?:de|alle|the|all)\s+(?:(?:the|de)\s+)?{_NUMBER}\s+(?P<noun>[^\W\d_][\w-]{{3,}})"
    r"(?:\s+(?P<second>(?!(?:of|from|in|by|are|were|does|do)\b)[^\W\d_][\w-]{3,}))?",
    re.I,
)
"""The N things asked as a whole ("de acht succesfactoren", "all eight pillars", "the eight success factors")."""


def _one_of(n: int) -> re.Pattern[str]:
    """A sentence that calls its thing one of ``n`` ("één van de acht succesfactoren", "one of the eight")."""
    said = "|".join([str(n), *(w for w, v in _COUNTS.items() if v == n)])
    return re.compile(rf"\b(?:één|een|one)\s+(?:van|of)\s+(?:de|the)\s+(?:{said})\b", re.I)


NOT_ALL = {
    "nl": "(De bronnen noemen niet alle {n} {noun}; wel zeggen ze het volgende.)",
    "en": "(The sources do not name all {n} {noun}; this is what they say.)",
}
"""Said before the quotes when the sources name fewer of the things asked than the question counts."""


def count_note(question: str, shown: list[str], language: str) -> str:
    """``NOT_ALL`` when the question asks for all N things, a shown sentence calls its thing one of N, and the
    answer has fewer than N points; else ''."""
    asked = ALL_ASKED.search(question)
    if asked is None:
        return ""
    word = asked["n"].lower()
    n = int(word) if word.isdigit() else _COUNTS[word]
    if len(shown) >= n or not any(_one_of(n).search(s) for s in shown):
        return ""
    # English writes a compound as two words ("success factors"); a Dutch noun is one
    noun = f"{asked['noun']} {asked['second']}" if language == "en" and asked["second"] else asked["noun"]
    return NOT_ALL.get(language, NOT_ALL["nl"]).format(n=asked["n"], noun=noun)
