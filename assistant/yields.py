"""What a question asks a thing yields, and the words by which a text says what something brings.

"Wat levert ketensamenwerking op?", "Wat is het nut van …?", "Wat heb je aan …?" name only their subject;
the answer is a sentence that says what the subject helps, makes possible or brings. The question's
cue is read here, before retrieval (``searched.lexical_search``) and by the scorer
(``generators.benefits``). The words are Dutch and English, not the corpus's.
"""

from __future__ import annotations

import re

from ketenwijzer.text import stems

JOINING = (
    r"\bwaarom\s+(?:zou|zouden|moet|moeten)\s+(?:ik|je|we|wij|u|men|een\s+\w+)\b[^?]{0,60}?"
    r"\b(?P<joining>meedoen|deelnemen|stappen|instappen|aansluiten|aanhaken|investeren|tijd\s+steken|geld\s+steken)\b"
    r"|\bwhy\s+(?:would|should)\b[^?]{2,60}\bjoin\b"
    # why one chooses it: "Waarom kiezen organisaties voor een keten?" led with "Of een keten de juiste
    # organisatievorm is, hangt af van …" (forty-second session)
    r"|\bwaarom\s+(?:kiezen|kiest|kies|koos|kozen)\b[^?]{0,40}?\bvoor\b|\bwhy\b[^?]{0,30}\bchoose\b"
)
"""Why one would join a chain: it asks what cooperating yields, whoever joins and whatever the
chain ("Waarom zou ik als gemeente in een keten stappen?" led with the agreements partners make; new
informal questions, thirty-third session, ``tests/test_lead_rules.py``). Not why one would cooperate at
all: "Waarom zou je als organisatie überhaupt in een keten gaan samenwerken?" is answered by why
cooperation is needed, and lost that lead to "Als de baten van de keten …" († practical p29, held-apart). Investing in it
asks the same ("Ik ben wethouder. Waarom zou ik investeren in ketensamenwerking?" led with "… hoeveel geld en energie
er ook in wordt gestoken"; fortieth session)."""
JOINING_ASKED = re.compile(JOINING, re.I)
CHOOSING = re.compile(r"\b(?:kiezen|kiest|kies|koos|kozen|choose)\b", re.I)
"""The verb of choosing in a question why one would join (``JOINING``)."""

BENEFIT_ASKED = re.compile(
    r"\b(?:nut|meerwaarde|toegevoegde\s+waarde|voordel\w*|baten|opbrengst\w*|benefits?|advantages?|value)\s+"
    r"(?:van|of)\b"
    r"|\bwat\s+(?:levert|leveren|brengt|brengen)\b[^?]{2,60}\bop\b|\bwat\s+oplevert\b"
    r"|\bwat\s+(?:heb|hebben)\s+(?:je|ik|we|wij|u)\s+aan\b|\bwat\s+bereik\w*\s+(?:je|ik|we|wij|u)\s+met\b"
    r"|\bwhat\s+(?:does|do)\b[^?]{2,60}\b(?:bring|yield|deliver|achieve)\b"
    # whether it is worth it asks what it yields ("Is ketensamenwerking de moeite waard?" led with
    # Groothedde's condition of trust and John Froger's career; thirtieth session)
    r"|\b(?:de\s+)?moeite\s+waard\b|\bworth\s+(?:it|the\s+(?:effort|trouble))\b"
    # so does whether it makes sense ("Heeft ketensamenwerking zin?" led with the top's example behaviour, "Is
    # ketensamenwerking zinvol?" with Groothedde's condition of trust; forty-fifth session); not "Heeft het zin om X
    # te doen?", which asks about doing X (tuning p17 lost its lead)
    r"|\b(?:heeft|hebben|had)\b[^?]{1,60}\bzin\s*(?:\?|$)|\bzinvol\b|\bmake\s+sense\b|\bis\s+there\s+a\s+point\b"
    r"|^\W*(?:is|are)\b[^?]{1,60}\buseful\s*\?*\s*$"
    r"|" + JOINING,
    re.I,
)
"""A question that asks what its subject yields."""

YIELD_NOUNS = frozenset(
    [
        "nut",
        "meerwaarde",
        "waarde",
        "voordeel",
        "voordelen",
        "baten",
        "opbrengst",
        "opbrengsten",
        "benefit",
        "benefits",
        "advantage",
        "advantages",
        "value",
    ]
)
"""The nouns that ask for a yield ('de voordelen van X'): the yield asked, not its subject. "Wat zijn de voordelen
van ketensamenwerking?" was no question about the whole domain for its 'voordelen', searched no yield words and led
with GBO's "bedrijfsmatige voordelen" (new informal questions, forty-fourth session; ``tests/test_lead_rules.py``)."""


def without_yield_nouns(focus: str) -> str:
    """``focus`` without the nouns that ask for a yield (``YIELD_NOUNS``)."""
    return " ".join(w for w in focus.split() if w.lower() not in YIELD_NOUNS)


HELPS_ASKED = re.compile(
    r"^\W*(?:en\s+)?(?:helpt|helpen)\b(?!\s+(?:het|dat)\s+(?:als|wanneer|om)\b)|^\W*(?:and\s+)?(?:does|do)\b[^?]{2,40}\bhelp\W*$",
    re.I,
)
"""Whether a thing helps ("Helpt een gezamenlijk doel?", "Does trust help?"): what it yields is asked, but only a
sentence that names the whole thing answers it (``generators.benefits.favour_benefit``): the yield of the whole
domain led "Helpt druk vanuit de politiek bij ketensamenwerking?" (tuning a32) when any yield counted. "Helpt
een gezamenlijk doel?" led with Morgens' goal that "raakte op de achtergrond" (new informal questions,
forty-second session; ``tests/test_lead_rules.py``)."""

REASON_ASKED = re.compile(
    r"^\W*(?:en\s+)?waarom\s+(?:"
    r"(?:zou|zouden|moet|moeten)\s+[\w-]+\b[^?]{0,60}?\b(?:doen|samenwerken|samen\s+werken)\b"
    r"|(?:werken|werkt|gaan|gaat)\b[^?]{0,40}\bsamen\b"
    r"|[\w-]+\s*\?)"
    r"|^\W*(?:and\s+)?why\s+(?:(?:would|should|do|does)\b[^?]{0,60}\b)?(?:cooperate|collaborate|work\s+together)\b",
    re.I,
)
"""Why one would cooperate, or why a thing typed alone. Of the whole domain ("Waarom zou je aan ketensamenwerking doen?", "Waarom werken organisaties
samen in ketens?", "Waarom ketensamenwerking?") it asks the reasons to cooperate, which the sources give as what
cooperating brings; all three led with the resistances against it or with John Froger's career (new informal
questions, forty-first session; ``tests/test_lead_rules.py``). Not why a thing is as it is: "Waarom hebben ketens
geen baas?" asks no yield, though 'baas' is in every title of the dossier. Read with ``asks_yield``."""


def asks_yield(question: str, broad: bool) -> bool:
    """``question`` asks what its subject yields (``BENEFIT_ASKED``), or why one would take part in the whole
    domain (``REASON_ASKED`` with ``broad``: every word it asks is one the corpus uses everywhere)."""
    return bool(BENEFIT_ASKED.search(question) or (broad and REASON_ASKED.search(question)))


def without_joining(asked: str, question: str) -> str:
    """``asked`` without the verb of joining of a question why one would join (``JOINING``): "Waarom zou je
    investeren in een keten?" asks what a chain yields, and the gate declined it for want of 'investeren' in the
    passages that say it (new informal questions, forty-first session; ``tests/test_lead_rules.py``)."""
    found = JOINING_ASKED.search(question)
    if found is None:
        return asked
    chosen = CHOOSING.search(found.group(0))
    said = found["joining"] or (chosen.group(0) if chosen is not None else "")
    if not said:
        return asked
    verb = set(stems(said))
    return " ".join(w for w in asked.split() if not set(stems(w)) & verb) or asked


BENEFIT_SEARCHED = "helpt voordelen baten mogelijk middel"
"""Searched beside a Dutch question that asks what its subject yields: on the whole domain its subject,
'ketensamenwerking', is in every passage, and "Wat levert ketensamenwerking op?" found neither "…
helpt bij het oplossen van maatschappelijke vraagstukken" nor "Door krachten te bundelen is het
mogelijk …", and quoted John Froger's career (left in the thirtieth session; thirty-first session,
``tests/test_lead_rules.py``)."""


BENEFICIARY = re.compile(
    r"\b(?:op|oplevert|opleveren)\s+(?:voor|for)\s+(?:de\s+|het\s+|een\s+|hun\s+|onze\s+|mijn\s+|the\s+)?(?P<who>[\w-]+)",
    re.I,
)
"""Whom a yield is for ("Wat levert een keten op voor de partners?"): the one who gains, not the subject."""


def without_beneficiary(focus: str, question: str) -> str:
    """``focus`` without the words of whom the yield asked is for (``BENEFICIARY``): "Wat levert een keten op voor
    de partners?" asks what the domain yields, and searched no words of a yield because 'partners' is no
    corpus-wide word; it led with "Ketenpartners verschillen in de omvang van hun inbreng" (fortieth session,
    ``tests/test_lead_rules.py``; read by retrieval, ``searched``, and the scorer, ``generators.extractive``)."""
    found = BENEFICIARY.search(question)
    if found is None:
        return focus
    gains = set(stems(found["who"]))
    return " ".join(w for w in focus.split() if not set(stems(w)) & gains)
