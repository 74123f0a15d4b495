"""Ingest killed half-way (kill -9, Ctrl-C): the previous index keeps answering."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.chain import Assistant
from ingest.catalog import Catalog
from ingest.index import Index, catalog_path
from ingest.pipeline import run_ingest
from ingest.vectorstore import vector_stores
from tests.conftest import CORPUS, make_settings

WORDS = [
    "keten",
    "partner",
    "overleg",
    "besluit",
    "regie",
    "afspraak",
    "dossier",
    "informatie",
    "burger",
    "gemeente",
    "dienst",
    "proces",
    "samenwerking",
    "vertrouwen",
    "sturing",
    "rapportage",
    "kwaliteit",
    "planning",
    "budget",
    "risico",
]


SYNTHETIC_DOCS = 300
"""Synthetic documents added before the killed ingest: about 600 chunks, so the e5 embedding
runs for tens of seconds after the first vectors land (the kill comes 0.3 s after those), and
the re-ingest afterwards stays short (e5 costs about 0.2 CPU-seconds a chunk)."""


def _synthetic(folder: Path, n: int) -> None:
    rng = random.Random(7)
    folder.mkdir(parents=True)
    for i in range(n):
        paras = [" ".join(rng.choice(WORDS) for _ in range(60)).capitalize() + "." for _ in range(3)]
        (folder / f"synthetisch-{i:04d}.md").write_text(f"# Synthetisch {i}\n\n" + "\n\n".join(paras))


KEPT_AFTER_KILL = 5
"""Synthetic documents left in the corpus for the ingest after a kill. The rest are removed first:
their vectors the killed run may have written must go too, and re-embedding all 600 chunks
proved nothing more while it took about two minutes of CI (tenth session)."""


def _keep_few(folder: Path, n: int = KEPT_AFTER_KILL) -> None:
    """Remove all but the first ``n`` synthetic documents."""
    for path in sorted(folder.glob("synthetisch-*.md"))[n:]:
        path.unlink()


def _start_ingest(settings) -> subprocess.Popen[bytes]:  # type: ignore[no-untyped-def]
    """Run ``ketenwijzer ingest`` in a child; its stderr goes to a file (a full pipe would block it)."""
    log = (settings.data_dir.parent / "ingest-stderr.txt").open("wb")
    env = {
        **os.environ,
        "KETENWIJZER_DATA_DIR": str(settings.data_dir),
        "KETENWIJZER_CORPUS_DIR": str(settings.corpus_dir),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "ketenwijzer.cli", "ingest"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
        # Background jobs inherit an ignored SIGINT; a terminal user's Ctrl-C is not ignored.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _wait_until_embedding(proc: subprocess.Popen[bytes], settings, timeout: float = 60) -> None:  # type: ignore[no-untyped-def]
    """Wait until the child has started writing vectors (the Chroma dir grows)."""
    chroma = settings.data_dir / "chroma"
    start_size = sum(f.stat().st_size for f in chroma.rglob("*") if f.is_file())
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, (settings.data_dir.parent / "ingest-stderr.txt").read_text()
        size = sum(f.stat().st_size for f in chroma.rglob("*") if f.is_file())
        if size > start_size:
            time.sleep(0.3)
            return
        time.sleep(0.1)
    raise AssertionError("ingest never started writing vectors")


@pytest.fixture()
def built(tmp_path: Path):  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS / "articles", corpus / "articles")
    settings = make_settings(tmp_path / "data", corpus)
    run_ingest(settings)
    _synthetic(corpus / "synthetisch", SYNTHETIC_DOCS)
    return settings


def _old_index_answers(settings, generation: int) -> None:  # type: ignore[no-untyped-def]
    catalog = Catalog(catalog_path(settings))
    assert catalog.generation() == generation
    assert not any(d.startswith("synthetisch") for d in catalog.documents())
    answer = Assistant(settings, Index(settings)).ask("Waarom is samenwerken geen estafette?")
    assert not answer.abstained and answer.citations
    for citation in answer.citations:
        assert citation.quote in Index(settings).passage(citation.chunk_id).text


@pytest.mark.slow
def test_kill_9_during_ingest_leaves_old_index_usable(built) -> None:  # type: ignore[no-untyped-def]
    generation = Catalog(catalog_path(built)).generation()
    proc = _start_ingest(built)
    _wait_until_embedding(proc, built)
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    _old_index_answers(built, generation)
    # The next ingest completes and cleans up the vectors the killed run left behind, also those
    # of documents no longer in the corpus.
    _keep_few(built.corpus_dir / "synthetisch")
    report = run_ingest(built)
    assert len(report.added) == KEPT_AFTER_KILL
    live = Catalog(catalog_path(built)).live_ids()
    assert vector_stores.create("chroma", built, built.embedder).ids() == live


@pytest.mark.slow
def test_ctrl_c_during_ingest_says_so_and_keeps_old_index(built) -> None:  # type: ignore[no-untyped-def]
    generation = Catalog(catalog_path(built)).generation()
    proc = _start_ingest(built)
    _wait_until_embedding(proc, built)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=60)
    assert proc.returncode == 130
    assert "Onderbroken" in (built.data_dir.parent / "ingest-stderr.txt").read_text()
    _old_index_answers(built, generation)
