"""The HTTP API as clients use it: ``ketenwijzer serve`` started on an empty data dir, real httpx calls."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from assistant.question import focus_of
from tests.browser.server import parse_sse, process_server
from tests.conftest import CORPUS

QUESTION = "Wat doet een ketenmanager?"
OUT_OF_SCOPE = "Wie won het WK voetbal in 2010?"


@dataclass
class Server:
    """A running server and where it keeps its data."""

    url: str
    data_dir: Path
    client: httpx.Client


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One ``ketenwijzer serve`` per module; it builds the index itself on first start."""
    root = tmp_path_factory.mktemp("serve")
    data_dir = root / "data"
    # the module sends more than the default 30 requests a minute (the rate limit has its own tests)
    with (
        process_server(
            data_dir, CORPUS, root / "serve.log", {"KETENWIJZER_RATE_LIMIT_PER_MINUTE": "0"}
        ) as url,
        httpx.Client(base_url=url, timeout=60) as client,
    ):
        yield Server(url, data_dir, client)


def ask(server: Server, question: str, **extra: object) -> httpx.Response:
    """POST /api/ask."""
    return server.client.post("/api/ask", json={"question": question, **extra})


def test_first_start_built_the_index_and_reports_ready(server: Server) -> None:
    assert (server.data_dir / "catalog.sqlite").is_file()
    health = server.client.get("/healthz")
    assert health.status_code == 200 and health.json()["status"] == "ok"
    ready = server.client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"


def test_ask_returns_a_cited_answer_and_a_session(server: Server) -> None:
    response = ask(server, QUESTION)
    assert response.status_code == 200
    body = response.json()
    assert not body["abstained"] and body["citations"]
    assert body["language"] == "nl"
    assert len(body["session_id"]) >= 40 and response.headers["x-session-id"] == body["session_id"]
    for citation in body["citations"]:
        passage = server.client.get(f"/api/passages/{citation['chunk_id']}").json()["passage"]
        assert citation["quote"] in passage["text"]


def test_follow_up_uses_the_stored_conversation(server: Server) -> None:
    first = ask(server, QUESTION).json()
    follow = ask(server, "En wat zegt de NORA daarover?", session_id=first["session_id"])
    assert follow.status_code == 200
    body = follow.json()
    assert body["session_id"] == first["session_id"]
    # the follow-up carries the first question's topic (its focus words), not its wording
    topic = focus_of(QUESTION)
    assert topic and topic in (body["standalone_question"] or "")
    with sqlite3.connect(server.data_dir / "service.sqlite") as conn:
        turns = conn.execute(
            "SELECT question, standalone FROM turns WHERE session_id = ? ORDER BY rowid",
            (body["session_id"],),
        ).fetchall()
    assert [t[0] for t in turns] == [QUESTION, "En wat zegt de NORA daarover?"]
    assert topic in turns[1][1]


@pytest.mark.parametrize("session_id", ["bestaat-niet", "x" * 43])
def test_unknown_session_is_a_dutch_404(server: Server, session_id: str) -> None:
    response = ask(server, QUESTION, session_id=session_id)
    assert response.status_code == 404
    assert "gesprek" in response.json()["detail"]


def test_out_of_scope_question_is_declined(server: Server) -> None:
    body = ask(server, OUT_OF_SCOPE).json()
    assert body["abstained"] and not body["citations"]
    assert "niet in de bronnen" in body["answer"]


def test_document_filter_limits_the_sources(server: Server) -> None:
    doc = "gbo-mensenwerk-2009"
    body = ask(server, "Waarom is ketensamenwerking mensenwerk?", filters={"doc_ids": [doc]}).json()
    assert body["citations"]
    assert {c["doc_id"] for c in body["citations"]} == {doc}


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        ({"question": ""}, "De vraag is leeg"),
        ({"question": "   \n "}, "De vraag is leeg"),
        ({"question": "x" * 2500}, "te lang"),
        ({}, "'question' ontbreekt"),
        ({"question": 42}, "'question' moet tekst zijn"),
        ({"question": "Wat is een keten?", "filters": {"doc_ids": "één"}}, "moet een lijst zijn"),
    ],
)
def test_invalid_questions_are_a_dutch_422(server: Server, payload: dict[str, object], fragment: str) -> None:
    response = server.client.post("/api/ask", json=payload)
    assert response.status_code == 422
    assert fragment in response.json()["detail"]


def test_malformed_json_is_a_dutch_422(server: Server) -> None:
    response = server.client.post(
        "/api/ask", content=b'{"question": "Wat', headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json() == {"detail": "De aanvraag is geen geldige JSON."}


def test_a_30_mb_body_is_refused_with_413(server: Server) -> None:
    body = b'{"question": "' + b"a" * 30_000_000 + b'"}'
    response = server.client.post("/api/ask", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert "te groot" in response.json()["detail"]


def test_a_chunked_body_over_the_limit_is_refused_with_413(server: Server) -> None:
    def pieces() -> Iterator[bytes]:
        yield b'{"question": "'
        for _ in range(40):
            yield b"a" * 100_000
        yield b'"}'

    response = server.client.post("/api/ask", content=pieces(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert "te groot" in response.json()["detail"]


def test_chat_streams_meta_deltas_citations_done(server: Server) -> None:
    expected = ask(server, QUESTION).json()
    with server.client.stream("POST", "/api/chat", json={"question": QUESTION}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = parse_sse(response.iter_lines())
    names = [name for name, _ in events]
    assert names[0] == "meta" and names[-2:] == ["citations", "done"]
    assert set(names[1:-2]) == {"delta"} and len(names) > 4
    meta = events[0][1]
    assert meta["standalone_question"] == QUESTION and len(meta["session_id"]) >= 40
    assert "".join(data["text"] for name, data in events if name == "delta") == expected["answer"]
    citations = events[-2][1]
    assert citations["citations"] == expected["citations"] and citations["abstained"] is False
    assert citations["answer"] == expected["answer"]
    assert events[-1][1]["timings_ms"]["total"] >= 0


def test_chat_follow_up_meta_shows_the_standalone_question(server: Server) -> None:
    first = ask(server, QUESTION).json()
    payload = {"question": "En wat zegt de NORA daarover?", "session_id": first["session_id"]}
    with server.client.stream("POST", "/api/chat", json=payload) as response:
        events = parse_sse(response.iter_lines())
    meta = events[0][1]
    assert meta["session_id"] == first["session_id"] and QUESTION in meta["standalone_question"]
    assert events[-1][0] == "done"


def test_chat_errors_before_the_stream_are_json(server: Server) -> None:
    response = server.client.post("/api/chat", json={"question": " "})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/json")
    assert "leeg" in response.json()["detail"]
    expired = server.client.post("/api/chat", json={"question": QUESTION, "session_id": "weg"})
    assert expired.status_code == 404


def test_search_returns_scored_passages(server: Server) -> None:
    passages = server.client.get("/api/search", params={"q": "ketenregisseur", "k": 3}).json()
    assert 0 < len(passages) <= 3
    scores = [p["score"] for p in passages]
    assert scores == sorted(scores, reverse=True)
    assert any("ketenregisseur" in p["text"].lower() for p in passages)


@pytest.mark.parametrize(
    ("params", "fragment"),
    [({"q": "keten", "k": 0}, "minstens 1"), ({"q": " "}, "leeg"), ({}, "'q' ontbreekt")],
)
def test_search_validation_is_dutch(server: Server, params: dict[str, str | int], fragment: str) -> None:
    response = server.client.get("/api/search", params=params)
    assert response.status_code == 422 and fragment in response.json()["detail"]


def test_documents_and_one_document_with_sections(server: Server) -> None:
    docs = server.client.get("/api/documents").json()
    ids = {d["doc_id"] for d in docs}
    assert {"gbo-mensenwerk-2009", "nora-kdb-3-2-ketenmanager"} <= ids
    doc = server.client.get("/api/documents/nora-kdb-3-2-ketenmanager").json()
    assert doc["title"] == "De ketenmanager" and doc["metadata"]["date"]
    assert len(doc["passages"]) == doc["n_chunks"]
    assert [c for s in doc["sections"] for c in s["chunk_ids"]] == [p["chunk_id"] for p in doc["passages"]]


def test_unknown_document_and_passage_are_dutch_404s(server: Server) -> None:
    doc = server.client.get("/api/documents/bestaat-niet")
    assert doc.status_code == 404 and doc.json() == {
        "detail": "Document 'bestaat-niet' staat niet in de index."
    }
    passage = server.client.get("/api/passages/bestaat-niet:000")
    assert passage.status_code == 404 and "bestaat niet" in passage.json()["detail"]


def test_passage_comes_with_its_neighbours(server: Server) -> None:
    doc = server.client.get("/api/documents/nora-kdb-3-2-ketenmanager").json()
    ids = [p["chunk_id"] for p in doc["passages"]]
    context = server.client.get(f"/api/passages/{ids[1]}").json()
    assert context["passage"]["chunk_id"] == ids[1]
    assert [p["chunk_id"] for p in context["before"]] == ids[:1]
    assert [p["chunk_id"] for p in context["after"]] == ids[2:3]
    assert context["passage"]["title"] == "De ketenmanager" and context["passage"]["date"]


def test_feedback_is_stored_with_the_agreed_columns(server: Server) -> None:
    answer = ask(server, QUESTION).json()
    payload = {
        "session_id": answer["session_id"],
        "question": QUESTION,
        "answer": answer["answer"],
        "rating": "down",
        "comment": "Bron 2 past niet.",
        "citation_n": 2,
    }
    response = server.client.post("/api/feedback", json=payload)
    assert response.status_code == 201
    feedback_id = response.json()["id"]
    with sqlite3.connect(server.data_dir / "service.sqlite") as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT * FROM feedback WHERE id = ?", (feedback_id,)).fetchone()
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert row.keys() == [
        "id", "session_id", "question", "answer", "rating", "comment", "citation_n", "created_at"
    ]  # fmt: skip
    assert dict(row) | {"created_at": None} == payload | {"id": feedback_id, "created_at": None}
    assert mode == "wal"


@pytest.mark.parametrize(
    ("change", "status", "fragment"),
    [
        ({"rating": "meh"}, 422, "'rating' moet een van deze waarden"),
        ({"session_id": "verzonnen"}, 404, "gesprek"),
        ({"citation_n": 0}, 422, "'citation_n' moet minstens 1"),
    ],
)
def test_bad_feedback_is_refused(
    server: Server, change: dict[str, object], status: int, fragment: str
) -> None:
    session_id = ask(server, QUESTION).json()["session_id"]
    payload = {"session_id": session_id, "question": "q", "answer": "a", "rating": "up", **change}
    response = server.client.post("/api/feedback", json=payload)
    assert response.status_code == status and fragment in response.json()["detail"]


def test_unknown_route_and_wrong_method_are_dutch(server: Server) -> None:
    missing = server.client.get("/api/bestaat-niet")
    assert missing.status_code == 404 and missing.json()["detail"].startswith("Deze pagina")
    wrong = server.client.get("/api/ask")
    assert wrong.status_code == 405 and "methode" in wrong.json()["detail"]


def test_openapi_docs_are_served(server: Server) -> None:
    assert server.client.get("/docs").status_code == 200
    paths = server.client.get("/openapi.json").json()["paths"]
    assert {"/api/ask", "/api/chat", "/api/feedback", "/v1/chat/completions"} <= set(paths)


def test_widget_and_demo_page_are_served_without_cdn(server: Server) -> None:
    widget = server.client.get("/widget.js")
    assert widget.status_code == 200 and "javascript" in widget.headers["content-type"]
    assert len(widget.content) < 50_000
    assert "innerHTML" not in widget.text and "insertAdjacentHTML" not in widget.text
    page = server.client.get("/")
    assert page.status_code == 200
    tag = f'<script src="{server.url}/widget.js" data-title="Ketenwijzer"'
    assert tag in page.text and "https://cdn" not in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_error_bodies_are_never_200(server: Server) -> None:
    for response in (
        server.client.post("/api/ask", content=b"[]", headers={"Content-Type": "application/json"}),
        server.client.post("/api/feedback", content=b"", headers={"Content-Type": "application/json"}),
    ):
        assert response.status_code == 422
        assert json.loads(response.text)["detail"]
