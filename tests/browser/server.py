"""Start a real Ketenwijzer server (uvicorn in a thread, or ``ketenwijzer serve`` as a process)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from api.app import create_app
from ketenwijzer.settings import Settings

PROJECT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT / "test-artifacts"
STARTUP_LIMIT_S = 240.0
"""How long a server may take to start and build its index before the fixture gives up."""


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_ready(base_url: str, alive: Any = lambda: True) -> None:
    """Poll ``/readyz`` until it answers 200 (fails when the server dies or the limit passes)."""
    deadline = time.monotonic() + STARTUP_LIMIT_S
    while time.monotonic() < deadline:
        if not alive():
            raise RuntimeError("De server is gestopt voordat hij klaar was.")
        try:
            if httpx.get(f"{base_url}/readyz", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{base_url} werd niet binnen {STARTUP_LIMIT_S:.0f} s gereed.")


@contextmanager
def thread_server(settings: Settings, wait_ready: bool = True, **app_options: Any) -> Iterator[str]:
    """uvicorn serving ``create_app(settings, **app_options)`` in a thread; yields the base URL."""
    port = free_port()
    config = uvicorn.Config(
        create_app(settings, **app_options), host="127.0.0.1", port=port, log_level="warning", lifespan="on"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn startte niet.")
            time.sleep(0.05)
        if wait_ready:
            wait_until_ready(base_url, thread.is_alive)
        yield base_url
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@contextmanager
def process_server(
    data_dir: Path, corpus_dir: Path, log_path: Path, extra_env: dict[str, str] | None = None
) -> Iterator[str]:
    """``ketenwijzer serve`` as a user starts it, on a free port; yields the base URL when ready."""
    port = free_port()
    env = {
        **os.environ,
        "KETENWIJZER_DATA_DIR": str(data_dir),
        "KETENWIJZER_CORPUS_DIR": str(corpus_dir),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        **(extra_env or {}),
    }
    cmd = [sys.executable, "-m", "ketenwijzer.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    with log_path.open("w") as log:
        proc = subprocess.Popen(cmd, env=env, cwd=PROJECT, stdout=log, stderr=subprocess.STDOUT)
        base_url = f"http://127.0.0.1:{port}"
        try:
            wait_until_ready(base_url, lambda: proc.poll() is None)
            yield base_url
        finally:
            stop_process(proc)


def parse_sse(lines: Iterable[str]) -> list[tuple[str, Any]]:
    """Server-sent events as (event, parsed JSON data) pairs, in order."""
    events: list[tuple[str, Any]] = []
    event, data = "message", list[str]()
    for line in lines:
        if line == "":
            if data:
                payload = "\n".join(data)
                events.append((event, payload if payload == "[DONE]" else json.loads(payload)))
            event, data = "message", list[str]()
        elif line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].removeprefix(" "))
    if data:
        payload = "\n".join(data)
        events.append((event, payload if payload == "[DONE]" else json.loads(payload)))
    return events


@contextmanager
def static_site(port: int, html: str) -> Iterator[str]:
    """A second origin on loopback serving one HTML page at ``/``, like a customer's intranet."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    body = html.encode()

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self.send_response(200 if self.path == "/" else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            return None

    httpd = ThreadingHTTPServer(("127.0.0.1", port), Page)
    thread = threading.Thread(target=httpd.serve_forever, name=f"intranet-{port}", daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{port}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    """Terminate a child process, killing it when it does not stop within 30 s."""
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class StreamGate:
    """Holds back ``/api/chat`` after the first ``after`` body chunks until ``release()``.

    The answer is the server's own; only its pace is controlled, so a test can act while a
    real stream is half-way (the stop button) without racing the extractive generator.
    """

    def __init__(self, after: int = 3) -> None:
        self.after = after
        self.held = threading.Event()
        self.released = threading.Event()

    def release(self) -> None:
        """Let every held and future stream run to its end."""
        self.released.set()

    def wrap(self, app: Any) -> Any:
        """An ASGI app that is ``app`` with ``/api/chat`` bodies held back at the gate."""
        import asyncio

        gate = self

        async def gated(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] != "http" or scope.get("path") != "/api/chat":
                await app(scope, receive, send)
                return
            sent = 0

            async def paced(message: dict[str, Any]) -> None:
                nonlocal sent
                if message["type"] == "http.response.body" and message.get("body"):
                    sent += 1
                    if sent > gate.after:
                        gate.held.set()
                        while not gate.released.is_set():
                            await asyncio.sleep(0.02)
                await send(message)

            await app(scope, receive, paced)

        return gated


@contextmanager
def gated_server(settings: Settings, gate: StreamGate, **app_options: Any) -> Iterator[str]:
    """Like ``thread_server``, with ``/api/chat`` streams paced by ``gate``; yields the base URL."""
    port = free_port()
    app = gate.wrap(create_app(settings, **app_options))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-gated-{port}", daemon=True)
    thread.start()
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn startte niet.")
            time.sleep(0.05)
        wait_until_ready(base_url, thread.is_alive)
        yield base_url
    finally:
        gate.release()
        server.should_exit = True
        thread.join(timeout=30)
