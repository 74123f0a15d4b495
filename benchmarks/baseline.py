"""A plain LangChain RAG as the baseline: ``Chroma(...).as_retriever()``, dense only.

Same chunks (read from our catalog), same embedder (ours, wrapped as LangChain
``Embeddings``), same extractive generator, same questions; its Chroma lives in its own
temp dir. Compared with our ``Assistant.ask`` on hit@5 and latency.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from benchmarks.common import bench_env, load_questions, run_worker, summary_ms


class WrappedEmbeddings(Embeddings):
    """One of our embedders as a LangChain ``Embeddings``."""

    def __init__(self, embedder: Any) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Vectors for passages."""
        return [list(map(float, v)) for v in self.embedder.embed_documents(texts)]

    def embed_query(self, text: str) -> list[float]:
        """Vector for one query."""
        return [float(x) for x in self.embedder.embed_query(text)]


def baseline_task(args: dict[str, Any]) -> dict[str, Any]:
    """Worker side: build the baseline store, then ask every question of both pipelines."""
    from langchain_chroma import Chroma

    from assistant.chain import Assistant
    from assistant.citations import assemble
    from assistant.generators import create_generator
    from evals.metrics import hit_at
    from ketenwijzer.settings import Settings

    rounds = int(args.get("rounds", 2))
    settings = Settings()
    ours = Assistant(settings)
    ours.search("ketensamenwerking", 1)
    index = ours.index
    questions = load_questions()

    rows = list(index.catalog.iter_index_texts())
    with tempfile.TemporaryDirectory(prefix="lc-baseline-") as tmp:
        started = time.perf_counter()
        store = Chroma(
            collection_name="baseline",
            embedding_function=WrappedEmbeddings(index.embedder),
            persist_directory=str(Path(tmp) / "chroma"),
        )
        for i in range(0, len(rows), 1000):
            part = rows[i : i + 1000]
            store.add_texts(
                texts=[text for _, _, text in part],
                metadatas=[{"chunk_id": cid, "doc_id": doc_id} for cid, doc_id, _ in part],
                ids=[cid for cid, _, _ in part],
            )
        build_s = time.perf_counter() - started
        retriever = store.as_retriever(search_kwargs={"k": settings.top_k})
        generator = create_generator("extractive", settings, index)

        def baseline_ask(q: dict[str, Any]) -> list[str]:
            docs = retriever.invoke(q["question"])
            passages = index.passages([d.metadata["chunk_id"] for d in docs])
            draft = generator.generate(q["question"], passages, q["language"])
            assemble(draft, passages)
            return [p.doc_id for p in passages]

        baseline_ask(questions[0])  # warm-up, like ours below
        ours.ask(questions[0]["question"], language=questions[0]["language"])
        base_ms: list[float] = []
        ours_ms: list[float] = []
        base_hits: list[float] = []
        ours_hits: list[float] = []
        per_set: dict[str, dict[str, list[float]]] = {}
        for r in range(rounds):
            for q in questions:
                t0 = time.perf_counter()
                base_docs = baseline_ask(q)
                t1 = time.perf_counter()
                answer = ours.ask(q["question"], language=q["language"])
                t2 = time.perf_counter()
                base_ms.append((t1 - t0) * 1000)
                ours_ms.append((t2 - t1) * 1000)
                if r == 0:
                    b = hit_at(base_docs, q["expected"], 5)
                    o = hit_at([x.doc_id for x in answer.retrieved], q["expected"], 5)
                    base_hits.append(b)
                    ours_hits.append(o)
                    s = per_set.setdefault(q["set"], {"baseline": [], "ours": []})
                    s["baseline"].append(b)
                    s["ours"].append(o)

    def rate(values: list[float]) -> float:
        return round(sum(values) / len(values), 4) if values else 0.0

    ours_lat, base_lat = summary_ms(ours_ms), summary_ms(base_ms)
    return {
        "questions": len(questions),
        "chunks": len(rows),
        "baseline_build_s": round(build_s, 3),
        "hit_at_5": {"ours": rate(ours_hits), "baseline": rate(base_hits)},
        "hit_at_5_per_set": {
            name: {"ours": rate(v["ours"]), "baseline": rate(v["baseline"]), "n": len(v["ours"])}
            for name, v in per_set.items()
        },
        "latency_ms": {"ours": ours_lat, "baseline": base_lat},
        "ratio_latency_p50": round(ours_lat["p50"] / base_lat["p50"], 2),
        "ratio_latency_p95": round(ours_lat["p95"] / base_lat["p95"], 2),
        "hit_at_5_points_gained": round((rate(ours_hits) - rate(base_hits)) * 100, 1),
    }


def bench_baseline(data_dir: Path, corpus_dir: Path, rounds: int) -> dict[str, Any]:
    """Run the baseline comparison in a fresh process on an existing index."""
    return run_worker("baseline", {"rounds": rounds}, bench_env(data_dir, corpus_dir))
