"""Rules that say which sentences speak for a comparison side: how they score and which words make them the side's.

Split from ``comparison.py`` (fifty-second session), which keeps the plan itself (``plan_comparison``) and the pointer
that stands for a side its passages only name (``named_pointer``).
"""

from __future__ import annotations

import re

from assistant.coherence import refers_back
from assistant.focus_words import GENERIC
from assistant.generators.part_definitions import PartDefinition, part_definition
from assistant.generators.relations import PASSING_ITEMS
from assistant.generators.units import Unit, mentions
from assistant.glossary import synonyms_of
from ketenwijzer.compounds import compound_stems
from ketenwijzer.text import content_words, sentences


def one_word_of_phrase(unit: Unit, phrase: str, others: list[str]) -> bool:
    """``unit`` holds only one word of a side named by several ('shared service center'): "Wat is het verschil tussen
    een convenant en een shared service center?" gave that side "… Center for e-Government Studies …" (new informal
    comparisons, fifty-second session; ``tests/test_comparison_rules.py``). ``side_words`` and ``holds_one_word``."""
    return holds_one_word(unit, side_words(phrase, others))


def side_words(phrase: str, others: list[str]) -> list[str]:
    """The words a side is named by that are its own: none the other sides share ('samenwerken' of "samenwerken als een
    estafette" and "… in een netwerk"), no generic word, no adjective before its noun ('gewone' of 'gewone
    organisatie') and no word another of its words begins ('netwerk' of 'netwerk netwerksamenwerking')."""
    shared = {w for other in others for w in content_words(other)}
    said = content_words(phrase)
    return [
        w
        for i, w in enumerate(said)
        if len(w) >= 3
        and w not in GENERIC
        and w not in shared
        and not (w.endswith("e") and i < len(said) - 1)
        and not any(other != w and other.startswith(w) for other in said)
    ]


def holds_one_word(unit: Unit, words: list[str]) -> bool:
    """Of a side named by two or more ``side_words``, ``unit`` holds fewer than two (a compound counts for its parts, a
    glossary synonym for its word: 'dienst' for 'service')."""
    if len(words) < 2:
        return False
    held = sum(
        any(mentions(unit.stems, t) for t in compound_stems(" ".join([w, *synonyms_of(w)]))) for w in words
    )
    return held < 2


ITEMS_ON = 2
"""A side's long list is cut to the items on the subject when at most this many are."""


def items_on(unit: Unit, subject: frozenset[str]) -> list[str] | None:
    """The items of a side's long list that speak of the subject, when its introduction does not and
    only a few do (``ITEMS_ON``); None: every item. "Is politieke druk nou goed of slecht voor een
    keten?" gave GBO's five factors whole, the one on pressure fourth, and the third side fell outside
    what a reader reads (tuning c07, thirtieth session; ``tests/test_comparison_rules.py``)."""
    if not subject or not unit.is_list or len(unit.items) < PASSING_ITEMS:
        return None
    if any(mentions(frozenset(compound_stems(unit.intro)), t) for t in subject):
        return None
    on = [i for i in unit.items if any(mentions(frozenset(compound_stems(i)), t) for t in subject)]
    return on if 0 < len(on) <= ITEMS_ON else None


PARALLEL_BONUS = 0.5
"""Two compared concepts are compared on the same point: a later side's sentence that says what
the first side's lead says of its own concept ("De procedurele dimensie omvat twee pijlers: …" →
"De inhoudelijke dimensie omvat twee pijlers: …") rises by this share of the words they share
(it lost to a list of all four dimensions' tensions; sixth session, no tuning figure moved at 0.2
or 0.5)."""


def parallel(unit: Unit, lead: Unit, side_terms: list[frozenset[str]]) -> float:
    """The share of the first side's lead's words (the sides' own words aside) that ``unit`` says too."""
    own = frozenset().union(*side_terms) if side_terms else frozenset()
    point = lead.stems - own
    return len(unit.stems & point) / len(point) if point else 0.0


OTHER_SIDE_PENALTY = 0.2
"""A side's sentence that is about another side (it names only that side, or names it first and
points back to the sentence before) yields to one about its own: "Wat is het verschil tussen een ketenbestuur en een ketenmanager?"
opened **Ketenbestuur** with "Binnen de overheid beschikt de ketenmanager soms over
doorzettingsmacht" (the ketenbestuur section speaks of the manager too; new informal questions,
thirteenth session; ``tests/test_comparison_rules.py``)."""


def about_other_side(
    unit: Unit, terms: frozenset[str], others: list[str], seen: dict[int, list[frozenset[str]]]
) -> bool:
    """The unit names only another side's term, or names it first in a sentence that points back."""
    first_own = first_other = None
    if unit.order not in seen:
        # each word's stems, once per unit (a unit is checked once for every side)
        seen[unit.order] = [frozenset(compound_stems(word)) for word in unit.display.split()]
    for i, said in enumerate(seen[unit.order]):
        if first_own is None and any(mentions(said, t) for t in terms):
            first_own = i
        if first_other is None and any(mentions(said, t) for t in others):
            first_other = i
    if first_other is None:
        return False
    # a sentence that relates both sides ("De acht pijlers sluiten aan op de acht
    # sturingselementen …") serves either, unless it leans on the one before it
    return first_own is None or (first_other < first_own and refers_back(unit.display))


SIDE_DEFINITION_BONUS = 0.2
"""Two concepts compared ("Wat is het verschil tussen een keten en een netwerk?"): each side opens
with the sentence that defines it ("Een keten is …"), not with "Een ketenprobleem is …" (new
informal questions, fifth session; ``tests/test_lead_rules.py``)."""


def side_part_definition(
    term: str, own: list[Unit], defines: re.Pattern[str] | None, modifiers: tuple[str, ...]
) -> PartDefinition | None:
    """What defines a compared compound through its first part, when no sentence of its side defines it whole: the
    sources never say what 'ketensamenwerking' is, and **Ketensamenwerking** opened with "Ketensamenwerking kent …
    veel hardnekkige problemen" beside the definition of ketensturing; "Een keten is … een samenwerkingsverband …"
    now earns that side's ``SIDE_DEFINITION_BONUS``, as "Wat is ketensamenwerking?" answers it (new informal
    questions, fifty-third session; ``tests/test_comparison_rules.py``). None when the side is no compound of the
    corpus's modifiers or a sentence defines it."""
    if defines is None or any(defines.search(unit.quote) for unit in own):
        return None
    return part_definition(term, modifiers)


def defines_by_part(quote: str, by_part: PartDefinition, names: re.Pattern[str] | None) -> bool:
    """``quote`` defines one thing the compound's first part names ("Een keten is … een samenwerkingsverband …"), not
    things of that kind in general: "Ketens zijn binnen de overheid een veelbesproken onderwerp, omdat … in
    ketenverband samenwerken" defines nothing."""
    return bool(SINGULAR_START.match(quote)) and by_part.defines(quote, names)


SINGULAR_START = re.compile(r"^\W*(?:een|de|het)\s", re.I)
"""A sentence that opens with an article before its subject: "Een keten is …", "De keten is …"."""


SIDE_TERM_BONUS = 0.2
"""A comparison side opens with a sentence that names that side ('estafette'), not with the
best sentence of its passages on the shared words (both_sides_cited, lead_hit: comparison set).
A sentence that points back ("Met die doorzettingsmacht kan de ketenmanager … het ketenbestuur
passeren") gets no bonus: it would open the side with the sentence before it, which need not
name the side ("Binnen de overheid beschikt de ketenmanager soms over doorzettingsmacht" under
**Ketenbestuur**; new informal questions, ninth session; ``tests/test_comparison_rules.py``)."""


def names_as_head(stems: frozenset[str] | set[str], term: str) -> bool:
    """``term`` is a stem of the unit, or the head of one ('ketenregie' for 'regie'); not only the first part of a
    compound, which names another thing: 'stuurgroep' is a group, so "Bij pijler 5 … een strategische stuurgroep"
    opened **Sturen** in "Wat is het verschil tussen sturen en regisseren?" (new informal questions, fifty-third
    session; ``tests/test_comparison_rules.py``). The side-term bonus goes whole to a unit that names its side so."""
    return term in stems or (len(term) >= 5 and any(s.endswith(term) for s in stems))


COMPOUND_START_SHARE = 0.5
"""The share of ``SIDE_TERM_BONUS`` a unit gets that names its side only as a compound's first part: 'stuurgroep' is no
sentence about steering, but 'estafetteverbanden' is relay-style cooperation (tuning e04 lost its pairing of the
network side's sentences when such a unit got no bonus at all, fifty-third session)."""


SIDE_TELLING_BONUS = 0.2
"""Sources found for one subject ("Wat vinden de bronnen van contracten tussen ketenpartners?"): a
side's sentence that names the subject's rarest word leads it, not one on a word the whole corpus
uses (the dossier's side opened on trust between 'ketenpartners', Groothedde's contract came last;
new informal questions, thirty-second session; ``tests/test_comparison_rules.py``)."""


SIDE_SUBJECT_BONUS = 0.15
"""A side opens with a sentence about it, one that names it in its first words ("In het
procedure-georiënteerde stadium is samenwerking niet meer ad hoc, maar regelmatig"), rather than
one that names it further on ("Veel ketens komen … niet verder dan het opportunistische stadium, en
andere ketens beginnen meteen in het procedure-georiënteerde stadium"; new informal questions,
seventeenth session; ``tests/test_comparison_rules.py``)."""
SUBJECT_WORDS = 2
"""Content words at the start of a sentence (numbers and a source's name left out) that say what
it is about."""
NUMBER_WORD = re.compile(
    r"\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|one|two|three|four|five|six|seven|eight"
)
"""A count before a noun ("de acht pijlers") says how many, not what the sentence is about."""


SIDE_PART_DEFINITION_BONUS = SIDE_DEFINITION_BONUS + SIDE_TERM_BONUS + SIDE_SUBJECT_BONUS
"""A sentence that defines a compared compound through its first part (``side_part_definition``) stands in for one
that defines the side by name: it earns what such a sentence earns, naming the side at its start included."""


SIDE_INSTANCE_PENALTY = SIDE_SUBJECT_BONUS + SIDE_TERM_BONUS
"""Two concepts compared: a sentence on one numbered instance of a side ("Pijler 7 vraagt …") does not open that
side's part, which is about the concept ("Wat is het verschil tussen een pijler en een bouwsteen?" opened
**Pijler** with pillar 7; new informal questions, forty-second session; ``tests/test_comparison_rules.py``)."""


def numbered_instance(text: str, term: str) -> bool:
    """``text`` names ``term`` with a number after it ('Pijler 7', 'pijler 5'): one numbered instance of it."""
    word = term.strip().split()[-1] if term.strip() else ""
    return bool(word) and re.search(rf"\b{re.escape(word)}\s+\d", text, re.I) is not None


def opens_with(unit: Unit, terms: frozenset[str], names: re.Pattern[str] | None = None) -> bool:
    """One of the side's terms is among the first ``SUBJECT_WORDS`` content words of one of the
    unit's sentences (a list: of its introduction)."""
    for sentence in sentences(unit.intro if unit.is_list else unit.display):
        text = names.sub(" ", sentence) if names is not None else sentence
        opening = [w for w in content_words(text) if not NUMBER_WORD.fullmatch(w)][:SUBJECT_WORDS]
        if any(mentions(frozenset(compound_stems(w)), t) for w in opening for t in terms):
            return True
    return False


STANCES = (
    (
        re.compile(
            r"\b(?:kritisch\w*|negatiev\w*|negatief|sceptisch\w*|pessimistisch\w*|somber\w*|critical|negative|"
            r"sceptical|skeptical|pessimistic)\b",
            re.I,
        ),
        re.compile(
            r"\b(?:mislukt\w*|misgaat|misloopt|problem\w*|knelpunt\w*|lastig\w*|moeilijk\w*|vastlo\w*|ontaard\w*|"
            r"malaise|verre\s+van|faal\w*|gebrek\w*|tekort\w*|onvoldoende|kwetsba\w*|last|kostenpost|"
            r"zelden|nauwelijks|achtergrond)\b",
            re.I,
        ),
    ),
    (
        re.compile(
            r"\b(?:positiev\w*|positief|optimistisch\w*|enthousiast\w*|hoopvol\w*|positive|optimistic|enthusiastic)\b",
            re.I,
        ),
        re.compile(
            r"\b(?:succes\w*|helpt|helpen|kansen|sterk\s+middel|verdien\w*|oplossen|gelukt|voordel\w*|meerwaarde|"
            r"baten|effectie\w*|impact|krachtig\w*)\b",
            re.I,
        ),
    ),
)
"""A stance a question judges sources by ('kritischer', 'positiever'; ``frames.SOURCE_JUDGED``) and the words of a
sentence that takes it: trouble for a critical one, success for a positive one. General Dutch and English, no
corpus's words."""
STANCE_BONUS = 0.2
"""What a side's sentence taking the stance asked gains: "Wie is kritischer over ketens, ICTU of Morgens?" gave each
source's opening lines, ICTU's "Publieke organisaties werken steeds meer in ketens samen" (new informal comparisons,
fifty-fifth session; ``tests/test_comparison_rules.py``). No eval set asks it; the new questions of the notes show it."""


def stance_words(judged: str) -> re.Pattern[str] | None:
    """The words of a sentence taking the stance a source is judged by (``STANCES``), None for no stance."""
    return next((words for stance, words in STANCES if stance.search(judged)), None)
