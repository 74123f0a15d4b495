"""Typing slips in a question: read as the corpus's word, never a real word or a name changed."""

from __future__ import annotations

import pytest

from assistant.chain import Assistant
from assistant.spelling import Speller, dutch_word
from evals.answertext import lead
from ketenwijzer.text import stems


def _speller(*words: str) -> tuple[Speller, set[str]]:
    vocabulary = {stems(w)[0] for w in words}
    return Speller(vocabulary), vocabulary


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("wat is een ketenmanger", "wat is een ketenmanager"),  # a letter left out
        ("wat is een ketenmanaager", "wat is een ketenmanager"),  # one too many
        ("wat is een ketenmanaegr", "wat is een ketenmanager"),  # two swapped
        ("Wat zijn de besturingsdimenties?", "Wat zijn de besturingsdimensies?"),  # one changed
    ],
)
def test_a_slip_one_edit_from_a_corpus_word_is_read_as_that_word(typed: str, meant: str) -> None:
    speller, known = _speller("ketenmanager", "besturingsdimensies")
    assert speller.correct(typed, known.__contains__) == meant


def test_a_real_word_a_name_or_a_short_word_stays_as_typed() -> None:
    speller, known = _speller("ontstaan", "rotterdamse", "keten")
    assert dutch_word("ontslaan") and not dutch_word("ketenmanger")
    # 'ontslaan' is one letter from 'ontstaan' but a Dutch word of its own (red-team set)
    assert speller.correct("Mag de ketenregisseur medewerkers ontslaan?", known.__contains__).endswith(
        "ontslaan?"
    )
    # a capitalised word inside the question is a name
    assert speller.correct("Hoe werkt de keten in Rotterdamsw?", known.__contains__).endswith("Rotterdamsw?")
    # too short to tell a slip from another word
    assert speller.correct("Wat is een ketem?", known.__contains__) == "Wat is een ketem?"


def test_a_misspelt_question_is_answered_and_shows_what_was_read(assistant: Assistant) -> None:
    # 'ketenmanger' occurs in no passage: the gate found half the question unknown and declined
    answer = assistant.ask("wat is een ketenmanger")
    assert not answer.abstained, answer.evidence
    assert answer.question == "wat is een ketenmanger"
    assert answer.standalone_question == "wat is een ketenmanager"
    assert all(c.doc_id == "nora-kdb-3-2-ketenmanager" for c in answer.citations[:1])
    english = assistant.ask("What is the difference between relay-style cooperation and network cooperation?")
    assert english.standalone_question is None, "an English word is no slip of a Dutch one"


def test_a_modifier_typed_apart_is_joined_and_a_slip_known_as_a_start_becomes_the_word(
    assistant: Assistant,
) -> None:
    """``Speller.joined`` and ``Speller.respelled_word``: "wat doet een keten manager" led with "Managers die tot diep in
    de keten willen sturen …", and "hoe bouw je vertrouen op" was declined ('vertrouen' begins no indexed stem's word,
    yet reads as known) (new informal questions, fiftieth session). Two words the corpus also writes apart stay apart
    ("eigen belang", "goed werkt"); a capitalised second word is a name."""
    vocabulary = {stems(w)[0] for w in ("ketenmanager", "ketenregie", "eigenbelang", "vertrouwen")}
    speller = Speller(vocabulary, modifiers=("keten",))
    assert speller.joined("wat doet een keten manager") == "wat doet een ketenmanager"
    assert speller.joined("wat is keten regie?") == "wat is ketenregie?"
    assert speller.joined("zijn eigen belang") == "zijn eigen belang"
    assert speller.joined("de keten Manager") == "de keten Manager"
    assert speller.respelled_word("vertrouen") == "vertrouwen"
    manager = assistant.ask("wat doet een keten manager")
    assert lead(manager.answer).startswith("De ketenmanager"), manager.answer
    trust = assistant.ask("hoe bouw je vertrouen op")
    assert not trust.abstained and "vertrouwen" in trust.answer, trust.answer


def test_the_infinitive_of_a_modal_clause_is_not_joined_to_the_modifier_before_it(
    assistant: Assistant,
) -> None:
    """``spelling._closes_modal``: "kan je een keten sturen zonder geld?" was read as 'ketensturen' (the stem of
    'ketensturing') and answered with the weerstanden (fifty-second session)."""
    vocabulary = {stems(w)[0] for w in ("ketensturing", "ketenmanager", "ketenprocessen")}
    speller = Speller(vocabulary, modifiers=("keten",))
    assert speller.joined("kan je een keten sturen zonder geld?") == "kan je een keten sturen zonder geld?"
    assert speller.joined("hoe werkt keten sturen?") == "hoe werkt ketensturen?"
    assert speller.joined("kan je een keten manager aanstellen?") == "kan je een ketenmanager aanstellen?"
    answer = assistant.ask("kan je een keten sturen zonder geld?")
    assert "ketensturen" not in (answer.focus or "") + (answer.standalone_question or ""), answer.focus
    assert "weerstand" not in lead(answer.answer), answer.answer
