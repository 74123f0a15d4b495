"""Sources named by their kind: "de artikelen" are the documents whose metadata says ``kind: article``.

"Wat zeggen de artikelen over vertrouwen?" was answered from the NORA dossier's sections, and
"Zeggen de artikelen iets anders over cultuur dan het dossier?" was declined: 'artikelen' was a
word for all sources (new informal questions, twenty-sixth session). A kind names a group only when
it is a real part of the corpus: at least two documents, and not every document. The words are
language, not corpus vocabulary: the plural a reader uses for documents of that kind.
"""

from __future__ import annotations

from collections.abc import Iterable

KIND_WORDS: dict[str, tuple[str, ...]] = {
    "article": ("artikelen", "articles"),
    "report": ("rapporten", "verslagen", "reports"),
    "book": ("boeken", "books"),
    "paper": ("papers",),
    "interview": ("interviews",),
    "restatement": ("herformuleringen", "restatements"),
}
"""Metadata kind → the plural words (Dutch, English) that name every document of that kind."""

KIND_LABELS: dict[str, str] = {
    "article": "De artikelen",
    "report": "De rapporten",
    "book": "De boeken",
    "paper": "De papers",
    "interview": "De interviews",
    "restatement": "De herformuleringen",
}
"""The label of a kind's group in an answer (a comparison's side: "**De artikelen**")."""

KEY_PREFIX = "kind:"
"""Group keys of kinds, apart from the publisher keys of ``sources._group_key``."""


def kind_groups(documents: Iterable[tuple[str, object]]) -> dict[str, tuple[str, list[str]]]:
    """Group key → (label, doc ids) for every known kind of ``(doc_id, kind)`` that holds at least
    two documents and not all of them."""
    by_kind: dict[str, list[str]] = {}
    every: list[str] = []
    for doc_id, kind in documents:
        every.append(doc_id)
        if isinstance(kind, str) and kind.lower() in KIND_WORDS:
            by_kind.setdefault(kind.lower(), []).append(doc_id)
    return {
        f"{KEY_PREFIX}{kind}": (KIND_LABELS[kind], sorted(ids))
        for kind, ids in by_kind.items()
        if 2 <= len(ids) < len(every)
    }


def kind_words(groups: dict[str, tuple[str, list[str]]]) -> dict[str, str]:
    """Folded plural word → the key of the kind group it names."""
    return {word: key for key in groups for word in KIND_WORDS.get(key.removeprefix(KEY_PREFIX), ())}
