"""The example plan: an example that stands inside one item of a list leads, with the rest of its item.

"Geef een voorbeeld van het orkestratiemodel" was told the sources give none, while the GEMMA's list of the ways
'keten' is used ends the orchestration model's item with "Voorbeeld: Een proces vergunningverlening, waar advies van
een externe partij gevraagd wordt" (new informal follow-ups, forty-third session; ``tests/test_lead_rules.py``). Its
list scored as one unit under an introduction on 'keten', and the open plan never quoted the item. When exactly one
item names the thing asked and gives an example, the answer quotes that item sentence by sentence, the example first,
then what it exemplifies; otherwise the open plan answers.
"""

from __future__ import annotations

from assistant.coherence import is_question
from assistant.generators.composition import Composition, PlanContext, plan_open
from assistant.generators.example_nudges import EXAMPLE
from assistant.generators.examples import asked_thing, items_giving
from assistant.generators.units import Unit, usable
from assistant.question import Question
from ketenwijzer.text import sentences, stems


def example_item(thing: str, units: list[Unit]) -> tuple[Unit, str] | None:
    """The one list item that names ``thing`` and gives an example of it, with its unit; None if none or several."""
    asked = [t for t in stems(thing) if len(t) >= 4]
    if not asked:
        return None
    found = [
        (unit, item) for unit in units if unit.is_list and usable(unit) for item in items_giving(asked, unit)
    ]
    return found[0] if len(found) == 1 else None


def plan_example(q: Question, units: list[Unit], ctx: PlanContext) -> Composition:
    """The item that gives the example asked (``example_item``), its example sentence first; else the open plan."""
    found = example_item(asked_thing(q.text, q.focus), units)
    if found is None:
        return plan_open(q, units, ctx)
    unit, item = found
    parts = [p.strip() for p in sentences(item) if p.strip()]
    ordered = [p for p in parts if EXAMPLE.search(p)] + [p for p in parts if not EXAMPLE.search(p)]
    return _quoted(unit, ordered)


def _quoted(unit: Unit, parts: list[str]) -> Composition:
    """The sentences ``parts`` of one item of ``unit``, each its own cited claim, capitalised and closed."""
    comp = Composition()
    for part in parts:
        shown = part[:1].upper() + part[1:]
        shown = shown.rstrip(";,")
        comp.add(unit, shown if shown[-1:] in ".!?" else shown + ".", part)
    return comp


def item_naming(telling: list[str], units: list[Unit], question: str) -> tuple[Unit, str] | None:
    """The one long list item (``ITEM_ALONE_WORDS``) that names the question's rarest telling word
    (``PlanContext.said_telling``) when no sentence outside a list names it; None otherwise. "Heeft de veiligheidsketen één regisserende partij, of hoe is
    die keten georganiseerd?" opened with the GEMMA list's introduction on the word 'keten', the veiligheidsketen
    named only as the example of its third item (tuning a23, forty-fourth session; ``tests/test_lead_rules.py``)."""
    if not telling:
        return None
    word = telling[0]
    if word not in stems((sentences(question) or [question])[-1]):
        # a word of a scene told before the question is the reader's case, not what is asked ("Wij zijn een
        # kleine gemeente. Is ketensamenwerking wel iets voor ons?" was answered by the GEMMA's item on gemeenten)
        return None
    if any(not u.is_list and word in stems(u.display) for u in units):
        return None
    found = [
        (unit, item)
        for unit in units
        if unit.is_list and usable(unit)
        for item in unit.items
        if word in stems(item) and len(item.split()) >= ITEM_ALONE_WORDS and not is_question(item)
    ]
    return found[0] if len(found) == 1 else None


ITEM_ALONE_WORDS = 12
"""Words an item needs to answer alone (``item_naming``): a long item describes a thing of its own (the GEMMA's
kinds of chain); a short one ("de vraag wie wat betaalt") is one of an enumeration whose other items belong to the
answer (tuning p13, "Hoe zit het met geld? Wie betaalt wat in een keten?", lost "de verdeling van de baten …" and
answered "De vraag wie wat betaalt." alone)."""


def item_answer(found: tuple[Unit, str]) -> Composition:
    """The item ``found`` (``item_naming``) as the answer, sentence by sentence, each its own cited claim."""
    unit, item = found
    return _quoted(unit, [p.strip() for p in sentences(item) if p.strip()])
