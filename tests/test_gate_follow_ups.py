"""The gate on a follow-up that asks one source: the subject decides, not that source's passages."""

from __future__ import annotations

import re

from assistant.chain import Assistant
from assistant.conversation import Turn
from assistant.ellipsis import defined_thing
from evals.answertext import lead
from ketenwijzer.models import Answer
from tests.conftest import conversation


def converse(assistant: Assistant, questions: tuple[str, ...]) -> list[Turn]:
    """Ask ``questions`` in one conversation; the turns, each with its standalone question and answer."""
    history: list[Turn] = []
    for question in questions:
        answer = assistant.ask(question, history=history)
        history.append(Turn(question, answer.standalone_question or question, answer.answer))
    return history


def test_a_follow_up_asking_one_source_is_judged_on_the_whole_corpus(assistant: Assistant) -> None:
    first = "Wat is het probleem met samenwerking die van bovenaf is opgelegd?"
    answer = assistant.ask(first)
    assert not answer.abstained
    history = [Turn(first, answer.standalone_question or first, answer.answer)]
    follow = assistant.ask(
        "En wat zeiden ze op het GBO-seminar over regie die wordt afgedwongen?", history=history
    )
    assert not follow.abstained, follow.evidence
    assert {c.doc_id for c in follow.citations} == {"gbo-mensenwerk-2009"}
    # an out-of-scope follow-up is still declined
    other = assistant.ask(
        "En wat zeiden ze op het GBO-seminar over de parkeertarieven in Utrecht?", history=history
    )
    assert other.abstained


def test_a_follow_up_pointing_back_with_a_pronominal_adverb_is_answered(assistant: Assistant) -> None:
    from ketenwijzer.text import content_words

    assert content_words("Wat kan ik daaraan doen, en waardoor komt het?") == ["komt"]
    first = "Waarom mislukken ketens?"
    answer = assistant.ask(first)
    history = [Turn(first, answer.standalone_question or first, answer.answer)]
    follow = assistant.ask("Wat kan ik daaraan doen?", history=history)
    assert not follow.abstained, follow.evidence
    assert "daaraan" not in (follow.focus or "")


def test_a_follow_up_naming_a_source_that_uses_a_synonym_is_answered(assistant: Assistant) -> None:
    first = "Wat zegt Morgens over ambitie?"
    answer = assistant.ask(first)
    history = [Turn(first, answer.standalone_question or first, answer.answer)]
    follow = assistant.ask("En het NORA-dossier?", history=history)
    # the dossier speaks of the 'ketendoelstelling'; the glossary counts it as 'ambitie'
    assert not follow.abstained, follow.evidence
    assert {c.doc_id for c in follow.citations} <= set(
        assistant.directory.named_in("NORA-dossier")[0].doc_ids
    )


def test_a_follow_up_with_words_of_its_own_is_judged_on_them(assistant: Assistant) -> None:
    """``Gate._own_coverage`` and ``abstention._as_head``: "En wat zijn de stadia?" carried
    the declined question's 'duurt' and 'volwassen', and 'stadia' is the corpus's 'ontwikkelstadia'."""
    first = "Hoe lang duurt het voor een keten volwassen is?"
    history = [Turn(first, first, "Dat staat niet in de bronnen van Ketenwijzer.")]
    follow = assistant.ask("En wat zijn de stadia?", history=history)
    assert follow.standalone_question and "(" in follow.standalone_question
    assert not follow.abstained, follow.evidence
    assert "nora-kdb-4-implementatie-ontwikkelstadia" in {c.doc_id for c in follow.citations}
    # a follow-up whose own subject the corpus never names is still declined
    other = assistant.ask("En wat zijn de parkeertarieven?", history=history)
    assert other.abstained


def test_kpis_are_the_prestatie_indicatoren_the_glossary_maps_them_to(assistant: Assistant) -> None:
    """``abstention.unknown_specifics`` and ``measure`` read the glossary ("Wat vindt Morgens van
    KPI's?" was declined; english e21 on the tuning half too)."""
    for question in ("Wat vindt Morgens van KPI's?", "What does Morgens say about KPIs?"):
        answer = assistant.ask(question)
        assert not answer.abstained, (question, answer.evidence)
        assert "kerstboom" in answer.answer


def test_a_follow_up_word_the_glossary_maps_to_corpus_words_is_no_new_subject(assistant: Assistant) -> None:
    # "En wat als een partner niet meewerkt?" after "Hoe bestuur je een keten zonder baas?" was
    # declined: 'meewerkt' occurs in no source, and the follow-up check did not read the glossary,
    # which maps it to 'weerstand' and 'commitment' (twelfth session). A word in no source and no
    # glossary is still a new subject.
    first = assistant.ask("Hoe bestuur je een keten zonder baas?")
    history = [Turn(first.question, first.standalone_question or first.question, first.answer)]
    follow = assistant.ask("En wat als een partner niet meewerkt?", history=history)
    assert not follow.abstained, follow.answer
    unknown = assistant.ask("En wat als een partner niet parkeert?", history=history)
    assert unknown.abstained, unknown.answer


def test_a_request_to_say_it_shorter_answers_the_same_question_shorter(assistant: Assistant) -> None:
    """ "Kun je dat korter zeggen?" was declined as a new question ('korter' is no subject): it asks
    the previous question again, in at most two sentences ("in één zin": one; thirteenth session)."""
    from assistant.conversation import resolve

    first = "Wat is een ketenmanager?"
    answer = assistant.ask(first)
    history = [Turn(first, answer.standalone_question or first, answer.answer)]
    assert len(answer.citations) > 2
    for request, most in [("Kun je dat korter zeggen?", 2), ("korter graag", 2), ("In één zin?", 1)]:
        assert resolve(request, history).at_most == most
        short = assistant.ask(request, history=history)
        assert not short.abstained, (request, short.evidence)
        assert short.standalone_question == first
        assert 1 <= len(short.citations) <= most, short.answer
        # the lead may take the sentence that completes it (``answertext.continues``): the short
        # answer opens with the same sentence
        assert lead(answer.answer).startswith(lead(short.answer)), (short.answer, answer.answer)
    # a question that only uses the word asks something new
    assert resolve("Is het korter dan een jaar?", history).at_most == 0
    assert resolve("shorter please", history).at_most == 2
    # asked simpler, an extractive answer says its core (forty-third session: read as yes/no, it quoted an
    # unrelated interview)
    for request in ("Kun je dat simpeler uitleggen?", "In gewone taal?", "Can you explain that more simply?"):
        assert resolve(request, history).at_most == 2, request
        simpler = assistant.ask(request, history=history)
        assert simpler.standalone_question == first and not simpler.abstained, simpler.answer
    assert resolve("Is het simpeler dan een convenant?", history).at_most == 0


def test_the_other_sources_are_asked_on_the_topic_of_the_previous_turn(assistant: Assistant) -> None:
    """ "Zijn de andere bronnen het daarmee eens?" / "Do the other sources agree?" after a turn on one
    source compare the sources on that turn's topic; they were declined or answered on the word
    'bronnen' ("vier bronnen van dynamiek"; thirteenth session)."""
    for first, follow in [
        ("Wat zegt Be Informed over het estafettemodel?", "Zijn de andere bronnen het daarmee eens?"),
        ("Wat zegt Be Informed over het estafettemodel?", "Wat zeggen de andere bronnen?"),
        ("What does Be Informed say about the relay model?", "Do the other sources agree?"),
    ]:
        answer = assistant.ask(first)
        history = [Turn(first, answer.standalone_question or first, answer.answer)]
        other = assistant.ask(follow, history=history)
        assert not other.abstained, (follow, other.evidence)
        assert other.kind == "comparison", follow
        assert other.standalone_question and "(" in other.standalone_question, other.standalone_question
        assert "volgens" not in other.standalone_question  # the one source is not carried
        assert "bronnen van dynamiek" not in other.answer
        if other.language == "nl":
            # (in English the per-source sides find only Be Informed on 'relay model': left as is)
            assert len({c.doc_id.split("-")[0] for c in other.citations}) >= 2, other.answer


def test_an_english_ordinal_into_a_sentence_enumeration_is_answered(assistant: Assistant) -> None:
    """ "Explain the fifth one" after the eight pillars (named in a sentence, with the four
    dimensions as bullets) was declined: the bullets were too few to count to five, and 'fifth' and
    'one' were read as a new subject (thirteenth session)."""
    first = "What are the eight pillars?"
    answer = assistant.ask(first)
    history = [Turn(first, answer.standalone_question or first, answer.answer)]
    fifth = assistant.ask("Explain the fifth one", history=history)
    assert not fifth.abstained, fifth.evidence
    assert fifth.standalone_question == "Explain organisatieoverstijgende ketenstructuur"
    assert "ketenstructuur" in lead(fifth.answer)


def test_shorter_holds_for_comparisons_and_definitions_too(assistant: Assistant) -> None:
    """``comparison.side_sentences`` and the definition plan's qualifiers (fourteenth session): after
    a comparison "Kun je dat korter zeggen?" gave the same four sentences, and "In één zin?" after a
    definition kept a qualifying sentence; each side now says one sentence, the definition stands alone."""
    import re

    def said(text: str) -> int:
        return len(re.findall(r"\[\d+\]", text))

    for first, request, most in [
        (
            "Wat is eigenlijk het verschil tussen sturen in de lijn en sturen in een keten?",
            "Kun je dat korter zeggen?",
            2,
        ),
        ("Wat is een keten?", "In één zin?", 1),
    ]:
        answer = assistant.ask(first)
        assert said(answer.answer) > most, answer.answer
        history = [Turn(first, answer.standalone_question or first, answer.answer)]
        short = assistant.ask(request, history=history)
        assert short.kind == answer.kind and said(short.answer) == most, short.answer
        # the lead may take the sentence that completes it (``answertext.continues``): the short
        # answer opens with the same sentence
        assert lead(answer.answer).startswith(lead(short.answer)), (short.answer, answer.answer)


def test_which_comes_first_asks_the_first_item_of_the_previous_list(assistant: Assistant) -> None:
    """``ordinals.WHICH_COMES``: "Welke komt eerst?" after the three development stages was
    answered about the top and a first success (new informal follow-ups, fifteenth session)."""
    from assistant.conversation import resolve

    first = "Wat zijn de stadia van een keten?"
    answer = assistant.ask(first)
    history = [Turn(first, answer.standalone_question or first, answer.answer)]
    follow = assistant.ask("Welke komt eerst?", history=history)
    assert (follow.standalone_question or "").startswith("Wat is opportunisme?"), follow.standalone_question
    assert "opportunisme" in lead(follow.answer), follow.answer
    listed = [Turn("Noem de stappen.", "Noem de stappen.", "- Plannen [1]\n- Doen [1]\n- Leren [2]")]
    assert resolve("Welke komt als laatste?", listed).text == "Wat is Leren?"
    assert resolve("Welke komt eerst?", []).text == "Welke komt eerst?"


def test_a_whole_question_strung_on_with_en_asks_its_own_subject(assistant: Assistant) -> None:
    """``leaning._OWN_SUBJECT``: "En wat doet het ketenbestuur?" after "Wat is een ketenmanager?"
    carried the manager and was answered about his doorzettingsmacht (seventeenth session)."""
    from assistant.leaning import needs_context

    assert not needs_context("En wat doet het ketenbestuur?")
    assert not needs_context("And what does the board do?")
    assert needs_context("En wat vindt de GEMMA?")  # a view of the previous topic
    assert needs_context("En hoe ziet het dossier dat?")  # points back
    assert needs_context("En de ketenregisseur?")  # no question of its own
    assert needs_context("En wat zijn de stadia?")  # the stages of what was asked
    first = "Wat is een ketenmanager?"
    answer = assistant.ask(first)
    follow = assistant.ask("En wat doet het ketenbestuur?", history=[Turn(first, first, answer.answer)])
    assert follow.standalone_question is None
    assert "ketenbestuur" in lead(follow.answer).lower(), follow.answer


def test_then_after_a_numbered_thing_asks_the_next_one(assistant: Assistant) -> None:
    """``ordinals.NEXT``: "En de volgende?" after "Wat is pijler 1?" was answered with the same
    passage again (eighteenth session)."""
    from assistant.conversation import resolve

    assert (
        resolve("En de volgende?", [Turn("Wat is pijler 1?", "Wat is pijler 1?", "…")]).text
        == "Wat is pijler 2?"
    )
    first = "Wat is het eerste ontwikkelstadium?"
    assert resolve("En daarna?", [Turn(first, first, "…")]).text == "Wat is het tweede ontwikkelstadium?"
    assert (
        resolve("En daarna?", [Turn("Wat is een keten?", "Wat is een keten?", "…")]).text
        != "Wat is een keten?"
    )
    answer = assistant.ask(first)
    follow = assistant.ask(
        "En daarna?", history=[Turn(first, answer.standalone_question or first, answer.answer)]
    )
    assert "procedure" in lead(follow.answer).lower(), follow.answer


def test_that_compared_with_another_thing_is_the_topic_as_one_side(assistant: Assistant) -> None:
    """``conversation._COMPARED_WITH_THAT``: "Is dat hetzelfde als een ketenmanager?" after "Wat is een
    ketenregisseur?" had one side, and the answer mixed both without labels (nineteenth session)."""
    first = "Wat is een ketenregisseur?"
    answer = assistant.ask(first)
    history = [Turn(first, answer.standalone_question or first, answer.answer)]
    same = assistant.ask("Is dat hetzelfde als een ketenmanager?", history=history)
    assert same.kind == "comparison" and "ketenregisseur" in (same.standalone_question or "")
    assert "**Ketenregisseur**" in same.answer and "**Ketenmanager**" in same.answer, same.answer
    other = assistant.ask("Wat is het verschil met het ketenbestuur?", history=history)
    assert other.standalone_question == "Wat is het verschil tussen ketenregisseur en het ketenbestuur?"


def test_the_consequences_asked_alone_are_the_topics(assistant: Assistant) -> None:
    """``leaning._RELATIONAL``: "wat zijn de gevolgen?" after "Wat is opgelegde samenwerking?" was
    read as a new question and answered with the consequences of poor chain governance in general."""
    from assistant.conversation import needs_context

    assert needs_context("wat zijn de gevolgen?") and needs_context("What are the risks?")
    assert not needs_context("Wat zijn de gevolgen van opgelegde samenwerking?")
    first = "Wat is opgelegde samenwerking?"
    answer = assistant.ask(first)
    history = [Turn(first, answer.standalone_question or first, answer.answer)]
    follow = assistant.ask("wat zijn de gevolgen?", history=history)
    assert "opgelegde samenwerking" in (follow.standalone_question or "").lower(), follow.standalone_question
    assert "Opgelegde samenwerking" in lead(follow.answer), follow.answer


def test_a_follow_up_on_a_compound_of_a_known_word_is_answered_as_its_own_question_is(
    assistant: Assistant,
) -> None:
    """``gate._new_subject``: "en het netwerkmodel?" after the estafettemodel was declined, while "Wat is
    het netwerkmodel?" is answered with a note that the sources do not use the word."""
    first = "Wat is het estafettemodel?"
    answer = assistant.ask(first)
    history = [Turn(first, answer.standalone_question or first, answer.answer)]
    follow = assistant.ask("en het netwerkmodel?", history=history)
    assert not follow.abstained, follow.evidence
    assert "netwerkmodel" in follow.answer.split("\n")[0], follow.answer


def test_which_do_i_need_and_the_next_one_lean_on_the_history_and_a_numbered_thing_does_not() -> None:
    """``leaning``: "welke heb ik nodig?" after two roles compared and "hoe kom je in het volgende?" after
    the stages were declined as questions of their own; "en wat is pijler 7?" carried the dimension
    asked before and led with its two pillars (twenty-fifth session)."""
    from assistant.leaning import needs_context

    assert needs_context("welke heb ik nodig?")
    assert needs_context("hoe kom je in het volgende?")
    assert not needs_context("en wat is pijler 7?")
    assert not needs_context("Hoe kom je tot een goede ketendoelstelling?")


def test_a_follow_up_naming_only_a_source_by_its_word_asks_that_sources_view(assistant: Assistant) -> None:
    """``source_cues.SOURCE_ALONE``: "En het dossier?" after "Wat zegt Morgens over ambitie?" became "Wat zegt
    Morgens over dossier?" and quoted the strafrechtketen's paper files (twenty-fifth session)."""
    first = assistant.ask("Wat zegt Morgens over ambitie?")
    history = [Turn(first.question, first.standalone_question or first.question, first.answer)]
    answer = assistant.ask("en het dossier?", history=history)
    assert answer.standalone_question == "Wat zegt het dossier over ambitie?", answer.standalone_question
    assert answer.citations and all(c.doc_id.startswith("nora-") for c in answer.citations), answer.answer
    history.append(Turn("en het dossier?", answer.standalone_question or "", answer.answer))
    person = assistant.ask("en Groothedde?", history=history)
    assert person.standalone_question == "Wat zegt Groothedde over ambitie?", (
        "one article, not 'het Groothedde'"
    )
    relational = assistant.ask("en de relationele?", history=history[:1])
    assert "zegt de relationele" not in (relational.standalone_question or ""), (
        "a word the source uses is no name"
    )
    netwerk = assistant.ask("en het netwerk?", history=history[:1])
    assert "netwerk" in (netwerk.standalone_question or ""), "a word that names no source is the subject"


def test_what_is_that_after_a_follow_up_that_brought_in_a_thing_asks_that_thing(assistant: Assistant) -> None:
    """``ellipsis.defined_thing``: "wat is dat?" after "heeft die doorzettingsmacht?" was answered about
    the ketenmanager again (twenty-sixth session); after an example asked it stays the topic."""
    history: list[Turn] = []
    for question in ("Wat is een ketenmanager?", "heeft die doorzettingsmacht?", "wat is dat?"):
        answer = assistant.ask(question, history=history)
        history.append(Turn(question, answer.standalone_question or question, answer.answer))
    assert history[-1].standalone == "Wat is doorzettingsmacht?"
    assert history[-1].answer.startswith("Doorzettingsmacht betekent"), history[-1].answer
    assert defined_thing("wat is dat?", "heeft die een voorbeeld?") is None
    assert defined_thing("wat is dat?", "Wat is een ketenmanager?") is None


def test_a_numbered_topic_keeps_its_number_and_a_pronominal_adverb_leans(assistant: Assistant) -> None:
    """``ordinals.numbered_topic``: after "Wat is pijler 3?" a follow-up carried '(pijler)' and "en pijler
    4?" after "waarom is dat belangrijk?" kept pijler 3 (``ellipsis.elliptic`` now replaces it in the
    carried topic); ``leaning._PRONOMINAL_ADVERB``: "hoe zorg je daarvoor?" after "Wat is pijler 2?" was
    asked on its own and answered with "de zorg voor ouderen" (twenty-sixth session)."""
    history: list[Turn] = []
    for question in ("Wat is pijler 3?", "waarom is dat belangrijk?", "en pijler 4?"):
        answer = assistant.ask(question, history=history)
        history.append(Turn(question, answer.standalone_question or question, answer.answer))
    assert history[1].standalone == "waarom is dat belangrijk? (pijler 3)"
    assert history[2].standalone == "waarom is dat belangrijk? (pijler 4)"
    first = assistant.ask("Wat is pijler 2?")
    turn = Turn("Wat is pijler 2?", "Wat is pijler 2?", first.answer)
    answer = assistant.ask("hoe zorg je daarvoor?", history=[turn])
    assert answer.standalone_question == "hoe zorg je daarvoor? (pijler 2)"
    assert not answer.abstained and "ouderen" not in answer.answer, answer.answer
    assert "speelruimte" in answer.answer, answer.answer


def test_a_source_the_previous_answer_named_is_not_carried_as_asked(assistant: Assistant) -> None:
    """``speakers._without_claim``: "en welke wordt vaak vergeten?" after a ranking follow-up on the
    four dimensions was asked "volgens Ketens de baas", a name only the carried claim held, and was
    declined; the glossary reads 'vaak vergeten' as the sources' 'extra aandacht' (twenty-sixth session)."""
    history = converse(
        assistant,
        (
            "Wat zijn de vier besturingsdimensies?",
            "welke is het belangrijkst?",
            "en welke wordt vaak vergeten?",
        ),
    )
    assert "volgens" not in history[-1].standalone, history[-1].standalone
    assert "extra aandacht" in history[-1].answer, history[-1].answer


def test_an_example_of_a_numbered_thing_the_sources_do_not_give_is_said_to_be_missing(
    assistant: Assistant,
) -> None:
    """``examples.asked_thing``: "geef een voorbeeld" after "Wat is pijler 8?" gave the ketenkaart, the
    example of another thing, and once the topic kept its number, the definition again without a word
    (twenty-sixth session)."""
    first = assistant.ask("Wat is pijler 8?")
    turn = Turn("Wat is pijler 8?", "Wat is pijler 8?", first.answer)
    answer = assistant.ask("geef een voorbeeld", history=[turn])
    assert answer.standalone_question == "geef een voorbeeld (pijler 8)"
    assert answer.answer.startswith("(De bronnen geven geen voorbeeld van ‘pijler 8’"), answer.answer


def test_hoezo_asks_why_and_a_source_after_a_pointer_question_hears_the_topic(assistant: Assistant) -> None:
    """``leaning._REQUEST_ONLY`` and ``ellipsis.other_source``: "hoezo?" after a definition was asked on
    its own and declined, then "wat bedoel je daarmee?" carried '(hoezo)', and "en volgens Morgens?"
    after it became "Wat zegt Morgens over bedoel?" (twenty-sixth session)."""
    history: list[Turn] = []
    for question in (
        "Wat is doelgebonden speelruimte?",
        "hoezo?",
        "wat bedoel je daarmee?",
        "en volgens Morgens?",
    ):
        answer = assistant.ask(question, history=history)
        history.append(Turn(question, answer.standalone_question or question, answer.answer))
    assert history[1].standalone == "hoezo? (doelgebonden speelruimte)"
    assert not history[1].answer.startswith("Dat staat niet"), history[1].answer
    assert history[3].standalone == "Wat zegt Morgens over doelgebonden speelruimte?"


def test_a_request_for_another_language_is_judged_as_the_question_it_repeats(assistant: Assistant) -> None:
    """ "in English please" after "Wat is de relationele dimensie?" was declined: the gate read 'English'
    as a subject no source names (twenty-sixth session); the request repeats the question, as "Kan dat
    korter?" does."""
    first = assistant.ask("Wat is de relationele dimensie?")
    turn = Turn("Wat is de relationele dimensie?", "Wat is de relationele dimensie?", first.answer)
    for request in ("in English please", "en in het Engels?"):
        answer = assistant.ask(request, history=[turn])
        assert answer.language == "en" and not answer.abstained, (request, answer.answer)
        assert "samen of solo" in answer.answer, answer.answer


def test_a_dutch_follow_up_asked_again_in_english_gives_the_same_quotes(assistant: Assistant) -> None:
    """``Question.frame`` 'en' for a Dutch question and the turn before the one asked again (``Assistant._prepare``):
    "en in het Engels?" after "leg de derde eens uit" (the procedurele dimensie) led with the four dimensions the Dutch
    answer had left out as said before (new informal follow-ups, forty-seventh session)."""
    history: list[Turn] = []
    for question in ("Wat zijn de besturingsdimensies?", "leg de derde eens uit"):
        answer = assistant.ask(question, history=history)
        history.append(Turn(question, answer.standalone_question or question, answer.answer))
    dutch = lead(history[-1].answer)
    english = assistant.ask("en in het Engels?", history=history)
    assert english.language == "en" and "(quoted in Dutch)" in english.answer, english.answer
    assert dutch.rstrip(".") in english.answer and "vier besturingsdimensies" not in english.answer, (
        english.answer
    )


def test_a_request_for_dutch_after_an_english_question_answers_it_in_dutch(assistant: Assistant) -> None:
    """``Question.frame``: "and in Dutch?" after "What is a chain?" read the English question as Dutch and
    declined it (thirty-fourth session); now the question is read as English and the answer has no English
    frame."""
    first = assistant.ask("What is a chain?")
    turn = Turn("What is a chain?", "What is a chain?", first.answer)
    answer = assistant.ask("and in Dutch?", history=[turn])
    assert not answer.abstained and answer.language == "nl", answer.answer
    assert "samenwerkingsverband" in answer.answer and "The sources" not in answer.answer, answer.answer


def test_how_to_overcome_what_was_listed_is_answered_in_english_too(assistant: Assistant) -> None:
    """Glossary 'overcome' → 'overwinnen': "and how do I overcome them?" after the three resistances was declined
    for an English word no source uses, while "hoe overwin ik die?" is answered (thirty-fourth session)."""
    first = assistant.ask("What are the three resistances?")
    turn = Turn("What are the three resistances?", "What are the three resistances?", first.answer)
    answer = assistant.ask("and how do I overcome them?", history=[turn])
    assert not answer.abstained and "overwinnen" in answer.answer, answer.answer


def test_a_request_to_say_it_shorter_gives_fewer_sentences_than_before(assistant: Assistant) -> None:
    """``lengths.shorter_than``: after a two-sentence answer "korter" gave the same two."""
    from assistant.coherence import units

    def cited(text: str) -> int:
        return sum(1 for _, _, line in units(text) if "[" in line)

    first = "Wat is ketenregie?"
    answer = assistant.ask(first)
    before = cited(answer.answer)
    assert before >= 2, answer.answer
    history = [Turn(first, answer.standalone_question or first, answer.answer)]
    shorter = assistant.ask("Kun je dat korter zeggen?", history=history)
    assert 1 <= cited(shorter.answer) < before, shorter.answer


def test_an_english_follow_up_asking_a_source_keeps_the_topic(assistant: Assistant) -> None:
    """``leaning._VIEW_ASKED``: "and what does the GEMMA say?" was asked on its own."""
    first = "What is chain governance?"
    answer = assistant.ask(first)
    history = [Turn(first, answer.standalone_question or first, answer.answer)]
    follow = assistant.ask("and what does the GEMMA say?", history=history)
    assert follow.standalone_question and "governance" in follow.standalone_question
    # a new subject after 'does the' is still a question of its own
    own = assistant.ask("and what does the chain board do?", history=history)
    assert not own.standalone_question or "governance" not in own.standalone_question


def test_an_english_question_to_a_silent_source_is_told_that_source_is_silent(assistant: Assistant) -> None:
    """``Gate.silent_source`` reads an English subject by its glossary word ('trust' → vertrouwen)."""
    answer = assistant.ask("What does Morgens say about trust?")
    assert answer.abstained
    assert answer.answer.startswith("Morgens says nothing about this"), answer.answer
    unknown = assistant.ask("What does Morgens say about quantum physics?")
    assert unknown.abstained and "Morgens says nothing" not in unknown.answer


def test_what_two_sources_asked_in_turn_share_is_a_comparison_of_them(assistant: Assistant) -> None:
    """``pairs.IN_COMMON``: "welke komen overeen?" after "Wat zijn succesfactoren volgens GBO?" and "en
    volgens Morgens?" was asked of Morgens alone; it compares the two on the topic (twenty-eighth
    session). After two subjects it compares them."""
    history: list[Turn] = []
    for question in ("Wat zijn succesfactoren volgens GBO?", "en volgens Morgens?"):
        answer = assistant.ask(question, history=history)
        history.append(Turn(question, answer.standalone_question or question, answer.answer))
    shared = assistant.ask("welke komen overeen?", history=history)
    assert shared.standalone_question == "Wat hebben GBO en Morgens gemeen over succesfactoren?"
    assert shared.kind == "comparison"
    assert {"gbo-mensenwerk-2009", "morgens-gezamenlijk-doel"} <= {c.doc_id for c in shared.citations}
    history = []
    for question in ("Wat is de culturele dimensie?", "en de relationele?"):
        answer = assistant.ask(question, history=history)
        history.append(Turn(question, answer.standalone_question or question, answer.answer))
    both = assistant.ask("wat hebben ze gemeen?", history=history)
    assert both.kind == "comparison" and "Culturele" in both.answer and "Relationele" in both.answer


def test_a_separable_verb_typed_whole_is_found_where_the_corpus_writes_it_apart(assistant: Assistant) -> None:
    """``verbs.typed_whole`` / ``verb_forms(separable=True)``: "moet die iets inleveren?" after "Wat is een
    ketenpartner?" was declined ('inleveer' unknown) though "Ketenpartners leveren in een keten een deel
    van hun macht en autonomie in" says it; a sentence with every word asked keeps the lead of a
    'moet'-question (``composition._says_all_asked``; twenty-eighth session)."""
    from assistant.verbs import JoinedVerb, writes_apart

    whole = JoinedVerb("inleveren", "in", "lever", "")
    assert writes_apart("Ketenpartners leveren in een keten een deel van hun macht in.", whole, anywhere=True)
    assert not writes_apart("Ketenpartners leveren veel in een keten.", whole)
    joined = JoinedVerb("aansluiten", "aan", "sluit", "")
    assert not writes_apart(
        "In de beginfase sluit de ketenkaart vooral aan op pijler 7.", joined, anywhere=True
    )
    first = "Wat is een ketenpartner?"
    answer = assistant.ask(first)
    history = [Turn(first, answer.standalone_question or first, answer.answer)]
    follow = assistant.ask("moet die iets inleveren?", history=history)
    assert not follow.abstained, follow.answer
    assert lead(follow.answer).startswith("Ketenpartners leveren in een keten"), follow.answer


def test_a_separable_verb_said_apart_counts_only_where_the_rest_asked_is_named(assistant: Assistant) -> None:
    """``extractive`` with ``verbs.typed_whole``: "Veel ketens stellen … een ketenmanager aan" says
    'aanstellen' but not of a ketenregisseur; "Moeten we een ketenregisseur aanstellen?" led with the
    ketenmanager once the verb alone counted (twenty-eighth session)."""
    answer = assistant.ask("Moeten we een ketenregisseur aanstellen?")
    assert "regisseur" in lead(answer.answer) or "regie" in lead(answer.answer), answer.answer


def test_a_first_question_that_points_back_asks_what_it_is_about(assistant: Assistant) -> None:
    """``conversation.orphaned``: "Kun je dat kort samenvatten?" as the first question summarised
    whatever came up and "Welke komen overeen?" listed the governance agreements (new informal
    questions, twenty-ninth session). With no earlier answer the assistant asks what it is about, in
    the question's language; a first question with a subject of its own is answered."""
    from assistant.declines import ORPHAN

    for question in [
        "Kun je dat kort samenvatten?",
        "Wat bedoel je daarmee?",
        "Welke komen overeen?",
        "Kun je dat korter zeggen?",
        "In het Engels graag",
        "Wie van de twee heeft gelijk?",
        "Waarom?",
    ]:
        answer = assistant.ask(question)
        assert answer.answer == ORPHAN["nl"], (question, answer.answer)
        assert not answer.citations
    english = assistant.ask("Can you give an example?")
    assert english.answer == ORPHAN["en"]
    for own in [
        "Hoe bouw je dat vertrouwen op?",
        "Vertel meer over vertrouwen",
        "Vat het artikel van Morgens samen",
    ]:
        answered = assistant.ask(own)
        assert answered.citations and answered.answer != ORPHAN["nl"], own
    # after an answer the same words are a follow-up again
    first = "Wat is een ketenmanager?"
    before = assistant.ask(first)
    again = assistant.ask("Kun je dat kort samenvatten?", history=[Turn(first, first, before.answer)])
    assert again.citations and again.answer != ORPHAN["nl"]


def test_another_relation_of_the_same_thing_replaces_the_previous_one(assistant: Assistant) -> None:
    """``ellipsis.other_relation``: "en de nadelen?" after "Wat zijn de voordelen van ketensamenwerking?"
    carried both words ("(voordelen ketensamenwerking)") and was declined; it asks the drawbacks of the
    same thing, which the glossary reads as the corpus's 'knelpunten' and 'riskant' (new informal
    follow-ups, twenty-ninth session)."""
    from assistant.conversation import resolve
    from assistant.focus import focus_of

    first = "Wat zijn de voordelen van ketensamenwerking?"
    history = [Turn(first, first, assistant.ask(first).answer)]
    follow = resolve("en de nadelen?", history, topic=lambda q: focus_of(q, []))
    assert follow.text == "Wat zijn de nadelen van ketensamenwerking?"
    answer = assistant.ask("en de nadelen?", history=history)
    assert not answer.abstained and "knelpunten" in lead(answer.answer), answer.answer
    # the same for causes after consequences
    assert (
        resolve(
            "en de oorzaken?",
            [
                Turn(
                    "Wat zijn de gevolgen van opgelegde samenwerking?",
                    "Wat zijn de gevolgen van opgelegde samenwerking?",
                    "",
                )
            ],
            topic=lambda q: focus_of(q, []),
        ).text
        == "Wat zijn de oorzaken van opgelegde samenwerking?"
    )


def test_an_english_ranking_follow_up_without_the_article_ranks_the_previous_answer(
    assistant: Assistant,
) -> None:
    """``superlatives.ASKED``: "which one matters most?" and "which one is most important?" after the eight
    pillars were declined ('matters' was searched) or not read as a ranking (no 'the'); the sources rank
    no pillar, and the answer says so (new informal follow-ups, twenty-ninth session)."""
    from assistant.superlatives import NO_RANKING, asked_rank, ranks_previous

    assert ranks_previous("which one matters most?") and ranks_previous("which one is most important?")
    assert asked_rank("What is the cost?") == ""
    first = "What are the eight pillars?"
    history = [Turn(first, first, assistant.ask(first).answer)]
    for follow in ["which one matters most?", "which one is most important?"]:
        answer = assistant.ask(follow, history=history)
        assert not answer.abstained, (follow, answer.answer)
        assert answer.answer.startswith(NO_RANKING["en"].format(phrase="the most important")), answer.answer


def test_when_after_who_wrote_it_leads_with_a_date(assistant: Assistant) -> None:
    """``scenes.DATE_LIFT``: "en wanneer?" after "Wie heeft het dossier geschreven?" led with the authors
    again, the date second (new informal follow-ups, twenty-ninth session)."""
    first = "Wie heeft het dossier geschreven?"
    before = assistant.ask(first)
    answer = assistant.ask(
        "en wanneer?", history=[Turn(first, before.standalone_question or first, before.answer)]
    )
    assert re.search(r"\b20\d\d\b", lead(answer.answer)), answer.answer


def test_a_ranking_follow_up_with_a_superlative_no_source_uses_is_answered(assistant: Assistant) -> None:
    """``gate._new_subject`` and ``superlatives.ranks_previous``: "welke is het gevaarlijkst?" after the
    resistances was declined for 'gevaarlijk', a word no source uses (new informal follow-ups, thirtieth
    session). It ranks the previous answer's things: the note says no source ranks them, once."""
    follow, history = _most_dangerous_after(assistant, "Wat zijn de weerstanden tegen ketensamenwerking?")
    assert "komt in de bronnen niet voor" not in follow.answer, follow.answer
    assert "drie sterke weerstanden" in follow.answer, follow.answer
    # a new subject no source knows is still declined
    other = assistant.ask("welke is het gevaarlijkst voor de parkeertarieven?", history=history)
    assert other.abstained, other.answer


def test_a_ranking_follow_up_after_sentences_keeps_their_topic(assistant: Assistant) -> None:
    """``gate.Gate.evidence`` and ``ExtractiveGenerator._score`` leave a ranking follow-up's superlative out:
    "welke is het gevaarlijkst?" after the pitfalls, given as sentences and not a list, was declined for
    'gevaarlijkst', and once answered it quoted what a ketenspeler must know (new informal follow-ups,
    thirty-first session)."""
    follow, _ = _most_dangerous_after(assistant, "Wat zijn valkuilen bij ketensamenwerking?")
    assert "valkuil" in follow.answer and "ketenspeler levert" not in follow.answer, follow.answer


def _most_dangerous_after(assistant: Assistant, first: str) -> tuple[Answer, list[Turn]]:
    """ "welke is het gevaarlijkst?" after ``first``: answered, with the note that no source ranks them."""
    answer = assistant.ask(first)
    history = [Turn(first, answer.standalone_question or first, answer.answer)]
    follow = assistant.ask("welke is het gevaarlijkst?", history=history)
    assert not follow.abstained, follow.evidence
    assert follow.answer.startswith("(De bronnen zeggen niet welke ‘het gevaarlijkst’ is"), follow.answer
    return follow, history


def test_an_alternative_asked_alone_is_one_to_the_previous_topic(assistant: Assistant) -> None:
    """``leaning.RELATIONAL``, ``kinds.KIND_RULES`` and ``scaffold.SCAFFOLD``: "Wat is het alternatief?" after
    the estafettemodel was asked as a word of its own and answered with "… wanneer er geen alternatief is"
    (new informal follow-ups, thirty-fifth session)."""
    from assistant.conversation import needs_context

    assert needs_context("Wat is het alternatief?")
    first = assistant.ask("Wat is het estafettemodel?")
    turn = Turn(
        "Wat is het estafettemodel?", first.standalone_question or "Wat is het estafettemodel?", first.answer
    )
    answer = assistant.ask("Wat is het alternatief?", history=[turn])
    assert "estafettemodel" in (answer.standalone_question or ""), answer.standalone_question
    assert answer.kind == "advice", answer.kind
    assert "geen alternatief" not in answer.answer, answer.answer


def test_a_pronoun_for_one_person_asks_about_the_person_asked_before(assistant: Assistant) -> None:
    """``persons.with_person``: "Waar werkt hij?" after "Wie is Arco Groothedde?" was carried as "Waar werkt hij?
    (Wie is Arco Groothedde?)" and answered with his five factors; "Wat heeft hij geschreven?" after "Wie is Cor
    Franke?" asked who wrote the Be Informed article that names him (``bibliography.source_question``; new informal
    follow-ups, fortieth session). 'ze' stays plural, and a question about no person carries no name."""
    from assistant.persons import with_person

    assert with_person("Waar werkt hij?", ["Wie is Arco Groothedde?"]) == "Waar werkt Arco Groothedde?"
    assert with_person("Wat vond hij daarvan?", ["Wat zei John Froger?", "Wat is vertrouwen?"]) == (
        "Wat vond John Froger daarvan?"
    )
    assert with_person("Zijn ze het eens?", ["Wie is Arco Groothedde?"]) == ""
    assert with_person("Heeft hij doorzettingsmacht?", ["Wat doet de ketenmanager?"]) == ""
    # one name will do after what that person says (forty-third session), a title will not
    assert with_person("Wie is hij?", ["Wat zegt Froger?"]) == "Wie is Froger?"
    assert with_person("Wie is hij?", ["Wat zegt Groothedde over vertrouwen?"]) == "Wie is Groothedde?"
    assert with_person("Wie is hij?", ["Wat zegt Ketens de baas?"]) == ""
    asked = "Wie is Arco Groothedde?"
    first = assistant.ask(asked)
    works = assistant.ask(
        "Waar werkt hij?", history=[Turn(asked, first.standalone_question or asked, first.answer)]
    )
    assert works.standalone_question == "Waar werkt Arco Groothedde?", works.standalone_question
    assert "Kadaster" in works.answer and "Persoonlijk commitment" not in works.answer, works.answer
    asked = "Wie is Cor Franke?"
    first = assistant.ask(asked)
    wrote = assistant.ask(
        "Wat heeft hij geschreven?", history=[Turn(asked, first.standalone_question or asked, first.answer)]
    )
    assert wrote.kind != "about_source" and "staat geen auteur" not in wrote.answer, wrote.answer


def test_het_between_two_verbs_points_back(assistant: Assistant) -> None:
    """``leaning._HET_PRONOUN``: "Aan welke eisen moet het voldoen?" after the besluitvormingsmodel was asked on
    its own, and "Wie ontwerpt het?" after it carried 'eisen voldoen' and quoted the NORA's purpose (new informal
    follow-ups, fortieth session). 'het' before a noun stays an article."""
    from assistant.leaning import needs_context

    assert needs_context("Aan welke eisen moet het voldoen?")
    assert not needs_context("Wat moet het ketenbureau doen?")
    last = converse(
        assistant,
        ("Wat is het besluitvormingsmodel?", "Aan welke eisen moet het voldoen?", "Wie ontwerpt het?"),
    )[-1]
    assert "besluitvormingsmodel" in last.standalone, last.standalone
    assert "samen ontworpen" in lead(last.answer), last.answer


def test_a_possessive_an_example_asked_and_how_that_differs_lean_on_the_topic(assistant: Assistant) -> None:
    """``leaning._POSSESSIVE`` ('zijn' after 'zijn', 'haar', 'hun'), ``leaning._REQUEST_ONLY`` ('geven'),
    ``pairs.COMPARED_WITH_THAT`` ('hoe' first): "Wat zijn zijn taken?" after "Wat is een ketenmanager?" listed the
    eight steering elements, "Kun je een voorbeeld geven?" after Morgens on ambition was declined, and "En hoe
    verschilt dat van een lijnmanager?" mixed both without labels (new informal follow-ups, forty-first session)."""
    turns = converse(
        assistant,
        ("Wat is een ketenmanager?", "Wat zijn zijn taken?", "En hoe verschilt dat van een lijnmanager?"),
    )
    assert "ketenmanager" in turns[1].standalone and "ketenmanager" in lead(turns[1].answer), turns[1]
    assert turns[2].standalone == "Hoe verschilt ketenmanager van een lijnmanager?", turns[2].standalone
    assert "**Ketenmanager**" in turns[2].answer and "**Lijnmanager**" in turns[2].answer, turns[2].answer
    example = converse(assistant, ("Wat zegt Morgens over ambitie?", "Kun je een voorbeeld geven?"))[1]
    assert "ambitie" in example.standalone and not example.answer.startswith("Dat staat niet"), example


def test_a_term_strung_on_with_en_is_asked_on_its_own_and_an_example_of_the_topic_is_its_kind(
    assistant: Assistant,
) -> None:
    """``leaning.own_term_question``, ``question_objects.example_subject``: "En wat is ketensturing?" after "Wat is
    een keten?" carried 'keten' and was answered as an open question on chains; "Geef een voorbeeld" after it was
    told the sources give no example of a chain (new informal follow-ups, forty-first session)."""
    turns = converse(assistant, ("Wat is een keten?", "En wat is ketensturing?"))
    assert turns[1].standalone == "Wat is ketensturing?", turns[1].standalone
    assert "ketensturing" in lead(turns[1].answer), turns[1].answer
    english = converse(assistant, ("What is a chain?", "And what is chain governance?"))
    assert english[1].standalone == "What is chain governance?", english[1].standalone
    example = converse(assistant, ("Wat is een keten?", "Geef een voorbeeld"))[1]
    assert "loonaangifteketen" in example.answer and "geen voorbeeld" not in example.answer, example.answer
    from assistant.leaning import needs_context

    assert needs_context("En wat is belangrijk?") and needs_context("En wat is dat?")


def test_a_follow_up_s_own_verb_names_no_new_subject(assistant: Assistant) -> None:
    """``Gate._new_subject`` leaves out the follow-up's inverted verb (``verbs.inverted_verbs``): "Hoe versterk je
    die?" after "Wat is de relationele dimensie?" was declined for 'versterk'; and 'zeiden' is no subject
    (``scaffold``): "Wat zeiden ze op het GBO-seminar?" was declined (new informal follow-ups, forty-first session).
    A new subject is still declined."""
    turns = converse(assistant, ("Wat is de relationele dimensie?", "Hoe versterk je die?"))
    assert not turns[1].answer.startswith("Dat staat niet"), turns[1].answer
    said = assistant.ask("Wat zeiden ze op het GBO-seminar?")
    assert not said.abstained, said.answer
    parking = converse(assistant, ("Wat is de relationele dimensie?", "En de parkeertarieven daar?"))
    assert parking[1].answer.startswith("Dat staat niet"), parking[1].answer


def test_two_sources_joined_with_an_article_between_both_speak(assistant: Assistant) -> None:
    """``SourceDirectory.named_in`` (the article between 'en' and a name) and ``conversation.resolve`` (the carried
    speakers in the question's language): "Do they agree?" after Morgens and the dossier on ambition carried
    "volgens Morgens en the dossier", the dossier did not speak, and the answer was Morgens' alone (new informal
    follow-ups, forty-second session)."""
    named = assistant.directory.named_in("Zijn ze het eens? (ambitie; volgens Morgens en het dossier)")
    assert [n.speaks for n in named] == [True, True], named
    history: list[Turn] = []
    for question in ("What does Morgens say about ambition?", "And the dossier?"):
        answer = assistant.ask(question, history=history)
        history.append(Turn(question, answer.standalone_question or question, answer.answer))
    agree = assistant.ask("Do they agree?", history=history)
    assert agree.standalone_question and "according to Morgens and the dossier" in agree.standalone_question
    assert agree.kind == "comparison", agree.answer


def test_a_cost_asked_of_a_carried_topic_is_judged_on_that_topic(assistant: Assistant) -> None:
    """``gate._judged``: "Wat kost dat?" after "Wat is een ketenbureau?" was judged as asked, naming nothing that
    costs, and the resistances' "de vraag wie wat betaalt" answered it (new informal follow-ups, forty-fourth
    session). Judged with its carried topic, no sentence on money names the ketenbureau: declined."""
    from assistant.gate import _judged

    assert _judged("Wat kost dat?", "Wat kost dat? (ketenbureau)") == "Wat kost dat? (ketenbureau)"
    assert _judged("En het dossier?", "Wat zegt het dossier over ambitie?") == "En het dossier?"
    first = "Wat is een ketenbureau?"
    answer = assistant.ask(first)
    follow = assistant.ask("Wat kost dat?", history=[Turn(first, first, answer.answer)])
    assert follow.standalone_question == "Wat kost dat? (ketenbureau)"
    assert follow.abstained, follow.answer


def test_a_pronoun_that_speaks_is_the_one_source_named_before(assistant: Assistant) -> None:
    """``speakers._PRONOUN_SAYS``: "En wat zegt die over ketens?" after "Wat is de GEMMA?" asks the GEMMA's view (it
    was answered from the whole index; forty-fifth session). A pronoun before a noun is its article."""
    from assistant.speakers import _PRONOUN_SAYS

    turns = converse(assistant, ("Wat is de GEMMA?", "En wat zegt die over ketens?"))
    assert turns[1].standalone.endswith("; volgens GEMMA)"), turns[1].standalone
    assert not _PRONOUN_SAYS.search("Wat zegt die organisatie over ketens?")
    assert _PRONOUN_SAYS.search("Wat vindt hij ervan?")
    assert _PRONOUN_SAYS.search("Wat vindt hij daarvan?")


def test_an_ordinal_with_a_noun_points_into_the_list_of_that_noun(assistant: Assistant) -> None:
    """``ordinals.names_noun``: "Hoe kom je in het laatste stadium?" after the three ontwikkelstadia and an answer with
    another list took that list's last item, and read "Hoe kom je in goed omgaan met de spanning …?" (new informal
    follow-ups, forty-sixth session)."""
    from assistant.ordinals import names_noun

    assert names_noun("drie ontwikkelstadia van ketens: a, b en c", "stadium")
    assert not names_noun("Doelgebonden speelruimte vraagt ketenspelers die:", "stadium")
    first = assistant.ask("Wat zijn de drie ontwikkelstadia?")
    history = [Turn("Wat zijn de drie ontwikkelstadia?", "Wat zijn de drie ontwikkelstadia?", first.answer)]
    other = "- goed omgaan met de spanning tussen de eigen verticale lijn en het horizontale ketenproces [1]\n- iets [1]"
    history.append(Turn("Waar zitten de meeste ketens?", "Waar zitten de meeste ketens?", other))
    answer = assistant.ask("Hoe kom je in het laatste stadium?", history=history)
    assert answer.standalone_question == "Hoe kom je in culturele verankering?", answer.standalone_question


def test_a_bare_why_asks_the_reason_for_the_previous_claim(assistant: Assistant) -> None:
    """``conversation._ASKS_WHY``: "en waarom?" after "welke is het belangrijkst?" (Morgens' "De belangrijkste
    succesfactor … is … een uitdagende gemeenschappelijke ambitie") was asked of Morgens' success factors in general and
    listed them again; it carries the claim and the source, and reaches why (new informal follow-ups, forty-seventh
    session)."""
    history: list[Turn] = []
    for question in ("Welke succesfactoren noemt Morgens?", "welke is het belangrijkst?"):
        answer = assistant.ask(question, history=history)
        history.append(Turn(question, answer.standalone_question or question, answer.answer))
    why = assistant.ask("en waarom?", history=history)
    standalone = why.standalone_question or ""
    assert "uitdagende gemeenschappelijke ambitie" in standalone and "volgens Morgens" in standalone, (
        standalone
    )
    assert "Dat zorgt voor focus" in why.answer, why.answer
    assert {c.doc_id for c in why.citations} == {"morgens-gezamenlijk-doel"}, why.answer


def test_according_to_whom_asks_whose_words_the_answer_quotes(assistant: Assistant) -> None:
    """``leaning._WHOSE_WORDS`` and ``conversation._ASKS_WHO_SAID``: "volgens wie?" after "Hoe belangrijk is de ambitie?"
    stood alone and quoted the dossier on imposed cooperation (forty-eighth session)."""
    history = conversation(assistant, "Hoe belangrijk is de ambitie?")
    whose = assistant.ask("volgens wie?", history=history)
    assert whose.standalone_question and whose.answer.startswith("**Morgens**"), whose.answer


def test_what_to_do_against_a_carried_problem_asks_its_remedy(assistant: Assistant) -> None:
    """``remedies.REMEDY_ASKED`` 'daartegen': "wat doe je daartegen?" after the resistances restated them (forty-eighth
    session)."""
    history = conversation(assistant, "Welke weerstanden zijn er?")
    remedy = assistant.ask("wat doe je daartegen?", history=history)
    assert "overwinnen" in lead(remedy.answer), remedy.answer


def test_a_noun_always_of_something_is_of_the_previous_subject(assistant: Assistant) -> None:
    """``ellipsis.elliptic`` leaves a relational noun alone to the topic carry: "en het alternatief?" after "Wat is het
    estafettemodel?" became "Wat is het alternatief?", topic lost, and quoted "… wanneer er geen alternatief is" (new
    informal follow-ups, fiftieth session). After another relation the noun still swaps ("en de nadelen?")."""
    from tests.conftest import conversation

    alternative = conversation(assistant, "Wat is het estafettemodel?", "en het alternatief?")[-1]
    assert "estafettemodel" in alternative.standalone, alternative.standalone
    assert "geen alternatief is" not in alternative.answer, alternative.answer
    drawbacks = conversation(assistant, "Wat zijn de voordelen van ketensamenwerking?", "en de nadelen?")[-1]
    assert drawbacks.standalone == "Wat zijn de nadelen van ketensamenwerking?", drawbacks.standalone


def test_an_event_asked_of_the_topic_is_said_unknown_as_when_asked_alone(assistant: Assistant) -> None:
    """``unsaid.event_words`` in ``Gate._new_subject``: "En wat als hij faalt?" after the ketenmanager was declined for
    'faalt', while "En wat als de ketenmanager faalt?" says no source uses the word and quotes what the ketenmanager
    answers for (fifty-first session). A new subject no source knows is still declined (parkeertarieven)."""
    first = assistant.ask("Wat is een ketenmanager?")
    history = [Turn("Wat is een ketenmanager?", "Wat is een ketenmanager?", first.answer)]
    answer = assistant.ask("En wat als hij faalt?", history=history)
    assert not answer.abstained, answer.answer
    assert "‘faalt’" in answer.answer, answer.answer
    assert "resultaatverbintenis" in answer.answer, answer.answer
    other = assistant.ask("En wat als de parkeertarieven stijgen?", history=history)
    assert other.abstained, other.answer


def test_who_does_something_named_by_its_verb_alone_leans_on_the_topic(assistant: Assistant) -> None:
    """``leaning._VERB_ONLY``: "Wie beslist er uiteindelijk?" after the besluitvormingsmodel was read as a question of
    its own and declined; it asks who decides in that model (fifty-first session). "Wie is …?" asks a person."""
    turns = conversation(assistant, "Hoe werkt het besluitvormingsmodel?", "Wie beslist er uiteindelijk?")
    assert turns[-1].standalone == "Wie beslist er uiteindelijk? (besluitvormingsmodel)"
    assert "besluitvormingsmodel" in lead(turns[-1].answer), turns[-1].answer
    from assistant.leaning import needs_context

    assert needs_context("Wie beslist er uiteindelijk?")
    assert not needs_context("Wie is Cor Franke?")
    assert not needs_context("Wie beslist er in een keten?")


def test_an_english_follow_up_asking_of_every_one_is_no_new_subject(assistant: Assistant) -> None:
    """``stopwords.STOPWORDS_EN`` 'every': "Does every chain need one?" after "What is a chain manager?" was declined for
    'every', a word unknown to the sources, while "Heeft elke keten er een nodig?" was answered (fifty-second
    session)."""
    from ketenwijzer.text import stems

    assert stems("every chain") == ["chain"]
    turns = conversation(assistant, "What is a chain manager?", "Does every chain need one?")
    assert "do not cover this" not in turns[-1].answer, turns[-1].answer
    assert "ketenmanager" in turns[-1].answer, turns[-1].answer


def test_partners_who_disagree_are_asked_in_the_sources_words(assistant: Assistant) -> None:
    """glossary 'disagree': "What if partners disagree?" after "And who is in charge?" was declined, 'disagree' a word
    unknown to the sources, which write 'oneens' and 'conflicten' (fifty-third session)."""
    turns = conversation(assistant, "What is a chain?", "And who is in charge?", "What if partners disagree?")
    assert "do not cover this" not in turns[-1].answer, turns[-1].answer
    assert "eens" in turns[-1].answer, turns[-1].answer
    alone = assistant.ask("What if partners disagree?")
    assert "conflicten" in lead(alone.answer), alone.answer


def test_a_comparative_form_is_compared_with_the_previous_subject(assistant: Assistant) -> None:
    """``leaning._COMPARED_TO_PREVIOUS``: "En wat is een lichtere vorm?" after the convenant was asked as a new term and
    declined; a comparative before a noun, with no 'dan', compares with what was just asked (fifty-third session)."""
    from assistant.leaning import needs_context

    assert needs_context("En wat is een zwaardere vorm?")
    assert not needs_context("En wat is een zwaardere vorm dan een convenant?")
    assert not needs_context("En wat is een ketenbureau?")
    turns = conversation(assistant, "Wat is een convenant?", "En wat is een lichtere vorm?")
    assert "convenant" in turns[-1].standalone, turns[-1].standalone
    assert "convenant" in lead(turns[-1].answer), turns[-1].answer


def test_a_duration_asked_of_a_carried_topic_is_not_the_chains(assistant: Assistant) -> None:
    """``scope.duration_note`` with the index: "Hoe lang duurt dat?" after "Hoe bouw je vertrouwen op in een keten?"
    carried 'keten', and the chain's "… kan het jaren duren voordat een keten is ingevoerd" passed for the time trust
    takes (fifty-third session); the note that no source gives that duration now opens the answer."""
    turns = conversation(assistant, "Hoe bouw je vertrouwen op in een keten?", "Hoe lang duurt dat?")
    assert turns[-1].answer.startswith("(De bronnen noemen geen duur voor ‘opbouwen vertrouwen’"), turns[
        -1
    ].answer
    chain = assistant.ask("Hoe lang duurt het voordat een keten werkt?")
    assert chain.answer.startswith("Het kan jaren duren"), chain.answer


def test_what_a_source_adds_asks_its_view(assistant: Assistant) -> None:
    """``focus_words.VIEW_WORDS`` 'add', 'voegt': "And what does Morgens add?" after the dossier's main message was
    declined for 'add', "Wat voegt Morgens daaraan toe?" for 'voegt' (new informal follow-ups, fifty-third session)."""
    english = conversation(
        assistant, "What is the main message of Ketens de baas?", "And what does Morgens add?"
    )
    assert "do not cover this" not in english[-1].answer, english[-1].answer
    assert "Morgens" in english[-1].answer, english[-1].answer
    dutch = conversation(
        assistant, "Wat is de boodschap van Ketens de baas?", "Wat voegt Morgens daaraan toe?"
    )
    assert "Dat staat niet in de bronnen" not in dutch[-1].answer, dutch[-1].answer
    assert "Morgens" in dutch[-1].answer, dutch[-1].answer


def test_an_alternative_is_found_where_its_kind_is_set_against_another(assistant: Assistant) -> None:
    """``alternatives``: "En het alternatief?" after "Wat is het estafettemodel?" quoted Franke's "… volgens het
    estafettemodel probeert te werken en dat dat gewoon vastloopt"; Be Informed's passage that sets the
    estafetteverbanden against the netwerkverbanden was not retrieved (fifty-third session)."""
    from assistant.alternatives import sets_against

    assert sets_against({"estafetteverband", "netwerkverband", "stokje"}, ["estafette"])
    assert not sets_against({"estafettemodel", "vastloopt", "verantwoord"}, ["estafette"])
    turns = conversation(assistant, "Wat is het estafettemodel?", "En het alternatief?")
    assert "netwerkverbanden" in lead(turns[-1].answer), turns[-1].answer
    alone = assistant.ask("Wat is het alternatief voor het estafettemodel?")
    assert "netwerkverbanden" in lead(alone.answer), alone.answer


def test_a_split_pronominal_adverb_and_a_bare_better_lean_on_the_previous_subject(
    assistant: Assistant,
) -> None:
    """``leaning._SPLIT_ADVERB`` and ``leaning.BETTER_ASKED``: after "Hoe werkt het estafettemodel?", "wat is er mis
    mee?" was asked on its own and declined, and "wat is beter?" quoted "… sneller en beter van dienst te zijn"; 'er …
    mee' is 'ermee', and a bare 'beter' asks what to have instead (``alternatives.ALTERNATIVE_ASKED``; fifty-fourth
    session)."""
    from assistant.leaning import needs_context

    assert needs_context("wat is er mis mee?") and needs_context("Wat werkt dan beter?")
    assert not needs_context("Is er een ketenbureau nodig?")
    assert not needs_context("Wat is beter: een convenant of een joint venture?")
    turns = conversation(assistant, "Hoe werkt het estafettemodel?", "wat is er mis mee?", "wat is beter?")
    assert not turns[1].answer.startswith("Dat staat niet in de bronnen"), turns[1].answer
    assert "estafettemodel" in turns[1].standalone, turns[1].standalone
    assert "netwerkverbanden" in lead(turns[2].answer), turns[2].answer


def test_who_checks_a_person_asks_whom_they_answer_to(assistant: Assistant) -> None:
    """Glossary 'wie controleert' → 'aanspreekbaar': "en wie controleert hem?" after "Wat is een ketenmanager?" led with
    how he shapes the management with the line managers, not with his answering to the partners (fifty-fourth
    session)."""
    turns = conversation(assistant, "Wat is een ketenmanager?", "en wie controleert hem?")
    assert lead(turns[-1].answer).startswith("Tegenover de ketenpartners is de ketenmanager"), turns[
        -1
    ].answer
    for question in ("Wie controleert de ketenmanager?", "Who checks the chain manager?"):
        assert "Tegenover de ketenpartners" in lead(assistant.ask(question).answer), question
