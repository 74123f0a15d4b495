"""A question how to convince someone of a thing asks what the thing brings: the arguments are its yields.

"Hoe overtuig ik mijn collega's van het nut van de keten?" led with "Vertegenwoordigers van andere ketenpartners
zijn in een keten collega's …", the word of the audience, and "Mijn collega's zien het nut van de keten niet. Hoe
overtuig ik ze?" too (new informal questions, forty-fourth session; ``tests/test_question.py``). Whom to convince
is the audience, not the subject; what they are to be convinced of is. The question answered, and the standalone
question shown, is what that thing yields ("Wat levert de keten op?"), which ``yields`` answers.
"""

from __future__ import annotations

import re

_WORTH = r"(?:(?:het\s+)?(?:nut|belang|de\s+(?:meer)?waarde|de\s+voordelen|het\s+voordeel)\s+van\s+)?"
"""What the thing is worth, said before it ("het nut van de keten"): the thing is after it."""

_CONVINCE = re.compile(
    r"^\W*hoe\s+(?:overtuig|overtuigen|overreed|overreden)\s+(?:ik|je|we|wij|u)\s+"
    r"(?P<audience>[^?]{2,50}?)\s+van\s+" + _WORTH + r"(?P<thing>[^?]{3,60}?)\s*\?*\s*$",
    re.I,
)
"""'Hoe overtuig ik <wie> van <het nut van> <iets>?'."""

_CONVINCE_THEM = re.compile(
    r"^(?P<scene>[^?]{5,200}?[.!])\s+hoe\s+(?:overtuig|overtuigen|overreed|overreden)\s+(?:ik|je|we|wij|u)\s+"
    r"(?:ze|hen|hem|haar|die|deze|hun|iedereen)\s*(?:daarvan|ervan)?\s*\?+\s*$",
    re.I,
)
"""A scene, then 'Hoe overtuig ik ze?': the scene says of what ("… zien het nut van de keten niet.")."""

_SCENE_WORTH = re.compile(
    r"\b(?:nut|belang|(?:meer)?waarde|voordelen|voordeel)\s+van\s+(?P<thing>[^.!?,]{3,60}?)\s*(?:\bniet\b|\bin\b|[.!?,]|$)",
    re.I,
)
"""The thing whose worth the scene names ("het nut van de keten niet")."""

_DOUBTED = re.compile(
    r"^\W*(?P<who>[^.!?]{2,60}?)\s+(?:(?:vindt|vond|noemt|noemde)\s+(?P<thing>[^.!?]{3,60}?)\s+(?:maar\s+|eigenlijk\s+)?"
    r"(?:tijdverspilling|geldverspilling|onzin|zinloos|overbodig|nutteloos|overdreven|niet\s+nodig|een\s+hype)"
    r"|(?:gelooft|geloofde)\s+niet\s+in\s+(?P<believed>[^.!?]{3,60}?))\s*[.!]+\s+"
    r"(?:en\s+)?(?:wat\s+(?:zeg|antwoord|vertel)\s+(?:ik|we)|wat\s+(?:moet|kan|kun)\s+(?:ik|we)\s+(?:zeggen|antwoorden)"
    r"|hoe\s+(?:reageer|antwoord|overtuig)\s+(?:ik|we)(?:\s+(?:hem|haar|ze|hen|daarop|erop))?)\W*$",
    re.I,
)
"""Someone dismisses a thing, then the reader asks how to answer: "Mijn directeur vindt ketensamenwerking
tijdverspilling. Wat zeg ik?" was declined on 'tijdverspilling' (new informal questions, forty-ninth session;
``tests/test_question.py``); the arguments are what the thing yields."""

_CONVINCE_TO = re.compile(
    r"^\W*hoe\s+(?:overtuig|overtuigen|krijg|krijgen)\s+(?:ik|je|we|wij|u)\s+(?P<audience>[^?]{2,50}?)\s+"
    r"(?:om\s+|zover\s+(?:dat\s+\w+\s+)?)?(?:mee\s+te\s+doen|deel\s+te\s+nemen|aan\s+te\s+sluiten|mee\s+te\s+werken|"
    r"meedoet|meedoen|deelneemt|aansluit|meewerkt)\s+(?:in|aan|bij|met)\s+(?P<thing>[^?]{3,60}?)\s*\?*\s*$",
    re.I,
)
"""'Hoe overtuig ik <wie> om mee te doen in <iets>?': the arguments for taking part are what the thing yields ("Hoe
overtuig ik mijn directeur om mee te doen in een keten?" led with the ketenbestuur's mindset; new informal questions,
fifty-first session; ``tests/test_question.py``)."""

_ENGLISH = re.compile(
    r"^\W*how\s+(?:do|can|should)\s+(?:i|we|you)\s+(?:convince|persuade)\s+(?P<audience>[^?]{2,50}?)\s+"
    r"(?:of|about)\s+(?:the\s+(?:value|use|benefits?|importance)\s+of\s+)?(?P<thing>[^?]{3,60}?)\s*\?*\s*$",
    re.I,
)

_ENGLISH_TO = re.compile(
    r"^\W*how\s+(?:do|can|should)\s+(?:i|we|you)\s+(?:convince|persuade|get)\s+(?P<audience>[^?]{2,50}?)\s+to\s+"
    r"(?:join|take\s+part\s+in|participate\s+in|cooperate\s+in)\s+(?P<thing>[^?]{3,60}?)\s*\?*\s*$",
    re.I,
)
"""English as ``_CONVINCE_TO``: "How do I convince my director to join a chain?"."""


def persuading(text: str) -> str | None:
    """The question what the thing to convince someone of yields, or None when ``text`` asks no such thing."""
    found = _CONVINCE.match(text)
    if found is not None:
        return f"Wat levert {found['thing'].strip()} op?"
    joining = _CONVINCE_TO.match(text)
    if joining is not None:
        return f"Wat levert {joining['thing'].strip()} op?"
    them = _CONVINCE_THEM.match(text)
    worth = _SCENE_WORTH.search(them["scene"]) if them is not None else None
    if worth is not None:
        return f"Wat levert {worth['thing'].strip()} op?"
    doubted = _DOUBTED.match(text)
    if doubted is not None:
        return f"Wat levert {(doubted['thing'] or doubted['believed']).strip()} op?"
    english = _ENGLISH.match(text) or _ENGLISH_TO.match(text)
    if english is not None:
        return f"What are the benefits of {english['thing'].strip()}?"
    return None
