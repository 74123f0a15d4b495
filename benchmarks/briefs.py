"""Benchmark briefs as an adviser meets them: the first brief after start against the next ones.

Starts ``ketenwijzer serve`` in a new process on the shipped corpus (ingested into a temp data
dir, or ``KETENWIJZER_DATA_DIR`` when given), waits until ``/readyz`` answers 200, and then,
like the page, posts briefs and downloads their PDF and DOCX: topic A (the first brief after
start), topics B and C (the next ones), A again, and after a quiet minute and a half (the
warm-up done) topics D and E. Prints wall seconds per brief, the CPU
seconds the server spent on it (from /proc; comparable even when other jobs load the
machine), and the ratio first / median of the next ones. Figures, never assertions.

Run: ``.venv/bin/python -m benchmarks.briefs``.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from benchmarks.common import SHIPPED_CORPUS

TOPICS = ("besluitvorming in ketens", "Vertrouwen in ketensamenwerking", "rapportage over ketenresultaten")
LATER = ("weerstanden tegen ketensamenwerking", "de menselijke kant van ketensamenwerking")
"""Asked after ``SETTLE_S`` seconds of quiet, when the start-up warm-up has had time to finish."""
SETTLE_S = 90.0
READY_TIMEOUT_S = 900.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_ready(url: str, process: subprocess.Popen[bytes]) -> float:
    """Seconds until ``/readyz`` answers 200 (the server process must stay alive)."""
    started = time.perf_counter()
    while time.perf_counter() - started < READY_TIMEOUT_S:
        if process.poll() is not None:
            raise SystemExit(f"de server stopte (code {process.returncode})")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return time.perf_counter() - started
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("de server werd niet klaar")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process (and its threads) has used, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def brief_seconds(client: httpx.Client, topic: str, pid: int) -> tuple[float, float, float]:
    """(wall seconds to compose, server CPU seconds for it, wall seconds for PDF and DOCX) on ``topic``."""
    cpu = cpu_seconds(pid)
    started = time.perf_counter()
    response = client.post("/api/briefs", json={"onderwerp": topic})
    response.raise_for_status()
    composed = time.perf_counter() - started
    used = cpu_seconds(pid) - cpu
    links = response.json()["links"]
    started = time.perf_counter()
    for fmt in ("pdf", "docx"):
        client.get(links[fmt]).raise_for_status()
    return composed, used, time.perf_counter() - started


def main() -> None:
    """Print the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = os.environ.get("KETENWIJZER_DATA_DIR") or tmp
        env = {**os.environ, "KETENWIJZER_DATA_DIR": data_dir, "KETENWIJZER_CORPUS_DIR": str(SHIPPED_CORPUS)}
        if not (Path(data_dir) / "catalog.sqlite").exists():
            subprocess.run([sys.executable, "-m", "ketenwijzer.cli", "ingest"], env=env, check=True,
                           capture_output=True)  # fmt: skip
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        process = subprocess.Popen(
            [sys.executable, "-m", "ketenwijzer.cli", "serve", "--port", str(port)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            ready = _wait_ready(url, process)
            rows: list[tuple[str, str, float, float, float]] = []
            with httpx.Client(base_url=url, timeout=300) as client:
                for label, topic in [("eerste (A)", TOPICS[0]), ("B", TOPICS[1]), ("C", TOPICS[2]),
                                     ("A opnieuw", TOPICS[0])]:  # fmt: skip
                    rows.append((label, topic, *brief_seconds(client, topic, process.pid)))
                time.sleep(SETTLE_S)
                for label, topic in (("D (later)", LATER[0]), ("E (later)", LATER[1])):
                    rows.append((label, topic, *brief_seconds(client, topic, process.pid)))
        finally:
            process.terminate()
            process.wait(timeout=30)
    print(f"klaar (/readyz 200) na {ready:.1f} s; {os.cpu_count()} kernen, load {os.getloadavg()[0]:.1f}")
    print(f"{'notitie':<12}{'onderwerp':<36}{'opstellen s':>12}{'cpu s':>8}{'pdf+docx s':>12}")
    for label, topic, composed, cpu, downloads in rows:
        print(f"{label:<12}{topic[:35]:<36}{composed:>12.2f}{cpu:>8.2f}{downloads:>12.2f}")
    for name, values in (("wandkloktijd", [r[2] for r in rows]), ("cpu-tijd", [r[3] for r in rows])):
        ratio = values[0] / statistics.median(values[1:3])
        print(f"eerste / mediaan van de volgende (B, C), {name}: {ratio:.1f}×")


if __name__ == "__main__":
    main()
