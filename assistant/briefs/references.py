"""Global reference numbering for a brief: one number per cited document section.

Answers number per passage; a brief lists full references, so two passages of the same
section of the same document share one entry (and one ``[n]``) in *Bronnen*.
"""

from __future__ import annotations

from typing import Any

from assistant.briefs.model import Reference
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
        self._numbers: dict[tuple[str, str], int] = {}
        self.references: list[Reference] = []

    def number(self, passage: Passage) -> int:
        """The reference number of ``passage``'s document section (new ones get the next number)."""
        key = (passage.doc_id, passage.section)
        if key not in self._numbers:
            self._numbers[key] = len(self._numbers) + 1
            self.references.append(self._reference(self._numbers[key], passage))
        return self._numbers[key]

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
            url=passage.url,
        )
