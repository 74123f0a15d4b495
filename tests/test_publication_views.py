"""What a publication says: its headline restated, its lede, and sentences about one instance of the asked thing."""

from __future__ import annotations

from assistant.chain import Assistant
from assistant.generators.demonstratives import pointed_back
from assistant.question import analyse
from assistant.source_cues import view_asked
from evals.answertext import lead
from ketenwijzer.text import stems


def test_a_publication_asked_for_its_view_opens_with_the_sentence_that_restates_its_headline(
    assistant: Assistant,
) -> None:
    """``weights.TITLE_BONUS``: "Wat zegt ICTU over ketensturing?" opened with the quotes of the people the article lets
    speak (Brouwer on the paper NORA, Ruiterman on society), not with the sentence that restates its headline
    "Ketensturing is niet alleen een kwestie van techniek" (fifty-fourth session)."""
    for question in ("Wat zegt ICTU over ketensturing?", "Wat vindt ICTU van ketensturing?"):
        answer = assistant.ask(question)
        assert lead(answer.answer).startswith("Ketensamenwerking is niet louter een kwestie van techniek"), (
            answer.answer
        )
    # a person is no publication: the title of the report they speak in is not their view
    froger = assistant.ask("Wat zegt Froger over de mensen in een keten?")
    assert froger.answer.startswith("**John Froger**: Zonder dat hij"), froger.answer


def test_a_publication_asked_on_a_subject_opens_with_its_lede_on_it(assistant: Assistant) -> None:
    """``nudges.favour_lede_naming`` and ``demonstratives.yield_pointed_back``: "Wat zegt Be Informed over ketens?"
    opened with "“Ons standpunt is: …”", the start of the quote around "Dan heb je die keten gefaciliteerd.", not with
    the lede "Niet in statische ketens, maar in dynamische netwerken." (fifty-fourth session)."""
    for question in ("Wat zegt Be Informed over ketens?", "Hoe kijkt Be Informed naar ketens?"):
        answer = assistant.ask(question)
        assert answer.answer.startswith("Overheden en andere partijen moeten steeds meer samenwerken"), (
            answer.answer
        )
        assert "Niet in statische ketens, maar in dynamische netwerken" in lead(answer.answer), answer.answer
    # a lede sentence that announces what the text will do states no position (``nudges.ANNOUNCES``)
    gemma = assistant.ask("Wat zegt de GEMMA over horizontale samenwerking?").answer
    assert "Hier analyseren we" not in gemma or gemma.index("Kenmerkend is") < gemma.index(
        "Hier analyseren we"
    ), gemma


def test_a_sentence_naming_the_asked_thing_only_after_a_demonstrative_speaks_of_one_instance() -> None:
    """``demonstratives.pointed_back``: 'die keten' points back; a relative 'die', a clause's 'dat' and a compound of
    the word besides do not make a sentence about one instance."""
    chain, partner = set(stems("keten")), set(stems("partner"))
    assert pointed_back("Dan heb je die keten gefaciliteerd.", chain)
    assert pointed_back("Deze ketens werken niet.", chain)
    assert not pointed_back(
        "Organisaties die samenwerken hebben snel de neiging …", set(stems("samenwerken"))
    )
    assert not pointed_back("Uit onderzoek blijkt dat ketens helpen.", chain)
    assert not pointed_back("Een keten is een samenwerkingsverband.", chain)
    assert not pointed_back(
        "De kern van vertrouwen tussen ketenpartners is … dat die partner handelt.", partner
    )


def test_a_clause_after_dat_keeps_its_lead(assistant: Assistant) -> None:
    """'dat' before the asked word joins a clause ("Uit onderzoek … blijkt dat ketensamenwerking … helpt"): a first
    version of ``yield_pointed_back`` took it for a demonstrative and this lead was lost."""
    answer = assistant.ask("Wat levert ketensamenwerking eigenlijk op?")
    assert answer.answer.startswith("Uit onderzoek van adviesbureau Morgens blijkt dat ketensamenwerking"), (
        answer.answer
    )


def test_a_sources_view_named_by_a_noun_asks_what_that_source_says(assistant: Assistant) -> None:
    """``source_cues.VIEW_CUE``: "Wat is de visie van Be Informed op ketens?" was a definition of 'visie ketens' and
    opened with Be Informed's quote of the dossier's four dimensions; asked as "wat vindt Be Informed van ketens" it
    opens with its lede (fifty-fourth session). A view word only: "Wat is de rol van de ketenregisseur?" stays."""
    for question, focus in (
        ("Wat is de visie van Be Informed op ketens?", "ketens"),
        ("What is the view of Be Informed on chains?", "chains"),
        ("What is Morgens' opinion about chain cooperation?", "chain cooperation"),
    ):
        analysis = analyse(question, "en" if question.startswith("What") else "nl", assistant.directory)
        assert (analysis.kind, analysis.focus) == ("who_said", focus), (
            question,
            analysis.kind,
            analysis.focus,
        )
    assert view_asked("Wat is de rol van het dossier?") == ""
    answer = assistant.ask("Wat is de visie van Be Informed op ketens?")
    assert "Niet in statische ketens, maar in dynamische netwerken" in lead(answer.answer), answer.answer
