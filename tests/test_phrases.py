"""A phrase a question quotes that is a section's heading pins that section, and its first sentence
answers a definition question (``assistant/phrases.py``, ``definition.headed``; twenty-second session)."""

from __future__ import annotations

from pathlib import Path

from assistant.chain import Assistant
from assistant.phrases import pinned, quoted_phrases
from evals.answertext import lead

from .conftest import own_corpus


def test_quoted_phrases() -> None:
    assert quoted_phrases("Wat betekent 'geen baas' in een keten?") == ["geen baas"]
    assert quoted_phrases("Wat is “Dynamische  Omgeving”?") == ["dynamische omgeving"]
    assert quoted_phrases("Wat zijn KPI's en wat is 'onevenwichtigheid'?") == ["onevenwichtigheid"]
    assert quoted_phrases("Wat zegt 'Ketens de baas' over vertrouwen?", ["Ketens de baas"]) == []


def test_a_quoted_heading_pins_its_section(assistant: Assistant) -> None:
    headings = assistant.index.headings()
    assert pinned("Wat betekent 'geen baas'?", headings)[0].startswith("nora-kdb-1-1-wat-is-een-keten:")
    assert pinned("Wat betekent geen baas?", headings) == []  # not quoted: no pin
    answer = assistant.ask("Wat betekent 'geen baas' in een keten?")
    assert lead(answer.answer).startswith("In een keten ontbreekt overkoepelend gezag"), answer.answer
    assert answer.citations[0].section.endswith("Geen baas")
    answer = assistant.ask("Wat is 'onevenwichtigheid' in een keten?")
    assert lead(answer.answer).startswith("Ketenpartners verschillen in de omvang"), answer.answer


def test_a_users_own_heading_is_pinned_too(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Overdracht in de zorgketen\npublisher: Zorgbureau Noord\n---\n\n"
        "# Overdracht in de zorgketen\n\n## Inleiding\n\nDe zorgketen kent veel overdrachten tussen "
        "organisaties, en elke overdracht is een risico voor de cliënt.\n\n"
        "## Warme overdracht\n\nDe ene hulpverlener stelt de cliënt persoonlijk voor aan de volgende, "
        "zodat niemand tussen wal en schip valt.\n"
    )
    assistant = Assistant(own_corpus(tmp_path, {"overdracht.md": text}, with_articles=True))
    answer = assistant.ask("Wat is een 'warme overdracht'?")
    assert lead(answer.answer).startswith("De ene hulpverlener stelt de cliënt persoonlijk voor"), (
        answer.answer
    )


def test_meeting_much_and_deciding_little_is_what_morgens_calls_overlegclubs(assistant: Assistant) -> None:
    """``glossary.yaml`` nl_phrases 'vergadert veel', 'besluit weinig': "Onze stuurgroep vergadert veel
    maar besluit weinig. Herkenbaar?" was declined (twenty-eighth session). English 'working' is also
    'samenwerking': "Why do organisations resist working in chains?" led with leadership."""
    answer = assistant.ask("Onze stuurgroep vergadert veel maar besluit weinig. Herkenbaar?")
    assert not answer.abstained and "overlegclubs" in answer.answer, answer.answer
    english = assistant.ask("Why do organisations resist working in chains?")
    assert "Leiderschap" not in english.answer.split("\n\n")[1], english.answer
    assert "macht" in english.answer, english.answer


def test_a_mature_chain_is_a_later_development_stage(assistant: Assistant) -> None:
    """``glossary.yaml`` nl_synonyms 'volwassen': "Hoe weet ik of mijn keten volwassen is?" led with Morgens'
    measurable ambition (twenty-eighth session)."""
    answer = assistant.ask("Hoe weet ik of mijn keten volwassen is?")
    assert "volwassener" in lead(answer.answer) or "stadi" in lead(answer.answer), answer.answer


def test_much_consultation_and_ownership_are_read_in_the_corpus_words(assistant: Assistant) -> None:
    """``glossary.yaml``: 'veel overleg' is Morgens' 'overlegclubs' ("Is veel overleg erg?"), and being
    the 'eigenaar' is being 'verantwoordelijk' ("Wie is eigenaar van de keten?"; twenty-eighth session)."""
    talk = assistant.ask("Is veel overleg erg?")
    assert "overlegclubs" in talk.answer, talk.answer
    owner = assistant.ask("Wie is eigenaar van de keten?")
    assert "verantwoordelijk" in lead(owner.answer), owner.answer


def test_thinking_only_of_oneself_is_eigenbelang(assistant: Assistant) -> None:
    """``glossary.yaml`` nl_phrases 'aan zichzelf denkt': "Wat doe je met een partner die alleen aan zichzelf
    denkt?" answered that no partner reaches the goal alone (twenty-eighth session)."""
    answer = assistant.ask("Wat doe je met een partner die alleen aan zichzelf denkt?")
    assert "eigen belangen" in lead(answer.answer) or "eigenbelang" in lead(answer.answer), answer.answer


def test_a_participle_with_a_long_vowel_is_its_verb(assistant: Assistant) -> None:
    """``inflections.verb_forms``: 'formuleren' (stem 'formuler') is said by "wordt samen geformuleerd" ('formuleer');
    "Wie moet de ketendoelstelling formuleren?" led with a list of what a goal does. "wordt het vaakst
    vergeten" is what needs extra attention (``glossary.yaml``; twenty-eighth session)."""
    from assistant.inflections import verb_forms

    assert verb_forms(["formuler"], {"formuleer"}) == {"formuler": frozenset({"formuleer"})}
    answer = assistant.ask("Wie moet de ketendoelstelling formuleren?")
    assert "samen geformuleerd" in lead(answer.answer), answer.answer
    forgotten = assistant.ask("Welke dimensie wordt het vaakst vergeten?")
    assert "extra aandacht" in forgotten.answer, forgotten.answer


def test_english_risks_are_the_dossiers_riskant(assistant: Assistant) -> None:
    """``glossary.yaml`` en_nl 'risks': "What are the biggest risks when working in a chain?" led with a
    Ruiterman quote once 'working' was also 'samenwerking' (twenty-eighth session)."""
    answer = assistant.ask("What are the biggest risks when working in a chain?")
    assert "Ruiterman" not in answer.answer, answer.answer
    assert "riskant" in answer.answer or "risico" in answer.answer, answer.answer


def test_a_source_asked_for_what_a_heading_of_its_says_answers_from_that_section(
    assistant: Assistant,
) -> None:
    """``routing._source_heading`` and ``extractive.HEADED_BONUS``: "Wat is het doel van Ketens de baas?" led with
    "Een te ambitieuze ketendoelstelling …" (the glossary's 'doelstelling' for 'doel'), while the dossier's
    section 'Doel' says what it wants (new informal questions, thirty-sixth session)."""
    answer = assistant.ask("Wat is het doel van Ketens de baas?")
    assert answer.answer.startswith("Ketens de baas wil bestuurders en managers handvatten geven"), (
        answer.answer
    )
    # the dossier asked by the word its text calls it (``question.PLACED_IN``), what it means to offer is no
    # signpost then (``signposts.PURPOSE_OF``), and "… reikt daarvoor …" follows what it points back to
    # (``coherence.REFERRING``): it led, then Morgens on a common goal
    dossier = assistant.ask("Wat is het doel van het dossier?")
    assert dossier.answer.startswith("Ketens de baas wil bestuurders en managers handvatten geven"), (
        dossier.answer
    )


def test_resisting_to_work_in_a_chain_is_resistance(assistant: Assistant) -> None:
    """Glossary 'resist working' → 'resist': "why do partners resist working in a chain?" read 'working' as 'werken
    samenwerking' and quoted getting to know each other's work, nothing on the resistance (fifty-fourth session)."""
    answer = assistant.ask("why do partners resist working in a chain?")
    assert "macht en autonomie" in answer.answer, answer.answer
    assert "elkaars werk te leren kennen" not in lead(answer.answer), answer.answer


def test_changing_a_told_situation_is_dealing_with_it(assistant: Assistant) -> None:
    """Glossary 'hoe verander ik dat' → 'hoe pak ik dat aan': "Mijn medewerkers zien de keten als extra werk. Hoe verander
    ik dat?" searched 'verander' and led with the new edition's "… de samenleving verandert …" (fifty-fourth session)."""
    answer = assistant.ask("Mijn medewerkers zien de keten als extra werk. Hoe verander ik dat?")
    assert "verandert" not in lead(answer.answer), answer.answer
    assert "medewerkers" in lead(answer.answer), answer.answer
