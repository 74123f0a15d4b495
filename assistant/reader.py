"""The reader: how close a sentence or passage is to the question, in one embedding space.

The index's embedder ranks passages (``ingest/embedders.py``); the reader judges what was
found. They can differ: e5 ranks Dutch passages best, but its cosines bunch together
(unrelated ~0.75, related ~0.9), while USE spreads them and is cheap enough to embed every
sentence of the top passages. The reader's scores feed the extractive generator's sentence
choice and the abstention gate (``reader_embedder``; empty = the index's embedder).
Sentence and passage vectors are cached: passages recur across questions.
"""

from __future__ import annotations

import threading

import numpy as np

from ingest.embedders import Embedder, get_embedder
from ketenwijzer.models import Passage
from ketenwijzer.settings import Settings
from ketenwijzer.text import sentences

MAX_CACHED_VECTORS = 50_000


class Reader:
    """Cosine similarity of a question to texts, with a vector cache."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self._vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    @classmethod
    def for_settings(cls, settings: Settings, fallback: Embedder | None = None) -> Reader:
        """The reader named by ``settings.reader_embedder`` (or ``fallback``, the index's)."""
        name = settings.reader_embedder
        if not name and fallback is not None:
            return cls(fallback)
        return cls(get_embedder(name or settings.embedder))

    def similarities(self, question: str, texts: list[str]) -> np.ndarray:
        """Cosine of the question to each text (texts embedded once, then cached)."""
        if not texts:
            return np.zeros(0, dtype=np.float32)
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if missing:
            vectors = self.embedder.embed_documents(missing)
            with self._lock:
                if len(self._vectors) > MAX_CACHED_VECTORS:
                    self._vectors.clear()
                self._vectors.update(zip(missing, vectors, strict=True))
        with self._lock:
            matrix = np.stack([self._vectors[t] for t in texts])
        return matrix @ np.asarray(self.embedder.embed_query(question))

    def best_sentence(self, question: str, passages: list[Passage]) -> float:
        """The highest similarity of the question to any sentence of ``passages``."""
        texts = [s for p in passages for s in sentences(p.text) if len(s.split()) >= 4]
        sims = self.similarities(question, texts)
        return float(sims.max()) if len(sims) else 0.0

    def best_passage(self, question: str, passages: list[Passage]) -> float:
        """The highest similarity of the question to any of ``passages`` as a whole."""
        sims = self.similarities(question, [p.text for p in passages])
        return float(sims.max()) if len(sims) else 0.0
