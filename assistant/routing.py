"""Which retrieval a question gets: per side for a comparison, the named source's own passages for
a summary, filtered to a named source, passages of signposts lower for subject questions, counting
passages for a count question. The chain (``chain.py``) calls ``route``; the retriever
(``retriever.py``) does the searching.
"""

from __future__ import annotations

from assistant.brackets import carried
from assistant.neardomain import counted_noun
from assistant.phrases import pinned_of, quoted_phrases, with_pinned
from assistant.question import Question, Side
from assistant.retriever import HybridRetriever, Retrieval
from assistant.sources import SourceDirectory

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
        return found
    index = retriever.index
    phrases = quoted_phrases(analysis.text, directory.names())
    if not phrases:
        return found  # the headings are read only for a question that quotes something
    ids = pinned_of(phrases, index.headings())
    hidden = index.superseded
    allowed = [
        c for c in ids if (not doc_ids or c.split(":")[0] in doc_ids) and c.split(":")[0] not in hidden
    ]
    found.passages = with_pinned(found.passages, index.passages(allowed))
    return found


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
        return retriever.retrieve_sides(analysis, k, doc_ids)
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
    sides: list[Side] = []
    seen: set[str] = set()
    for passage in found.passages:
        source = directory.source_of(passage.doc_id)
        if source is None or source.key in seen or passage.score < PERSPECTIVE_RATIO * best:
            continue
        seen.add(source.key)
        sides.append(Side(source.label, analysis.focus, list(source.doc_ids)))
        if len(sides) == PERSPECTIVE_SIDES:
            break
    return sides
