"""Question-aware rules for the extractive generator: what the question asks lifts some units.

Each rule is small and named, with what it is for and the eval that shows it helps: a named
source lifts only sentences on the subject, a list question takes the list whose head is the
asked noun, a who-question prefers a sentence that names the agent, a comparison side opens with
a sentence that names it. ``scoring.py`` holds the signals every unit gets; ``composition.py``
the plans that place the scored units.
"""

from __future__ import annotations

import re

from assistant.frames import ASKS_DURATION, DURATION
from assistant.generators.enumerations import ENUMERATION
from assistant.generators.units import Unit, mentions, stems_of
from assistant.glossary import expand_query
from assistant.name_spans import DOCUMENT_NOUNS
from assistant.named_source import NamedSource
from assistant.neardomain import counted_noun, counts, counts_as
from assistant.ordinals import inline_items
from assistant.question import Question
from assistant.question_objects import LIST_HEAD
from assistant.signposts import TITLED, without_titles
from assistant.source_cues import NAME_CUE
from assistant.superlatives import (
    asked_rank,
    ranked_noun,
    ranks_another,
    ranks_the_subject,
    says_superlative,
    subject_stems,
    topic_ranked,
)
from ketenwijzer.compounds import compound_stems
from ketenwijzer.text import fold, words

SPREAD_KINDS = frozenset({"advice", "comparison"})
"""Kinds whose answer draws on several sections or sources: no bonus for staying in the best
sentence's section (it made advice answers quote one section; practical set)."""
LIST_HEAD_BONUS = 0.2
"""A list question ("Welke organisatievormen …?") is answered by the list or enumeration whose
introduction names what is asked ("… vijf organisatievormen: het convenant, …"), not by another
list in the same passage ("Het continuüm heeft twee assen: …") (lead_hit, tuning split)."""


def favour_list_head(question: str, units: list[Unit], language: str = "nl") -> None:
    """Lift lists and enumerations whose introduction (before the colon) names the asked noun (an
    English noun by its Dutch words: "What are the pillars of chain governance?" led with the
    ketenbestuur; twenty-fourth session, ``tests/test_answers.py``)."""
    found = LIST_HEAD.search(question)
    if not found:
        return
    noun = found.group("noun")
    nouns = set(compound_stems(expand_query(noun, "en") if language == "en" else noun))
    headed: list[tuple[Unit, int]] = []
    for unit in units:
        intro = unit.intro or unit.display
        if not unit.is_list and (not ENUMERATION.search(unit.display) or ":" not in intro):
            continue
        said = intro.split(":", 1)[0]
        head = set(compound_stems(" ".join(heads(said))))
        if any(mentions(head, n) for n in nouns):
            unit.score += LIST_HEAD_BONUS
            headed.append((unit, len(unit.items) if unit.is_list else len(inline_items(unit.display))))
        elif unit.is_list and (_COUNTED.search(said) or _FOLLOWING.search(said)):
            # "vier bronnen van dynamiek: …" is a list of something else, though an item names the
            # asked 'ontwikkelstadia' ("Welke stadia doorloopt een keten?"; eighth session); so is
            # "de volgende bouwstenen, …" of pitfalls or competences asked (thirty-eighth session)
            unit.score -= LIST_HEAD_BONUS
        elif _COUNTED.search(said) and any(
            mentions(set(compound_stems(unit.display.split(":", 1)[1])), n) for n in nouns
        ):
            # the same of a sentence: "De dialoog … omvat vier dingen: …, valkuilen herkennen, …" led
            # "Wat zijn de valkuilen bij ketensamenwerking?" over "Een valkuil is …" (thirty-seventh session)
            unit.score -= LIST_HEAD_BONUS
    longest = max((n for _, n in headed), default=0)
    for unit, n in headed:
        if n < longest:
            unit.score -= PARTIAL_LIST_PENALTY


PARTIAL_LIST_PENALTY = 0.1
"""Of two lists headed by the asked noun, the shorter is part of the longer: "Hoeveel pijlers zijn
er en welke?" led with "De inhoudelijke dimensie omvat twee pijlers: pijler 7, …, en pijler 8, …"
over "Ketens de baas onderscheidt acht pijlers: …" (the complete list; new informal questions,
seventeenth session; ``tests/test_lead_rules.py``)."""


COUNT_BONUS = 0.2
"""A count question ("Hoeveel bouwstenen …?") is answered by the sentence that gives the number
(seventh session; ``tests/test_abstention.py``)."""


def favour_count(question: str, units: list[Unit]) -> None:
    """Lift the sentences that give a number of the noun a count question asks about."""
    noun = counted_noun(question)
    if noun is None:
        return
    for unit in units:
        if counts_as(noun, unit.intro or unit.display):
            unit.score += COUNT_BONUS


AMOUNT = re.compile(r"\b(?:hoeveel|how much)\s+(?P<noun>[^\W\d_]{4,})", re.I)
AMOUNT_BONUS = 0.15
""""Hoeveel ruimte moet ik als manager aan ketenmedewerkers geven?" asks an amount of 'ruimte': the
sentence that says how much ruimte ("… management dat vertrouwen en ruimte geeft en 'op de handen
blijft zitten'") answers it, not one on the rarer 'ketenmedewerkers' (nora n22, tenth session;
``tests/test_lead_rules.py``). A count ("Hoeveel bouwstenen …?") is ``favour_count``'s."""


DURATION_BONUS = 0.15
""""Hoeveel tijd kost het opzetten van een keten?" asks a duration: "Volgens Ketens de baas kan het
jaren duren voordat een keten is ingevoerd" answers it, not "Elkaar leren kennen kost tijd en geld"
(it names the word 'tijd', no amount of it; new informal questions, tenth and eleventh session;
``tests/test_lead_rules.py``)."""


def favour_amount(question: str, units: list[Unit]) -> None:
    """Lift sentences that name the noun an amount question asks about (or a compound of it);
    for a duration, sentences that state one (``DURATION``)."""
    if ASKS_DURATION.search(question):
        for unit in units:
            if DURATION.search(unit.intro or unit.display):
                unit.score += DURATION_BONUS
        return
    counted = counted_noun(question)
    if counted is not None:
        # a count asked is answered where the noun is counted: with 'beschrijft' out of the subject ("Hoeveel bouwstenen
        # beschrijft het dossier?"), "… beschrijft het bouwstenenhoofdstuk 18 bouwstenen" tied with the list of nine
        # "in elk geval" (forty-seventh session, ``tests/test_abstention.py``)
        for unit in units:
            if counts(counted, unit.intro or unit.display):
                unit.score += AMOUNT_BONUS
        return
    found = AMOUNT.search(question)
    if not found:
        return
    nouns = set(compound_stems(found.group("noun")))
    for unit in units:
        if any(mentions(unit.stems, n) for n in nouns):
            unit.score += AMOUNT_BONUS


WORKING_ASKED = re.compile(
    r"\bhoe\s+(?:werkt|werken|functioneert|functioneren)\b|\bhow\s+(?:does|do)\b[^?]{2,60}\b(?:work|function)\b",
    re.I,
)
WORKING = re.compile(
    r"(?<!\bhet )(?<!\bgoed )\b(?:werkt|werken|functioneert|functioneren|loopt|lopen)\b", re.I
)
WORKING_BONUS = 0.2
""""Hoe werkt het netwerkmodel?" asks how the thing works: a sentence on it that says how it works ("… in
de … netwerkverbanden werkt het anders. Daar staat iedereen … met zijn gezicht naar een gemeenschappelijk
dossier") answers, not "De term netwerken … is nog diffuser" (new informal questions, thirty-third
session; ``tests/test_lead_rules.py``). Only a sentence that names the subject (``own`` > 0), and a verb, not
the noun of "het goed werken van de keten"."""


def favour_working(question: str, units: list[Unit]) -> None:
    """For "Hoe werkt X?", lift the sentences on X that say how something works or runs (``WORKING``)."""
    if not WORKING_ASKED.search(question):
        return
    for unit in units:
        if unit.signals is not None and unit.signals.own > 0 and WORKING.search(unit.intro or unit.display):
            unit.score += WORKING_BONUS


_COUNTED = re.compile(
    r"\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d+|two|three|four|five|six|seven|eight)"
    r"\s+(?:(?:veelal|vaak|meestal|zeer|heel|erg|nogal|often|mostly|very)\s+)?"
    r"(?:[^\W\d_]+(?:e|al|ive|ful|ous|ic|ent|ant)\s+)?(?P<noun>[^\W\d_]{4,})",
    re.I,
)
"""A number and what it counts, past an adverb and an adjective: "5 veelal zachte factoren" (the
noun was 'zachte', so "Welke vijf factoren noemt Groothedde?" missed his list; eighth session). The
adjective looks like one (a Dutch '-e', an English ending): in "acht pijlers voor ketensturing" the noun
was 'voor', and "What are the pillars of chain governance?" led with the two pillars of one dimension
(thirty-eighth session, ``tests/test_answers.py``)."""


_FOLLOWING = re.compile(r"\b(?:volgende|following)\s+(?:\w+\s+)?([^\W\d_]{4,})", re.I)
"""What 'de volgende …' says a list holds ("de volgende bouwstenen, in deze volgorde")."""


BESIDES = re.compile(r"^\W*(?:naast|behalve|besides|apart from|in addition to)\b", re.I)
"""A list introduced as beside another ("Naast de drie sterke weerstanden noemt Ketens de baas drie
andere factoren …:") lists the other thing: "Wat zijn de weerstanden tegen ketensamenwerking?"
led with those factors instead of the three weerstanden (sixth session)."""


BESIDES_PENALTY = 0.1
"""How much a sentence that opens with what it comes beside loses (``yield_besides``)."""


def yield_besides(units: list[Unit], q_terms: set[str]) -> None:
    """A sentence that opens with 'Naast <what the question asks about>' adds other things to it:
    it yields the lead to the sentences about that thing.

    "Lijken de weerstanden uit Ketens de baas op de knelpunten die Morgens noemt?" opened the
    dossier's side with "Naast de drie sterke weerstanden noemt Ketens de baas drie andere
    factoren …", not with the three weerstanden (comparison c01, tuning half; seventh session).
    Asked about one of the other things ("Wie betaalt wat?", practical p13) it keeps its score.
    """
    for unit in units:
        text = unit.intro or unit.display
        if not BESIDES.match(text):
            continue
        beside = set(compound_stems(" ".join(words(text)[1:BESIDE_WORDS])))
        if beside & q_terms:
            unit.score -= BESIDES_PENALTY


BESIDE_WORDS = 6
"""The words after 'Naast' that name what a sentence comes beside."""


def heads(intro: str) -> list[str]:
    """What a list's introduction says it lists: the word after a number ("vijf organisatievormen")
    or after 'volgende' ("de volgende bouwstenen, in deze volgorde"), else its last word; not what
    it is said to come beside."""
    counted = [m.group("noun") for m in _COUNTED.finditer(intro)]
    if BESIDES.match(intro):
        counted = counted[1:]
    following = _FOLLOWING.findall(intro)
    last = re.findall(r"[^\W\d_]{4,}", intro)[-1:]
    return following or counted or last


def without_sources(terms: set[str], analysis: Question) -> set[str]:
    """The question's terms without the words that name a source it asks to hear from.

    Retrieval is already filtered to that source; its name in a sentence says nothing about the
    subject ("Wat is volgens Morgens de belangrijkste voorwaarde …" must not lead with "Morgens
    heeft het onderzoek … gepubliceerd"). A name the text uses ("het voorbeeld van METRO") stays:
    it marks the passages on it (tuning half, sixth session: alone, facts within 120 words 0.678
    → 0.682 and no lead changed; with ``scoring.balanced`` c12's lead answers), unless the
    question asks what that person says: then ``favour_named`` finds their words, and "Na
    Groothedde hield John Froger een verhaal" must not lead "Wat vindt Groothedde het belangrijkst?".
    Kept when nothing else would be left. Two sources compared are the sides, never the subject:
    "Wat hebben Morgens en het dossier gemeen?" gave the dossier's side as "Het dossier werd eind
    juli 2013 op NORA Online geplaatst" for its word 'dossier' (twenty-sixth session).
    """
    compared = analysis.kind == "comparison" and len(analysis.sources) >= 2
    named = {
        t
        for source in analysis.sources
        if compared
        and _publication(source)
        or source.speaks
        and (source.publication or analysis.kind == "who_said")
        for t in compound_stems(" ".join(source.matched_words))
    }
    rest = terms - named - cue_stems(analysis)
    # sources compared on nothing else have no subject words at all: their names would be one
    # ("Waar zijn Morgens en het dossier het over eens?" gave Morgens' side as the strafrechtketen's
    # "papieren en digitale dossiers"; twenty-seventh session)
    return rest if rest or compared else terms


def cue_stems(analysis: Question) -> set[str]:
    """The stems of the word that makes a named source speak ('volgens', ``source_cues.NAME_CUE``): as a term it led "Wat is
    volwassenheid volgens Groothedde?" with "Een andere randvoorwaarde … is volgens Groothedde wederzijds
    vertrouwen" over "Dat vergt volwassenheid" (forty-seventh session, ``tests/test_lead_rules.py``)."""
    return {
        t
        for source in analysis.sources
        if source.speaks and source.written
        for m in re.finditer(NAME_CUE + re.escape(source.written), analysis.text, re.I)
        for t in compound_stems(m.group("cue"))
    }


SPEAKER_SHARE = 0.5
"""What the name of a person asked to speak weighs against a word of the subject: it marks that person's words in a
report where several speak, but the subject decides ("Wat is volwassenheid volgens Groothedde?" is answered by
"Dat vergt volwassenheid", not by "Een andere randvoorwaarde … is volgens Groothedde wederzijds vertrouwen";
forty-seventh session, ``tests/test_lead_rules.py``)."""


def speaker_stems(terms: set[str], analysis: Question) -> set[str]:
    """The stems of the name of a person asked to speak ("volgens Groothedde") among ``terms``: not a publication,
    and not the only words asked."""
    named = {
        t
        for source in analysis.sources
        if source.speaks and not _publication(source)
        for t in compound_stems(" ".join(source.matched_words))
    }
    return named & terms if terms - named else set()


def _publication(source: NamedSource) -> bool:
    """A source named as a publication (its metadata's name, or a document noun: 'het dossier'), not a
    person its text names: "Wie is Cor Franke en wat heeft die met Ketens de baas te maken?" must
    still find the sentences that name Cor Franke († held-apart practical p44, twenty-sixth session)."""
    return source.publication or fold(source.written) in DOCUMENT_NOUNS


def name_pattern(names: list[str]) -> re.Pattern[str] | None:
    """A pattern for the sources' names in a sentence (``Question.names``), None without names."""
    if not names:
        return None
    spelled = "|".join(r"\s+".join(re.escape(w) for w in name.split()) for name in names)
    return re.compile(rf"(?<!\w)(?:{spelled})(?!\w)", re.I)


def unnamed_stems(unit: Unit, names: re.Pattern[str] | None) -> frozenset[str]:
    """The unit's stems without the words of a source's name it cites: "Een keten is volgens Ketens
    de baas een samenwerkingsverband …" says nothing about a 'baas', and led "Kan één organisatie
    de baas zijn in een keten?" over "… boven die organisaties staat geen eenhoofdige leiding"
    (new informal questions, eleventh session; ``tests/test_lead_rules.py``); nor the title of a work
    it names (``signposts.TITLED``)."""
    titled = TITLED.search(unit.quote)
    if (names is None or not names.search(unit.quote)) and not titled:
        return unit.stems
    said = without_titles(unit.quote) if titled else unit.quote
    return stems_of(names.sub(" ", said) if names is not None else said)


SUPERLATIVE_BONUS = 0.5
"""What a sentence on the subject gains when it says the superlative asked: "Wat is het belangrijkste
advies van Morgens?" listed two points and said the sources rank none, while "De belangrijkste
succesfactor … is …" answers it (twenty-fifth session, ``tests/test_superlatives_and_scope.py``)."""


def favour_superlative(question: str, units: list[Unit], focus: str = "") -> None:
    """Lift the sentences on the subject that say the superlative asked (``SUPERLATIVE_BONUS``). On the
    subject: the sentence itself uses a word of the question's focus (a compound counts), not its
    section and not the superlative: "De belangrijkste conclusie: ketensamenwerking is mensenwerk" sits
    in a report on success factors but ranks none (held-apart v06.t2, †); with no focus besides a
    source, every sentence is on it."""
    phrase = asked_rank(question)  # read once, not per sentence
    if not phrase:
        return
    asked = subject_stems(focus)
    ranked = ranked_noun(question, phrase) or topic_ranked(question, asked)
    for unit in units:
        on_subject = not asked or any(t in word for word in unit.stems for t in asked)
        if (
            on_subject
            and says_superlative(phrase, unit.display)
            and not ranks_another(phrase, unit.display, ranked)
        ):
            named = asked and ranks_the_subject(phrase, unit.display, asked)
            unit.score += SUPERLATIVE_NAMED_BONUS if named else SUPERLATIVE_BONUS


SUPERLATIVE_NAMED_BONUS = 1.0
"""What a sentence gains when the superlative asked stands before the subject's own word: "De belangrijkste
succesfactor … is …" answers "Welke is het belangrijkst?" after Morgens' eight success factors, which led with
"Houd het simpel" from the section the carried topic names (new informal follow-ups, forty-third session;
``tests/test_superlatives_and_scope.py``)."""
