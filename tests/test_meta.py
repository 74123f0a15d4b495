"""Questions about the assistant itself get a fixed answer naming the index's sources."""

from __future__ import annotations

from assistant.chain import Assistant
from assistant.meta import meta_kind


def test_which_sources_and_what_can_you_do_are_about_the_assistant() -> None:
    assert meta_kind("Welke bronnen gebruik je?") == "sources"
    assert meta_kind("Which sources do you use?") == "sources"
    assert meta_kind("Waar haal je dat vandaan?") == "sources"
    assert meta_kind("Wat kun je allemaal?") == "self"
    assert meta_kind("help") == "self"
    # a question about what a source names is a question about the subject
    assert meta_kind("Welke bronnen noemt het dossier?") == ""
    assert meta_kind("Wat kun je doen tegen weerstand?") == ""


def test_the_answer_names_the_sources_of_the_index(assistant: Assistant) -> None:
    # "Welke bronnen gebruik je?" was answered from the corpus ("De acht pijlers zijn … bruikbaar")
    # and "Wat kun je allemaal?" declined (eighth session)
    labels = assistant.directory.labels()
    answer = assistant.ask("Welke bronnen gebruik je?")
    assert answer.answer.startswith("Ik antwoord alleen uit deze bronnen: ") and not answer.citations
    assert all(label in answer.answer for label in labels), answer.answer
    english = assistant.ask("What can you do?")
    assert english.language == "en" and "The sources (in Dutch): " in english.answer, english.answer


def test_the_sources_names_come_from_their_labels(assistant: Assistant) -> None:
    """``SourceDirectory.names``: every label's name parts, longest first (``rules.unnamed_stems``);
    the real question's analysis carries them."""
    names = assistant.directory.names()
    assert "Ketens de baas" in names and "NORA" in names
    assert all(any(name in label for label in assistant.directory.labels()) for name in names)
    assert [len(n) for n in names] == sorted((len(n) for n in names), reverse=True)
    answer = assistant.ask("Kan één organisatie de baas zijn in een keten?")
    assert "volgens Ketens de baas" not in answer.answer.split(".")[0], answer.answer


def test_what_one_can_ask_is_about_the_assistant() -> None:
    """'Wat kan ik je vragen?' listed the dossier's four sources of dynamics (thirty-second session)."""
    assert meta_kind("wat kan ik je vragen?") == "self"
    assert meta_kind("Waarover kan ik je iets vragen?") == "self"
    assert meta_kind("What can I ask you?") == "self"
    assert meta_kind("Wat kan ik vragen aan de ketenmanager?") == ""


def test_a_request_for_tips_without_a_subject_is_asked_back(assistant: Assistant) -> None:
    """``leaning.is_request_word``: "tips" typed alone was read as a term ("Wat is tips?") and declined; a
    request for advice names no subject, so a first question asks what it is about (thirty-second
    session)."""
    answer = assistant.ask("tips")
    assert answer.kind == "clarification" and "Noem erbij waar het om gaat" in answer.answer, answer.answer
