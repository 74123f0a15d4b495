"""Access control on a real server: admin keys, public keys, CORS allowlist, rate limiting, no secrets in logs."""

from __future__ import annotations

import csv
import io
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from ingest.pipeline import ingest_lock, run_ingest
from ketenwijzer.settings import Settings
from tests.browser.server import thread_server
from tests.conftest import hold_ingest
from tests.hardening_support import hardening_settings

ADMIN = "adm-Geheim-7f3c9e1d5b"
PUBLIC = "pub-Sleutel-2a8d4c6e0f"
ORIGIN = "https://intranet.example.nl"
LIMIT = 5
QUESTION = "Waarom is ketensamenwerking mensenwerk?"


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The small corpus, ingested once, with admin and public keys and a rate limit."""
    settings = hardening_settings(
        tmp_path_factory.mktemp("access"),
        admin_api_keys=[SecretStr(ADMIN), SecretStr("tweede-beheersleutel")],
        public_api_keys=[SecretStr(PUBLIC)],
        rate_limit_per_minute=LIMIT,
        cors_origins=[ORIGIN],
    )
    assert not run_ingest(settings).errors
    return settings


@pytest.fixture(scope="module")
def url(settings: Settings) -> Iterator[str]:
    """A real uvicorn server with those settings (CORS from ``settings.cors_origins``)."""
    with thread_server(settings) as base:
        yield base


def admin(key: str | None = ADMIN) -> dict[str, str]:
    """The admin header."""
    return {"X-API-Key": key} if key else {}


def test_admin_is_disabled_without_configured_keys(tmp_path: Path, settings: Settings) -> None:
    open_settings = settings.model_copy(update={"admin_api_keys": [], "data_dir": settings.data_dir})
    with thread_server(open_settings) as base:
        response = httpx.post(f"{base}/api/admin/reload", headers=admin())
    assert response.status_code == 403
    assert "Beheer is uitgeschakeld" in response.json()["detail"]


@pytest.mark.parametrize(
    ("headers", "fragment"),
    [
        ({}, "vraagt een API-sleutel"),
        ({"X-API-Key": "fout"}, "onjuist"),
        ({"Authorization": f"Bearer {PUBLIC}"}, "onjuist"),  # a public key is no admin key
        ({"Authorization": f"Basic {ADMIN}"}, "vraagt een API-sleutel"),
    ],
)
def test_admin_without_a_valid_key_is_401(url: str, headers: dict[str, str], fragment: str) -> None:
    response = httpx.post(f"{url}/api/admin/reload", headers=headers)
    assert response.status_code == 401
    assert fragment in response.json()["detail"]
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_admin_key_in_either_header_reloads(url: str) -> None:
    for headers in (admin(), {"Authorization": "Bearer tweede-beheersleutel"}):
        response = httpx.post(f"{url}/api/admin/reload", headers=headers, timeout=60)
        assert response.status_code == 200 and response.json()["status"] == "ready"
    assert httpx.get(f"{url}/readyz").status_code == 200


def test_second_ingest_while_one_runs_is_409(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    release, entered = hold_ingest(monkeypatch)
    first = httpx.post(f"{url}/api/admin/ingest", headers=admin())
    assert first.status_code == 202 and first.json()["status"] == "running"
    assert entered.wait(30)
    second = httpx.post(f"{url}/api/admin/ingest", headers=admin())
    assert second.status_code == 409 and "al een ingest" in second.json()["detail"]
    release.set()
    status: dict[str, Any] = {}
    for _ in range(600):
        status = httpx.get(f"{url}/api/admin/ingest", headers=admin()).json()
        if status["status"] != "running":
            break
        threading.Event().wait(0.1)
    assert status["status"] == "done" and status["errors"] == []


def test_ingest_refused_while_another_process_holds_the_lock(url: str, settings: Settings) -> None:
    with ingest_lock(settings):
        response = httpx.post(f"{url}/api/admin/ingest", headers=admin())
    assert response.status_code == 409 and "al een ingest" in response.json()["detail"]


def test_public_endpoints_need_a_key_when_configured(url: str) -> None:
    calls = [
        ("POST", "/api/ask", {"question": QUESTION}),
        ("POST", "/api/chat", {"question": QUESTION}),
        ("GET", "/api/search?q=keten", None),
        ("POST", "/api/feedback", {"session_id": "x", "question": "q", "answer": "a", "rating": "up"}),
        ("GET", "/v1/models", None),
        ("POST", "/v1/chat/completions", {"messages": [{"role": "user", "content": QUESTION}]}),
    ]
    for method, path, body in calls:
        response = httpx.request(method, f"{url}{path}", json=body)
        assert response.status_code == 401, path
        assert "API-sleutel" in response.json()["detail"]
    ok = httpx.get(f"{url}/api/search?q=keten", headers={"Authorization": f"Bearer {PUBLIC}"})
    assert ok.status_code == 200
    assert httpx.get(f"{url}/api/search?q=keten", headers=admin()).status_code == 200
    assert httpx.get(f"{url}/healthz").status_code == 200  # status and widget stay open
    assert httpx.get(f"{url}/widget.js").status_code == 200


def test_feedback_export_as_json_and_csv(url: str) -> None:
    key = {"X-API-Key": PUBLIC}
    session = httpx.post(f"{url}/api/ask", json={"question": QUESTION}, headers=key, timeout=60).json()
    payload = {"session_id": session["session_id"], "question": QUESTION, "answer": "a", "rating": "down"}
    comment = '=HYPERLINK("http://evil")'
    stored = httpx.post(f"{url}/api/feedback", json={**payload, "comment": comment}, headers=key)
    assert stored.status_code == 201
    rows = httpx.get(f"{url}/api/admin/feedback", headers=admin()).json()
    assert any(r["id"] == stored.json()["id"] and r["comment"] == comment for r in rows)
    exported = httpx.get(f"{url}/api/admin/feedback?format=csv", headers=admin())
    assert exported.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(exported.text)))
    row = next(r for r in table if r["id"] == str(stored.json()["id"]))
    assert row["comment"] == "'" + comment and row["rating"] == "down"
    assert httpx.get(f"{url}/api/admin/feedback?format=xml", headers=admin()).status_code == 422


def test_purge_all_sessions_ends_conversations(url: str) -> None:
    key = {"X-API-Key": PUBLIC}
    session = httpx.post(f"{url}/api/ask", json={"question": QUESTION}, headers=key, timeout=60).json()
    expired_only = httpx.post(f"{url}/api/admin/sessions/purge", headers=admin())
    assert expired_only.status_code == 200 and expired_only.json()["removed"] == 0
    purged = httpx.post(f"{url}/api/admin/sessions/purge?all=true", headers=admin())
    assert purged.json()["removed"] >= 1
    follow = httpx.post(
        f"{url}/api/ask", json={"question": QUESTION, "session_id": session["session_id"]}, headers=key
    )
    assert follow.status_code == 404


def test_rate_limit_is_429_with_retry_after_per_client(url: str) -> None:
    own = {"X-API-Key": "tweede-beheersleutel"}  # a key of its own: a bucket of its own
    statuses = [
        httpx.post(f"{url}/api/ask", json={"question": QUESTION}, headers=own, timeout=60).status_code
        for _ in range(LIMIT)
    ]
    assert statuses == [200] * LIMIT
    limited = httpx.post(
        f"{url}/v1/chat/completions", json={"messages": [{"role": "user", "content": "x"}]}, headers=own
    )
    assert limited.status_code == 429
    assert int(limited.headers["retry-after"]) >= 1
    assert "te veel vragen" in limited.json()["detail"]
    chat = httpx.post(f"{url}/api/chat", json={"question": QUESTION}, headers=own)
    assert chat.status_code == 429
    other = httpx.post(f"{url}/api/ask", json={"question": QUESTION}, headers=admin(), timeout=60)
    assert other.status_code == 200  # another client is not held back


def test_cors_allowlist(url: str) -> None:
    preflight = {
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "x-api-key,content-type",
    }
    allowed = httpx.options(f"{url}/api/chat", headers={"Origin": ORIGIN, **preflight})
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == ORIGIN
    assert "x-api-key" in allowed.headers["access-control-allow-headers"].lower()
    denied = httpx.options(f"{url}/api/chat", headers={"Origin": "https://evil.example", **preflight})
    assert "access-control-allow-origin" not in denied.headers


def test_secrets_are_never_logged(url: str, settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("uvicorn.access", "uvicorn.error", "ketenwijzer", "httpx"):
        caplog.set_level(logging.DEBUG, logger=name)
        if caplog.handler not in logging.getLogger(name).handlers:  # uvicorn's loggers do not propagate
            logging.getLogger(name).addHandler(caplog.handler)
    httpx.post(f"{url}/api/admin/reload", headers=admin(), timeout=60)
    httpx.post(f"{url}/api/admin/reload", headers={"X-API-Key": ADMIN + "x"})
    httpx.get(f"{url}/api/search?q=keten", headers={"Authorization": f"Bearer {PUBLIC}"})
    httpx.post(f"{url}/api/ask", json={"question": ""}, headers={"X-API-Key": PUBLIC})
    httpx.get(f"{url}/api/admin/feedback?format=csv", headers=admin())
    for name in ("uvicorn.access", "uvicorn.error", "ketenwijzer", "httpx"):
        logging.getLogger(name).removeHandler(caplog.handler)
    assert any(r.name == "uvicorn.access" for r in caplog.records), "geen toegangslog: de test bewijst niets"
    logged = "\n".join(r.getMessage() for r in caplog.records) + caplog.text
    for secret in (ADMIN, PUBLIC, "tweede-beheersleutel"):
        assert secret not in logged
        assert secret not in repr(settings) and secret not in str(settings.model_dump())


def test_rate_limit_is_shared_by_every_server_on_the_service_database(tmp_path: Path) -> None:
    """Two servers (as two workers) on one data dir: the fifth question is the last, on either."""
    settings = hardening_settings(tmp_path, public_api_keys=[SecretStr(PUBLIC)], rate_limit_per_minute=4)
    assert not run_ingest(settings).errors
    key = {"X-API-Key": PUBLIC}
    with thread_server(settings) as first, thread_server(settings) as second:
        statuses = [  # search is rate-limited like questions, and quick: no refill in between
            httpx.get(f"{url}/api/search", params={"q": "keten"}, headers=key, timeout=60).status_code
            for url in (first, second, first, second, first, second)
        ]
    assert statuses == [200, 200, 200, 200, 429, 429]


def test_token_buckets_refill_and_forget(tmp_path: Path) -> None:
    from api.ratelimit import PRUNE_EVERY, TokenBuckets
    from ketenwijzer.database import SQLiteDatabase

    now = [1_700_000_000.0]
    buckets = TokenBuckets(SQLiteDatabase(tmp_path / "service.sqlite"), 6, clock=lambda: now[0])
    assert [buckets.take("a") for _ in range(6)] == [0.0] * 6
    assert buckets.take("a") == pytest.approx(10.0)  # one token per 10 s
    assert buckets.take("b") == 0.0, "another client has a bucket of its own"
    now[0] += 25.0
    assert buckets.take("a") == 0.0 and buckets.take("a") == 0.0
    assert buckets.take("a") > 0
    now[0] += 3600
    for i in range(PRUNE_EVERY):
        buckets.take(f"c{i}")
    assert len(buckets) == PRUNE_EVERY, "clients idle for an hour are forgotten"
    assert TokenBuckets(SQLiteDatabase(tmp_path / "x.sqlite"), 0).take("a") == 0.0


def test_rate_limit_lets_questions_through_when_its_database_is_down(
    tmp_path: Path, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    from starlette.requests import Request

    from api.ratelimit import TokenBuckets, rate_limit
    from api.service import Service
    from ketenwijzer.database import PostgresDatabase, SQLiteDatabase
    from tests.browser.server import free_port

    service = Service(settings.model_copy(update={"data_dir": tmp_path}))
    buckets = TokenBuckets(SQLiteDatabase(tmp_path / "service.sqlite"), 1)
    buckets.db = PostgresDatabase(f"postgresql://kw:geheim@127.0.0.1:{free_port()}/kw", connect_timeout=1)
    service.rate_limiter = buckets
    request = Request({"type": "http", "headers": [], "client": ("10.0.0.1", 5000), "query_string": b""})
    with caplog.at_level(logging.WARNING, logger="ketenwijzer.api"):
        for _ in range(3):  # over the limit of 1, yet let through
            rate_limit(request, service)  # raises RateLimited when it holds the question back
    assert "Snelheidslimiet overgeslagen" in caplog.text and "geheim" not in caplog.text
