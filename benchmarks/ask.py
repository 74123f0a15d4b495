"""Benchmark `ketenwijzer ask`: cold and warm CLI wall time, in-process answer latency p50/p95.

Run: ``.venv/bin/python -m benchmarks.ask`` (uses the project corpus and a temp data dir).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from benchmarks.common import percentile

ROOT = Path(__file__).resolve().parent.parent


def cli_wall_times(env: dict[str, str], runs: int = 3) -> list[float]:
    """Wall-clock seconds of ``ketenwijzer ask`` in a new process, ``runs`` times."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "ketenwijzer.cli", "ask", "Hoe bestuur je een keten zonder baas?"],
            env=env,
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - started)
    return times


def questions() -> list[str]:
    """Every question of the curated sets."""
    out = []
    for path in sorted((ROOT / "evals" / "sets").glob("*.yaml")):
        out += [q["question"] for q in yaml.safe_load(path.read_text())["questions"]]
    return out


def main() -> None:
    """Print the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "KETENWIJZER_DATA_DIR": tmp, "KETENWIJZER_CORPUS_DIR": str(ROOT / "corpus")}
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "ketenwijzer.cli", "ingest"], env=env, check=True, capture_output=True
        )
        ingest_s = time.perf_counter() - started
        cold = cli_wall_times(env, 1)[0]
        warm = cli_wall_times(env, 3)

        os.environ.update(KETENWIJZER_DATA_DIR=tmp, KETENWIJZER_CORPUS_DIR=str(ROOT / "corpus"))
        from assistant.chain import Assistant
        from ketenwijzer.settings import Settings

        assistant = Assistant(Settings())
        qs = questions()
        assistant.ask(qs[0])  # load models once, like a running server
        latencies = []
        for q in qs:
            t = time.perf_counter()
            assistant.ask(q)
            latencies.append((time.perf_counter() - t) * 1000)

    print(f"machine: {os.cpu_count()} cores, no GPU; python {sys.version.split()[0]}")
    print(f"ingest (fresh data dir, CLI): {ingest_s:.2f} s")
    print(f"ketenwijzer ask, cold process: {cold:.2f} s")
    print(f"ketenwijzer ask, warm process: median {statistics.median(warm):.2f} s over {len(warm)} runs")
    print(
        f"in-process answer latency over {len(latencies)} questions: "
        f"p50 {percentile(latencies, 50):.1f} ms, p95 {percentile(latencies, 95):.1f} ms, "
        f"max {max(latencies):.1f} ms"
    )
    print(f"ratio cold CLI / in-process p50: {cold * 1000 / percentile(latencies, 50):.0f}x")


if __name__ == "__main__":
    main()
