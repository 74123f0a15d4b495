"""Example questions' nudges: the sentence that gives or names an example, an instance of the kind asked, the qualified
thing an example is asked of. Split from ``nudges.py`` (forty-eighth session) when it passed 400 lines; behaviour
unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.coherence import refers_back
from assistant.generators.units import Unit, mentions
from ketenwijzer.text import stems

EXAMPLE = re.compile(
    r"\b(voorbeeld\w*|bijvoorbeeld|zoals|casus|illustre\w+|illustratie|example|for instance|illustrat\w+)\b"
    r"|^\W*Zo\s+(?:moet|moeten|kan|kunnen|wordt|worden|is|zijn|heeft|hebben|had|hadden|was|waren)\b",
    re.I,
)
"""A sentence that gives or names an example; 'Zo' before an auxiliary only ("Zo moeten organisaties in de
strafrechtketen …"; "Zo eindigde de middag …" and "Zo ontstaat de wil …" say 'thus', and the first led "Heb je een
voorbeeld van ketensamenwerking bij gemeenten?"; forty-eighth session). 'illustreert' too: "Ketens de baas illustreert de rol van vertrouwen met
… METRO"; forty-eighth session). Not 'in de praktijk': it says how things go, not which
case ("In de praktijk spreken we over 'de keten, ketenpartners, …'" led "Geef een voorbeeld van een
keten in de praktijk"; new informal questions, eighteenth session; ``tests/test_lead_rules.py``)."""


EXAMPLE_BONUS = 0.2
"""A sentence that gives or names an example (``EXAMPLE``; 0.15 before the forty-eighth session, when "heb je een
voorbeeld?" after trust opened with METRO's conclusion, 0.005 ahead of its introduction)."""
GIVEN_EXAMPLE = re.compile(
    r"\b(?:het|dit|dat|deze|this|that|the)\s+(?:[\w]+-)?voorbeeld\b|\b\w+-voorbeeld\b", re.I
)
"""An example named as one already given ("In het METRO-voorbeeld verving vertrouwen dus controle"): with a word
that points back, the sentence concludes the example and gets no example bonus; it opened the story before "Ketens
de baas illustreert de rol van vertrouwen met … METRO" (forty-eighth session, ``tests/test_lead_rules.py``).
"X en Y zijn voorbeelden van … die hierdoor …" still gives examples (tuning a11)."""
EXAMPLE_HEADING_BONUS = 0.3
"""A sentence under a heading that announces an example ("Het voorbeeld van de ketenkaart")."""


def nudge_example(units: list[Unit]) -> None:
    """Example questions: a section headed as an example, or a sentence naming one, comes first."""
    for unit in units:
        heading = " ".join(unit.section[1:])
        if EXAMPLE.search(heading):
            unit.score += EXAMPLE_HEADING_BONUS
        elif EXAMPLE.search(unit.display) and not (
            refers_back(unit.display) and GIVEN_EXAMPLE.search(unit.display)
        ):
            # a sentence that points back to the example it names concludes it (``GIVEN_EXAMPLE``)
            unit.score += EXAMPLE_BONUS
        if re.search(r"\b[A-Z]{2,}\b|\d", unit.display):
            unit.score += 0.03  # a named organisation or a figure: concrete


INSTANCE_BONUS = 0.3
"""An example asked of a kind of thing ("Geef een voorbeeld van een keten.") is answered by a sentence
naming one of that kind (and a section announcing an example of something else loses its heading's
bonus), a compound that ends in the word ('strafrechtketen', 'loonaangifteketen'),
not by "Ketens de baas gebruikt de ketenkaart als voorbeeld van een bouwsteen" (new informal
questions, sixteenth session; ``tests/test_lead_rules.py``)."""
INSTANCE_MIN = 4
"""Letters a compound needs before the asked word to name an instance of it ('justitie' + 'keten')."""


def names_instance(unit: Unit, asked: list[str]) -> bool:
    """The unit names an instance of an asked stem: a compound ending in it ('loonaangifteketen')."""
    return any(
        w.endswith(a) and len(w) - len(a) >= INSTANCE_MIN
        for w in stems(unit.intro or unit.display)
        for a in asked
    )


def favour_instances(thing: str, units: list[Unit]) -> None:
    """Example questions: lift the sentences that name an instance of ``thing`` (``INSTANCE_BONUS``)."""
    asked = [t for t in stems(thing) if len(t) >= 4]
    if not asked:
        return
    instances = [unit for unit in units if names_instance(unit, asked)]
    for unit in units:
        if unit in instances:
            unit.score += INSTANCE_BONUS
            continue
        heading = " ".join(unit.section[1:])
        if (
            instances
            and EXAMPLE.search(heading)
            and not any(w.endswith(a) for w in stems(heading) for a in asked)
        ):
            # with instances at hand, the example of another thing yields ("Het voorbeeld van de
            # ketenkaart", a building block, for "Geef een voorbeeld van een keten in de praktijk";
            # eighteenth session); a concept without instances ('vertrouwen') keeps its example
            unit.score -= EXAMPLE_HEADING_BONUS


QUALIFIED_BONUS = 0.3
"""Added to a sentence that says how the thing an example is asked of is qualified (``favour_qualified``)."""


def favour_qualified(thing: str, qualifier: str, units: list[Unit], telling: Callable[[str], bool]) -> None:
    """Example questions of a qualified thing ("een keten die vastloopt", "een mislukte keten",
    ``question_objects.example_qualified``): lift the sentences that say a word of the ``qualifier`` (``telling``:
    no word of every passage). "Geef een voorbeeld van een keten die vastloopt" led with the ketenkaart, an example of a building
    block, before the estafettemodel that "gewoon vastloopt" (new informal questions, forty-first session;
    ``tests/test_lead_rules.py``)."""
    own = set(stems(thing))
    if not own:
        return
    qualifiers = {t for t in stems(qualifier) if t not in own and len(t) >= 4 and telling(t)}
    if not qualifiers:
        return
    for unit in units:
        if any(mentions(unit.stems, t) for t in qualifiers):
            unit.score += QUALIFIED_BONUS
