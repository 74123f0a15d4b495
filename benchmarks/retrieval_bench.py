"""In-process retrieval and answer latency (warm), with a per-stage breakdown and hit@5."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from benchmarks.common import bench_env, load_questions, own_peak_rss_mb, run_worker, summary_ms


def _profile(path: Path, fn: Any) -> None:
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    profiler.start()
    fn()
    profiler.stop()
    path.with_suffix(".html").write_text(profiler.output_html())
    path.with_suffix(".txt").write_text(profiler.output_text(unicode=True, show_all=False))


def retrieval_task(args: dict[str, Any]) -> dict[str, Any]:
    """Worker side: load the index, then time retrieval stages and ``Assistant.ask`` per question."""
    from assistant.chain import Assistant
    from assistant.glossary import expand_query
    from evals.metrics import hit_at
    from ketenwijzer.settings import Settings

    if args.get("proxy_pool"):  # an index of proxy e5 vectors (benchmarks/proxy_vectors.py)
        from benchmarks.proxy_vectors import register

        register(Path(args["proxy_pool"]))
    rounds = int(args.get("rounds", 2))
    questions = load_questions()
    started = time.perf_counter()
    assistant = Assistant(Settings())
    assistant.search("ketensamenwerking", 1)
    load_s = time.perf_counter() - started
    index, retriever = assistant.index, assistant.retriever
    queries = [expand_query(q["question"], q["language"]) for q in questions]
    n = max(assistant.settings.candidates, assistant.settings.top_k)

    stages: dict[str, list[float]] = {"embed": [], "dense": [], "lexical": [], "passages": []}
    # Real users rarely repeat a question word for word: every round starts with no query
    # vectors remembered (within one answer the answerer still reuses the retriever's vector).
    forget = getattr(index.embedder, "forget", lambda: None)
    retrieve_ms: list[float] = []
    for _ in range(rounds):
        forget()
        for query in queries:
            t0 = time.perf_counter()
            retriever.retrieve(query)
            retrieve_ms.append((time.perf_counter() - t0) * 1000)
    for query in queries:
        t0 = time.perf_counter()
        vector = index.embedder.embed_query(query)
        t1 = time.perf_counter()
        dense = index.dense(vector, n, None)
        t2 = time.perf_counter()
        lexical = index.lexical.search(query, n, index.doc_mask(None))
        t3 = time.perf_counter()
        index.passages([c for c, _ in (lexical[:3] + dense[:3])])
        t4 = time.perf_counter()
        for name, a, b in (("embed", t0, t1), ("dense", t1, t2), ("lexical", t2, t3), ("passages", t3, t4)):
            stages[name].append((b - a) * 1000)
        forget()

    ask_ms: list[float] = []
    per_round: list[list[float]] = []
    hits: list[float] = []
    for i in range(rounds):
        forget()
        per_round.append([])
        for q in questions:
            t0 = time.perf_counter()
            answer = assistant.ask(q["question"], language=q["language"])
            ask_ms.append((time.perf_counter() - t0) * 1000)
            per_round[-1].append(ask_ms[-1])
            if i == 0:
                hits.append(hit_at([r.doc_id for r in answer.retrieved], q["expected"], 5))

    profiles = {}
    if args.get("profile_dir"):
        label = args.get("label", "")
        base = Path(args["profile_dir"])

        def ask_all() -> None:
            for q in questions:
                assistant.ask(q["question"], language=q["language"])

        def retrieve_all() -> None:
            for query in queries:
                retriever.retrieve(query)

        _profile(base / f"ask-warm-{label}", ask_all)
        _profile(base / f"retrieve-warm-{label}", retrieve_all)
        profiles = {
            "ask": str(base / f"ask-warm-{label}.html"),
            "retrieve": str(base / f"retrieve-warm-{label}.html"),
        }
    return {
        "chunks": index.lexical.n,
        "questions": len(questions),
        "load_s": round(load_s, 3),
        "retrieve_ms": summary_ms(retrieve_ms),
        "stages_ms": {k: summary_ms(v) for k, v in stages.items()},
        "ask_ms": summary_ms(ask_ms),
        "ask_ms_rounds": [summary_ms(r) for r in per_round],
        "hit_at_5": round(sum(hits) / len(hits), 4) if hits else None,
        "peak_rss_mb": own_peak_rss_mb(),
        "profiles": profiles,
    }


def bench_retrieval(
    data_dir: Path,
    corpus_dir: Path,
    rounds: int,
    profile_dir: Path | None = None,
    label: str = "",
    proxy_pool: Path | None = None,
) -> dict[str, Any]:
    """Run the retrieval task in a fresh process on an existing index (of proxy vectors with ``proxy_pool``)."""
    args: dict[str, Any] = {"rounds": rounds, "label": label}
    env = bench_env(data_dir, corpus_dir)
    if profile_dir is not None:
        args["profile_dir"] = str(profile_dir)
    if proxy_pool is not None:
        from benchmarks.proxy_vectors import PROXY_NAME

        args["proxy_pool"] = str(proxy_pool)
        env["KETENWIJZER_EMBEDDER"] = PROXY_NAME
    return run_worker("retrieval", args, env)
