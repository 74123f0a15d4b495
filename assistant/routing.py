"""Which retrieval a question gets: per side for a comparison, the named source's own passages for
a summary, filtered to a named source, passages of signposts lower for subject questions, counting
passages for a count question. The chain (``chain.py``) calls ``route``; the retriever
(``retriever.py``) does the searching.
"""

from __future__ import annotations

import re

from assistant.alternatives import with_siblings
from assistant.brackets import carried
from assistant.generators.defining import defined_word, defining, english_defining, english_term, term_chunks
from assistant.generators.part_definitions import part_definition
from assistant.generators.rules import name_pattern
from assistant.lengths import without_length_asked
from assistant.neardomain import counted_noun
from assistant.phrases import pinned_of, quoted_phrases, with_pinned
from assistant.question import FILLERS, Question, Side, analyse
from assistant.retriever import HybridRetriever, Retrieval
from assistant.side_retrieval import retrieve_sides
from assistant.signposts import locates
from assistant.sources import SourceDirectory
from ketenwijzer.models import Passage
from ketenwijzer.text import fold, sentences, stems

PERSPECTIVE_SIDES = 3
"""Sources asked at most when a question asks for views without naming sources."""
PERSPECTIVE_POOL = 30
"""Passages looked through for the sources that speak to such a question."""
PERSPECTIVE_RATIO = 0.5
"""A source is asked when its best passage scores at least this share of the best passage."""
SUBJECT_KINDS = frozenset({"advice", "cause", "consequence", "example"})
"""Kinds that ask about the subject, never about a publication: passages of signposts rank lower
(``HybridRetriever.demote_signposts``)."""


def route(
    retriever: HybridRetriever,
    directory: SourceDirectory,
    query: str,
    analysis: Question,
    k: int | None,
    doc_ids: list[str] | None,
) -> Retrieval:
    """The retrieval for ``analysis`` (``_routed``), with the section a question quotes by its
    heading first (``assistant/phrases.py``)."""
    found = _routed(retriever, directory, query, analysis, k, doc_ids)
    if len(analysis.sides) >= 2:
        if analysis.language == "nl" and not analysis.sources and DIFFERENCE_ASKED.search(analysis.text):
            _pin_side_definitions(retriever, directory, analysis, found, doc_ids)
        return found
    index = retriever.index
    if analysis.kind == "definition":
        # what a named speaker means by a word is defined in that speaker's documents only: "Wat bedoelt Ruiterman met
        # commitment?" pinned GBO's "Commitment en vertrouwen zijn daarom drijvende krachten" (forty-ninth session)
        speaker = [d for d in analysis.source_doc_ids if not doc_ids or d in doc_ids]
        found.passages = with_pinned(
            found.passages, defining_passages(retriever, analysis, found, speaker or doc_ids)
        )
    phrases = quoted_phrases(analysis.text, directory.names())
    own = _source_heading(analysis)
    if not phrases and not own:
        return found  # the headings are read only for a question that quotes something or names a source
    headings = index.headings()
    ids = pinned_of(phrases, headings)
    if own:
        # "Wat is het doel van Ketens de baas?": the section of that source headed 'Doel', not the sentences
        # on 'ketendoelstellingen' (new informal questions, thirty-sixth session, ``tests/test_phrases.py``)
        docs = set(analysis.sources[0].doc_ids)
        ids += [c for c in headings.get(own, []) if c.split(":")[0] in docs][:1]
    hidden = index.superseded
    allowed = [
        c for c in ids if (not doc_ids or c.split(":")[0] in doc_ids) and c.split(":")[0] not in hidden
    ]
    found.passages = with_pinned(found.passages, index.passages(allowed))
    return found


DIFFERENCE_ASKED = re.compile(r"\b(?:verschil\w*|hetzelfde|onderscheid\w*)\b", re.I)
"""A question that asks how two things differ, not how they relate or which is better."""


def _pin_side_definitions(
    retriever: HybridRetriever,
    directory: SourceDirectory,
    analysis: Question,
    found: Retrieval,
    doc_ids: list[str] | None,
) -> None:
    """Two concepts told apart: each side's passages get those that define it, as "Wat is X?" would
    (``defining_passages``). "Wat is het verschil tussen ketensamenwerking en ketensturing?" opened
    **Ketensturing** with "Het implementeren van ketensturing is … complex en intensief": 'ketensturing' stands in
    half the corpus, and its side's three passages held no sentence saying what it is (new informal questions,
    fifty-third session; ``tests/test_comparison_rules.py``)."""
    for side in analysis.sides:
        if side.doc_ids or not side.query or len(side.query.split()) != 1:
            continue
        own = Retrieval(passages=[p for p in found.passages if p.chunk_id in side.chunk_ids])
        asked = analyse(f"Wat is {side.query}?", "nl", directory)
        pins = [
            p for p in defining_passages(retriever, asked, own, doc_ids) if p.chunk_id not in side.chunk_ids
        ]
        side.chunk_ids = [*side.chunk_ids, *(p.chunk_id for p in pins)]
        held = {p.chunk_id for p in found.passages}
        found.passages = [*found.passages, *(p for p in pins if p.chunk_id not in held)]


def _source_heading(analysis: Question) -> str:
    """The focus, folded, of a question that names one source and asks one thing of it ('doel'): a heading
    of that source's with those words is its section on it."""
    if len(analysis.sources) != 1 or analysis.kind not in ("open", "who_said", "definition"):
        return ""
    return fold(" ".join(analysis.focus.split()))


DEFINING_PINS = 2
"""At most this many passages that define the asked term are added to a definition question's."""


def defining_passages(
    retriever: HybridRetriever, analysis: Question, found: Retrieval, doc_ids: list[str] | None
) -> list[Passage]:
    """For "Wat is X?" whose passages found define X nowhere, the passages that do (``defining``).

    A term the domain uses everywhere ranks its definition nowhere: 'ketensturing' stands in 73 of
    the shipped corpus's 162 passages, and "Wat is ketensturing?" quoted "Het implementeren van
    ketensturing is … complex en intensief" under a note that the sources do not define it, while
    "De kern van de visie" says what it is (thirty-sixth session, ``tests/test_definitions.py``). Read
    through the term's postings, never the whole index."""
    index = retriever.index
    vocabulary = index.lexical.postings
    if analysis.language == "en":
        # "What is chain governance?" is looked up by the glossary's Dutch word ('ketensturing')
        word = english_term(analysis.text, vocabulary)
        term = stems(word)
        pattern = english_defining(analysis.text, vocabulary, roles=False)
    else:
        word = analysis.focus
        term = stems(word)
        # as the generator reads it: without fillers ("Wat betekent ketensturing eigenlijk?") or a length asked
        asked = " ".join(FILLERS.sub(" ", without_length_asked(analysis.text)).split())
        pattern = defining(asked, roles=False)
        setting_after = defined_word(asked)
        if len(term) != 1 and setting_after and len(stems(setting_after)) == 1:
            word, term = setting_after, stems(setting_after)
    if pattern is None or len(term) != 1:
        return []
    if any(pattern.search(s) for p in found.passages for s in sentences(p.text)):
        return []
    holding = term_chunks(vocabulary, index.lexical.chunk_ids, term[0])
    if not holding:
        return []
    hidden = index.superseded

    def allowed(chunks: list[str]) -> list[str]:
        return [
            c for c in chunks if (not doc_ids or c.split(":")[0] in doc_ids) and c.split(":")[0] not in hidden
        ]

    defining_term = [
        p
        for p in index.passages(allowed(holding))
        if any(pattern.search(s) and not locates(s) for s in sentences(p.text))
    ]
    if defining_term:
        return defining_term[:DEFINING_PINS]
    # a compound no passage defines: the passages defining its first part by its head (``part_definitions``)
    part = part_definition(word, index.lexical.compound_modifiers())
    names = name_pattern(analysis.names)
    if part is None or any(part.defines(s, names) for p in found.passages for s in sentences(p.text)):
        return []
    held = term_chunks(vocabulary, index.lexical.chunk_ids, stems(part.part)[0]) if stems(part.part) else None
    # a part in too many passages to read them all is looked for as retrieval finds it
    candidates = (
        index.passages(allowed(held))
        if held is not None
        else retriever.retrieve(part.part, None, doc_ids).passages
    )
    return [
        p for p in candidates if any(part.defines(s, names) and not locates(s) for s in sentences(p.text))
    ][:DEFINING_PINS]


def _routed(
    retriever: HybridRetriever,
    directory: SourceDirectory,
    query: str,
    analysis: Question,
    k: int | None,
    doc_ids: list[str] | None,
) -> Retrieval:
    """The retrieval for ``analysis``: per side for a comparison, the source's own passages for a
    summary, filtered to the named sources when the question names one, else the whole index."""
    if analysis.perspectives and len(analysis.sides) < 2:
        analysis.sides = perspective_sides(retriever, directory, query, analysis, doc_ids)
    if len(analysis.sides) >= 2:
        return retrieve_sides(retriever, analysis, k, doc_ids)
    named = analysis.source_doc_ids
    if analysis.kind == "summary" and len(analysis.sources) == 1:
        # the source to summarise is the subject, however it is named ("the gist of the NORA dossier")
        allowed = [d for d in analysis.sources[0].doc_ids if not doc_ids or d in doc_ids]
        found = retriever.retrieve(query, k, allowed or None)
        summary = retriever.summary_passages(allowed)
        if summary:
            found.passages, found.siblings = summary, []
        return found
    brackets = carried(analysis.text)
    if brackets is not None and brackets.claimed:
        # "Wie zegt dat?": the passage that says the claim, wherever it ranks
        found = retriever.retrieve(query, k, doc_ids)
        found.passages = retriever.saying(brackets.claimed, found.passages, doc_ids)
        return found
    subject = analysis.kind in SUBJECT_KINDS
    counted = counted_noun(analysis.text) if analysis.language == "nl" else None
    if analysis.language == "nl":
        # what comes instead of a thing is said where the sources set its kind against another (``alternatives``)
        query = with_siblings(query, analysis.text, analysis.focus, retriever.index.lexical)
    if named:
        allowed = [d for d in named if not doc_ids or d in doc_ids]
        if allowed:
            filtered = retriever.retrieve(query, k, allowed, subject_only=subject, counted=counted)
            if filtered.passages:
                return filtered
    return retriever.retrieve(query, k, doc_ids, subject_only=subject, counted=counted)


def perspective_sides(
    retriever: HybridRetriever,
    directory: SourceDirectory,
    query: str,
    analysis: Question,
    doc_ids: list[str] | None,
) -> list[Side]:
    """One side per source among the best passages, for views asked without names.

    "Is politieke druk nou goed of slecht voor een keten? Ik hoor verschillende dingen.":
    the sources that speak to it, best first, each become a side (at most
    ``PERSPECTIVE_SIDES``; a source whose best passage scores below ``PERSPECTIVE_RATIO`` of
    the best one is not asked). Comparison c07 (tuning half).
    """
    found = retriever.retrieve(query, PERSPECTIVE_POOL, doc_ids)
    best = found.passages[0].score if found.passages else 0.0
    subject = frozenset(stems(analysis.focus or ""))
    sides: list[Side] = []
    seen: set[str] = set()
    for passage in found.passages:
        source = directory.source_of(passage.doc_id)
        if source is None or source.key in seen:
            continue
        if passage.score < PERSPECTIVE_RATIO * best and not says_subject(passage, subject):
            continue
        seen.add(source.key)
        sides.append(Side(source.label, analysis.focus, list(source.doc_ids)))
        if len(sides) == PERSPECTIVE_SIDES:
            break
    return sides


def says_subject(passage: Passage, subject: frozenset[str]) -> bool:
    """The passage says every word of the subject: its source speaks to it, however much better another source's
    passage scores (``perspective_sides``). "Welke bron is kritischer over convenanten?" and "Wat zeggen de bronnen over
    convenanten?" gave the dossier alone, GBO's passage on Groothedde's "geen contract of convenant" scoring 0.42 of
    the dossier's section on it (new informal comparisons, forty-sixth session; ``tests/test_comparison_rules.py``)."""
    return bool(subject) and subject <= set(stems(passage.text))
