"""What the gate must find covered of a question: its asked words without the words that frame them.

A view ('mening'), a count before what is counted, the kinds of a thing, the trouble with a thing, the whole domain's
place: each says what kind of statement is asked, not what about, and the passages need not hold it. Split from
``gate.py`` (forty-eighth session) when it passed 400 lines; behaviour unchanged.
"""

from __future__ import annotations

import re

from assistant.focus_words import VIEW_WORDS
from assistant.question_objects import DOMAIN_PLACE

KINDS_OF = frozenset(["soorten", "soort", "typen", "types", "kinds", "kind", "sorts"])
"""The kinds of a thing asked for: what must be covered is the thing. "Welke soorten ketens zijn er
volgens de GEMMA?" was told the GEMMA says nothing on it, while its list of chains says "op
verschillende manieren" (twenty-eighth session, ``tests/test_abstention.py``). Only the gate reads
them so: the sentence scorer keeps 'soorten' ("Er zijn twee soorten samenwerkingsverbanden")."""


def without_domain_place(asked: str, question: str) -> str:
    """``asked`` without the words of the whole domain's place ("in Nederland", ``DOMAIN_PLACE``): which
    chains there are "in Nederland" is asked of the corpus's chains, no passage must say 'Nederland' ("Welke
    ketens zijn er in Nederland?" was declined once the place was no longer searched; thirty-eighth session)."""
    place = re.search(DOMAIN_PLACE, question, re.I)
    if not place:
        return asked
    said = {w.lower() for w in re.findall(r"[^\W\d_]+", place.group(0))}
    return " ".join(w for w in asked.split() if w.lower() not in said) or asked


def without_views(asked: str) -> str:
    """``asked`` without the words for a view (``focus_words.VIEW_WORDS``), unless nothing else is
    asked: they say what kind of statement is asked, not what about. "Verschillen de bronnen van
    mening over regie?" was declined for 'mening', while "Wat zeggen de bronnen over regie?" is
    answered (new informal questions, thirty-second session; ``tests/test_abstention.py``)."""
    kept = [w for w in asked.split() if w.lower() not in VIEW_WORDS]
    return " ".join(kept) if kept else asked


COUNTS = frozenset(
    ["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"]
    + ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
)
"""A count before what is counted: a list answers it, whether or not a passage writes the number. "Wat zijn
de drie soorten ketens volgens de GEMMA?" was told the GEMMA says nothing on it, beside its list of three
(new informal questions, thirty-second session; ``tests/test_abstention.py``)."""


def without_counts(asked: str) -> str:
    """``asked`` without a count (``COUNTS``) that a word follows, unless nothing else is asked."""
    said = asked.split()
    kept = [w for i, w in enumerate(said) if not (w.lower() in COUNTS and i + 1 < len(said))]
    return " ".join(kept) if kept else asked


CLASSIFYING = frozenset(
    [
        "onderscheidt",
        "onderscheiden",
        "indelen",
        "indeelt",
        "deelt",
        "distinguish",
        "distinguishes",
        "classify",
    ]
)
"""Verbs that ask for the kinds a source tells apart: "Welke soorten ketens onderscheidt de GEMMA?" was told the
GEMMA says nothing on it beside its list of the ways 'keten' is used, and "In welke typen kun je ketens
indelen?" was declined (new informal questions, forty-third session; ``tests/test_abstention.py``). Only the gate
drops them, as ``KINDS_OF``: "Ketens de baas onderscheidt vier besturingsdimensies" keeps its word for the
scorer."""


TROUBLE_WITH = re.compile(
    r"\b(?P<word>probleem|problemen|moeilijkheid|moeilijkheden|problem|problems|trouble)\s+(?:met|with)\b",
    re.I,
)
"""'het probleem met X' asks what goes wrong with X: the passages must hold X, not the word 'probleem'. "Wat is
volgens Morgens het probleem met overleg?" was told Morgens says nothing on it, beside its "ketenoverleg … niet van
de grond gekomen" (new informal questions, forty-third session; ``tests/test_abstention.py``). Only the gate drops
it: the scorer keeps it and its glossary words ('knelpunt')."""


def without_trouble(asked: str, question: str) -> str:
    """``asked`` without the word for trouble before 'met' (``TROUBLE_WITH``), unless nothing else is asked."""
    found = TROUBLE_WITH.search(question)
    if found is None:
        return asked
    kept = [w for w in asked.split() if w.lower() != found["word"].lower()]
    return " ".join(kept) if kept else asked


def without_kinds(asked: str) -> str:
    """``asked`` without the words for kinds (``KINDS_OF``) and for telling kinds apart (``CLASSIFYING``),
    unless nothing else is asked."""
    kept = [w for w in asked.split() if w.lower() not in KINDS_OF | CLASSIFYING]
    return " ".join(kept) if kept else asked
