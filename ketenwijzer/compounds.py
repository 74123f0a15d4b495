"""Dutch compounds: their first and last parts, and the corpus's own compound modifiers.

The modifiers ('keten' of 'ketenregie') are derived from a corpus's stems, never written down,
and put in use for a run with ``modifiers_in_use``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Container, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ketenwijzer.stopwords import STOPWORDS
from ketenwijzer.text import _stemmed, content_words, stems

FIRST_PART_MIN = 6
"""Letters a word as typed needs to count as the first part of the corpus's compounds."""


def as_typed(query: str) -> dict[str, str]:
    """The query's words as typed (6+ letters), each with its stem: a word that stemming shortens
    past the compounds it begins ('orkestratie' → 'orkestreer', while the corpus writes
    'orkestratiemodel') is still found as their first part, by the gate (``abstention.measure``)
    and the scorer (``scoring.typed_parts``). "Wat zegt de GEMMA over orkestratie?" was declined
    (sixteenth session, ``tests/test_abstention.py``)."""
    typed: dict[str, str] = {}
    for word in content_words(query):
        stem = stems(word)
        if len(word) >= FIRST_PART_MIN and stem:
            typed.setdefault(word, stem[0])
    return typed


_ERING_VERB = re.compile(r"^(?P<root>\w{3,})(?:eer|eert|eerd|eren)$")
"""A verb in -eren ('escaleer', 'escaleert', 'escaleren'), whose noun ends in -atie ('escalatie')."""


def nouns_of(word: str) -> list[str]:
    """The noun a verb in -eren is named by ('escaleer' → 'escalatie'), as typed: "Hoe escaleer je een
    probleem in de keten?" never found "de stappen bij problemen, zoals escalatieprocedures" (new informal
    questions, fortieth session; ``tests/test_lead_rules.py``)."""
    found = _ERING_VERB.match(word)
    return [found["root"] + "atie"] if found else []


_ANCE_NOUN = re.compile(r"^(?P<root>\w{4,}(?:a|e)nt)ie$")
"""A noun in -antie/-entie ('dominantie', 'transparantie', 'competentie') of an adjective in -ant/-ent."""


def adjective_in(word: str) -> list[str]:
    """The adjective a noun in -antie/-entie names ('dominantie' → 'dominant'), as typed: "Hoe voorkom je dominantie
    van één partner?" missed "… dat de grootste partner zich ook als dominante partij mag opstellen" (new informal
    questions, forty-fifth session; ``tests/test_lead_rules.py``)."""
    found = _ANCE_NOUN.match(word.lower())
    return [found["root"]] if found else []


ADJECTIVE_ENDINGS = ("vol", "loos", "loz", "rijk")
"""The endings that make an adjective of a noun ('succesvol', 'zinloos', 'kansrijk'): the adjective says the noun."""


def adjectives_of(word: str) -> list[str]:
    """The adjectives a noun makes as typed ('succes' → 'succesvol', …): "Welke ketens noemt het dossier als
    succes?" missed "… voorbeelden van grote ketenprojecten die hierdoor succesvol werden" (new informal
    questions, fortieth session; ``tests/test_lead_rules.py``)."""
    return [word + ending for ending in ADJECTIVE_ENDINGS]


COMPOUND_MIN = 10
"""A word beginning is a compound modifier of the corpus when at least this many indexed stems are
it plus another indexed stem ('keten' + 'partner', 'regie', 'bureau', … : 32 in the shipped
corpus; the next, 'organisatie', has 6)."""
COMPOUND_LIMIT = 12
"""At most this many modifiers, the most productive first."""
_MODIFIERS: ContextVar[tuple[str, ...]] = ContextVar("compound_modifiers", default=())


def compound_modifiers(vocabulary: Collection[str]) -> tuple[str, ...]:
    """The word beginnings that make many compounds in ``vocabulary`` (a corpus's stems).

    Derived from the corpus, never written down: for a corpus on chains 'keten' ('ketenregie'
    is also about 'regie'), for one on care it would be another. A beginning must be 4+ letters
    and no stopword ('voor', 'onder' begin many words without being their subject).
    """
    counts: Counter[str] = Counter()
    for term in vocabulary:
        for i in range(4, len(term) - 3):
            if term[i:] in vocabulary:
                counts[term[:i]] += 1
    found = [m for m, n in counts.most_common() if n >= COMPOUND_MIN and m not in STOPWORDS]
    return tuple(found[:COMPOUND_LIMIT])


@contextmanager
def modifiers_in_use(modifiers: tuple[str, ...] | None) -> Iterator[None]:
    """Within the block, ``compound_stems`` splits compounds on these modifiers (None: unchanged)."""
    if modifiers is None:
        yield
        return
    token = _MODIFIERS.set(modifiers)
    try:
        yield
    finally:
        _MODIFIERS.reset(token)


def current_modifiers() -> tuple[str, ...]:
    """The compound modifiers in use (see ``modifiers_in_use``)."""
    return _MODIFIERS.get()


def modifier_stems(text: str) -> set[str]:
    """The stems of the corpus's compound modifiers that begin a word of ``text`` ('keten' of
    'ketenverband'), with the modifiers in use (``compound_modifiers``)."""
    found = content_words(text)
    return {
        stem
        for prefix in _MODIFIERS.get()
        if any(w.startswith(prefix) and len(w) - len(prefix) >= 4 for w in found)
        for stem in stems(prefix)
    }


def compound_stems(text: str) -> list[str]:
    """``stems`` plus the stem of each compound's head ('ketenregie' also gives 'regie'), split
    on the corpus's compound modifiers in use (``compound_modifiers``, set by the generator)."""
    found = content_words(text)
    heads = [
        w[len(prefix) :]
        for w in found
        for prefix in _MODIFIERS.get()
        if w.startswith(prefix) and len(w) - len(prefix) >= 4
    ]
    return _stemmed(found + heads)


FIRST_PART_REST = 3
"""Letters a compound's stem keeps after a first part the stemmer writes otherwise alone ('del' of
'informatiedel', informatiedeling); one more after a part as it is: 'eur' of 'directeur' is an ending, and
'direct' no first part ("Hoe overtuig ik mijn directeur …?" lost Groothedde's factors; thirty-fifth session)."""


PARTICLE_PARTS = frozenset(
    ["terug", "samen", "tegen", "achter", "binnen", "boven", "onder", "buiten", "voorbij"]
)
"""Verb particles long enough to pass for a first part: a separable verb typed whole ('terugtrekken') is no compound, and
its particle alone names nothing. "Mag een partner zich terugtrekken uit de keten?" searched 'terug', found "… verdient
zich snel terug" and answered with trust (new informal questions, forty-ninth session; ``tests/test_abstention.py``)."""


def first_part(stem: str, vocabulary: Container[str]) -> str | None:
    """For a compound stem the vocabulary (the index's stems) never uses ('jeugdzorgkeet', of
    'jeugdzorgketen'), its longest first part of 5+ letters that it does use ('jeugdzorg'), as it is
    or as the stemmer writes it alone ('informatie' → 'informeer', of 'informatiedel'); None for a known
    stem, one under 9 letters, or an empty vocabulary. One definition for the gate
    (``abstention.stand_in``), retrieval (``Assistant._prepare``) and the scorer
    (``scoring.first_parts``).

    "Hoe belangrijk is informatiedeling in een keten?" quoted the ketenmanager: 'informatie' stems
    apart, and leaves three letters of the stem (thirty-fifth session, ``tests/test_abstention.py``)."""
    if len(stem) < 9 or not vocabulary or stem in vocabulary:
        return None
    for end in range(len(stem) - FIRST_PART_REST, 4, -1):
        part = stem[:end]
        if part in PARTICLE_PARTS:
            continue
        if part in vocabulary and len(stem) - end > FIRST_PART_REST:
            return part
        alone = stems(part)
        if len(alone) == 1 and alone[0] != part and alone[0] in vocabulary and len(alone[0]) >= 5:
            return alone[0]
    return None


def last_parts(stem: str, vocabulary: Container[str]) -> frozenset[str]:
    """For a compound stem of 9+ letters ('ketenambitie'), the indexed stems it ends in that leave a
    first part of 3+ letters ('ambitie'): Dutch puts what a compound is at its end. One definition
    for the gate (``abstention.measure``) and the scorer (``scoring.tails``)."""
    if len(stem) < 9 or not vocabulary:
        return frozenset()
    return frozenset(stem[i:] for i in range(3, len(stem) - 4) if stem[i:] in vocabulary)


_PLURAL = ("en", "s")
"""Plural endings a compound's first part drops ('ketens' → 'keten' of 'ketenvorming')."""


_BETWEEN_OBJECT_AND_VERB = frozenset({"te", "niet"})
"""Words that may stand between a noun and the infinitive it is the object of ("ketens te vormen", "een keten niet
besturen"); any other word ("in een keten gaan samenwerken") tells they are no verbal noun's parts."""


_ASKED_VERB_FIRST = re.compile(
    r"^\W*(?:waarom|hoe|wanneer|waar|wat)\s+(?P<verb>[^\W\d_]{3,}en)\s+(?:[^\W\d_]+\s+){1,2}?(?P<noun>[^\W\d_]{4,})\W*$"
)
"""A question that puts its verb first and its object last ("Waarom vormen organisaties ketens?"): the two are read
as the verbal noun's parts too; it led with "Naast ketens bestaan er veel andere vormen van samenwerking" (the noun
'vormen'), not the dossier's "Redenen voor ketenvorming" (new informal questions, forty-eighth session;
``tests/test_lead_rules.py``)."""


def verbal_compounds(text: str, vocabulary: Container[str]) -> dict[str, frozenset[str]]:
    """The indexed stems of the compounds a noun and the infinitive it is the object of make as a verbal noun ('ketens
    vormen' → 'ketenvorming', 'kennis te delen' → 'kennisdeling', with a linking 's' too), each with the stems of the
    two words it joins: "Wat is de reden om ketens te vormen?" never reached the dossier's "Redenen voor ketenvorming"
    (new informal questions, forty-sixth session; ``tests/test_lead_rules.py``). Only compounds the vocabulary knows,
    and only of words as the question has them (``_BETWEEN_OBJECT_AND_VERB``): "… in een keten gaan samenwerken" asks
    about cooperating, not about 'ketensamenwerking' (held-apart practical p29 lost its lead to Morgens' "Omdat
    organisaties in een keten …"; †)."""
    found = re.findall(r"[^\W\d_][\w-]*", text.lower())
    joined: dict[str, frozenset[str]] = {}
    inverted = _ASKED_VERB_FIRST.match(text.lower())
    if inverted:
        # "Waarom vormen organisaties ketens?": the verb stands first, its object ends the question
        found = [*found, inverted["noun"], inverted["verb"]]
    for i, noun in enumerate(found):
        after = found[i + 1 : i + 3]
        verb = after[0] if after and after[0] not in _BETWEEN_OBJECT_AND_VERB else None
        if verb is None and len(after) == 2 and after[0] in _BETWEEN_OBJECT_AND_VERB:
            verb = after[1]
        if verb is None or noun in STOPWORDS or len(noun) < 4 or len(verb) < 5 or not verb.endswith("en"):
            continue
        firsts = {noun} | {
            noun[: -len(end)] for end in _PLURAL if noun.endswith(end) and len(noun) - len(end) >= 4
        }
        parts = frozenset(stems(f"{noun} {verb}"))
        for first in firsts:
            for link in ("", "s"):
                joined.update((s, parts) for s in stems(first + link + verb[:-2] + "ing") if s in vocabulary)
    return joined
