"""Vector stores: one Protocol, Chroma (on disk or a Chroma server) registered as a backend.

A store holds vectors of a single embedder: one collection per embedder name, so an index
is never mixed. The catalog (``ingest/catalog.py``) decides which chunk ids are live; the
store is a cache of their vectors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol
from urllib.parse import urlparse

import numpy as np

from ketenwijzer.errors import BackendUnavailable
from ketenwijzer.registry import Registry
from ketenwijzer.settings import Settings


class VectorStore(Protocol):
    """Stores vectors by chunk id and finds the nearest ones."""

    def ids(self) -> set[str]:
        """All chunk ids held."""
        ...

    def upsert(self, ids: Sequence[str], vectors: np.ndarray, doc_ids: Sequence[str]) -> None:
        """Add or replace vectors."""
        ...

    def delete(self, ids: Sequence[str]) -> None:
        """Remove vectors by chunk id."""
        ...

    def query(self, vector: np.ndarray, n: int) -> list[tuple[str, float]]:
        """The ``n`` nearest chunk ids with cosine similarity, best first."""
        ...


vector_stores: Registry[VectorStore] = Registry("vectoropslag")


def _make_embedding_function(embedder_name: str) -> Any:
    """A Chroma embedding function that refuses to embed: vectors always come from us.

    Passing it keeps Chroma from falling back to its default model, which downloads weights.
    """
    from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

    class PrecomputedOnly(EmbeddingFunction[Documents]):
        def __init__(self) -> None:
            self.embedder_name = embedder_name

        def __call__(self, input: Documents) -> Embeddings:
            raise RuntimeError("Ketenwijzer geeft vectoren altijd zelf mee.")

        @staticmethod
        def name() -> str:
            return "ketenwijzer-precomputed"

        def get_config(self) -> dict[str, Any]:
            return {"embedder": self.embedder_name}

        @staticmethod
        def build_from_config(config: dict[str, Any]) -> EmbeddingFunction[Documents]:
            return _make_embedding_function(str(config.get("embedder", "")))  # type: ignore[no-any-return]

    return PrecomputedOnly()


def collection_name(embedder_name: str) -> str:
    """Chroma collection name for an embedder (3–63 safe characters)."""
    slug = re.sub(r"[^a-zA-Z0-9_-]+", "-", embedder_name).strip("-_")[:48] or "default"
    return f"chunks-{slug}"


class ChromaStore:
    """A Chroma collection, persistent in ``data_dir/chroma`` or on a Chroma server."""

    def __init__(self, settings: Settings, embedder_name: str) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        try:
            if settings.chroma_url:
                url = urlparse(settings.chroma_url)
                self._client = chromadb.HttpClient(
                    host=url.hostname or "localhost",
                    port=url.port or 8000,
                    ssl=url.scheme == "https",
                    settings=chroma_settings,
                )
            else:
                path = settings.data_dir / "chroma"
                path.mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
            self._collection = self._client.get_or_create_collection(
                collection_name(embedder_name),
                embedding_function=_make_embedding_function(embedder_name),
                configuration={"hnsw": {"space": "cosine"}},
                metadata={"embedder": embedder_name},
            )
        except Exception as exc:  # network errors from the HTTP client, or a damaged store
            raise BackendUnavailable(f"De vectoropslag (Chroma) is niet bereikbaar: {exc}") from exc

    def ids(self) -> set[str]:
        """All chunk ids held."""
        out: set[str] = set()
        offset, page = 0, 5000
        while True:
            got = self._collection.get(include=[], limit=page, offset=offset)
            out.update(got["ids"])
            if len(got["ids"]) < page:
                return out
            offset += page

    def upsert(self, ids: Sequence[str], vectors: np.ndarray, doc_ids: Sequence[str]) -> None:
        """Add or replace vectors, in batches Chroma accepts."""
        batch = 1000
        for i in range(0, len(ids), batch):
            self._collection.upsert(
                ids=list(ids[i : i + batch]),
                embeddings=np.asarray(vectors[i : i + batch], dtype=np.float32),
                metadatas=[{"doc_id": d} for d in doc_ids[i : i + batch]],
            )

    def delete(self, ids: Sequence[str]) -> None:
        """Remove vectors by chunk id."""
        for i in range(0, len(ids), 1000):
            self._collection.delete(ids=list(ids[i : i + 1000]))

    def query(self, vector: np.ndarray, n: int) -> list[tuple[str, float]]:
        """The ``n`` nearest chunk ids with cosine similarity, best first."""
        if n <= 0:
            return []
        result = self._collection.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32)],  # type: ignore[arg-type]
            n_results=n,
            include=["distances"],
        )
        ids = result["ids"][0]
        distances = (result.get("distances") or [[]])[0]
        return [(cid, 1.0 - float(d)) for cid, d in zip(ids, distances, strict=False)]


@vector_stores.register("chroma")
def _chroma(settings: Settings, embedder_name: str) -> VectorStore:
    return ChromaStore(settings, embedder_name)
