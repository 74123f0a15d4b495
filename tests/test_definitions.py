"""Definition questions about a term the domain uses everywhere: its definition is looked up, not ranked."""

from __future__ import annotations

import re

from assistant.chain import Assistant
from assistant.generators.defining import definition_of
from assistant.lengths import without_length_asked
from assistant.question import analyse
from assistant.routing import defining_passages
from evals.answertext import lead


def test_a_reported_definition_defines_the_term() -> None:
    """ "<Source> stelt dat X meer is dan …" says what X is; "dat X meer vraagt" and a negation do not."""
    pattern = definition_of("ketensturing")
    assert pattern is not None
    assert pattern.search("Ketens de baas stelt dat ketensturing meer is dan inhoud en procedures regelen.")
    assert not pattern.search("Uit de pijlers blijkt dat ketensturing meer vraagt dan afspraken.")
    assert not pattern.search("Het dossier stelt dat ketensturing niet eenvoudig is.")


def test_a_term_used_everywhere_is_answered_by_its_definition(assistant: Assistant) -> None:
    """'ketensturing' stands in most passages; "Wat is ketensturing?" opens with the one sentence that
    says what it is, not with "Het implementeren van ketensturing is … complex" under a note that the
    sources do not define it (thirty-sixth session)."""
    for question in ("Wat is ketensturing?", "Wat betekent ketensturing eigenlijk?"):
        answer = assistant.ask(question)
        assert lead(answer.answer).startswith("Ketens de baas stelt dat ketensturing meer is dan"), (
            answer.answer
        )
        assert "definiëren" not in answer.answer


def test_no_lookup_when_a_passage_found_defines_the_term(assistant: Assistant) -> None:
    """ "Wat is een keten?" finds its definition among the passages retrieved: nothing is added."""
    analysis = analyse("Wat is een keten?", "nl", assistant.directory)
    found = assistant.retriever.retrieve("keten")
    assert defining_passages(assistant.retriever, analysis, found, None) == []
    analysis = analyse("Wat is ketensturing?", "nl", assistant.directory)
    found = assistant.retriever.retrieve("ketensturing")
    added = defining_passages(assistant.retriever, analysis, found, None)
    assert [p.doc_id for p in added] == ["nora-kdb-verantwoording-visie"]


def test_how_to_say_it_is_no_part_of_the_question() -> None:
    """A length or plain words asked ("in twee zinnen", "Leg het kort uit", "in eenvoudige woorden") neither
    changes the kind nor becomes a word to search (thirty-sixth session)."""
    assert analyse("Leg uit wat ketensturing is in twee zinnen", "nl").kind == "definition"
    assert analyse("Kun je in een paar zinnen uitleggen wat ketensturing is?", "nl").focus == "ketensturing"
    assert analyse("Wat is ketensturing? Leg het kort uit", "nl").focus == "ketensturing"
    assert (
        without_length_asked("Leg in eenvoudige woorden uit wat een keten is") == "Leg uit wat een keten is"
    )


def test_plain_words_asked_still_get_the_definition(assistant: Assistant) -> None:
    """ "Leg in eenvoudige woorden uit wat een keten is" led with "De keten is en blijft zo sterk als de
    zwakste schakel": 'eenvoudig' and 'woorden' were searched."""
    answer = assistant.ask("Leg in eenvoudige woorden uit wat een keten is")
    assert lead(answer.answer).startswith("Een keten is volgens Ketens de baas een samenwerkingsverband"), (
        answer.answer
    )


def test_an_english_term_is_looked_up_by_its_dutch_word(assistant: Assistant) -> None:
    """ "What is chain governance?" (the glossary's 'ketensturing') is answered by the same definition,
    under the English frame; it told that the sources do not define 'chain governance'. A Dutch term asked in
    English is looked up as it is."""
    for question in ("What is chain governance?", "What is ketensturing?"):
        answer = assistant.ask(question)
        assert "ketensturing meer is dan inhoud en procedures regelen" in answer.answer, answer.answer
        assert "do not define" not in answer.answer


def test_what_a_term_can_be_or_is_for_someone_defines_nothing() -> None:
    """``defining.MODAL`` and ``PERSPECTIVE``: "Ketensamenwerking kan een sterk middel zijn …" and "… is volgens
    Ketens de baas voor managers een oefening in bescheidenheid" led "Wat is ketensamenwerking?" as if they said
    what it is (new informal questions, forty-fourth session)."""
    pattern = definition_of("ketensamenwerking")
    assert pattern is not None
    assert not pattern.search("Ketensamenwerking kan een sterk middel zijn om ambities te verwezenlijken.")
    assert not pattern.search(
        "Ketensamenwerking is volgens Ketens de baas voor managers een oefening in bescheidenheid."
    )
    assert pattern.search("Ketensamenwerking is een vorm van samenwerking tussen zelfstandige organisaties.")
    assert pattern.search("Ketensamenwerking is voor een groot deel mensenwerk.")
    process = definition_of("ketenproces")
    assert process is not None and not process.search(
        "Het ketenproces is stabiel geworden en er zijn groepen bezig."
    )


def test_a_compound_never_defined_is_answered_by_its_first_part(assistant: Assistant) -> None:
    """``part_definitions``: no passage says what ketensamenwerking is; the dossier's "Een keten is … een
    samenwerkingsverband …" does, through its first part (one of the corpus's compound modifiers) and a sentence
    naming its head. A note says the sources define the part; a part's definition that names no head is none
    ("De keten is en blijft zo sterk als de zwakste schakel")."""
    from assistant.generators.part_definitions import part_definition

    part = part_definition("ketensamenwerking", ("keten",))
    assert part is not None and (part.part, part.head) == ("keten", "samenwerking")
    assert part.defines("Een keten is een samenwerkingsverband van zelfstandige organisaties.")
    assert not part.defines("De keten is en blijft zo sterk als de zwakste schakel.")
    # a source's name is no subject, and a head is no word that only begins alike ('proces', 'procedures')
    process = part_definition("ketenproces", ("keten",))
    assert process is not None
    said = "Ketens de baas stelt dat ketensturing meer is dan inhoud en procedures regelen."
    assert process.defines(said.replace("procedures", "processen"))
    assert not process.defines(said)
    assert not process.defines(said.replace("procedures", "processen"), re.compile("Ketens de baas"))
    assert part_definition("ketens", ("keten",)) is None
    assert part_definition("vertrouwen", ("keten",)) is None
    answer = assistant.ask("Wat is ketensamenwerking?")
    assert answer.answer.startswith("(De bronnen definiëren ‘ketensamenwerking’ niet; wel wat een keten is.)")
    assert lead(answer.answer).startswith("Een keten is volgens Ketens de baas een samenwerkingsverband"), (
        answer.answer
    )
    english = assistant.ask("What is chain cooperation?")
    assert "samenwerkingsverband" in lead(english.answer), english.answer
    # a term the sources define keeps its own definition and no note
    chain = assistant.ask("Wat is een keten?")
    assert chain.answer.startswith("Een keten is volgens Ketens de baas"), chain.answer


def test_a_simile_is_no_definition_and_what_you_mean_asks_one(assistant: Assistant) -> None:
    """``defining.SIMILE``, 'bedoel' in ``glossary._DEFINER`` and ``focus_words.DEFINER_WORDS``: "Wat bedoel je met een
    keten?" weighed 'bedoel' and led with "De keten is en blijft zo sterk als de zwakste schakel" (new informal
    questions, forty-seventh session)."""
    chain = definition_of("keten")
    assert chain is not None
    assert not chain.search("De keten is en blijft zo sterk als de zwakste schakel.")
    assert chain.search("Een keten is een samenwerkingsverband van organisaties.")
    assert analyse("Wat bedoel je met een keten?", "nl").focus == "keten"
    answer = assistant.ask("Wat bedoel je met een keten?").answer
    assert lead(answer).startswith("Een keten is volgens Ketens de baas een samenwerkingsverband"), answer


def test_what_a_person_means_by_a_word_is_what_they_say_of_it(assistant: Assistant) -> None:
    """'mean'/'bedoelt' in ``source_cues.SAYING`` and the glossary's 'maturity': "What does Groothedde mean by maturity?"
    was declined (new informal questions, forty-seventh session)."""
    for question in ("What does Groothedde mean by maturity?", "Wat bedoelt Groothedde met volwassenheid?"):
        answer = assistant.ask(question)
        assert not answer.abstained and "Dat vergt volwassenheid" in answer.answer, (question, answer.answer)
        assert {c.doc_id for c in answer.citations} == {"gbo-mensenwerk-2009"}, answer.answer


def test_an_english_definition_names_a_dutch_term_once_and_finds_the_corpus_compound(
    assistant: Assistant,
) -> None:
    """``opening_notes.add_notes`` names a Dutch term typed in English once ("What is a ketenbureau?" said "‘ketenbureau’
    (‘ketenbureau’)"), and glossary 'goal' is first the 'doelstelling' ("What is a chain goal?" was told the sources do
    not define a 'ketendoel'; forty-eighth session)."""
    office = assistant.ask("What is a ketenbureau?")
    assert "(‘ketenbureau’)" not in office.answer, office.answer
    goal = assistant.ask("What is a chain goal?")
    assert "do not define" not in goal.answer and "ketendoelstelling" in goal.answer, goal.answer


def test_an_appositive_with_a_relative_clause_defines_its_term(assistant: Assistant) -> None:
    """``defining.APPOSITIVE``: "Wat bedoelt Boissevain met constraints?" was told the sources do not define it, above
    "… de constraints, de gemeenschappelijke beperkingen waarbinnen je …" (new informal questions, forty-ninth
    session); an enumeration of terms defines none of them."""
    pattern = definition_of("constraints")
    assert pattern is not None and pattern.search(
        "waar het draait om de constraints, de gemeenschappelijke beperkingen waarbinnen je"
    )
    listed = definition_of("ketenbestuur")
    assert listed is not None and not listed.search(
        "Het dossier beschrijft het ketenbestuur, de ketenmanager en de ketenregisseur."
    )
    answer = assistant.ask("Wat bedoelt Boissevain met constraints?")
    assert not answer.answer.startswith("(") and "gemeenschappelijke beperkingen" in lead(answer.answer), (
        answer.answer
    )


def test_what_a_named_speaker_means_is_defined_in_their_documents_only(assistant: Assistant) -> None:
    """``routing.route``: "Wat bedoelt Ruiterman met commitment?" pinned GBO's "Commitment en vertrouwen zijn daarom
    drijvende krachten" and quoted the seminar, not Ruiterman (new informal questions, forty-ninth session)."""
    answer = assistant.ask("Wat bedoelt Ruiterman met commitment?")
    assert "gbo-mensenwerk-2009" not in {c.doc_id for c in answer.citations}, answer.answer
    assert "Ruiterman" in lead(answer.answer), answer.answer


def test_a_name_asked_for_its_role_gets_no_note_on_a_kind_of_thing(assistant: Assistant) -> None:
    """``definition.role_note``: "Wat is de rol van ICTU?" opened with "De bronnen zeggen niet wat een ‘ictu’ doet" (new
    informal questions, forty-ninth session); a kind of thing keeps its note."""
    named = assistant.ask("Wat is de rol van ICTU?")
    assert "‘ictu’" not in named.answer and not named.answer.startswith("("), named.answer
    kind = assistant.ask("Wat doet een ketenregisseur?")
    assert kind.answer.startswith("(De bronnen zeggen niet wat een ‘ketenregisseur’ doet"), kind.answer


def test_an_adjective_and_its_noun_are_defined_as_a_pair(assistant: Assistant) -> None:
    """``defining._phrase_or_head``, ``definition._antecedents``: "Wat is horizontale samenwerking?" led with a
    sentence that only uses the pair; GEMMA's "We spreken dan van horizontale samenwerking." names what the sentences
    before it describe, and now stands in the answer after them, the answer opening where their account begins
    (new informal questions, fiftieth session). A count is no adjective: 'acht sturingselementen' stays no term."""
    pattern = definition_of("horizontale samenwerking")
    assert pattern is not None and pattern.search("We spreken dan van horizontale samenwerking.")
    assert not pattern.search(
        "Die medewerkers vormen de keten, en op hun niveau moet de horizontale samenwerking ontstaan."
    )
    assert definition_of("acht sturingselementen") is None
    answer = assistant.ask("Wat is horizontale samenwerking?")
    text = answer.answer
    assert "We spreken dan van horizontale samenwerking" in text, text
    assert text.index("geen hiërarchische relatie") < text.index("We spreken dan van"), text
    assert not lead(text).startswith(("Zeker", "Dat ", "Soms")), text


def test_a_term_asked_in_a_setting_is_answered_by_its_definition(assistant: Assistant) -> None:
    """``defining.defined_word``: "Wat is een keten bij de overheid?" found no passage defining a keten (the setting's
    word made the focus two words) and led with the ketenmanager's doorzettingsmacht "bij de overheid"; the term in
    quotes with a setting ("'keten' in de publieke sector") led with a seminar's opening (fifty-first session)."""
    for question in ("Wat is een keten bij de overheid?", "Wat betekent 'keten' in de publieke sector?"):
        answer = assistant.ask(question)
        assert lead(answer.answer).startswith(
            "Een keten is volgens Ketens de baas een samenwerkingsverband"
        ), answer.answer


def test_a_thing_asked_by_its_place_is_no_undefined_noun(assistant: Assistant) -> None:
    """``ordinals.ASKED_BY_PLACE``: "Wat is het tweede stadium?" and "Wat is de derde pijler?" ask which one, and were
    told "De bronnen definiëren ‘stadium’ niet" before it (fifty-fourth session). A noun asked alone keeps the note."""
    for question in ("Wat is het tweede stadium?", "Wat is de derde pijler?", "Wat is de tweede bouwsteen?"):
        answer = assistant.ask(question)
        assert not answer.abstained, answer.answer
        assert "definiëren" not in answer.answer, answer.answer
    assert "definiëren ‘ontwikkelstadium’ niet" in assistant.ask("Wat is een ontwikkelstadium?").answer
