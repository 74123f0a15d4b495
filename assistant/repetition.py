"""Repetition: whether two sentences say the same thing.

Split from ``coherence.py`` (twenty-fourth session). The coherence rule "no duplicate or
near-duplicate sentences" reads it, and so do the composers, which skip a sentence that repeats one
already chosen (``generators.composition.pick``, ``briefs.composer``, ``bibliography``).
"""

from __future__ import annotations

from assistant.markup import plain
from ketenwijzer.text import stems, words

CONTAINED_STEMS = 5
"""A sentence of at least this many content stems, all of them in another, says nothing new
(parallel list items share most but not all of theirs)."""


def overlap(sa: set[str] | frozenset[str], sb: set[str] | frozenset[str]) -> float:
    """How much two stem sets say the same: Jaccard, or 1.0 when the smaller one, of
    ``CONTAINED_STEMS`` or more, lies wholly inside the larger ("Een ketenpartner kan zijn deel … niet zonder
    afstemming inrichten" inside the restatement that adds "Bij de procedurele dimensie stelt …")."""
    if not sa or not sb:
        return 0.0
    shared = len(sa & sb)
    smaller = min(len(sa), len(sb))
    if smaller >= CONTAINED_STEMS and shared == smaller:
        return 1.0
    return shared / len(sa | sb)


SHARED_RUN = 8
"""Two sentences that share this many words in a row say the same thing twice: the restated
dossier and its source both say "melden dat iets misgaat maakt kwetsbaar en wordt ook aan de top
vaak vermeden", each with its own opening (sixth session, "Waarom is slecht nieuws melden zo
lastig?")."""
NEARLY_CONTAINED = 0.8
"""A sentence of ``CONTAINED_STEMS`` or more content stems with this share of them in another
says nothing new: "Het kan jaren duren voordat een keten goed werkt" after "… kan het jaren
duren voordat een keten is ingevoerd en goed functioneert" (sixth session)."""


def shared_run(a: str, b: str) -> int:
    """The longest run of words the two texts share, in order (folded, punctuation ignored)."""
    wa, wb = words(plain(a)), words(plain(b))
    best = 0
    previous = [0] * (len(wb) + 1)
    for x in wa:
        current = [0] * (len(wb) + 1)
        for j, y in enumerate(wb, 1):
            if x == y:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


def near_duplicate(a: str, b: str, threshold: float = 0.8, parallel: bool = False) -> bool:
    """The two sentences say the same: ``overlap`` of their content stems at least ``threshold``,
    or, unless they are ``parallel`` (items of one list, sentences of one passage, which share
    their wording by design), nearly all stems of one in the other or ``SHARED_RUN`` words in a
    row in common."""
    sa, sb = set(stems(plain(a))), set(stems(plain(b)))
    if not sa or not sb:
        return plain(a).lower() == plain(b).lower()
    if overlap(sa, sb) >= threshold:
        return True
    if parallel:
        return False
    smaller = min(len(sa), len(sb))
    return (
        len(sa & sb) >= NEARLY_CONTAINED * smaller
        and smaller >= CONTAINED_STEMS
        or shared_run(a, b) >= SHARED_RUN
    )


def said_together(text: str, earlier: list[str]) -> bool:
    """``text``, of ``CONTAINED_STEMS`` content stems or more, has ``NEARLY_CONTAINED`` of them in the
    ``earlier`` sentences together: it restates what they said between them. "Het voorbeeld … is de ketenkaart:
    in de beginfase helpt de ketenkaart vooral bij kennisuitwisseling …, en later dient de ketenkaart vooral om
    samenhang te bewaken …" closed "Wat is een ketenkaart?" after the two sentences it joins (new informal
    questions, thirty-sixth session; ``tests/test_coherence.py``)."""
    own = set(stems(plain(text)))
    if len(own) < CONTAINED_STEMS or len(earlier) < 2:
        return False
    said = {s for e in earlier for s in stems(plain(e))}
    return len(own & said) >= NEARLY_CONTAINED * len(own)
