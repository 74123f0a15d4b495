"""The note an answer opens with: what the sources do not give for what was asked.

A plan composes the sentences; this reads them once more against the question and opens the answer with at most
one remark in brackets when the sources say less than was asked: no definition of the term, no example, nothing
from the person named, nothing for that place in particular, no duration, no ranking, not all of the N things asked. Split from
``extractive.py`` (fortieth session) when it passed 400 lines; behaviour unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.frames import RIGHT_ASKED, SOURCE_JUDGED
from assistant.generators.composition import Composition
from assistant.generators.definition import asked_term, defined_elsewhere, role_note, says_what
from assistant.generators.examples import example_note
from assistant.generators.partial_lists import count_note
from assistant.generators.scope import duration_note, place_note, scope_note, silent_person_note
from assistant.generators.units import Unit
from assistant.glossary import english_of_focus
from assistant.kind_patterns import ASKS_SPEAKER
from assistant.question import Question
from assistant.requests import make_note
from assistant.superlatives import rank_note
from ingest.index import Index

NO_VERDICT = {
    "nl": "(Wie gelijk heeft, beoordelen de bronnen niet; naast elkaar gezet zeggen ze het volgende.)",
    "en": "(The sources do not judge who is right; side by side, this is what they say.)",
}
"""Said before the two sides when the question asks whose view holds ("Wie heeft gelijk?" after Morgens and the
dossier on ambition): the sources weigh no view against another, and the sides alone read as if one had been
chosen (new informal follow-ups, forty-second session; ``tests/test_comparison_rules.py``)."""
NO_JUDGEMENT = {
    "nl": "(Welke bron ‘{word}’ is, zeggen de bronnen niet; naast elkaar gezet zeggen ze het volgende.)",
    "en": "(The sources do not say which is ‘{word}’; side by side, this is what they say.)",
}
"""Said before the sides when the question asks which source is the more so ("Wie is kritischer over ketens, ICTU of
Morgens?", ``frames.SOURCE_JUDGED``): no source judges another, and the two sides alone read as if the answer had
judged them (new informal comparisons, fifty-fifth session; ``tests/test_comparison_rules.py``)."""


def judged_word(question: str) -> str:
    """The comparative a question judges its sources by ('kritischer', 'more critical'; ``frames.SOURCE_JUDGED``),
    lower case; '' for any other question."""
    found = SOURCE_JUDGED.search(question)
    if not found:
        return ""
    words = found.group(0).lower().split()
    return " ".join(words[-2:]) if len(words) >= 2 and words[-2] in ("more", "most", "meest") else words[-1]


WHO_IS_RIGHT = re.compile(RIGHT_ASKED.pattern + r"|\bwho\b.*\bis\s+right\b", re.I)
"""'Wie van X en Y heeft gelijk' (``frames.RIGHT_ASKED``), 'Who of X and Y is right'."""


@dataclass(frozen=True)
class Asking:
    """What the notes read of a question: as typed, without its fillers (``asked``), its analysis, the analysis
    the plans read (an English focus in Dutch words, ``planned``), the plan's kind and the answer's language."""

    question: str
    asked: str
    analysis: Question
    planned: Question
    plan_kind: str
    language: str


def add_notes(
    composition: Composition,
    asking: Asking,
    units: list[Unit],
    definition: re.Pattern[str] | None,
    defined: re.Pattern[str] | None,
    index: Index | None,
) -> None:
    """Set ``composition.note`` to the one remark the answer opens with, or leave none (see the module docstring)."""
    question, asked, analysis, planned = asking.question, asking.asked, asking.analysis, asking.planned
    plan_kind, language = asking.plan_kind, asking.language
    if planned is not analysis and composition.note:
        # the note names the term as the question typed it, and the Dutch word it was looked for by
        vocabulary = index.lexical.postings if index is not None else frozenset()
        said = english_of_focus(analysis.focus, vocabulary) if vocabulary else ""
        as_typed = said or analysis.focus
        # a Dutch term typed in an English question is named once ("What is a ketenbureau?" said "‘ketenbureau’
        # (‘ketenbureau’)"; forty-eighth session)
        typed = (
            f"‘{as_typed}’ (‘{planned.focus}’)"
            if as_typed.lower() != planned.focus.lower()
            else f"‘{as_typed}’"
        )
        composition.note = composition.note.replace(f"‘{planned.focus}’", typed)
    if composition.note and not composition.note_stands:
        term = asked_term(analysis.focus, language, index)
        # an English term judged by its Dutch word: a sentence with that word as subject says what
        # it is ("What is a chain manager?" has "De ketenmanager draagt verantwoordelijkheid …")
        if defined_elsewhere(term, defined, index) or (
            term != analysis.focus and says_what(term, composition, units)
        ):
            composition.note = ""
    if plan_kind == "open" and composition.sentences and not composition.note:
        composition.note = role_note(asked, language, units, index)
    if plan_kind == "example" and composition.sentences and not composition.note:
        composition.note = example_note(question, analysis.focus, units, language)
    shown = [s.text for s in composition.sentences]
    if shown and not composition.note and index is not None:
        lexical = index.lexical
        if not ASKS_SPEAKER.match(question):
            composition.note = silent_person_note(analysis, units, shown, lexical, language)
        composition.note = composition.note or scope_note(analysis.focus, shown, lexical, language)
    if shown and not composition.note and analysis is not None:
        named = analysis.sources[0].written if len(analysis.sources) == 1 else ""
        composition.note = duration_note(
            question,
            analysis.focus or "",
            shown,
            language,
            named,
            index.lexical if index is not None else None,
        )
    if shown and not composition.note and not (analysis is not None and analysis.unsaid):
        # one note: a word no source uses is said first already ("… ziekteverzuim bij ketenbureaus")
        composition.note = place_note(question, shown, language, index.lexical if index else None)
    if shown and not composition.note and plan_kind != "summary":
        # a source's most important lesson is its message, no ranking asked ("Wat is het
        # belangrijkste advies uit Ketens de baas?"; twenty-seventh session)
        composition.note = rank_note(question, shown, language, analysis.focus if analysis else "")
    if shown and not composition.note:
        composition.note = count_note(question, shown, language)
    if shown and not composition.note and plan_kind == "comparison" and WHO_IS_RIGHT.search(question):
        composition.note = NO_VERDICT.get(language, NO_VERDICT["nl"])
    judged = judged_word(question) if analysis is not None and len(analysis.sources) >= 2 else ""
    if shown and not composition.note and plan_kind == "comparison" and judged:
        composition.note = NO_JUDGEMENT.get(language, NO_JUDGEMENT["nl"]).format(word=judged)
    if shown and (made := make_note(question, language)):
        # a request to make a thing is said first: no other note reads the quotes as that thing (``requests``)
        composition.note = made
        composition.note_stands = True
