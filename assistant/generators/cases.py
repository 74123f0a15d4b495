"""Rules for a question that states a case ("Wat gebeurt er als …?"): the sentence about the case
asked answers it, not one that only repeats the case's words.

Split from ``rules.py`` (twelfth session). Each rule names the eval that showed it helps.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.coherence import CONDITION, refers_back
from assistant.focus import focus_of
from assistant.focus_words import GENERIC
from assistant.generators.nudges import CONDITIONAL, CONSEQUENCE, GONE_CASE
from assistant.generators.scoring import UBIQUITOUS_IDF
from assistant.generators.units import Unit
from assistant.glossary import glossed, synonyms_of
from assistant.verbs import JoinedVerb, asked_verb, why_verb, written_forms
from ketenwijzer.compounds import compound_stems
from ketenwijzer.text import stems, words

NEGATED_CONDITION = re.compile(
    r"\b(?:als|wanneer|indien|zonder|if|when|without)\b(?P<cond>[^?.;]*?"
    r"\b(?:geen|niet|zonder|ontbre\w+|no|not|without|lacks?)\b[^?.;,]*)",
    re.I,
)
NEGATION = frozenset(
    ["geen", "niet", "zonder", "ontbreekt", "ontbreken", "no", "not", "without", "lack", "lacks"]
)
NEGATION_REACH = 3
"""Words after a negation that it still governs ("geen duidelijke gezamenlijke ambitie")."""
CONDITION_BONUS = 0.15
""""Wat gebeurt er als er geen vertrouwen is?" is answered by a sentence about its absence ("Als er
geen vertrouwen is …, dan mislukt het", "Ketensamenwerking zonder vertrouwen wordt … een dure
kostenpost"), not by one that echoes the words without the negation ("Er moet vertrouwen tussen
ketenpartners zijn"): the dense reader does not hear the 'geen' (conversations v09, practical
p31, fifth session; ``tests/test_lead_rules.py``)."""


def negated_terms(question: str) -> frozenset[str]:
    """The stems a question's condition negates ("als je geen duidelijke ambitie hebt" → duidelijk, ambitie)."""
    found = NEGATED_CONDITION.search(question)
    if not found:
        return frozenset()
    tokens = words(found.group("cond"))
    governed: list[str] = []
    for i, token in enumerate(tokens):
        if token in NEGATION:
            governed.extend(tokens[i + 1 : i + 1 + NEGATION_REACH])
    # an English word is looked for as its Dutch ("when partners do not trust each other": 'vertrouwen')
    translated = [glossed(w) for w in governed if glossed(w) and not synonyms_of(w)]
    return frozenset(compound_stems(" ".join(governed + translated)))


def favour_condition(question: str, units: list[Unit]) -> None:
    """Lift sentences that negate what the question's condition negates."""
    asked = negated_terms(question)
    if not asked:
        return
    for unit in units:
        tokens = words(unit.intro or unit.display)
        for i, token in enumerate(tokens):
            reach = " ".join(tokens[i + 1 : i + 1 + NEGATION_REACH])
            if token in NEGATION and reach and asked & set(compound_stems(reach)):
                unit.score += CONDITION_BONUS
                break


RESTATED_WORDS = 2
"""Words of the question's case a sentence shares to count as restating it (and at least half)."""


def yield_to_outcome(question: str, kind: str, units: list[Unit]) -> None:
    """In a consequence question that states its case, a sentence that restates the case and
    states no outcome swaps scores with the sentence right after it when that one states it.

    "Wat gebeurt er als je geen duidelijke gezamenlijke ambitie hebt?" led with "Morgens vond ook
    vormen van ketensamenwerking waar geen duidelijke ambitie was bepaald" (it shares the words);
    the answer is the next sentence, "Ketensamenwerking ontaardde dan in … overlegclubs", whose
    'dan' the question's case carries (``coherence.states_case``; practical p31, articles a36;
    eleventh session; ``tests/test_lead_rules.py``). A follower that points back otherwise
    ("Dit leidde tot …", "Gebeurt dat toch, dan …") keeps its score: it cannot lead.
    """
    found = CONDITION.search(question)
    if kind != "consequence" or not found:
        return
    asked = frozenset(compound_stems(found.group("cond")))
    by_order = {u.order: u for u in units}
    for unit in units:
        after = by_order.get(unit.order + 1)
        if (
            after is not None
            and after.passage == unit.passage
            and len(asked & unit.stems) >= max(RESTATED_WORDS, len(asked) / 2)
            and not CONSEQUENCE.search(unit.intro or unit.display)
            and CONSEQUENCE.search(after.intro or after.display)
            and not refers_back(after.display, case=True)
            and after.score < unit.score
        ):
            unit.score, after.score = after.score, unit.score


SAME_CASE_BONUS = 0.2
"""What a conditional sentence gains in a "Wat gebeurt er als …?" question when its condition
names a telling word of the question's case: "Als de top niet (meer) in de keten gelooft, …, komt
de samenwerking niet van de grond of valt zij uiteen" answers "Wat gebeurt er als de top van een
partner de interesse verliest?", which led with "Een ketenpartner kan zijn deel van het
ketenproces niet zonder afstemming inrichten" ('partner'); and "Als er geen vertrouwen is …, dan
mislukt het" answers "… als er geen vertrouwen is tussen ketenpartners?" (conversations v09 and
english e23 on the tuning half, twelfth session; ``tests/test_lead_rules.py``)."""
SENTENCE_CONDITION = re.compile(r"^\W*(?:als|wanneer|indien|zodra|if|when)\b(?P<cond>[^,;]{4,}?),", re.I)
"""A sentence that opens with its condition ("Als de top niet (meer) in de keten gelooft, …")."""


STATED_CASE = re.compile(
    r"^\W*(?P<cond>[^?]{6,160}?)[.,!]\s*(?:en\s+)?(?:wat\s+nu"
    r"|wat\s+(?:moet|kan|moeten|kunnen)\s+(?:ik|je|we|wij)(?:\s+\w+)?\s+doen|hoe\s+pak\s+(?:ik|je|we)\s+(?:dat|dit)\s+aan"
    r"|what\s+now|what\s+(?:should|can)\s+(?:i|we)\s+do)\s*\?+\s*$",
    re.I,
)
"""A case told as a statement, then "Wat nu?": "De top van een partnerorganisatie haakt af. Wat nu?" asks what
follows and what to do, as "Wat als de top afhaakt?" does; it led with Groothedde's five factors, one of
which names the top, not with "Als de top niet (meer) in de keten gelooft, …" (new informal questions,
thirty-fourth session; ``tests/test_lead_rules.py``)."""


def favour_same_case(question: str, kind: str, units: list[Unit], idf: Callable[[str], float]) -> None:
    """A consequence question, or advice asked on a case told before it (``STATED_CASE``): lift the
    conditional sentences whose condition shares a telling word (``idf`` at least ``UBIQUITOUS_IDF``)
    with the question's case."""
    found = CONDITION.search(question) if kind == "consequence" else None
    found = found or (STATED_CASE.match(question) if kind in ("consequence", "advice") else None)
    if not found:
        return
    # its focus words: 'goed' in "als dat niet goed gaat" names no case ("Zodra de samenwerking goed loopt")
    asked = {t for t in compound_stems(focus_of(found.group("cond"))) if idf(t) >= UBIQUITOUS_IDF}
    if not asked:
        return
    for unit in units:
        text = unit.intro or unit.display
        condition = SENTENCE_CONDITION.match(text)
        if condition and CONDITIONAL.search(text) and asked & set(compound_stems(condition.group("cond"))):
            unit.score += SAME_CASE_BONUS


ABSENT_CASE_PENALTY = 0.2
"""What a sentence loses in a consequence question about a thing that is there, when its passage
has said the thing is missing before it or in it: "Wat levert een gezamenlijke ambitie op?" led with
what happened where Morgens found no clear ambition ("Het gezamenlijke doel raakte op de
achtergrond …", "Dit leidde tot het niet halen van planningen …"); the consequences of its absence
answer the opposite question (new informal questions, twentieth session; ``tests/test_lead_rules.py``)."""


def yield_absent_case(question: str, focus: str, kind: str, units: list[Unit]) -> None:
    """A consequence question that negates nothing: sentences in or after one that says a focus
    word is missing ("waar geen duidelijke ambitie was bepaald", "zonder vertrouwen") lose
    ``ABSENT_CASE_PENALTY``, up to the end of their passage."""
    if kind != "consequence" or NEGATION & set(words(question)) or GONE_CASE.search(question):
        # a thing asked gone or without ("En als het vertrouwen weg is?") asks that very case
        return
    asked = set(compound_stems(focus))
    if not asked:
        return
    absent_from: dict[int, int] = {}
    for unit in sorted(units, key=lambda u: (u.passage, u.order)):
        if unit.passage in absent_from:
            continue
        tokens = words(unit.intro or unit.display)
        for i, token in enumerate(tokens):
            reach = " ".join(tokens[i + 1 : i + 1 + NEGATION_REACH])
            if token in NEGATION and reach and asked & set(compound_stems(reach)):
                absent_from[unit.passage] = unit.order
                break
    for unit in units:
        start = absent_from.get(unit.passage)
        if start is not None and unit.order >= start:
            unit.score -= ABSENT_CASE_PENALTY


PREDICATE_BONUS = 0.3
"""Added to a sentence that says the verb a cause question asks about (``favour_predicate``)."""


def favour_predicate(kind: str, joined: JoinedVerb | None, units: list[Unit]) -> None:
    """For a cause question whose verb is written apart ("Waarom loopt de samenwerking rond een kind
    … in de jeugdzorg zo vaak vast?"), favour the sentences that say that verb ('vastlopen'): they
    state the case whose cause is asked. The sentence that only shared the setting's words
    ('jeugdzorg', 'kind', 'gezin') led, the estafette model that "gewoon vastloopt" came second
    (articles a13 on the tuning half; ``tests/test_answer_plans.py``)."""
    if kind != "cause" or joined is None or not joined.word:
        return
    said = set(compound_stems(joined.word))
    for unit in units:
        if said and said <= unit.stems:
            unit.score += PREDICATE_BONUS


LIGHT_VERBS = frozenset(["zorgen", "krijgen", "maken", "houden", "laten", "gaan", "komen", "doen"])
"""Verbs that carry another's meaning ("Hoe zorg ik dat …", "Hoe krijg ik … mee"): no verb asked. Once their third
person counted ('zorgt'), "Hoe zorg ik dat de mensen in de uitvoering snappen …" led with "… zorgt dat overzicht voor
betrokkenheid" (held-apart practical p11, forty-second session, †)."""
ASKED_VERB_BONUS = 0.2
"""Added to a sentence that says the verb a how-question asks, or its glossary word (``favour_asked_verb``)."""


def favour_asked_verb(kind: str, question: str, units: list[Unit], idf: Callable[[str], float]) -> None:
    """For advice asked by its verb ("Hoe meet je het succes van een keten?"), favour the sentences that say that
    verb or the glossary's word for it ('meten' → 'meetbaar'): the object's word alone ('succes') led with
    Groothedde's success factors, the answer "het meetbaar maken van de ambitie …" came sixth (new informal
    questions, forty-first session; ``tests/test_lead_rules.py``). Not a generic verb ('krijg', 'zorg') nor one
    every other passage says. The verb counts as a verb, the word as written ('besturen'): its stem is often a noun's
    too, and "Hoe bestuur je een keten zonder baas?" gained "… dat het bestuur de toon zet" as a third bullet."""
    if kind != "advice":
        return
    verb = asked_verb(question)
    said = set(stems(verb)) if verb else set()
    if (
        not said
        or verb in GENERIC
        or verb in LIGHT_VERBS
        or any(t in GENERIC or idf(t) < UBIQUITOUS_IDF for t in said)
    ):
        return
    glossary = set(stems(glossed(verb)))
    forms = written_forms(verb)
    for unit in units:
        if forms & {w.lower() for w in words(unit.display)} or glossary & unit.stems:
            unit.score += ASKED_VERB_BONUS


OUTCOMES = (
    frozenset(stems("mislukken falen vastlopen misgaan stranden")),
    frozenset(stems("succesvol succesvolle geslaagd slagen slaagt")),
)
"""Dutch words for a failed and a successful outcome: general language, like stopwords, no corpus vocabulary."""
ENGLISH_OUTCOMES = (
    frozenset(["fail", "fails", "failed", "failing", "founder", "founders"]),
    frozenset(["succeed", "succeeds", "succeeded", "succeeding"]),
)
"""The same outcomes asked in English ("Why do chain projects fail so often?"), read against the Dutch sentences."""
OPPOSITE_OUTCOME_PENALTY = 0.3
"""What a sentence loses in a cause question about one outcome when it says the other and not the asked one
(``yield_opposite_outcome``)."""
ASKED_OUTCOME_BONUS = 0.2
"""What a sentence gains in a cause question about one outcome when it says that outcome (``favour_asked_outcome``)."""


def _asked_outcome(question: str, joined: JoinedVerb | None) -> tuple[frozenset[str], frozenset[str]] | None:
    """The outcome a why-question asks about, by the verb after 'waarom' (``verbs.why_verb``) or its English word, and
    the opposite one; None for any other question."""
    verb = joined.word if joined is not None and joined.word else why_verb(question)
    asked = set(stems(verb)) if verb else set()
    typed = set(words(question))
    for outcome, other, english in (
        (OUTCOMES[0], OUTCOMES[1], ENGLISH_OUTCOMES[0]),
        (OUTCOMES[1], OUTCOMES[0], ENGLISH_OUTCOMES[1]),
    ):
        if (asked and asked <= outcome) or typed & english:
            return outcome, other
    return None


def yield_opposite_outcome(kind: str, question: str, joined: JoinedVerb | None, units: list[Unit]) -> None:
    """A why-question about failing ("Waarom mislukken ketenprojecten zo vaak?") is not answered by a sentence on the
    same things succeeding: "… voorbeelden van grote ketenprojecten die hierdoor succesvol werden" led, sharing the
    rare 'ketenprojecten', over "… dan mislukt het" (new informal questions, fifty-first session;
    ``tests/test_lead_rules.py``). Such sentences lose ``OPPOSITE_OUTCOME_PENALTY``; the same holds the other way."""
    found = _asked_outcome(question, joined) if kind == "cause" else None
    if found is None:
        return
    outcome, other = found
    for unit in units:
        if unit.stems & other and not unit.stems & outcome:
            unit.score -= OPPOSITE_OUTCOME_PENALTY


def favour_asked_outcome(kind: str, question: str, joined: JoinedVerb | None, units: list[Unit]) -> None:
    """A why-question about an outcome lifts the sentences that say it (``ASKED_OUTCOME_BONUS``): of the outcome's
    words, 'mislukt' in "… dan mislukt het", not any verb after 'waarom' — 'ontstaat' ("Waarom ontstaat er weerstand?")
    or 'vormen' ("andere vormen van samenwerking") said nothing of the case (caught by the test run, fifty-first
    session; ``tests/test_lead_rules.py``)."""
    found = _asked_outcome(question, joined) if kind == "cause" else None
    if found is None or NEGATION & set(words(question)):
        return
    for unit in units:
        if unit.stems & found[0]:
            unit.score += ASKED_OUTCOME_BONUS
