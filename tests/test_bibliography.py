"""Questions about a source itself (when, who wrote it, publisher, where) are answered from its
metadata, said to come from there, with any passage that also states it cited after it
(``assistant/bibliography.py``; twenty-second session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.bibliography import SourceQuestion, source_question
from assistant.chain import Assistant
from assistant.conversation import Turn
from assistant.named_source import NamedSource
from evals.answertext import lead

from .conftest import own_corpus

ORIGIN = "niet uit een passage"


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("Wanneer is Ketens de baas gepubliceerd?", ("date",)),
        ("Van wanneer is het GBO-verslag?", ("date",)),
        ("Hoe oud is het ICTU-artikel?", ("date",)),
        ("Door wie is Ketens de baas opgesteld?", ("authors",)),
        ("Who wrote Ketens de baas?", ("authors",)),
        ("Wie is de uitgever van het Morgens-artikel?", ("publisher",)),
        ("Door wie is het Morgens-artikel gepubliceerd?", ("publisher",)),
        ("Waar kan ik het NORA-dossier vinden?", ("place",)),
        ("Uit welk jaar is het GBO-verslag en wie schreef het?", ("date", "authors")),
        # the word the dossier calls itself names it (``SourceDirectory.called_in``; twenty-eighth session)
        ("Is het dossier nog actueel?", ("date",)),
        ("Is Ketens de baas verouderd?", ("date",)),
        ("Is the NORA dossier still relevant?", ("date",)),  # it was declined (thirty-ninth session)
        # an event's report: its organiser is the publisher, the word the metadata calls it names it
        # (``source_aliases.self_nouns``; thirty-eighth session)
        ("Wie organiseerde het seminar?", ("publisher",)),
        ("Wanneer was het seminar?", ("date",)),
    ],
)
def test_questions_about_a_source_are_read_as_such(
    assistant: Assistant, question: str, facts: tuple[str, ...]
) -> None:
    asked = source_question(question, assistant.directory)
    assert asked is not None and asked.facts == facts


@pytest.mark.parametrize(
    "question",
    [
        "Wanneer is Morgens tevreden over een keten?",  # a subject of its own
        "Wie is Ruiterman?",  # 'wie' alone asks for no author
        "Wat zegt Ketens de baas over de ketenregisseur?",
        "Wanneer is een keten de juiste vorm van samenwerking?",  # no source named
        "Wie heeft gelijk, Morgens of Be Informed?",  # two sources
        "Wat staat er in het dossier over vertrouwen?",  # a subject asked of the dossier
        "Is het artikel nog actueel?",  # 'artikel' names no one source
    ],
)
def test_other_questions_are_not(assistant: Assistant, question: str) -> None:
    assert source_question(question, assistant.directory) is None


def test_a_date_from_the_metadata_then_the_passage_that_states_it(assistant: Assistant) -> None:
    answer = assistant.ask("Wanneer is Ketens de baas gepubliceerd?")
    assert not answer.abstained and answer.kind == "about_source"
    first = answer.answer.split("\n")[0]
    assert "15 juli 2013" in first and ORIGIN in first
    # the dossier's own account of its publication, quoted and cited
    assert any("2013" in c.quote and "geplaatst" in c.quote for c in answer.citations)
    assert all(c.quote.rstrip(".") in answer.answer for c in answer.citations)


def test_the_date_of_an_event_a_source_reports_is_its_date(assistant: Assistant) -> None:
    """``EVENT_WORDS``: "Wanneer is het GBO-seminar gehouden?" answered with Morgens' "Houd het
    simpel" ('gehouden'); now the report's date, and its own sentence giving the year, which names
    no publishing (twenty-third session)."""
    asked = source_question("Wanneer is het GBO-seminar gehouden?", assistant.directory)
    assert asked is not None and asked.facts == ("date",) and asked.event
    answer = assistant.ask("Wanneer is het GBO-seminar gehouden?")
    assert answer.kind == "about_source" and "1 december 2009" in answer.answer, answer.answer
    assert "Op 1 december 2009 in het Haagse Spaansche Hof" in answer.answer, answer.answer
    assert {c.doc_id for c in answer.citations} == {"gbo-mensenwerk-2009"}


def test_authors_quoted_replace_the_metadata_line_that_says_the_same(assistant: Assistant) -> None:
    answer = assistant.ask("Door wie is Ketens de baas opgesteld?")
    first = answer.answer.split("[1]")[0]
    assert "Aardewijn" in first and "Ruiterman" in first and ORIGIN not in answer.answer
    assert any("Aardewijn" in c.quote and "Crijns" in c.quote for c in answer.citations)


def test_authors_the_metadata_alone_give(assistant: Assistant) -> None:
    # the GBO report's metadata name no author: said so, with its date when both are asked
    answer = assistant.ask("Uit welk jaar is het GBO-verslag en wie schreef het?")
    assert (
        answer.answer.startswith("‘Ketensamenwerking is mensenwerk’ (GBO")
        and "1 december 2009" in answer.answer
    )
    assert "staat geen auteur" in answer.answer and ORIGIN in answer.answer


def test_an_english_question_gets_english_lines(assistant: Assistant) -> None:
    answer = assistant.ask("When was the Be Informed article published?")
    assert answer.answer.startswith("‘Samenwerken is geen estafette’ (Be Informed) is dated 18 July 2013.")
    assert "not from a passage" in answer.answer


def test_a_fact_the_metadata_lack_is_said_to_be_missing(assistant: Assistant) -> None:
    answer = assistant.ask("Wanneer is het artikel van Morgens verschenen?")
    assert not answer.abstained and not answer.citations
    assert "staat geen datum" in answer.answer and "Morgens" in answer.answer
    assert "[1]" not in answer.answer


def test_the_address_of_a_source_of_many_pages_is_the_page_they_share(assistant: Assistant) -> None:
    answer = assistant.ask("Waar kan ik het NORA-dossier vinden?")
    assert "https://www.noraonline.nl/wiki/Ketensturing." in answer.answer


def test_a_users_own_document_is_described_by_its_own_metadata(tmp_path: Path) -> None:
    text = (
        '---\ntitle: Regie in de zorgketen\nauthors: ["J. de Vries"]\npublisher: Zorgbureau Noord\n'
        "date: 2021-03-04\nurl: https://example.org/regie\n---\n\n# Regie in de zorgketen\n\n"
        "Een zorgketen vraagt om regie door een onafhankelijke partij. "
        "De Vries ziet de huisarts als spil van de zorgketen.\n"
    )
    assistant = Assistant(own_corpus(tmp_path, {"regie.md": text}, with_articles=True))
    asked = source_question("Wanneer is het stuk van Zorgbureau Noord verschenen?", assistant.directory)
    assert isinstance(asked, SourceQuestion) and isinstance(asked.source, NamedSource)
    answer = assistant.ask("Wie heeft het stuk van Zorgbureau Noord geschreven?")
    assert "geschreven door J. de Vries" in answer.answer
    answer = assistant.ask("Wanneer is het stuk van Zorgbureau Noord verschenen?")
    assert "4 maart 2021" in answer.answer


def test_a_source_described_by_its_subject_is_the_best_passages_source(assistant: Assistant) -> None:
    """``bibliography.ABOUT``: "het artikel over …" names no source; the best passage's source is
    the one meant, and the answer names it by its title (twenty-second session)."""
    asked = source_question("Wanneer verscheen het artikel over ketensamenwerking als mensenwerk?", None)
    assert asked is None  # no index, no source
    asked = source_question(
        "Wanneer verscheen het artikel over ketensamenwerking als mensenwerk?", assistant.directory
    )
    assert asked is not None and asked.facts == ("date",) and asked.source is None
    answer = assistant.ask("Wanneer verscheen het artikel over ketensamenwerking als mensenwerk?")
    assert answer.answer.startswith("‘Ketensamenwerking is mensenwerk’"), answer.answer
    assert "1 december 2009" in answer.answer and "artikel" not in " ".join(answer.unsaid)
    answer = assistant.ask("Wie schreef het stuk over de estafette?")
    assert answer.answer.startswith("Bij ‘Samenwerken is geen estafette’ (Be Informed) staat geen auteur")
    # words before 'over' that ask no fact: an ordinary question
    assert source_question("Wat staat er in het artikel over de estafette?", assistant.directory) is None


def test_a_follow_up_asks_it_of_the_previous_turns_source(assistant: Assistant) -> None:
    """``source_question(before=…)``: "Wie heeft dat geschreven?" after a question to Be Informed asks
    it of Be Informed; "Wanneer was dat?" and "Waar staat dat?" ask of what the answer said
    (twenty-second session)."""
    before = "Wat zegt Be Informed over estafette?"
    asked = source_question("Wie heeft dat geschreven?", assistant.directory, before)
    assert asked is not None and asked.facts == ("authors",) and asked.source is not None
    assert asked.source.label == "Be Informed"
    assert source_question("Wanneer was dat?", assistant.directory, before) is None
    assert source_question("Waar staat dat?", assistant.directory, before) is None
    # a source the follow-up calls by its own word is the one asked (forty-third session)
    other = source_question("Wie heeft het dossier geschreven?", assistant.directory, "Wat zegt ICTU?")
    assert other is not None and other.source is not None and other.source.label == "Ketens de baas (NORA)"
    first = assistant.ask("Hoe oud is het NORA-dossier?")
    turn = Turn("Hoe oud is het NORA-dossier?", "Hoe oud is het NORA-dossier?", first.answer)
    answer = assistant.ask("Is het nog actueel?", history=[turn])
    assert answer.answer.startswith("Ketens de baas (NORA) is gedateerd op 15 juli 2013"), answer.answer


def test_a_bare_fact_word_after_a_question_about_a_source_asks_it_of_that_source(
    assistant: Assistant,
) -> None:
    """``bibliography._of_source``: "wanneer?" after "Wie heeft Ketens de baas geschreven?" was asked
    of 'geschreven' and answered with the authors again; "waar kan ik het vinden?" after it quoted the
    GEMMA (twenty-sixth session). After a question about a subject, "wanneer?" stays one about it."""
    history: list[Turn] = []
    expected = ("Ketens de baas (NORA) is gedateerd op 15 juli 2013", "Ketens de baas (NORA) staat online op")
    for question, opening in zip(
        ("Wie heeft Ketens de baas geschreven?", "wanneer?", "waar kan ik het vinden?"),
        ("", *expected),
        strict=True,
    ):
        answer = assistant.ask(question, history=history)
        assert answer.answer.startswith(opening), (question, answer.answer)
        history.append(Turn(question, answer.standalone_question or question, answer.answer))
    assert source_question("wanneer?", assistant.directory, "Wat zegt Morgens over ambitie?") is None


def test_an_english_question_whether_a_source_is_up_to_date_asks_its_date(assistant: Assistant) -> None:
    """``bibliography.DATE_WORDS`` ('up', 'outdated') and 'to' among the allowed words: "Is the NORA
    dossier still up to date?" was declined (twenty-seventh session)."""
    answer = assistant.ask("Is the NORA dossier still up to date?")
    assert not answer.abstained and "15 July 2013" in answer.answer, answer.answer


def test_who_is_in_charge_after_a_chain_is_asked_of_the_chain(assistant: Assistant) -> None:
    """``glossary.yaml`` en_nl 'charge': "and who is in charge?" after "What is a chain?" was declined
    (twenty-seventh session); the dossier says a chain has no boss."""
    from assistant.conversation import Turn

    first = "What is a chain?"
    answer = assistant.ask(first)
    history = [Turn(first, answer.standalone_question or first, answer.answer)]
    charge = assistant.ask("and who is in charge?", history=history)
    assert not charge.abstained and "geen baas" in charge.answer, charge.answer


def test_a_question_about_every_source_lists_each_ones_metadata(assistant: Assistant) -> None:
    """``assistant/holdings.py``: "Hoe oud zijn de bronnen?" was declined, "Wanneer zijn de bronnen
    geschreven?" answered from the one passage that dates Ketens de baas; each source's date now comes from
    its metadata, oldest first, saying so; "Waar gaan de bronnen over?" is still a summary (thirty-ninth
    session)."""
    for question in ("Hoe oud zijn de bronnen?", "Wanneer zijn de bronnen geschreven?"):
        answer = assistant.ask(question)
        assert not answer.abstained and answer.kind == "about_source", answer.answer
        assert "de metadata, niet een passage" in answer.answer and "geschreven door" not in answer.answer, (
            answer.answer
        )
        items = [line for line in answer.answer.splitlines() if line.startswith("- ")]
        assert len(items) == len(assistant.directory.labels()), answer.answer
        assert "2009" in items[0] and "2023" in items[-2], items
    english = assistant.ask("How old are the sources?")
    assert english.kind == "about_source" and "metadata" in english.answer, english.answer
    authors = assistant.ask("Wie hebben de bronnen geschreven?").answer
    assert "Aardewijn" in authors and "geen auteur genoemd" in authors, authors
    assert assistant.ask("Waar gaan de bronnen over?").kind != "about_source"


def test_whom_a_source_is_for_is_its_audience_not_its_authors(assistant: Assistant) -> None:
    """``bibliography.FOR_WHOM`` and the glossary's "voor wie * geschreven": "Voor wie is Ketens de baas
    geschreven?" was answered with its authors (thirty-ninth session)."""
    answer = assistant.ask("Voor wie is Ketens de baas geschreven?")
    assert answer.kind != "about_source" and "bestuurders" in answer.answer.split("[1]")[0], answer.answer
    assert assistant.ask("Wie heeft Ketens de baas geschreven?").kind == "about_source"


def test_whom_a_source_calls_by_its_own_word_was_written_for(assistant: Assistant) -> None:
    """``source_cues.WRITTEN_CUE`` and the glossary's "voor wie * bedoeld": "Voor wie is het dossier geschreven?"
    searched every source and quoted Morgens; "Voor wie is Ketens de baas bedoeld?" quoted the
    contingentiebenadering (new informal questions, forty-ninth session). Who wrote it stays a publication fact."""
    for asked in ("Voor wie is het dossier geschreven?", "Voor wie is Ketens de baas bedoeld?"):
        answer = assistant.ask(asked)
        assert "bestuurders en managers" in answer.answer.split("[1]")[0], answer.answer
        assert all(c.doc_id.startswith("nora-kdb") for c in answer.citations), answer.answer
    assert assistant.ask("Door wie is het dossier geschreven?").kind == "about_source"


def test_a_follow_up_asks_of_the_source_the_turn_before_called_by_its_own_word(assistant: Assistant) -> None:
    """``bibliography.source_question``: "when was it published?" after "who wrote the dossier?" was declined; the
    dossier was called by its own word, not named (new informal follow-ups, forty-ninth session)."""
    first = "who wrote the dossier?"
    wrote = assistant.ask(first)
    answer = assistant.ask(
        "when was it published?", history=[Turn(first, wrote.standalone_question or first, wrote.answer)]
    )
    assert not answer.abstained and "2013" in answer.answer, answer.answer


def test_an_english_follow_up_on_a_source_asked_who_wrote_it_keeps_the_source(assistant: Assistant) -> None:
    """``source_cues.SAYING`` holds 'wrote', ``question.ABOUT_ASKED`` an 'and': "and what is it about?" after "Who
    wrote Ketens de baas?" carried 'wrote' and led with the dossier's claim on 'inbreng', where the Dutch twin is the
    dossier's summary; "and when?" after "Who wrote the dossier?" was quoted passages, not the date (new informal
    questions, fiftieth session). The question itself is still answered from the metadata."""
    first = "Who wrote Ketens de baas?"
    wrote = assistant.ask(first)
    assert "Aardewijn" in wrote.answer and "metadata" in wrote.answer, wrote.answer
    history = [Turn(first, wrote.standalone_question or first, wrote.answer)]
    about = assistant.ask("and what is it about?", history=history)
    assert "Ketens de baas" in (about.standalone_question or ""), about.standalone_question
    assert about.kind == "summary", about.kind
    assert {c.doc_id.split("-")[0] for c in about.citations} == {"nora"}, about.answer
    dossier = "Who wrote the dossier?"
    first_answer = assistant.ask(dossier)
    when = assistant.ask("and when?", history=[Turn(dossier, dossier, first_answer.answer)])
    assert "2013" in when.answer and "metadata" in when.answer, when.answer


def test_which_organisations_asks_who(assistant: Assistant) -> None:
    """``bibliography_words.WHO_WORDS`` holds 'organisaties': "Welke organisaties organiseerden het seminar?" quoted the
    dossier's ketenorganisatie, where "Wie organiseerde het seminar?" names the report's publisher from its metadata (new
    informal questions, fiftieth session)."""
    answer = assistant.ask("Welke organisaties organiseerden het seminar?")
    assert "GBO.Overheid en Universiteit Twente" in answer.answer and ORIGIN in answer.answer, answer.answer


def test_why_a_document_exists_or_was_written_asks_its_purpose(assistant: Assistant) -> None:
    """``restatements.WHY_MADE`` and ``signposts.PURPOSE_OF``: "Waarom bestaat het NORA-dossier?" led with "… dat er
    geen universeel besturingsmodel … bestaat", "Waarom is Ketens de baas geschreven?" with its authors, and "Wat is het
    doel van het NORA-dossier?" with the dossier's "te hoge doelstelling" (fifty-fourth session)."""
    from assistant.restatements import purpose_asked

    assert purpose_asked("Waarom bestaat het NORA-dossier?") == "Wat is het doel van het NORA-dossier?"
    assert purpose_asked("Waarom is Ketens de baas geschreven?") == "Wat is het doel van Ketens de baas?"
    assert (
        purpose_asked("Waarom bestaan er ketens?") is None
    )  # no document: why chains exist is no purpose asked
    assert purpose_asked("Waarom bestaat de keten?") is None
    for question in (
        "Waarom bestaat het NORA-dossier?",
        "Waarom is Ketens de baas geschreven?",
        "Wat is het doel van het NORA-dossier?",
    ):
        answer = assistant.ask(question)
        assert lead(answer.answer).startswith(
            "Ketens de baas wil bestuurders en managers handvatten geven"
        ), (
            question,
            answer.answer,
        )
