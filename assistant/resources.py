"""Near-domain rules on resources: a cost, a budget, pay, who pays, and a staffing size.

"Wat kost een ketenregisseur?" and "Wie betaalt het ketenbureau?" retrieve the passages about the
thing, which read as a good match; the rules here decline unless a sentence of the top passages
talks about money or staff *and* about that thing (``fact_rules.shares_word``). Split from
``assistant/neardomain.py`` (thirty-third session), which tries these rules with the others.
"""

from __future__ import annotations

import re

from assistant.fact_rules import fact, shares_word
from assistant.glossary import glossed
from ketenwijzer.compounds import current_modifiers
from ketenwijzer.text import sentences

_EFFORT = r"(?:tijd|moeite|energie|jaren|maanden|weken|time|effort)"
_DEAR = r"(?<!de )(?<!het )duur(?=\s*[?!.]*\s*$)|(?<=hoe )duur|(?<=te )duur|duurder|expensive|costly"
"""The price asked as an adjective: "Is een ketenbureau duur?" was answered with the bureau's place among the
building blocks (new informal questions, forty-second session; ``tests/test_abstention.py``). Not the noun
('de duur van …' is a duration) and not 'duurt'."""
_COST_FACT = fact(
    rf"(?<!tijd )(?<!moeite )(?<!energie )\b(kost(?!(?:\s+[\w']+){{0,4}}?\s+{_EFFORT}\b)|kosten|"
    rf"wat kost\w*|wat (?:betaalt|betalen|betaal)\b(?=.{{2,60}}\baan\b)|budget\w*|prijs|tarief|begroting|subsidie\w*|"
    rf"how much(?!\s+{_EFFORT})|costs?|price|{_DEAR})\b",
    r"\b(kosten\w*|geld|euro|€|budget\w*|prijs|tarief|begroting|financi\w*|subsidie\w*|betaalt|betalen)\b",
    "de bronnen noemen geen kosten of budget",
)


_ASKING = frozenset(
    ["hoeveel", "welke", "waarom", "wanneer", "waardoor", "hoelang", "zouden", "kunnen", "moeten"]
)
"""Question words and modal verbs: they say how the cost is asked, not what it is of."""


_AMOUNT_ASKED = re.compile(
    r"\bhoeveel\s+(?:geld|euro|kost\w*)\b|\bhow\s+much\s+(?:money\s+|does\s+|do\s+|is\s+)", re.I
)
"""An amount of money asked ("Hoeveel geld kost een keten?", "How much does a chain cost?"): a sentence on money
answers it only with an amount in it (``_AMOUNT``); "Elkaar leren kennen kost tijd en geld" led with no amount and no
note that the sources give none (new informal questions, forty-ninth session; ``tests/test_abstention.py``)."""
_AMOUNT = re.compile(r"\d|€|\beuro\b|\bmiljoen\b|\bmiljard\b|\bduizend\b", re.I)
"""An amount in a sentence: a figure, a currency."""


_ABOUT_COST = re.compile(r"\b(?:over|about|on)\s+(?:de\s+|het\s+|the\s+)?$", re.I)
"""'… over (de) kosten?' with nothing after it: costs are the subject asked."""


def COST(question: str, text: str) -> str | None:  # noqa: N802 - a rule, named like the others
    """A cost asked (``_COST_FACT``): a sentence of the passages must talk about money and share a
    word with what the cost is of ("Wat kost een ketenadviseur?" was answered from Froger's career
    because another sentence named 'kosten'; sixteenth session, ``tests/test_abstention.py``). What
    it is of may be a bare noun: "Wat kost ketenregie?" was answered with "Elkaar leren kennen kost
    tijd en geld" (new informal questions, nineteenth session)."""
    asked = _COST_FACT.asked.search(question)
    if asked is None:
        return None
    # the verb before the cost says what is done with it: "Hoe verdeel je de kosten in een keten?" is
    # answered by "de verdeling van de baten, die niet gelijk op hoeft te lopen met de verdeling van
    # de kosten" (it was declined; twenty-fifth session, ``tests/test_abstention.py``)
    if _ABOUT_COST.search(question[: asked.start()]) and not re.search(r"\w{3,}", question[asked.end() :]):
        # "Zegt het dossier iets over kosten?" asks the subject, not the cost of a thing: a sentence on
        # money answers it (it was declined; twenty-sixth session, ``tests/test_abstention.py``)
        return None if any(_COST_FACT.held.search(part) for part in sentences(text)) else _COST_FACT.reason
    if _AMOUNT_ASKED.search(question) and not any(
        _COST_FACT.held.search(part) and _AMOUNT.search(part) for part in sentences(text)
    ):
        return _COST_FACT.reason
    before = [w for w in re.findall(r"\w{5,}", question[: asked.start()]) if w.lower() not in _ASKING]
    # what the cost is of, English in its Dutch words too: "Is chain cooperation expensive?" shared no word with
    # "Ketensamenwerking zonder vertrouwen wordt … een dure kostenpost" (forty-fourth session)
    said = " ".join([*before, question[asked.end() :]])
    # — not a corpus compound modifier ('chain' → 'keten' is in every word of a corpus on chains)
    dutch = [
        d for w in re.findall(r"[a-z]{4,}", said) for d in glossed(w).split() if d not in current_modifiers()
    ]
    rest = _paying(" ".join([said, *dutch]))
    if any(
        _COST_FACT.held.search(part) and shares_word(rest, _paying(part), bare=True)
        for part in sentences(text)
    ):
        return None
    return _COST_FACT.reason


"""A cost, budget or subsidy: the passages must talk about money. Time or effort is no money:
"Hoeveel tijd kost het opzetten van een keten?" was declined although "Het kan jaren duren voordat
een keten goed werkt" answers it (new informal questions, tenth session; ``tests/test_abstention.py``);
so does "Kost dat niet te veel tijd?" (a few words may come between; thirteenth session)."""
_PAYING = re.compile(r"\b(?:betaal|betal)\w*", re.I)


def _paying(text: str) -> str:
    """``text`` with every form of 'betalen' written alike: "Wie moet de kosten van een keten betalen?"
    shares its verb with "de vraag wie wat betaalt" ('betal…' and 'betaa…' part at the fifth letter;
    it was declined; new informal questions, thirty-third session, ``tests/test_abstention.py``)."""
    return _PAYING.sub("betalen", text)


_PAY_FACT = fact(
    r"\b(salaris\w*|beloning|cao|inschaling|wat .{0,40}verdien\w*|fte|formatie|salary|earns?|pay|"
    r"wie (?:(?:moet|moeten|zal|zullen|zou|zouden|gaat|gaan)\s+(?P<paid>(?:[\w'-]+\s+){0,4}?))?"
    r"(?:betaalt|betalen|financiert|financieren)|who (?:pays|funds))\b",
    r"\b(salaris\w*|beloning|cao|inschaling|fte|formatie|betaalt|betalen|betaald|financier\w*)\b",
    "de bronnen noemen geen salaris of formatie",
)


def PAY_AND_STAFF(question: str, text: str) -> str | None:  # noqa: N802 - a rule, named like the others
    """A salary, who pays, or a staffing size (``_PAY_FACT``): the passages must give pay, payment or
    formation ("Wie betaalt de ketenmanager?" was answered with the manager's tasks; seventeenth
    session, ``tests/test_abstention.py``), in a sentence that shares a word with what is paid for,
    as for a cost: "Wie betaalt het ketenbureau eigenlijk?" was answered because a list of
    resistances names "de vraag wie wat betaalt" (new informal questions, twenty-second session)."""
    asked = _PAY_FACT.asked.search(question)
    if asked is None:
        return None
    # "Wie betaalt wat in een keten?" names no thing paid for: the corpus's own modifier is no object
    # "Wie moet de ketenregisseur betalen?" names it before the verb (new informal questions,
    # thirty-third session): what stands between 'wie' and the verb is paid for too
    named = (asked.groupdict().get("paid") or "").split()
    # what is paid for ends with the clause: "We hebben ruzie over wie betaalt, hoe lossen we dat op?" pays for
    # nothing, and was declined for want of 'lossen' beside "de vraag wie wat betaalt" (forty-second session)
    after = re.split(r"[,;:]", question[asked.end() :], maxsplit=1)[0]
    rest = " ".join(
        w
        for w in [*named, *after.split()]
        if not _domain(w.lower().strip("?.,!")) and w.lower().strip("?.,!") not in _MONEY
    )
    if any(_PAY_FACT.held.search(part) and shares_word(rest, part, bare=True) for part in sentences(text)):
        return None
    return _PAY_FACT.reason


def _domain(word: str) -> bool:
    """``word`` is one of the corpus's compound modifiers, or translates to one ('chain' → 'keten': "Who pays
    for a chain?" was declined where "Wie betaalt wat in een keten?" is answered; thirty-seventh session)."""
    modifiers = current_modifiers()
    translated = glossed(word).lower().split()
    return word in modifiers or bool(translated) and all(t in modifiers for t in translated)


_MONEY = frozenset(["kosten", "kost", "geld", "rekening", "bedrag", "costs", "cost", "money", "bill"])
"""What paying pays in general, no thing paid for: "Wie betaalt de kosten van een keten?" asks who pays
in a chain, which "de vraag wie wat betaalt" answers (it was declined; twenty-eighth session,
``tests/test_abstention.py``)."""


_SIZE_ASKED = re.compile(
    r"\bhoe\s+(?:groot|omvangrijk|uitgebreid)\s+(?:moet|moeten|is|zijn|wordt|worden|zou|zouden|mag|mogen)\b"
    r"|\bwelke\s+omvang\b|\bhow\s+(?:big|large)\s+(?:should|must|is|are|would)\b",
    re.I,
)
_SIZE_HELD = re.compile(
    r"\b(?:fte|medewerkers|formatie|omvang|grootte|klein\w*|groot|grote|groter|compact\w*|beperkt\w*|"
    r"licht\w*|zwaar|zware)\b",
    re.I,
)


_TOO_ASKED = re.compile(
    r"\bte\s+(?:groot|klein|omvangrijk|log|uitgebreid|zwaar)\b|\btoo\s+(?:big|large|small|heavy)\b", re.I
)
_TOO_HELD = re.compile(
    r"\bte\s+(?:groot|grote|klein|omvangrijk|log|uitgebreid|veel)\b|\bomvang|\bgrootte\b|\bschaal\w*|\boverzichtelijk|\bzwaar|\bzware|\blicht(?:e|er)?\b",
    re.I,
)
"""Too big or too small ("Kun je een keten ook te groot maken?"): a size limit is said only by a sentence
that speaks of size itself ('omvang', 'schaal', 'te groot'), not by 'een grote rol'."""


def SIZE(question: str, text: str) -> str | None:  # noqa: N802 - a rule, named like the others
    """How big a thing must be ("Hoe groot moet een ketenbureau zijn?"): a sentence of the passages
    must say a size ('klein', 'omvang', 'fte', 'licht') of what is asked (``shares_word``). The
    passages on the ketenbureau say where it stands in the dossier and were quoted as the answer
    (new informal questions, thirty-third session; ``tests/test_abstention.py``). A question whether a thing can be
    too big ("Kun je een keten ook te groot maken?") needs a sentence on size itself (``_TOO_HELD``); the passages
    on ambition were quoted (new informal questions, forty-third session)."""
    asking = re.split(r"[,.;:!]\s+", question.strip())[-1]
    too = _TOO_ASKED.search(asking)
    if too is not None:
        # only asked, not told: "onze overleggen zijn te groot, hoe kan dat beter?" asks how to improve them
        rest = asking[: too.start()] + asking[too.end() :]
        said = any(_TOO_HELD.search(part) and shares_word(rest, part, bare=True) for part in sentences(text))
        return None if said else "de bronnen noemen geen omvang"
    asked = _SIZE_ASKED.search(question)
    if asked is None:
        return None
    rest = question[asked.end() :]
    if any(_SIZE_HELD.search(part) and shares_word(rest, part, bare=True) for part in sentences(text)):
        return None
    return "de bronnen noemen geen omvang"
