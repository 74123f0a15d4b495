"""Ingest throughput (cold and no-change re-run) and peak RSS, each run in a fresh process."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from benchmarks.common import bench_env, log, own_peak_rss_mb, run_worker


def ingest_task(args: dict[str, Any]) -> dict[str, Any]:
    """Worker side: one ``run_ingest`` on the env's data dir (optionally under pyinstrument)."""
    from ingest.pipeline import run_ingest
    from ketenwijzer.settings import Settings

    settings = Settings()
    last = [0.0]

    def progress(stage: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 15:
            last[0] = now
            log(f"ingest {stage} {done}/{total}")

    profiler = None
    if args.get("profile"):
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.001)
        profiler.start()
    started, cpu = time.perf_counter(), time.process_time()
    report = run_ingest(settings, progress=progress)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if profiler is not None:
        profiler.stop()
        Path(args["profile"]).with_suffix(".html").write_text(profiler.output_html())
        Path(args["profile"]).with_suffix(".txt").write_text(
            profiler.output_text(unicode=True, show_all=False)
        )
    return {
        "seconds": round(seconds, 3),
        "cpu_s": round(cpu, 3),
        "embedder": settings.embedder,
        "chunks_total": report.chunks_total,
        "chunks_embedded": report.chunks_embedded,
        "documents_added": len(report.added),
        "documents_skipped": len(report.skipped),
        "errors": len(report.errors),
        "peak_rss_mb": own_peak_rss_mb(),
    }


def bench_ingest(
    data_dir: Path, corpus_dir: Path, reruns: int = 3, profile_dir: Path | None = None, label: str = ""
) -> dict[str, Any]:
    """Cold ingest into an empty ``data_dir``, then ``reruns`` no-change re-runs; figures per run."""
    env = bench_env(data_dir, corpus_dir)
    out: dict[str, Any] = {}
    if not (data_dir / "catalog.sqlite").exists():
        log(f"{label}: cold ingest of {corpus_dir}")
        cold = run_worker("ingest", {}, env)
        cold["chunks_per_s"] = round(cold["chunks_total"] / max(cold["seconds"], 1e-9), 1)
        out["cold"] = cold
    else:
        log(f"{label}: index exists, cold ingest not re-measured")
    runs = []
    for i in range(reruns):
        r = run_worker("ingest", {}, env)
        r["chunks_per_s"] = round(r["chunks_total"] / max(r["seconds"], 1e-9), 1)
        runs.append(r)
        log(
            f"{label}: no-change re-run {i + 1}: {r['seconds']:.2f} s in-process, {r['process_wall_s']:.2f} s wall"
        )
    if runs:
        best = min(runs, key=lambda r: r["seconds"])
        out["rerun"] = {
            **best,
            "seconds_all": [r["seconds"] for r in runs],
            "process_wall_s_all": [r["process_wall_s"] for r in runs],
        }
    if profile_dir is not None:
        profile = profile_dir / f"ingest-rerun-{label}"
        run_worker("ingest", {"profile": str(profile)}, env)
        out["rerun_profile"] = str(profile.with_suffix(".html"))
    return out
