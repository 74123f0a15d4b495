"""The index as readers see it: catalog + vector store + lexical BM25, for one embedder.

Readers (the assistant, the API) hold an ``Index`` and call ``refresh()``; when another
process has ingested (the catalog generation moved) it reloads, so an ingest becomes
visible without a restart.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from contextlib import suppress
from typing import Any

import numpy as np

from ingest.catalog import CatalogBase, catalog_path, open_catalog
from ingest.embedders import Embedder, get_embedder
from ingest.lexical import LexicalIndex, catalog_tokens
from ingest.numbered import numbered_names
from ingest.vectorstore import VectorStore, vector_stores
from ketenwijzer.errors import IndexNotReady, NotFound
from ketenwijzer.models import DocumentInfo, Passage
from ketenwijzer.settings import Settings
from ketenwijzer.text import fold

__all__ = ["Index", "catalog_path", "synced_key"]

MASK_CACHE_SIZE = 64
"""Document-filter masks kept per index (least recently used first out)."""


def synced_key(embedder_name: str) -> str:
    """Catalog meta key recording up to which generation an embedder's vectors are complete."""
    return f"synced:{embedder_name}"


class Index:
    """Read access to the live index for one embedder."""

    def __init__(self, settings: Settings, embedder_name: str | None = None) -> None:
        self.settings = settings
        self.embedder_name = embedder_name or settings.embedder
        self.catalog: CatalogBase = open_catalog(settings)
        self._embedder: Embedder | None = None
        self._store: VectorStore | None = None
        self._lexical: LexicalIndex | None = None
        self._docs: dict[str, dict[str, Any]] = {}
        self._live_mask_ids: dict[str, int] = {}
        self._lock = threading.Lock()
        self._generation = -1
        self._superseded: set[str] = set()
        self._numbered: tuple[int, dict[str, str]] | None = None
        self._headings: tuple[int, dict[str, list[str]]] | None = None
        self._allowed_cache: OrderedDict[tuple[str, ...], np.ndarray | None] = OrderedDict()

    # -- lifecycle ------------------------------------------------------------
    @property
    def embedder(self) -> Embedder:
        """The embedder of this index (loaded on first use)."""
        if self._embedder is None:
            self._embedder = get_embedder(self.embedder_name)
        return self._embedder

    @property
    def store(self) -> VectorStore:
        """The vector store collection of this embedder."""
        if self._store is None:
            self._store = vector_stores.create(self.settings.vector_store, self.settings, self.embedder_name)
        return self._store

    def refresh(self) -> int:
        """Reload when the catalog changed since the last look; returns the generation."""
        generation = self.catalog.generation()
        if generation == self._generation:
            return generation
        with self._lock:
            if generation == self._generation:
                return generation
            cache = self.settings.data_dir / "lexical.pickle"
            lexical = LexicalIndex.load(cache, generation)
            if lexical is None:
                lexical = LexicalIndex.build(catalog_tokens(self.catalog), generation)
                with suppress(OSError):  # a read-only data dir still serves from memory
                    lexical.save(cache)
            self._lexical = lexical
            self._docs = {d: _safe_doc(v) for d, v in self.catalog.documents().items()}
            self._superseded = superseded_documents(self._docs)
            self._allowed_cache.clear()
            self._generation = generation
        return generation

    def is_ready(self) -> bool:
        """True when documents are indexed and this embedder's vectors are complete."""
        generation = self.catalog.generation()
        synced = self.catalog.get_meta(synced_key(self.embedder_name))
        return generation > 0 and synced == str(generation)

    def require_ready(self) -> None:
        """Raise ``IndexNotReady`` with a Dutch hint when the index cannot answer."""
        if self.catalog.generation() == 0:
            raise IndexNotReady("Er is nog geen index. Voer eerst 'ketenwijzer ingest' uit.")
        if not self.is_ready():
            raise IndexNotReady(
                f"De index is niet (volledig) opgebouwd met embedder '{self.embedder_name}'. "
                f"Voer 'ketenwijzer ingest --embedder {self.embedder_name}' uit."
            )
        self.refresh()

    # -- search ---------------------------------------------------------------
    @property
    def lexical(self) -> LexicalIndex:
        """The BM25 index of the current generation."""
        self.refresh()
        assert self._lexical is not None
        return self._lexical

    def numbered(self) -> dict[str, str]:
        """What the corpus names by number ('pijler 3' → 'vertrouwen tussen ketenpartners',
        ``ingest.numbered``), read once per generation on first use."""
        generation = self.refresh()
        if self._numbered is None or self._numbered[0] != generation:
            names = numbered_names(text for _, _, text in self.catalog.iter_index_texts())
            self._numbered = (generation, names)
        return self._numbered[1]

    def headings(self) -> dict[str, list[str]]:
        """Each section heading (folded) → the chunks under it, in reading order; read once per
        generation on first use (``assistant/phrases.py`` pins a heading a question quotes)."""
        generation = self.refresh()
        if self._headings is None or self._headings[0] != generation:
            under: dict[str, list[str]] = {}
            for chunk_id, path in self.catalog.iter_headings():
                if path:
                    under.setdefault(fold(" ".join(str(path[-1]).split())), []).append(chunk_id)
            self._headings = (generation, under)
        return self._headings[1]

    @property
    def superseded(self) -> set[str]:
        """Restatements hidden from retrieval because an original of the same text is indexed."""
        self.refresh()
        return self._superseded

    def doc_mask(self, doc_ids: list[str] | None) -> np.ndarray | None:
        """Boolean mask over lexical rows: the document filter minus superseded documents."""
        lex = self.lexical
        # Only ids of indexed documents count, so made-up ids cannot grow the cache; the
        # cache itself keeps the most recently used masks only.
        key = tuple(sorted({d for d in doc_ids or [] if d in self._docs}))
        if doc_ids and not key:
            key = ("\0none",)
        cache = self._allowed_cache
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
        wanted, hidden = set(key), self._superseded
        mask: np.ndarray | None = None
        if wanted or hidden:
            mask = np.fromiter(
                (_allowed(cid.rsplit(":", 1)[0], wanted, hidden) for cid in lex.chunk_ids), bool, lex.n
            )
        with self._lock:
            cache[key] = mask
            while len(cache) > MASK_CACHE_SIZE:
                cache.popitem(last=False)
        return mask

    def dense(
        self, query_vector: np.ndarray, n: int, doc_ids: list[str] | None = None
    ) -> list[tuple[str, float]]:
        """Nearest live chunks by cosine similarity; vectors of dead chunks are skipped."""
        live = self._live_set()
        wanted, hidden = set(doc_ids or []), self._superseded
        over = n * 2 + 10 if not wanted and not hidden else n * 8 + 50
        hits = self.store.query(query_vector, over)
        out = [
            (cid, score)
            for cid, score in hits
            if cid in live and _allowed(cid.rsplit(":", 1)[0], wanted, hidden)
        ]
        return out[:n]

    def _live_set(self) -> set[str]:
        lex = self.lexical
        if len(self._live_mask_ids) != lex.n:
            self._live_mask_ids = {cid: i for i, cid in enumerate(lex.chunk_ids)}
        return self._live_mask_ids.keys()  # type: ignore[return-value]

    # -- passages and documents -------------------------------------------------
    def passages(self, chunk_ids: list[str], scores: dict[str, float] | None = None) -> list[Passage]:
        """Passages with citation metadata, in the order given."""
        self.refresh()
        rows = self.catalog.chunk_rows(chunk_ids)
        out = []
        for cid in chunk_ids:
            row = rows.get(cid)
            if row is None:
                continue
            doc = self._docs.get(row["doc_id"], {})
            meta = doc.get("metadata", {}) if isinstance(doc.get("metadata"), dict) else {}
            heading_path = json.loads(row["heading_path"])
            title = str(doc.get("title", row["doc_id"]))
            section_parts = [h for h in heading_path if h != title]
            out.append(
                Passage(
                    chunk_id=cid,
                    doc_id=row["doc_id"],
                    text=row["text"],
                    title=title,
                    section=" > ".join(section_parts),
                    heading_path=heading_path,
                    position=row["position"],
                    url=_first_url(meta),
                    page=row["page"],
                    date=str(meta["date"]) if meta.get("date") else None,
                    score=(scores or {}).get(cid, 0.0),
                )
            )
        return out

    def passage(self, chunk_id: str) -> Passage:
        """One passage, or ``NotFound``."""
        found = self.passages([chunk_id])
        if not found:
            raise NotFound(f"Passage '{chunk_id}' bestaat niet (meer) in de index.")
        return found[0]

    def neighbours(self, chunk_id: str, width: int = 1) -> list[Passage]:
        """The passage with up to ``width`` passages before and after it in its document."""
        centre = self.passage(chunk_id)
        rows = self.catalog.doc_chunks(centre.doc_id)
        ids = [r["chunk_id"] for r in rows]
        i = ids.index(chunk_id)
        return self.passages(ids[max(0, i - width) : i + width + 1])

    def documents(self) -> list[DocumentInfo]:
        """All indexed documents."""
        self.refresh()
        return [_info(d) for d in self._docs.values()]

    def document(self, doc_id: str) -> tuple[DocumentInfo, list[Passage]]:
        """One document and its passages in reading order, or ``NotFound``."""
        self.refresh()
        d = self._docs.get(doc_id)
        if d is None:
            raise NotFound(f"Document '{doc_id}' staat niet in de index.")
        ids = [r["chunk_id"] for r in self.catalog.doc_chunks(doc_id)]
        return _info(d), self.passages(ids)


def _safe_doc(doc: dict[str, Any]) -> dict[str, Any]:
    """A catalog row whose metadata is used only when it has the shapes readers expect.

    Ingest validates metadata before it is stored; this guards the read side against an
    older or hand-edited catalog, so one bad row cannot take every request down.
    """
    meta = doc.get("metadata")
    meta = dict(meta) if isinstance(meta, dict) else {}
    for key in ("source_urls", "supersedes", "authors"):
        value = meta.get(key)
        if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            meta.pop(key)
    for key in ("url", "kind", "date", "title"):
        if meta.get(key) is not None and not isinstance(meta[key], str):
            meta.pop(key)
    meta["supersedes"] = [p for p in meta.get("supersedes", []) if len(p.strip()) >= 4]
    if not meta["supersedes"]:
        meta.pop("supersedes")
    return {**doc, "title": str(doc.get("title") or doc.get("doc_id")), "metadata": meta}


def _info(d: dict[str, Any]) -> DocumentInfo:
    return DocumentInfo(
        doc_id=d["doc_id"],
        title=d["title"],
        path=d["path"],
        content_hash=d["content_hash"],
        n_chunks=d["n_chunks"],
        metadata=d["metadata"],
    )


def _allowed(doc_id: str, wanted: set[str], hidden: set[str]) -> bool:
    if wanted:
        return doc_id in wanted
    return doc_id not in hidden


def _norm_url(url: str) -> str:
    from urllib.parse import unquote

    url = unquote(url.strip()).lower().replace(" ", "_")
    for prefix in ("https://", "http://", "www."):
        url = url.removeprefix(prefix)
    return url.rstrip("/")


def superseded_documents(docs: dict[str, dict[str, Any]]) -> set[str]:
    """Restatements for which an original is indexed too, so answers cite the original.

    An original supersedes a restatement when its ``url`` is one of the restatement's
    ``source_urls``, or when its ``supersedes`` list names a prefix of the restatement's id.
    """
    originals = {d: v["metadata"] for d, v in docs.items() if v["metadata"].get("kind") != "restatement"}
    original_urls = {_norm_url(str(m["url"])) for m in originals.values() if m.get("url")}
    prefixes = [str(p) for m in originals.values() for p in (m.get("supersedes") or [])]
    out = set()
    for doc_id, doc in docs.items():
        meta = doc["metadata"]
        if meta.get("kind") != "restatement":
            continue
        urls = {_norm_url(str(u)) for u in meta.get("source_urls") or []}
        if urls & original_urls or any(doc_id.startswith(p) for p in prefixes):
            out.add(doc_id)
    return out


def _first_url(meta: dict[str, object]) -> str | None:
    url = meta.get("url")
    if isinstance(url, str) and url:
        return url
    urls = meta.get("source_urls")
    if isinstance(urls, list) and urls:
        return str(urls[0])
    return None
