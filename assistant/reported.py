"""A question someone else asked the reader, passed on: "Mijn wethouder vraagt wat ketensturing oplevert. Wat zeg
ik?" asks what ketensturing yields; the reader's own question only asks how to answer it.

Read whole, the question searched 'wethouder' and 'vraagt' and led with the resistances to chains (new informal
questions, forty-third session; ``tests/test_question.py``). The question passed on is an indirect one, its verb at
the end ("wat ketensturing oplevert"); ``direct`` puts it back in the order of a question ("Wat levert ketensturing
op?"), which is the question answered and the standalone question shown.
"""

from __future__ import annotations

import re

from assistant.verbs import PARTICLES

_PASSED_ON = re.compile(
    r"^\W*(?P<who>[^.!?]{2,60}?)\s+(?:vraagt|vroeg|vragen|vroegen|wil\s+(?:graag\s+)?weten|wilde\s+weten)"
    r"\s+(?:(?:me|mij|ons|aan\s+mij|aan\s+ons)\s+)?"
    r"(?P<clause>(?:wat|hoe|waarom|wanneer|wie|welke|hoeveel|waar\w*|of)\s+[^.!?]{3,160}?)\s*[.!?]+\s+"
    r"(?P<ask>[^.!?]{2,80}\?)\s*$",
    re.I,
)
"""Someone asks something ("Mijn directeur vroeg wat een keten eigenlijk is."), then the reader asks how to answer."""

_HOW_TO_ANSWER = re.compile(
    r"^\W*(?:en\s+)?(?:wat|hoe)\s+(?:(?:moet|kan|kun|zou)\s+(?:ik|we|wij)\s+)?"
    r"(?:(?:ik|we|wij)\s+)?(?:zeg|zeggen|antwoord|antwoorden|vertel|vertellen|leg|uitleggen|reageer|reageren|"
    r"beantwoord|beantwoorden)\b[^?]{0,40}\?\s*$",
    re.I,
)
"""The reader's own question only asks how to answer: "Wat zeg ik?", "Hoe leg ik dat uit?", "Wat moet ik zeggen?"."""

AUXILIARIES = frozenset(
    [
        "moet",
        "moeten",
        "kan",
        "kun",
        "kunnen",
        "zal",
        "zullen",
        "zou",
        "zouden",
        "wil",
        "willen",
        "mag",
        "mogen",
    ]
)
"""Verbs that stand before another at the end of an indirect question ("wat je moet doen")."""

_SHORT_VERBS = frozenset(["zet", "zit"])
"""Verb forms of three letters a particle may stand before ('opzet', 'uitzit'); a shorter rest is no verb
('opent' is no 'op' + 'ent')."""

PREPOSITIONS = frozenset(
    [
        "met",
        "van",
        "voor",
        "over",
        "op",
        "in",
        "aan",
        "bij",
        "naar",
        "uit",
        "om",
        "door",
        "tot",
        "tussen",
        "binnen",
        "buiten",
        "onder",
        "boven",
        "zonder",
        "tegen",
        "na",
        "achter",
        "sinds",
        "per",
        "via",
        "rond",
        "langs",
        "volgens",
        "tijdens",
        "vanuit",
    ]
)
"""Prepositions: a phrase they open may follow the verb that ends an indirect question ("hoe het zit met de
kosten", "hoe je vertrouwen opbouwt tussen ketenpartners"); it stays at the end of the direct question."""
_BEFORE_A_NOUN = PREPOSITIONS | frozenset(
    ["de", "het", "een", "mijn", "onze", "ons", "zijn", "haar", "hun", "jouw", "uw", "deze", "die", "dit"]
)
"""Words that stand before a noun, never right before the verb that ends an indirect question."""
VERB_PHRASE = 3
"""Words before a candidate verb in which no preposition may stand: after one, the word is a noun of its phrase."""

_PHRASE_WORDS = {"welke": 1, "hoeveel": 1}
"""Question words that take the next word with them ("welke rol de top speelt" → "Welke rol speelt de top?")."""


def passed_on(text: str) -> str | None:
    """The question someone asked the reader, put as a question (``direct``, ``english_direct``), when the reader
    only asks how to answer it; else None."""
    found = _PASSED_ON.match(text)
    if found is not None and _HOW_TO_ANSWER.match(found["ask"]):
        return direct(found["clause"])
    told = _EXPLAIN_TO.match(text)
    if told is not None and (_HOW_TO_ANSWER.match(told["ask"]) or _ARGUMENTS.match(told["ask"])):
        return direct(told["clause"])
    english = _PASSED_ON_EN.match(text)
    if english is not None and _HOW_TO_ANSWER_EN.match(english["ask"]):
        return english_direct(english["clause"])
    return None


_EXPLAIN_TO = re.compile(
    r"^\W*(?:ik|we|wij)\s+(?:moet|moeten|wil|willen|ga|gaan|mag|mogen)\s+(?P<who>[^.!?]{2,60}?)\s+"
    r"(?:uitleggen|uit\s+leggen|vertellen|duidelijk\s+maken)\s+"
    r"(?P<clause>(?:wat|hoe|waarom|wanneer|wie|welke|hoeveel|waar\w*|of)\s+[^.!?]{3,160}?)\s*[.!?]+\s+"
    r"(?P<ask>[^.!?]{2,80}\?)\s*$",
    re.I,
)
"""The reader must explain something to someone, then asks how: "Ik moet mijn wethouder uitleggen waarom
ketensamenwerking tijd kost. Welke argumenten heb ik?" asks why it takes time; read whole it searched 'wethouder' and
'argumenten' and led with the top's mindset (new informal questions, fifty-fourth session; ``tests/test_question.py``)."""

_ARGUMENTS = re.compile(
    r"^\W*(?:en\s+)?(?:welke|wat\s+(?:zijn|voor))\s+(?:goede\s+|sterke\s+)?argument(?:en)?\b[^?]{0,40}\?\s*$"
    r"|^\W*hoe\s+(?:doe|pak|breng|aanpak)\s+(?:ik|we)\s+(?:dat|dit)\b[^?]{0,30}\?\s*$",
    re.I,
)
"""The reader's own question asks for arguments or how to go about it: "Welke argumenten heb ik?", "Hoe doe ik dat?"."""

_PASSED_ON_EN = re.compile(
    r"^\W*(?P<who>[^.!?]{2,60}?)\s+(?:asks|asked|wants\s+to\s+know|wanted\s+to\s+know)\s+(?:me\s+|us\s+)?"
    r"(?P<clause>(?:what|how|why|when|who|which|whether|if)\s+[^.!?]{3,160}?)\s*[.!?]+\s+(?P<ask>[^.!?]{2,80}\?)\s*$",
    re.I,
)
"""English as Dutch: "My alderman asks what chain governance yields. What do I tell him?" (forty-fourth session)."""
_HOW_TO_ANSWER_EN = re.compile(
    r"^\W*(?:and\s+)?(?:what|how)\s+(?:do|should|can|shall|would)\s+(?:i|we)\s+"
    r"(?:say|tell|answer|reply|respond|explain)\b[^?]{0,40}\?\s*$",
    re.I,
)
"""The reader's own question only asks how to answer: "What do I say?", "How should I explain that?"."""
_EN_COPULA = frozenset(["is", "are", "was", "were"])


def english_direct(clause: str) -> str:
    """An indirect English question in a direct one's order: a clause ending in its copula puts it after the
    question word ("what a chain is" → "What is a chain?"), one ending in a verb in -s takes 'does' ("what chain
    governance yields" → "What does chain governance yield?"), 'whether'/'if' ask yes or no ("whether a chain needs
    a boss" → "Does a chain need a boss?", "whether chains work" → "Do chains work?"); any other is kept as it
    is. The English of ``direct`` (forty-fourth session)."""
    said = clause.split()
    wh, body = said[0].lower(), said[1:]
    if wh in ("whether", "if"):
        # the verb is the first word of the next few in -s (or a copula) after the subject ("a chain needs")
        for i in range(1, min(len(body) - 1, 4)):
            word = body[i].lower()
            if word in _EN_COPULA:
                return _question(" ".join([body[i].capitalize(), *body[:i], *body[i + 1 :]]))
            if word.endswith("s") and not word.endswith("ss"):
                return _question(" ".join(["Does", *body[:i], body[i][:-1], *body[i + 1 :]]))
        # no verb in -s: a plural subject ("whether chains work" → "Do chains work?")
        return _question(" ".join(["Do", *body])) if len(body) >= 2 else _question(" ".join(said))
    if len(body) >= 2 and body[-1].lower() in _EN_COPULA:
        return _question(" ".join([said[0], body[-1], *body[:-1]]))
    if len(body) >= 2 and body[-1].lower().endswith("s") and not body[-1].lower().endswith("ss"):
        return _question(" ".join([said[0], "does", *body[:-1], body[-1][:-1]]))
    return _question(" ".join(said))


def direct(clause: str) -> str:
    """An indirect Dutch question in the order of a direct one: the verb at its end moves after the question
    word, a separable verb's particle stays at the end ("wat ketensturing oplevert" → "Wat levert ketensturing
    op?"), a modal moves and its infinitive stays ("wat je moet doen" → "Wat moet je doen?"), 'of' asks yes or
    no ("of een keten een baas nodig heeft" → "Heeft een keten een baas nodig?"); a prepositional phrase after
    the verb stays at the end ("hoe het zit met de kosten" → "Hoe zit het met de kosten?"), and a clause that still
    ends in a noun phrase keeps its order rather than risk a wrong one."""
    said = clause.split()
    wh = said[0].lower()
    head = [] if wh == "of" else said[: 1 + _PHRASE_WORDS.get(wh, 0)]
    body = said[len(head) :] if head else said[1:]
    if len(body) < 2:
        return _question(" ".join(said))
    tail: list[str] = []
    for k in range(2, len(body) - 1):
        # the first preposition after a word that can be the verb: not a word before a noun, and not itself
        # inside a phrase a preposition just opened ("met de kosten van een keten": 'kosten' is no verb)
        before = [w.lower() for w in body[max(0, k - 1 - VERB_PHRASE) : k - 1]]
        if (
            body[k].lower() in PREPOSITIONS
            and body[k - 1].lower() not in _BEFORE_A_NOUN
            and PREPOSITIONS.isdisjoint(before)
        ):
            body, tail = body[:k], body[k:]
            break
    if len(body) < 2 or not tail and body[-2].lower() in _BEFORE_A_NOUN:
        # the clause ends in a noun phrase, its verb earlier ("hoe het zit met de kosten"): kept as it is
        return _question(" ".join(said))
    if len(body) >= 3 and body[-2].lower() in AUXILIARIES:
        verb, rest, particle = body[-2], [*body[:-2], body[-1]], ""
    else:
        verb, rest, particle = body[-1], body[:-1], ""
        for prefix in sorted(PARTICLES, key=len, reverse=True):
            bare = verb.lower()[len(prefix) :]
            if verb.lower().startswith(prefix) and (len(bare) >= 4 or bare in _SHORT_VERBS):
                verb, particle = verb[len(prefix) :], prefix
                break
    if rest and rest[0].lower() in ("je", "jij") and verb.lower() not in AUXILIARIES:
        verb = _before_je(verb)
    words = [*head, verb, *rest, *([particle] if particle else []), *tail]
    return _question(" ".join(words))


_SHORT_STEMS = {"gaat": "ga", "staat": "sta", "doet": "doe", "ziet": "zie", "slaat": "sla"}
"""Verbs whose stem ends in a vowel: 'gaat' before 'je' is 'ga' ("Hoe ga je met weerstand om?")."""


def _before_je(verb: str) -> str:
    """The verb before 'je' loses its -t after a consonant ("hoe je vertrouwen opbouwt" → "Hoe bouw je vertrouwen
    op?"); a stem that ends in -t keeps it ('zet', 'laat', 'wacht')."""
    if verb.lower() in _SHORT_STEMS:
        return _SHORT_STEMS[verb.lower()]
    if len(verb) > 3 and verb.endswith("t") and verb[-2] not in "aeiouth":
        return verb[:-1]
    return verb


def _question(text: str) -> str:
    """``text`` with a capital and a question mark."""
    return text[:1].upper() + text[1:].rstrip(" ?") + "?"
