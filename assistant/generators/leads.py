"""What the lead of an answer looks like for its question's kind: a reason for a why-question
(or a conclusion, a condition, a benefit: ``answers_why``), a position for a yes/no question
(``states_asked``, ``states_need``).

Split from ``composition.py`` (twentieth session), which picks the lead with these rules; each rule
names the question or the eval that showed it helps.
"""

from __future__ import annotations

import re

from assistant.coherence import refers_back
from assistant.generators.nudges import REASON
from assistant.generators.relations import domain_stems
from assistant.generators.units import Unit, mentions, stems_of
from assistant.inflections import NEED_WORDS, opening_verb_forms
from assistant.question import Question
from ketenwijzer.compounds import compound_stems
from ketenwijzer.text import stems

LEAD_SHAPES = {"cause": REASON}
"""The shape a lead of these kinds has: a reason ("Omdat organisaties in een keten hun eigen
structuren … hebben, is de samenwerking … verre van optimaal" answers "Waarom is effectieve
samenwerking in een keten zo lastig?"; articles a41, fifth session). Tried for consequences with
``nudges.CONSEQUENCE``: no lead changed."""
ROLE_ASKED = re.compile(
    r"\b(?:rol|taak|taken|functie|verantwoordelijkheid|verantwoordelijkheden)\s+van\b"
    r"|^\W*(?:en\s+)?wat\s+(?:doet|doen)\s+(?:een|de|het)\b|^\W*(?:and\s+)?what\s+(?:does|do)\s+(?:a|an|the)\b"
    r"|\b(?:role|task|tasks)\s+of\b",
    re.I,
)
"""A question what a thing does or what its role is: the sentence in which it acts leads (``acts``)."""
SUBJECT_SPAN = 7
"""Words at the start of a sentence that hold its subject, a source's name before it included ("Volgens Ketens
de baas laat het ketenbestuur …")."""
_OBJECT_OF = re.compile(r"^(?:met|door|van|bij|voor|op|aan|tegen|over|naar|zonder|with|by|of|for|to)$", re.I)


def acts(unit: Unit, q: Question) -> bool:
    """``unit`` names the thing asked (the focus, one word) among its first ``SUBJECT_SPAN`` words, as no object
    of a preposition: "Wat is de rol van het ketenbestuur?" led with "Met die doorzettingsmacht kan de ketenmanager
    … het ketenbestuur passeren", the manager acting on it, before "… laat het ketenbestuur de dagelijkse
    besturing van de keten aan anderen over" (new informal questions, forty-first session;
    ``tests/test_lead_rules.py``)."""
    asked = compound_stems(q.focus)
    if unit.is_list or len(q.focus.split()) != 1 or not asked:
        return False
    said = unit.display.split()[:SUBJECT_SPAN]
    for i, word in enumerate(said):
        if any(mentions(frozenset(compound_stems(word)), t) for t in asked):
            before = [
                w for w in said[max(0, i - 2) : i] if w.lower() not in ("de", "het", "een", "the", "a", "an")
            ]
            return not (before and _OBJECT_OF.match(before[-1]))
    return False


CONCLUDED = re.compile(r"\b(?:daarom|dus|therefore)\b", re.I)
"""A sentence that draws its conclusion from the one before ("Veel ketens stellen daarom voor de
dagelijkse besturing een ketenmanager aan") answers a why-question about what it concludes, with the
sentence it points back to as the reason: "Waarom hebben ketens een ketenmanager nodig?" led with
"De ketenmanager geeft het ketenmanagement vorm …" (new informal questions, seventeenth session;
``tests/test_lead_rules.py``). Every word asked must be in it; the answer then opens at its reason."""
BENEFIT = re.compile(
    r"\b(?:is|vormt) de basis\b|\bvoorkomt\b|\bzorgt (?:ervoor|voor)\b|\bis een (?:noodzakelijke )?voorwaarde\b"
    r"|\bmaakt het mogelijk\b|\bis the basis\b|\bprevents\b|\bensures\b",
    re.I,
)
"""What a thing is good for, said of it as the subject ("Kennisdeling op alle niveaus is de basis
voor een gezamenlijk denk- en besliskader, en voorkomt dat …"), answers why it matters: "Waarom is
kennisdeling belangrijk?" led with the eight sturingselementen, one of which is kennisdeling (new
informal questions, sixteenth and seventeenth session; ``tests/test_lead_rules.py``)."""
BENEFIT_SUBJECT_WORDS = 4
"""Words at the start of a sentence that hold its subject (for ``BENEFIT``)."""


CONDITIONED = re.compile(
    r"^\W*(?:als|wanneer|indien|zonder(?!\s+dat\b)|if|without)\b[^,]{8,}?,\s*(?P<outcome>.+)$", re.I | re.S
)
"""A condition with the outcome asked in its main clause: "Als er geen vertrouwen is en als er geen
cultuur is waarin je naar een gezamenlijk doel wilt streven, dan mislukt het" answers "Waardoor
mislukt ketensamenwerking?" (it led with "Ketensamenwerking kan een sterk middel zijn …"; new
informal questions, nineteenth session; ``tests/test_lead_rules.py``). "Zonder dat hij dat van tevoren
had afgestemd, …" sets a circumstance, no condition: it led "Waarom verzetten mensen zich tegen
ketensamenwerking?" with Froger's bio (twenty-seventh session)."""


ASKS_WHEN = re.compile(r"^\W*(?:en\s+)?(?:wanneer|when)\b", re.I)
"""A question that asks when: a date (``scenes``) or the conditions under which (``DEPENDS``)."""
DEPENDS = re.compile(
    r"\bhang(?:t|en)\b[^.;]{0,80}?\baf\s+van\b|\bafhankelijk\s+van\b|\bdepends?\s+on\b", re.I
)
"""What a choice depends on answers when to make it: "Of een keten de juiste organisatievorm is, hangt af
van een aantal specifieke voorwaarden" leads "Wanneer kies je voor een keten?" before "Ketens zijn complex
en riskant, en daarom … niet altijd de beste keuze" (the glossary's 'keuze voor' tipped it; twenty-eighth
session, ``tests/test_lead_rules.py``). A date never says it, so a 'wanneer' of a date keeps its lead."""


def answers_when(sentence: str, question: str) -> bool:
    """A when-question is answered by what it depends on (``DEPENDS``), said without pointing back."""
    return bool(ASKS_WHEN.match(question)) and bool(DEPENDS.search(sentence)) and not refers_back(sentence)


def answers_why(sentence: str, asked: set[str]) -> bool:
    """Besides a reason, a why-question's lead may be a conclusion whose reason comes right before it
    (``CONCLUDED``; the answer then opens at that reason), a condition whose main clause says the
    outcome asked (``CONDITIONED``), or what the asked thing is good for, said of it (``BENEFIT``,
    when something is asked); every word asked must be in it, but for a condition's outcome one."""
    if CONCLUDED.search(sentence) and refers_back(sentence):
        return asked <= set(compound_stems(sentence))
    conditioned = CONDITIONED.match(sentence)
    if conditioned and not asked.isdisjoint(compound_stems(conditioned["outcome"])):
        return True
    opening = frozenset(compound_stems(" ".join(sentence.split()[:BENEFIT_SUBJECT_WORDS])))
    return (
        bool(asked)
        and bool(BENEFIT.search(sentence))
        and not refers_back(sentence)
        # the subject in its word family: "Transparante rapportage … is een voorwaarde voor goede besturing" answers
        # "Waarom is transparantie belangrijk?", which led with what transparency asks (fiftieth session)
        and all(t in opening or _shares_start(opening, t) for t in asked)
    )


LEAD_SHAPE_SHARE = 0.85
"""A sentence of the asked shape leads when it scores at least this share of the best one."""


def states_asked(unit: Unit, q: Question) -> bool:
    """A yes/no question's position: the sentence says the question's opening verb and every
    word of its focus ("Heeft de ketenmanager doorzettingsmacht?" led with "Doorzettingsmacht
    betekent hier dat de ketenmanager …", the definition, before "Bij de overheid heeft een
    ketenmanager soms doorzettingsmacht"; new informal questions, nineteenth session;
    ``tests/test_lead_rules.py``)."""
    forms = opening_verb_forms(q.text)
    asked = set(compound_stems(q.focus))
    if unit.is_list or not forms or not asked:
        return False
    said = {w.lower() for w in re.findall(r"\w+", unit.display)}
    missing = sum(1 for t in asked if not mentions(unit.stems, t))
    return not said.isdisjoint(forms) and missing <= (1 if len(asked) >= STATED_OF_MANY else 0)


def says_focus_over_list(unit: Unit, lead: Unit, q: Question) -> bool:
    """``unit`` is a sentence that says every word of the focus while the ``lead`` is a list whose introduction says
    none: a yes/no question on one thing is answered where that thing is said, not by a list with it as one item
    ("Helpt politieke druk?" quoted Groothedde's five factors, "Zo min mogelijk druk door machtsfactoren als geld,
    politiek …" among them, over Morgens' "… dat politieke druk cruciaal is"; new informal questions, forty-seventh
    session, ``tests/test_lead_rules.py``)."""
    # the domain's own word is said everywhere, it tells no sentence ("Kan een keten zonder contract?" kept Groothedde's
    # five factors, "… geen contract of convenant …" one of them, over METRO's "heel kort contract"; forty-eighth session)
    asked = set(compound_stems(q.focus)) - domain_stems()
    if unit.is_list or not lead.is_list or not asked:
        return False
    intro = stems_of(lead.intro or "")
    return not any(mentions(intro, t) for t in asked) and all(mentions(unit.stems, t) for t in asked)


STATED_OF_MANY = 3
"""Focus words from which a position may leave one out: "Is een ketenmanager de baas van de partners?" is answered by
"… is de ketenmanager volgens Ketens de baas 'de baas' van de keten", which says the chain, not the partners; it came
after the list of his tasks (new informal questions, forty-sixth session; ``tests/test_lead_rules.py``)."""


NEED_SHARE = 0.6
"""A sentence that says whether what a 'moet'-question asks is needed (``states_need``) leads when
it scores at least this share of the best one: it shares few of the question's words, yet it is the
position asked for."""


SUFFICIENCY = re.compile(r"\b(?:voldoende|genoeg|toereikend|enough|sufficient)\b", re.I)
"""Whether something suffices is answered by what more is needed: "Is een convenant voldoende om als
organisaties samen te werken?" led with "Een convenant past bij losse samenwerking …" before "Als de
samenwerking verder moet gaan dan intenties, zijn hardere afspraken nodig dan een convenant biedt"
(tuning n08; "… genoeg …" already led with it; thirtieth session, ``tests/test_lead_rules.py``)."""


def states_need(unit: Unit, q: Question) -> bool:
    """A 'moet'-question's (or a sufficiency question's, ``SUFFICIENCY``) position: the sentence says
    whether it is needed ('nodig', 'hoeft', ``inflections.NEED_WORDS``) of at least half the focus, two words
    of it when it has two ("Moet elke
    keten uiteindelijk de cultureel verankerde fase bereiken?" led with what that stadium is, before
    "Culturele verankering is … ook niet altijd nodig"; new informal questions, twentieth session;
    ``tests/test_lead_rules.py``). A focus word also counts when a stem shares all but its last two
    letters ('cultureel' and 'culturel' of 'culturele': the stemmer spells them apart)."""
    if unit.is_list or (opening_verb_forms(q.text).isdisjoint(NEED_WORDS) and not SUFFICIENCY.search(q.text)):
        return False
    if {w.lower() for w in re.findall(r"\w+", unit.display)}.isdisjoint(NEED_WORDS):
        return False
    asked = compound_stems(q.focus)
    near = sum(1 for t in asked if mentions(unit.stems, t) or _shares_start(unit.stems, t))
    return near >= min(2, len(asked)) and 2 * near >= len(asked)


def _shares_start(stems: frozenset[str], term: str) -> bool:
    """A stem starts with all but the last two letters of ``term`` (at least five)."""
    start = term[: max(5, len(term) - 2)]
    return len(term) >= 7 and any(s.startswith(start) for s in stems)


UNIVERSAL = re.compile(
    r"\b(?:elke|ieder|iedere|alle|altijd|overal|every|each|always)\b"
    r"|^\W*(?:heeft|hebben|heb|hebt|moet|moeten|hoeft|hoeven|does|do)\s+(?:een|a|an|ik|je|we|wij|u|i)\s"
    r"[^?]*\b(?:nodig|hebben|need|have)\b"
    r"|^\W*(?:kan|kunnen|can)\s+(?:een|je|we|ik|u|a|you)\s[^?]*\b(?:zonder|without)\b",
    re.I,
)
"""A yes/no question about every case ("Heeft elke keten een ketenmanager nodig?"); whether a chain, or
the asker's own, needs a thing asks it of any case: "Heeft een keten een ketenmanager nodig?" and "Heb ik een
ketenmanager nodig?" led with what the ketenmanager does, not with "Veel ketens stellen … een ketenmanager
aan" (new informal questions, fortieth session; ``tests/test_lead_rules.py``). So does whether it can do without
one: "Kan een keten zonder ketenmanager?" led with what the ketenmanager answers for (forty-first session)."""
PARTIAL = re.compile(
    r"\b(?:veel|vele|sommige|meeste|meestal|vaak|soms|niet\s+(?:altijd|alle|elke|iedere)|lang\s+niet"
    r"|many|some|most|often|sometimes|not\s+(?:always|all|every))\b",
    re.I,
)
"""Words that say how many cases: the answer to a question about every case."""


def states_extent(unit: Unit, q: Question) -> bool:
    """A question about every case (``UNIVERSAL``) is answered by a sentence that says in how many (``PARTIAL``)
    of every focus word: "Heeft elke keten een ketenmanager nodig?" led with what the ketenmanager does, not
    with "Veel ketens stellen daarom … een ketenmanager aan" (new informal questions, thirty-fourth session;
    ``tests/test_lead_rules.py``)."""
    if unit.is_list or not UNIVERSAL.search(q.text) or not PARTIAL.search(unit.display):
        return False
    asked = compound_stems(q.focus)
    return (
        bool(asked) and all(mentions(unit.stems, t) for t in asked) and _extent_of_asked(unit.display, asked)
    )


def extent_lead(q: Question, lead: Unit, candidates: list[Unit]) -> Unit | None:
    """For a question about every case, the best sentence that says in how many (``states_extent``) and scores at least
    ``NEED_SHARE`` of the lead; None when there is none or the question asks no such thing."""
    found = [u for u in candidates if states_extent(u, q) and u.base >= NEED_SHARE * lead.base]
    return max(found, key=lambda u: u.base, default=None)


def _extent_of_asked(text: str, asked: list[str]) -> bool:
    """A word of extent (``PARTIAL``) says how many of a thing asked, or of the domain's own things: the first content
    word after it is a focus word or a domain word ("Veel ketens stellen … een ketenmanager aan"). "Bij de overheid
    heeft een ketenmanager soms doorzettingsmacht" says how often of the doorzettingsmacht, and led "Heeft een keten
    altijd een ketenmanager nodig?" (new informal questions, fifty-second session; ``tests/test_lead_rules.py``)."""
    domain = domain_stems()
    for found in PARTIAL.finditer(text):
        first = stems(text[found.end() :])[:1]
        if (
            not first
            or any(mentions(frozenset(first), t) for t in asked)
            or any(first[0].startswith(d) for d in domain)
        ):
            return True
    return False
