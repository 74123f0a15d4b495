"""The definition plan: the defining sentence first, then at most two that qualify it.

Split from ``composition.py`` (eleventh session; the other plans and the helpers they share live there).
"""

from __future__ import annotations

from assistant.coherence import refers_back
from assistant.generators.composition import (
    MAX_WORDS,
    Composition,
    PlanContext,
    _running,
    add_list_in_context,
    pick,
    plan_open,
    signpost,
)
from assistant.generators.units import Unit, usable
from assistant.question import Question
from ketenwijzer.text import stems


def plan_definition(q: Question, units: list[Unit], ctx: PlanContext) -> Composition:
    """The defining sentence first, then at most two that qualify it: from its section, else
    sentences elsewhere that name the term and say something new (``naming``)."""
    # "De ketenmanager is de tweede bouwsteen … (paragraaf 3.2)" says where, not what: no definition
    defining = [
        u
        for u in units
        if ctx.definition is not None and ctx.definition.search(u.quote) and usable(u) and not signpost(u)
    ]
    if not defining:
        return plan_open(q, units, ctx)
    lead = max(defining, key=lambda u: u.score)
    comp = Composition()
    if lead.is_list:
        add_list_in_context(comp, lead, units, ctx)
    else:
        comp.add(lead)
    near = [u for u in units if u.section == lead.section and u is not lead]
    taken = {lead.order}
    qualifying = pick(
        units,
        near,
        QUALIFIERS,
        MAX_WORDS - lead.n_words,
        ctx.keep_ratio,
        taken=taken,
        antecedents=ctx.antecedents,
    )
    words = lead.n_words + sum(u.n_words for u in qualifying)
    said = lead.stems.union(*(u.stems for u in qualifying))
    candidates = sorted(naming(q, units, lead), key=lambda u: -u.score)
    best = candidates[0].score if candidates else 0.0
    for unit in candidates:
        if len(qualifying) >= QUALIFIERS or unit.score < ctx.keep_ratio * best:
            break
        if words + unit.n_words > MAX_WORDS or len(unit.stems - said) < NEW_SHARE * len(unit.stems):
            continue
        qualifying.append(unit)
        words += unit.n_words
        said |= unit.stems
    return _running(qualifying, comp)


QUALIFIERS = 2
"""Sentences after a definition at most: from its section, else sentences elsewhere that name the
defined term (``naming``)."""
NEW_SHARE = 0.5
"""A sentence from elsewhere joins a definition only when at least this share of its words is new:
"In de termen van Grijpink kan geen partner het 'ketenprobleem' zelfstandig oplossen" repeats the
definition of the ketenprobleem it would follow (nora n05)."""


def naming(q: Question, units: list[Unit], lead: Unit) -> list[Unit]:
    """Sentences outside the definition's section that name the defined term and stand alone: "Wat
    is een ketenkaart?" was answered by one sentence saying only that the dossier names it as a
    bouwsteen, while two sentences elsewhere said what it is for (new informal questions, eleventh
    session; ``tests/test_lead_rules.py``). Quotations are no such sentence (``QUOTE_MARKS``)."""
    term = frozenset(stems(q.focus))
    if not term:
        return []
    return [
        u
        for u in units
        if u.section != lead.section
        and u is not lead
        and not u.is_list
        and usable(u)
        and not signpost(u)
        and not refers_back(u.display)
        and not u.display.lstrip().startswith(QUOTE_MARKS)
        and term <= u.stems
    ]


QUOTE_MARKS = ("“", '"', "‘", "'", "„")
"""A quotation qualifies no definition: someone's words that mention the term ("Dan voel je wel de
druk van het dominante ketenprobleem") followed the definition of the ketenprobleem (nora n05)."""
