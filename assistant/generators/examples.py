"""Example questions: whether the passages hold an example of what is asked.

"Geef een voorbeeld van een ketenregisseur" was answered with "De ketenregisseur is de vierde
bouwsteen …" and the ketenkaart, the example of another thing, as if that were the example asked
for (new informal questions, nineteenth session). When no passage gives one, the answer says so
before what the sources do say, as a definition question says that no source defines its term.
"""

from __future__ import annotations

import re

from assistant.brackets import carried
from assistant.generators.example_nudges import EXAMPLE, names_instance
from assistant.generators.units import Unit, mentions
from assistant.glossary import dutch_term
from assistant.question_objects import example_object
from ingest.numbered import ASKED
from ketenwijzer.compounds import compound_stems
from ketenwijzer.stopwords import STOPWORDS
from ketenwijzer.text import stems

NO_EXAMPLE = {
    "nl": "(De bronnen geven geen voorbeeld van ‘{thing}’; wel zeggen ze het volgende.)",
    "en": "(The sources give no example of ‘{thing}’; this is what they say.)",
}
"""Said before the quotes when no passage gives an example of the thing asked."""
NO_EXAMPLE_HERE = {
    "nl": "(De bronnen geven hier geen concreet voorbeeld van; wel zeggen ze het volgende.)",
    "en": "(The sources give no concrete example of this; this is what they say.)",
}
"""The same of a follow-up's carried topic of several words, which reads badly quoted."""


def asked_thing(question: str, focus: str) -> str:
    """What an example is asked of: the noun after 'voorbeeld van', else a one-word focus ("Heb je
    een voorbeeld? (ketenregisseur)", a follow-up); '' when the question names no one thing."""
    thing = example_object(question)
    if thing:
        return thing
    numbered = ASKED.search(question)
    if numbered:
        # "geef een voorbeeld (pijler 8)": the numbered thing, not every 'pijler' (twenty-sixth session)
        return f"{numbered['noun']} {numbered['n']}"
    if len(focus.split()) == 1:
        return focus
    # a follow-up asks an example of the topic it carries, whole ("Geef een voorbeeld" after "Waarom
    # mislukken ketens?" repeated the cause as if it were an example; thirty-eighth session)
    return focus if _bare_request(question) else ""


_REQUEST_WORDS = frozenset(
    [
        "geef",
        "geven",
        "noem",
        "noemen",
        "heb",
        "hebt",
        "heeft",
        "hebben",
        "ken",
        "weet",
        "eens",
        "nog",
        "even",
        "mij",
        "me",
    ]
)


def _bare_request(question: str) -> bool:
    """A follow-up that asks only for an example of the topic it carries ("Geef een voorbeeld", "Heb je een
    voorbeeld?"): the words it typed are request words, stopwords and the word for an example."""
    found = carried(question)
    if found is None:
        return False
    typed = [w.lower() for w in re.findall(r"[^\W\d_]+", found.asked)]
    return all(w in STOPWORDS or w in _REQUEST_WORDS or EXAMPLE.fullmatch(w) for w in typed)


def gives_example(thing: str, units: list[Unit], topic: bool = False) -> bool:
    """Some unit names an instance of ``thing`` (a compound ending in it, 'loonaangifteketen'), or
    names the thing and gives or announces an example of it (``example_nudges.EXAMPLE``, in its text or its
    section's heading). A carried ``topic`` of several words is named by any of its words: "heb je een
    voorbeeld?" after "Hoe bouw je vertrouwen op?" (topic 'opbouwen vertrouwen') was told there is no
    example before METRO's, the dossier's example of trust (forty-eighth session, ``tests/test_lead_rules.py``)."""
    asked = [t for t in stems(thing) if len(t) >= 4]
    if not asked:
        return True  # nothing to check it against: say nothing
    numbered = ASKED.fullmatch(thing)
    if numbered:
        # a numbered thing is named with its number ("pijler 8"), as the answer's example must be
        said = re.compile(rf"\b{re.escape(numbered['noun'])}\s+{numbered['n']}\b", re.I)
        return any(said.search(u.display) and EXAMPLE.search(u.display) for u in units)
    for unit in units:
        if names_instance(unit, asked):
            return True
        heading = " ".join(unit.section[1:])
        named = (any if topic else all)(mentions(unit.stems, a) for a in asked)
        if named and (EXAMPLE.search(unit.display) or EXAMPLE.search(heading)):
            return True
        if items_giving(asked, unit):
            return True
    return False


def items_giving(asked: list[str], unit: Unit) -> list[str]:
    """The items of ``unit``'s list that name every stem ``asked`` and give an example ("… Met spreekt wel van het
    orkestratiemodel. Voorbeeld: Een proces vergunningverlening …"; forty-third session)."""
    return [
        item
        for item in unit.items
        if EXAMPLE.search(item) and all(mentions(frozenset(compound_stems(item)), a) for a in asked)
    ]


def example_note(question: str, focus: str, units: list[Unit], language: str) -> str:
    """``NO_EXAMPLE`` for an example question whose passages give none of the thing asked, else ''."""
    thing = asked_thing(question, focus)
    # an English thing is looked for in its Dutch words ('chain' → 'keten': "Give an example of a
    # chain." was told there is none beside the loonaangifteketen; twentieth session)
    if language == "en" and thing:
        vocabulary = frozenset().union(*(u.stems for u in units))
        found = dutch_term(thing, vocabulary) or thing
    else:
        found = thing
    topic = len(thing.split()) > 1 and not ASKED.fullmatch(thing) and _bare_request(question)
    if (
        not thing
        or gives_example(found, units, topic)
        or any(gives_example(head, units) for head in _heads(found, units))
    ):
        return ""
    if topic:
        return NO_EXAMPLE_HERE.get(language, NO_EXAMPLE_HERE["nl"])
    return NO_EXAMPLE.get(language, NO_EXAMPLE["nl"]).format(thing=thing)


def _heads(thing: str, units: list[Unit]) -> list[str]:
    """The heads of ``thing``'s compounds on the corpus's modifiers ('ketenbouwsteen' → 'bouwsteen'): an example
    of the head is one of the compound ("Heb je een voorbeeld van een ketenbouwsteen?" was told there is none,
    while the dossier gives the ketenkaart as an example of a bouwsteen; forty-first session,
    ``tests/test_lead_rules.py``). Only of a thing the passages never name whole."""
    if len(thing.split()) != 1:
        return []
    own = set(stems(thing))
    if any(t in u.stems for u in units for t in own):
        return []  # a thing the passages name has examples of its own, or none ("ketenregisseur": no 'regisseur')
    return [head for head in compound_stems(thing) if head not in own and len(head) >= 5]
