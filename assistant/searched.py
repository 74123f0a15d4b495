"""What the lexical search looks for besides the question's focus: what the index knows of its words.

The focus and its glossary words are the query (``search_text.lexical_query``, ``glossary.expand_query``);
the index adds what a manager's wording cannot give BM25 by itself: a compound's part the corpus
does use, the name the corpus gives a numbered thing, and the kinds of a noun that a list or an
example asks for. Split from ``chain.py`` (seventeenth session).
"""

from __future__ import annotations

import re
from collections.abc import Container

from assistant.brackets import carried
from assistant.generators.scoring import UBIQUITOUS_IDF
from assistant.glossary import counted_as, dutch_focus, expand_query, translated_synonyms
from assistant.inflections import along_roots, participles, verb_forms
from assistant.neardomain import counted_noun
from assistant.question import Question, focus_of
from assistant.question_objects import (
    DOMAIN_PLACE,
    example_field,
    example_object,
    example_qualified,
    example_subject,
    listed_noun,
)
from assistant.remedies import REMEDY_SEARCHED, asks_remedy
from assistant.search_text import lexical_query
from assistant.situation import condition_told
from assistant.superlatives import asked_rank
from assistant.verbs import particle_at_end
from assistant.yields import (
    BENEFIT_SEARCHED,
    JOINING_ASKED,
    asks_yield,
    without_beneficiary,
    without_yield_nouns,
)
from ingest.index import Index
from ingest.lexical import LexicalIndex
from ingest.numbered import asked_numbers, asks_number
from ketenwijzer.compounds import adjective_in, as_typed, first_part, last_parts, nouns_of, verbal_compounds
from ketenwijzer.text import stems

INSTANCES = 6
"""Kinds of the asked word an example question searches too (``LexicalIndex.kinds_of``; sixteenth session)."""
LISTED_KINDS = 2
"""A list question searches the compounds that name a kind of its noun, this many at most: "Welke
dimensies zijn er?" found each dimension's own section, not the sentence listing the four
'besturingsdimensies' (new informal questions, seventeenth session; ``tests/test_lead_rules.py``)."""


def searched_part(stem: str, vocabulary: Container[str]) -> str | None:
    """For a compound stem the index never uses, the part retrieval searches too: its first part
    ('jeugdzorgketen' → 'jeugdzorg'), else its longest last part ('ketenambitie' → 'ambitie': 'keten'
    stems to 'keet', so it has no first part; fifteenth session)."""
    if stem in vocabulary:
        return None
    return first_part(stem, vocabulary) or max(last_parts(stem, vocabulary), key=len, default=None)


def searched_parts(text: str, vocabulary: Container[str]) -> list[str]:
    """``searched_part`` of each stem of ``text`` that has one."""
    return [p for p in (searched_part(t, vocabulary) for t in stems(text)) if p]


BEGUN = 3
"""Compounds a word the index never uses may begin, at most, to be searched (``begun_compounds``)."""


def begun_compounds(focus: str, lexical: LexicalIndex) -> list[str]:
    """For each focus word of 6+ letters whose stem the index never uses, the indexed compounds it
    begins as typed (``compounds.as_typed``; at most ``BEGUN``: a corpus-wide modifier begins many): "Hoe werkt escalatie in een keten?" found
    nothing on 'escalatieprocedures' and quoted the culturele dimensie (new informal questions,
    thirty-second session; ``tests/test_lead_rules.py``). As typed, not as stemmed: the stem 'project' of
    'ICT-projecten' begins 'projectleider', and "Waarom lopen ICT-projecten in ketens zo vaak vast?" quoted
    the NORA's projectleider (held-apart practical p27, †)."""
    return sorted(
        {
            c
            for word, stem in as_typed(focus).items()
            if stem not in lexical.postings
            for typed in (word, *nouns_of(word), *adjective_in(word))
            for c in lexical.compounds_of(typed, BEGUN)
        }
    )


def _about_the_domain(focus: str, lexical: LexicalIndex | None) -> bool:
    """Every focus stem the index knows is in a quarter of the passages or more (``LexicalIndex.broad``): the
    yield of the whole domain is asked, and the words that say a yield are searched
    (``yields.BENEFIT_SEARCHED``). Of a rarer thing they found Morgens' yield of chain cooperation:
    "Wat levert een ketenbureau op?" led with it (new informal questions, thirty-second session;
    ``tests/test_lead_rules.py``)."""
    if lexical is None:
        return True
    return lexical.broad(t for t in stems(focus) if t in lexical.postings)


EXAMPLE_WORD = re.compile(r"\b(?:\w*voorbeeld\w*|examples?)\b", re.I)
"""The word that asks for an example. Of a follow-up's carried topic it is not searched: "Geef een voorbeeld"
after "Waarom mislukken ketens?" found the passages that use 'voorbeeld' most (the ketenkaart's example of
a building block), not those on the topic (new informal follow-ups, thirty-eighth session)."""


def _example_of_carried(standalone: str) -> bool:
    """A follow-up that asks an example of the topic it carries, naming no thing of its own."""
    found = carried(standalone)
    return found is not None and bool(found.topic) and example_object(found.asked) is None


def _example_qualified(analysis: Question, standalone: str, lexical: LexicalIndex | None) -> bool:
    """An example asked of a thing and a telling word besides it ("een voorbeeld van ketensamenwerking bij
    gemeenten", "een keten waar gemeenten in zitten"): the word that asks the example is not searched, so the
    passages that name the qualifier are not outranked by those that say 'voorbeeld' most (the ketenkaart's
    example of a building block led, and the second was declined; new informal questions, forty-second
    session; ``tests/test_lead_rules.py``). Telling: a word the index knows in fewer than a third of its
    passages (``scoring.UBIQUITOUS_IDF``)."""
    if analysis.kind != "example" or analysis.source_doc_ids:
        # inside one source the word stays: there it finds that source's example (held-apart conversations v01.t3,
        # "Heb je daar een praktijkvoorbeeld van?" of Morgens, was declined when this rule dropped it; †)
        return False
    if example_field(standalone):
        # an example in a field is found by the field's kinds: "Heb je een voorbeeld van een keten in de zorg?" led with
        # the ketenkaart, "… als voorbeeld van een bouwsteen" (forty-sixth session)
        return True
    if lexical is None:
        return False
    noun = example_object(standalone) or example_qualified(standalone)[0]
    own = set(stems(noun or "")) | set(stems(" ".join(EXAMPLE_WORD.findall(analysis.focus))))
    return any(
        t not in own and t in lexical.postings and lexical.idf(t) >= UBIQUITOUS_IDF
        for t in stems(EXAMPLE_WORD.sub(" ", analysis.focus))
    )


def lexical_search(analysis: Question, standalone: str, language: str, index: Index) -> str:
    """The lexical query of a (standalone) question: its focus and glossary words, and what the
    index adds for them (see the module docstring); the index need not be ready."""
    ready = index.is_ready()
    lexical = index.lexical if ready else None
    vocabulary = lexical.postings if lexical is not None else {}
    searched = lexical_query(analysis)
    if analysis.kind == "example" and not analysis.source_doc_ids and _example_of_carried(standalone):
        # searched inside one source the word stays: there it finds that source's example (conversations
        # v01.t3, "Heb je daar een praktijkvoorbeeld van?" of Morgens, was declined without it)
        searched = EXAMPLE_WORD.sub(" ", searched)
    elif _example_qualified(analysis, standalone, lexical):
        searched = EXAMPLE_WORD.sub(" ", searched)
    listed = listed_noun(standalone) if analysis.kind == "list" else None
    if analysis.instances_of:
        # the whole domain's place names no passage: "Welke ketens zijn er in Nederland?" found the
        # "Nederlandse Overheid Referentie Architectuur" (thirty-eighth session)
        searched = re.sub(DOMAIN_PLACE, " ", searched, flags=re.I)
    words = [expand_query(searched, language, vocabulary, [*analysis.names, condition_told(standalone)])]
    if language == "en" and analysis.source_doc_ids:
        # searched inside one source, an English word is found by its Dutch synonyms too: "What does the NORA
        # dossier say about ambition?" searched 'ambitie' alone, missed the dossier's ketendoelstelling and
        # was told the dossier says nothing (thirty-eighth session; in every source it cost tuning e01 its rank)
        words += translated_synonyms(analysis.focus)
    if language == "nl":
        # a compound the index never uses is searched by its first part too ('jeugdzorgketen':
        # "Welke partijen zitten in de jeugdzorgketen?" found no passage on the jeugdzorg); only
        # focus words: read off the whole question it searched 'praktijk' for "Heb je daar een
        # praktijkvoorbeeld van?" (conversations v03 on the tuning half lost its lead; ninth session)
        words += searched_parts(analysis.focus, vocabulary)
        # a noun and its verb as the corpus's verbal noun ('ketens vormen': 'ketenvorming')
        words += sorted(verbal_compounds(standalone, vocabulary))
        # a verb the index knows only as the corpus inflects it: 'betalen' is found in "de vraag wie
        # wat betaalt" ("Moet elke partner evenveel betalen?" found nothing on paying and was
        # declined; twenty-seventh session); an infinitive only ('aansturing' is no 'aanstuurt')
        # and a verb typed with its -t the index knows only bare ('beheert': "verantwoordelijk voor het beheer van de
        # NORA"; "Wie beheert de NORA?" found no ICTU passage and was declined; forty-fifth session)
        # (not before a particle at the end: "Voert de ketenorganisatie zelf werk uit?" found "de boventoon voeren")
        endings = ("en", "t") if not particle_at_end(standalone) else ("en",)
        unknown = [
            t
            for w in analysis.focus.split()
            if w.endswith(endings)
            for t in stems(w)[:1]
            if t not in vocabulary
        ]
        words += sorted({f for forms in verb_forms(unknown, vocabulary).values() for f in forms})
        # an infinitive the corpus also writes as its participle ('regelen': "goed geregeld")
        words += sorted({short for _, short in participles(analysis.focus, vocabulary)})
        # a separable verb the reader typed whole, by its root ('inleveren': "leveren … in"; twenty-eighth
        # session); not one the analysis joined from the question's own split words, which are searched
        typed = [
            t
            for w in analysis.focus.split()
            if w.endswith("en") and w in analysis.text.lower()
            for t in stems(w)[:1]
            if t not in vocabulary
        ]
        words += sorted(
            {f for forms in verb_forms(typed, vocabulary, separable=True).values() for f in forms}
        )
        # a verb with 'mee' by its root's forms ('meebetalen': "wie wat betaalt"; ``inflections.ALONG``)
        words += sorted({f for forms in along_roots(typed, vocabulary).values() for f in forms})
    subject = without_yield_nouns(without_beneficiary(analysis.focus, standalone))
    if language == "en":
        # the English yield of the whole domain is looked for as the Dutch one ("What does chain cooperation
        # bring?" quoted Boissevain on a dossier; forty-fourth session, ``tests/test_lead_rules.py``)
        subject = dutch_focus(subject, vocabulary) if vocabulary else ""
    if JOINING_ASKED.search(standalone) or (
        asks_yield(standalone, broad=True) and subject and _about_the_domain(subject, lexical)
    ):
        words.append(BENEFIT_SEARCHED)
    counted = counted_noun(standalone) if language == "nl" else None
    if counted:
        # a count is looked for under the nouns the sources may count it by: "Hoeveel partners heeft een keten
        # nodig?" never reached "minstens twee onafhankelijke organisaties" and was declined (forty-second
        # session; ``glossary.counted_as``, ``tests/test_abstention.py``)
        words += counted_as(counted)
    if analysis.kind == "advice" and asks_remedy(standalone):
        words.append(REMEDY_SEARCHED)
    rank = asked_rank(standalone) if carried(standalone) else ""
    if rank:
        # the superlative asked is searched too: "welke daarvan is het belangrijkst?" after Morgens'
        # success factors found its first passage, not "De belangrijkste succesfactor …" (twenty-seventh
        # session); a generic word otherwise (``focus_words.GENERIC``), and only in a follow-up:
        # 'grootste' in "Wat is de grootste valkuil …?" found "de grootste partner"
        words.append(rank.split()[-1])
    if ready and asks_number(standalone):
        # "Wat is pijler 3?": a lone digit is no word; the corpus's name for it is searched too
        names = index.numbered()
        references = asked_numbers(standalone, names)
        words += [names[f"{noun} {n}"] for noun, n in references if f"{noun} {n}" in names]
    if lexical is None:
        return " ".join(words)
    if language == "nl":
        # a word the corpus uses only as a compound's first part is searched by those compounds
        words += begun_compounds(analysis.focus, lexical)
    if listed and language == "nl":
        # "Welke dimensies zijn er?" is answered where the dossier lists its 'besturingsdimensies'
        words += [k for t in stems(listed) for k in lexical.kinds_of(t, LISTED_KINDS)]
        if analysis.instances_of:
            # "Welke ketens zijn er?" of the domain's own word asks which ones: its kinds are searched as an
            # example's are (it led with the dossier's eight pillars; thirty-eighth session)
            words += [k for t in stems(listed) for k in lexical.kinds_of(t, INSTANCES)]
    thing = example_subject(standalone) if analysis.kind == "example" else None
    if thing:
        # "Geef een voorbeeld van een keten." is answered by a kind of it ('strafrechtketen')
        kinds = stems(expand_query(thing, language, vocabulary))
        words += [k for t in kinds for k in lexical.kinds_of(t, INSTANCES)]
    return " ".join(words)


def instances_asked(kind: str, standalone: str, lexical: LexicalIndex | None) -> str:
    """The listed noun of a list question that asks which instances of the domain word there are
    (``asks_instances``), else ''."""
    listed = listed_noun(standalone) if kind == "list" else None
    return listed if listed and lexical is not None and asks_instances(listed, lexical) else ""


def asks_instances(listed: str, lexical: LexicalIndex) -> bool:
    """A list of the corpus's own domain word in the plural ('ketens', in a quarter of the passages or more)
    asks which ones there are: its instances, as an example question does. Not a mass noun: "Welke soorten
    samenwerking zijn er?" asks kinds, and 'ketensamenwerking' is none (a full test run caught it)."""
    if not listed.lower().endswith(("s", "en")):
        return False
    terms = [t for t in stems(listed) if t in lexical.postings]
    return bool(terms) and lexical.broad(terms)


def named_sides(analysis: Question, index: Index) -> None:
    """A comparison side asked by number ("pijler 3") is searched and labelled by the name the
    corpus gives it ("Pijler 3 (vertrouwen tussen ketenpartners)"): both sides were 'pijler' and the
    answer quoted the list of all eight (new informal questions, seventeenth session;
    ``tests/test_comparison_rules.py``)."""
    if not analysis.sides or not index.is_ready():
        return
    numbered = [asked_numbers(side.label) for side in analysis.sides]
    if not any(numbered):
        return
    names = index.numbered()
    named: list[str] = []
    for side, references in zip(analysis.sides, numbered, strict=True):
        found = [names[f"{noun} {n}"] for noun, n in references if f"{noun} {n}" in names]
        if found:
            side.query = " ".join([side.query, *found])
            side.label = f"{side.label} ({', '.join(found)})"
            named += found
    # and the question is about what the names say: with only 'pijler' twice as its focus, the
    # list of all eight pillars outranked each pillar's own sentences and both sides shared one
    # label (new informal comparisons, twenty-first session; ``tests/test_comparison_rules.py``)
    said = [w for w in focus_of(" ".join(named)).split() if w not in analysis.focus.split()]
    if said:
        analysis.focus = " ".join([analysis.focus, *said]).strip()
