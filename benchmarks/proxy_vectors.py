"""Proxy e5 vectors: a large index without hours of embedding, for timing retrieval at 100k.

Real e5 vectors for 100k passages take hours on 2 cores. The proxy keeps everything else
real: the index is built by the project's own ``run_ingest`` (catalog, BM25, Chroma
collection written by ``ChromaStore``), questions are embedded by the real e5 engine, and the
retrieval path read is the one ``Assistant`` uses. Only the passage vectors are stand-ins:

* a passage whose index text was embedded in an earlier real e5 run (the 10k benchmark
  index: the shipped corpus plus the first synthetic documents, which the seeded generator
  writes identically for every size) gets its real vector;
* every other passage gets a normalised random mixture of 2 or 3 of those real vectors
  (each weighing at least 15 %), seeded by its text: a distinct point in the region real e5
  vectors occupy, never a duplicate.

The proxy embedder is registered as ``e5-proxy`` (its own Chroma collection) inside the
benchmark's worker processes only.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from ketenwijzer.settings import Settings

PROXY_NAME = "e5-proxy"
SEED = 20261130
FLOOR = 0.15


def text_key(text: str) -> str:
    """A stable key for a passage's index text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def mixture(pool: np.ndarray, key: str, seed: int = SEED) -> np.ndarray:
    """A unit vector mixing 2 or 3 distinct pool vectors with random positive weights, seeded by ``key``."""
    rng = np.random.default_rng([seed, int(key[:15], 16)])
    k = int(rng.integers(2, 4))
    rows = rng.choice(len(pool), size=min(k, len(pool)), replace=False)
    # Every part weighs at least FLOOR, so a mixture is never a near-copy of one real vector.
    weights = FLOOR + (1 - FLOOR * len(rows)) * rng.dirichlet(np.ones(len(rows)))
    vector = weights @ pool[rows]
    return (vector / np.linalg.norm(vector)).astype(np.float32)


class VectorPool:
    """Real e5 passage vectors by text key, saved as one ``.npz`` file."""

    def __init__(self, keys: list[str], vectors: np.ndarray) -> None:
        self.vectors = np.asarray(vectors, dtype=np.float32)
        self.row = {k: i for i, k in enumerate(keys)}
        self.real = 0
        self.mixed = 0

    @classmethod
    def from_index(cls, settings: Settings, embedder_name: str = "e5") -> VectorPool:
        """The vectors of every live chunk of the existing index of ``settings``."""
        from ingest.catalog import open_catalog
        from ingest.vectorstore import ChromaStore

        data_dir = settings.data_dir
        texts = {cid: text for cid, _, text in open_catalog(settings).iter_index_texts()}
        if not texts:
            raise RuntimeError(f"no indexed chunks in {data_dir}: run the 10k e5 benchmark first")
        collection = ChromaStore(settings, embedder_name)._collection
        keys: list[str] = []
        vectors: list[np.ndarray] = []
        ids = sorted(texts)
        for i in range(0, len(ids), 1000):
            got = collection.get(ids=ids[i : i + 1000], include=["embeddings"])
            embeddings = got["embeddings"]
            if embeddings is None:
                raise RuntimeError(f"the Chroma collection in {data_dir} returned no vectors")
            for cid, vector in zip(got["ids"], embeddings, strict=True):
                keys.append(text_key(texts[cid]))
                vectors.append(np.asarray(vector, dtype=np.float32))
        return cls(keys, np.vstack(vectors))

    def save(self, path: Path) -> None:
        """Write keys and vectors to ``path`` (.npz)."""
        keys = [""] * len(self.row)
        for key, i in self.row.items():
            keys[i] = key
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, keys=np.array(keys), vectors=self.vectors)

    @classmethod
    def load(cls, path: Path) -> VectorPool:
        """Read a pool written by ``save``."""
        data = np.load(path)
        return cls([str(k) for k in data["keys"]], data["vectors"])

    def vector(self, text: str) -> np.ndarray:
        """The real vector of a known text, else a seeded mixture of real vectors."""
        key = text_key(text)
        row = self.row.get(key)
        if row is not None:
            self.real += 1
            return self.vectors[row]
        self.mixed += 1
        return mixture(self.vectors, key)


class ProxyE5:
    """Real e5 for questions; pool vectors (real or mixed) for passages."""

    name = PROXY_NAME

    def __init__(self, pool_path: Path) -> None:
        from ingest.embedders import E5Embedder

        self.pool_path = pool_path
        self._pool: VectorPool | None = None
        self._e5 = E5Embedder()

    @property
    def pool(self) -> VectorPool:
        """The vector pool (read on first use: retrieval never needs it)."""
        if self._pool is None:
            self._pool = VectorPool.load(self.pool_path)
        return self._pool

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        """Pool vectors for passages, shape (n, 384)."""
        if not texts:
            return np.zeros((0, self.pool.vectors.shape[1]), np.float32)
        return np.vstack([self.pool.vector(t) for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        """The real e5 vector of a question."""
        return self._e5.embed_query(text)


def register(pool_path: Path) -> None:
    """Register ``e5-proxy`` in this process's embedder registry."""
    from ingest.embedders import embedders

    embedders.register(PROXY_NAME)(lambda: ProxyE5(pool_path))


def spread(vectors: np.ndarray, pool: np.ndarray, exclude_self: bool = False) -> dict[str, float]:
    """Mean cosine of ``vectors`` to their nearest pool vector and to all pool vectors."""
    sims = vectors @ pool.T
    if exclude_self:  # the vectors are pool rows: a vector's nearest neighbour is not itself
        sims[sims > 0.99999] = np.nan
    return {
        "nearest_cosine_mean": round(float(np.nanmax(sims, axis=1).mean()), 4),
        "cosine_mean": round(float(np.nanmean(sims)), 4),
    }


def proxy_ingest_task(args: dict[str, Any]) -> dict[str, Any]:
    """Worker side: pool from the real index in ``args['source']``, then ``run_ingest`` with ``e5-proxy``."""
    from ingest.catalog import open_catalog
    from ingest.embedders import get_embedder
    from ingest.pipeline import run_ingest
    from ketenwijzer.settings import Settings

    pool_path = Path(args["pool"])
    started = time.perf_counter()
    pool = VectorPool.from_index(Settings(data_dir=Path(args["source"])))
    pool.save(pool_path)
    pool_s = time.perf_counter() - started
    register(pool_path)
    settings = Settings()
    started, cpu = time.perf_counter(), time.process_time()
    report = run_ingest(settings, embedder_name=PROXY_NAME)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    proxy = get_embedder(PROXY_NAME).inner  # type: ignore[attr-defined]
    real, mixed = proxy.pool.real, proxy.pool.mixed
    # How the stand-ins sit among the real vectors (same sample size for both).
    rng = np.random.default_rng(SEED)
    mixed_texts = [t for _, _, t in open_catalog(settings).iter_index_texts() if text_key(t) not in pool.row]
    sample = [mixed_texts[i] for i in rng.choice(len(mixed_texts), min(300, len(mixed_texts)), replace=False)]
    real_rows = pool.vectors[rng.choice(len(pool.vectors), min(300, len(pool.vectors)), replace=False)]
    mixed_rows = np.vstack([mixture(pool.vectors, text_key(t)) for t in sample]) if sample else real_rows
    return {
        "pool_vectors": len(pool.row),
        "pool_seconds": round(pool_s, 2),
        "ingest_seconds": round(seconds, 2),
        "ingest_cpu_s": round(cpu, 2),
        "chunks_total": report.chunks_total,
        "chunks_embedded": report.chunks_embedded,
        "vectors_real": real,
        "vectors_mixed": mixed,
        "errors": len(report.errors),
        "spread_real": spread(real_rows, pool.vectors, exclude_self=True),
        "spread_mixed": spread(mixed_rows, pool.vectors),
    }
