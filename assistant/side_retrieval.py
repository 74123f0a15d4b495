"""Retrieval for a comparison: each side searched on its own, so every side reaches the generator.

Split from ``retriever.py`` (thirty-sixth session, when it passed 400 lines); ``routing.py`` calls
``retrieve_sides`` for a question of two sides or more. A side's word also searches the few compounds it
begins (``with_compounds``), a side filtered to a named source searches the whole subject too
(``side_dense_query``), a publication weighed as a whole starts from its message (``_with_message``), and a
person's side whose passages never name the person gets those that do (``_person_passages``).
"""

from __future__ import annotations

import re

from assistant.glossary import expand_query, translated_synonyms
from assistant.question import Question, Side
from assistant.retriever import HybridRetriever, Retrieval
from assistant.searched import searched_parts
from ingest.lexical import LexicalIndex
from ketenwijzer.models import Passage
from ketenwijzer.text import stems, words


def retrieve_sides(
    retriever: HybridRetriever, question: Question, k: int | None = None, doc_ids: list[str] | None = None
) -> Retrieval:
    """A comparison: retrieve for each side on its own, so every side reaches the generator.

    The sides' passages are interleaved (best of each side first); each side remembers
    its chunks (``Side.chunk_ids``) so the composer can label them.
    """
    k = k or retriever.settings.top_k
    per_side = max(3, k // 2 + 1)
    results: list[Retrieval] = []
    queries: list[tuple[str, list[str] | None]] = []
    for side in question.sides:
        allowed = [d for d in side.doc_ids if not doc_ids or d in doc_ids] if side.doc_ids else doc_ids
        query = expand_query(
            side.query or question.focus or question.text,
            question.language,
            retriever.index.lexical.postings,
            question.names,
        )
        if question.language == "en" and side.doc_ids:
            # searched inside one source, an English word is found by its Dutch synonyms too (as in
            # ``searched.lexical_search``): "do they agree?" after "What does Morgens say about ambition?" and "and
            # GBO?" found nothing of GBO's on 'ambitie', where Groothedde names "een helder gezamenlijk doel"
            # (new informal follow-ups, forty-ninth session; ``tests/test_comparison_rules.py``)
            query = " ".join([query, *translated_synonyms(side.query or question.focus or "")])
        # an English side's compounds are those of its Dutch words ('estafette' → 'estafetteverbanden')
        query = with_compounds(
            query, query if question.language == "en" else side.query, retriever.index.lexical
        )
        queries.append((query, allowed))
        results.append(
            retriever.retrieve(query, per_side, allowed or None, dense_query=side_dense_query(question, side))
        )
    pool = [p.text for found in results for p in found.passages]
    for i, side in enumerate(question.sides):
        query, allowed = queries[i]
        parts = (
            searched_parts(side.query, retriever.index.lexical.postings) if question.language == "nl" else []
        )
        if parts and not any(_uses(text, [*stems(side.query), *parts]) for text in pool):
            # a compound no passage uses, and no side found its part: searched by that part
            # ('netwerkmodel' → 'netwerk': "Vergelijk het estafettemodel met het netwerkmodel." had
            # no second side; twenty-seventh session)
            results[i] = retriever.retrieve(
                " ".join([query, *parts]),
                per_side,
                allowed or None,
                dense_query=side_dense_query(question, side),
            )
        if (
            question.views_only
            and side.doc_ids
            and allowed
            and not side.person
            and (VIEWS_WEIGHED.search(question.text) or question.overview)
        ):
            results[i].passages = _with_message(retriever, results[i].passages, allowed, per_side)
        if question.people and side.label and not _names(side.label, results[i].passages):
            # first: what names the person is more that side's than what its subject found
            own = results[i].passages
            results[i].passages = [*_person_passages(retriever, side.label, query, own, allowed), *own]
        side.chunk_ids = [p.chunk_id for p in results[i].passages]
    merged: list[Passage] = []
    seen: set[str] = set()
    for rank in range(per_side):
        for found in results:
            if rank < len(found.passages) and found.passages[rank].chunk_id not in seen:
                merged.append(found.passages[rank])
                seen.add(found.passages[rank].chunk_id)
    return Retrieval(
        passages=merged,
        dense_top=max((r.dense_top for r in results), default=0.0),
        lexical_hits=[h for r in results for h in r.lexical_hits],
        dense_hits=sorted((h for r in results for h in r.dense_hits), key=lambda h: -h[1]),
    )


def _person_passages(
    retriever: HybridRetriever, person: str, query: str, found: list[Passage], allowed: list[str] | None
) -> list[Passage]:
    """For a person's side whose passages never name the person, the best passages that do, searched with
    the name: "Wat hebben Groothedde en Froger gemeen over succesfactoren?" searched 'succesfactoren' twice
    in the same report, Froger's side found only Groothedde's list, and the answer had no sides (new
    informal follow-ups, thirty-sixth session; ``tests/test_speaker_questions.py``)."""
    ids = {p.chunk_id for p in found}
    extra = retriever.retrieve(f"{person} {query}", PERSON_PASSAGES + len(found), allowed or None).passages
    return [p for p in extra if p.chunk_id not in ids and _names(person, [p])][:PERSON_PASSAGES]


def _with_message(
    retriever: HybridRetriever, found: list[Passage], doc_ids: list[str], limit: int
) -> list[Passage]:
    """A source compared on its view as a whole starts from what presents its message
    (``summary_passages``: its summary, else its opening), then what its name found: "Waar zijn
    Morgens en het dossier het over eens?" gave the dossier's side as "Het dossier werd eind juli
    2013 op NORA Online geplaatst", found by searching the dossier's name in it (twenty-seventh
    session; ``tests/test_comparison_rules.py``)."""
    message = retriever.summary_passages(doc_ids)[:MESSAGE_CHUNKS]
    ids = {p.chunk_id for p in message}
    return [*message, *(p for p in found if p.chunk_id not in ids)][: limit + len(message)]


SIDE_COMPOUNDS = 4
"""A comparison side's word searches the corpus's compounds that start with it as well, when it
makes at most this many ('estafette' → 'estafetteverbanden', 'estafettemodel'): "Wat is beter:
estafette of netwerk?" found no passage on the estafette (new informal questions, ninth session;
``tests/test_comparison_rules.py``). A word that makes more ('keten') is a modifier of the whole
corpus and would find everything."""


def with_compounds(query: str, side_words: str, lexical: LexicalIndex) -> str:
    """``query`` with the indexed compounds of each of ``side_words`` (``SIDE_COMPOUNDS``)."""
    extra = [
        c for stem in stems(side_words) if len(stem) >= 5 for c in lexical.compounds_of(stem, SIDE_COMPOUNDS)
    ]
    return f"{query} {' '.join(extra)}" if extra else query


PERSON_PASSAGES = 2
"""Passages naming a person added to the person's comparison side when none it found names him."""


def _names(person: str, passages: list[Passage]) -> bool:
    """One of ``passages`` names ``person`` (a word of the name, as written)."""
    return any(re.search(rf"\b{re.escape(person)}", p.text, re.I) for p in passages)


def _uses(text: str, stems_or_parts: list[str]) -> bool:
    """Some word of ``text`` begins with one of the stems or parts ('estafet' in 'estafetteverbanden')."""
    beginnings = tuple(s for s in stems_or_parts if s)
    return bool(beginnings) and any(w.startswith(beginnings) for w in re.findall(r"\w+", text.lower()))


VIEWS_WEIGHED = re.compile(
    r"\b(?:eens|oneens|gemeen|hetzelfde|dezelfde|overeen\w*|verschil\w*|anders|agree\w*|differ\w*|same|in\s+common)\b",
    re.I,
)
"""Views set side by side as wholes (agree, differ, share): a publication's side starts from its
message. "Wat heeft Cor Franke met Ketens de baas te maken?" asks how the two are related, which the
passages that name both say (``tests/test_comparison_rules.py``)."""
MESSAGE_CHUNKS = 2
"""Passages of a source's summary (or opening) that a views-only comparison side starts from."""


def side_dense_query(question: Question, side: Side) -> str:
    """What a comparison side's dense search looks for: the side's own words, and, for a side
    filtered to a named source, the whole subject too.

    "Lijken de weerstanden uit Ketens de baas op de knelpunten die Morgens noemt?": 'knelpunten'
    alone finds no Morgens passage on obstacles; 'knelpunten weerstanden' within Morgens finds
    "… is echter niet eenvoudig" (comparison c01, both_sides_cited on the tuning split). A side
    that is a concept searched over the whole corpus keeps its own words only: with the shared
    subject both sides find the same passages (nora n58 lost its second side).
    """
    defined = DEFINITION_ASKED.search(question.text)
    if side.doc_ids and defined:
        # "Wat zeggen Ketens de baas en de GEMMA over wat een keten is?": each source's definition
        # (the side 'keten' alone found the dossier's Grijpink sentence; sixteenth session)
        return f"Wat is een {defined['term'] or defined['held']}?"
    if side.doc_ids and question.focus:
        return f"{side.query} {question.focus}".strip()
    if question.language == "en" and side.query:
        # an English concept side in the corpus's words: "a chain" (or "a chain keten") did not find the
        # dossier's definition of a keten ("What is the difference between a chain and a network?";
        # thirtieth session)
        typed = set(words(side.query))
        dutch = [w for w in words(expand_query(side.query, "en")) if w not in typed]
        return " ".join(dutch) or side.query
    return side.query or question.text


DEFINITION_ASKED = re.compile(
    r"\bwat\s+(?:een\s+|de\s+|het\s+)?(?P<term>[\w-]+)\s+(?:is|zijn|betekent|inhoudt)\b"
    r"|\b(?:een|de|het)\s+(?P<held>[\w-]+)\s+(?:definiëren|definieren|definieert|omschrijven|omschrijft)\b",
    re.I,
)
"""A definition asked inside a comparison of sources ("… over wat een keten is?", "hoe ze een keten
definiëren"): each side searches for its definition."""
