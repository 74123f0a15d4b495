"""Things the corpus names by number ("pijler 3, vertrouwen tussen ketenpartners"), read off its text.

"Wat is pijler 3?" searched 'pijler' alone (a lone digit is no word) and was answered about pijler
7. The corpus itself says what each number stands for: "pijler 3, vertrouwen tussen
ketenpartners", "Pijler 3: vertrouwen tussen ketenpartners", "pijler 3 (vertrouwen tussen
ketenpartners)". Those names are collected once per index generation; a question's numbered
reference then searches the name too (``assistant.chain``), and the scorer lifts the sentences that
say the number asked and lowers those that give the same noun another number
(``assistant.generators.rules.favour_numbered``). Nothing here knows the word 'pijler'.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from ketenwijzer.text import fold

NUMBERED = re.compile(
    r"\b(?P<noun>[^\W\d_]{4,})\s+(?P<n>\d{1,2})(?:\s*[,:]\s*|\s*\(\s*)(?P<name>[^\W\d_][^,.;:()\n\[\]]{2,60}?)\s*(?=[,.;:)\n])",
    re.I,
)
"""A noun and a number followed by the name it stands for: after a comma, a colon or in brackets."""
ASKED = re.compile(r"\b(?P<noun>[^\W\d_]{4,})\s+(?P<n>\d{1,2})\b(?!\s*[.,]\d)", re.I)
"""A numbered reference in a question ("pijler 3"), not a section number ("paragraaf 2.4")."""


ORDINALS = tuple(re.findall(r"\w+", "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende"))
ORDINAL = re.compile(rf"\b(?:de|het)\s+(?P<ordinal>{'|'.join(ORDINALS)})\s+(?P<noun>[^\W\d_]{{4,}})", re.I)
"""A thing asked by its place ("het eerste ontwikkelstadium", "de derde pijler"): the same reference as
"stadium 1" or "pijler 3" when the texts number it so (new informal questions, eighteenth session)."""


STATED = re.compile(
    rf"\b(?:het|de)\s+(?P<name>[^\W\d_][\w-]{{3,40}})\s+(?:is|vormt)\s+(?:de|het)\s+"
    rf"(?P<ordinal>{'|'.join(ORDINALS)})\s+(?P<noun>[^\W\d_]{{4,}})",
    re.I,
)
"""A thing the texts place by an ordinal ("Het ketenbestuur is de eerste bouwsteen"): 'bouwsteen 1'
is the ketenbestuur ("Wat is de eerste bouwsteen?" was answered about building blocks in general;
new informal questions, twenty-second session; ``tests/test_lead_rules.py``)."""


def numbered_names(texts: Iterable[str]) -> dict[str, str]:
    """Folded "noun n" → the name the texts give it most often ('pijler 3' → 'vertrouwen tussen
    ketenpartners'); a reference the texts never name is absent."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for found in NUMBERED.finditer(text):
            key = f"{fold(found['noun'])} {found['n']}"
            seen[key][found["name"].strip().lower()] += 1
        for found in STATED.finditer(text):
            key = f"{fold(found['noun'])} {ORDINALS.index(found['ordinal'].lower()) + 1}"
            seen[key][found["name"].strip().lower()] += 1
    return {key: names.most_common(1)[0][0] for key, names in seen.items()}


def asks_number(question: str) -> bool:
    """The question refers to a thing by its number or its place (then ``numbered_names`` is read)."""
    return bool(ASKED.search(question) or ORDINAL.search(question))


def asked_numbers(question: str, names: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """The (folded noun, number) references a question makes ("Wat is pijler 3?" → ('pijler', '3')).

    With ``names`` (``numbered_names``), an ordinal before a noun counts too when the texts number
    that noun or the last part of it ("het eerste ontwikkelstadium" → ('stadium', '1'))."""
    found = [(fold(m["noun"]), m["n"]) for m in ASKED.finditer(question)]
    if names:
        nouns = {key.rsplit(" ", 1)[0] for key in names}
        for m in ORDINAL.finditer(question):
            n = str(ORDINALS.index(m["ordinal"].lower()) + 1)
            typed = fold(m["noun"])
            noun = next(
                (k for k in sorted(nouns, key=len, reverse=True) if typed.startswith(k) or typed.endswith(k)),
                None,
            )
            if noun is not None and f"{noun} {n}" in names:
                found.append((noun, n))
    return found
