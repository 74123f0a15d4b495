"""Proxy e5 vectors of the 100k retrieval benchmark: real where the text was embedded, mixed elsewhere."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np

from benchmarks.common import bench_env, run_worker
from benchmarks.proxy_vectors import PROXY_NAME, mixture, text_key
from ingest.catalog import open_catalog
from ingest.embedders import get_embedder
from ingest.index import Index
from ingest.pipeline import run_ingest
from ingest.vectorstore import ChromaStore
from tests.conftest import make_settings

DOCS = {
    "ketenregie": (
        "Ketenregie",
        "De ketenregisseur bewaakt de samenhang tussen de partners in de keten. Hij spreekt partijen "
        "aan op afspraken en zorgt dat knelpunten op tafel komen voordat ze escaleren.",
    ),
    "gegevensdeling": (
        "Gegevensdeling",
        "Gegevens worden in de keten alleen gedeeld als daar een wettelijke grondslag voor is. Een "
        "verwerkersovereenkomst legt vast wie welke gegevens mag inzien en hoe lang.",
    ),
    "financiering": (
        "Financiering",
        "Een keten zonder gezamenlijk budget valt uiteen zodra een partner bezuinigt. Structurele "
        "financiering van de regiefunctie voorkomt dat samenwerking afhangt van projectgeld.",
    ),
    "evaluatie": (
        "Evaluatie",
        "Meet niet alleen de prestaties van elke organisatie, maar vooral de uitkomst voor de burger "
        "aan het eind van de keten. Evalueer jaarlijks met alle partners samen.",
    ),
}


def _write(corpus: Path, names: list[str]) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    for name in names:
        title, text = DOCS[name]
        front = f"---\nid: {name}\ntitle: {title}\nlanguage: nl\nkind: article\n---\n\n"
        (corpus / f"{name}.md").write_text(f"{front}# {title}\n\n{text}\n", encoding="utf-8")


def _vectors(store: ChromaStore) -> dict[str, np.ndarray]:
    got = store._collection.get(include=["embeddings"])
    assert got["embeddings"] is not None
    return {cid: np.asarray(v) for cid, v in zip(got["ids"], list(got["embeddings"]), strict=True)}


def test_a_mixture_is_a_seeded_unit_vector_distinct_from_its_pool() -> None:
    rng = np.random.default_rng(1)
    pool = rng.normal(size=(40, 384)).astype(np.float32)
    pool /= np.linalg.norm(pool, axis=1, keepdims=True)
    a, again, other = mixture(pool, text_key("a")), mixture(pool, text_key("a")), mixture(pool, text_key("b"))
    assert abs(float(np.linalg.norm(a)) - 1) < 1e-5
    assert np.array_equal(a, again)
    assert not np.allclose(a, other)
    assert float((pool @ a).max()) < 0.999  # never a copy of a real vector


def test_the_proxy_index_keeps_real_vectors_and_is_read_like_a_real_index(tmp_path: Path) -> None:
    source = make_settings(tmp_path / "source-data", tmp_path / "source-corpus", embedder="e5")
    _write(source.corpus_dir, ["ketenregie", "gegevensdeling"])
    assert not run_ingest(source).errors
    real = _vectors(ChromaStore(source, "e5"))

    target_corpus, target_data = tmp_path / "target-corpus", tmp_path / "target-data"
    shutil.copytree(source.corpus_dir, target_corpus)
    _write(target_corpus, ["financiering", "evaluatie"])
    built = run_worker(
        "proxy-ingest",
        {"source": str(source.data_dir), "pool": str(tmp_path / "pool.npz")},
        bench_env(target_data, target_corpus, KETENWIJZER_EMBEDDER=PROXY_NAME),
    )
    target = make_settings(target_data, target_corpus, embedder=PROXY_NAME)
    proxy = _vectors(ChromaStore(target, PROXY_NAME))
    live = {cid for cid, _, _ in open_catalog(target).iter_index_texts()}
    assert set(proxy) == live
    assert built["vectors_real"] == len(real) and built["vectors_mixed"] == len(live) - len(real)

    pool = np.vstack(list(real.values()))
    for cid, vector in proxy.items():
        if cid in real:
            assert np.allclose(vector, real[cid], atol=1e-6)
        else:
            assert abs(float(np.linalg.norm(vector)) - 1) < 1e-4
            assert float((pool @ vector).max()) < 0.999

    index = Index(target, PROXY_NAME)
    assert index.is_ready()
    question = get_embedder("e5").embed_query("Wie bewaakt de samenhang in de keten?")
    hits = index.dense(question, 3)
    assert len(hits) == 3 and {cid for cid, _ in hits} <= live
    scores = [score for _, score in hits]
    assert scores == sorted(scores, reverse=True)
