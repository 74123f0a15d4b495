"""The comparison plan: one labelled part per side, each opened by the sentence that names it.

Split from ``composition.py`` (the other plans and the helpers they share live there).
"""

from __future__ import annotations

import re

from assistant.coherence import refers_back
from assistant.generators.antecedents import keep_pairs, unit_before
from assistant.generators.base import UNSOURCED, DraftSentence
from assistant.generators.composition import (
    MAX_WORDS,
    Composition,
    PlanContext,
    pick,
    plan_open,
    reading_order,
    signpost,
)
from assistant.generators.defining import definition_of
from assistant.generators.item_sides import compose_items, items_per_side
from assistant.generators.opening_notes import judged_word
from assistant.generators.relations import (
    agreement_lead,
    naming_both,
    passing_item,
    relation_lead,
)
from assistant.generators.rules import unnamed_stems
from assistant.generators.side_rules import (
    COMPOUND_START_SHARE,
    OTHER_SIDE_PENALTY,
    PARALLEL_BONUS,
    SIDE_DEFINITION_BONUS,
    SIDE_INSTANCE_PENALTY,
    SIDE_PART_DEFINITION_BONUS,
    SIDE_SUBJECT_BONUS,
    SIDE_TELLING_BONUS,
    SIDE_TERM_BONUS,
    STANCE_BONUS,
    about_other_side,
    defines_by_part,
    holds_one_word,
    items_on,
    names_as_head,
    numbered_instance,
    opens_with,
    parallel,
    side_part_definition,
    side_words,
    stance_words,
)
from assistant.generators.units import Unit, mentions, usable
from assistant.glossary import dutch_term
from assistant.question import Question
from ketenwijzer.compounds import compound_stems

SIDE_SENTENCES = 2
"""Sentences per side at most."""


def side_sentences(n_sides: int, max_sentences: int) -> int:
    """Sentences per side: ``SIDE_SENTENCES``, fewer when the answer may hold fewer in all ("Kun je
    dat korter zeggen?" after a comparison gave the same four sentences; new informal questions,
    fourteenth session; ``tests/test_comparison_rules.py``), never none."""
    return max(1, min(SIDE_SENTENCES, max_sentences // max(1, n_sides)))


def plan_comparison(q: Question, units: list[Unit], ctx: PlanContext) -> Composition:
    """One labelled part per side, each opened by its best sentence.

    A generated "both sides say X" line was tried and dropped: the words two quotes share are
    seldom the point they share, and such a line is no quote (citation precision fell below 1).
    A side whose own passages say nothing on the subject, but which another side's quote names,
    shares that quote's label ("**Estafettemodel en Orkestratiemodel**": one list defines both)
    instead of a note that the passages say nothing about it. Bare bullets (a list without its
    introduction) are no side's answer: under a side's label they say nowhere what they list.
    """
    n_sides = max([*(ctx.unit_side or ctx.side_of).values(), *ctx.term_side.values()], default=-1) + 1
    if any(side.person for side in q.sides):
        # a person who says nothing on it is a side too, with the note that says so
        n_sides = max(n_sides, len(q.sides))
    if n_sides < 2:
        return plan_open(q, units, ctx)
    taken: set[int] = set()
    labels = [ctx.labels[i] if i < len(ctx.labels) else f"Kant {i + 1}" for i in range(n_sides)]
    split = items_per_side(units, labels, ctx) if q.kind == "comparison" and not q.sources else None
    if split is not None:
        # one list defines every side, each by an item of its own (``item_sides``)
        return compose_items(split, labels)
    # how two concepts relate opens with a sentence naming both (``relations.relation_lead``)
    relation = None if q.sources else relation_lead(q.text, units, ctx.side_terms, ctx.names)
    if relation is not None:
        taken.add(relation.order)
    # two people of one source asked whether they agree: the sentence that says so leads (``agreement_lead``)
    agreeing = agreement_lead(q, units) if relation is None else []
    taken.update(u.order for u in agreeing)
    parts: list[list[Unit] | None] = []
    """Per side its chosen units; None: silent (it has passages, none on the subject)."""
    first_lead: Unit | None = None
    """The first side's lead: later sides prefer a sentence parallel to it."""
    word_stems: dict[int, list[frozenset[str]]] = {}
    # sources judged by a stance ("Wie is kritischer …?"): each side's sentences taking it (``side_rules.STANCES``)
    stance = stance_words(judged_word(q.text)) if len(q.sources) >= 2 else None
    for side in range(n_sides):
        own = [
            u
            for u in units
            if ctx.side(u) == side
            and not signpost(u)
            and not (u.is_list and not u.intro)
            and not passing_item(u, ctx.side_terms[side] if side < len(ctx.side_terms) else frozenset())
        ]
        terms = ctx.side_terms[side] if side < len(ctx.side_terms) else frozenset()
        # an English side is defined in the corpus's word ('Chain' → 'keten'): "what is the difference
        # between chain and network?" opened **Chain** with "Ketens zijn al lastig … te definiëren"
        # (new informal follow-ups, thirtieth session)
        term = (dutch_term(labels[side], ()) or labels[side]) if ctx.language == "en" else labels[side]
        defines = definition_of(term) if q.kind == "comparison" and not q.sources else None
        by_part = side_part_definition(term, own, defines, ctx.modifiers)
        others = [t for i, ts in enumerate(ctx.side_terms) if i != side for t in ts]
        for unit in own:
            if terms and any(mentions(unit.stems, t) for t in terms) and not refers_back(unit.display):
                head = any(names_as_head(unit.stems, t) for t in terms)
                unit.score += SIDE_TERM_BONUS if head else SIDE_TERM_BONUS * COMPOUND_START_SHARE
            if others and about_other_side(unit, terms, others, word_stems):
                unit.score -= OTHER_SIDE_PENALTY
            if defines is not None and defines.search(unit.quote):
                unit.score += SIDE_DEFINITION_BONUS
            if by_part is not None and defines_by_part(unit.quote, by_part, ctx.names):
                unit.score += SIDE_PART_DEFINITION_BONUS
            if terms and opens_with(unit, terms, ctx.names):
                unit.score += SIDE_SUBJECT_BONUS
            if defines is not None and numbered_instance(unit.display, term):
                unit.score -= SIDE_INSTANCE_PENALTY
            if first_lead is not None and not q.sources:
                unit.score += PARALLEL_BONUS * parallel(unit, first_lead, ctx.side_terms)
            if q.perspectives and ctx.telling and mentions(unit.stems, ctx.telling[0]):
                unit.score += SIDE_TELLING_BONUS
            if stance is not None and stance.search(unit.quote):
                unit.score += STANCE_BONUS
        chosen = pick(
            units,
            own,
            side_sentences(n_sides, ctx.max_sentences),
            MAX_WORDS // 2,
            ctx.keep_ratio,
            taken=taken,
            antecedents=ctx.antecedents,
        )
        if first_lead is None and chosen:
            first_lead = max(chosen, key=lambda u: u.score)
        # sources compared on a subject: a side off it shares at most a corpus-wide word with the
        # question; a concept side is its own subject, however common its word ('keten')
        least = OFF_SUBJECT_OWN if len(q.sources) >= 2 else 0.0
        # concepts compared by name: a source's side is judged on its subject as before
        concept = not q.sources and not q.perspectives and side < len(q.sides) and not q.sides[side].doc_ids
        named_by = (
            side_words(labels[side], [label for i, label in enumerate(labels) if i != side])
            if ctx.language == "nl" and concept
            else []
        )
        off_subject = not q.views_only and all(
            u.signals is not None
            and (u.signals.own <= least or holds_one_word(u, named_by))
            and not u.signals.definition
            for u in chosen
        )
        if not chosen or off_subject:
            pointer = named_pointer(units, side, terms, defines, ctx, named_by)
            if pointer is not None:
                parts.append([pointer])
                continue
        # say so rather than quote what this side says about something else
        person = side < len(q.sides) and q.sides[side].person
        parts.append(None if (own or person) and not chosen or off_subject else chosen)
    joined = " en " if ctx.language != "en" else " and "
    relation_label = joined.join(labels[:n_sides])
    relating: set[int] = set()
    """The sentences that name a silent side beside a shown one (``naming_both``): they lead."""
    for side, part in enumerate(parts):
        terms = ctx.side_terms[side] if side < len(ctx.side_terms) else frozenset()
        if part is not None or not terms:
            continue
        if relation is not None and any(mentions(relation.stems, t) for t in terms):
            parts[side] = []  # the sentence relating the sides speaks for it
            continue
        for other, shown in enumerate(parts):
            if shown and any(mentions(u.stems, t) for u in shown for t in terms):
                labels[other] = f"{labels[other]}{joined}{labels[side]}"
                parts[side] = []
                break
        else:
            both = naming_both(units, side, parts, ctx.side_terms, taken, ctx.names)
            if both is not None:
                other, unit = both
                parts[other] = [unit, *(parts[other] or [])]
                relating.add(unit.order)
                labels[other] = f"{labels[other]}{joined}{labels[side]}"
                parts[side] = []
    order = list(range(n_sides))
    if q.perspectives:
        # sources found, not named: the one that answers best speaks first (the lead answers)
        order.sort(key=lambda i: -max((u.score for u in parts[i] or []), default=-1.0))
    subject = (
        frozenset(compound_stems(q.focus)) - frozenset().union(*ctx.side_terms) if q.focus else frozenset()
    )
    comp = Composition()
    if relation is not None:
        comp.add(relation, label=relation_label)
    for i, unit in enumerate(agreeing):
        comp.add(unit, label=relation_label if i == 0 else None)
    for side in order:
        part = parts[side]
        if part is None:
            comp.sentences.append(DraftSentence(f"**{labels[side]}**: {SILENT[ctx.language]}", UNSOURCED, ""))
            continue
        if not part:
            continue
        first = True
        lead = max(part, key=lambda u: (u.order in relating, u.score))
        if refers_back(lead.display):
            lead = unit_before(lead, units) or lead
        for unit in keep_pairs(reading_order(part, lead), units):
            if unit.is_list:
                comp.add_list(unit, label=labels[side] if first else None, items=items_on(unit, subject))
            else:
                comp.add(unit, label=labels[side] if first else None)
            first = False
    return comp


def named_pointer(
    units: list[Unit],
    side: int,
    terms: frozenset[str],
    defines: re.Pattern[str] | None,
    ctx: PlanContext,
    named_by: list[str] | None = None,
) -> Unit | None:
    """A side whose passages name it only in signposts ("De ketenregisseur is de vierde bouwsteen
    voor ketensturing die Ketens de baas beschrijft (paragraaf 3.4 …)") is represented by the one
    that says most what it is, not by a note that the passages say nothing: the reader learns
    that the sources name it, as what, and where ("Wat is het verschil tussen een ketenmanager en
    een ketenregisseur?", comparison c02; eleventh session; ``tests/test_comparison_rules.py``). So is a side they
    name only as one item of an enumeration: "Is een fusie beter dan een keten?" said the passages say nothing on the
    fusie, which the continuum names as its heaviest form (forty-eighth session)."""
    named = [
        u
        for u in units
        if ctx.side(u) == side
        and (signpost(u) or (passing_item(u, terms) and not _names_another(u, side, ctx)))
        and usable(u)
        and not u.is_list
        and terms
        and any(mentions(u.stems, t) for t in terms)
        and not holds_one_word(u, named_by or [])
    ]
    return max(
        named,
        key=lambda u: (defines is not None and bool(defines.search(u.quote)), len(u.stems)),
        default=None,
    )


def _names_another(unit: Unit, side: int, ctx: PlanContext) -> bool:
    """``unit`` names another side's words too (a source's name aside): the sentence naming both speaks for both sides
    (``relations.naming_both``), as "Ketens de baas noemt in het continuüm vijf organisatievormen …" does for the
    convenant and the joint venture."""
    said = unnamed_stems(unit, ctx.names)
    return any(mentions(said, t) for i, terms in enumerate(ctx.side_terms) if i != side for t in terms)


OFF_SUBJECT_OWN = 0.1
"""For sources compared on a subject, a side whose chosen sentences carry at most this share of the question's weighted words says
nothing on the subject: only a word every source uses ('keten'). "Hoe kijken ICTU en Morgens naar
de ambitie van een keten?" quoted three ICTU sentences without 'ambitie' (the article never uses
it); now the side says the passages say nothing on it (new informal questions, eighteenth session;
``tests/test_comparison_rules.py``)."""

SILENT = {
    "nl": "(de gevonden passages zeggen hier niets over)",
    "en": "(the passages found say nothing about it)",
}
"""A comparison side whose passages do not touch the question's subject: a note, not quotes."""
