"""Global reference numbering for a brief: one number per distinct cited passage.

Every passage a statement quotes gets its own entry (and ``[n]``) in *Bronnen*, in order of
first citation; a passage cited twice keeps its number. When a brief cites several passages
of the same section, their entries say 'passage 1', 'passage 2', so no two lines look alike.
"""

from __future__ import annotations

from typing import Any

from assistant.briefs.model import Reference, Statement
from ketenwijzer.models import Passage

_UNKNOWN_DATES = {"", "unknown", "onbekend", "none"}


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


class ReferenceBook:
    """Hands out reference numbers in order of first citation."""

    def __init__(self, metadata: dict[str, dict[str, Any]]) -> None:
        self.metadata = metadata
        """Document metadata (front matter) by doc_id, for publisher, authors and date."""
        self._numbers: dict[str, int] = {}
        self.references: list[Reference] = []

    def number(self, passage: Passage) -> int:
        """The reference number of ``passage`` (a passage not cited before gets the next number)."""
        if passage.chunk_id not in self._numbers:
            self._numbers[passage.chunk_id] = len(self._numbers) + 1
            same = [r for r in self.references if (r.doc_id, r.section) == (passage.doc_id, passage.section)]
            reference = self._reference(self._numbers[passage.chunk_id], passage)
            if same:
                same[0].part = same[0].part or 1
                reference.part = len(same) + 1
            self.references.append(reference)
        return self._numbers[passage.chunk_id]

    def in_reading_order(self, statements: list[Statement]) -> list[Reference]:
        """Renumber by first citation in ``statements`` (the brief's reading order), updating their ``n``.

        Sections are composed in another order than they are read (a section topped up later),
        so numbers are handed out again at the end: [1] is the first source a reader meets.
        """
        old = {r.n: r for r in self.references}
        new: dict[int, int] = {}
        for statement in statements:
            new.setdefault(statement.citation.n, len(new) + 1)
        for statement in statements:
            statement.citation.n = new[statement.citation.n]
        ordered = sorted(((new[n], ref) for n, ref in old.items() if n in new), key=lambda pair: pair[0])
        self.references = [ref.model_copy(update={"n": n}) for n, ref in ordered]
        self._numbers = {ref.chunk_id or "": ref.n for ref in self.references}
        return self.references

    def _reference(self, n: int, passage: Passage) -> Reference:
        meta = self.metadata.get(passage.doc_id, {})
        date = _text(meta.get("date")) or passage.date
        if date and date.lower() in _UNKNOWN_DATES:
            date = None
        authors = meta.get("authors")
        return Reference(
            n=n,
            doc_id=passage.doc_id,
            title=passage.title,
            section=passage.section,
            publisher=_text(meta.get("publisher")),
            authors=[str(a) for a in authors] if isinstance(authors, list) else [],
            date=date,
            url=_text(passage.url),
            chunk_id=passage.chunk_id,
        )
