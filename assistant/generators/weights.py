"""What a sentence weighs or concludes: a source's message, the weight of a thing, a comparison side's position.

Split from ``rules.py`` (forty-sixth session) when that passed 400 lines; behaviour unchanged by the move. The
adjustments (``adjustments.adjust``) call ``favour_message`` and ``favour_weight``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.frames import WEIGHT_ASKED
from assistant.generators.nudges import ADVICE
from assistant.generators.units import Unit
from assistant.persons import WHO_IS
from assistant.question import Question
from assistant.verb_frames import DEPENDS_ASKED
from ketenwijzer.text import stems

MESSAGE = re.compile(r"\b(?:conclusie\w*|kern|boodschap|belangrijkste|conclusion|key)\b", re.I)
MESSAGE_BONUS = 0.15
"""A source compared on its view as a whole (``Question.views_only``) is represented by a sentence
that states its conclusion or a recommendation ("De belangrijkste conclusie: ketensamenwerking is
mensenwerk"), not by the report of its afternoon programme (new informal questions, fourth
session; ``tests/test_question.py``)."""


ASKS_CONCLUSION = re.compile(r"\b(?:conclusie\w*|boodschap|conclusions?|main point|takeaway)\b", re.I)
"""A question that asks for a conclusion ("What was the main conclusion of the 2009 seminar …?")
is answered by the sentence that says it gives one ("De belangrijkste conclusie: …"), which came
second after the scene (english e13, tenth session; ``tests/test_lead_rules.py``)."""


WEIGHT = re.compile(
    r"\b(?:belangrijk\w*|succesfactor\w*|cruciaal|cruciale|essentieel|essentiële|doorslaggevend\w*|"
    r"voorwaarde\w*|drijvende kracht\w*|noodzakelijk\w*|onmisbaar\w*|staat of valt|staan of vallen|"
    r"important|crucial|essential)\b"
    r"|\b(?:is|zijn|vormt|vormen|was|waren)\s+(?:de|het)\s+(?:basis|fundament|sleutel)\b",
    re.I,
)
"""'staat of valt', 'noodzakelijk' weigh too: "Hoe belangrijk is de top van de organisatie?" led with
Groothedde's list of factors, one of which names the top, before "Een mindset … staat of valt …
met het voorbeeldgedrag van de top" (new informal questions, twentieth session). So does being its basis: "Hoe
belangrijk is het om kennis te delen?" led with the eight sturingselementen "die … een belangrijke rol spelen", one of
which names it, before "Kennisdeling op alle niveaus is de basis voor een gezamenlijk denk- en besliskader" (new
informal questions, forty-sixth session)."""
WEIGHT_BONUS = 0.15
""""Hoe belangrijk is een gezamenlijk doel?" asks how much it weighs: a sentence that says so ("De
belangrijkste succesfactor … is het vormen van een uitdagende gemeenschappelijke ambitie") leads,
not the story of a goal lost ("Het gezamenlijke doel raakte op de achtergrond …"); new informal
questions, twelfth session; ``tests/test_lead_rules.py``. The question's 'belangrijk' itself is
no focus word (``frames.WEIGHT_ASKED``)."""


def favour_weight(question: str, units: list[Unit], terms: frozenset[str] = frozenset()) -> None:
    """For "Hoe belangrijk is X?" and "Waar hangt X van af?": lift sentences that say how much something weighs,
    not a list that weighs all its items when only an item names what is asked (``weighs_an_item``)."""
    if not (WEIGHT_ASKED.search(question) or DEPENDS_ASKED.search(question)):
        return
    for unit in units:
        if WEIGHT.search(unit.intro or unit.display) and not weighs_an_item(unit, terms):
            unit.score += WEIGHT_BONUS


def weighs_an_item(unit: Unit, terms: frozenset[str]) -> bool:
    """A list whose intro weighs all its items ("… acht sturingselementen die … een belangrijke rol spelen:") and
    names none of the asked ``terms`` that an item names ("Werk aan kennisdeling …"): it says how much the item
    weighs no more than its seven neighbours. "Hoe belangrijk is kennisdeling?" led with the list, before
    "Kennisdeling op alle niveaus is de basis voor …" (new informal questions, forty-sixth session;
    ``tests/test_lead_rules.py``)."""
    if not unit.is_list or not terms:
        return False
    told = terms & frozenset(stems(unit.intro))
    named = terms & frozenset(stems(" ".join(unit.items)))
    return not told and bool(named)


POSITION = re.compile(f"{MESSAGE.pattern}|{WEIGHT.pattern}", re.I)
POSITION_BONUS = 0.1
"""Sources compared on a subject ("Zeggen Morgens en Ketens de baas hetzelfde over het doel van
de keten?"): a side opens with the sentence that states the source's position on it, one that
says what weighs most ("De belangrijkste succesfactor … is het vormen van een uitdagende
gemeenschappelijke ambitie"), not the story of a goal lost ("Het gezamenlijke doel raakte op de
achtergrond …"); new informal comparisons, fourteenth and fifteenth session;
``tests/test_comparison_rules.py``."""


def favour_message(analysis: Question, units: list[Unit], titles: Sequence[str] = ()) -> None:
    """For a comparison of sources' views: lift sentences that conclude or recommend; for a
    question asking a conclusion, the sentences that state one; ``titles``: each passage's document title, for a
    publication's view (``TITLE_BONUS``)."""
    if WHO_IS.match(analysis.text.strip()):
        return  # who someone is, not their message
    if ASKS_CONCLUSION.search(analysis.text) and not analysis.views_only:
        for unit in units:
            if MESSAGE.search(unit.intro or unit.display):
                unit.score += MESSAGE_BONUS
        return
    if not analysis.views_only:
        if analysis.kind == "comparison" and len(analysis.sources) >= 2:
            for unit in units:
                if POSITION.search(unit.intro or unit.display):
                    unit.score += POSITION_BONUS
        return
    for unit in units:
        text = unit.intro or unit.display
        if MESSAGE.search(text) or ADVICE.search(text) or ESSENCE.search(text):
            unit.score += MESSAGE_BONUS
    if (
        len(analysis.sources) == 1
        and analysis.sources[0].publication
        and titles
        and analysis.focus
        and analysis.kind != "summary"
    ):
        # with no subject asked ("Wat zegt ICTU?", a summary) the lede states the message (``nudges.favour_lede``)
        own = frozenset(stems(analysis.text))
        for unit in units:
            if unit.passage < len(titles) and restates_title(unit.stems, titles[unit.passage], own):
                unit.score += TITLE_BONUS


TITLE_BONUS = 0.35
"""A publication asked for its view as a whole ("Wat zegt ICTU over ketensturing?") states it in its headline, and the
sentence that restates the headline is its message: ICTU's "Ketensamenwerking is niet louter een kwestie van techniek
en procedures, maar …" (headline "Ketensturing is niet alleen een kwestie van techniek") came thirteenth, behind the
quotes of the people the article lets speak (new informal questions, fifty-fourth session;
``tests/test_publication_views.py``)."""


def restates_title(unit_stems: frozenset[str], title: str, own: frozenset[str]) -> bool:
    """The sentence shares at least two, and at least half, of the title's words beyond the question's own (``own``)."""
    rest = set(stems(title)) - own
    shared = len(rest & unit_stems)
    return shared >= 2 and 2 * shared >= len(rest)


ESSENCE = re.compile(r"\b(?:essentie|essence)\b", re.I)
"""A source's view asked as a whole is stated too by a sentence that gives its essence: "Wat is de essentie van Ketens
de baas volgens Ruiterman?" led with another of his quotes before "De essentie van ‘Ketens de baas’ is …" (new
informal questions, forty-sixth session; ``tests/test_speaker_questions.py``). Not a comparison's position
(``POSITION``): it took the place of ICTU's "… oog voor de relationele en culturele vraagstukken" in tuning c11. Not
'strekking' either: "de strekking van zijn verhaal" led "Wat vindt GBO van ketensamenwerking?" with Froger's story (a
full test run caught it)."""
