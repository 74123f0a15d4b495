"""Questions that name a person as the one speaking, in any kind (ninth session): the person's
words answer, not another speaker's, and 'geeft' / 'mention' name a speaker as 'zegt' does."""

from __future__ import annotations

import re

from assistant.chain import Assistant
from assistant.coherence import check as coherence_check
from assistant.conversation import Turn, needs_context
from assistant.generators.attribution import ATTRIBUTED, _speaker_name
from assistant.question import analyse, focus_of
from evals.answertext import lead


def test_a_list_question_naming_a_speaker_lists_that_speakers_items(assistant: Assistant) -> None:
    """``attribution.favour_named`` for every kind: "Welke succesfactoren noemt Groothedde?" led
    with the succesfactoren of the discussion "onder leiding van Janet Helder"."""
    for question in ("Welke succesfactoren noemt Groothedde?", "Which factors does Groothedde mention?"):
        answer = assistant.ask(question)
        assert "Draagvlak in de top" in answer.answer, (question, answer.answer)
        assert "Ondanks de verschillen" not in answer.answer, (question, answer.answer)


def test_geeft_names_the_speaker_and_is_no_subject(assistant: Assistant) -> None:
    """``source_cues.SAYING`` and ``focus.SCAFFOLD``: "Welke tips geeft Froger?" answered from other
    sources and searched 'geeft' ("… één partij een regierol geven")."""
    assert focus_of("Welke tips geeft Froger?", []) == "froger"
    answer = assistant.ask("Welke tips geeft Froger?")
    assert {c.doc_id for c in answer.citations} == {"gbo-mensenwerk-2009"}
    assert "Selecteer gedreven mensen" in answer.answer
    assert "regierol" not in answer.answer


def test_what_a_source_recommends_asks_its_words(assistant: Assistant) -> None:
    """``focus.SCAFFOLD`` and ``source_cues.ASKED_CUE``: "What does Morgens recommend?" was declined
    ('recommend' in no Dutch source); "Welke bouwstenen beschrijft het dossier?" searched 'beschrijft'
    and 'dossier' (twenty-third session)."""
    assert focus_of("Wat raadt Morgens aan?", []) == "morgens"
    nora = analyse("What does the dossier say about trust?", "en", assistant.directory)
    assert [s.written for s in nora.sources] == ["dossier"] and nora.focus == "trust"
    answer = assistant.ask("What does Morgens recommend?")
    assert not answer.abstained, answer.answer
    assert {c.doc_id for c in answer.citations} == {"morgens-gezamenlijk-doel"}, answer.answer


def test_onder_leiding_van_gives_the_floor() -> None:
    """``attribution.ATTRIBUTED``: a discussion led by someone is not the previous speaker's."""
    found = ATTRIBUTED.search(
        "Tijdens de discussie onder leiding van Janet Helder werden de aanwezigen het eens."
    )
    assert found is not None and _speaker_name(found) == "Helder"


def test_a_closing_het_refers_to_the_previous_turn() -> None:
    """``leaning._PARTITIVE``: "Wanneer verscheen het?" was read as a new question."""
    assert needs_context("Wanneer verscheen het?")
    assert needs_context("Hoe maak ik er een?")
    assert not needs_context("Wat is een ketenkaart?")
    assert not needs_context("Hoe zit het met het geld in een keten?")


def test_a_follow_up_naming_only_a_source_asks_that_source() -> None:
    """``speakers.carried_speakers``: "En de GEMMA?" after "Wat zegt het dossier over ICT?"
    ('het dossier' is no name of the index) was answered from the dossier's text again."""
    from assistant.conversation import Turn
    from assistant.speakers import carried_speakers

    history = [Turn("Wat zegt het dossier over ICT?", "Wat zegt het dossier over ICT?", "…")]

    def named(text: str) -> list[str]:
        return ["GEMMA"] if "GEMMA" in text else []

    assert carried_speakers("En de GEMMA?", history, lambda _: [], named) == ["GEMMA"]
    # naming a source next to a subject of its own is no request for that source's view
    assert carried_speakers("En de procesarchitectuur van de GEMMA?", history, lambda _: [], named) == []


def test_two_people_of_one_report_are_compared_on_their_own_words(assistant: Assistant) -> None:
    """``source_sides.people_named`` and ``attribution.speaker_sides`` (tenth session): both speak in the
    same report, so the sides were no sides ("Zien … hetzelfde?" quoted them unlabelled) or the
    same passages ("wat Groothedde en Froger zeggen": the Groothedde side opened with "Na Groothedde
    hield John Froger een verhaal", the Froger side quoted the afternoon's programme)."""
    for question in (
        "Zien Groothedde en Froger vertrouwen hetzelfde?",
        "Zit er verschil tussen wat Groothedde en Froger zeggen?",
    ):
        answer = assistant.ask(question)
        assert answer.kind == "comparison"
        parts = answer.answer.split("\n\n")
        assert [p.split("**")[1] for p in parts] == ["Groothedde", "Froger"], answer.answer
        groothedde, froger = parts
        assert "volgens Groothedde" in groothedde and "Froger" not in groothedde, answer.answer
        assert "Vertrouwen is hierbij doorslaggevend" in froger, answer.answer
        assert "tweede deel van de middag" not in froger, answer.answer


def test_whether_two_people_agree_compares_their_own_words(assistant: Assistant) -> None:
    """``question.PEOPLE_AGREE`` and ``conversation._AGREES_WITH``: "Zijn Froger en Groothedde het
    eens?" was declined (its focus read as 'oneens') and "Is ze het eens met Groothedde?" after "Wat
    zegt Froger?" answered from Groothedde alone; "Na Groothedde hield John Froger een verhaal" is
    narration, no view (thirteenth session)."""
    from assistant.conversation import Turn

    both = assistant.ask("Zijn Froger en Groothedde het eens?")
    assert not both.abstained and both.kind == "comparison", both.evidence
    assert "**Froger**" in both.answer and "**Groothedde**" in both.answer, both.answer
    # the narration stands only before the report's own sentence that they agree (``relations.agreement_lead``,
    # forty-fourth session), never as a person's view
    assert both.answer.startswith("**Froger en Groothedde**: Na Groothedde hield John Froger een verhaal"), (
        both.answer
    )
    assert all("hield John Froger een verhaal" not in part for part in both.answer.split("\n\n")[1:])
    first = "Wat zegt Froger?"
    answer = assistant.ask(first)
    follow = assistant.ask("Is ze het eens met Groothedde?", history=[Turn(first, first, answer.answer)])
    assert follow.standalone_question == "Zijn Froger en Groothedde het eens?"
    assert follow.kind == "comparison" and "**Groothedde**" in follow.answer, follow.answer


def test_two_people_named_together_are_heard_side_by_side(assistant: Assistant) -> None:
    """``source_sides.joined_people`` (fourteenth session): "Hoe kijken Froger en Groothedde aan tegen
    vertrouwen?" was read as open and quoted Groothedde only."""
    for question in (
        "Hoe kijken Froger en Groothedde aan tegen vertrouwen?",
        "Wat zeggen Froger en Groothedde over vertrouwen?",
    ):
        answer = assistant.ask(question)
        assert answer.kind == "comparison", question
        assert [p.split("**")[1] for p in answer.answer.split("\n\n")] == ["Froger", "Groothedde"], (
            answer.answer
        )
    # one person named beside a subject stays that person's view
    assert assistant.ask("Wat zegt Froger over vertrouwen?").kind == "who_said"


def test_a_name_in_the_genitive_gives_that_person_the_floor() -> None:
    """``attribution.speaker_states``: "De teneur van Grootheddes verhaal …" and the factors he named
    after it were on no side of a comparison of Groothedde and Froger (fifteenth session)."""
    from assistant.generators.attribution import speaker_states
    from assistant.generators.units import units_of
    from ketenwijzer.models import Passage

    text = (
        "De teneur van Grootheddes verhaal was duidelijk: het draait om menselijke factoren. "
        "Hij benoemde vijf zachte factoren die bijdragen aan succes."
    )
    passage = Passage(
        chunk_id="d:0", doc_id="d", text=text, title="Zachte factoren", heading_path=["Zachte factoren"]
    )
    units = units_of(passage, 0, 0)
    states = speaker_states(units, {"groothedde"})
    assert [states[u.order] for u in units] == [True, True], states


def test_two_people_asked_for_their_views_without_a_subject_each_get_their_words(
    assistant: Assistant,
) -> None:
    # "van mening verschillen": the sides were "Groothedde mening" and "Froger van mening", then
    # each side searched 'mening' (sixteenth session)
    analysis = analyse("Verschillen Groothedde en Froger van mening?", "nl", assistant.directory)
    assert [s.label for s in analysis.sides] == ["Groothedde", "Froger"]
    assert [s.query for s in analysis.sides] == ["Groothedde", "Froger"]
    answer = assistant.ask("Verschillen Groothedde en Froger van mening?")
    assert "zeggen hier niets over" not in answer.answer, answer.answer
    assert "Groothedde" in answer.answer.split("**Froger**")[0]


def test_a_person_beside_another_source_is_heard_in_their_own_words(assistant: Assistant) -> None:
    # the side was labelled by the report and quoted its conclusion; a Froger side quoted
    # Groothedde's five factors (sixteenth session; ``attribution.person_sides``)
    analysis = analyse("Wat zeggen Groothedde en Ketens de baas over vertrouwen?", "nl", assistant.directory)
    assert [(s.label, s.person) for s in analysis.sides][0] == ("Groothedde", True)
    assert not analysis.sides[1].person  # the dossier is named by its own name
    answer = assistant.ask("Wat zeggen Groothedde en Ketens de baas over vertrouwen?")
    groothedde = answer.answer.split("**Ketens de baas")[0]
    assert groothedde.startswith("**Groothedde**") and "volgens Groothedde" in groothedde, answer.answer
    answer = assistant.ask("Wat vinden Morgens en Froger van politieke druk?")
    froger = answer.answer.split("**Froger**:", 1)[1]
    assert "zeggen hier niets over" in froger and "Groothedde" not in froger, answer.answer


def test_a_person_told_in_pronouns_opens_with_their_claim_under_their_name(assistant: Assistant) -> None:
    """``speaker.person_first``: "Wat zei Anneleen Winters over de rol van publieke managers?" opened
    with "Het tweede deel van de middag was er ruimte voor discussie" and where she takes her
    doctorate (practical p41 on the tuning half, seventeenth session); the label names her, so the
    pronoun that follows points to it (``coherence.NAMED_PRONOUN``)."""
    from assistant.coherence import check

    for question in (
        "Wat zei Anneleen Winters over de rol van publieke managers?",
        "Wat zei Anneleen Winters?",
    ):
        answer = assistant.ask(question)
        assert answer.answer.startswith("**Anneleen Winters**: Ze legde de zaal voor"), answer.answer
        assert "bestuurders van netwerken" in answer.answer
        assert check(answer.answer).total == 0
    # 'vertelde' asks what someone said, it is no subject (it searched 'vertelde')
    told = assistant.ask("Wat vertelde Groothedde?")
    assert told.kind == "who_said" and not told.focus


def test_a_report_led_up_to_in_pronouns_opens_under_the_reporters_name(assistant: Assistant) -> None:
    """``speaker.reporter_first``: "Wat is er veranderd aan de rol van managers bij de overheid?"
    opened with "Het tweede deel van de middag was er ruimte voor discussie", who introduced it and
    where she takes her doctorate, before what she put to the room (twentieth session). A question
    that names the person keeps the lead-up: who she is may be the answer."""
    from assistant.coherence import check

    for question in (
        "Wat is er veranderd aan de rol van managers bij de overheid?",
        "How has the role of public managers changed?",
    ):
        answer = assistant.ask(question)
        opening = [
            line for line in answer.answer.split("\n") if line.strip() and "**The sources" not in line
        ][0]
        assert opening.startswith("**Anneleen Winters**:"), answer.answer
        assert "Het tweede deel van de middag" not in answer.answer, answer.answer
        assert "bestuurders van netwerken" in answer.answer, answer.answer
        assert check(answer.answer).total == 0
    # asked who she is, the first sentence about her opens under her name (``speaker_labelled``; forty-fifth session:
    # it opened with "Het tweede deel van de middag was er ruimte voor discussie")
    who = assistant.ask("Wie is Anneleen Winters?")
    assert who.answer.startswith("**Anneleen Winters**: Zij promoveert"), who.answer


def test_a_person_inside_a_compared_concept_is_heard_in_their_own_words(assistant: Assistant) -> None:
    """``source_sides.concept_side``: "Lijkt de culturele dimensie op wat Groothedde over vertrouwen
    zegt?" quoted Froger's 'Vertrouwen is hierbij doorslaggevend' under Groothedde's label."""
    question = "Lijkt de culturele dimensie op wat Groothedde over vertrouwen zegt?"
    sides = analyse(question, "nl", assistant.directory).sides
    assert [(s.person, s.speaker) for s in sides] == [(False, ""), (True, "Groothedde")]
    answer = assistant.ask(question)
    groothedde = answer.answer.split("**Groothedde")[1]
    assert "volgens Groothedde wederzijds vertrouwen" in groothedde, answer.answer
    assert "doorslaggevend" not in answer.answer, answer.answer


def test_a_source_named_by_a_document_noun_lists_what_it_describes(assistant: Assistant) -> None:
    """``source_cues.CUE`` ('beschrijft') and ``search_text.lexical_query`` (a document noun is no search
    word): "Welke bouwstenen beschrijft het dossier?" led with one block's signpost, "… noemt het
    dossier?" with the colophon (twenty-fourth session)."""
    for question in ("Welke bouwstenen beschrijft het dossier?", "Welke bouwstenen noemt het dossier?"):
        answer = assistant.ask(question)
        assert "volgende bouwstenen" in answer.answer.split("\n")[0], answer.answer
        assert "3.9 De keteninformatie-infrastructuur" in answer.answer


def test_see_names_the_speaker_in_english(assistant: Assistant) -> None:
    """``source_cues.SAYING``: "Which success factor does Morgens see as the most important?" quoted Froger
    and Groothedde first (twenty-fifth session)."""
    answer = assistant.ask("Which success factor does Morgens see as the most important?")
    assert {c.doc_id for c in answer.citations} == {"morgens-gezamenlijk-doel"}, answer.answer
    assert "belangrijkste succesfactor" in answer.answer.split("\n\n")[1], answer.answer


def test_a_source_asked_whether_it_agrees_is_asked_to_speak(assistant: Assistant) -> None:
    """``source_cues.AGREE_CUE``: "is het dossier het daarmee eens?" after what Morgens says about
    ambition searched the word 'dossier' in Morgens' text ("papieren en digitale dossiers") and
    quoted it (twenty-seventh session). Whoever agrees is a source only by a name or its own word."""
    from assistant.conversation import Turn

    directory = assistant.directory
    assert [s.written for s in directory.named_in("is het dossier het daarmee eens?")] == ["dossier"]
    assert [s.written for s in directory.named_in("Is de GEMMA het er niet mee eens?")] == ["GEMMA"]
    assert directory.named_in("Zijn de partners het daarmee eens?") == []
    first = "Wat zegt Morgens over ambitie?"
    answer = assistant.ask(first)
    history = [Turn(first, answer.standalone_question or first, answer.answer)]
    agrees = assistant.ask("is het dossier het daarmee eens?", history=history)
    assert not agrees.abstained
    # both views side by side since the thirty-ninth session (``pairs.AGREES_THERE``), the dossier's from
    # the dossier
    assert agrees.kind == "comparison" and "**Ketens de baas (NORA)**" in agrees.answer, agrees.answer
    dossier = agrees.answer.split("**Ketens de baas (NORA)**")[1]
    cited = {c.n: c.doc_id for c in agrees.citations}
    assert all(cited[int(n)].startswith("nora-") for n in re.findall(r"\[(\d+)\]", dossier)), agrees.answer
    assert "strafrechtketen" not in agrees.answer


def test_what_a_source_has_to_do_with_a_subject_asks_that_source(assistant: Assistant) -> None:
    """``source_cues.RELATION_CUE``: "Wat heeft de GEMMA met ketens te maken?" was an open question
    answered from Morgens and the dossier too; a plain word is a source only after an article
    ("Wat heeft ketensturing met de NORA te maken?" asks about ketensturing; twenty-eighth session)."""
    gemma = analyse("Wat heeft de GEMMA met ketens te maken?", "nl", assistant.directory)
    assert gemma.kind == "who_said" and gemma.source_doc_ids == ["gemma-impact-ketensamenwerking"]
    english = analyse("What does the GEMMA have to do with chains?", "en", assistant.directory)
    assert english.source_doc_ids == ["gemma-impact-ketensamenwerking"]
    topic = analyse("Wat heeft ketensturing met de NORA te maken?", "nl", assistant.directory)
    assert topic.focus == "ketensturing" and not topic.source_doc_ids
    subject = analyse("Wat heeft vertrouwen met de GEMMA te maken?", "nl", assistant.directory)
    assert subject.focus == "vertrouwen" and not subject.source_doc_ids and subject.kind == "open"
    answer = assistant.ask("Wat heeft GEMMA met ketensamenwerking te maken?")
    assert {c.doc_id for c in answer.citations} == {"gemma-impact-ketensamenwerking"}, answer.answer


def test_each_other_in_an_agreement_asked_is_no_subject(assistant: Assistant) -> None:
    """``focus.FILLERS``: "met elkaar" of "het met elkaar eens" searched 'elkaar', and the Froger side of
    "Zijn Groothedde en Froger het met elkaar eens?" said the passages had nothing on it (new informal
    comparisons, thirtieth session). 'elkaar' elsewhere stays a word asked."""
    assert focus_of("Zijn Groothedde en Froger het met elkaar eens?", []) == focus_of(
        "Zijn Groothedde en Froger het eens?", []
    )
    assert "each" not in focus_of("Do Morgens and GBO agree with each other?", []).split()
    assert "elkaar" in focus_of("Hoe gaan ketenpartners met elkaar om?", []).split()
    answer = assistant.ask("Zijn Groothedde en Froger het met elkaar eens?")
    parts = answer.answer.split("\n\n")
    # the report's sentence that they agree opens (``relations.agreement_lead``; forty-fourth session)
    assert [p.split("**")[1] for p in parts] == ["Groothedde en Froger", "Groothedde", "Froger"], (
        answer.answer
    )
    assert "Vertrouwen is hierbij doorslaggevend" in parts[2], answer.answer


def test_what_a_source_offers_asks_that_source(assistant: Assistant) -> None:
    """``source_cues.USE_CUE``: "Wat heb ik aan de GEMMA als gemeente?" was an open question on
    'gemeente', answered from Be Informed's municipalities (new informal questions, thirtieth session);
    it asks what the GEMMA offers, in the GEMMA's words. "What use is …" too."""
    for question, language in (
        ("Wat heb ik aan de GEMMA als gemeente?", "nl"),
        ("Wat heb ik als gemeente aan de GEMMA?", "nl"),  # the role first (thirty-eighth session)
        ("What use is the GEMMA for a municipality?", "en"),
    ):
        analysis = analyse(question, language, assistant.directory)
        assert analysis.kind == "who_said" and analysis.source_doc_ids, question
        assert "use" not in analysis.focus.split()
        answer = assistant.ask(question)
        assert not answer.abstained, (question, answer.answer)
        assert {c.doc_id for c in answer.citations} == {"gemma-impact-ketensamenwerking"}, answer.answer


def test_an_author_whom_another_source_quotes_is_answered_from_that_source(assistant: Assistant) -> None:
    """``sources.quoted_elsewhere``: "Wat zei Ruiterman?" was filtered to the dossier he co-wrote, which never
    quotes him, and quoted its sentences on chains; the ICTU article quotes him (thirty-second session)."""
    answer = assistant.ask("Wat zei Ruiterman?")
    assert "Ruiterman" in answer.answer.split("\n\n")[0], answer.answer
    assert any(c.doc_id == "ictu-ketens-de-baas-2013" for c in answer.citations), answer.citations


def test_a_person_several_sources_quote_speaks_in_each(assistant: Assistant) -> None:
    """``source_aliases.person_names``: "Waarom kwam het dossier volgens Cor Franke op een goed moment?" was
    filtered to Be Informed, which names him most, and declined; the ICTU article quotes him on it (forty-eighth
    session). A publisher's or title's words ("Nederlandse Overheid") are no person."""
    answer = assistant.ask("Waarom kwam het dossier volgens Cor Franke op een goed moment?")
    assert not answer.abstained and "goed moment" in lead(answer.answer), answer.answer
    named = assistant.directory.named_in("Wat zegt de Overheid?")
    assert all(not n.doc_ids or "ictu-ketens-de-baas-2013" not in n.doc_ids for n in named), named


def test_a_publisher_another_text_names_speaks_only_in_its_own(assistant: Assistant) -> None:
    """``sources.quoted_elsewhere`` reads authors only: the dossier's "ICTU Café" made the dossier part of
    ICTU's side in "Zien ICTU en Be Informed … hetzelfde?" (tuning c11, thirty-second session)."""
    named = assistant.directory.named_in("Wat zegt ICTU over cultuur?")
    assert [n.doc_ids for n in named] == [["ictu-ketens-de-baas-2013"]], named


def test_what_a_source_means_by_a_word_asks_that_source(assistant: Assistant) -> None:
    """``source_cues.CUE``: "Wat bedoelt het dossier met ketenvolwassenheid?" quoted Groothedde on trust (GBO's
    heading "vertrouwen en volwassenheid"), not the dossier; 'bedoelt' and 'verstaat' ask a source as 'zegt'
    does (thirty-fourth session)."""
    meant = assistant.ask("Wat bedoelt het dossier met ketenvolwassenheid?")
    assert not any(c.doc_id == "gbo-mensenwerk-2009" for c in meant.citations), meant.answer
    understood = assistant.directory.named_in("Wat verstaat het dossier onder een keten?")
    assert understood and all(d.startswith("nora-kdb") for d in understood[0].doc_ids), understood


def test_what_a_person_finds_the_essence_of_a_work_is_his_view(assistant: Assistant) -> None:
    """``kinds.KIND_RULES`` ('open' before 'summary'): "Wat vindt Ruiterman de essentie van Ketens de baas?"
    set the dossier beside ICTU's article as a comparison (new informal questions, thirty-fifth session)."""
    from assistant.kinds import kind_of

    assert kind_of("Wat vindt Ruiterman de essentie van Ketens de baas?") == "open"
    assert kind_of("Wat is de essentie van Ketens de baas?") == "summary"
    answer = assistant.ask("Wat vindt Ruiterman de essentie van Ketens de baas?")
    assert answer.kind == "who_said", answer.kind
    assert answer.answer.startswith("Ruiterman: “De essentie van ‘Ketens de baas’"), answer.answer


def test_two_people_compared_on_a_subject_each_get_their_part(assistant: Assistant) -> None:
    """``side_retrieval._person_passages``: a person's side whose passages never name him also gets those that
    do. "Wat hebben Groothedde en Froger gemeen over succesfactoren?" searched 'succesfactoren' twice in the same
    report and answered with Groothedde's list alone, no sides (new informal follow-ups, thirty-sixth session).
    A person who says nothing on the subject stays silent, and no narration fills his side."""
    answer = assistant.ask("Wat hebben Groothedde en Froger gemeen over succesfactoren?")
    assert "**Groothedde**" in answer.answer and "**Froger**" in answer.answer, answer.answer
    assert "Vertrouwen is hierbij doorslaggevend" in answer.answer.split("**Froger**")[1], answer.answer
    history = [Turn("Wat zegt Groothedde over commitment?", "Wat zegt Groothedde over commitment?", "")]
    history.append(Turn("En Froger?", "Wat zegt Froger over commitment?", ""))
    agree = assistant.ask("Zijn ze het eens?", history=history)
    sides = [part for part in agree.answer.split("\n\n") if part.startswith(("**Groothedde**", "**Froger**"))]
    assert sides and "welkomstwoord" not in agree.answer, agree.answer
    assert all("hield John Froger een verhaal" not in part for part in sides), agree.answer


def test_what_is_said_after_a_saying_verb_is_no_source_and_volgens_wie_asks_the_speaker(
    assistant: Assistant,
) -> None:
    """``source_cues.CUE``: "Wie zegt dat vertrouwen doorslaggevend is?" took 'vertrouwen' after 'zegt dat'
    for the dossier and answered that it was silent; ``kind_patterns.ASKS_SPEAKER``: "Volgens wie is
    ketensamenwerking mensenwerk?" quoted the report without saying whose it is (new informal questions,
    thirty-seventh session)."""
    said = assistant.ask("Wie zegt dat vertrouwen doorslaggevend is?")
    assert "zegt hier niets" not in said.answer and "doorslaggevend" in said.answer, said.answer
    assert said.answer.startswith("**GBO.Overheid en Universiteit Twente**"), said.answer
    whose = assistant.ask("Volgens wie is ketensamenwerking mensenwerk?")
    assert whose.answer.startswith("**GBO.Overheid en Universiteit Twente**"), whose.answer


def test_an_english_question_to_one_source_searches_the_dutch_synonyms(assistant: Assistant) -> None:
    """``searched.lexical_search`` with ``glossary.translated_synonyms``: "What does the NORA dossier say about
    ambition?" searched 'ambitie' alone inside the dossier and was told the dossier says nothing, while "Wat zegt
    het NORA-dossier over ambitie?" is answered (new informal questions, thirty-eighth session)."""
    from assistant.glossary import translated_synonyms

    assert "ketendoelstelling" in " ".join(translated_synonyms("ambition"))
    answer = assistant.ask("What does the NORA dossier say about ambition?")
    assert not answer.abstained and "says nothing" not in answer.answer, answer.answer
    assert all(c.doc_id.startswith("nora-") for c in answer.citations)


def test_who_names_a_thing_is_asked_of_the_thing_not_of_a_source(assistant: Assistant) -> None:
    """``source_cues.WHO_BEFORE``: "Wie noemt vertrouwen doorslaggevend?" read 'vertrouwen' after the cue 'noemt' as
    a name of the dossier and was declined as "vertrouwen zegt hier niets over"; "Wie heeft het over …?" asks who
    says it (``kinds``); one source asked on a subject is judged on the question as asked (``Gate.evidence``):
    "Wat zegt de GEMMA over de rol van gemeenten?" was told the GEMMA says nothing on it (forty-first session)."""
    answer = assistant.ask("Wie noemt vertrouwen doorslaggevend?")
    assert not answer.abstained and "doorslaggevend" in answer.answer, answer.answer
    assert assistant.directory.named_in("Wie noemt vertrouwen doorslaggevend?") == []
    assert assistant.ask("Wie heeft het over een gezamenlijk platform?").kind == "who_said"
    gemma = assistant.ask("Wat zegt de GEMMA over de rol van gemeenten?")
    assert not gemma.abstained, gemma.answer
    assert assistant.ask("Wat zegt Morgens over de ketenkaart?").abstained


def test_an_author_another_source_quotes_is_searched_by_name(assistant: Assistant) -> None:
    """``SourceDirectory.named_in``: an author whom another source quotes is a person there, not only a publication's
    name. "Wat zegt Ruiterman over besturen?" dropped 'Ruiterman' from the query and led with the dossier's two
    success factors, not his words in the ICTU article (new informal questions, forty-second session)."""
    named = assistant.directory.named_in("Wat zegt Ruiterman over besturen?")
    assert named and not named[0].publication, named
    answer = assistant.ask("Wat zegt Ruiterman over besturen?")
    assert lead(answer.answer).startswith("Ruiterman:"), answer.answer
    # a publisher no other source quotes stays a publication's name: 'Morgens' marks no passage
    assert all(n.publication for n in assistant.directory.named_in("Wat zegt Morgens over ambitie?"))


def test_what_a_publication_says_with_no_subject_is_its_message(assistant: Assistant) -> None:
    """``speaker.says_all``: "Wat zegt ICTU?" led with a side remark on the NORA wiki; asked with no subject, a
    publication's message leads, as for "Waar gaat het artikel van ICTU over?" (forty-third session). A person's
    words stay his own."""
    answer = assistant.ask("Wat zegt ICTU?")
    assert "niet één baas" in lead(answer.answer) or "ketens samen" in lead(answer.answer), answer.answer
    assert "wiki" not in lead(answer.answer), answer.answer
    person = assistant.ask("Wat zegt Froger?")
    assert "Vertrouwen is hierbij doorslaggevend" in lead(person.answer), person.answer


def test_a_previous_question_carried_whole_is_a_topic_not_a_claim(assistant: Assistant) -> None:
    """``conversation.resolve``: "Waarom is dat zo belangrijk?" after "Wat vindt Morgens het belangrijkst?" (no focus
    of its own) carried that question with its question mark, which ``brackets.carried`` read as a claim to look
    up in the whole index; it answered from Ketens de baas, not Morgens (new informal follow-ups, forty-fourth
    session)."""
    from assistant.brackets import carried

    first = "Wat vindt Morgens het belangrijkst?"
    answer = assistant.ask(first)
    follow = assistant.ask("Waarom is dat zo belangrijk?", history=[Turn(first, first, answer.answer)])
    brackets = carried(follow.standalone_question or "")
    assert brackets is not None and not brackets.claim, follow.standalone_question
    assert follow.citations and all(c.doc_id.startswith("morgens") for c in follow.citations), follow.answer


def test_a_person_named_first_is_a_source_side(assistant: Assistant) -> None:
    """``SourceDirectory._opens``: a question's first word is a person's name when no text writes it in lower case;
    "Groothedde versus Morgens over succesfactoren" named Morgens only and quoted the dossier's success factors for
    Groothedde (new informal comparisons, forty-fifth session)."""
    answer = assistant.ask("Groothedde versus Morgens over succesfactoren").answer
    groothedde = answer.split("**Morgens**")[0]
    assert "- Draagvlak in de top van je organisatie" in groothedde, answer
    assert "Ketens de baas" not in groothedde, answer


def test_what_a_source_has_right_next_to_its_name_is_what_it_names(assistant: Assistant) -> None:
    """``source_cues.HAVING``: "Hoeveel succesfactoren heeft Morgens?" counted the dossier's two; a 'heeft' further
    off names no speaker ("Wat heeft ketensturing met de NORA te maken?" asks about the NORA; forty-fifth session)."""
    for question in ("Hoeveel succesfactoren heeft Morgens?", "How many success factors does Morgens have?"):
        answer = assistant.ask(question)
        assert "acht succesfactoren" in lead(answer.answer), answer.answer
        assert {c.doc_id for c in answer.citations} == {"morgens-gezamenlijk-doel"}, answer.answer
    directory = assistant.directory
    assert not any(s.speaks for s in directory.named_in("Wat heeft ketensturing met de NORA te maken?"))
    # an auxiliary before a participle after the name (caught by the full test run)
    written = directory.named_in("Wie heeft Ketens de baas geschreven volgens ICTU?")
    assert [s.label for s in written if s.speaks] == ["ICTU"], written


def test_a_persons_list_told_in_pronouns_opens_with_their_words_under_their_name(
    assistant: Assistant,
) -> None:
    """``picking._untold_story`` (a story going on from a sentence in the answer is told on), ``antecedents.CHAIN``
    and ``speaker.person_first`` for a person asked to speak: "Welke dilemma's noemt Anneleen Winters?" told who
    introduced the discussion and stopped; the English question was told she says nothing on it (forty-fifth
    session)."""
    for question in ("Welke dilemma's noemt Anneleen Winters?", "Which dilemmas does Winters name?"):
        answer = assistant.ask(question).answer
        opening = answer.split("\n\n")[1] if answer.startswith("**The sources say**") else answer
        assert opening.startswith("**Anneleen Winters**:"), answer
        assert "Focus op je eigen belang of op een gezamenlijk doel" in answer, answer


def test_a_person_asked_about_opens_with_the_first_sentence_about_them(assistant: Assistant) -> None:
    """``speaker.speaker_labelled`` with ``person_first(first=True)`` and ``coherence.LABELLED_SPEAKER``: "Wie is John
    Froger?" opened with "Na Groothedde hield John Froger een verhaal", "Wie is Groothedde?" with who welcomed the
    audience (new informal questions, forty-fifth session)."""
    froger = assistant.ask("Wie is John Froger?").answer
    assert froger.startswith("**John Froger**: Hij is zelfstandig adviseur"), froger
    groothedde = assistant.ask("Wie is Groothedde?").answer
    assert groothedde.startswith("**Arco Groothedde**: Als lid van de Raad van Bestuur van Kadaster"), (
        groothedde
    )
    assert coherence_check(groothedde).total == 0, groothedde


def test_what_a_person_tells_on_a_subject_none_of_their_words_name(assistant: Assistant) -> None:
    """'vertelt' asks a speaker (``source_cues.SAYING``) and a person asked on a subject in none of their words is
    answered by their words (``attribution.unheard_subject``): "Wat vertelt Froger over zijn ervaring?" led with how
    Cor Franke turned his experience into the dossier (new informal questions, forty-sixth session)."""
    analysis = analyse("Wat vertelt Froger over zijn ervaring?", "nl", assistant.directory)
    assert analysis.source_doc_ids == ["gbo-mensenwerk-2009"]
    answer = assistant.ask("Wat vertelt Froger over zijn ervaring?")
    assert "Franke" not in answer.answer and "Wolfgang Ebbers" not in answer.answer, answer.answer
    assert "Froger" in answer.answer and "niets over" not in answer.answer, answer.answer


def test_the_essence_of_a_work_asked_of_a_person_is_their_view(assistant: Assistant) -> None:
    """``kinds`` ('wat is volgens X de essentie van …') and ``weights.ESSENCE``: "Wat is volgens Ruiterman de essentie van
    Ketens de baas?" set the dossier beside ICTU's article as a comparison and never quoted him; "Wat is de essentie van
    Ketens de baas volgens Ruiterman?" led with another of his quotes (new informal questions, forty-sixth session)."""
    for question in (
        "Wat is volgens Ruiterman de essentie van Ketens de baas?",
        "Wat is de essentie van Ketens de baas volgens Ruiterman?",
    ):
        answer = assistant.ask(question)
        assert answer.kind != "comparison", (question, answer.kind)
        assert "De essentie van ‘Ketens de baas’ is" in lead(answer.answer), (question, answer.answer)


def test_who_organised_an_event_is_whose_initiative_it_was(assistant: Assistant) -> None:
    """Glossary 'organiseerde' → 'initiatief': "Wie organiseerde het seminar in 2009?" never quoted "Het seminar is een
    initiatief van GBO.Overheid en de Universiteit Twente" (new informal questions, forty-sixth session)."""
    opening = lead(assistant.ask("Wie organiseerde het seminar in 2009?").answer)
    assert "initiatief van GBO.Overheid" in opening, opening


def test_what_a_text_analyses_is_what_it_says(assistant: Assistant) -> None:
    """``source_cues.SAYING`` 'analyseert': "Wat analyseert de GEMMA-pagina?" searched every source and quoted the
    dossier's "Hoofdstuk 1 … analyseert ketens …" (new informal questions, forty-sixth session)."""
    answer = assistant.ask("Wat analyseert de GEMMA-pagina?")
    assert all(c.doc_id == "gemma-impact-ketensamenwerking" for c in answer.citations), answer.answer


def test_a_subject_asked_of_a_person_outweighs_their_name(assistant: Assistant) -> None:
    """``rules.cue_stems`` ('volgens' is no subject word), ``rules.SPEAKER_SHARE`` (the speaker's name weighs half),
    a short sentence that points back and is the reader's closest is not marked down, and ``antecedents`` reads
    "… vertelde hij …" as a link of one person's story (``coherence.LABELLED_SPEAKER``): "Wat is volwassenheid volgens
    Groothedde?" led with "Een andere randvoorwaarde … is volgens Groothedde wederzijds vertrouwen" and never said
    "Dat vergt volwassenheid" (new informal questions, forty-seventh session)."""
    from assistant.generators.rules import cue_stems, speaker_stems

    analysis = analyse("Wat is volwassenheid volgens Groothedde?", "nl", assistant.directory)
    assert cue_stems(analysis) == {"volg"}
    assert speaker_stems({"volwas", "groothed"}, analysis) == {"groothed"}
    assert speaker_stems({"groothed"}, analysis) == set(), "the name alone is what is asked"
    answer = assistant.ask("Wat is volwassenheid volgens Groothedde?").answer
    opening = " ".join(answer.split("[1]")[:3])
    assert "Dat vergt volwassenheid" in opening and "overkoepelend thema" in opening, answer
    # told from the sentence that says which samenwerking 'dit soort samenwerking' is (``speaker._story_start``)
    assert answer.startswith("**Arco Groothedde**: Als lid van de Raad van Bestuur"), answer
    assert coherence_check(answer).total == 0, answer


def test_a_list_that_reads_on_from_the_best_sentence_is_kept(assistant: Assistant) -> None:
    """``composition._reads_on``: once 'volgens' was no subject word, "Wat is volgens Groothedde de belangrijkste
    succesfactor?" kept "De teneur van Grootheddes verhaal …" and left out "Hij benoemde 5 veelal zachte factoren …:"
    with the five (the two scored alike; caught on the held-apart conversations, forty-seventh session)."""
    answer = assistant.ask("Wat is volgens Groothedde de belangrijkste succesfactor?").answer
    assert "Hij benoemde 5 veelal zachte factoren" in answer and "Draagvlak in de top" in answer, answer


def test_an_answer_that_opens_with_who_spoke_opens_with_their_claim_under_their_name(
    assistant: Assistant,
) -> None:
    """``narration.narrated_first`` and ``coherence.NAMED_PRONOUN_NEAR``: "Waar hangt ketensamenwerking van af?" opened with
    "Na Groothedde hield John Froger een verhaal. Hij is zelfstandig adviseur, …" before the sentence that answers
    (new informal questions, forty-seventh session); a who-question keeps the narration, which may be its answer."""
    from assistant.generators.narration import NARRATED

    found = NARRATED.search("Na Groothedde hield John Froger een verhaal.")
    assert found is not None and found.group("held") == "John Froger"
    answer = assistant.ask("Waar hangt ketensamenwerking van af?").answer
    assert answer.startswith("**John Froger**: Zonder dat hij"), answer
    assert "Hij is zelfstandig adviseur" not in answer and "staat of valt met de mensen" in lead(answer), (
        answer
    )
    assert coherence_check(answer).total == 0, answer


def test_the_audience_is_the_attendees(assistant: Assistant) -> None:
    """The glossary's 'zaal: aanwezigen': "Wat vond de zaal van ketensamenwerking?" led with "Hij moedigde de zaal aan …"
    (new informal questions, forty-seventh session)."""
    opening = lead(assistant.ask("Wat vond de zaal van ketensamenwerking?").answer)
    assert "werden de aanwezigen het erover eens" in opening, opening


def test_who_spoke_is_answered_by_the_sentence_that_tells_it(assistant: Assistant) -> None:
    """``signposts.narrates_asked``: a narration ("Na Groothedde hield John Froger een verhaal") is a signpost, except for
    a question that asks who spoke; "Wie hield er een verhaal na Groothedde?" led with "De teneur van Grootheddes verhaal
    …", and "Wie sprak er na Groothedde?" was declined (glossary 'sprak: verhaal'; new informal questions, forty-seventh
    session)."""
    opening = lead(assistant.ask("Wie hield er een verhaal na Groothedde?").answer)
    assert opening.startswith("Na Groothedde hield John Froger een verhaal"), opening
    spoke = assistant.ask("Wie sprak er na Groothedde?")
    assert not spoke.abstained and "John Froger" in spoke.answer, spoke.answer


def test_where_a_person_worked_before_asks_who_the_person_is(assistant: Assistant) -> None:
    """``persons.WHO_IS`` with a time after the name, and 'eerder' no subject (``focus_words.GENERIC``): "Waar werkte
    John Froger eerder?" was read as about 'eerder' and quoted Cor Franke, "eerder ketenmanager …" (forty-eighth
    session)."""
    answer = assistant.ask("Waar werkte John Froger eerder?")
    assert "Sociale Verzekeringsbank" in lead(answer.answer) and "Franke" not in answer.answer, answer.answer


def test_whether_a_source_is_about_a_thing_asks_that_source(assistant: Assistant) -> None:
    """``source_cues.ABOUT_CUE``: "Gaat het dossier over techniek?" searched 'dossier' everywhere and led with Cor Franke's
    presentation of it, not the dossier's "Het katern gaat niet over techniek" (forty-eighth session)."""
    named = assistant.directory.named_in("Gaat het dossier over techniek?")
    assert named and named[0].speaks and all(d.startswith("nora-kdb") for d in named[0].doc_ids), named
    answer = assistant.ask("Gaat het dossier over techniek?")
    assert "gaat niet over techniek" in lead(answer.answer), answer.answer
    assert not assistant.directory.named_in("Gaat de samenwerking over geld?")


def test_what_a_source_recommends_asks_that_source(assistant: Assistant) -> None:
    """``source_cues.CUE`` 'raadt', 'adviseert': "Wat raadt het dossier aan?" searched 'dossier' everywhere and led with
    Cor Franke's presentation of it (forty-eighth session)."""
    named = assistant.directory.named_in("Wat raadt het dossier aan?")
    assert named and named[0].speaks and all(d.startswith("nora-kdb") for d in named[0].doc_ids), named
    answer = assistant.ask("Wat raadt het dossier aan?")
    assert all(c.doc_id.startswith("nora-kdb") for c in answer.citations), answer.answer


def test_what_a_source_wants_asks_that_source(assistant: Assistant) -> None:
    """``source_cues.SAYING`` 'wil', 'wants': "Wat wil Be Informed bereiken?" searched every source and led with the
    dossier's "… om de ketendoelstelling te bereiken" (new informal questions, forty-ninth session)."""
    named = assistant.directory.named_in("Wat wil Be Informed bereiken?")
    assert named and named[0].speaks, named
    answer = assistant.ask("Wat wil Be Informed bereiken?")
    assert {c.doc_id for c in answer.citations} == {"beinformed-geen-estafette-2013"}, answer.answer
    assert not assistant.directory.named_in("Wat willen ketenpartners bereiken?")


def test_what_a_source_advises_in_english_asks_that_source(assistant: Assistant) -> None:
    """``source_cues.ASKED_CUE`` and ``SAYING`` 'advise': "What does the GEMMA advise municipalities?" quoted Boissevain
    (forty-eighth session); glossary 'agree', 'participants': "What did the seminar participants agree on?" led with
    whose initiative the seminar was."""
    advised = assistant.ask("What does the GEMMA advise municipalities?")
    assert {c.doc_id for c in advised.citations} == {"gemma-impact-ketensamenwerking"}, advised.answer
    agreed = assistant.ask("What did the seminar participants agree on?")
    assert "kant-en-klaar recept" in agreed.answer.split("\n\n")[1], agreed.answer


def test_the_gist_of_a_persons_talk_is_what_that_person_says(assistant: Assistant) -> None:
    """``kinds.KIND_RULES`` ('de strekking van het verhaal van X') and ``focus_words.VIEW_WORDS`` ('strekking', 'lezing',
    'presentatie'): "Wat is de boodschap van de presentatie van Cor Franke?" showed a Be Informed side that "says nothing
    on it", "Wat is de strekking van het verhaal van Froger?" led with the seminar's conclusion (new informal questions,
    forty-ninth session)."""
    franke = assistant.ask("Wat is de boodschap van de presentatie van Cor Franke?")
    assert franke.kind != "summary" and "niets over" not in franke.answer, franke.answer
    assert "Franke" in lead(franke.answer) or "let op" in lead(franke.answer), franke.answer
    froger = assistant.ask("Wat is de strekking van het verhaal van Froger?")
    assert not froger.answer.startswith("De belangrijkste conclusie"), froger.answer
    assert "staat of valt met de mensen" in froger.answer.split("\n")[0], froger.answer
    groothedde = assistant.ask("Wat is de kern van de lezing van Groothedde?")
    assert not groothedde.abstained and "Groothedde" in lead(groothedde.answer), groothedde.answer


def test_the_word_source_alone_asks_where_the_claim_is_said(assistant: Assistant) -> None:
    """``kind_patterns.SAID_WHERE`` holds a bare 'bron?', and ``leaning.needs_context`` reads it as a follow-up: "bron?"
    after Morgens' most important success factor quoted the dossier's "bronnen van dynamiek" (new informal follow-ups,
    fiftieth session). Asked alone, a question about the sources' dynamics keeps its subject."""
    from tests.conftest import conversation

    turns = conversation(assistant, "Wat is de belangrijkste succesfactor volgens Morgens?", "bron?")
    assert turns[-1].answer.startswith("**Morgens**") and "dynamiek" not in turns[-1].answer, turns[-1].answer
    assert "dynamiek" in assistant.ask("Wat zijn de bronnen van dynamiek?").answer


def test_what_a_thing_looks_like_names_no_speaker(assistant: Assistant) -> None:
    """``source_cues.LOOKS_LIKE``: 'zien … eruit' is 'look like': "Hoe ziet goede ketensamenwerking eruit?" took
    'goede', a word the dossier uses often, for the dossier and quoted its weerstanden (fifty-first session)."""
    question = "Hoe ziet goede ketensamenwerking eruit?"
    assert assistant.directory.named_in(question) == []
    assert assistant.directory.named_in("Hoe ziet goede ketensamenwerking volgens het dossier eruit?") != []
    answer = assistant.ask(question)
    assert "weerstand" not in lead(answer.answer), answer.answer
    assert "succesvolle ketensamenwerking" in lead(answer.answer), answer.answer


def test_a_long_quotation_opens_at_the_sentence_that_answers_under_its_speaker(assistant: Assistant) -> None:
    """``narration.QUOTATION_OPENED`` and ``coherence.QUOTED_ON``: "Wat is horizontaal toezicht?" quoted five sentences
    of Boissevain's quotation before the one that names it; it opens with that sentence under his name (fifty-first
    session). The label is what lets its 'Maar' stand first: without it the rules drop the sentence."""
    answer = assistant.ask("Wat is horizontaal toezicht?")
    first = answer.answer.split("\n")[0]
    assert first.startswith("**Boissevain**: “Maar je kunt ook de handhaving beter regelen"), answer.answer
    assert "gezamenlijk platform" not in answer.answer
    assert coherence_check(answer.answer).total == 0, answer.answer
    assert coherence_check("“Maar je kunt ook de handhaving beter regelen.” [1]").total == 1
    # a quotation whose claim matches hardly better than the rest answers whole (``narration.QUOTE_MARGIN``)
    whole = assistant.ask("Waarom moeten regels als dienst worden aangeboden?")
    assert "lever die als een dienst terug" in whole.answer, whole.answer


def test_what_a_source_has_to_do_with_a_subject_searches_both(assistant: Assistant) -> None:
    """``search_text._related``: "Wat heeft de NORA met ketensturing te maken?" searched the dossier for 'ketensturing'
    alone and led with its ketenrapportage or "Gebrekkige ketensturing …"; the name is half the subject, and the
    sentence on the link between the two leads (fifty-first session)."""
    answer = assistant.ask("Wat heeft de NORA met ketensturing te maken?")
    assert lead(answer.answer).startswith("De koppeling tussen de NORA en ketensturing"), answer.answer


def test_a_claim_with_the_persons_pronoun_among_its_first_words_opens_under_their_name(
    assistant: Assistant,
) -> None:
    """``speaker.person_first`` and ``_story_start`` read ``coherence.NAMED_PRONOUN_NEAR``: "Wat zegt Froger over de
    mensen in een keten?" opened under **John Froger** with his biography ("Hij is zelfstandig adviseur …"), the
    sentence before "Zonder dat hij dat van tevoren had afgestemd, kwam de strekking van zijn verhaal overeen …: …
    staat of valt met de mensen …" (fifty-second session)."""
    for question in (
        "Wat zegt Froger over de mensen in een keten?",
        "Wat is de strekking van het verhaal van Froger?",
    ):
        answer = assistant.ask(question)
        assert answer.answer.startswith("**John Froger**: Zonder dat hij"), answer.answer
        assert "zelfstandig adviseur" not in lead(answer.answer), answer.answer
    # a claim opening with the pronoun, and a story that points back beyond it, stay as they were
    winters = assistant.ask("Wat zegt Winters over managers?")
    assert winters.answer.startswith("**Anneleen Winters**: Ze legde de zaal voor"), winters.answer
