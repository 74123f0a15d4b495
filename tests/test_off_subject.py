"""Questions off the corpus's subject: a general management question naming a thing no source uses is declined
(``assistant/subject.py``), on rule level and over the real index."""

from __future__ import annotations

import pytest

from assistant.chain import Assistant
from assistant.subject import OFF_SUBJECT_MARGIN, english_unsaid, off_subject, on_subject
from assistant.unsaid import unsaid


def test_the_subject_is_the_corpus_modifier_in_any_word_or_its_glossary_dutch() -> None:
    chains = ("keten",)
    assert on_subject("Wat is de jeugdzorgketen?", chains)
    assert on_subject("Hoe houd je ketenpartners betrokken?", chains)
    assert on_subject("so what should I watch out for when I set up a new chain?", chains), (
        "'chain' is 'keten'"
    )
    assert not on_subject("Hoe verbeter ik de samenwerking binnen mijn team?", chains)
    # derived from the corpus: another corpus's modifier makes another subject
    assert on_subject("Hoe werkt de zorgverlening in de wijk?", ("zorg",))
    assert not on_subject("Wat is de jeugdzorgketen?", ("onderwijs",))


def test_only_an_unnamed_off_subject_question_naming_an_unsaid_word_near_the_threshold_is_declined() -> None:
    chains = ("keten",)
    team = "Hoe verbeter ik de samenwerking binnen mijn team?"
    assert off_subject(team, chains, ["team"], named=False, margin=0.01)
    assert not off_subject(team, chains, [], named=False, margin=0.01), "nothing unsaid"
    assert not off_subject(team, chains, ["team"], named=True, margin=0.01), "a source is named"
    assert not off_subject(team, chains, ["team"], named=False, margin=OFF_SUBJECT_MARGIN), "clear evidence"
    assert not off_subject("Hoe werkt een team in een keten?", chains, ["team"], named=False, margin=0.0)


def test_a_short_noun_after_a_determiner_and_a_noun_after_a_count_or_over_are_named(
    assistant: Assistant,
) -> None:
    lexical = assistant.index.lexical
    assert unsaid("Hoe verbeter ik de samenwerking binnen mijn team?", lexical) == ["team"]
    assert unsaid("Hoe ga ik om met conflicten tussen twee teamleden?", lexical) == ["teamleden"]
    assert "thuiswerken" in unsaid("Hoe maak je afspraken met je medewerkers over thuiswerken?", lexical)
    # a short word after 'het' is no noun ("Is het slim …"), nor the thing a request asks to be made
    assert unsaid("Is het slim om eerst de techniek te regelen?", lexical) == []
    assert "mail" not in unsaid("Schrijf een mail aan mijn directeur over ketensamenwerking", lexical)


@pytest.mark.parametrize(
    "question",
    [
        "Hoe verbeter ik de samenwerking binnen mijn team?",
        "Hoe maak ik een goede planning voor mijn team?",
        "Welke managementstijl werkt het best?",
        "Hoe leid ik een reorganisatie?",
        "Hoe ga ik om met conflicten tussen twee teamleden?",
        "Hoe zet ik een klanttevredenheidsonderzoek op?",
    ],
)
def test_a_general_management_question_is_declined(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained, answer.answer
    assert not answer.citations


@pytest.mark.parametrize(
    "question",
    [
        # an unsaid word, but on the corpus's subject
        "Hoe werkt de ketensamenwerking in de zorg tijdens corona?",
        # off the subject's word, but nothing unsaid
        "Hoe zorg ik dat de werkvloer meedoet?",
        "Wat als een partner niet wil meedoen?",
        # off the subject's word with an unsaid word, but clear evidence (tuning articles a19)
        "Wat voor gezamenlijke voorziening hebben partijen in een netwerkverband nodig om samen te werken?",
        # the glossary reads 'gesprek' as the dossier's 'dialoog'
        "Hoe begin je een gesprek over gezamenlijke doelen?",
    ],
)
def test_a_question_on_the_subject_or_with_clear_evidence_is_answered(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained, question
    assert answer.citations


def test_an_english_noun_after_a_determiner_is_unsaid_unless_translated_or_a_grade(
    assistant: Assistant,
) -> None:
    lexical = assistant.index.lexical
    assert english_unsaid("How do I handle conflict in my team?", lexical) == ["team"]
    assert english_unsaid("How do I run a good team meeting?", lexical) == ["team"], (
        "'good' grades, 'team' is asked"
    )
    assert english_unsaid("What is the first thing a new chain director should do?", lexical) == []


@pytest.mark.parametrize(
    "question", ["How do I handle conflict in my team?", "How do I run a good team meeting?"]
)
def test_an_english_general_management_question_is_declined(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained, answer.answer
    assert answer.answer.startswith("The sources of Ketenwijzer do not cover this")


def test_an_english_question_on_the_subject_is_answered(assistant: Assistant) -> None:
    answer = assistant.ask("What is the first thing a new chain director should do?")
    assert not answer.abstained
    assert answer.citations
