"""Shared fixtures: a real index (real Chroma, real embedder) of the project corpus in a temp dir."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from assistant.chain import Assistant  # noqa: E402
from assistant.conversation import Turn  # noqa: E402
from ingest.pipeline import run_ingest  # noqa: E402
from ketenwijzer.settings import Settings  # noqa: E402

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT / "corpus"


def conversation(assistant: Assistant, *questions: str) -> list[Turn]:
    """The turns of asking ``questions`` one after another, each with the history before it."""
    history: list[Turn] = []
    for question in questions:
        answer = assistant.ask(question, history=history)
        history.append(Turn(question, answer.standalone_question or question, answer.answer))
    return history


def make_settings(data_dir: Path, corpus_dir: Path = CORPUS, **overrides: Any) -> Settings:
    """Settings that ignore the developer's environment except for what is passed."""
    return Settings(_env_file=None, data_dir=data_dir, corpus_dir=corpus_dir, **overrides)  # type: ignore[call-arg]


def own_corpus(tmp_path: Path, files: dict[str, str], with_articles: bool = False) -> Settings:
    """Settings over a user's own corpus of ``files`` (name → text), ingested; optionally with
    the shipped articles beside them."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    if with_articles:
        for source in (CORPUS / "articles").glob("*.md"):
            (corpus / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    settings = make_settings(tmp_path / "data", corpus_dir=corpus)
    run_ingest(settings)
    return settings


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings with the shipped corpus ingested once per test session."""
    settings = make_settings(tmp_path_factory.mktemp("index"))
    report = run_ingest(settings)
    assert not report.errors, [e.message for e in report.errors]
    return settings


@pytest.fixture(scope="session")
def assistant(corpus_settings: Settings) -> Assistant:
    """An assistant over the shipped corpus with the default (extractive) generator."""
    return Assistant(corpus_settings)


def seeded(data_dir: Path, index_of: Settings) -> Path:
    """``data_dir`` holding a copy of the index in ``index_of.data_dir`` (the shipped corpus, built
    once per session), for a test that serves a copy of the corpus and changes it: the catalog
    keeps paths relative to the corpus folder, so the copy is that copy's index, and building it
    again took about 40 CPU-seconds per module (tenth session)."""
    shutil.copytree(index_of.data_dir, data_dir, ignore=shutil.ignore_patterns("*.lock"))
    return data_dir


def hold_ingest(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """Make the API's ingest wait until released: (release, entered). An ingest over an unchanged corpus
    can finish before a test's next request, so a test of "while an ingest runs" holds it (the real
    ``run_ingest`` runs once released)."""
    import api.ingest_job

    release, entered = threading.Event(), threading.Event()
    real = api.ingest_job.run_ingest

    def held(settings: Settings, *args: Any, **kwargs: Any) -> Any:
        entered.set()
        release.wait(60)
        return real(settings, *args, **kwargs)

    monkeypatch.setattr(api.ingest_job, "run_ingest", held)
    return release, entered
