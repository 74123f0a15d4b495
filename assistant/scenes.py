"""A scene set before the question: the sentence or clause that asks, and the asker's own party in the scene.

"Ik ben net ketenmanager geworden. Waar moet ik beginnen?" asks advice, "Wij werken met vijf gemeenten samen, wie is
dan de baas?" who is in charge, and in "Mijn directeur wil een ketenbureau oprichten. Is dat verstandig?" the director
is who wants it, not what is asked about. Split from ``frames.py`` (fifty-second session), which keeps the words that
frame what is asked.
"""

from __future__ import annotations

import re

from ketenwijzer.text import sentences


def asking_sentence(text: str) -> str:
    """The sentence that asks, when a question sets the scene first: "Ik ben net ketenmanager
    geworden. Waar moet ik beginnen?" is advice, though the rules that read a question's opening
    saw "Ik ben …" (read as open; new informal questions, fourteenth session;
    ``tests/test_question.py``). The first sentence that ends in a question mark (a second one
    narrows the first: "… hoe ik met mijn mensen om moet gaan? Moet ik ze strak sturen?" asks
    advice, practical p06); the whole text when there is one sentence or none asks."""
    parts = sentences(text)
    asking = [p for p in parts if p.endswith("?")]
    if len(parts) > 1 and asking:
        return asking[0]
    scene = SCENE_CLAUSE.match(text)
    return scene.group("asking") if scene else text


OWN_SCENE = re.compile(r"^\W*(?:ik|wij|we|ons|onze|mijn|bij\s+ons|in\s+onze|in\s+mijn|i|our|my)\b", re.I)
"""A sentence about the asker's own situation ("Ik ben programmamanager bij …", "Onze keten draait al drie jaar")."""


def without_own_scene(text: str) -> str:
    """``text`` without the sentences before the asking one that tell the asker's own situation (``OWN_SCENE``): the
    names in them set the scene and are nothing asked. "Ik ben programmamanager bij een gemeente en we starten een keten
    met de GGD en de politie … Iedereen wil wel, maar niemand wil betalen. Hoe kom ik hieruit?" was declined because
    'GGD' is in no source (new informal questions, fifty-fourth session; ``tests/test_abstention.py``). One sentence,
    or none that asks, is kept whole."""
    parts = sentences(text)
    if len(parts) < 2 or not parts[-1].endswith("?"):
        return text
    kept = [p for p in parts[:-1] if p.endswith("?") or not OWN_SCENE.match(p)]
    return " ".join([*kept, parts[-1]])


OWN_ACTION = (
    r"(?:en\s+)?(?:wat\s+(?:moet|moeten|kan|kunnen|kun|zou|zouden|doe|doen)\s+(?:ik|we|wij|je|u)\b"
    r"|hoe\s+(?:ga|gaan|pak|pakken|los|lossen|voorkom|voorkomen)\s+(?:ik|we|wij|je|u)\b|wat\s+nu\b"
    r"|what\s+(?:should|can|do)\s+(?:i|we)\b)"
)
"""A question that asks what the asker is to do: after it any clause before the comma sets the scene ("De
rapportages van de partners zijn niet te vergelijken, wat moet ik doen?" was read as a comparison on
'vergelijken'; new informal questions, thirty-seventh session)."""
SCENE_CLAUSE = re.compile(
    r"^\W*(?:(?:wij|we|ik|onze|ons|mijn|bij\s+ons|in\s+onze|in\s+mijn|our|my|we|i)\b[^?,.]{3,120}"
    r"|(?!(?:wat|hoe|wie|welke|waarom|wanneer|waar|vergelijk\w*|verschil\w*|is|zijn|kan|kun|moet|mag|heeft|"
    r"what|how|who|which|why|when|where|compare|is|are|can|should|does|do)\b)[^?,.]{3,160}(?=,\s*"
    + OWN_ACTION
    + r")),\s*"
    r"(?P<asking>(?:en\s+)?(?:hoe|wat|wie|welke|waarom|wanneer|waar|moet|moeten|kan|kunnen|kun|is|zijn|how|what|who|"
    r"which|why|when|where|should|can|is|are|do)\b[^?]{3,}\?)\s*$",
    re.I,
)
"""A scene set in a clause before the question, not a sentence: "Wij werken met vijf gemeenten samen,
wie is dan de baas?" asks who is in charge; its kind was read from 'vijf gemeenten' (a count: a list;
the answer quoted METRO's fifty partners; new informal questions, twenty-eighth session;
``tests/test_question.py``)."""


OWN_PARTY = re.compile(
    r"\b(?:mijn|onze|ons|my|our)\s+(?:(?:eigen|nieuwe|own|new)\s+)?[^\W\d_][\w-]*"
    r"(?=\s+(?:wil|wilt|willen|wou|wilde|vraagt|vroeg|vragen|zegt|zei|zeggen|vindt|vinden|denkt|denken|"
    r"overweegt|wants|want|asks|says|thinks|considers)\b)",
    re.I,
)
"""The asker's own party that wants or asks something in a sentence that sets the scene ("Mijn
directeur wil een ketenbureau oprichten. Is dat verstandig?"): who wants it, not what is asked about; searched, 'directeur' led the
answer with the board's leadership and the ketenbureau went unmentioned (new informal questions,
fourteenth session; ``tests/test_question.py``). In the asking sentence it stays ("Hoe overtuig ik
mijn bestuurder?" asks about the bestuurder), and so does a party that does something ("Onze partners
komen niet naar het overleg" is about the partners)."""


def without_own_party(text: str) -> str:
    """The text without the asker's own party (``OWN_PARTY``) in the sentences before the one that asks."""
    asking = asking_sentence(text)
    if asking == text:
        return text
    cut = text.find(asking)  # an exact substring (``sentences``)
    return OWN_PARTY.sub(" ", text[:cut]) + text[cut:]
