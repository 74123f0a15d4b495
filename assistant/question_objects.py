"""What a question names as the thing it asks for.

The noun an example is asked of ("Geef een voorbeeld van een keten"), the noun a list asks for
("Welke dimensies zijn er?"), a term typed alone ("estafettemodel") and the term whose meaning is
asked ("Wat wordt bedoeld met een keten?"). Split from ``frames.py`` (twenty-ninth session) when it
passed 400 lines: frames are words left out of the search, these are the words the answer is about.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.brackets import carried
from assistant.ordinals import ORDINALS
from assistant.scaffold import SCAFFOLD

MEANT = re.compile(
    r"^\W*wat\s+(?:wordt|worden)\s+(?:er\s+)?(?:[\w-]+\s+){0,3}?(?:bedoeld|verstaan)\s+(?:met|onder)\s+"
    r"|^\W*wat\s+(?:verstaat|verstaan|bedoelt|bedoelen)\s+(?:[\w-]+\s+){0,3}?(?:onder|met)\s+"
    r"|^\W*wat\s+(?:betekent|betekenen)\s+",
    re.I,
)
"""'Wat wordt bedoeld met X?', 'Wat verstaat het dossier onder X?', 'Wat betekent X?': X's definition
asked. Searched as typed, "Wat wordt bedoeld met een keten?" led with "Ketens de baas is tot stand
gekomen op basis van praktijkervaring met ketens" and "Wat verstaat men onder een keten?" never
retrieved the definition (new informal questions, twenty-sixth session; ``as_definition``)."""


def as_definition(text: str) -> str:
    """A question that asks what X means, as retrieval reads a definition asked: "Wat is X?"."""
    found = MEANT.match(text)
    if found is None:
        return text
    thing = text[found.end() :].strip().rstrip("?").strip()
    return f"Wat is {thing}?" if thing else text


DOMAIN_PLACE = (
    r"(?:(?:in|bij|binnen)\s+(?:de\s+)?(?:publieke\s+sector|overheid|nederland|publiek\s+domein)"
    r"|in\s+(?:the\s+)?(?:public\s+sector|government|the\s+netherlands))"
)
"""Where the whole product's domain lies ("in de publieke sector", "bij de overheid"): after the
thing an example is asked of it says no more than the example does ("Wat zijn voorbeelden van
ketens in de publieke sector?" led with a seminar of "de publieke ICT-sector"; thirty-first session,
``tests/test_lead_rules.py``)."""
_EXAMPLE_OF_PREFIX = r"\b(?:\w*voorbeeld(?:en)?|examples?)\s+(?:(?:geven|noemen|give|name)\s+)?(?:van|of)\s+(?:een|de|het|a|an|the)?\s*"
"""'een voorbeeld (geven) van (een)', up to the thing an example is asked of: shared by ``EXAMPLE_OF`` and
``EXAMPLE_HEAD``."""
EXAMPLE_OF = re.compile(
    _EXAMPLE_OF_PREFIX + r"(?:[^\W\d_]+e\s+|[^\W\d_]+(?:ful|ive|al)\s+)?(?P<noun>[^\W\d_]{4,})"
    r"(?:\s+(?:in|uit)\s+de\s+praktijk|\s+in\s+practice|\s+"
    + DOMAIN_PLACE
    + r"|\s+(?:in|binnen)\s+(?:de|het)\s+(?P<field>[^\W\d_]{4,}))?\s*(?:[?.!]|$)",
    re.I,
)
""""Geef een voorbeeld van een (succesvolle) keten", "an example of a chain": the thing an example
is asked of, whose kinds answer it (``LexicalIndex.kinds_of``, ``example_nudges.favour_instances``). A
follow-up's "Heb je daar een praktijkvoorbeeld van?" names none: its carried topic is no such thing
(conversations v01 was declined when the topic's 'keten' was searched as 'strafrechtketen' …;
sixteenth session). Nor does an example qualified after its noun ("voorbeelden van ketens die
volgens het estafettemodel werken"): the qualifier says which (articles a11); "in de praktijk" after it says no more than the example
itself does ("Geef een voorbeeld van een keten in de praktijk"; eighteenth session). The verb of the
request may stand between ("Kun je een voorbeeld geven van een keten?" quoted the ketenkaart as an
example of a building block; thirtieth session)."""


AS_EXAMPLES = re.compile(
    r"^\W*(?:welke|which)\s+(?P<noun>[^\W\d_]{4,})\s+(?:worden|zijn|staan|are|were)\s+(?:given\s+|named\s+|mentioned\s+|used\s+)?"
    r"(?:er\s+)?(?:(?:in|bij|door|volgens|in\s+the|by)\s+(?:het\s+|de\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?"
    r"(?:als|ter|as|by\s+way\s+of)\s+(?:een\s+)?(?:voorbeeld(?:en)?|illustratie|examples?)\b"
    # a source that gives them: "Welke ketens noemt het dossier als voorbeeld?" led with the ketenkaart (forty-sixth)
    r"|^\W*(?:welke|which)\s+(?P<given>[^\W\d_]{4,})\s+(?:noemt|noemen|geeft|geven|gebruikt|gebruiken|names?|gives?|"
    r"uses?)\s+(?:[\w.-]+\s+){0,4}?(?:als|ter|as)\s+(?:een\s+|an\s+)?(?:voorbeeld(?:en)?|illustratie|examples?)\b"
    r"|^\W*(?:welke|which)\s+(?P<good>[^\W\d_]{4,})\s+(?:zijn|is|are)\s+(?:een\s+|an?\s+)?(?:goed\s+|good\s+)?"
    r"(?:voorbeeld(?:en)?|examples?)\b",
    re.I,
)
""""Welke ketens worden als voorbeeld genoemd?": the thing asked is given as examples, its kinds answer
(it led with the four sources of dynamics in chains, "… als bouwsteen genoemd"; new informal
questions, twenty-third session; ``tests/test_lead_rules.py``). Where they are given may stand between:
"Welke ketens worden in het dossier als voorbeeld genoemd?" led with the ketenkaart (thirty-third session)."""


def example_object(text: str) -> str | None:
    """The noun an example is asked of (``EXAMPLE_OF``, ``AS_EXAMPLES``), lowercased; None when the
    question names none. An example asked in a field ("een praktijkvoorbeeld van ketensamenwerking in de
    zorg") is one of that field: its kinds ('jeugdzorg') answer, not the imperative "Zorg voor …" of a
    list of ketensamenwerking's elements (new informal questions, thirty-fifth session)."""
    found = EXAMPLE_OF.search(text) or AS_EXAMPLES.search(text)
    if found is None:
        return None
    named = found.groupdict()
    return str(named.get("field") or named.get("noun") or named.get("given") or named.get("good")).lower()


def example_field(text: str) -> str | None:
    """The field an example is asked in ("een voorbeeld van een keten in de zorg" → 'zorg'), lowercased; else None."""
    found = EXAMPLE_OF.search(text)
    field = found.groupdict().get("field") if found else None
    return field.lower() if field else None


EXAMPLE_HEAD = re.compile(
    _EXAMPLE_OF_PREFIX + r"(?P<adjective>[^\W\d_]+e\s+)?(?P<noun>[^\W\d_]{4,})"
    r"(?P<clause>\s+(?:die|dat|waar|waarin|waarbij|met|zonder|that|where|with|without)\b[^?.!]*)?",
    re.I,
)


def example_qualified(text: str) -> tuple[str, str]:
    """The noun an example is asked of and what qualifies it, an adjective before it or a clause after it ("een
    mislukte keten" → ('keten', 'mislukte'), "een keten die vastloopt" → ('keten', 'die vastloopt')); ('', '')
    when the question asks no example of a noun."""
    found = EXAMPLE_HEAD.search(text)
    if found is None:
        return "", ""
    qualifier = " ".join(part.strip() for part in (found["adjective"], found["clause"]) if part)
    return found["noun"].lower(), qualifier


def example_subject(text: str) -> str | None:
    """What an example is asked of (``example_object``), or the one-word topic a follow-up that asks an example
    carries: "Geef een voorbeeld" after "Wat is een keten?" is "Geef een voorbeeld van een keten", answered by
    its kinds ('loonaangifteketen'); it was told the sources give no example of a chain (new informal follow-ups,
    forty-first session; ``tests/test_gate_follow_ups.py``)."""
    thing = example_object(text)
    if thing is not None:
        return thing
    found = carried(text)
    if found is None or found.claim or len(found.topic) != 1 or example_object(found.asked) is not None:
        return None
    topic = found.topic[0].strip()
    return topic.lower() if re.fullmatch(r"[^\W\d_][\w-]+", topic) else None


LIST_HEAD = re.compile(
    r"\b(?:welke|welk|noem|which|wat zijn(?:\s+de)?|what are the|hoeveel|how many|(?:noem|geef|list|name)\s+(?:de|alle|the|all))\s+"
    r"(?:(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+|verschillende|belangrijkste|soorten|andere|"
    r"overige|two|three|four|five|main|different|kinds of|other)\s+)*(?P<noun>[^\W\d_]{4,})",
    re.I,
)
"""'andere' is no noun: "Welke andere factoren …" asks for factors (nora n11 lost its list once a
list of another noun ranked lower; found on the held-apart half, eighth session). "Noem de bouwstenen
voor ketensturing" read 'de' and lost the list (twenty-sixth session). Read only of list questions, 'wat zijn'
without 'de' too ("Wat zijn valkuilen bij ketensamenwerking?"; thirty-eighth session)."""


def listed_noun(text: str) -> str | None:
    """The noun a list question asks for ("Welke dimensies zijn er?" → 'dimensies'), else None."""
    found = LIST_HEAD.search(text)
    return found["noun"].lower() if found else None


BARE_TERM = re.compile(r"^\W*(?P<term>[^\W\d_][\w-]{3,})\W*$")
"""One word typed alone, as in a search box ("estafettemodel", "ketenregie")."""


def bare_term(question: str) -> str | None:
    """The term of a question that is one word alone: it asks what that is ("estafettemodel" led with
    a quotation that uses the word, not the definition; new informal questions, twenty-sixth session;
    ``tests/test_question.py``), else None."""
    found = BARE_TERM.match(question)
    return found["term"] if found else None


EXPLAINED_TERM = re.compile(
    r"^\W*(?:(?:kun|kunt|wil|wilt|zou)\s+(?:je|jij|u)\s+(?:me\s+|mij\s+|ons\s+)?(?:eens\s+|even\s+|nog\s+|kort\s+)*"
    r"(?P<nl>(?:een\s+|de\s+|het\s+)?[^\W\d_][\w-]{3,})\s+(?:eens\s+|even\s+|kort\s+)*(?:uitleggen|toelichten)"
    r"|leg\s+(?:me\s+|mij\s+|ons\s+)?(?:eens\s+|even\s+|kort\s+)*(?P<nl2>(?:een\s+|de\s+|het\s+)?[^\W\d_][\w-]{3,})"
    r"\s+(?:eens\s+|even\s+|kort\s+)*uit"
    r"|(?:(?:can|could)\s+you\s+)?(?:please\s+)?explain\s+(?:to\s+me\s+)?(?:the\s+(?:term|concept)\s+)?"
    r"(?P<en>(?:an?\s+|the\s+)?[^\W\d_][\w-]{3,}(?:\s+[^\W\d_][\w-]{3,})?)(?:\s+(?:to\s+me|please))?"
    r"|(?:(?:can|could)\s+you\s+|how\s+(?:do|can|should)\s+(?:i|we)\s+)?(?:please\s+)?explain\s+"
    r"(?:to\s+(?:me|us|(?:my|our|the)\s+[\w'-]+)\s+)?what\s+"
    r"(?P<en2>(?:an?\s+|the\s+)?[^\W\d_][\w-]{3,}(?:\s+[^\W\d_][\w-]{3,})?)\s+(?:is|are|means)"
    r"|(?:(?:kun|kunt|wil|wilt|zou)\s+(?:je|jij|u)\s+|hoe\s+(?:leg|kan|moet)\s+(?:ik|je|we)\s+)?"
    r"(?:me\s+|mij\s+|ons\s+|(?:aan\s+)?(?:mijn|onze|m'n|de)\s+[^\W\d_]+\s+)?(?:eens\s+|even\s+|kort\s+)*"
    r"(?:uitleggen|uit\s+leggen|uit|vertellen|toelichten)\s+(?:aan\s+(?:mijn|onze|m'n|de)\s+[^\W\d_]+\s+)?wat\s+"
    r"(?P<nl4>(?:een\s+|de\s+|het\s+)?[^\W\d_][\w-]{3,}(?:\s+[^\W\d_][\w-]{3,})?)\s+(?:is|inhoudt|betekent)"
    r"(?:\s+(?:voor|aan)\s+(?:mijn|onze|ons|m'n|de|het)\s+[^\W\d_]+)?"
    r"|wat\s+(?:moet|moeten|zou|zouden)\s+(?:ik|je|jij|we|wij|u|een\s+[^\W\d_]+|de\s+[^\W\d_]+)\s+(?:(?:eigenlijk|nou|zoal)\s+)?"
    r"weten\s+(?:over|van)\s+(?P<nl3>(?:een\s+|de\s+|het\s+)?[^\W\d_][\w-]{3,})"
    r"|what\s+(?:should|do|does|must)\s+(?:i|we|you|an?\s+[^\W\d_]+|the\s+[^\W\d_]+)\s+(?:need\s+to\s+|have\s+to\s+)?"
    r"know\s+about\s+(?P<en3>(?:an?\s+|the\s+)?[^\W\d_][\w-]{3,}(?:\s+[^\W\d_][\w-]{3,})?)"
    r")\W*(?:graag|alsjeblieft|aub|please)?\W*$",
    re.I,
)
"""A request to explain one term asks what it is: "Kun je ketensamenwerking uitleggen?" had no focus
('kun je … uitleggen' was a filler that took the term with it), "Explain chain cooperation" was
declined and "Leg ketensamenwerking uit" led with a condition of trust (new informal questions,
thirty-first session, ``tests/test_question.py``). One Dutch word, with its article, or two English
ones; a pointing word or an ordinal is no term ("Leg de derde eens uit" points into a list). In English also what a term
is, explained to someone or not ("Can you explain what chain cooperation is?", "How do I explain to my team what …?" led
with Groothedde's trust and a Franke quote; fifty-first session). What one should know about a term asks what it is too
("Wat moet ik weten over ketensturing?" listed the consequences of poor ketensturing; "Wat moet een bestuurder weten
over ketensturing?" led with Cor Franke who "weet zeker …"; fifty-third session). So is what a term is, explained to
someone ("Kun je me in drie zinnen uitleggen wat ketensturing is voor mijn directeur?" searched 'directeur' and led with
the ketenmanager's doorzettingsmacht; "Hoe leg ik mijn wethouder uit wat …"; fifty-fourth session)."""
_NO_TERM = frozenset(
    [
        "dat",
        "dit",
        "die",
        "deze",
        "het",
        "hem",
        "haar",
        "ze",
        "that",
        "this",
        "these",
        "those",
        "them",
        *ORDINALS,
    ]
)


class Explained(NamedTuple):
    """The term a request to explain names, and whether the request was English."""

    term: str
    english: bool
    what: bool = False
    """The request says "what X is" itself: it names its term in a conversation too."""


def explained_term(question: str) -> Explained | None:
    """The term a request to explain one thing names ("Leg ketensamenwerking uit" →
    'ketensamenwerking'), else None (``EXPLAINED_TERM``)."""
    found = EXPLAINED_TERM.match(question)
    if found is None:
        return None
    words = (
        found["nl"]
        or found["nl2"]
        or found["nl3"]
        or found["nl4"]
        or found["en"]
        or found["en2"]
        or found["en3"]
    ).split()
    words = words[1:] if words[0].lower() in _ARTICLES and len(words) > 1 else words
    if any(w.lower() in _NO_TERM for w in words):
        return None
    english = bool(found["en"] or found["en2"] or found["en3"])
    return Explained(
        " ".join(words), english, bool(found["en2"] or found["en3"] or found["nl3"] or found["nl4"])
    )


_ARTICLES = frozenset({"een", "de", "het", "a", "an", "the"})


KEPT_STATE = re.compile(
    r"\b(?:houd|houdt|houden|hou|krijg|krijgt|krijgen)\s+(?:ik|je|jij|we|wij|u|men)\s+"
    r"(?:de|het|mijn|onze|alle|die|deze)\s+(?:[^\W\d_]+\s+)?[^\W\d_]+\s+(?P<state>[^\W\d_]{5,})"
    r"(?:\s+(?:bij|in|aan|voor)\s+[^?.!,;]{1,40})?\s*\?*\s*$"
    r"|\bzorg(?:t|en)?\s+(?:ik|je|jij|we|wij|u|men)\s+(?:er\s*voor\s+)?dat\s+(?:de|het|mijn|onze|alle|die|deze)\s+"
    r"(?:[^\W\d_]+\s+)?[^\W\d_]+\s+(?P<become>[^\W\d_]{5,})\s+(?:blijft|blijven|wordt|worden|raakt|raken)\b",
    re.I,
)
"""'Hoe houd ik de top betrokken?', 'Hoe zorg je dat de top betrokken blijft?' (forty-fifth session: it led with
"… weten de betrokkenen niet waar zij moeten beginnen"): the state to keep a thing in, not what the question is about. A
sentence with only the state ("… zorgt dat overzicht voor betrokkenheid") led before the ones about
the top ("… staat of valt met het voorbeeldgedrag van de top"; tuning v12.t1, new informal questions,
thirtieth session). The object comes with an article or a possessive, in one or two words: with a
part after 'van' ("de top van de partnerorganisaties") the other words outweighed the top (tuning v12.t1
lost its second point)."""
STATE_SHARE = 0.5
"""Weight of the state word of ``KEPT_STATE`` against the question's other words."""


FRAMING = re.compile(
    r"\b(?:de|het|een|the|a)\s+(?:grootste\s+|belangrijkste\s+|biggest\s+|main\s+)?"
    r"(?P<frame>valkuil(?:en)?|risico(?:'s|’s)?|gevaar|gevaren|nadeel|nadelen|probleem|problemen|pitfalls?|risks?|dangers?"
    r"|drawbacks?|problems?)\s+"
    r"(?:van|met|of|with)\s+(?P<thing>[^?]+)",
    re.I,
)
"""'de valkuil van te veel overleg': a frame noun and the thing it is asked of; the thing is what is asked.
"Wat is de valkuil van te veel overleg?" led with "Een valkuil is het belang van een breed gedragen
ketendoelstelling te onderschatten", about no overleg, above Morgens' "overlegclubs" (new informal
questions, thirty-eighth session; ``tests/test_lead_rules.py``). The frame word weighs ``STATE_SHARE``. Only
one frame 'van' a thing: "Wat zijn de valkuilen bij ketensamenwerking?" asks the pitfalls themselves. 'het probleem
met' too: "Wat is het probleem met hiërarchie in een keten?" led with the definition of the ketenprobleem
(forty-third session); English as Dutch: "What is the problem with hierarchy in a chain?" (forty-fourth session). In
the plural as well: "Wat zijn de risico's van te veel overleg?" led with "Ketens zijn complex en riskant" (forty-seventh
session)."""


def framing_word(question: str) -> str | None:
    """The frame noun of 'de valkuil van X' ('valkuil'), else None."""
    found = FRAMING.search(question)
    return found["frame"].lower() if found else None


PURPOSE = re.compile(
    r"\b(?:de|het|een|je|jouw|hun|onze|mijn)\s+(?P<noun>[^\W\d_]{4,})\s+om\s+(?P<clause>(?:[^\W\d_]+\s+){0,3}?te\s+[^\W\d_]+)",
    re.I,
)
"""'de motieven om samen te werken': a thing and what it is for; the thing is what is asked. "Wat zijn de motieven
om samen te werken?" weighed 'samenwerken' as much as 'motieven' and led with Boissevain's platform "waarop iedereen …
kan samenwerken" (new informal questions, forty-fifth session; ``tests/test_lead_rules.py``). The purpose weighs
``STATE_SHARE``."""


PURPOSE_EN = re.compile(
    r"\bthe\s+(?!(?:best|right|way|ways)\b)[^\W\d_]{4,}\s+(?:for|of)\s+(?P<clause>[^\W\d_]{4,}ing)\b", re.I
)
"""'the motives for cooperating': as ``PURPOSE`` in English ("What are the motives for cooperating?" quoted Ruiterman)."""


def purpose_words(question: str) -> str | None:
    """The words of a purpose clause after a noun ('samen werken samenwerken' of "de motieven om samen te werken"),
    the verb also joined to its particle, else None."""
    english = PURPOSE_EN.search(question)
    if english is not None:
        return english["clause"].lower()
    found = PURPOSE.search(question)
    if found is None or found["noun"].lower() in SCAFFOLD:
        return None  # "de beste manier om vertrouwen op te bouwen" asks about building trust
    said = [w for w in found["clause"].split() if w.lower() != "te"]
    joined = "".join(said[-2:]) if len(said) >= 2 else ""
    return " ".join([*said, joined]).strip().lower()


def kept_state(question: str) -> str | None:
    """The state word of a 'keep it so' question ('betrokken'), else None."""
    found = KEPT_STATE.search(question)
    return (found["state"] or found["become"]).lower() if found else None


SCOPE = re.compile(
    r"\b(?:met|over|van|voor|de|het|een|geen|ik|je|we|wij|u|is|zijn)\s+(?P<head>[^\W\d_]{5,})\s+bij\s+"
    r"(?:de\s+|het\s+|een\s+|mijn\s+|onze\s+|jouw\s+|je\s+|hun\s+|andere\s+)?"
    r"(?!(?<=\bhet\s)[^\W\d_]{2,}en\b)"
    r"(?![^\W\d_]*(?:situatie|situaties|geval|gevallen|crisis|conflict|conflicten|ruzie|probleem|problemen)\b)"
    r"(?P<scope>[^\W\d_]{4,})\b",
    re.I,
)
"""'weerstand bij medewerkers': a thing and where it is found; the thing is what is asked. "Hoe ga je om met
weerstand bij medewerkers?" weighed 'medewerkers' (the rarer word) above 'weerstand' and answered with the
dossier's lines on operational staff, not on overcoming resistance (new informal questions, thirty-fourth
session; ``tests/test_lead_rules.py``). The scope word weighs ``STATE_SHARE``, as a kept state does. The
thing is a noun after a determiner, a preposition or the asker: "Hoe houd ik de top betrokken bij de
keten?" asks about the top, and 'de keten' is no scope of 'betrokken' (tuning v12.t1 gained a bullet on
"de betrokkenen"). A bare noun after 'is'/'zijn' is the thing too: "Wat zijn valkuilen bij ketensturing?"
weighed 'ketensturing' whole and led with a dimension's tension (thirty-eighth session). An infinitive after 'bij het'
is the occasion asked about, no place: "Wat zijn de valkuilen bij het opstellen van een ketendoelstelling?" and "Wat
moet ik vermijden bij het opzetten van een keten?" were told the sources say nothing "voor ‘opstellen’ in het
bijzonder" (forty-sixth session). Nor is a situation or a case: "Wat doet de ketenmanager bij een noodsituatie?" weighed
'noodsituatie' half, led with the manager's tasks and said the sources say nothing on emergencies (forty-eighth
session)."""


def scoped_word(question: str) -> str | None:
    """The word after 'bij' that says where the thing asked is found ('medewerkers'), else None."""
    found = SCOPE.search(question)
    return found["scope"].lower() if found else None


PLURAL = re.compile(r"(?:er|el|en|em|ie|a|o|u)s$|'s$", re.I)
"""A Dutch -s plural ('pijlers', 'ketens', 'partners'): a term typed alone is asked with 'zijn' ("pijlers"
was read as "Wat is pijlers?", thirty-seventh session). An -en plural is left alone: 'vertrouwen' is one."""


def what_is(term: str, language: str) -> str:
    """The opening that asks what a term typed alone is: 'Wat is', 'Wat zijn' for a plural, 'What is'/'What are'."""
    plural = bool(PLURAL.search(term))
    if language == "en":
        return "What are" if term.lower().endswith("s") and not term.lower().endswith("ss") else "What is"
    return "Wat zijn" if plural else "Wat is"
