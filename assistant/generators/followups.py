"""Rules for a follow-up question: the carried topic weighs less than the follow-up's own words, and
what the previous answer already gave does not lead again.

Split from ``rules.py`` (thirty-third session). ``extractive.py`` weighs terms by ``carried_terms``;
``adjustments.py`` applies ``favour_new``.
"""

from __future__ import annotations

from assistant.brackets import carried
from assistant.generators.units import Unit
from assistant.kinds import kind_signal
from assistant.question import Question
from assistant.repetition import near_duplicate
from ketenwijzer.compounds import compound_stems
from ketenwijzer.text import sentences, words

CARRIED_SHARE = 0.5
"""Weight of a word the conversation's topic adds, against the follow-up's own words."""


def carried_terms(question: str, terms: set[str]) -> set[str]:
    """Of ``terms``, those only the conversation's topic brought in: "Bij welke pijler hoort dat dan
    vooral? (kom keten besluiten)" asks about a pillar; 'besluiten' only says which subject.

    A follow-up's own words decide which sentence answers it; the topic (``conversation.resolve``
    adds it in brackets) finds the passages. Empty when the follow-up has no word of its own
    ("Heb je daar een voorbeeld van?") or names a claim ("Wie zegt dat? (claim.; topic)" finds the
    claim). Tuning half, sixth session: lead_hit 0.535 → 0.543 (v10.t3; at a share of 0.7 no
    lead changes, at 0.3 facts fall).
    """
    brackets = carried(question)
    if brackets is None:
        return context_terms(question, terms)
    if brackets.claim:
        return set()
    topic = {t for p in brackets.topic for t in compound_stems(p)}
    # the words that tell the kind ("wat gebeurt") are no subject of the follow-up's own
    asked = brackets.asked
    own = (set(compound_stems(asked)) - set(compound_stems(kind_signal(asked)))) & terms
    return (terms & topic) - own if own else set()


def context_terms(question: str, terms: set[str]) -> set[str]:
    """Of ``terms``, those only the sentences before the question itself bring in: "Ik ben net
    ketenmanager geworden. Waar moet ik beginnen?" asks where to begin; 'ketenmanager' says who asks
    (every sentence on the manager's tasks led; new informal questions, thirteenth session;
    ``tests/test_lead_rules.py``). Empty for a one-sentence question, or when the question sentence
    has no word of its own."""
    said = sentences(question)
    if len(said) < 2 or not said[-1].rstrip().endswith("?"):
        return set()
    last = said[-1]
    own = (set(compound_stems(last)) - set(compound_stems(kind_signal(last)))) & terms
    before = {t for s in said[:-1] for t in compound_stems(s)}
    return (terms & before) - own if own else set()


REPEAT_PENALTY = 0.3
"""How far a sentence the previous answer already gave falls behind, in a follow-up that asks
something new."""


def favour_new(analysis: Question, units: list[Unit]) -> None:
    """A follow-up that asks something new does not lead with the previous answer's lead.

    "Wat hoort er bij de derde?" after "Ketens de baas onderscheidt vier besturingsdimensies: …"
    led with that same sentence again (it matches the carried topic best); the sentence on the
    third dimension answers. Only the previous lead: a later sentence of that answer may be just
    what the follow-up asks ("Wat gebeurt er als dat niet goed gaat?" after an answer whose
    fourth sentence said so; penalising every earlier sentence lost v10.t2). A list joins as a
    whole: it falls behind only when it was a recent answer's list (``_listed_again``), never in a
    comparison. Tuning half, sixth session: lead_hit 0.558 → 0.566 (v07.t2). Another
    source's sentence that says the same counts as the same ("Ketens kunnen drie ontwikkelstadia
    doorlopen: …" after "Ketens de baas onderscheidt drie ontwikkelstadia van ketens: …" led "Wat
    kenmerkt dat eerste stadium?"; conversations v05, eleventh session; ``tests/test_lead_rules.py``).
    """
    if not analysis.said_before:
        return
    for unit in units:
        if unit.is_list:
            # a comparison weighs what each side said before: "Zijn ze het met elkaar eens?" after
            # Groothedde's five factors lost them from his side († conversations v06.t3, held-apart)
            if analysis.kind != "comparison" and _listed_again(unit, analysis.listed_before):
                unit.score -= REPEAT_PENALTY
            continue
        key = " ".join(words(unit.quote))
        if key and any(key in said or near_duplicate(unit.quote, said) for said in analysis.said_before):
            unit.score -= REPEAT_PENALTY


def _listed_again(unit: Unit, listed: frozenset[str]) -> bool:
    """Most items of the list unit were a recent answer's list (the last three, ``chain.LISTS_BACK``):
    "en de laatste?" after Groothedde's five factors led with the five factors again, not with what the
    sources say of the last one (new informal follow-ups, thirty-third session;
    ``tests/test_lead_rules.py``)."""
    if not listed:
        return False
    items = [" ".join(words(item)) for item in unit.items]
    return sum(item in listed for item in items) * 2 > len(items)
