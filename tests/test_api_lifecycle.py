"""Service lifecycle and plumbing: readiness while another process ingests, CORS, sessions, SSE errors."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.sessions import HISTORY_TURNS, SQLiteSessionStore
from api.sse import answer_events
from ingest.pipeline import ingest_lock
from ketenwijzer.errors import BackendUnavailable, NotFound
from tests.browser.server import parse_sse, thread_server, wait_until_ready
from tests.conftest import CORPUS, make_settings

ORIGIN = "http://intranet.example"


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two documents of the shipped corpus, so the server's own ingest is quick."""
    root = tmp_path_factory.mktemp("small") / "corpus"
    (root / "articles").mkdir(parents=True)
    for name in ("gbo-mensenwerk-2009.md", "beinformed-geen-estafette-2013.md"):
        shutil.copy(CORPUS / "articles" / name, root / "articles" / name)
    return root


def _poll_status(url: str, wanted: str, detail: str) -> dict[str, str]:
    """Poll /readyz until its status is ``wanted`` and its detail mentions ``detail``."""
    deadline = time.monotonic() + 120
    body: dict[str, str] = {}
    while time.monotonic() < deadline:
        body = httpx.get(f"{url}/readyz", timeout=5).json()
        if body["status"] == wanted and detail in body["detail"]:
            return body
        time.sleep(0.1)
    raise AssertionError(f"/readyz bleef {body}")


def test_not_ready_while_another_process_ingests_then_ready(tmp_path: Path, small_corpus: Path) -> None:
    settings = make_settings(tmp_path / "data", small_corpus)
    lock = ingest_lock(settings)
    lock.__enter__()
    try:
        with thread_server(settings, wait_ready=False, cors_origins=[ORIGIN]) as url:
            _poll_status(url, "starting", "ander proces")
            ready = httpx.get(f"{url}/readyz")
            assert ready.status_code == 503 and ready.headers["retry-after"]
            assert httpx.get(f"{url}/healthz").status_code == 200
            asked = httpx.post(f"{url}/api/ask", json={"question": "Wat is een keten?"})
            assert asked.status_code == 503 and "nog niet klaar" in asked.json()["detail"]
            completion = httpx.post(
                f"{url}/v1/chat/completions",
                json={"messages": [{"role": "user", "content": "Wat is een keten?"}]},
            )
            assert completion.status_code == 503 and completion.json()["error"]["message"]
            lock.__exit__(None, None, None)
            lock = None  # type: ignore[assignment]
            wait_until_ready(url)
            answer = httpx.post(f"{url}/api/ask", json={"question": "Waarom is samenwerken geen estafette?"})
            assert answer.status_code == 200 and answer.json()["citations"]
            _check_cors(url)
    finally:
        if lock is not None:
            lock.__exit__(None, None, None)


def _check_cors(url: str) -> None:
    preflight = httpx.options(
        f"{url}/api/chat",
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == ORIGIN
    answer = httpx.post(f"{url}/api/ask", json={"question": "Wat is mensenwerk?"}, headers={"Origin": ORIGIN})
    assert answer.headers["access-control-allow-origin"] == ORIGIN
    assert "x-session-id" in answer.headers["access-control-expose-headers"].lower()
    other = httpx.post(
        f"{url}/api/ask", json={"question": "Wat?"}, headers={"Origin": "https://evil.example"}
    )
    assert "access-control-allow-origin" not in other.headers


def test_a_missing_corpus_is_reported_as_failed(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", tmp_path / "geen-corpus")
    with thread_server(settings, wait_ready=False) as url:
        _poll_status(url, "failed", "bestaat niet")
        assert httpx.get(f"{url}/readyz").status_code == 503


class Clock:
    """A settable clock for expiry tests."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[tuple[SQLiteSessionStore, Clock]]:
    """A session store with a one-hour lifetime and a fake clock."""
    clock = Clock()
    yield SQLiteSessionStore(tmp_path / "service.sqlite", ttl_seconds=3600, clock=clock), clock


def test_sessions_are_unguessable_and_keep_history(store: tuple[SQLiteSessionStore, Clock]) -> None:
    sessions, _ = store
    ids = {sessions.open(None)[0] for _ in range(20)}
    assert len(ids) == 20 and all(len(i) >= 40 for i in ids)
    session_id, history = sessions.open(None)
    assert history == []
    for i in range(HISTORY_TURNS + 3):
        sessions.add_turn(session_id, f"vraag {i}", f"zelfstandig {i}", f"antwoord {i}")
    _, history = sessions.open(session_id)
    assert len(history) == HISTORY_TURNS
    assert history[-1].question == f"vraag {HISTORY_TURNS + 2}" and history[-1].standalone.startswith(
        "zelfstandig"
    )


def test_sessions_expire_after_idle_time(store: tuple[SQLiteSessionStore, Clock]) -> None:
    sessions, clock = store
    session_id, _ = sessions.open(None)
    clock.now += 3000
    sessions.open(session_id)  # use keeps it alive
    clock.now += 3000
    assert sessions.open(session_id)[0] == session_id
    clock.now += 3601
    with pytest.raises(NotFound, match="verlopen"):
        sessions.open(session_id)
    with pytest.raises(NotFound):
        sessions.open("verzonnen-id")


def test_sse_error_after_the_first_event_becomes_an_error_event() -> None:
    def failing() -> Iterator[tuple[str, object]]:
        yield "delta", "Een begin "
        raise BackendUnavailable("Het taalmodel antwoordt niet.")

    stored: list[object] = []
    text = "".join(answer_events({"session_id": "s"}, failing(), stored.append))
    events = parse_sse(text.split("\n"))
    assert [name for name, _ in events] == ["meta", "delta", "error"]
    assert events[-1][1] == {"detail": "Het taalmodel antwoordt niet."}
    assert stored == []


def test_sse_unexpected_error_is_a_dutch_error_event() -> None:
    def broken() -> Iterator[tuple[str, object]]:
        raise RuntimeError("boom")
        yield  # pragma: no cover

    events = parse_sse("".join(answer_events({}, broken(), lambda a: None)).split("\n"))
    assert events[-1][0] == "error" and "Er ging iets mis" in events[-1][1]["detail"]
