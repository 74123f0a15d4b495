"""Demonstratives: a sentence that names the asked thing only as 'die keten' speaks of one instance of it.

"Dan heb je die keten gefaciliteerd." names 'keten', but 'die' points back to a chain the text set up a sentence
before: the sentence is about that one case, not about what the question asks of chains in general. It led "Wat zegt
Be Informed over ketens?" ahead of "Niet in statische ketens, maar in dynamische netwerken." (new informal questions,
fifty-fourth session; ``tests/test_publication_views.py``). Such a sentence waits (``POINTED_WAIT``); when it is chosen, the
sentence it points back to comes with it as before (``antecedents.py``). The words are Dutch and English grammar.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.generators.units import Unit
from ketenwijzer.text import stems

DEMONSTRATIVES = frozenset({"die", "deze", "dit", "diezelfde", "dezelfde", "this", "these", "those"})
"""Determiners that point back to a thing the text named before. Not 'dat' and 'that', which mostly join a clause:
"Uit onderzoek … blijkt dat ketensamenwerking … helpt" lost its lead of "Wat levert ketensamenwerking eigenlijk op?"."""

POINTED_WAIT = 0.15
"""What a sentence loses that names every asked word only after a demonstrative (``pointed_back``)."""

_WORD = re.compile(r"[\w-]+")


def pointed_back(text: str, asked: Iterable[str]) -> bool:
    """Every word of ``text`` whose stem is asked follows a demonstrative, there is at least one, and no compound
    names an asked word besides: "… in het vertrouwen dat die partner professioneel handelt" also speaks of
    'ketenpartners' ("Er is veel wantrouwen tussen de partners. Waar begin ik?")."""
    wanted = frozenset(asked)
    words = _WORD.findall(text)
    hits = [i for i, w in enumerate(words) if set(stems(w)) & wanted]
    if not hits or not all(_points(words, i) for i in hits):
        return False
    named = wanted | {words[i].lower() for i in hits}
    folded = [w.lower() for i, w in enumerate(words) if i not in hits]
    return not any(t in w for t in named for w in folded)


def yield_pointed_back(units: list[Unit], asked: Iterable[str]) -> None:
    """Lower the sentences that name the asked words only after a demonstrative (see the module docstring)."""
    terms = frozenset(asked)
    if not terms:
        return
    for unit in units:
        if not unit.is_list and unit.stems & terms and pointed_back(unit.display, terms):
            unit.score -= POINTED_WAIT


def _points(words: list[str], i: int) -> bool:
    """The word before ``words[i]`` is a demonstrative. 'die' after a content word is a relative pronoun
    ("Organisaties die samenwerken …"), a demonstrative only at the start or after a function word ("Dan heb je die
    keten …", "… dat die partner …"): a word ``stems`` drops."""
    if i == 0 or words[i - 1].lower() not in DEMONSTRATIVES:
        return False
    return words[i - 1].lower() != "die" or i == 1 or not stems(words[i - 2])
