"""The gate on a follow-up that asks one source: the subject decides, not that source's passages."""

from __future__ import annotations

from assistant.chain import Assistant
from assistant.conversation import Turn


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
