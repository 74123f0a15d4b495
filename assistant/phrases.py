"""A phrase a question quotes that is a section's heading: that section answers it.

"Wat betekent 'geen baas' in een keten?" led with the list naming the six features of chains,
one of them 'geen baas'; the section headed "Geen baas", which says what it means ("In een keten
ontbreekt overkoepelend gezag"), was not retrieved: its text never says the two words together,
and 'baas' is a word of the dossier's own name (new informal questions, twentieth and twenty-second
sessions; ``tests/test_phrases.py``). The headings come from the index (``Index.headings``), so a
user's own documents are read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ketenwijzer.models import Passage
from ketenwijzer.text import fold

QUOTED = re.compile(r"(?<!\w)[‘'\"“„]([^‘’'\"“”„?]{3,80}?)[’'\"”](?!\w)")
"""A phrase between quotation marks (an apostrophe inside a word, "KPI's", opens none)."""
MIN_WORDS = 1
"""A quoted word is a phrase too: "Wat is 'onevenwichtigheid' in een keten?" quotes the heading of
the section that says it (the list of the six features led)."""
MAX_WORDS = 6


def quoted_phrases(question: str, names: Iterable[str] = ()) -> list[str]:
    """The phrases of ``MIN_WORDS``–``MAX_WORDS`` words the question quotes, folded, without the
    names of sources ('Ketens de baas' quoted is the dossier, no heading)."""
    skip = {fold(n) for n in names}
    found = []
    for match in QUOTED.finditer(question):
        phrase = fold(" ".join(match.group(1).split()))
        if MIN_WORDS <= len(phrase.split()) <= MAX_WORDS and phrase not in skip:
            found.append(phrase)
    return found


def pinned(question: str, headings: dict[str, list[str]], names: Iterable[str] = ()) -> list[str]:
    """The first chunk under each heading the question quotes (see the module docstring)."""
    return pinned_of(quoted_phrases(question, names), headings)


def pinned_of(phrases: list[str], headings: dict[str, list[str]]) -> list[str]:
    """The first chunk under each heading among ``phrases`` (already read off the question)."""
    return [headings[p][0] for p in phrases if headings.get(p)]


def with_pinned(passages: list[Passage], pins: list[Passage]) -> list[Passage]:
    """``passages`` with the pinned ones first (each once), scored as the best of them."""
    if not pins:
        return passages
    top = max((p.score for p in passages), default=1.0)
    ids = {p.chunk_id for p in pins}
    first = [p.model_copy(update={"score": top}) for p in pins]
    return first + [p for p in passages if p.chunk_id not in ids]


def heads(passage: Passage, phrase: str) -> bool:
    """The passage's section is headed by ``phrase`` (folded)."""
    return bool(passage.heading_path) and fold(" ".join(passage.heading_path[-1].split())) == phrase
