"""Structure-aware chunking: chunks stay inside one section (and one PDF page) and end on
sentence boundaries; ids are stable because they derive from the chunk's own content.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from itertools import groupby

from ingest.loaders import LIST_ITEM, Block, Document
from ketenwijzer.text import sentences


@dataclass
class Chunk:
    """A retrievable passage of a document."""

    chunk_id: str
    doc_id: str
    position: int
    text: str
    heading_path: list[str]
    page: int | None = None
    metadata: dict[str, object] = field(default_factory=dict)

    @property
    def section(self) -> str:
        """The heading path below the document title, joined with ' > '."""
        return " > ".join(self.heading_path[1:] if len(self.heading_path) > 1 else self.heading_path)

    def index_text(self, title: str) -> str:
        """What the embedder and the lexical index see: title, headings, then the text."""
        heads = [h for h in self.heading_path if h != title]
        return "\n".join([title, *heads, self.text])


def _units(blocks: list[Block], target: int) -> list[str]:
    """Blocks as packable units: whole blocks when short, else their sentences."""
    units: list[str] = []
    for block in blocks:
        if len(block.text) <= target:
            units.append(block.text)
        else:
            units.extend(sentences(block.text))
    return units


def _pack(units: list[str], target: int) -> list[list[str]]:
    """Group units into chunks of about equal size; a list stays with its introduction."""
    total = sum(len(u) + 1 for u in units)
    n_chunks = max(1, math.ceil(total / target))
    goal = total / n_chunks
    groups: list[list[str]] = [[]]
    size = 0
    for unit in units:
        previous = groups[-1][-1] if groups[-1] else ""
        keep_list = previous.endswith(":") or (unit.startswith(LIST_ITEM) and size < 1.6 * goal)
        if groups[-1] and size + len(unit) / 2 > goal and not keep_list:
            groups.append([])
            size = 0
        groups[-1].append(unit)
        size += len(unit) + 1
    return groups


def _chunk_id(doc_id: str, heading_path: list[str], text: str, seen: dict[str, int]) -> str:
    digest = hashlib.sha1("\x1f".join([*heading_path, text]).encode()).hexdigest()[:12]
    count = seen.get(digest, 0)
    seen[digest] = count + 1
    return f"{doc_id}:{digest}" + (f"-{count}" if count else "")


def chunk_document(doc: Document, target_chars: int) -> list[Chunk]:
    """Cut ``doc`` into chunks of about ``target_chars`` characters."""
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    keyed = groupby(doc.blocks, key=lambda b: (tuple(b.heading_path), b.page))
    for (heading_path, page), group in keyed:
        units = _units(list(group), target_chars)
        for piece in _pack(units, target_chars):
            text = "\n".join(piece)
            path = list(heading_path)
            chunks.append(
                Chunk(
                    chunk_id=_chunk_id(doc.doc_id, path, text, seen),
                    doc_id=doc.doc_id,
                    position=len(chunks),
                    text=text,
                    heading_path=path,
                    page=page,
                )
            )
    return chunks
