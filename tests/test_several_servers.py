"""Several API servers sharing one index (a Chroma server) and one PostgreSQL, all real processes.

The module starts ``chroma run`` and a private PostgreSQL cluster (Debian's binaries) on
loopback, then two ``ketenwijzer serve`` processes, each with a data dir of its own (as on two
machines), with ``KETENWIJZER_CHROMA_URL`` and ``KETENWIJZER_DATABASE_URL`` set: vectors live
in Chroma, the catalog, sessions, feedback and briefs in PostgreSQL. An ingest through the CLI
on one "machine" must become visible to both servers without a restart; a second ingest from
the other machine is refused meanwhile; a conversation started on one server continues on the
other; feedback lands in PostgreSQL and ``ketenwijzer eval from-feedback`` reads it back.
Skipped (with the reason) only when the PostgreSQL server binaries are not installed.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
import pytest

from api.routes.briefs import BRIEF_GONE, BriefStore
from api.sessions import SESSION_GONE, PostgresSessionStore
from assistant.briefs import Brief
from ingest.catalog import Catalog
from ingest.catalog_postgres import PostgresCatalog
from ingest.pipeline import ingest_lock, run_ingest
from ketenwijzer.database import PostgresDatabase
from ketenwijzer.errors import BackendUnavailable, IndexBusy, NotFound
from ketenwijzer.settings import Settings
from tests.browser.server import PROJECT, free_port, stop_process, wait_until_ready
from tests.conftest import make_settings
from tests.hardening_support import small_corpus

QUESTION = "Waarom is ketensamenwerking mensenwerk?"
NEW_DOC_ID = "zuidwolde-ketenkompas"
NEW_QUESTION = "Wat is het ketenkompas van de gemeente Zuidwolde?"
NEW_DOC = f"""---
id: {NEW_DOC_ID}
title: "Het ketenkompas van Zuidwolde"
publisher: "Gemeente Zuidwolde (testdocument)"
date: 2024-03-01
language: nl
kind: article
---

# Het ketenkompas van Zuidwolde

Het ketenkompas van de gemeente Zuidwolde is een kaart waarop alle ketenpartners van de
gemeente Zuidwolde staan, met per partner de afspraken over gegevensuitwisseling.
De gemeente Zuidwolde werkt het ketenkompas elk halfjaar bij met de ketenpartners.
Met het ketenkompas ziet iedere medewerker van Zuidwolde welke partner welke taak heeft.
"""
HEARTBEAT_LIMIT_S = 120.0
"""How long ``chroma run`` may take to answer its heartbeat."""


def _postgres_bin() -> Path | None:
    """The newest installed PostgreSQL server binaries (Debian layout), if any."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4]))
    return Path(found[-1]).parent if found else None


def _as_postgres_user(cmd: list[str]) -> list[str]:
    """``cmd`` run as the ``postgres`` user when we are root (initdb refuses root)."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


def _run(cmd: list[str]) -> None:
    """Run a setup command; fail with its output when it fails."""
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"{cmd[0]}: {result.stdout}{result.stderr}"


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """A private PostgreSQL cluster on loopback (trust auth); yields its URL, removed afterwards."""
    bindir = _postgres_bin()
    if bindir is None:
        pytest.skip(
            "Geen PostgreSQL-serverbinaries in /usr/lib/postgresql/*/bin "
            "(installeer ze met: apt-get install -y postgresql)."
        )
    root = Path(tempfile.mkdtemp(prefix="kw-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    data, port = root / "data", free_port()
    try:
        initdb = [str(bindir / "initdb"), "-D", str(data), "-U", "ketenwijzer", "--auth=trust"]
        _run(_as_postgres_user(initdb))
        options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
        ctl = [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"), "-w"]
        _run(_as_postgres_user([*ctl, "start"]))
        try:
            createdb = [str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "ketenwijzer"]
            _run([*createdb, "ketenwijzer"])
            yield f"postgresql://ketenwijzer@127.0.0.1:{port}/ketenwijzer"
        finally:
            subprocess.run(_as_postgres_user([*ctl, "-m", "fast", "stop"]), check=False, timeout=60)
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``chroma run`` on loopback with its own data dir; yields its URL once the heartbeat answers."""
    chroma = Path(sys.executable).parent / "chroma"
    if not chroma.exists():
        chroma = Path(shutil.which("chroma") or "chroma")
    root, port = tmp_path_factory.mktemp("chroma-server"), free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    cmd = [str(chroma), "run", "--path", str(root / "db"), "--host", "127.0.0.1", "--port", str(port)]
    with (root / "chroma.log").open("wb") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + HEARTBEAT_LIMIT_S
        while True:
            assert proc.poll() is None, (root / "chroma.log").read_text(errors="replace")
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "chroma run gaf geen heartbeat."
            time.sleep(0.2)
        yield url
    finally:
        stop_process(proc)


def _env(data_dir: Path, corpus_dir: Path, chroma_url: str, postgres_url: str) -> dict[str, str]:
    """The environment every process of the deployment gets."""
    return {
        **os.environ,
        "KETENWIJZER_DATA_DIR": str(data_dir),
        "KETENWIJZER_CORPUS_DIR": str(corpus_dir),
        "KETENWIJZER_CHROMA_URL": chroma_url,
        "KETENWIJZER_DATABASE_URL": postgres_url,
        "KETENWIJZER_RATE_LIMIT_PER_MINUTE": "0",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
    }


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """``ketenwijzer <args>`` as a user runs it; fails the test on a non-zero exit."""
    cmd = [sys.executable, "-m", "ketenwijzer.cli", *args]
    result = subprocess.run(cmd, env=env, cwd=PROJECT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def _cli_fails(env: dict[str, str], *args: str) -> str:
    """``ketenwijzer <args>`` that must fail; its output."""
    cmd = [sys.executable, "-m", "ketenwijzer.cli", *args]
    result = subprocess.run(cmd, env=env, cwd=PROJECT, capture_output=True, text=True, timeout=600)
    assert result.returncode != 0, result.stdout + result.stderr
    return result.stdout + result.stderr


@contextmanager
def _servers(envs: list[dict[str, str]], logs: Path) -> Iterator[list[str]]:
    """One ``ketenwijzer serve`` process per environment, on free ports; yields their URLs when ready."""
    procs: list[subprocess.Popen[bytes]] = []
    urls: list[str] = []
    with ExitStack() as stack:
        for i, env in enumerate(envs):
            port = free_port()
            log = stack.enter_context((logs / f"serve-{i}.log").open("wb"))
            cmd = [
                sys.executable,
                "-m",
                "ketenwijzer.cli",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ]
            procs.append(subprocess.Popen(cmd, env=env, cwd=PROJECT, stdout=log, stderr=subprocess.STDOUT))
            urls.append(f"http://127.0.0.1:{port}")
        try:
            for url, proc in zip(urls, procs, strict=True):
                wait_until_ready(url, proc_alive(proc))
            yield urls
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def proc_alive(proc: subprocess.Popen[bytes]) -> Callable[[], bool]:
    """A check that ``proc`` still runs."""
    return lambda: proc.poll() is None


def _ask(url: str, question: str, session_id: str | None = None) -> dict[str, object]:
    """``POST /api/ask``; the JSON answer (asserting 200)."""
    body: dict[str, object] = {"question": question}
    if session_id:
        body["session_id"] = session_id
    response = httpx.post(f"{url}/api/ask", json=body, timeout=120)
    assert response.status_code == 200, response.text
    return dict(response.json())


def _cited(answer: dict[str, object]) -> set[str]:
    """The doc ids an answer cites."""
    citations = answer.get("citations") or []
    assert isinstance(citations, list)
    return {str(c["doc_id"]) for c in citations}


def test_two_servers_share_index_sessions_and_feedback(
    chroma_url: str, postgres_url: str, tmp_path: Path
) -> None:
    data_dir, corpus_dir = tmp_path / "data", small_corpus(tmp_path, hostile=False)
    env = _env(data_dir, corpus_dir, chroma_url, postgres_url)
    other_machine = _env(tmp_path / "data-b", corpus_dir, chroma_url, postgres_url)
    _cli(env, "ingest")

    with _servers([env, other_machine], tmp_path) as (first, second):
        # A conversation started on one server continues on the other (sessions in PostgreSQL).
        opened = _ask(first, QUESTION)
        session_id = str(opened["session_id"])
        assert not opened["abstained"] and "gbo-mensenwerk-2009" in _cited(opened)
        follow_up = _ask(second, "En wat zeggen ze over vertrouwen?", session_id)
        assert follow_up["session_id"] == session_id
        gone = httpx.post(
            f"{second}/api/ask", json={"question": QUESTION, "session_id": "verzonnen"}, timeout=60
        )
        assert gone.status_code == 404 and gone.json()["detail"] == SESSION_GONE

        # Before the ingest neither server knows the new document.
        for url in (first, second):
            assert NEW_DOC_ID not in _cited(_ask(url, NEW_QUESTION))

        (corpus_dir / "articles" / f"{NEW_DOC_ID}.md").write_text(NEW_DOC, encoding="utf-8")
        # While one machine ingests, the other is refused (advisory lock in PostgreSQL).
        with ingest_lock(Settings(_env_file=None, data_dir=tmp_path / "data-b", database_url=postgres_url)):
            busy = _cli_fails(env, "ingest")
            assert "Er loopt al een ingest" in busy
        _cli(env, "ingest")

        # Both running servers answer from it, without a restart (catalog generation + Chroma server).
        for url in (second, first):
            answer = _ask(url, NEW_QUESTION)
            assert not answer["abstained"], answer
            assert NEW_DOC_ID in _cited(answer)
            documents = httpx.get(f"{url}/api/documents", timeout=30)
            assert documents.status_code == 200 and NEW_DOC_ID in documents.text

        # Feedback through either server goes to PostgreSQL; the evals read it back from there.
        complaint = "Het antwoord over vertrouwen mist de bron."
        for url, rating in ((first, "up"), (second, "down")):
            body = {
                "session_id": session_id,
                "question": f"{rating}: {QUESTION}",
                "answer": "een antwoord",
                "rating": rating,
                "comment": complaint,
            }
            assert httpx.post(f"{url}/api/feedback", json=body, timeout=30).status_code == 201

    drafted = _cli(env, "eval", "from-feedback").stdout
    assert f"down: {QUESTION}" in drafted and "vertrouwen mist de bron" in drafted
    assert f"up: {QUESTION}" not in drafted

    # Everything lives in the servers: no vectors, catalog or service database in a data dir.
    for directory in (data_dir, tmp_path / "data-b"):
        assert not (directory / "chroma").exists()
        assert not (directory / "service.sqlite").exists()
        assert not (directory / "catalog.sqlite").exists()
    with PostgresDatabase(postgres_url).connect() as conn:
        turns = [
            row[0]
            for row in conn.execute(
                "SELECT question FROM turns WHERE session_id = ?", (session_id,)
            ).fetchall()
        ]
    assert turns[:2] == [QUESTION, "En wat zeggen ze over vertrouwen?"]

    import chromadb

    from ingest.vectorstore import collection_name

    client = chromadb.HttpClient(host="127.0.0.1", port=int(chroma_url.rsplit(":", 1)[1]))
    stored = client.get_collection(collection_name(Settings().embedder)).get(
        include=[], where={"doc_id": NEW_DOC_ID}
    )
    assert stored["ids"], "de vectoren van het nieuwe document staan niet in de Chroma-server"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def test_postgres_sessions_expire_and_feedback_stays(postgres_url: str) -> None:
    clock = Clock()
    store = PostgresSessionStore(postgres_url, ttl_seconds=3600, clock=clock)
    session_id, history = store.open(None)
    assert history == [] and len(session_id) >= 40
    for n in range(12):
        store.add_turn(session_id, f"vraag {n}", f"vraag {n}", f"antwoord {n}")
    clock.now += 1800
    _, history = store.open(session_id)  # still live, and the use renews it
    assert [t.question for t in history] == [f"vraag {n}" for n in range(2, 12)]
    clock.now += 3599
    store.open(session_id)
    clock.now += 3601
    with pytest.raises(NotFound) as gone:
        store.open(session_id)
    assert gone.value.message == SESSION_GONE
    feedback_id = store.add_feedback(session_id, "vraag", "antwoord", "down", None, 2)  # existed: accepted
    assert feedback_id > 0 and store.feedback_rows()[-1]["citation_n"] == 2
    assert store.purge() >= 1
    with pytest.raises(NotFound):
        store.add_feedback(session_id, "vraag", "antwoord", "up", None, None)  # purged: unknown
    live, _ = store.open(None)
    assert store.purge(everything=True) >= 1
    with pytest.raises(NotFound):
        store.open(live)


def test_postgres_brief_store_prunes_and_expires(postgres_url: str) -> None:
    database = PostgresDatabase(postgres_url)
    store = BriefStore(database, max_briefs=2)
    brief = Brief.model_validate(_minimal_brief())
    ids = [store.add(brief) for _ in range(3)]
    assert len(store) == 2
    with pytest.raises(NotFound) as gone:
        store.get(ids[0])
    assert gone.value.message == BRIEF_GONE
    assert store.get(ids[2]).topic == brief.topic
    expired = BriefStore(database, ttl_seconds=-1.0)
    with pytest.raises(NotFound):
        expired.get(ids[2])


def test_unreachable_postgres_is_a_dutch_error_without_the_password() -> None:
    url = f"postgresql://ketenwijzer:geheim-wachtwoord@127.0.0.1:{free_port()}/ketenwijzer"
    with pytest.raises(BackendUnavailable) as failed:
        PostgresSessionStore(url, ttl_seconds=60)
    assert "niet bereikbaar" in failed.value.message
    assert "geheim-wachtwoord" not in failed.value.message and "geheim" not in repr(PostgresDatabase(url))


def _minimal_brief() -> dict[str, object]:
    """The smallest valid ``Brief`` (as JSON)."""
    return {
        "topic": "besluitvorming in ketens",
        "title": "Besluitvorming in ketens",
        "date": "2024-01-01",
        "governance": False,
    }


def _fresh_database(postgres_url: str, name: str) -> str:
    """A new, empty database in the test cluster; its URL."""
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return postgres_url.rsplit("/", 1)[0] + "/" + name


def test_postgres_catalog_holds_what_the_sqlite_catalog_holds(postgres_url: str, tmp_path: Path) -> None:
    """The same corpus ingested into both backends gives the same catalog; a failed write changes nothing."""
    postgres_url = _fresh_database(postgres_url, "catalogtest")
    corpus = small_corpus(tmp_path)
    local = make_settings(tmp_path / "local", corpus)
    shared = make_settings(tmp_path / "shared", corpus, database_url=postgres_url)
    for settings in (local, shared):
        assert not run_ingest(settings).errors
    sqlite_cat, pg_cat = Catalog(local.data_dir / "catalog.sqlite"), PostgresCatalog(postgres_url)
    assert not (shared.data_dir / "catalog.sqlite").exists()

    def strip(docs: dict[str, dict[str, object]]) -> dict[str, dict[str, object]]:
        return {k: {f: v for f, v in d.items() if f != "updated_at"} for k, d in docs.items()}

    assert strip(pg_cat.documents()) == strip(sqlite_cat.documents())
    assert list(pg_cat.iter_tokens()) == list(sqlite_cat.iter_tokens())
    assert list(pg_cat.iter_index_texts()) == list(sqlite_cat.iter_index_texts())
    doc_id = next(iter(sqlite_cat.documents()))
    assert [dict(r) for r in pg_cat.doc_chunks(doc_id)] == [dict(r) for r in sqlite_cat.doc_chunks(doc_id)]
    ids = sorted(sqlite_cat.live_ids())
    assert pg_cat.live_ids() == set(ids)
    assert set(pg_cat.chunk_rows([*ids[:3], "bestaat-niet"])) == set(ids[:3])
    assert pg_cat.generation() == sqlite_cat.generation() == 1

    # A write that fails half-way (a chunk id twice) leaves the old catalog and generation.
    from ingest.chunking import chunk_document
    from ingest.lexical import tokenize
    from ingest.loaders import load_document

    doc = load_document(corpus / "articles" / "gbo-mensenwerk-2009.md", corpus)
    chunks = chunk_document(doc, shared.chunk_chars)
    twice = [*chunks, chunks[0]]
    import psycopg

    with pytest.raises(psycopg.errors.UniqueViolation):
        pg_cat.apply([(doc, twice, [tokenize(c.index_text(doc.title)) for c in twice])], [], {})
    assert pg_cat.generation() == 1 and pg_cat.live_ids() == set(ids)

    # The index reads it like the SQLite one: same passages for the same chunk ids.
    from ingest.index import Index

    assert [p.text for p in Index(shared).passages(ids[:3])] == [
        p.text for p in Index(local).passages(ids[:3])
    ]
    assert "verborgen" in repr(pg_cat) and postgres_url not in repr(pg_cat)


def test_an_unreachable_catalog_database_is_a_dutch_error(tmp_path: Path) -> None:
    url = f"postgresql://ketenwijzer:geheim-wachtwoord@127.0.0.1:{free_port()}/ketenwijzer"
    settings = make_settings(tmp_path / "data", small_corpus(tmp_path), database_url=url)
    with pytest.raises(BackendUnavailable) as info:
        run_ingest(settings)
    assert "PostgreSQL" in str(info.value) and "geheim-wachtwoord" not in str(info.value)


def test_ingest_killed_with_a_postgres_catalog_leaves_the_old_index_and_frees_the_lock(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """kill -9 half-way: the catalog keeps its generation, and the next ingest may run at once."""
    import signal

    from tests.test_crash import (
        KEPT_AFTER_KILL,
        SYNTHETIC_DOCS,
        _keep_few,
        _start_ingest,
        _synthetic,
        _wait_until_embedding,
    )

    postgres_url = _fresh_database(postgres_url, "crashtest")
    corpus = small_corpus(tmp_path, hostile=False)
    settings = make_settings(tmp_path / "data", corpus, database_url=postgres_url)
    assert not run_ingest(settings).errors
    catalog = PostgresCatalog(postgres_url)
    before, live = catalog.generation(), catalog.live_ids()
    _synthetic(corpus / "synthetisch", SYNTHETIC_DOCS)

    monkeypatch.setenv("KETENWIJZER_DATABASE_URL", postgres_url)
    proc = _start_ingest(settings)
    _wait_until_embedding(proc, settings)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)

    assert catalog.generation() == before and catalog.live_ids() == live
    from assistant.chain import Assistant

    answer = Assistant(settings).ask(QUESTION)
    assert not answer.abstained and "gbo-mensenwerk-2009" in {c.doc_id for c in answer.citations}
    _keep_few(corpus / "synthetisch")
    deadline = time.monotonic() + 30
    while True:  # the server frees the dead session's advisory lock as soon as it notices
        try:
            report = run_ingest(settings)
            break
        except IndexBusy:
            assert time.monotonic() < deadline, "het ingestslot bleef vastzitten na kill -9"
            time.sleep(0.5)
    assert report.generation == before + 1 and len(report.added) == KEPT_AFTER_KILL


def test_token_buckets_in_postgres(postgres_url: str) -> None:
    """The rate limiter's upsert works the same in PostgreSQL (LEAST instead of MIN)."""
    from api.ratelimit import TokenBuckets

    now = [1_700_000_000.0]
    buckets = TokenBuckets(
        PostgresDatabase(_fresh_database(postgres_url, "ratetest")), 3, clock=lambda: now[0]
    )
    assert [buckets.take("pg") for _ in range(3)] == [0.0] * 3
    assert buckets.take("pg") == pytest.approx(20.0)
    now[0] += 20.0
    assert buckets.take("pg") == 0.0 and buckets.take("pg") > 0
    assert len(buckets) == 1


def test_the_catalog_reconnects_after_the_server_dropped_its_connection(postgres_url: str) -> None:
    import psycopg

    url = _fresh_database(postgres_url, "reconnecttest")
    catalog = PostgresCatalog(url)
    assert catalog.generation() == 0
    with psycopg.connect(url, autocommit=True) as admin:
        killed = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = 'reconnecttest' AND pid <> pg_backend_pid()"
        ).fetchall()
    assert killed, "the catalog's read connection was open"
    assert catalog.generation() == 0, "the next read reconnects"
