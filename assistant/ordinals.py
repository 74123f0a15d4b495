"""What a follow-up points at in the earlier answers: an ordinal into a list ("die tweede pijler").

``conversation.py`` makes a follow-up standalone; this module reads the previous answers for it:
their list items (Markdown bullets, or an enumeration after a colon), the item an ordinal names,
and the question back to a reader whose ordinal points into no list.
"""

from __future__ import annotations

import re

from assistant.verbs import PARTICLES
from ingest.numbered import ASKED
from ingest.numbered import ORDINALS as PLACES

ORDINALS = {
    "eerste": 1,
    "tweede": 2,
    "derde": 3,
    "vierde": 4,
    "vijfde": 5,
    "zesde": 6,
    "zevende": 7,
    "achtste": 8,
    "negende": 9,
    "tiende": 10,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "laatste": -1,
    "last": -1,
}
# "die tweede pijler", "het derde punt", "the second one": an ordinal pointing into the last answer.
ORDINAL_REF = re.compile(
    r"\b(?:die|de|het|dat|deze|this|that|the)\s+(?P<ord>"
    + "|".join(ORDINALS)
    + r")\b(?:\s+(?!(?:van|of|"
    + "|".join(sorted(PARTICLES))
    + r")\b)[\w-]+)?",
    re.I,
)
_MARKER = re.compile(r"\s*\[\d+\]")

ASKED_BY_PLACE = re.compile(
    r"^\W*(?:en\s+|and\s+)?(?:wat|welke|what|which)\s+(?:is|zijn|was|were|are)\s+(?:de|het|the)\s+(?:"
    + "|".join(ORDINALS)
    + r")\b",
    re.I,
)
"""A question that asks a thing by its place ("Wat is het tweede stadium?", "Wat is de derde pijler?") asks which one
it is, not what the noun means: it was told "De bronnen definiëren ‘stadium’ niet" before the stadium it asked
(new informal questions, fifty-fourth session; ``tests/test_definitions.py``)."""


_INLINE = re.compile(r":\s*(?P<items>[^:.;]+?,[^:.;]+?\s(?:en|of|and|or)\s[^:.;]+?)\s*(?:\[\d+\])?\s*[.;]")
"""'… vier besturingsdimensies: de culturele, de relationele, de procedurele en de inhoudelijke.'"""


def list_items(answer: str) -> list[str]:
    """The items of an earlier answer: its Markdown ``- `` bullets, else the first enumeration
    written in a sentence after a colon ("a, b, c en d"); markers removed."""
    items = [line[2:].strip() for line in answer.splitlines() if line.startswith("- ")]
    if not items:
        return inline_items(answer)
    return [_MARKER.sub("", item).strip() for item in items if item.strip()]


def inline_items(answer: str) -> list[str]:
    """The first enumeration an answer writes in a sentence after a colon ("a, b en c"); markers removed."""
    inline = _INLINE.search(_MARKER.sub("", answer))
    items = _numbered_joined(enumerated(inline.group("items"))) if inline else []
    return [item.strip() for item in items if item.strip()]


def enumerated(text: str) -> list[str]:
    """The items of "a, b en c": split at the commas, and the last part at its first 'en' / 'of'
    (the last item may hold one: "kennis van de keten en een eenduidige en inspirerende …").

    An item may hold an 'en' of its own: "angst voor verlies aan macht en autonomie, opgelegde
    samenwerking en een te hoge doelstelling" has three items; split at every 'en', "Hoe pak ik de
    eerste aan?" asked about "angst voor verlies aan macht" (thirteenth session)."""
    parts = [re.sub(r"^(?:en|of|and|or)\s+", "", p.strip()) for p in re.split(r",\s*", text)]
    last = re.split(r"\s+(?:en|of|and|or)\s+", parts[-1], maxsplit=1)
    return [p for p in parts[:-1] + last if p]


def _numbered_joined(items: list[str]) -> list[str]:
    """An item that is only a number reference ("pijler 1") joined to the name after it."""
    out: list[str] = []
    for item in (i for i in items if i):
        if out and NUMBERED.fullmatch(out[-1]) and not NUMBERED.fullmatch(item):
            out[-1] = f"{out[-1]}, {item}"
        else:
            out.append(item)
    return out


NUMBERED = re.compile(r"[^\W\d_]+\s+\d+[a-z]?", re.I)
"""A reference by number ("pijler 1", "stap 2"): an item opening with one names itself after it
("Leg de eerste eens uit" after "… twee pijlers: pijler 1, mindset gericht op ketensamenwerking, en
pijler 2, …" asked "Leg pijler 1 uit" and got the list of all eight; thirteenth session)."""


def item_label(item: str) -> str:
    """An item's name: up to its first colon, dash or comma (the label a reader refers to).

    Quotation marks (an English answer quotes each item) and a remark in brackets go: "explain
    the third one" after “Procedurele dimensie (orde of chaos): …” became a question whose
    bracket read as the conversation's topic, and it was declined (eighth session;
    ``tests/test_question.py``)."""
    item = item.strip().strip("“”\"'‘’„")
    # a section number is no name: "3.3 Het lijnmanagement" asked "Wat doet 3.3 Het lijnmanagement?"
    item = re.sub(r"^\d+(?:\.\d+)+\.?\s+", "", item)
    parts = re.split(r"[:;]|\s[–-]\s|,\s", item)
    head = parts[0].strip(" .*“”\"'‘’„")
    if NUMBERED.fullmatch(head) and len(parts) > 1 and parts[1].strip():
        # "pijler 1, mindset gericht op ketensamenwerking": the number is no name
        head = parts[1].strip(" .*“”\"'‘’„")
    head = re.sub(r"\s*\([^()]*\)\s*$", "", head).strip()
    return head if 0 < len(head.split()) <= 12 else " ".join(item.split()[:12])


LIST_TURNS_BACK = 3
"""How many answers back an ordinal may point: "leg de derde eens uit" after a list, then "en de
vijfde?" after the answer on the third item still means the list (new informal follow-ups,
fourth session; ``tests/test_question.py``)."""


def last_list(answers: list[str], n: int, noun: str = "") -> list[str]:
    """The items of the most recent of ``answers`` with a list of at least ``n`` items (any, for
    the last: ``n`` 0), at most ``LIST_TURNS_BACK`` answers back; with the ``noun`` the ordinal names, the most
    recent that names it (``names_noun``).

    An answer's bullets come first; when they are too few, the enumeration its opening sentence
    writes counts too ("Explain the fifth one" after the eight pillars in a sentence and the four
    dimensions as bullets was declined; thirteenth session)."""
    for answer in reversed(answers[-LIST_TURNS_BACK:]):
        if noun and not names_noun(answer, noun):
            continue
        for items in (list_items(answer), inline_items(answer)):
            if items and len(items) >= n:
                return items
    return []


NOUN_KEPT = 2
"""Letters a noun may lose at its end and still be named ('stadium' by 'ontwikkelstadia'; at least four stay)."""


def names_noun(answer: str, noun: str) -> bool:
    """``answer`` names the noun an ordinal points with, in any form or compound: "Hoe kom je in het laatste stadium?"
    after the three ontwikkelstadia and an answer with another list took that list's last item (new informal
    follow-ups, forty-sixth session; ``tests/test_gate_follow_ups.py``)."""
    root = noun.lower()[: max(4, len(noun) - NOUN_KEPT)]
    return root in answer.lower()


CLARIFICATION = {
    "nl": "Ik weet niet welke ‘{word}’ je bedoelt: in mijn vorige antwoorden staat geen opsomming "
    "waarin ik kan tellen. Noem erbij waar het om gaat, dan zoek ik het op in de bronnen.",
    "en": "I do not know which ‘{word}’ you mean: my previous answers hold no list to count in. "
    "Say what it is about, and I will look it up in the sources.",
}
"""What the assistant says to an ordinal it cannot resolve (seventh session: "Wat doet de
eerste?" after an answer without a list was declined with "Dat staat niet in de bronnen")."""


def clarification(word: str, language: str) -> str:
    """The question back to a reader whose ordinal points into no list."""
    return CLARIFICATION.get(language, CLARIFICATION["nl"]).format(word=word)


NEXT = re.compile(
    r"^\W*(?:en\s+|and\s+)?(?:daarna|dan|de\s+volgende|het\s+volgende|(?:wat|welke)\s+komt\s+(?:er\s+)?daarna"
    r"|(?:what|which)(?:'s|\s+is|\s+comes)\s+next|then|the\s+next(?:\s+one)?)\W*$",
    re.I,
)
"""'En daarna?', 'En de volgende?' after a question about a numbered thing or one asked by its place:
the next one ("Wat is pijler 1?" → "Wat is pijler 2?"; "Wat is het eerste ontwikkelstadium?" → the
second). It was answered with the same passage again (new informal follow-ups, eighteenth session;
``tests/test_gate_follow_ups.py``)."""
_PLACE_REF = re.compile(rf"\b(?P<place>{'|'.join(PLACES)})\b", re.I)


def next_of(previous: str) -> str | None:
    """``previous`` about the next numbered thing or the next place; None when it names neither."""
    numbered = ASKED.search(previous)  # a numbered reference, as ``ingest.numbered`` reads one
    if numbered:
        n = int(numbered["n"]) + 1
        return f"{previous[: numbered.start('n')]}{n}{previous[numbered.end('n') :]}"
    place = _PLACE_REF.search(previous)
    if place and place["place"].lower() != PLACES[-1]:
        following = PLACES[PLACES.index(place["place"].lower()) + 1]
        return f"{previous[: place.start()]}{following}{previous[place.end() :]}"
    return None


def numbered_topic(anchor: str, focus: str) -> str:
    """The topic a follow-up carries, with the number of a numbered thing the anchoring question
    asked ("Wat is pijler 8?" → 'pijler 8'): the focus leaves numbers out, so "geef een voorbeeld"
    after it asked an example of 'pijler' and got the ketenkaart (twenty-sixth session;
    ``tests/test_gate_follow_ups.py``)."""
    numbered = ASKED.search(anchor)
    if numbered is None:
        return focus
    noun = numbered["noun"].lower()
    parts = focus.split()
    if noun not in parts:
        return focus
    parts[parts.index(noun)] = f"{noun} {numbered['n']}"
    return " ".join(parts)


WHICH_COMES = re.compile(
    r"^\W*(?:en\s+|and\s+)?(?:welke|wat|which(?:\s+one)?|what)\s+(?:komt|comes?|is|gaat|goes)\s+"
    r"(?:(?:het|als)\s+)?(?P<which>eerst|eerste|laatst|laatste|first|last)\s*[?.!]*\s*$",
    re.I,
)
""""Welke komt eerst?" after a list: its first item (its last for 'laatst'). After the three
development stages it was answered about the top and a first success (new informal follow-ups,
fifteenth session; ``tests/test_gate_follow_ups.py``)."""
