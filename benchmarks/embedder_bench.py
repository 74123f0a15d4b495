"""Embedder cost side by side: ``python -m benchmarks.embedder_bench [--embedders use,minilm,e5]``.

Per embedder, in a fresh process: load time, per-question latency (the answerable eval
questions, one call each, nothing remembered), per-passage cost one passage per call and in
batches of 64 as the ingest sends them (the shipped corpus's real chunks). Prints figures and
ratios against the first embedder; never asserts on time. Beside wall-clock time the
process's CPU time is recorded (all threads): on a machine shared with other work the wall
time grows with the load, the CPU time hardly, so CPU time / cores estimates the wall time
on an idle machine. The load average before and after each run is recorded too.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, bench_env, load_questions, log, own_peak_rss_mb, run_worker, summary_ms

INGEST_BATCH = 64
SINGLE_PASSAGES = 32


def shipped_passages(chunk_chars: int) -> list[str]:
    """What the ingest embeds for the shipped corpus: each chunk's index text."""
    from ingest.chunking import chunk_document
    from ingest.folder import discover
    from ingest.loaders import load_document
    from ketenwijzer.settings import Settings

    corpus = Settings().corpus_dir
    texts = []
    for path in discover(corpus):
        doc = load_document(path, corpus)
        texts += [c.index_text(doc.title) for c in chunk_document(doc, chunk_chars)]
    return texts


def embedder_task(args: dict[str, Any]) -> dict[str, Any]:
    """Worker side: time one embedder (a fresh instance, no query cache)."""
    from ingest.embedders import embedders

    load_before = os.getloadavg()[0]
    passages = shipped_passages(int(args.get("chunk_chars", 900)))
    questions = [q["question"] for q in load_questions()]
    embedder = embedders.create(args["embedder"])
    started = time.perf_counter()
    dim = int(embedder.embed_query("ketensamenwerking").shape[0])  # loads the model
    load_s = time.perf_counter() - started
    for q in questions[:3]:
        embedder.embed_query(q)

    query_ms, query_cpu = [], time.process_time()
    for q in questions:
        t0 = time.perf_counter()
        embedder.embed_query(q)
        query_ms.append((time.perf_counter() - t0) * 1000)
    query_cpu = time.process_time() - query_cpu

    single = passages[:SINGLE_PASSAGES]
    single_ms, single_cpu = [], time.process_time()
    for text in single:
        t0 = time.perf_counter()
        embedder.embed_documents([text])
        single_ms.append((time.perf_counter() - t0) * 1000)
    single_cpu = time.process_time() - single_cpu

    t0, batched_cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(passages), INGEST_BATCH):
        embedder.embed_documents(passages[i : i + INGEST_BATCH])
    batched_s, batched_cpu = time.perf_counter() - t0, time.process_time() - batched_cpu
    return {
        "embedder": args["embedder"],
        "dim": dim,
        "load_s": round(load_s, 3),
        "questions": len(questions),
        "query_ms": summary_ms(query_ms),
        "query_cpu_ms": round(query_cpu * 1000 / max(len(questions), 1), 2),
        "passage_single_ms": summary_ms(single_ms),
        "passage_single_cpu_ms": round(single_cpu * 1000 / max(len(single), 1), 2),
        "passages": len(passages),
        "passage_chars_mean": round(sum(map(len, passages)) / max(len(passages), 1)),
        "passage_batched_ms": round(batched_s * 1000 / max(len(passages), 1), 2),
        "passage_batched_cpu_ms": round(batched_cpu * 1000 / max(len(passages), 1), 2),
        "passages_per_s_batched": round(len(passages) / max(batched_s, 1e-9), 1),
        "peak_rss_mb": own_peak_rss_mb(),
        "loadavg_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }


def bench_embedders(names: list[str]) -> list[dict[str, Any]]:
    """Each embedder in its own process, one after the other."""
    env = bench_env(ROOT / "data", ROOT / "corpus")
    out = []
    for name in names:
        log(f"embedder {name}")
        out.append(run_worker("embedder", {"embedder": name}, env))
    return out


def markdown(rows: list[dict[str, Any]]) -> str:
    """A table of the figures with the ratio to the first embedder in brackets."""
    first = rows[0]

    def cell(row: dict[str, Any], value: float, base: float, unit: str) -> str:
        ratio = "" if row is first else f" ({value / base:.1f}×)"
        return f"{value:.1f} {unit}{ratio}"

    lines = [
        "| figure | " + " | ".join(r["embedder"] for r in rows) + " |",
        "|---|" + "---|" * len(rows),
        "| dimensions | " + " | ".join(str(r["dim"]) for r in rows) + " |",
        "| load (first call) | " + " | ".join(f"{r['load_s']:.2f} s" for r in rows) + " |",
    ]
    figures = [
        ("question p50", lambda r: r["query_ms"]["p50"]),
        ("question p95", lambda r: r["query_ms"]["p95"]),
        ("passage, one per call (mean)", lambda r: r["passage_single_ms"]["mean"]),
        (f"passage, batches of {INGEST_BATCH} (per passage)", lambda r: r["passage_batched_ms"]),
        ("CPU time per question", lambda r: r["query_cpu_ms"]),
        ("CPU time per passage, one per call", lambda r: r["passage_single_cpu_ms"]),
        (f"CPU time per passage, batches of {INGEST_BATCH}", lambda r: r["passage_batched_cpu_ms"]),
    ]
    for label, get in figures:
        lines.append(f"| {label} | " + " | ".join(cell(r, get(r), get(first), "ms") for r in rows) + " |")
    lines.append(
        "| passages/s, batched | " + " | ".join(f"{r['passages_per_s_batched']:.1f}" for r in rows) + " |"
    )
    lines.append("| peak RSS | " + " | ".join(f"{r['peak_rss_mb']:.0f} MB" for r in rows) + " |")
    lines.append(
        "| load average (1 min) before → after | "
        + " | ".join(f"{r['loadavg_1min'][0]} → {r['loadavg_1min'][1]}" for r in rows)
        + " |"
    )
    return "\n".join(lines)


def main() -> None:
    """Run the comparison, print the table and write ``OUT/embedders.json``."""
    p = argparse.ArgumentParser(prog="python -m benchmarks.embedder_bench", description=__doc__)
    p.add_argument("--embedders", default="use,minilm,e5", help="comma list of embedder names")
    p.add_argument("--out", type=Path, default=ROOT / "bench-out")
    args = p.parse_args()
    rows = bench_embedders([n.strip() for n in args.embedders.split(",") if n.strip()])
    args.out.mkdir(parents=True, exist_ok=True)
    result = {"date": time.strftime("%Y-%m-%d %H:%M"), "cores": os.cpu_count(), "embedders": rows}
    (args.out / "embedders.json").write_text(json.dumps(result, indent=1))
    print(markdown(rows))
    print(f"passages: {rows[0]['passages']} shipped chunks, mean {rows[0]['passage_chars_mean']} characters")


if __name__ == "__main__":
    main()
