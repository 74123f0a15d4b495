"""The embedder cache: a question embedded by the retriever is not embedded again by the answerer."""

from __future__ import annotations

import numpy as np

from ingest.embedders import RecentQueries, get_embedder


class Counting:
    """A tiny embedder that counts its calls."""

    name = "counting"

    def __init__(self) -> None:
        self.queries = 0

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), 3), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        self.queries += 1
        return np.array([len(text), 1.0, 0.0], dtype=np.float32)


def test_recent_queries_are_embedded_once_and_evicted_oldest_first() -> None:
    inner = Counting()
    cached = RecentQueries(inner, size=2)
    first = cached.embed_query("wat doet een ketenmanager")
    again = cached.embed_query("wat doet een ketenmanager")
    assert inner.queries == 1 and np.array_equal(first, again)
    assert not again.flags.writeable, "a shared vector cannot be changed by a caller"
    cached.embed_query("tweede")
    cached.embed_query("derde")  # evicts the first
    cached.embed_query("wat doet een ketenmanager")
    assert inner.queries == 4
    assert cached.embed_documents(["a", "b"]).shape == (2, 3) and cached.name == "counting"


def test_the_built_in_embedder_is_cached_and_gives_the_same_vector() -> None:
    embedder = get_embedder("use")
    assert isinstance(embedder, RecentQueries)
    fresh = embedder.inner.embed_query("vertrouwen tussen ketenpartners")
    assert np.allclose(embedder.embed_query("vertrouwen tussen ketenpartners"), fresh)
