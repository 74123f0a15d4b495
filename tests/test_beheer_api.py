"""``/beheer`` over HTTP against a real server: access, CSRF, uploads, feedback, gaps and quality."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.app import create_app
from evals.questionset import load_set
from ketenwijzer.settings import Settings
from tests.browser.server import thread_server
from tests.conftest import CORPUS, hold_ingest, make_settings, seeded

ADMIN_KEY = "beheer-sleutel-voor-de-test"
DECLINED = [
    "Hoe vraag ik een parkeervergunning aan?",
    "Wat kost een parkeervergunning voor bewoners?",
    "Waar betaal ik mijn parkeerboete?",
    "Wanneer is het zwembad open?",
    "Wat zijn de openingstijden van het zwembad in de zomer?",
]


BEHEER_RATE = 1000
"""Requests a minute per client for the /beheer test servers."""


def beheer_settings(tmp: Path, seed: Settings | None = None, **overrides: Any) -> Settings:
    """A copy of the corpus, its own data dir (a copy of ``seed``'s index when given), one admin
    key and a reports folder."""
    corpus = tmp / "corpus"
    if not corpus.exists():
        shutil.copytree(CORPUS, corpus)
    if seed is not None and not (tmp / "data").exists():
        seeded(tmp / "data", seed)
    options: dict[str, Any] = {
        "admin_api_keys": [ADMIN_KEY],
        "eval_reports_dir": tmp / "rapporten",
        "eval_drafts_file": tmp / "concepten" / "feedback.yaml",
        # every test of a module talks to one server from one address: at the default 30 a minute
        # the module's logins and questions ran into the per-client limit on a fast machine
        # (seventeenth session); the limit on logins has a test of its own below
        "rate_limit_per_minute": BEHEER_RATE,
        **overrides,
    }
    return make_settings(tmp / "data", corpus, **options)


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, corpus_settings: Settings
) -> Iterator[tuple[str, Settings]]:
    """A real server over a copy of the corpus (and of the session's index)."""
    settings = beheer_settings(tmp_path_factory.mktemp("beheer"), seed=corpus_settings)
    with thread_server(settings) as url:
        yield url, settings


def logged_in(url: str) -> tuple[httpx.Client, str]:
    """A client holding a /beheer session cookie, and the session's CSRF token."""
    client = httpx.Client(base_url=url, timeout=120)
    response = client.post("/beheer/api/login", json={"key": ADMIN_KEY})
    assert response.status_code == 200, response.text
    return client, response.json()["csrf"]


def beheer_routes() -> list[tuple[str, str]]:
    """Every (method, path) of the app under /beheer, path parameters filled in."""
    app = create_app(make_settings(Path("/tmp/kw-onbenut"), admin_api_keys=[ADMIN_KEY]))
    found = []
    for route in app.routes:
        # FastAPI keeps included routers as branches; their effective routes carry the full path.
        nested = getattr(route, "effective_route_contexts", None)
        for leaf in nested() if callable(nested) else [route]:
            path = getattr(leaf, "path", "") or ""
            if path == "/beheer" or path.startswith("/beheer/"):
                for method in sorted(set(getattr(leaf, "methods", None) or ()) - {"HEAD"}):
                    found.append((method, re.sub(r"\{[^}]+\}", "1", path)))
    return sorted(set(found))


def test_every_beheer_route_needs_a_login(server: tuple[str, Settings]) -> None:
    """Without a session each /beheer route and API answers 401 with a Dutch message."""
    url, _ = server
    routes = beheer_routes()
    assert len(routes) >= 15
    for method, path in routes:
        if path == "/beheer/api/login":
            continue
        response = httpx.request(method, url + path, timeout=30)
        assert response.status_code == 401, (method, path, response.status_code)
        if path != "/beheer":
            assert "aangemeld" in response.json()["detail"]
    page = httpx.get(url + "/beheer")
    assert 'data-state="aanmelden"' in page.text and "Beheersleutel" in page.text


def test_every_beheer_route_is_403_without_admin_keys(tmp_path: Path) -> None:
    """With no admin key configured /beheer is switched off: 403 everywhere, also for logging in."""
    settings = beheer_settings(tmp_path, admin_api_keys=[])
    with thread_server(settings, wait_ready=False) as url:
        for method, path in beheer_routes():
            body = {"key": ADMIN_KEY} if path.endswith("/login") else None
            response = httpx.request(method, url + path, json=body, timeout=30)
            assert response.status_code == 403, (method, path, response.status_code)


def test_login_sets_a_strict_httponly_cookie(server: tuple[str, Settings]) -> None:
    """A wrong key is refused in Dutch; a right one gives a cookie the page's script cannot read."""
    url, _ = server
    wrong = httpx.post(url + "/beheer/api/login", json={"key": "fout"})
    assert wrong.status_code == 401 and wrong.json()["detail"] == "De API-sleutel is onjuist."
    assert "set-cookie" not in wrong.headers
    right = httpx.post(url + "/beheer/api/login", json={"key": ADMIN_KEY})
    cookie = right.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/beheer" in cookie
    assert ADMIN_KEY not in right.text and ADMIN_KEY.lower() not in cookie
    client, _ = logged_in(url)
    assert client.get("/beheer").status_code == 200
    assert client.get("/beheer/api/documents").status_code == 200


def test_a_post_without_the_csrf_token_is_refused(server: tuple[str, Settings]) -> None:
    """A logged-in browser tricked into a POST (no or a wrong token) is refused and nothing starts."""
    url, settings = server
    client, csrf = logged_in(url)
    before = client.get("/beheer/api/ingest").json()
    for headers in ({}, {"X-CSRF-Token": "geraden"}):
        refused = client.post("/beheer/api/ingest", headers=headers)
        assert refused.status_code == 403
        assert "CSRF" in refused.json()["detail"]
        refused = client.post(
            "/beheer/api/documents",
            headers=headers,
            files={"file": ("stiekem.md", b"# Stiekem\n\nTekst.")},
            data={"title": "Stiekem"},
        )
        assert refused.status_code == 403
    assert client.get("/beheer/api/ingest").json() == before
    assert not (settings.corpus_dir / "uploads" / "stiekem.md").exists()
    other, _ = logged_in(url)  # another session's token does not fit this session
    assert other.post("/beheer/api/ingest", headers={"X-CSRF-Token": csrf}).status_code == 403


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("../buiten.md", "Ongeldige bestandsnaam"),
        ("map/in-map.md", "Ongeldige bestandsnaam"),
        (".verborgen.md", "Ongeldige bestandsnaam"),
        ("programma.exe", "wordt niet ondersteund"),
        ("README.md", "README"),
    ],
)
def test_bad_upload_names_change_nothing(server: tuple[str, Settings], name: str, fragment: str) -> None:
    """Bad names and types are refused in Dutch and nothing is written anywhere."""
    url, settings = server
    client, csrf = logged_in(url)
    before = sorted(p for p in settings.corpus_dir.parent.rglob("*") if "data" not in p.parts)
    response = client.post(
        "/beheer/api/documents",
        headers={"X-CSRF-Token": csrf},
        files={"file": (name, b"# Kop\n\nEen zin over iets.")},
        data={"title": "Iets"},
    )
    assert response.status_code == 422, response.text
    assert fragment in response.json()["detail"]
    assert sorted(p for p in settings.corpus_dir.parent.rglob("*") if "data" not in p.parts) == before


def test_an_unreadable_upload_is_refused_before_it_reaches_the_corpus(server: tuple[str, Settings]) -> None:
    """A 'PDF' that is not one gets the loader's Dutch reason; the corpus is unchanged."""
    url, settings = server
    client, csrf = logged_in(url)
    response = client.post(
        "/beheer/api/documents",
        headers={"X-CSRF-Token": csrf},
        files={"file": ("kapot.pdf", b"dit is geen pdf")},
        data={"title": "Kapot"},
    )
    assert response.status_code == 422 and "kan niet worden ingelezen" in response.json()["detail"]
    assert not (settings.corpus_dir / "uploads").exists()


def test_declined_questions_on_two_topics_make_two_groups(server: tuple[str, Settings]) -> None:
    """Five declined questions (parking, swimming pool) become two content-gap groups of 3 and 2."""
    url, _ = server
    for question in DECLINED:
        answer = httpx.post(url + "/api/ask", json={"question": question}, timeout=60).json()
        assert answer["abstained"], question
    # a first question asked back ("Kun je dat kort samenvatten?") names no missing content: no gap
    # (``ketenwijzer.models.CLARIFICATION_KIND``; twenty-ninth session)
    for question in ["Kun je dat kort samenvatten?", "Welke komen overeen?"]:
        asked_back = httpx.post(url + "/api/ask", json={"question": question}, timeout=60).json()
        assert asked_back["abstained"] and asked_back["kind"] == "clarification", asked_back
    client, _ = logged_in(url)
    groups = client.get("/beheer/api/gaps", params={"days": 7}).json()["groups"]
    assert sorted(g["count"] for g in groups) == [2, 3]
    by_size = {g["count"]: set(g["examples"]) for g in groups}
    assert by_size[3] == set(DECLINED[:3]) and by_size[2] == set(DECLINED[3:])
    assert all(g["declined"] == g["count"] for g in groups)


def test_a_thumbs_down_becomes_a_draft_eval_question(server: tuple[str, Settings]) -> None:
    """The inbox shows a thumbs-down with its citations; 'evalvraag' writes a loadable question set."""
    url, settings = server
    asked = httpx.post(url + "/api/ask", json={"question": "Wat is een ketenregisseur?"}, timeout=60).json()
    stored = httpx.post(
        url + "/api/feedback",
        json={
            "session_id": asked["session_id"],
            "question": asked["question"],
            "answer": asked["answer"],
            "rating": "down",
            "comment": "Te vaag.",
        },
    )
    assert stored.status_code == 201
    client, csrf = logged_in(url)
    inbox = client.get("/beheer/api/feedback").json()
    item = next(i for i in inbox if i["question"] == "Wat is een ketenregisseur?")
    assert item["comment"] == "Te vaag." and not item["handled"]
    assert [c["quote"] for c in item["citations"]] == [c["quote"] for c in asked["citations"]]
    made = client.post(f"/beheer/api/feedback/{item['id']}/evalvraag", headers={"X-CSRF-Token": csrf})
    assert made.status_code == 201, made.text
    questions = load_set(settings.eval_drafts_file).questions
    assert [q.question for q in questions if q.id == made.json()["id"]] == ["Wat is een ketenregisseur?"]
    again = client.post(f"/beheer/api/feedback/{item['id']}/evalvraag", headers={"X-CSRF-Token": csrf})
    assert again.status_code == 422 and "staat al" in again.json()["detail"]
    done = client.post(f"/beheer/api/feedback/{item['id']}/handled", headers={"X-CSRF-Token": csrf})
    assert done.status_code == 200
    assert next(i for i in client.get("/beheer/api/feedback").json() if i["id"] == item["id"])["handled"]


def test_quality_over_time_reads_the_reports_folder(server: tuple[str, Settings]) -> None:
    """Every report.json in the folder is a run (oldest first); the latest links its report.html."""
    url, settings = server
    for i, (day, hit) in enumerate([("2026-01-02", 0.8), ("2026-03-04", 0.9)]):
        folder = settings.eval_reports_dir / f"run{i}"
        folder.mkdir(parents=True)
        report = {"name": f"run {i}", "created_at": f"{day}T10:00:00+00:00", "summary": {"hit_at_5": hit}}
        (folder / "report.json").write_text(json.dumps(report), encoding="utf-8")
        (folder / "report.html").write_text(f"<p>rapport {i}</p>", encoding="utf-8")
    (settings.eval_reports_dir / "kapot").mkdir()
    (settings.eval_reports_dir / "kapot" / "report.json").write_text("{niet json", encoding="utf-8")
    client, _ = logged_in(url)
    data = client.get("/beheer/api/quality").json()
    assert [r["metrics"]["hit_at_5"] for r in data["runs"]] == [0.8, 0.9]
    assert data["latest"] == data["runs"][-1]["id"]
    latest = client.get(f"/beheer/api/quality/{data['latest']}/report")
    assert latest.status_code == 200 and latest.text == "<p>rapport 1</p>"
    assert client.get("/beheer/api/quality/onbekend/report").status_code == 404


def test_a_second_ingest_is_refused_politely(
    server: tuple[str, Settings], monkeypatch: pytest.MonkeyPatch
) -> None:
    """While an ingest runs, another one (or an upload) gets 409 with a Dutch message."""
    url, settings = server
    client, csrf = logged_in(url)
    headers = {"X-CSRF-Token": csrf}
    # the ingest is held until the two refused requests are in: over an unchanged corpus it
    # finished before the upload on a fast clean clone (thirty-eighth session's CI)
    release, entered = hold_ingest(monkeypatch)
    first = client.post("/beheer/api/ingest", headers=headers)
    assert first.status_code == 202 and entered.wait(30)
    second = client.post("/beheer/api/ingest", headers=headers)
    upload = client.post(
        "/beheer/api/documents",
        headers=headers,
        files={"file": ("later.md", b"# Later\n\nTekst.")},
        data={"title": "Later"},
    )
    assert second.status_code == 409 and "Er loopt al een ingest" in second.json()["detail"]
    release.set()
    assert upload.status_code == 409 and not (settings.corpus_dir / "uploads" / "later.md").exists()
    with client.stream("GET", "/beheer/api/ingest/events") as events:
        lines = [line for line in events.iter_lines() if line.startswith("event:")]
    assert lines[-1] == "event: klaar"
    assert client.get("/beheer/api/ingest").json()["status"] == "done"


def test_the_question_log_is_off_when_switched_off(corpus_settings: Settings) -> None:
    """With ``question_log`` off, answering stores no question; with it on, old rows expire."""
    from api.beheer_questions import QuestionLog
    from api.routes.ask import answer_question
    from api.schemas import AskRequest
    from api.service import Service
    from ketenwijzer.database import SQLiteDatabase, service_db_path

    def count() -> int:
        return QuestionLog(SQLiteDatabase(service_db_path(corpus_settings.data_dir)), 30).count()

    before = count()
    service = Service(make_settings(corpus_settings.data_dir, question_log=False))
    service.load()
    answer, _ = answer_question(AskRequest(question="Wat is een keten?"), service)
    assert answer.citations and count() == before

    now = [1_000_000.0]
    log = QuestionLog(
        SQLiteDatabase(corpus_settings.data_dir / "retentie.sqlite"), days=30, clock=lambda: now[0]
    )
    log.add("s", answer, "api")
    now[0] += 31 * 86400
    log.add("s", answer, "api")
    assert log.count() == 1 and len(log.since(1)) == 1


def test_logins_count_against_the_per_client_limit(tmp_path: Path, corpus_settings: Settings) -> None:
    """``POST /beheer/api/login`` is rate-limited like a question: guessing keys is slowed down."""
    settings = beheer_settings(tmp_path, seed=corpus_settings, rate_limit_per_minute=2)
    with thread_server(settings) as url:
        codes = [httpx.post(f"{url}/beheer/api/login", json={"key": "fout"}).status_code for _ in range(3)]
    assert codes[:2] == [401, 401] and codes[2] == 429, codes
