"""Shared helpers of the benchmark harness: percentiles, child processes, peak RSS, questions."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_CORPUS = ROOT / "corpus"
QUESTION_SETS = ("articles", "nora", "english")
RESULT_PREFIX = "BENCH-RESULT "


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0–100) by linear interpolation; NaN for no values."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q / 100
    low, high = int(pos), min(int(pos) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def summary_ms(values_ms: list[float]) -> dict[str, float]:
    """p50, p95, mean and max of a list of milliseconds, rounded."""
    if not values_ms:
        return {"n": 0}
    return {
        "n": len(values_ms),
        "p50": round(percentile(values_ms, 50), 2),
        "p95": round(percentile(values_ms, 95), 2),
        "mean": round(sum(values_ms) / len(values_ms), 2),
        "max": round(max(values_ms), 2),
    }


def own_peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (Linux reports ru_maxrss in KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def proc_peak_rss_mb(pid: int) -> float | None:
    """Peak RSS (VmHWM) of a running process in MB, from /proc; None when unavailable."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def bench_env(data_dir: Path, corpus_dir: Path, **extra: str) -> dict[str, str]:
    """Environment for a Ketenwijzer child process on ``data_dir`` and ``corpus_dir``."""
    env = {
        **os.environ,
        "KETENWIJZER_DATA_DIR": str(data_dir),
        "KETENWIJZER_CORPUS_DIR": str(corpus_dir),
        "KETENWIJZER_RATE_LIMIT_PER_MINUTE": "0",
        "KETENWIJZER_GENERATOR": "extractive",
        "PYTHONUNBUFFERED": "1",
    }
    env.update(extra)
    return env


def run_worker(task: str, args: dict[str, Any], env: dict[str, str], timeout: float = 3600) -> dict[str, Any]:
    """Run ``benchmarks.worker <task>`` in a fresh process; its JSON result plus wall seconds."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.worker", task, json.dumps(args)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"worker {task} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            result: dict[str, Any] = json.loads(line[len(RESULT_PREFIX) :])
            result["process_wall_s"] = round(wall, 3)
            return result
    raise RuntimeError(f"worker {task} printed no result:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")


def emit_result(result: dict[str, Any]) -> None:
    """Print a worker's result in the line format ``run_worker`` reads."""
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def load_questions(sets: tuple[str, ...] = QUESTION_SETS) -> list[dict[str, Any]]:
    """Answerable questions of the given eval sets: id, set, question, language, expected sources."""
    out = []
    for name in sets:
        data = yaml.safe_load((ROOT / "evals" / "sets" / f"{name}.yaml").read_text())
        default_language = data.get("language", "nl")
        for q in data["questions"]:
            if not q.get("expected_sources"):
                continue
            out.append(
                {
                    "id": f"{name}/{q['id']}",
                    "set": name,
                    "question": q["question"],
                    "language": q.get("language") or default_language,
                    "expected": list(q["expected_sources"]),
                }
            )
    return out


def log(message: str) -> None:
    """Progress to stderr with a timestamp."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)
