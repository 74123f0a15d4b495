"""The words a question asks, what counts as saying each, and how much each weighs.

The extractive scorer (``extractive.py``) reads every unit against these terms: a glossary synonym,
a compound's head or first part, a verb's other form and a separable verb written apart all count
as the word itself. Split from ``extractive.py`` (twenty-ninth session) when it passed 400 lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass

from assistant.focus import VIEW_WORDS
from assistant.generators import rules
from assistant.generators.scenes import ASKS_WHEN
from assistant.generators.scoring import balanced, compounds, first_parts, tails, typed_parts
from assistant.generators.units import Unit, mentions
from assistant.glossary import alternatives, counted_as, expand_query, glossed, joined_words
from assistant.inflections import along_roots, participles, verb_forms
from assistant.neardomain import counted_noun
from assistant.question import Question
from assistant.situation import condition_told
from assistant.verbs import typed_whole, writes_apart
from ketenwijzer.compounds import compound_stems, verbal_compounds
from ketenwijzer.text import stems, words


@dataclass(frozen=True)
class QueryTerms:
    """The stems asked (``terms``), the glossary's alternatives per word (``alt``), every form that
    counts as saying a stem (``also``) and each stem's balanced idf weight (``weights``)."""

    terms: set[str]
    alt: dict[str, set[str]]
    also: dict[str, frozenset[str]]
    weights: dict[str, float]


def mark_said_apart(
    query: str, language: str, analysis: Question, units: list[Unit], known: Container[str]
) -> None:
    """Give a unit that writes an asked separable verb apart, or an asked verb as its participle, that
    verb's stems, so it counts as saying it."""
    joined = analysis.joined
    if joined is not None and joined.word:
        # "Wie stelt hem aan?" ('aanstellen') is answered by "… stellen … een ketenmanager aan"
        said = frozenset(compound_stems(joined.word))
        for unit in units:
            if writes_apart(unit.quote, joined):
                unit.stems = unit.stems | said
    for whole in typed_whole(query, known) if language == "nl" else []:
        # 'inleveren' typed whole is said apart: "Ketenpartners leveren … in" (twenty-eighth session);
        # only in a sentence that names the rest asked too: "Moet ik een ketenregisseur aanstellen?"
        # is not answered by "Veel ketens stellen … een ketenmanager aan"
        said = frozenset(compound_stems(whole.word))
        rest = set(compound_stems(query)) - said
        for unit in units:
            if writes_apart(unit.quote, whole, anywhere=True) and all(mentions(unit.stems, t) for t in rest):
                unit.stems = unit.stems | said
    for stem, short in participles(query, known) if language == "nl" else []:
        # 'regelen' is said by "… goed geregeld zijn" ('regel'), not by "de regels" (thirtieth session)
        for unit in units:
            if short in unit.stems and any(
                w.startswith("ge") and stems(w)[:1] == [short] for w in words(unit.quote.lower())
            ):
                unit.stems = unit.stems | {stem}


def _merge_kept_english(
    query: str, q_terms: set[str], alt: dict[str, set[str]], known: Container[str]
) -> None:
    """An English word kept because the index knows its stem ('problem', the stem of 'problemen') and its one-word
    Dutch translation ('probleem') are one term: the translation counts as the English word instead of weighing
    again. "What is the problem with hierarchy in a chain?" weighed 'problem' twice and led with the definition of
    the ketenprobleem over "… die uitgaan van hiërarchie …" (forty-fourth session, ``tests/test_lead_rules.py``)."""
    for w in words(query):
        dutch = glossed(w).split()
        kept, translated = compound_stems(w), compound_stems(dutch[0]) if len(dutch) == 1 else []
        if len(kept) != 1 or kept[0] not in known or kept[0] not in q_terms or len(translated) != 1:
            continue
        if translated[0] != kept[0] and translated[0] in q_terms:
            q_terms.discard(translated[0])
            alt.setdefault(kept[0], set()).update({translated[0], *alt.pop(translated[0], set())})


THERE_IS = re.compile(r"^\W*(?P<verb>zit|zitten)\s+er\b", re.I)
"""'Zit er …?' asks whether there is something, as 'Is er …?' does: 'zit' is no word of the subject. "Zit er verschil
tussen wat Groothedde en Froger zeggen?" gave Froger's side as "… zat in de Raad van Bestuur …" (forty-seventh
session, ``tests/test_speaker_questions.py``)."""


def query_terms(
    query: str,
    language: str,
    analysis: Question,
    units: list[Unit],
    known: Container[str],
    idf: Callable[[str], float],
) -> QueryTerms:
    """The terms of ``query`` the scorer looks for in ``units``, with what counts as each and its weight."""
    alt = alternatives(query, language)
    counted = counted_noun(analysis.text) if language == "nl" else None
    if counted and counted_as(counted) and stems(counted):
        # a noun counted counts by the nouns the sources count it by (``glossary.counted_as``): "Hoeveel partners
        # heeft een keten nodig?" led with the ketenprobleem over "minstens twee onafhankelijke organisaties"
        # (forty-second session, ``tests/test_abstention.py``)
        alt.setdefault(stems(counted)[0], set()).update(stems(" ".join(counted_as(counted))))
    if language == "nl":
        # a noun and its verb are said by their verbal noun, as in the gate ('ketens vormen': "Ketenvorming hangt …
        # samen met afhankelijkheid" over "Naast ketens bestaan er veel andere vormen …"; forty-eighth session)
        for compound, parts in verbal_compounds(analysis.text, known).items():
            for part in parts:
                alt.setdefault(part, set()).add(compound)
    # the reader's condition after a thing asked is searched as typed (``situation.CONDITION_TOLD``)
    unglossed = [*analysis.names, condition_told(analysis.text)]
    q_terms = set(compound_stems(expand_query(query, language, known, unglossed)))
    q_terms -= set().union(*alt.values()) - set(alt)  # a synonym counts as its word
    if language == "en":
        # an English word the glossary translates counts as its Dutch words only: unknown to the index,
        # 'chain' outweighed 'keten' and every side of "How do the GEMMA and the dossier differ on
        # chains?" read as off the subject (it was declined; twenty-eighth session)
        q_terms -= {t for w in words(query) if glossed(w) for t in compound_stems(w) if t not in known}
        # a word of a compound is that compound ('director' of 'chain director': ``glossary.joined_words``)
        joined = {t for w in joined_words(query, known) for t in compound_stems(w)}
        if q_terms - joined:
            q_terms -= joined
        _merge_kept_english(query, q_terms, alt, known)
    q_terms = rules.without_sources(q_terms, analysis)
    there = THERE_IS.match(analysis.text)
    if there and len(q_terms) > 1:
        q_terms -= set(compound_stems(there["verb"]))
    if (when := ASKS_WHEN.search(analysis.text)) and len(q_terms) > 1:
        # "Waar vond het seminar plaats?": 'plaats' frames the question, as 'gehouden' does; it led with "Het seminar is
        # een initiatief van …" beside "… buiten het centrum durven plaatsen" (forty-eighth session)
        framing = set(
            compound_stems(" ".join(re.findall(r"plaats|gehouden|georganiseerd", when.group(0), re.I)))
        )
        if q_terms - framing:
            q_terms -= framing
    views = set(compound_stems(" ".join(VIEW_WORDS)))
    # 'leert' in "Wat leert het voorbeeld" asks for the message, it is no 'leren kennen'
    forms = {t: f for t, f in verb_forms(q_terms, known).items() if not f & views}
    if language == "nl":
        # 'meebetalen' is said by "wie wat betaalt" (``inflections.ALONG``)
        for term, roots in along_roots(q_terms, known).items():
            forms[term] = forms.get(term, frozenset()) | roots
    if analysis.views_only:
        # 'leren', 'visie', 'belangrijk' ask for a source's message: no word to match
        q_terms -= views
    if analysis.overview:
        # a summary of several sources has no word to match but its subject: 'overzicht' of "Geef een
        # overzicht van de bronnen" led GBO's part with a remark on 'druk' (twenty-ninth session)
        q_terms &= set(compound_stems(analysis.focus or ""))
    heads = compounds(q_terms, units)
    tail = tails(q_terms, known)
    # an English word is no Dutch compound ('organised' is no 'organ…')
    first = first_parts(q_terms, known, units) if language == "nl" else {}
    typed = typed_parts(query, q_terms, units) if language == "nl" else {}
    also = {
        t: frozenset(alt.get(t, ()))
        | heads.get(t, frozenset())
        | tail.get(t, frozenset())
        | first.get(t, frozenset())
        | forms.get(t, frozenset())
        | typed.get(t, frozenset())
        for t in q_terms
    }
    weights = balanced({t: idf(t) for t in q_terms})
    for t in rules.speaker_stems(q_terms, analysis):
        weights[t] *= rules.SPEAKER_SHARE
    return QueryTerms(q_terms, alt, also, weights)
