"""A compound the sources never define, answered by the definition of its first part that names its head.

"Wat is ketensamenwerking?" led with "Ketensamenwerking kan een sterk middel zijn …", what it can do: no
sentence of the corpus says what ketensamenwerking is, but the dossier's "Een keten is … een
samenwerkingsverband van organisaties …" says what cooperation in a chain is (new informal questions,
forty-fourth session; ``tests/test_definitions.py``). The first part is one of the corpus's own compound
modifiers (``ketenwijzer.compounds.compound_modifiers``), never a word written down here; the defining
sentence must name the head ('samenwerk…'), else "De keten is en blijft zo sterk als de zwakste schakel"
would define ketensamenwerking. A note says the sources define the part, not the whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.generators.defining import definition_of
from ketenwijzer.text import stems, words

HEAD_LETTERS = 4
"""Letters a compound keeps after its first part, as ``compound_stems`` splits it: 'ketens' is no compound."""


@dataclass(frozen=True)
class PartDefinition:
    """The term asked ('ketensamenwerking'), its first part ('keten'), its head ('samenwerking') and the pattern
    of a sentence that defines the part."""

    term: str
    part: str
    head: str
    pattern: re.Pattern[str]

    def defines(self, sentence: str, names: re.Pattern[str] | None = None) -> bool:
        """Whether ``sentence`` defines the first part and names the head ("Een keten is … een
        samenwerkingsverband …"): a word that begins with the head as written, or has its stem. A source's name
        (``names``) is no subject: "Ketens de baas stelt dat ketensturing meer is …" defines no 'keten'."""
        plain = " ".join(names.sub(" ", sentence).split()) if names is not None else sentence
        if not self.pattern.search(plain):
            return False
        head_stem = stems(self.head)
        return any(w.startswith(self.head) or stems(w) == head_stem for w in words(plain.lower()))


def part_definition(term: str, modifiers: Iterable[str]) -> PartDefinition | None:
    """For a one-word compound term that begins with one of the corpus's compound ``modifiers``, what defines
    it through its first part; None for any other term."""
    found = words(term.lower())
    if len(found) != 1:
        return None
    word = found[0]
    for part in sorted(modifiers, key=len, reverse=True):
        head = word[len(part) :]
        if not word.startswith(part) or len(head) < HEAD_LETTERS:
            continue
        pattern = definition_of(part)
        if len(stems(head)) != 1 or pattern is None:
            return None
        return PartDefinition(word, part, head, pattern)
    return None


NOTE = {
    "nl": "(De bronnen definiëren ‘{term}’ niet; wel wat een {part} is.)",
    "en": "(The sources do not define ‘{term}’; they do say what a ‘{part}’ is.)",
}
"""Said before a definition of the first part: the reader asked for the whole."""
