"""Strays (``generators/strays.py``): a running answer's passages that never name what is asked."""

from __future__ import annotations

from assistant.chain import Assistant
from assistant.generators.scoring import Signals
from assistant.generators.strays import without_strays
from assistant.generators.units import Unit, stems_of
from ketenwijzer.text import stems


def _unit(passage: int, text: str, doc: str, position: int, own: float, order: int) -> Unit:
    unit = Unit(
        passage=passage,
        section=(doc, "Kop"),
        start=0,
        quote=text,
        display=text,
        stems=stems_of(text),
        context=stems_of("Kop"),
        n_words=len(text.split()),
        order=order,
        position=position,
    )
    unit.signals = Signals(own=own)
    return unit


LEAD = _unit(0, "Ketens kunnen drie ontwikkelstadia doorlopen.", "dossier", 3, 0.5, 0)
ASTRAY = _unit(1, "Een keten heeft geen baas.", "dossier", 1, 0.02, 10)
NAMING = _unit(2, "Niet alle ketens doorlopen de hele cyclus.", "andere", 5, 0.5, 20)
NEXT = _unit(3, "Dat kan jaren duren.", "dossier", 4, 0.0, 30)
CLOSE = _unit(4, "Ketens verschillen sterk.", "derde", 2, 0.3, 40)


def test_a_passage_that_names_no_telling_word_leaves_the_answer() -> None:
    kept = without_strays([LEAD, ASTRAY, NAMING, NEXT, CLOSE], LEAD, ["doorloop"])
    assert kept == [LEAD, NAMING, NEXT, CLOSE]
    # a passage saying less than half the lead's share of the question's words strays
    assert without_strays([LEAD, ASTRAY], LEAD, ["doorloop"]) == [LEAD]


def test_nothing_strays_without_a_telling_word_or_when_the_lead_names_none() -> None:
    assert without_strays([LEAD, ASTRAY], LEAD, []) == [LEAD, ASTRAY]
    assert without_strays([LEAD, ASTRAY], LEAD, ["verankering"]) == [LEAD, ASTRAY]


def test_a_word_family_names_the_subject() -> None:
    lead = _unit(0, "Rapporteren over slechte resultaten is moeilijk.", "a", 0, 0.7, 0)
    family = _unit(1, "Transparante rapportage is een voorwaarde.", "b", 0, 0.0, 10)
    assert without_strays([lead, family], lead, stems("rapporteren")[:1]) == [lead, family]


def test_an_answer_does_not_go_astray_after_its_lead(assistant: Assistant) -> None:
    """ "Welke fasen doorloopt een keten?" went on from the three ontwikkelstadia to "Een keten heeft geen
    baas …" and the four besturingsdimensies (thirty-fourth session); the passage after Be Informed's
    quote on failing still reads on."""
    phases = assistant.ask("Welke fasen doorloopt een keten?")
    assert "ontwikkelstadia" in phases.answer and "geen baas" not in phases.answer, phases.answer
    failing = assistant.ask("Waarom mislukken ketens vaak?")
    assert "relaties" in failing.answer, failing.answer


def test_an_advice_bullet_from_a_passage_off_the_subject_is_left_out(assistant: Assistant) -> None:
    """``advice.plan_advice`` with ``strays.without_strays``: "Hoe verdeel je de kosten in een keten?" gave as its
    second tip "Een ketenspeler moet ook overzien hoe de hele keten loopt …" (thirty-fourth session)."""
    answer = assistant.ask("Hoe verdeel je de kosten in een keten?")
    assert "wie wat betaalt" in answer.answer and "overzien" not in answer.answer, answer.answer
