"""Sentences about nothing asked: neither a word of the question nor its sense, in a passage
without a word of the question either.

A passage ranks high as a whole, and each of its sentences gets the passage's prior and a
novelty bonus; a passage none of whose sentences shares a word with the question is found by
the embedder alone, and a sentence of it that the reader finds no closer to the question than
chance is filler. "Wanneer kies je voor een keten?" answered "Of een keten de juiste
organisatievorm is, hangt af van …" and then six sentences of a seminar report introducing a
speaker ("Zij promoveert binnenkort …"; new informal questions, eighteenth session;
``tests/test_lead_rules.py``).

The passage matters: the sentences around one that carries the question's words elaborate it,
whatever their words ("Doelgebonden speelruimte vraagt ook management dat … 'op de handen blijft
zitten'" after "Managers die tot diep in de keten willen sturen …"; METRO's short contract after
"Om het tempo vast te houden koos METRO voor vertrouwen"). Lowering those as well cost three
answers on the tuning half a fact each; a sentence that only brings in its antecedent is left as
it is for the same reason.
"""

from __future__ import annotations

from assistant.generators.units import Unit

UNASKED_DENSE = 0.1
"""The reader's similarity (0 is chance for this question) under which a sentence without a word
of the question is about something else. The seminar report's filler sentences read −0.09 to 0.05."""
UNASKED_SHARE = 0.2
"""What such a sentence keeps of its score: it falls under the keep ratio of any sentence on the
subject (half of 0.57, the prior and novelty it had, still passed a lead of 0.41)."""


def unasked(unit: Unit) -> bool:
    """No word of the question in the sentence or its context, and no closeness in sense either."""
    signals = unit.signals
    return signals is not None and signals.own == 0 and signals.context == 0 and signals.dense < UNASKED_DENSE


def yield_unasked(units: list[Unit]) -> None:
    """Lower the unasked sentences of passages without a word of the question, when some
    sentence elsewhere carries one."""
    asked = {u.passage for u in units if u.signals is not None and u.signals.own > 0}
    if not asked:
        return
    for unit in units:
        if unit.passage not in asked and unasked(unit):
            unit.score *= UNASKED_SHARE
