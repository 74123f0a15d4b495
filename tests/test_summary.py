"""A summary of one source: its main point first, from the source itself, whatever the request's words; of several: one part each."""

from __future__ import annotations

import re

from assistant.chain import Assistant
from assistant.generators.nudges import nudge_summary
from assistant.generators.units import Unit
from evals.answertext import lead
from ketenwijzer.compounds import compound_stems


def _unit(order: int, text: str) -> Unit:
    stems = frozenset(compound_stems(text))
    return Unit(0, ("doc",), 0, text, text, stems, stems, len(text.split()), order=order)


def test_the_sentence_that_shares_most_with_the_text_is_the_most_central() -> None:
    units = [
        _unit(0, "Op 1 december 2009 kwamen professionals bijeen in het Spaansche Hof."),
        _unit(1, "Ketensamenwerking draait om vertrouwen tussen de partners."),
        _unit(2, "Zonder vertrouwen tussen partners mislukt ketensamenwerking."),
        _unit(3, "Partners bouwen vertrouwen op door elkaar te leren kennen."),
    ]
    nudge_summary(units)
    assert units[0].score == min(u.score for u in units), "a venue is no main point"
    assert max(units, key=lambda u: u.score) in units[1:3]


def test_a_summary_of_a_source_is_its_main_point_from_that_source(assistant: Assistant) -> None:
    # it was declined: 'vat', 'samen', 'artikel' are the request's words, not its subject (seventh session)
    answer = assistant.ask("Samenvatting van GBO?")
    assert answer.kind == "summary" and not answer.abstained
    assert lead(answer.answer).startswith("De belangrijkste conclusie: ketensamenwerking is mensenwerk")
    assert {c.doc_id for c in answer.citations} == {"gbo-mensenwerk-2009"}
    article = assistant.ask("Vat het artikel van Be Informed samen")
    assert not article.abstained and not article.unsaid, "'artikel' is not a subject the sources lack"
    assert {c.doc_id for c in article.citations} == {"beinformed-geen-estafette-2013"}
    # a document that presents itself as the summary is read first, named in English or not
    gist = assistant.ask("give me the gist of the NORA dossier")
    assert not gist.abstained and {r.doc_id for r in gist.retrieved} == {"nora-kdb-managementsamenvatting"}


def test_an_articles_summary_opens_with_its_lede(assistant: Assistant) -> None:
    """``nudges.favour_lede``: an article says its main point first. "Waar gaat het artikel van ICTU
    over?" led with "… helpt ze op weg" (whom?), then, with that pointing back, with a quote about the
    NORA wiki from its last paragraph (twenty-third session)."""
    from assistant.generators.nudges import LEDE_BONUS, favour_lede

    units = [_unit(i, f"Zin {i}.") for i in range(5)]
    for i, unit in enumerate(units):
        unit.start = i * 10
    units[4].passage = 1
    favour_lede(units, {0})
    assert [u.score for u in units] == [LEDE_BONUS] * 3 + [0.0, 0.0]
    answer = assistant.ask("Waar gaat het artikel van ICTU over?")
    opening = lead(answer.answer)
    assert opening.startswith(
        ("Publieke organisaties werken steeds meer in ketens samen", "In een keten is er niet één baas")
    ), answer.answer
    assert {c.doc_id for c in answer.citations} == {"ictu-ketens-de-baas-2013"}


def test_a_summary_request_leans_on_the_conversation_or_its_named_source(assistant: Assistant) -> None:
    from assistant.conversation import Turn, needs_context

    assert needs_context("Vat het kort samen")  # it was read as a new question and declined
    first = assistant.ask("Wat zijn de acht pijlers?")
    follow = assistant.ask("Vat het kort samen", history=[Turn(first.question, first.question, first.answer)])
    assert not follow.abstained and "pijlers" in (follow.standalone_question or "")
    # words of the request ('drie zinnen') are no subject the source must hold
    assert not assistant.ask("Vat het NORA-dossier samen in drie zinnen").abstained


def test_an_english_main_message_asks_a_summary(assistant: Assistant) -> None:
    """``kinds`` summary: "What is the main message of the NORA dossier?" was an open question that
    quoted ICTU on the NORA wiki (twenty-eighth session)."""
    from assistant.question import kind_of

    assert kind_of("What is the main message of the NORA dossier?") == "summary"
    assert kind_of("What is the key lesson from GBO?") == "summary"
    assert kind_of("What is the main problem in chains?") != "summary"
    answer = assistant.ask("What is the main message of the NORA dossier?")
    assert "noraonline" not in answer.answer and "wiki" not in answer.answer, answer.answer
    assert all(c.doc_id.startswith("nora-") for c in answer.citations), answer.answer


def _parts(answer: str) -> list[str]:
    """The labels of an answer's parts ("**Morgens**: …")."""
    return re.findall(r"^\*\*(.+?)\*\*:", answer, re.M)


def test_a_summary_of_several_sources_gives_each_its_own_part(assistant: Assistant) -> None:
    """``assistant/overview.py``: "Vat Morgens en Be Informed samen" and "Wat is de boodschap van Morgens,
    GBO en Be Informed?" were declined, "Vat de artikelen samen" summarised Be Informed alone and "Waar
    gaan de bronnen over?" quoted two remarks on sources of dynamics (new informal questions,
    twenty-ninth session). Each source now has a part of its own, opened by a cited sentence of it."""
    directory = assistant.directory
    every = directory.labels()
    cases = {
        "Vat Morgens en Be Informed samen": 2,
        "Wat is de boodschap van Morgens, GBO en Be Informed?": 3,
        "Waar gaan de bronnen over?": len(every),
        "What are the sources about?": len(every),
        "What are the main messages of the sources?": len(every),
        "Geef een overzicht van de bronnen": len(every),
        "Welke bronnen zijn er en waar gaan ze over?": len(every),
    }
    for question, n in cases.items():
        answer = assistant.ask(question)
        assert not answer.abstained, (question, answer.answer)
        parts = _parts(answer.answer)
        assert len(parts) == n and set(parts) <= set(every), (question, parts)
        assert len({c.doc_id for c in answer.citations}) >= n, question
    # each part is its source's message, not a line about the source: by its name the dossier's part
    # opened with "Het dossier werd eind juli 2013 op NORA Online geplaatst", then with "Ketens de baas
    # past in die lijn …" (``coherence.REFERRING``)
    overview = assistant.ask("Waar gaan de bronnen over?").answer
    assert "geplaatst" not in overview and "in die lijn" not in overview, overview
    # the request's own words are no subject: 'overzicht' led GBO's part with a remark on 'druk'
    assert assistant.ask("Geef een overzicht van de bronnen").answer == overview
    # "de artikelen" are the sources whose documents have ``kind: article``: several parts, never one
    articles = assistant.ask("Vat de artikelen samen")
    assert len(_parts(articles.answer)) >= 2, articles.answer
    # a subject asked of all sources stays the subject; a short summary is no subject ('korte' was
    # searched and the question declined)
    trust = assistant.ask("Vat samen wat de bronnen over vertrouwen zeggen")
    assert "vertrouwen" in lead(trust.answer), trust.answer
    short = assistant.ask("Geef een korte samenvatting van alle artikelen over vertrouwen")
    assert not short.abstained and "vertrouwen" in lead(short.answer), short.answer
    # one source named stays one summary
    assert not _parts(assistant.ask("Vat het artikel van Morgens samen").answer)


def test_the_main_insight_of_all_sources_is_an_overview(assistant: Assistant) -> None:
    """``kinds``: "Wat is het belangrijkste inzicht uit alle bronnen?" searched 'inzicht' and quoted the
    NORA wiki's "inzichten en kennis delen" (new informal questions, twenty-ninth session): the main
    point of every source, one part each."""
    answer = assistant.ask("Wat is het belangrijkste inzicht uit alle bronnen?")
    assert len(_parts(answer.answer)) == len(assistant.directory.labels()), answer.answer
    assert "noraonline" not in answer.answer


def test_a_source_s_message_is_not_the_day_it_was_placed(assistant: Assistant) -> None:
    """``scenes.MESSAGE_PENALTY``, ``scenes.WHERE_ON``: "Waar zijn Groothedde en het dossier het over eens?" gave the
    dossier's side as "Het dossier werd eind juli 2013 op NORA Online geplaatst" ('waar' read as asking a place), and
    "Waar gaat het artikel van GBO over?" summed the seminar up by its day and venue (forty-first session)."""
    compared = assistant.ask("Waar zijn Groothedde en het dossier het over eens?")
    assert "eind juli 2013" not in compared.answer, compared.answer
    summary = assistant.ask("Waar gaat het artikel van GBO over?")
    assert "Spaansche Hof" not in summary.answer, summary.answer


def test_what_came_out_of_a_work_is_its_finding(assistant: Assistant) -> None:
    """``kind_patterns.FINDS_PATTERN`` ('wat bleek/kwam er uit'), ``focus_words.VIEW_WORDS`` ('bleek') and the glossary's
    'kwam uit' → 'blijkt uit': "Wat bleek uit het onderzoek?" was declined, "Wat kwam er uit het seminar?" led with "Als de
    druk hoog is, blijkt het soms …", "Wat kwam uit het onderzoek van Morgens?" was told Morgens says nothing on it (new
    informal questions, forty-ninth session)."""
    found = "Uit onderzoek van adviesbureau Morgens blijkt"
    for asked, opening in (
        ("Wat bleek uit het onderzoek?", found),
        ("Wat kwam er uit het seminar?", "De belangrijkste conclusie"),
        ("Wat kwam uit het onderzoek van Morgens?", found),
    ):
        answer = assistant.ask(asked)
        assert opening in lead(answer.answer), (asked, answer.answer)
