"""Reaching a LangChain chat model: its text under a deadline, and the Dutch error for a missing extra.

The integrations are optional extras (``pip install 'ketenwijzer[llm]'``), imported only when a
generator is created, so the default install works without them.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from typing import Any

from ketenwijzer.errors import ConfigurationError

INSTALL_HINT = "pip install 'ketenwijzer[llm]'"


class ModelTimeout(Exception):
    """The model did not finish before the deadline."""


def missing_extra(extra: str, exc: ImportError) -> ConfigurationError:
    """The Dutch error for a backend whose integration package ``extra`` is not installed."""
    return ConfigurationError(
        f"De generator vraagt om {extra}, maar dat is niet geïnstalleerd ({exc.name}). "
        f"Installeer de taalmodel-extra: {INSTALL_HINT}"
    )


def message_text(message: Any) -> str:
    """The text of a chat message or chunk, whatever shape its content has."""
    content = getattr(message, "content", message)
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            part if isinstance(part, str) else str(part.get("text", ""))
            for part in content
            if isinstance(part, str | dict)
        )
    return str(content or "")


def run_model(
    model: Any, messages: list[Any], timeout: float, stream: bool, lock: Any = None
) -> Iterator[str]:
    """Text pieces from ``model`` as they arrive; ``ModelTimeout`` past ``timeout`` seconds.

    The call runs in a worker thread so that a hanging backend cannot hold the caller past
    the deadline; when the caller stops listening, the worker stops at the next token.
    """
    pieces: queue.Queue[tuple[str, Any]] = queue.Queue()
    stop = threading.Event()

    def work() -> None:
        try:
            if lock is not None:
                lock.acquire()
            try:
                if stream:
                    for chunk in model.stream(messages):
                        if stop.is_set():
                            break
                        pieces.put(("text", message_text(chunk)))
                else:
                    pieces.put(("text", message_text(model.invoke(messages))))
            finally:
                if lock is not None:
                    lock.release()
            pieces.put(("done", None))
        except BaseException as exc:  # reported to the caller, which falls back
            pieces.put(("error", exc))

    threading.Thread(target=work, name="ketenwijzer-llm", daemon=True).start()
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ModelTimeout()
            try:
                kind, value = pieces.get(timeout=remaining)
            except queue.Empty:
                raise ModelTimeout() from None
            if kind == "done":
                return
            if kind == "error":
                raise value
            if value:
                yield value
    finally:
        stop.set()
