"""The list plan: the complete list, every item's label intact, after what introduces it.

Split from ``composition.py`` (twenty-ninth session) when it passed 400 lines; the definition plan
uses ``add_list_in_context`` too.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.coherence import refers_back
from assistant.generators.antecedents import antecedent, unit_before
from assistant.generators.composition import BARE_LIST_YIELD, Composition, PlanContext, plan_open
from assistant.generators.enumerations import enumerates
from assistant.generators.units import Unit, usable
from assistant.neardomain import counted_noun, counts_as
from assistant.question import Question
from assistant.question_objects import listed_noun
from assistant.signposts import locates
from ketenwijzer.text import stems


def plan_list(q: Question, units: list[Unit], ctx: PlanContext) -> Composition:
    """The complete list, every item's label intact; open plan when no list answers."""
    lists = [u for u in units if u.is_list and usable(u)]
    best = max((u.score for u in units), default=0.0)
    if not lists:
        return plan_open(q, units, ctx)
    top = max(lists, key=lambda u: u.score)
    if top.score < 0.7 * best:
        return plan_open(q, units, ctx)
    if _silent_list(top, units) or _list_of_other(top, units, q.text):
        return plan_open(q, units, ctx)
    noun = counted_noun(q.text)
    if noun and any(not u.is_list and u.score > top.score and counts_as(noun, u.display) for u in units):
        # "Hoeveel bouwstenen …?": the sentence that gives the number beats a list without one
        # (``tests/test_abstention.py``, seventh session)
        return plan_open(q, units, ctx)
    enumerating = [u for u in units if not u.is_list and enumerates(u.display) and usable(u)]
    best_enumeration = max((u.score for u in enumerating), default=0.0)
    if best_enumeration > top.score or (not top.intro and best_enumeration >= BARE_LIST_YIELD * top.score):
        # a sentence that enumerates what is asked beats a list of something else, and nearly
        # as good a sentence beats a bare list without its introduction (it says what it lists)
        return plan_open(q, units, ctx)
    if top.intro and refers_back(top.intro) and (not ctx.antecedents or antecedent(top, units) is None):
        # an introduction that points back to nothing that can stand ("Dat brengt nieuwe dilemma's met zich mee."
        # after a story told in pronouns) is dropped, and its bullets with it: the answer was declined (new
        # informal questions, forty-fifth session; ``tests/test_coherence.py``)
        return plan_open(q, units, ctx)
    comp = Composition()
    before = unit_before(top, units) if not top.intro else None
    context = before is not None and usable(before) and not before.is_list and not locates(before.display)
    # the sentence before a bare list says what it lists (with what it points back to, if anything)
    if before is not None and context and _add_antecedent(comp, before, before.display, units, ctx):
        comp.add(before)
    add_list_in_context(comp, top, units, ctx)
    return comp


def _silent_list(top: Unit, units: Sequence[Unit]) -> bool:
    """The best list shares no word with the question, in itself or around it, and a sentence that does
    scores higher: that sentence answers, the list is about something else. "Wat zijn de valkuilen bij
    ketensturing?" listed what an inspiring chain goal does, under "Een valkuil is …" (new informal
    questions, thirty-eighth session; ``tests/test_lead_rules.py``)."""
    if top.signals is None or top.signals.own > 0 or top.signals.context > 0:
        return False
    return any(
        not u.is_list and u.signals is not None and u.signals.own > 0 and u.score > top.score and usable(u)
        for u in units
    )


def _list_of_other(top: Unit, units: Sequence[Unit], question: str) -> bool:
    """The best list never names the noun the question lists ('valkuilen'), and a sentence that does scores
    higher: that sentence answers, the list is of something else. "Wat zijn de valkuilen bij het opstellen van een
    ketendoelstelling?" listed what an inspiring chain goal does, sharing 'ketendoelstelling' with the question,
    under "Een valkuil is het belang van een breed gedragen ketendoelstelling te onderschatten" (new informal
    questions, forty-sixth session; ``tests/test_lead_rules.py``); ``_silent_list`` reads a list that shares no word."""
    noun = listed_noun(question)
    named = frozenset(stems(noun or ""))
    if not named or not named.isdisjoint(stems(" ".join((top.intro, *top.items)))):
        return False
    return any(
        not u.is_list and u.score > top.score and usable(u) and not named.isdisjoint(u.stems) for u in units
    )


def add_list_in_context(comp: Composition, unit: Unit, units: Sequence[Unit], ctx: PlanContext) -> None:
    """A list, after the sentence its introduction points back to ("Hij benoemde 5 veelal zachte
    factoren …:", "Toch wordt de term 'keten' op verschillende manieren gebruikt:"): without it the
    coherence rules drop the introduction and bare bullets open the answer (fifth session)."""
    if unit.intro:
        _add_antecedent(comp, unit, unit.intro, units, ctx)
    comp.add_list(unit)


def _add_antecedent(
    comp: Composition, unit: Unit, opening: str, units: Sequence[Unit], ctx: PlanContext
) -> bool:
    """When ``opening`` (the unit's first sentence) points back, add the sentence it points to.

    True when the unit may follow: it does not point back, or its antecedent is now in ``comp``.
    """
    if not refers_back(opening):
        return True
    first = antecedent(unit, units) if ctx.antecedents else None
    if first is None or first.is_list:
        return False
    comp.add(first)
    return True
