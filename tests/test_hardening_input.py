"""Bad input on a real server: every case is a 4xx with a Dutch message, and the server keeps serving.

tests/test_api.py covers empty, whitespace and over-long questions, malformed JSON, 30 MB and
chunked bodies on /api/ask, unknown sessions, documents and passages; this adds the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from ingest.pipeline import run_ingest
from tests.browser.server import thread_server
from tests.hardening_support import hardening_settings

JSON = {"Content-Type": "application/json"}
THIRTY_MB = b'{"question": "' + b"a" * (30 * 1024 * 1024) + b'"}'
DUTCH = ("De ", "Het ", "Dit ", "Deze ", "Document ", "Passage ", "Model ", "Er ")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """A real uvicorn server over the small corpus, rate limiting off."""
    settings = hardening_settings(tmp_path_factory.mktemp("input"), rate_limit_per_minute=0)
    assert not run_ingest(settings).errors
    with thread_server(settings) as url, httpx.Client(base_url=url, timeout=60) as http:
        yield http


def session(client: httpx.Client) -> str:
    """A live session id."""
    sid: str = client.post("/api/ask", json={"question": "Wat is ketensamenwerking?"}).json()["session_id"]
    return sid


def assert_dutch_4xx(client: httpx.Client, response: httpx.Response, status: int | None = None) -> str:
    """A 4xx (``status`` when given) with a Dutch ``detail``; then the server still answers."""
    assert 400 <= response.status_code < 500, response.text
    if status is not None:
        assert response.status_code == status, response.text
    detail = response.json()["detail"]
    assert isinstance(detail, str) and detail.startswith(DUTCH), detail
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200
    return detail


@pytest.mark.parametrize("path", ["/api/ask", "/api/chat", "/api/feedback", "/v1/chat/completions"])
def test_non_utf8_body_is_400(client: httpx.Client, path: str) -> None:
    response = client.post(path, content=b'{"question": "\xff\xfe keten"}', headers=JSON)
    assert "UTF-8" in assert_dutch_4xx(client, response, 400)


@pytest.mark.parametrize("path", ["/api/chat", "/api/feedback", "/v1/chat/completions"])
def test_thirty_mb_bodies_are_413_everywhere(client: httpx.Client, path: str) -> None:
    response = client.post(path, content=THIRTY_MB, headers=JSON)
    assert "te groot" in assert_dutch_4xx(client, response, 413)


@pytest.mark.parametrize("question", ["\x00\x01\x02", "\u200b\u200b", "\x1b\x07\x7f", "\ud800", "\t\n\r "])
def test_control_characters_only_is_an_empty_question(client: httpx.Client, question: str) -> None:
    body = json.dumps({"question": question}).encode()  # ASCII escapes: lone surrogates travel too
    for path in ("/api/ask", "/api/chat"):
        response = client.post(path, content=body, headers=JSON)
        detail = assert_dutch_4xx(client, response, 422)
        assert "De vraag is leeg" in detail or (question == "\ud800" and "geen geldige Unicode" in detail)


def test_control_characters_inside_a_question_are_dropped(client: httpx.Client) -> None:
    response = client.post("/api/ask", json={"question": "Wat is \x00keten\x1bsamenwerking\x07?"})
    assert response.status_code == 200
    assert response.json()["question"] == "Wat is ketensamenwerking?"


@pytest.mark.parametrize(
    ("path", "payload"),
    [
        ("/api/chat", {"question": "x" * 2500}),
        ("/v1/chat/completions", {"messages": [{"role": "user", "content": "x" * 2500}]}),
    ],
)
def test_over_long_questions_are_422(client: httpx.Client, path: str, payload: dict[str, object]) -> None:
    assert "te lang" in assert_dutch_4xx(client, client.post(path, json=payload), 422)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"[" * 50_000 + b"]" * 50_000, 400),  # deeply nested
        (b'{"question": "Wat', 422),
        (b"null", 422),
        (b'"een vraag"', 422),
        (b'{"question": "a", "question": ["b"]}', 422),
        (b"\xef\xbb\xbf{}", 422),
    ],
)
def test_malformed_json_variants(client: httpx.Client, body: bytes, status: int) -> None:
    for path in ("/api/ask", "/api/chat", "/api/feedback"):
        assert_dutch_4xx(client, client.post(path, content=body, headers=JSON), status)


@pytest.mark.parametrize(
    ("session_id", "status"),
    [
        ("", None),  # empty means: start a new conversation
        ("../../etc/passwd", 404),
        ("'; DROP TABLE sessions; --", 404),
        ("\x00" * 10, 404),
        ("A" * 43, 404),
        ("x" * 201, 422),
    ],
)
def test_forged_session_ids(client: httpx.Client, session_id: str, status: int | None) -> None:
    response = client.post(
        "/api/ask", json={"question": "Wat is ketensamenwerking?", "session_id": session_id}
    )
    if status is None:
        assert response.status_code == 200
        return
    detail = assert_dutch_4xx(client, response, status)
    assert "gesprek" in detail or "session_id" in detail
    chat = client.post("/api/chat", json={"question": "keten", "session_id": session_id})
    assert_dutch_4xx(client, chat, status)


def test_feedback_on_a_forged_session_and_bad_text(client: httpx.Client) -> None:
    base = {"question": "q", "answer": "a", "rating": "up"}
    forged = client.post("/api/feedback", json={**base, "session_id": "A" * 43})
    assert "gesprek" in assert_dutch_4xx(client, forged, 404)
    sid = session(client)
    payload = {**base, "session_id": sid, "comment": "\ud800"}
    surrogate = client.post("/api/feedback", content=json.dumps(payload).encode(), headers=JSON)
    assert_dutch_4xx(client, surrogate, 422)
    assert (
        client.post("/api/feedback", json={**base, "session_id": sid, "comment": "goed \x00"}).status_code
        == 201
    )


@pytest.mark.parametrize(
    "path",
    [
        "/api/documents/bestaat-niet",
        "/api/documents/%00",
        "/api/documents/%2E%2E%2Fcatalog.sqlite",
        "/api/documents/" + "d" * 5000,
        "/api/passages/bestaat-niet",
        "/api/passages/%FF%FE",
        "/api/passages/gbo-mensenwerk-2009:000000000000",
        "/api/passages/x%27%20OR%201%3D1",
        "/v1/models/gpt-4",
    ],
)
def test_unknown_documents_and_passages_are_404(client: httpx.Client, path: str) -> None:
    assert_dutch_4xx(client, client.get(path), 404)


@pytest.mark.parametrize(
    "params", [{"q": "\x00"}, {"q": "x" * 2500}, {"q": "keten", "k": "-1"}, {"q": "keten", "k": "veel"}]
)
def test_bad_search_parameters_are_422(client: httpx.Client, params: dict[str, str]) -> None:
    assert_dutch_4xx(client, client.get("/api/search", params=params), 422)


@pytest.mark.parametrize(
    "payload",
    [
        {"messages": []},
        {"messages": [{"role": "system", "content": "alleen systeem"}]},
        {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": "x"}]}]},
        {"messages": "hallo"},
        {"model": "gpt-4", "messages": [{"role": "user", "content": "keten"}]},
    ],
)
def test_bad_openai_requests(client: httpx.Client, payload: dict[str, object]) -> None:
    response = client.post("/v1/chat/completions", json=payload)
    assert_dutch_4xx(client, response)
    assert response.json()["error"]["message"] == response.json()["detail"]
