"""End to end over HTTP: ``ketenwijzer serve`` start to ready, ``/api/ask`` latency, first SSE delta."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from benchmarks.common import ROOT, bench_env, load_questions, log, proc_peak_rss_mb, summary_ms


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_ready(client: httpx.Client, proc: subprocess.Popen[bytes], timeout: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            if client.get("/readyz", timeout=2).status_code == 200:
                return time.perf_counter()
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"server not ready after {timeout} s")


def _first_delta_ms(client: httpx.Client, question: str) -> tuple[float, float]:
    """(ms to the first ``delta`` event, ms to the end of the stream) of one ``/api/chat``."""
    started = time.perf_counter()
    first = float("nan")
    event = ""
    with client.stream("POST", "/api/chat", json={"question": question}, timeout=60) as response:
        response.raise_for_status()
        for line in response.iter_lines():
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and event == "delta" and first != first:
                first = (time.perf_counter() - started) * 1000
    return first, (time.perf_counter() - started) * 1000


def bench_http(
    data_dir: Path, corpus_dir: Path, rounds: int, chat_questions: int = 30, ready_timeout: float = 600
) -> dict[str, Any]:
    """Start the server on an existing index and measure it; the server is stopped afterwards."""
    port = free_port()
    env = bench_env(data_dir, corpus_dir)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ketenwijzer.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            ready_at = _wait_ready(client, proc, ready_timeout)
            start_to_ready = ready_at - started
            rss_ready = proc_peak_rss_mb(proc.pid)
            log(f"server ready in {start_to_ready:.2f} s (RSS {rss_ready} MB)")
            questions = load_questions()
            first = client.post("/api/ask", json={"question": questions[0]["question"]}, timeout=60)
            first.raise_for_status()
            ask_ms: list[float] = []
            per_round: list[list[float]] = []
            server_ms: list[float] = []
            statuses: dict[int, int] = {}
            for _ in range(rounds):
                per_round.append([])
                for q in questions:
                    t0 = time.perf_counter()
                    r = client.post("/api/ask", json={"question": q["question"]}, timeout=60)
                    ask_ms.append((time.perf_counter() - t0) * 1000)
                    per_round[-1].append(ask_ms[-1])
                    statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                    if r.status_code == 200:
                        server_ms.append(float(json.loads(r.content)["timings_ms"].get("total", 0.0)))
            delta_ms: list[float] = []
            stream_ms: list[float] = []
            for q in questions[:chat_questions]:
                a, b = _first_delta_ms(client, q["question"])
                if a == a:
                    delta_ms.append(a)
                stream_ms.append(b)
            rss_peak = proc_peak_rss_mb(proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return {
        "start_to_ready_s": round(start_to_ready, 3),
        "ask_ms": summary_ms(ask_ms),
        # Round 1 meets every passage for the first time (its sentence vectors are computed and
        # cached); later rounds show a server that has seen these passages before.
        "ask_ms_rounds": [summary_ms(r) for r in per_round],
        "ask_server_total_ms": summary_ms(server_ms),
        "statuses": {str(k): v for k, v in statuses.items()},
        "chat_first_delta_ms": summary_ms(delta_ms),
        "chat_stream_ms": summary_ms(stream_ms),
        "server_rss_ready_mb": rss_ready,
        "server_peak_rss_mb": rss_peak,
    }
