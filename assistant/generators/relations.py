"""Sentences that relate a comparison's sides: one that names two sides at once.

A side that would be silent shares the best sentence naming it beside a shown side (``naming_both``),
and a question that asks how two things relate opens with the best sentence naming both
(``relation_lead``); a sentence that enumerates after its colon names them in passing
(``inline_items``). Split from ``comparison.py`` (thirtieth session), whose plan uses them.
"""

from __future__ import annotations

import re

from assistant.coherence import refers_back
from assistant.generators.antecedents import unit_before
from assistant.generators.rules import unnamed_stems
from assistant.generators.units import Unit, mentions, usable
from assistant.question import PEOPLE_AGREE, Question
from ketenwijzer.compounds import compound_stems, current_modifiers
from ketenwijzer.text import stems


def naming_both(
    units: list[Unit],
    side: int,
    parts: list[list[Unit] | None],
    terms: list[frozenset[str]],
    taken: set[int],
    names: re.Pattern[str] | None = None,
) -> tuple[int, Unit] | None:
    """For a side that would be silent, the best sentence that names it and a side that is shown,
    with that side: it says how the two stand to each other ("Ketens de baas noemt in het continuüm
    vijf organisatievormen, van lichte naar zware samenwerking: het convenant, …, de joint venture en
    de fusie"). "Wat is het verschil tussen een convenant en een joint venture?" said the passages had
    nothing on the joint venture (new informal comparisons, thirtieth session;
    ``tests/test_comparison_rules.py``). Not a bare list, not a sentence already quoted, and a
    source's name names no side ('Ketens de baas' is no 'keten')."""
    own = terms[side] if side < len(terms) else frozenset()
    if not own:
        return None
    best: tuple[int, Unit] | None = None
    for unit in units:
        if unit.order in taken or (unit.is_list and not unit.intro) or not usable(unit):
            continue
        said = unnamed_stems(unit, names)
        if not any(mentions(said, t) for t in own):
            continue
        for other, shown in enumerate(parts):
            if other == side or not shown or other >= len(terms):
                continue
            if any(mentions(said, t) for t in terms[other]) and (best is None or unit.score > best[1].score):
                best = (other, unit)
    return best


RELATION_ASKED = re.compile(
    r"\b(?:relatie|verband|verhouding|samenhang|wisselwerking)\s+tussen\b|\bverh(?:oudt|ouden)\b[^?]*\bzich\b"
    r"|\bhangen\b[^?]*\bsamen\b|\b(?:relationship|relation|link)\s+between\b|\b(?:does|do)\b[^?]*\brelate\b"
    r"|\b(?:is|zijn|are)\b[^?]*\b(?:hetzelfde|the\s+same)\b",
    re.I,
)
"""How two things relate is answered by a sentence that names both: "Wat is de relatie tussen vertrouwen
en transparantie?" gave each its own part and left out "Transparante rapportage … is … een voorwaarde
voor … vertrouwen in de werkelijke stand van zaken" (new informal questions, thirtieth session;
``tests/test_comparison_rules.py``). So is whether two are the same ("Zijn de pijlers en de bouwstenen
hetzelfde?" gave each its own part, and "De bouwstenen … geven concrete handvatten om de pijlers vorm te geven"
was left out; new informal questions, forty-third session)."""


def relation_lead(
    question: str, units: list[Unit], terms: list[frozenset[str]], names: re.Pattern[str] | None = None
) -> Unit | None:
    """For a question that asks how two concepts relate (``RELATION_ASKED``), the best sentence that
    names two of them, not a list or an enumeration that names them among others; None otherwise."""
    ranked = RANK_ASKED.search(question) is not None
    if not (RELATION_ASKED.search(question) or ranked) or sum(1 for t in terms if t) < 2:
        return None
    best: Unit | None = None
    for unit in units:
        if (
            unit.is_list
            or not usable(unit)
            or len(inline_items(unit.display)[1]) >= PASSING_INLINE
            and not ranked
        ):
            continue
        said = unnamed_stems(unit, names)
        named = sum(1 for side in terms if side and any(mentions(said, t) for t in side))
        if named >= 2 and (best is None or unit.score > best.score):
            best = unit
    return best


_JUDGED = r"(?!(?:beter|belangrijker|slechter|handiger|verstandiger|effectiever|nuttiger|slimmer|makkelijker|moeilijker|lastiger|better|worse)\b)"
"""Comparatives of a judgement, not of a scale: the sources give each side's merits, no order ("Is vertrouwen belangrijker
dan afspraken?" opened with a sentence on the besluitvormingsmodel that names both)."""
RANK_ASKED = re.compile(
    r"^\W*(?:wat|welke|wie|which|what)\s+(?:is|zijn|are|was)\s+(?:nu\s+|dan\s+)?"
    + _JUDGED
    + r"[^\W\d_]{3,}er\s*[,:]"
    r"|^\W*(?:is|zijn|are)\s+[^?]{2,40}?\s+" + _JUDGED + r"[^\W\d_]{3,}er\s+(?:dan|than)\b",
    re.I,
)
"""Two things ranked on a scale ("Wat is zwaarder, een joint venture of een fusie?", "Is een fusie zwaarder dan een joint
venture?"): a sentence that enumerates both in order answers ("… vijf organisatievormen, van lichte naar zware
samenwerking: het convenant, …, de joint venture en de fusie"); neither has a passage of its own, and both sides said
the passages had nothing on them, so the question was declined (new informal comparisons, fifty-fourth session;
``tests/test_comparison_rules.py``)."""


PASSING_INLINE = 3
"""So does a sentence that enumerates this many after its colon ("drie ontwikkelstadia: opportunisme,
procedure-georiënteerde samenwerking en culturele verankering" opened **Stadium 1** once the sides'
names joined the focus; twenty-first session)."""


_ENUMERATED = re.compile(r",\s*|\s+(?:en|and|of|or)\s+")


def inline_items(sentence: str) -> tuple[str, tuple[str, ...]]:
    """A sentence's introduction and the items it enumerates after its colon ("Ketens de baas
    onderscheidt acht pijlers: mindset …, doelgebonden speelruimte, …"); no items without a colon.
    Such a sentence named every pillar and opened both sides of "Zit er verschil tussen pijler 3 en
    pijler 4?" (twenty-first session; ``tests/test_comparison_rules.py``)."""
    intro, colon, rest = sentence.partition(":")
    if not colon:
        return sentence, ()
    return intro, tuple(part for part in _ENUMERATED.split(rest) if part.strip())


PASSING_ITEMS = 4
"""A list of at least this many items names a side in passing when one item alone names it."""


def passing_item(unit: Unit, terms: frozenset[str], names: re.Pattern[str] | None = None) -> bool:
    """A list that names the side in one of its many items only, and not in its introduction: it
    lists something else ("Wat is het verschil tussen ketenregie en ketenmanagement?" answered
    **Ketenregie** with all eight sturingselementen, the fifth of which asks for ketenregie; new
    informal questions, ninth session; ``tests/test_comparison_rules.py``); also
    ``yield_passing``. A source's name in the introduction says nothing of the subject ("Ketens de
    baas beschrijft zes kenmerken …: …, geen baas, …")."""
    return passing_label(unit, terms, names) is not None


def passing_label(unit: Unit, terms: frozenset[str], names: re.Pattern[str] | None = None) -> str | None:
    """The one item of a unit's enumeration that names ``terms`` when nothing else in it does (see
    ``passing_item``), else None."""
    intro, items = (unit.intro, unit.items) if unit.is_list else inline_items(unit.display)
    if len(items) < (PASSING_ITEMS if unit.is_list else PASSING_INLINE) or not terms:
        return None
    said = names.sub(" ", intro) if names is not None else intro
    if any(mentions(frozenset(compound_stems(said)), t) for t in terms):
        return None
    naming = [i for i in items if any(mentions(frozenset(compound_stems(i)), t) for t in terms)]
    return naming[0] if len(naming) == 1 else None


PASSING_PENALTY = 0.3
"""What a sentence or list that names the subject asked only as one of its many items loses, in a
question that asks about the subject and not for a list: "Wie is de baas in een keten?" led with the
six characteristics of chains, one of them 'geen baas', over "Een keten heeft geen baas: boven de
ketenpartners staat geen overkoepelend gezag …" (new informal questions, thirty-first session;
``tests/test_lead_rules.py``)."""
PASSING_KINDS = frozenset({"open", "who_said"})
"""The kinds that ask about a subject (what a source says of it too: "Wat zegt het dossier over transparantie?"
led with the eight pillars, one of them 'transparantie over resultaten'; thirty-seventh session): a list, a
definition's term in a list of terms, or an example among others is an answer elsewhere. Not a yes/no question ("Is een convenant genoeg …?" keeps the
continuum it stands first in: tuning p16, e18), nor advice or a consequence (a resistance "een te hoge
doelstelling" answers what a high goal does: tuning p32)."""
LABEL_WORDS = 3
"""An item of at most this many words is a name only ("geen baas"): a longer one says something, and
may be the answer ("… waarbij de gemeente zowel de vragende/sturende als leverende partij kan zijn",
the third of the GEMMA's four processes, answers tuning a28)."""


def domain_stems() -> set[str]:
    """The stems of the corpus's compound modifiers in use ('keten'): the domain's own word, in every
    passage, names no subject of a question (``yield_passing``)."""
    return {s for modifier in current_modifiers() for s in stems(modifier)}


def yield_passing(kind: str, units: list[Unit], asked: set[str], names: re.Pattern[str] | None) -> None:
    """Lower the units that name the question's words (the domain's word aside: ``domain_stems``)
    only as one item of an enumeration (``passing_item``, ``PASSING_PENALTY``)."""
    if kind not in PASSING_KINDS or not asked:
        return
    terms = frozenset(asked)
    for unit in units:
        items = unit.items if unit.is_list else inline_items(unit.display)[1]
        label = passing_label(unit, terms, names) if len(items) >= PASSING_ITEMS else None
        if label is not None and len(label.split()) <= LABEL_WORDS:
            unit.score -= PASSING_PENALTY


AGREEING = re.compile(
    r"\b(?:overeen|eens|bijval|eensgezind|hetzelfde|dezelfde|zelfde|onderschrij\w*|agree\w*|same)\b", re.I
)
"""A sentence that says two people agree ("… kwam de strekking van zijn verhaal overeen met die van Groothedde")."""


def agreement_lead(question: Question, units: list[Unit]) -> list[Unit]:
    """For "Zijn X en Y het eens?" about two people of one source (``Question.people``, ``PEOPLE_AGREE``), the best
    sentence that says they agree and names one of them, with the sentence before it when it points back to it and
    that one names the other; [] otherwise. "Zijn Groothedde en Froger het eens?" set their quotes side by side, and
    the report's own "Zonder dat hij dat van tevoren had afgestemd, kwam de strekking van zijn verhaal overeen met
    die van Groothedde", after "Na Groothedde hield John Froger een verhaal", was not said (new informal questions,
    forty-fourth session; ``tests/test_comparison_rules.py``)."""
    if not question.people or not PEOPLE_AGREE.search(question.text) or len(question.sides) != 2:
        return []
    names = [side.label.split()[-1].lower() for side in question.sides]

    def named(text: str) -> set[str]:
        return {n for n in names if re.search(rf"\b{re.escape(n)}\w*", text, re.I)}

    for unit in sorted(units, key=lambda u: -u.score):
        if unit.is_list or not usable(unit) or not AGREEING.search(unit.display) or not named(unit.display):
            continue
        if len(named(unit.display)) == 2:
            return [unit]
        # who 'hij' is may be said a sentence or two before ("Na Groothedde hield John Froger een verhaal. Hij is
        # zelfstandig adviseur, …"): that sentence stands before it, the ones between point back too
        before, back = unit_before(unit, units), 0
        while before is not None and refers_back(unit.display) and back < NAMED_BACK:
            if len(named(unit.display) | named(before.display)) == 2:
                return [before, unit]
            if not refers_back(before.display):
                break
            before, back = unit_before(before, units), back + 1
    return []


NAMED_BACK = 2
"""Sentences back an agreeing sentence's pronoun may have its person named (``agreement_lead``)."""
