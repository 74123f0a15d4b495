"""Two concepts compared that one list defines, each by an item of its own: each side is its item.

"Wat is het verschil tussen het estafettemodel en het orkestratiemodel?" gave one side, "**Estafettemodel en
Orkestratiemodel**", opened by the list's introduction ("In de praktijk spreken we over …") with all three kinds
of chain below it: the reader had to find the two asked among them (new informal questions, forty-fourth
session; ``tests/test_comparison_rules.py``). Each item that defines one side ("… Men spreekt wel van het
estafettemodel") now answers for that side, under its label, sentence by sentence.
"""

from __future__ import annotations

from assistant.generators.composition import Composition, PlanContext
from assistant.generators.defining import definition_of
from assistant.generators.units import Unit, item_claims
from assistant.glossary import dutch_term


def items_per_side(units: list[Unit], labels: list[str], ctx: PlanContext) -> list[tuple[Unit, str]] | None:
    """Per side, the list and the one item of it that defines that side's term, when one list has a different
    such item for every side; None otherwise."""
    terms = [(dutch_term(label, ()) or label) if ctx.language == "en" else label for label in labels]
    patterns = [definition_of(term) for term in terms]
    if len(patterns) < 2 or any(p is None for p in patterns):
        return None
    for unit in units:
        if not unit.is_list:
            continue
        found: list[str] = []
        for pattern in patterns:
            defining = [item for item in unit.items if pattern is not None and pattern.search(item)]
            if len(defining) != 1 or defining[0] in found:
                break
            found.append(defining[0])
        else:
            return [(unit, item) for item in found]
    return None


def compose_items(split: list[tuple[Unit, str]], labels: list[str]) -> Composition:
    """Each side's item under its label, each sentence of it its own cited claim."""
    comp = Composition()
    for label, (unit, item) in zip(labels, split, strict=False):
        for i, (shown, part) in enumerate(item_claims(item)):
            comp.add(unit, shown, part, label=label if i == 0 else None)
    return comp
