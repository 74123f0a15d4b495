"""Bounded load test on loopback: N concurrent clients mixing ``/api/ask`` and streaming ``/api/chat``.

    python -m benchmarks.load                       # 50 clients, 60 s, starts its own server
    python -m benchmarks.load --clients 20 --seconds 20
    python -m benchmarks.load --url http://127.0.0.1:8000 --pid 1234

The server it starts is ``ketenwijzer serve`` (one worker) over the configured data dir with
``KETENWIJZER_RATE_LIMIT_PER_MINUTE=0``: rate limiting is off, so it cannot trip the test.
Against ``--url`` start the server the same way (or send a key in ``--api-key`` and set a
high limit). Questions come from evals/sets. It prints throughput, p50/p95 per endpoint,
the error count and the server's RSS at start, middle and end; any error is a FAIL (exit 1).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from evals.questionset import load_set

PROJECT = Path(__file__).resolve().parent.parent
SETS = ("articles", "nora", "english", "out-of-scope")


@dataclass
class Tally:
    """Latencies (ms) per endpoint and the errors seen."""

    latencies: dict[str, list[float]] = field(
        default_factory=lambda: {"ask": [], "chat": [], "chat_first": []}
    )
    errors: list[str] = field(default_factory=list)


def questions() -> list[str]:
    """All questions of the evaluation sets."""
    return [q.question for name in SETS for q in load_set(name).questions]


def rss_mb(pid: int | None) -> float | None:
    """The resident set size of ``pid`` in MB (from /proc/<pid>/status), or None."""
    if pid is None:
        return None
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0–100) of ``values``."""
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[max(0, min(98, round(q) - 1))]


async def one_ask(client: httpx.AsyncClient, question: str, tally: Tally) -> None:
    """POST /api/ask and check the answer."""
    started = time.perf_counter()
    response = await client.post("/api/ask", json={"question": question})
    if response.status_code != 200 or "answer" not in response.json():
        tally.errors.append(f"ask {response.status_code}: {response.text[:200]}")
        return
    tally.latencies["ask"].append((time.perf_counter() - started) * 1000)


async def one_chat(client: httpx.AsyncClient, question: str, tally: Tally) -> None:
    """POST /api/chat, read the whole stream and check it ends with ``done``."""
    started = time.perf_counter()
    first: float | None = None
    events: list[str] = []
    async with client.stream("POST", "/api/chat", json={"question": question}) as response:
        if response.status_code != 200:
            await response.aread()
            tally.errors.append(f"chat {response.status_code}: {response.text[:200]}")
            return
        async for line in response.aiter_lines():
            if line.startswith("event:"):
                first = first or time.perf_counter()
                events.append(line[6:].strip())
    if not events or events[-1] != "done" or "error" in events:
        tally.errors.append(f"chat-stroom eindigde met {events[-3:]}")
        return
    tally.latencies["chat"].append((time.perf_counter() - started) * 1000)
    tally.latencies["chat_first"].append(((first or started) - started) * 1000)


async def client_loop(
    base: str, headers: dict[str, str], pool: list[str], until: float, tally: Tally
) -> None:
    """One client: ask or chat (half each) with random questions until the deadline."""
    rng = random.Random()
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=120) as client:
        while time.monotonic() < until:
            question = rng.choice(pool)
            try:
                if rng.random() < 0.5:
                    await one_ask(client, question, tally)
                else:
                    await one_chat(client, question, tally)
            except httpx.HTTPError as exc:
                tally.errors.append(f"{type(exc).__name__}: {exc}")


async def run(base: str, pid: int | None, clients: int, seconds: float, api_key: str | None) -> int:
    """Run the load, print the figures; returns the exit code (1 on any error)."""
    pool = questions()
    headers = {"X-API-Key": api_key} if api_key else {}
    tally = Tally()
    rss = {"start": rss_mb(pid)}
    started = time.monotonic()
    until = started + seconds
    tasks = [asyncio.create_task(client_loop(base, headers, pool, until, tally)) for _ in range(clients)]
    await asyncio.sleep(seconds / 2)
    rss["middle"] = rss_mb(pid)
    await asyncio.gather(*tasks)
    elapsed = time.monotonic() - started
    rss["end"] = rss_mb(pid)
    done = len(tally.latencies["ask"]) + len(tally.latencies["chat"])
    print(f"Belasting: {clients} clients, {elapsed:.1f} s, {len(pool)} vragen uit {', '.join(SETS)}")
    print(f"Doorvoer: {done / elapsed:.1f} antwoorden/s ({done} in totaal)")
    for name, label in (
        ("ask", "/api/ask"),
        ("chat", "/api/chat (hele stroom)"),
        ("chat_first", "/api/chat (eerste event)"),
    ):
        values = tally.latencies[name]
        if values:
            print(
                f"  {label:26} n={len(values):5}  p50={percentile(values, 50):8.0f} ms  "
                f"p95={percentile(values, 95):8.0f} ms  max={max(values):8.0f} ms"
            )
    shown = ", ".join(f"{k} {v:.0f} MB" if v is not None else f"{k} ?" for k, v in rss.items())
    print(f"RSS van de server (pid {pid}): {shown}")
    print(f"Fouten: {len(tally.errors)}")
    if tally.errors:
        for err in tally.errors[:10]:
            print(f"  {err}")
        print(f"FAIL: {len(tally.errors)} fout(en) onder belasting")
        return 1
    print("OK: geen fouten")
    return 0


def start_server(port: int, log_path: Path) -> subprocess.Popen[bytes]:
    """``ketenwijzer serve`` with rate limiting off; returns when /readyz is 200."""
    env = {**os.environ, "KETENWIJZER_RATE_LIMIT_PER_MINUTE": "0", "HF_HUB_OFFLINE": "1"}
    cmd = [sys.executable, "-m", "ketenwijzer.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, env=env, cwd=PROJECT, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"De server stopte; zie {log_path}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=5).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    proc.kill()
    raise SystemExit("De server werd niet gereed.")


def main(argv: list[str] | None = None) -> int:
    """Parse the options, start (or use) a server and run the load."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--url", help="Een draaiende server (anders start dit script er een).")
    parser.add_argument("--pid", type=int, help="Pid van die server, voor de RSS-meting.")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--api-key", help="Stuur deze sleutel mee (X-API-Key).")
    args = parser.parse_args(argv)
    if args.url:
        return asyncio.run(run(args.url.rstrip("/"), args.pid, args.clients, args.seconds, args.api_key))
    log_path = PROJECT / "test-artifacts" / "load-server.log"
    log_path.parent.mkdir(exist_ok=True)
    proc = start_server(args.port, log_path)
    try:
        return asyncio.run(
            run(f"http://127.0.0.1:{args.port}", proc.pid, args.clients, args.seconds, args.api_key)
        )
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    sys.exit(main())
