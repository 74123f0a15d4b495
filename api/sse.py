"""Server-sent events for ``/api/chat``: ``meta``, ``delta``…, ``citations``, ``done`` or ``error``.

Every event's ``data`` is one line of JSON:

- ``meta``: ``{"session_id", "question", "standalone_question"}``
- ``delta``: ``{"text"}`` — a piece of the answer as it is generated
- ``citations``: ``{"answer", "citations": [Citation…], "abstained", "language", "notice",
  "standalone_question"}`` — ``standalone_question`` is what was answered when it differs from the
  question (a follow-up with its topic, a typing slip read as the corpus's word), else null;
  ``answer`` is the verified final text; it can differ from the streamed pieces (a language
  model's unsupported sentences are dropped), so clients show it in place of the deltas
- ``done``: ``{"timings_ms", "abstained", "generator", "evidence"}``
- ``error``: ``{"detail"}`` — a Dutch message; the stream ends after it
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from api.errors import SERVER_ERROR
from ketenwijzer.errors import KetenwijzerError
from ketenwijzer.models import Answer

log = logging.getLogger("ketenwijzer.api")

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def sse(event: str, data: Any) -> str:
    """One server-sent event with a JSON payload."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def answer_events(
    meta: dict[str, Any],
    stream: Iterable[tuple[str, Any]],
    on_answer: Callable[[Answer], None],
) -> Iterator[str]:
    """The SSE stream for one question; an error after the first byte becomes an ``error`` event."""
    started = time.perf_counter()
    yield sse("meta", meta)
    try:
        answer: Answer | None = None
        for kind, value in stream:
            if kind == "delta":
                yield sse("delta", {"text": value})
            elif kind == "answer":
                answer = value
        if answer is None:
            raise KetenwijzerError("Er kwam geen antwoord tot stand.")
        on_answer(answer)
        yield sse(
            "citations",
            {
                "answer": answer.answer,
                "citations": [c.model_dump() for c in answer.citations],
                "abstained": answer.abstained,
                "language": answer.language,
                "notice": answer.notice,
                "standalone_question": answer.standalone_question,
            },
        )
        timings = dict(answer.timings_ms)
        timings["stream_total"] = round((time.perf_counter() - started) * 1000, 2)
        yield sse(
            "done",
            {
                "timings_ms": timings,
                "abstained": answer.abstained,
                "generator": answer.generator,
                "evidence": answer.evidence,
            },
        )
    except KetenwijzerError as exc:
        yield sse("error", {"detail": exc.message})
    except Exception:
        log.exception("Fout tijdens het streamen van een antwoord")
        yield sse("error", {"detail": SERVER_ERROR})
