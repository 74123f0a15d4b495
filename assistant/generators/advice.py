"""The advice plan: 2–6 bullets, each one cited recommendation or condition.

Split from ``composition.py`` (tenth session; the other plans and the helpers they share live there).
"""

from __future__ import annotations

import re

from assistant.brackets import carried
from assistant.coherence import NAMED_PRONOUN, names_a_case_before, refers_back
from assistant.generators.antecedents import antecedent, unit_before
from assistant.generators.causes import overcomes
from assistant.generators.composition import Composition, PlanContext, plan_open, signpost
from assistant.generators.picking import _similar
from assistant.generators.speaker import REPORTS
from assistant.generators.strays import without_strays
from assistant.generators.units import Unit, mentions, usable
from assistant.glossary import expand_query
from assistant.question import Question
from assistant.remedies import asks_remedy
from ketenwijzer.text import stems

MAX_BULLETS = 6
ADVICE_KEEP = 0.8
"""Past three bullets, an advice point must score this share of the best one (no padding)."""


ADDITIVE = re.compile(r"^\W*(?:Daarnaast|Bovendien|Verder|Tevens|Eveneens|Ook)\b")
"""A point that only adds to the sentence before it ("Daarnaast is het meetbaar maken van de ambitie
nodig …") is a bullet together with that sentence; one that leans on it for its sense ("Zo moeten
organisaties in de strafrechtketen …", "Maar ook …") is no point of its own (practical p03, p10).
A point in which a person's pronoun reports what they say (``speaker.REPORTS``: "Hij benoemde 5
veelal zachte factoren …", not "Hij is zelfstandig adviseur …") comes with the sentence before it
too, which says who: the five factors of the seminar's speaker were
never a bullet ("Hoe zorg je voor draagvlak bij de partners?"; new informal questions,
eighteenth session; ``tests/test_lead_rules.py``)."""


BROAD_PER_DOC = 1
"""Bullets per document when every word asked is in a third of the passages or more (``ctx.broad``):
all of them are then on the subject and their order says little, so each source gives its best point.
"Geef me drie tips voor ketensamenwerking" gave two of its three bullets to the dossier's resistances
(new informal questions, twenty-ninth session; ``tests/test_lead_rules.py``)."""


OVERCOME_BONUS = 0.15
"""Added to a point that says the asked thing is overcome (``causes.OVERCOMES``)."""
REMEDY_BONUS = 0.3
"""Added on top when the question asks how the thing is dealt with (``remedies.REMEDY_ASKED``): "Hoe pak je
weerstanden tegen ketensamenwerking aan?" listed the resistances, whose sentences name both its words, above
"Zo ontstaat de wil om de eerste weerstand … te overwinnen" (fortieth session; ``tests/test_lead_rules.py``)."""


LEAN_MARGIN = 1.1
"""The best point leans on the sentence before it only when it clearly leads (by this factor over the
next): "overlegclubs" answers "We vergaderen veel maar besluiten weinig …" (0.69 against 0.50), not
"Hoe meet je of je keten succesvol is?" by its one 'succesvolle' (0.75 against 0.74; new informal
questions, twenty-eighth session)."""
RESUMED = re.compile(r"\b(?:dat|die|dit|deze)\s+(?P<noun>[^\W\d_]{5,})\b", re.I)
"""A demonstrative and the noun it points with ("dat overzicht")."""
RESUMED_PREFIX = 6
"""Letters the pointed noun and a word of the sentence before share for the one to resume the other."""


def resumes(said: str, before: str) -> bool:
    """``said`` points back with a noun made of a word of the sentence before, another form of it ("Een ketenspeler moet
    ook overzien hoe de hele keten loopt … Volgens Ketens de baas zorgt dat overzicht voor betrokkenheid"): it names
    what that sentence said, and the two are one point, a bullet together. "Hoe houd ik iedereen betrokken?" gave its
    best point without the overview it points to, and once 'zorgt dat overzicht voor' read as pointing back
    (``coherence.REFERRING``) dropped it, leaning on the sentence before by a margin below ``LEAN_MARGIN`` (new
    informal questions, fifty-fifth session; ``tests/test_lead_rules.py``). A noun repeated as it was ("…
    gemeenschappelijke doelen nastreven. Die gemeenschappelijke doelen …") does not: it led "hoe krijg je partners op
    een lijn" with what a chain is."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]{5,}", before)}
    prefixes = {w[:RESUMED_PREFIX] for w in words}
    return any(
        (noun := m["noun"].lower())[:RESUMED_PREFIX] in prefixes and noun not in words
        for m in RESUMED.finditer(said)
    )


ILLUSTRATES = re.compile(
    r"^\W*(?:zo|bijvoorbeeld|zoals|neem|denk\s+aan|for\s+example|for\s+instance)\b", re.I
)
"""A sentence that illustrates the one before it, no point of advice of its own."""


OFF_SUBJECT = {
    "nl": "(De bronnen geven hierover geen advies; wat ze over ‘{term}’ zeggen, staat hieronder.)",
    "en": "(The sources give no advice on this; what they say about ‘{term}’ follows.)",
}
"""Said when no advice point names what the question is about, while the passages found do, in
sentences that only say where it is discussed: "Hoe richt je een ketenbureau in?" got two points on
setting up a chain in general, not one on the ketenbureau, whose own section of the dossier could not
be confirmed (new informal questions, twenty-ninth session; ``tests/test_lead_rules.py``)."""


def off_subject(chosen: list[Unit], units: list[Unit], ctx: PlanContext) -> str:
    """The question's telling word (the rarest of ``ctx.telling`` that a signpost names: the subject has
    a place of its own in the sources) when no chosen point names it; else ''. Not any rare word: 'Hoe
    houd ik de top van de partnerorganisaties betrokken?' is about the top (conversations v12, tuning
    half, lost its answer to a sentence on 'partnerorganisaties')."""
    named = [t for t in ctx.telling if any(mentions(u.stems, t) and signpost(u) for u in units if usable(u))]
    if not named or any(mentions(u.stems, named[0]) for u in chosen):
        return ""
    return named[0]


POINTER = re.compile(
    r"\b(?:dat|die|dit|deze|het|that|this|it|them)\W*$|\bdaar(?:aan|mee|van|voor|over|in|op)\b", re.I
)
"""A follow-up that points back for its subject, at its end ("hoe meet je dat?") or by 'daar…' ("hoe kom je daaraan?");
not 'dat' opening a clause ("en hoe voorkom ik dat het misgaat?" asks about going wrong; it was told the sources give no
advice on 'meet' of the question before it)."""


SUBJECT_LETTERS = 5
"""The fewest letters of a carried subject word."""


def carried_subject(
    q: Question, chosen: list[Unit], units: list[Unit], modifiers: tuple[str, ...] = ()
) -> tuple[str, str] | None:
    """(stem, word) of the subject a follow-up points back to (``POINTER``) when the best point does not name it and a
    sentence found does: "hoe meet je dat?" after "Waarom is vertrouwen belangrijk in een keten?" got Morgens' point on
    measuring the ambition, as if it were on trust (new informal questions, fiftieth session;
    ``tests/test_lead_rules.py``). The corpus's own modifier ('keten', ``PlanContext.modifiers``) is no subject of its
    own."""
    found = carried(q.text)
    if found is None or found.claim or not POINTER.search(found.asked):
        return None
    words = [
        w
        for w in " ".join(found.topic).split()
        if not {w.lower(), w.lower().removesuffix("s")} & set(modifiers)
    ]
    if len(words) != 1 or len(words[0]) < SUBJECT_LETTERS:
        return None  # a topic of several words ("meet … succesvol": how to measure success) is no one subject
    word = words[0]
    subject = next(iter(stems(word)), "")
    if not subject or mentions(chosen[0].stems, subject):
        return None
    named = any(mentions(u.stems, subject) for u in units if usable(u) and not u.is_list)
    return (subject, word) if named else None


SUBJECT_SENTENCES = 3
"""Sentences on the subject an off-subject advice answer gives instead (``off_subject``)."""


def _on_the_subject(units: list[Unit], subject: str, word: str, language: str) -> Composition:
    """The best sentences that name ``subject`` (a stem; ``word`` as the question wrote it), best first,
    after ``OFF_SUBJECT``."""
    named = [u for u in units if usable(u) and not u.is_list and mentions(u.stems, subject)]
    best = sorted(named, key=lambda u: -u.score)[:SUBJECT_SENTENCES]
    comp = Composition(note=OFF_SUBJECT.get(language, OFF_SUBJECT["nl"]).format(term=word))
    comp.note_stands = True
    for unit in best:
        comp.add(unit)
    return comp


def _listed_points(unit: Unit) -> bool:
    """A point that is a list whose introduction points back ("Ketenpartners maken daarom eenduidige afspraken over:
    …"): its items are the points, and it comes with the sentence it points to, as the best point does.
    "Er is een conflict tussen twee partners over geld. Wat doe ik?" lost the agreements on "financiële en materiële
    bijdragen" and "de stappen bij problemen, zoals escalatieprocedures" and led with "Elkaar leren kennen kost tijd en
    geld" (new informal questions, fiftieth session; ``tests/test_lead_rules.py``)."""
    return unit.is_list and bool(unit.items)


def plan_advice(q: Question, units: list[Unit], ctx: PlanContext) -> Composition:
    """2–6 bullets, each one cited recommendation or condition, from every source that gives one.

    Past two bullets a point must score ``ADVICE_KEEP`` of the best: a third bullet that is a
    remark about the dossier pads the answer (the issue asks 3–6; it also says never to pad).
    Signposts are never a bullet.
    """
    candidates = list(units)
    # an English focus is read in the corpus's words ('resistance' → 'weerstand')
    focus = frozenset(stems(expand_query(q.focus, q.language) if q.language == "en" else q.focus))
    bonus = OVERCOME_BONUS + (REMEDY_BONUS if asks_remedy(q.text) else 0.0)
    for unit in candidates:
        if overcomes(unit, focus):
            unit.score += bonus
    chosen: list[Unit] = []
    needs: dict[int, Unit] = {}
    """A chosen point that points back → the sentence before it, shown first in its bullet."""
    per_doc: dict[str, int] = {}
    best = max((u.score for u in candidates), default=0.0)
    runner_up = ([*sorted((u.score for u in candidates), reverse=True)[1:2], 0.0])[0]
    for unit in sorted(candidates, key=lambda u: -u.score):
        if len(chosen) >= min(MAX_BULLETS, ctx.max_sentences):
            break
        if unit.score < ADVICE_KEEP * best and len(chosen) >= ctx.min_bullets:
            break
        if not usable(unit) or unit.n_words < 5 or signpost(unit):
            continue
        if refers_back(unit.intro or unit.display):
            additive = ADDITIVE.match(unit.display) and not unit.is_list
            said = unit.intro or unit.display
            # the best point of all comes with the sentence it points back to: "Ketensamenwerking
            # ontaardde dan in goed bedoelde maar onvoldoende succesvolle overlegclubs" was dropped for
            # "We vergaderen veel maar besluiten weinig, wat doen we fout?" (twenty-eighth session); not
            # an illustration ("Zo moeten organisaties in de strafrechtketen …" is no point; tuning p03)
            best_point = (
                unit.score >= best and unit.score >= LEAN_MARGIN * runner_up and not ILLUSTRATES.match(said)
            )
            before_unit = unit_before(unit, units)
            leans = (
                additive
                or (NAMED_PRONOUN.match(said) and REPORTS.search(said))
                or (before_unit is not None and resumes(said, before_unit.display))
                or best_point
                or overcomes(unit, focus)
                or _listed_points(unit)
            )
            before = antecedent(unit, units) if leans else None
            if before is None or before in chosen or any(before is b for b in needs.values()):
                continue
            needs[unit.order] = before
        if unit.is_list and not unit.intro:
            # bare items say nowhere what they list: "- Angst voor verlies …; Opgelegde
            # samenwerking; Te hoge doelstelling" answered "Hoe overwin je die (weerstanden)?"
            # (new informal questions, tenth session; ``tests/test_lead_rules.py``)
            continue
        if names_a_case_before(unit.display):
            needs.pop(unit.order, None)
            continue  # a bullet is read on its own: "in dat laatste geval" has no case to point to
        if any(_similar(unit, c) > 0.5 for c in chosen) or (needs.get(unit.order) in chosen):
            needs.pop(unit.order, None)
            continue
        doc = unit.section[0]
        # diversity: a second bullet from one document only when it is still strong, and none when the
        # question asks about the whole domain (``BROAD_PER_DOC``)
        if ctx.broad and per_doc.get(doc, 0) >= BROAD_PER_DOC:
            needs.pop(unit.order, None)
            continue
        if per_doc.get(doc, 0) >= 2 and unit.score < 0.9 * best:
            needs.pop(unit.order, None)
            continue
        chosen.append(unit)
        per_doc[doc] = per_doc.get(doc, 0) + 1
    if len(chosen) < 2:
        return plan_open(q, units, ctx)
    if subject := off_subject(chosen, units, ctx):
        word = next((w for w in q.focus.split() if subject in stems(w)), subject)
        instead = _on_the_subject(units, subject, word, ctx.language)
        if instead.sentences:
            return instead
    if carried := carried_subject(q, chosen, units, ctx.modifiers):
        instead = _on_the_subject(units, carried[0], carried[1], ctx.language)
        if instead.sentences:
            return instead
    # a bullet from a passage that never names the subject is no advice on it ("Hoe verdeel je de kosten in
    # een keten?" got "Een ketenspeler moet ook overzien …"; ``strays.without_strays``), after the check that
    # the advice as a whole is on the subject ("Hoe richt je een ketenbureau in?" says the sources give none)
    chosen = without_strays(chosen, chosen[0], ctx.said_telling)
    if len(chosen) < 2:
        return plan_open(q, units, ctx)
    comp = Composition()
    for unit in chosen:
        before = needs.get(unit.order)
        # a list stays whole in one bullet, its items joined: an item alone loses its intro
        text = f"{unit.intro} {'; '.join(i.rstrip('.;') for i in unit.items)}." if unit.is_list else None
        if before is not None and not before.is_list:
            # "Daarnaast is het meetbaar maken van de ambitie nodig …" comes with the sentence it adds
            # to, in one bullet (sixteenth session; ``tests/test_lead_rules.py``); so does "Hij
            # benoemde 5 veelal zachte factoren …: …" with the sentence that says who (``PERSON``)
            comp.add(before, bullet=True)
            comp.add(unit, text, joins=True)
            continue
        comp.add(unit, text, bullet=True)
    return comp
