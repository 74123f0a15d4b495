"""What the outside probe found on the service (issue 17, findings 4–8 and the smaller ones).

Each test reproduces one finding on a real uvicorn server on loopback, over a small ingested
corpus with a hostile document, and checks it is fixed.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator

import httpx
import pytest
from pydantic import SecretStr

from api.service import Service
from ingest.index import MASK_CACHE_SIZE
from ingest.pipeline import run_ingest
from ketenwijzer.settings import Settings
from tests.browser.server import parse_sse, thread_server
from tests.hardening_support import XSS_QUESTION, hardening_settings

KEY = "probe-publieke-sleutel-93b1"
ORIGIN = "https://intranet.example.nl"
QUESTION = "Waarom is ketensamenwerking mensenwerk?"
DUTCH = ("De ", "Het ", "Dit ", "Deze ", "Er ", "U ")


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The small corpus with the hostile document, ingested once."""
    settings = hardening_settings(tmp_path_factory.mktemp("probe"), rate_limit_per_minute=0)
    assert not run_ingest(settings).errors
    return settings


@pytest.fixture(scope="module")
def open_server(ingested: Settings) -> Iterator[tuple[str, Service]]:
    """No keys, no rate limit; the service object is kept to look inside the index."""
    service = Service(ingested)
    with thread_server(ingested, service=service) as url:
        yield url, service


@pytest.fixture(scope="module")
def keyed(ingested: Settings) -> Iterator[str]:
    """Public key required, CORS for one intranet origin."""
    settings = ingested.model_copy(update={"public_api_keys": [SecretStr(KEY)], "cors_origins": [ORIGIN]})
    with thread_server(settings) as url:
        yield url


def dutch_error(response: httpx.Response, status: int) -> str:
    """The response is ``status`` with a Dutch JSON ``detail``."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    detail = response.json()["detail"]
    assert isinstance(detail, str) and detail.startswith(DUTCH), detail
    return detail


# -- 4. /v1 caps ---------------------------------------------------------------------------
def test_v1_refuses_thousands_of_messages(open_server: tuple[str, Service]) -> None:
    url, _ = open_server
    messages = [{"role": "user" if i % 2 == 0 else "assistant", "content": "keten"} for i in range(8000)]
    response = httpx.post(f"{url}/v1/chat/completions", json={"messages": messages}, timeout=60)
    assert "te veel elementen" in dutch_error(response, 422)
    assert response.json()["error"]["message"] == response.json()["detail"]


def test_v1_refuses_too_many_characters(open_server: tuple[str, Service]) -> None:
    url, _ = open_server
    messages = [{"role": "user", "content": "ketensamenwerking " * 600} for _ in range(12)]  # ~130,000 chars
    response = httpx.post(f"{url}/v1/chat/completions", json={"messages": messages}, timeout=60)
    assert "te lang" in dutch_error(response, 413)


def test_v1_answers_with_a_long_history_under_the_caps(open_server: tuple[str, Service]) -> None:
    url, _ = open_server
    messages = [
        {"role": "user" if i % 2 == 0 else "assistant", "content": f"Beurt {i} over ketens."}
        for i in range(255)
    ] + [{"role": "user", "content": QUESTION}]
    response = httpx.post(f"{url}/v1/chat/completions", json={"messages": messages}, timeout=120)
    assert response.status_code == 200, response.text
    assert response.json()["citations"]


# -- 5. filters.doc_ids --------------------------------------------------------------------
def test_unique_doc_id_lists_do_not_grow_the_cache(open_server: tuple[str, Service]) -> None:
    url, service = open_server
    index = service.assistant().index
    for _ in range(3 * MASK_CACHE_SIZE):
        ids = [secrets.token_hex(8) for _ in range(20)] + ["gbo-mensenwerk-2009"]
        body = {"question": QUESTION, "filters": {"doc_ids": ids}}
        assert httpx.post(f"{url}/api/ask", json=body, timeout=60).status_code == 200
    assert len(index._allowed_cache) <= 2  # made-up ids name no document: one key for all of them
    for n in range(2 * MASK_CACHE_SIZE):  # every real subset, over and over: still bounded
        index.doc_mask(["gbo-mensenwerk-2009", f"x{n}"] if n % 2 else ["beinformed-geen-estafette-2013"])
    assert len(index._allowed_cache) <= MASK_CACHE_SIZE


@pytest.mark.parametrize(
    ("doc_ids", "fragment"),
    [([f"doc-{i}" for i in range(51)], "te veel elementen"), (["d" * 201], "te lang"), ([""], "leeg")],
)
def test_doc_id_filters_are_capped(
    open_server: tuple[str, Service], doc_ids: list[str], fragment: str
) -> None:
    url, _ = open_server
    body = {"question": QUESTION, "filters": {"doc_ids": doc_ids}}
    assert fragment in dutch_error(httpx.post(f"{url}/api/ask", json=body), 422)


# -- 6. rate limit bypass ------------------------------------------------------------------
def test_random_keys_share_the_address_bucket(ingested: Settings) -> None:
    settings = ingested.model_copy(update={"rate_limit_per_minute": 5})
    with thread_server(settings) as url:
        statuses = [
            httpx.get(
                f"{url}/api/search", params={"q": "keten"}, headers={"X-API-Key": secrets.token_hex(8)}
            ).status_code
            for _ in range(20)
        ]
        assert statuses.count(200) == 5 and statuses.count(429) == 15
        feedback = {"session_id": "x", "question": "q", "answer": "a", "rating": "up"}
        limited = httpx.post(f"{url}/api/feedback", json=feedback)
        assert "te veel vragen" in dutch_error(limited, 429)


def test_a_configured_key_has_its_own_bucket(ingested: Settings) -> None:
    settings = ingested.model_copy(update={"rate_limit_per_minute": 3, "public_api_keys": [SecretStr(KEY)]})
    with thread_server(settings) as url:
        own = {"X-API-Key": KEY}
        assert [httpx.get(f"{url}/api/search?q=keten", headers=own).status_code for _ in range(4)] == [
            200,
            200,
            200,
            429,
        ]
        wrong = httpx.get(f"{url}/api/search?q=keten", headers={"X-API-Key": "verzonnen"})
        assert wrong.status_code == 401  # a wrong key is refused before it could count


# -- 7. download tokens --------------------------------------------------------------------
@pytest.mark.parametrize("token", ["%C2%B2.abc", "9" * 5000 + ".abc", "1.%00", "-1.abc", "1e9.abc", "", "."])
def test_crafted_download_tokens_are_401(keyed: str, token: str) -> None:
    response = httpx.get(f"{keyed}/api/briefs/{'a' * 20}.md?t={token}")
    assert "downloadlink" in dutch_error(response, 401)


# -- 8. one access rule for corpus text ----------------------------------------------------
@pytest.mark.parametrize(
    "path",
    ["/api/documents", "/api/documents/gbo-mensenwerk-2009", "/api/search?q=keten", "/api/passages/x:y"],
)
def test_corpus_text_needs_the_key(keyed: str, path: str) -> None:
    assert "API-sleutel" in dutch_error(httpx.get(f"{keyed}{path}"), 401)
    assert httpx.get(f"{keyed}{path}", headers={"X-API-Key": KEY}).status_code in (200, 404)


def test_passage_with_the_key(keyed: str) -> None:
    doc = httpx.get(f"{keyed}/api/documents/gbo-mensenwerk-2009", headers={"X-API-Key": KEY}).json()
    chunk = doc["passages"][0]["chunk_id"]
    assert httpx.get(f"{keyed}/api/passages/{chunk}").status_code == 401
    assert httpx.get(f"{keyed}/api/passages/{chunk}", headers={"X-API-Key": KEY}).status_code == 200


# -- smaller findings ----------------------------------------------------------------------
def test_foreign_cors_preflight_is_dutch_json(keyed: str) -> None:
    headers = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    response = httpx.options(f"{keyed}/api/ask", headers=headers)
    assert "CORS" in dutch_error(response, 400)
    assert "access-control-allow-origin" not in response.headers
    allowed = httpx.options(f"{keyed}/api/ask", headers={**headers, "Origin": ORIGIN})
    assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == ORIGIN


@pytest.mark.parametrize("path", ["/api/documents/", "/v1/models/", "/healthz/"])
def test_trailing_slash_is_served_without_redirect(open_server: tuple[str, Service], path: str) -> None:
    url, _ = open_server
    response = httpx.get(f"{url}{path}", headers={"Host": "evil.example"}, follow_redirects=False)
    assert response.status_code == 200 and "location" not in response.headers


def test_download_tokens_are_redacted_in_the_access_log(keyed: str, caplog: pytest.LogCaptureFixture) -> None:
    access = logging.getLogger("uvicorn.access")
    caplog.set_level(logging.INFO, logger="uvicorn.access")
    access.addHandler(caplog.handler)  # uvicorn's access logger does not propagate
    token = f"{2_000_000_000}.{'ab' * 16}"
    try:
        httpx.get(f"{keyed}/api/briefs/{'b' * 20}.md?t={token}&x=1")
    finally:
        access.removeHandler(caplog.handler)
    lines = [r.getMessage() for r in caplog.records if r.name == "uvicorn.access"]
    assert lines, "geen toegangslog: de test bewijst niets"
    assert not any(token in line or "abab" in line for line in lines)
    assert any("t=***" in line for line in lines)


def test_v1_answers_carry_no_raw_markup(open_server: tuple[str, Service]) -> None:
    url, _ = open_server
    body = {"messages": [{"role": "user", "content": XSS_QUESTION}]}
    content = httpx.post(f"{url}/v1/chat/completions", json=body, timeout=60).json()["choices"][0]["message"][
        "content"
    ]
    assert "ketenregiekaart" in content.lower()
    assert "&lt;" in content, "the hostile sentence was not quoted: the test proves nothing"
    for raw in ("<script", "<img", "<a ", "](javascript:"):
        assert raw not in content
    stream = httpx.post(f"{url}/v1/chat/completions", json={**body, "stream": True}, timeout=60)
    events = [e for _, e in parse_sse(stream.text.splitlines()) if isinstance(e, dict)]
    streamed = "".join(e["choices"][0]["delta"].get("content", "") for e in events if e.get("choices"))
    assert streamed == content  # the message text; structured citations keep the verbatim quote (data)


def test_md_brief_download_carries_no_raw_markup(open_server: tuple[str, Service]) -> None:
    url, _ = open_server
    made = httpx.post(
        f"{url}/api/briefs", json={"onderwerp": "De ketenregiekaart van het regieteam"}, timeout=120
    )
    assert made.status_code == 201, made.text
    md = httpx.get(url + made.json()["links"]["md"]).text
    assert "ketenregiekaart" in md.lower()
    assert "&lt;" in md, "no hostile markup reached the brief: the test proves nothing"
    for raw in ("<script", "<img", "<a ", "](javascript:"):
        assert raw not in md
