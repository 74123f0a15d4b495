"""Notes for what the sources do not give: a ranking they never make, a named instance they never discuss."""

from __future__ import annotations

from assistant.chain import Assistant
from assistant.conversation import Turn
from assistant.generators.scope import instances, scope_note
from assistant.superlatives import asked_rank, rank_note, ranks_previous
from evals.answertext import lead
from ingest.lexical import LexicalIndex, tokenize
from tests.conftest import conversation


def test_a_superlative_asked_is_read_and_an_ordinal_is_not() -> None:
    assert asked_rank("welke is het ergst?") == "het ergst"
    assert asked_rank("Welke pijler is de belangrijkste?") == "de belangrijkste"
    assert asked_rank("Wat is de grootste valkuil bij ketensamenwerking?") == "de grootste"
    assert asked_rank("Which one is the most important?") == "the most important"
    assert asked_rank("Wat is de eerste pijler?") == ""
    assert asked_rank("Wat is het dossier?") == ""
    assert asked_rank("Wat is de tekst van pijler 3?") == "" and asked_rank("Welke is de ketendienst?") == ""
    assert ranks_previous("welke is het ergst?") and ranks_previous("En welke daarvan is de belangrijkste?")
    assert not ranks_previous("Welke pijler is de belangrijkste?"), "it names what it ranks"
    # the assistant's own view asked ranks the previous answer too (twenty-seventh session)
    assert asked_rank("welke vind jij het belangrijkst?") == "het belangrijkst"
    assert ranks_previous("welke vind je het ergst?")


def test_the_note_is_said_only_when_no_sentence_ranks_what_is_asked() -> None:
    listed = ["Ketens de baas noemt drie weerstanden: angst, dwang en te hoge doelen."]
    assert "zeggen niet welke ‘het ergst’ is" in rank_note("welke is het ergst?", listed, "nl")
    ranked = ["De belangrijkste succesfactor is een uitdagende ambitie."]
    assert rank_note("Welke succesfactor is het belangrijkst?", ranked, "nl") == ""
    assert rank_note("Wat vindt men het belangrijkst?", ["Politieke druk is cruciaal."], "nl") == ""
    # another superlative ranks nothing of what is asked
    other = ["De belangrijkste conclusie: ketensamenwerking is mensenwerk."]
    assert rank_note("Wat is de grootste valkuil?", other, "nl")
    assert rank_note("Which is the most important?", ranked, "en") == "", "a Dutch superlative answers it"
    assert rank_note("Wat is de eerste pijler?", listed, "nl") == ""


def test_which_is_worst_after_a_list_ranks_that_list_and_says_the_sources_rank_none(
    assistant: Assistant,
) -> None:
    """ "welke is het ergst?" after the resistances was declined for 'ergst', a word no source uses; now
    it says the sources rank none and gives the three strong resistances (twenty-fifth session)."""
    first = assistant.ask("Welke weerstanden tegen ketensamenwerking zijn er?")
    history = [Turn(first.question, first.standalone_question or first.question, first.answer)]
    answer = assistant.ask("welke is het ergst?", history=history)
    assert not answer.abstained, answer.evidence
    assert answer.answer.startswith("(De bronnen zeggen niet welke ‘het ergst’ is"), answer.answer
    assert "drie sterke weerstanden" in lead(answer.answer), answer.answer
    history.append(Turn("welke is het ergst?", answer.standalone_question or "", answer.answer))
    again = assistant.ask("welke is het belangrijkst?", history=history)
    assert "De bronnen zeggen niet" not in (again.standalone_question or ""), "a note is no claim to carry"
    ranked = assistant.ask("Welke succesfactor is het belangrijkst volgens Morgens?")
    assert not ranked.answer.startswith("("), ranked.answer
    assert "belangrijkste succesfactor" in lead(ranked.answer), ranked.answer


def _lexical(rows: list[tuple[str, str]]) -> LexicalIndex:
    return LexicalIndex.build([(cid, tokenize(text)) for cid, text in rows], generation=1)


def test_an_instance_is_a_rare_compound_of_a_frequent_word_read_from_the_corpus() -> None:
    rows = [(f"doc:{i}", f"De keten werkt samen en de ketensamenwerking groeit {i}.") for i in range(25)]
    rows.append(("doc:x", "In de strafrechtketen lopen dossiers vast."))
    lexical = _lexical(rows)
    assert [w for w, _, _ in instances("kpi strafrechtketen", lexical)] == ["strafrechtketen"]
    assert instances("ketensamenwerking doel", lexical) == [], "the corpus's own compound is the subject"
    assert instances("xyzqwketen", lexical) == [], "a word of unknown parts is the unsaid rule's"
    partners = rows + [(f"doc:p{i}", f"Elke partner telt {i}.") for i in range(11)]
    partners.append(("doc:po", "De partnerketen groeit."))
    assert instances("top partnerketen", _lexical(partners)) == [], "a part the corpus uses often qualifies"
    rows.append(("doc:y", "De jeugdzorg vraagt aandacht."))
    assert [w for w, _, _ in instances("jeugdzorgketen", _lexical(rows))] == ["jeugdzorgketen"]
    said = ["De jeugdzorg vraagt samenwerking van veel partijen."]
    assert scope_note("partijen jeugdzorgketen", said, _lexical(rows), "nl") == "", (
        "its specific part is named"
    )
    note = scope_note("kpi strafrechtketen", ["Houd het bij één indicator per organisatie."], lexical, "nl")
    assert note.startswith("(Voor ‘strafrechtketen’ in het bijzonder"), note
    assert (
        scope_note("kpi strafrechtketen", ["In de strafrechtketen lopen dossiers vast."], lexical, "nl") == ""
    )
    assert scope_note("strafrechtketen", ["Iets anders."], lexical, "nl") == "", "asked alone: no note"


def test_a_question_about_a_named_chain_answered_in_general_says_so(assistant: Assistant) -> None:
    """ "Wat is een meetbare KPI voor de strafrechtketen?" gave Morgens' general indicator advice as if
    it were about that chain (twenty-fifth session; the issue's "specific chain" near-domain case)."""
    answer = assistant.ask("Wat is een meetbare KPI voor de strafrechtketen?")
    assert not answer.abstained
    assert answer.answer.startswith("(Voor ‘strafrechtketen’ in het bijzonder"), answer.answer
    answer = assistant.ask("Wat is de ketenmanager?")
    assert not answer.answer.startswith("("), answer.answer
    # 'partner' is one of the corpus's own words: the partner organisations are the chain's own
    answer = assistant.ask("Hoe houd ik de top van de partnerorganisaties betrokken bij de keten?")
    assert "in het bijzonder" not in answer.answer, answer.answer


def test_a_person_asked_about_what_they_never_say_is_told_so(assistant: Assistant) -> None:
    """``scope.silent_person_note``: "Wat vond Froger van contracten?" quoted Groothedde's "hier kan
    geen contract of convenant tegenop" as if it were Froger's view (twenty-fifth session)."""
    for question in ("Wat vond Froger van contracten?", "Wat zegt Froger over politiek?"):
        answer = assistant.ask(question)
        assert answer.answer.startswith("(Froger zegt hier in de bronnen niets over"), answer.answer
    for question in (
        "Wat zegt Froger over vertrouwen?",
        "Wat zegt Groothedde over politiek?",
        "Wat zijn succesfactoren volgens Groothedde?",  # his five factors never say 'succesfactoren'
    ):
        answer = assistant.ask(question)
        assert not answer.answer.startswith("("), answer.answer
    # a word in a third of all passages cannot tell whether someone speaks of it
    assert not assistant.ask("Wat vindt Cor Franke van ketens?").answer.startswith("(")


def test_the_sentence_that_says_the_superlative_asked_is_in_the_answer(assistant: Assistant) -> None:
    """``rules.favour_superlative``: "Wat is het belangrijkste advies van Morgens?" said the sources rank
    nothing, while Morgens names its most important success factor (twenty-fifth session)."""
    answer = assistant.ask("Wat is het belangrijkste advies van Morgens?")
    assert "belangrijkste succesfactor" in answer.answer, answer.answer
    # and it leads: 'advies' is what Morgens says, no subject the sentence must name (its lede led
    # over it; thirty-second session, ``focus_words.VIEW_WORDS``)
    assert "belangrijkste succesfactor" in lead(answer.answer), answer.answer
    assert not answer.answer.startswith("("), answer.answer


def test_a_scale_from_light_to_heavy_ranks_and_an_intro_to_bullets_is_no_claim_to_carry(
    assistant: Assistant,
) -> None:
    """``superlatives._scale`` and ``conversation.resolve``: after "Wat is het continuüm van
    organisatievormen?" (led by "… heeft twee assen:" and its bullets), "welke is het lichtst?" carried
    that intro and said the sources rank none, while "van lichte naar zware samenwerking: het convenant,
    …" ranks them (twenty-fifth session)."""
    first = assistant.ask("Wat is het continuüm van organisatievormen?")
    history = [Turn(first.question, first.standalone_question or first.question, first.answer)]
    answer = assistant.ask("welke is het lichtst?", history=history)
    assert "twee assen" not in (answer.standalone_question or ""), answer.standalone_question
    assert not answer.answer.startswith("("), answer.answer
    assert "van lichte naar zware" in lead(answer.answer), answer.answer


def test_another_superlative_in_the_same_report_is_not_lifted(assistant: Assistant) -> None:
    """``rules.favour_superlative`` asks the sentence itself to use a focus word: "De belangrijkste
    conclusie: ketensamenwerking is mensenwerk" led "Wat is volgens Groothedde de belangrijkste
    succesfactor?" (a held-apart conversation turn showed it, twenty-fifth session)."""
    answer = assistant.ask("Wat is volgens Groothedde de belangrijkste succesfactor?")
    assert "belangrijkste conclusie" not in lead(answer.answer), answer.answer
    assert "zachte" in answer.answer


def test_the_sentence_a_source_ranks_with_answers_which_of_its_things_is_the_most(
    assistant: Assistant,
) -> None:
    """``searched.lexical_search`` (the superlative searched in a follow-up), ``question.analyse`` (one
    item asked, no list) and ``text._AGENT_PLURAL``: "welke daarvan is het belangrijkst?" after Morgens'
    success factors answered with its list of them, not "De belangrijkste succesfactor …" (twenty-seventh
    session). ``rules.SUPERLATIVE_NAMED_BONUS``: "Welke is het belangrijkst?" after Morgens' eight success factors
    led with "Houd het simpel" from the section the carried topic names (new informal follow-ups, forty-third
    session)."""
    for first, follow in (
        ("Welke succesfactoren noemt Morgens?", "welke daarvan is het belangrijkst?"),
        ("Wat zijn de acht succesfactoren van Morgens?", "Welke is het belangrijkst?"),
    ):
        answer = assistant.ask(first)
        history = [Turn(first, answer.standalone_question or first, answer.answer)]
        most = assistant.ask(follow, history=history)
        assert lead(most.answer).startswith("De belangrijkste succesfactor"), (first, most.answer)


def test_a_word_that_ranks_by_weight_ranks_no_difficulty(assistant: Assistant) -> None:
    """``superlatives.WEIGHED``: 'cruciaal' ranks what matters most, not what is hardest; "welke daarvan
    zijn het moeilijkst?" after Morgens' success factors led with its 'belangrijkste' one and no note
    (new informal follow-ups, thirtieth session)."""
    assert rank_note("Welke is het belangrijkst?", ["Politieke druk is cruciaal."], "nl") == ""
    assert rank_note("Welke is het moeilijkst?", ["Politieke druk is cruciaal."], "nl").startswith(
        "(De bronnen"
    )
    first = "Wat zijn de acht succesfactoren van Morgens?"
    answer = assistant.ask(first)
    history = [Turn(first, answer.standalone_question or first, answer.answer)]
    follow = assistant.ask("welke daarvan zijn het moeilijkst?", history=history)
    assert follow.answer.startswith("(De bronnen zeggen niet welke ‘het moeilijkst’ is"), follow.answer


def test_a_bare_superlative_follow_up_ranks_the_previous_answer(assistant: Assistant) -> None:
    """ "En de belangrijkste?" after the eight pillars became "Wat zijn de belangrijkste?" and was declined, and "En
    de makkelijkste?" after the hardest dimension led with "… overleven ketendoelen gemakkelijk": both rank what
    the previous answer gave, and say the sources rank nothing (``superlatives.ASKED``, ``ellipsis.elliptic``;
    new informal follow-ups, thirty-sixth session). "En de laatste?" is an ordinal, no superlative."""
    from assistant.superlatives import ranked_word

    assert ranked_word("En de makkelijkste?") == "makkelijkste"
    assert ranked_word("En de laatste?") == ""
    pillars = assistant.ask("Wat zijn de acht pijlers?")
    history = [Turn("Wat zijn de acht pijlers?", "Wat zijn de acht pijlers?", pillars.answer)]
    most = assistant.ask("En de belangrijkste?", history=history)
    assert not most.abstained and most.answer.startswith(
        "(De bronnen zeggen niet welke ‘de belangrijkste’ is"
    ), most.answer


def test_an_example_qualified_by_a_telling_word_is_searched_by_that_word(assistant: Assistant) -> None:
    """``searched._example_qualified``: the word that asks the example is not searched when a telling word
    qualifies it. "Heb je een voorbeeld van ketensamenwerking bij gemeenten?" was told the sources say nothing
    for 'gemeenten' (the ketenkaart's 'voorbeeld' outranked GEMMA's lines on the gemeente's part), and "… een
    keten waar gemeenten in zitten?" was declined (new informal questions, forty-second session)."""
    scoped = assistant.ask("Heb je een voorbeeld van ketensamenwerking bij gemeenten?")
    assert "in het bijzonder" not in scoped.answer, scoped.answer
    assert "gemeente" in scoped.answer.split("Bronnen:")[0], scoped.answer
    clause = assistant.ask("Is er een voorbeeld van een keten waar gemeenten in zitten?")
    assert not clause.abstained, clause.answer


def test_a_list_asked_whole_that_the_sources_give_in_part_says_so(assistant: Assistant) -> None:
    """``partial_lists.count_note``: "Wat zijn de acht succesfactoren van Morgens?" quoted the article's one or two
    as if they were the eight (new informal questions, forty-third session). A list given whole has no note."""
    from assistant.generators.partial_lists import NOT_ALL, count_note

    partial = assistant.ask("Wat zijn de acht succesfactoren van Morgens?")
    assert partial.answer.startswith(NOT_ALL["nl"].format(n="acht", noun="succesfactoren")), partial.answer
    english = assistant.ask("What are the eight success factors of Morgens?")
    assert english.answer.startswith(NOT_ALL["en"].format(n="eight", noun="success factors")), english.answer
    assert not assistant.ask("Wat zijn de acht pijlers?").answer.startswith("(")
    one_of = "Dit is één van de drie weerstanden."
    assert count_note("Wat zijn de drie weerstanden?", [one_of], "nl")
    assert not count_note("Wat zijn de drie weerstanden?", [one_of, "Twee.", "Drie."], "nl")
    assert not count_note("Wat zijn de drie weerstanden?", ["Er zijn drie weerstanden."], "nl")


def test_a_superlative_that_ranks_another_noun_is_no_answer(assistant: Assistant) -> None:
    """``superlatives.ranked_noun`` and ``rules.ranks_another``, with the glossary's 'voorwaarde: succesfactor': "Wat is
    volgens Morgens de belangrijkste voorwaarde?" was declined, and with the synonym alone "De belangrijkste
    conclusie: ketensamenwerking is mensenwerk" led "Wat is de belangrijkste voorwaarde voor ketensamenwerking?"
    (new informal questions, forty-seventh session)."""
    from assistant.generators.rules import ranks_another
    from assistant.superlatives import ranked_noun

    assert ranked_noun("Wat is de belangrijkste voorwaarde?", "de belangrijkste")[:1] == ["voorwaar"]
    assert ranked_noun("Wat is het belangrijkst?", "het belangrijkst") == []
    ranked = ranked_noun("Wat is de belangrijkste voorwaarde?", "de belangrijkste")
    assert ranks_another(
        "de belangrijkste", "De belangrijkste conclusie: ketensamenwerking is mensenwerk.", ranked
    )
    assert not ranks_another("de belangrijkste", "De belangrijkste succesfactor … is een ambitie.", ranked)
    for question in (
        "Wat is volgens Morgens de belangrijkste voorwaarde?",
        "Wat is de belangrijkste voorwaarde voor ketensamenwerking?",
    ):
        opening = lead(assistant.ask(question).answer)
        assert opening.startswith("De belangrijkste succesfactor"), (question, opening)


def test_an_english_superlative_is_read_on_the_focus_in_dutch(assistant: Assistant) -> None:
    """``adjustments``: the English focus in the corpus's Dutch for ``rules.favour_superlative``, and a focus word's
    glossary synonyms on the subject: "What is the most important condition according to Morgens?" was declined, then
    gave "De belangrijkste succesfactor …" last (new informal questions, forty-seventh session)."""
    answer = assistant.ask("What is the most important condition according to Morgens?")
    assert "De belangrijkste succesfactor" in lead(answer.answer), answer.answer


def test_what_a_source_finds_most_important_is_ranked(assistant: Assistant) -> None:
    """``superlatives.ASKED`` after a source's 'vindt' or 'find'/'consider', and 'find'/'consider' make a source speak
    (``source_cues.SAYING``): "Which success factor does Morgens consider most important?" quoted the dossier's two
    success factors (forty-eighth session)."""
    from assistant.superlatives import asked_rank

    assert asked_rank("Welke succesfactor vindt Morgens het belangrijkst?") == "het belangrijkst"
    assert asked_rank("Which success factor does Morgens find most important?") == "the most important"
    for question in (
        "Which success factor does Morgens consider most important?",
        "Which success factor does Morgens find most important?",
    ):
        answer = assistant.ask(question)
        assert "De belangrijkste succesfactor" in answer.answer.split("\n\n")[1], answer.answer


def test_a_situation_after_bij_is_no_place_and_weighs_whole(assistant: Assistant) -> None:
    """``question_objects.SCOPE`` skips a situation: "Wat doet de ketenmanager bij een noodsituatie?" weighed 'noodsituatie'
    half, answered with the manager's tasks and said the sources say nothing on emergencies (forty-eighth session)."""
    from assistant.question_objects import scoped_word

    assert scoped_word("Wat doet de ketenmanager bij een noodsituatie?") is None
    assert scoped_word("Hoe ga je om met weerstand bij medewerkers?") == "medewerkers"
    answer = assistant.ask("Wat doet de ketenmanager bij een noodsituatie?")
    assert "in het bijzonder" not in answer.answer and "noodsituatie" in answer.answer.split("Bronnen:")[0], (
        answer.answer
    )


def test_a_source_named_by_its_title_is_no_silent_person(assistant: Assistant) -> None:
    """``scope.silent_person_note`` reads a name its source's label holds as a title: "Wat is de kern van Ketens de baas in
    één zin?" was told Ketens de baas says nothing on it (forty-eighth session); a person is still told so."""
    answer = assistant.ask("Wat is de kern van Ketens de baas in één zin?")
    assert "zegt hier in de bronnen niets over" not in answer.answer, answer.answer
    person = assistant.ask("Wat vond Froger van contracten?")
    assert person.answer.startswith("(Froger zegt hier in de bronnen niets over"), person.answer


def test_a_ranking_follow_up_is_ranked_by_the_topic_it_carries(assistant: Assistant) -> None:
    """``superlatives.topic_ranked``: "Welke is het belangrijkst?" after the eight pillars led with "… wees ketensturing
    aan als het belangrijkste knelpunt" and no note; a 'knelpunt' is no pillar (fifty-second session)."""
    shown = ["Een inventarisatie wees ketensturing aan als het belangrijkste knelpunt."]
    question = "Welke is het belangrijkst? (pijlers ketensturing)"
    assert rank_note(question, shown, "nl", "pijlers ketensturing").startswith("(De bronnen zeggen niet")
    assert rank_note(question, ["De belangrijkste pijler is vertrouwen."], "nl", "pijlers ketensturing") == ""
    # a question that names what it ranks is judged as before
    assert rank_note("Wat is het belangrijkste knelpunt?", shown, "nl", "knelpunt") == ""
    turns = conversation(assistant, "Wat zijn de pijlers van ketensturing?", "Welke is het belangrijkst?")
    assert turns[-1].answer.startswith("(De bronnen zeggen niet"), turns[-1].answer
    assert "belangrijkste knelpunt" not in lead(turns[-1].answer.split("\n\n", 1)[-1]), turns[-1].answer
    morgens = conversation(
        assistant, "Wat zijn de succesfactoren volgens Morgens?", "Welke is het belangrijkst?"
    )
    assert lead(morgens[-1].answer).startswith("De belangrijkste succesfactor"), morgens[-1].answer
