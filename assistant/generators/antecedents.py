"""What a sentence that points back needs: the sentence it points to, directly before it.

A quote that opens with "Dat", "Hij", "Ook" … (``coherence.refers_back``) reads only after its
antecedent; the plans (``composition.py``, ``comparison.py``, ``speaker.py``) take the two
together, or one person's story told in pronouns as a whole chain, and keep them in reading
order. Split from ``composition.py`` (fifteenth session).
"""

from __future__ import annotations

import math
import re
from collections.abc import Container, Sequence

from assistant.coherence import LABELLED_SPEAKER, refers_back
from assistant.generators.units import Unit, signpost, usable
from assistant.markup import plain
from assistant.signposts import NARRATION

ADDS = re.compile(r"^[\"'“‘„(]*(?:Ook|Daarnaast|Verder|Bovendien)\b", re.I)
"""A sentence that adds a point to what came before ("Ook het communiceren van de ambitie is belangrijk") stands on
its own (``coherence.REFERRING`` lets "Ook" + a named subject lead), but carries no reference for the sentence after
it: "Enerzijds om alle medewerkers binnen de ketenorganisaties …" then led "Voert de ketenorganisatie zelf werk
uit?" with the communicating of an ambition (fifteenth and forty-third sessions; ``tests/test_lead_rules.py``)."""


ANTECEDENT_SHARE = 0.5
"""The share of their weight the asked words of the sentence a pointing sentence refers to count for it
(``inherited_terms``)."""


def inherited_terms(unit: Unit, units: Sequence[Unit], found: dict[int, set[str]]) -> set[str]:
    """The asked terms (``found``: by unit order) a sentence that opens by pointing back ("Dat vergt van bestuurders wel
    een andere mindset.") says through the sentences it points to — the one directly before it ("Niet in statische
    ketens, maar in dynamische netwerken.") and, while each points back too, those before that (``INHERITED_STEPS``) —
    which it does not say itself. "Wat vergt samenwerken van bestuurders volgens Be Informed?" led with Franke's "Dat
    vergt dus veel bestuurlijke aandacht …", whose 'dat' is the estafette that gets stuck, not the working together asked
    (new informal questions, forty-ninth session; ``tests/test_lead_rules.py``)."""
    if unit.is_list:
        # a list says its point in its items ("Toch wordt de term ‘keten’ … gebruikt:" took a29's lead)
        return set()
    if not OPENS_POINTING.match(plain(unit.display)):
        # only a sentence that opens by pointing back: "METRO selecteerde daarom …" names its own subject, and raised by
        # METRO's trust it took an example's lead from "Ketens de baas illustreert …" (caught by the full test run)
        return set()
    inherited: set[str] = set()
    current: Unit | None = unit
    for _ in range(INHERITED_STEPS):
        if current is None or not refers_back(current.display):
            break
        current = unit_before(current, units)
        if current is not None:
            inherited |= found.get(current.order, set())
    return inherited - found.get(unit.order, set())


OPENS_POINTING = re.compile(
    r"^[\"'“‘„(]*(?:(?:En|Maar|And|But)\s+)?(?i:dat|die|dit|deze|daar\w*|hier\w*|zo'n|zulke|niet|hij|zij|ze|this|that|"
    r"these|those|there|he|she|they)\b"
)
"""A sentence whose first word points back ("Dat vergt …", "En daar moet …", "Niet in statische ketens …"): only such
a sentence inherits its antecedents' asked words (``inherited_terms``); one that names its own subject and points back
later ("METRO selecteerde daarom …") does not."""
INHERITED_STEPS = 3
"""How far back a chain of pointing sentences is read ("Niet in statische ketens, maar in dynamische netwerken." points
back too, to "Overheden en andere partijen moeten steeds meer samenwerken.")."""


def inherit_terms(
    units: Sequence[Unit], found: dict[int, set[str]], weights: dict[str, float], own: float, short: float
) -> None:
    """Raise each pointing sentence's own-words signal, and its score (``own``: that signal's weight, ``short``: the
    factor of a short sentence), by ``ANTECEDENT_SHARE`` of the weight of the asked words it says through its
    antecedents (``inherited_terms``)."""
    total = math.fsum(weights.values()) or 1.0
    for unit in units:
        gain = ANTECEDENT_SHARE * math.fsum(weights[t] for t in inherited_terms(unit, units, found)) / total
        if gain and unit.signals is not None:
            unit.signals.own += gain
            unit.score += own * gain * (short if unit.signals.short else 1.0)


def unit_before(unit: Unit, units: Sequence[Unit]) -> Unit | None:
    """The unit directly before ``unit`` in reading order: in its passage, or for a passage's first unit the last of
    the passage before it in the same section of its document, when that one was retrieved too (``chunk_before``)."""
    same = next((u for u in units if u.order == unit.order - 1 and u.passage == unit.passage), None)
    if same is not None or any(u.passage == unit.passage and u.order < unit.order for u in units):
        return same
    return chunk_before(unit, units)


def chunk_before(unit: Unit, units: Sequence[Unit]) -> Unit | None:
    """The last unit of the passage that precedes ``unit``'s passage in the same section of its document.

    A chunk may begin mid-argument: "Boissevain: “Je moet dus een gezamenlijk platform hebben …" opens its passage,
    and its 'dus' points to the last sentence of the chunk before ("… kunnen de deelnemende partijen ook niet meer
    van statisch vormgegeven bedrijfsprocessen uitgaan"); with no antecedent it was never quoted, and "Wat is een
    gezamenlijk platform?" led with another quote (new informal questions, forty-fifth session;
    ``tests/test_lead_rules.py``)."""
    before = [
        u
        for u in units
        if u.section == unit.section and u.position == unit.position - 1 and u.passage != unit.passage
    ]
    return max(before, key=lambda u: u.order) if before else None


def antecedent(unit: Unit, units: Sequence[Unit]) -> Unit | None:
    """The unit directly before ``unit`` in its passage, if it can carry the reference."""
    before = unit_before(unit, units)
    if before is None or refers_back(before.display) or ADDS.match(before.display) or not usable(before):
        return None
    if signpost(before) and not NARRATION.search(before.display):
        # a sentence telling who spoke ("Na Groothedde hield John Froger een verhaal") is what
        # "Hij is zelfstandig adviseur" points back to; other signposts say where, not who
        return None
    return before


CHAIN = 5
"""Sentences back ``pick`` may go for a sentence that points back to one that points back too (4:
"Vroeger waren zij …" may be weighed before the sentence it follows is in the answer):
"Deze werd ingeleid door Anneleen Winters. Zij promoveert … Ze legde de zaal voor dat de rol van
publieke managers is veranderd." "Wat zei Anneleen Winters over de rol van publieke managers?" left
out the one sentence that answers it, whose antecedent was itself a pronoun (new informal
questions, fifteenth session; ``tests/test_lead_rules.py``). 5: her dilemmas come four sentences after the one that
names her ("Welke dilemma's noemt Anneleen Winters?", forty-fifth session)."""


def antecedent_chain(
    unit: Unit, units: Sequence[Unit], depth: int = CHAIN, taken: Container[int] = ()
) -> list[Unit] | None:
    """The sentences before ``unit`` up to one that points nowhere or is already in the answer
    (``taken``; at most ``depth``), in reading order; None when there is none within reach."""
    chain: list[Unit] = []
    current = unit
    ending = True
    """``current`` may end a story (``OF_STORY``): it is the unit, or an elliptic 'En …' goes on from it."""
    steps = 0
    while steps < depth + (QUOTE_STEPS if current.quoted else 0):
        steps += 1
        # inside one speaker's quotation the chain goes back sentence by sentence to where it opens
        within = current.quoted and not opens_quote(current)
        before = None if within else antecedent(current, units)
        if before is not None:
            return [before, *chain]
        before = unit_before(current, units)
        if before is None or not usable(before) or before.is_list:
            return None  # a sentence after bullets points back over them: it never reads on
        if before.order in taken:
            return chain
        if (
            current.quoted
            and before.quoted
            and current.passage == before.passage
            and not opens_quote(current)
        ):
            # one speaker's quotation reads on from where it opens ("“Ons standpunt is: … Wij pleiten ervoor … En deel
            # die modellen … Dan heb je die keten gefaciliteerd. Dan hoeven niet 400 gemeenten …"): the sentence answering
            # "Waarom moeten 400 gemeenten niet zelf hun processen ontwerpen?" was never shown (forty-eighth session,
            # ``tests/test_coherence.py``)
            chain.insert(0, before)
            if opens_quote(before):
                return chain
            current = before
            ending = False
            continue
        if not refers_back(before.display):
            return None
        if ending and AND_MORE.match(current.display) and OF_STORY.match(before.display):
            # "Dat vergt volwassenheid. En de moed om jezelf als schakel te zien …": one sentence in two
            chain.insert(0, before)
            current = before
            continue
        if not (
            (PERSON_REFERENCE.search(current.display) or (ending and OF_STORY.match(current.display)))
            and (PERSON_REFERENCE.search(before.display) or LABELLED_SPEAKER.search(before.display))
        ):
            # "Enerzijds om …" after "Ook het communiceren …" after a quote on political pressure:
            # steps of an argument are points of their own, not one person's story
            return None
        chain.insert(0, before)
        current = before
        ending = False
    return None


PERSON_REFERENCE = re.compile(r"^[\"'“‘„(]*(?:\w+\s+){0,2}(?:hij|zij|ze|deze|die|he|she|they)\b", re.I)
"""A sentence that refers back with a pronoun among its first words ("Ze legde …", "Deze werd
ingeleid door …", "Vroeger waren zij …"): a chain of them tells one person's story
(``antecedent_chain``). Other chains were argument steps: "Voert de ketenorganisatie zelf werk
uit?" led with a quote on political pressure two steps before "Enerzijds om alle medewerkers
binnen de ketenorganisaties …" (nora n29 on the held-apart half, seen after the change; fifteenth
session, ``tests/test_lead_rules.py``)."""


QUOTE_STEPS = 4
"""Steps a chain may take back through one speaker's quotation besides ``CHAIN`` (to where it opens)."""


def opens_quote(unit: Unit) -> bool:
    """The unit's own words open a quotation they do not close (a sentence opening a quotation of several)."""
    return sum(unit.quote.count(mark) for mark in "“„‘") > sum(unit.quote.count(mark) for mark in "”’")


AND_MORE = re.compile(r"^[\"'“‘„(]*En\s+(?:de|het|een|ook)\s+\w+\s+(?:om|van|voor|die|dat)\b")
"""A sentence that adds a noun to the one before without a verb of its own ("Dat vergt volwassenheid. En de moed om
jezelf als schakel te zien in een groter geheel."): it reads with that sentence as one; "Wat betekent jezelf als schakel
zien?" was answered without it, its chain refused as argument steps (forty-eighth session, ``tests/test_coherence.py``)."""


OF_STORY = re.compile(r"^[\"'“‘„(]*Dat\s+(?:brengt|bracht|betekent|betekende|vraagt|vroeg|vergt|vergde)\b")
"""A sentence that says what the one before it brings ("Dat brengt nieuwe dilemma's met zich mee."): after one
person's story told in pronouns it ends that story (``antecedent_chain``), so "Welke dilemma's zijn er voor
managers?" reaches Winters' dilemmas (new informal questions, forty-fifth session; ``tests/test_coherence.py``)."""


def keep_pairs(ordered: list[Unit], units: Sequence[Unit], case: bool = False) -> list[Unit]:
    """Move each unit that points back directly after its antecedent (``case``: the question is
    the antecedent of a "… dan …" sentence, ``coherence.states_case``)."""
    out: list[Unit] = []
    for unit in ordered:
        if unit in out:
            continue
        if refers_back(unit.display, case):
            before = unit_before(unit, units)
            if before is not None and before in ordered:
                if before not in out:
                    out.append(before)
                out.insert(out.index(before) + 1, unit)
                continue
        out.append(unit)
    return out
