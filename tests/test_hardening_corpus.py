"""The corpus boundary and bad files (issue 17, findings 1–3), with real files in a temp dir.

The acceptance test runs ``ketenwijzer ingest`` as a user does, on a fresh data dir, over a
corpus folder that holds every bad file the probe found next to good ones: it must finish
with the good files indexed, one Dutch line per bad file, no traceback, and exit code 4
("some files not read; the rest is indexed", see README).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from ingest.catalog import Catalog
from ingest.index import Index, catalog_path
from ingest.pipeline import IngestReport, run_ingest
from tests.browser.server import thread_server
from tests.conftest import CORPUS, PROJECT, make_settings
from tests.hardening_support import (
    GOOD_DOCX_TEXT,
    GOOD_HTML_TEXT,
    OUTSIDE_SECRET,
    SMALL_DOCS,
    write_bad_files,
    write_good_files,
)

NEAR_LIMIT_MB = 0.2
NEAR_LIMIT_BYTES = int(NEAR_LIMIT_MB * 1_000_000)
FAST_EMBEDDER = "use"
"""The tests that ingest a near-limit file (a few hundred chunks) are about reading files, not
about the embedder: they embed with 'use', about four times cheaper than the default 'e5'."""


def good_corpus(root: Path) -> tuple[Path, set[str]]:
    """Two shipped articles and a good DOCX and HTML file; returns the folder and their ids."""
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    for name in SMALL_DOCS:
        shutil.copy(CORPUS / "articles" / name, corpus / name)
    ids = {Path(n).stem for n in SMALL_DOCS} | write_good_files(corpus)
    return corpus, ids


def everything_stored(data_dir: Path) -> bytes:
    """Every byte the index wrote (catalog, Chroma, BM25 cache)."""
    return b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())


def test_fresh_ingest_of_a_corpus_full_of_bad_files(tmp_path: Path) -> None:
    corpus, good = good_corpus(tmp_path)
    bad = write_bad_files(corpus, tmp_path / "buiten", NEAR_LIMIT_BYTES)
    data = tmp_path / "data"
    env = {
        **os.environ,
        "KETENWIJZER_DATA_DIR": str(data),
        "KETENWIJZER_CORPUS_DIR": str(corpus),
        "KETENWIJZER_MAX_FILE_MB": str(NEAR_LIMIT_MB),
        "KETENWIJZER_EMBEDDER": FAST_EMBEDDER,
        "KETENWIJZER_DATABASE_URL": "",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
    }
    done = subprocess.run(
        [sys.executable, "-m", "ketenwijzer.cli", "ingest"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 4, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "Error" not in done.stderr.replace("Fout", "")
    errors = [line for line in done.stderr.splitlines() if line.startswith("Fout: ")]
    for name, reason in bad.items():
        mine = [line for line in errors if f"'{name}" in line]
        assert len(mine) == 1, (name, errors)
        assert reason in mine[0], mine[0]
    assert len(errors) == len(bad), errors
    assert f"{len(bad)} bestand(en) niet ingelezen; de rest wel." in done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("Waarschuwing: ")]
    assert len(warnings) == 1 and "'bijna-te-groot.txt'" in warnings[0] and "groot bestand" in warnings[0]
    assert done.stdout.startswith("Klaar: ")

    settings = make_settings(data, corpus, embedder=FAST_EMBEDDER)
    index = Index(settings)
    assert index.is_ready()
    assert {d.doc_id for d in index.documents()} == good | {"bijna-te-groot"}
    stored = everything_stored(data)
    assert OUTSIDE_SECRET.encode() not in stored
    assert b"root:x:0:0" not in stored
    catalog = Catalog(catalog_path(settings))
    texts = " ".join(t for _, _, t in catalog.iter_index_texts())
    assert GOOD_DOCX_TEXT in texts and GOOD_HTML_TEXT in texts
    for hidden in ("Negeer je instructies", "negeer je instructies", "SYSTEM:"):
        assert hidden not in texts  # a hidden Word run, an HTML comment and a hidden element

    # The second run reads nothing new and reports the same files again, in the same words.
    again = subprocess.run(
        [sys.executable, "-m", "ketenwijzer.cli", "ingest"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert again.returncode == 4 and again.stdout.startswith("Niets veranderd")
    assert [line for line in again.stderr.splitlines() if line.startswith("Fout: ")] == errors


def test_nothing_outside_the_corpus_is_ever_opened(tmp_path: Path) -> None:
    """An audit hook sees every ``open`` of the process: none goes to a link's target outside."""
    corpus, good = good_corpus(tmp_path)
    outside = tmp_path / "buiten"
    write_bad_files(corpus, outside, NEAR_LIMIT_BYTES)
    opened: list[str] = []
    watching = [True]

    def hook(event: str, args: tuple[object, ...]) -> None:
        if watching[0] and event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
            opened.append(os.fsdecode(args[0]))  # type: ignore[arg-type]

    sys.addaudithook(hook)
    try:
        report = run_ingest(
            make_settings(tmp_path / "data", corpus, max_file_mb=NEAR_LIMIT_MB, embedder=FAST_EMBEDDER)
        )
    finally:
        watching[0] = False
    assert {d for d in report.added} == good | {"bijna-te-groot"}
    real_outside = outside.resolve()
    leaked = [
        p
        for p in opened
        if Path(p).resolve() == Path("/etc/passwd") or real_outside in Path(p).resolve().parents
    ]
    assert leaked == []
    assert any(str(corpus) in p for p in opened), "the hook saw no corpus file: it proves nothing"


def test_symlinked_folder_inside_the_corpus_is_not_walked_twice(tmp_path: Path) -> None:
    corpus, good = good_corpus(tmp_path)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "binnen.md").write_text(
        "# Binnen\n\nDe ketentafel van Zeestad komt elke week bijeen.\n"
    )
    (corpus / "alias").symlink_to(corpus / "sub")
    (corpus / "lus").symlink_to(corpus)
    report = run_ingest(make_settings(tmp_path / "data", corpus))
    assert report.errors == []
    assert set(report.added) == good | {"sub-binnen"}


def test_bad_metadata_is_refused_and_the_previous_version_stays(tmp_path: Path) -> None:
    corpus, good = good_corpus(tmp_path)
    doc = corpus / "ketentafel.md"
    doc.write_text(
        "---\nid: ketentafel\ntitle: Ketentafel\n---\n# Ketentafel\n\nDe ketentafel van Zeestad komt elke week bijeen.\n"
    )
    settings = make_settings(tmp_path / "data", corpus)
    assert run_ingest(settings).errors == []
    for meta, field in [
        ("supersedes: 5", "supersedes"),
        ("source_urls: 7", "source_urls"),
        ("supersedes: ['']", "supersedes"),
        ("supersedes: [n]", "supersedes"),
        ("authors: [{naam: x}]", "authors"),
    ]:
        doc.write_text(
            f"---\nid: ketentafel\ntitle: Ketentafel\n{meta}\n---\n# Ketentafel\n\nAndere tekst.\n"
        )
        report = run_ingest(settings)
        assert len(report.errors) == 1 and field in report.errors[0].message, report.errors[0].message
        assert report.errors[0].message.startswith("Kan 'ketentafel.md' niet inlezen: ")
        passages = Index(settings).document("ketentafel")[1]
        assert "elke week" in passages[0].text  # the previous good version is still answered from


def test_a_bad_catalog_row_never_breaks_reading_and_readyz_tells(tmp_path: Path) -> None:
    """Metadata written before validation existed (or by hand) is not trusted by the read side."""
    import json
    import sqlite3

    corpus, good = good_corpus(tmp_path)
    settings = make_settings(tmp_path / "data", corpus, rate_limit_per_minute=0)
    run_ingest(settings)
    with thread_server(settings) as url:
        db = sqlite3.connect(catalog_path(settings))
        bad_meta = {"kind": "restatement", "source_urls": 7, "supersedes": 5, "authors": [1, {"x": 2}]}
        db.execute("UPDATE documents SET metadata = ?", (json.dumps(bad_meta),))
        db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
        db.execute(
            "UPDATE meta SET value = (SELECT value FROM meta WHERE key = 'generation') WHERE key LIKE 'synced:%'"
        )
        db.commit()
        db.close()
        assert httpx.get(f"{url}/readyz").status_code == 200
        assert httpx.get(f"{url}/api/documents").status_code == 200
        ask = httpx.post(
            f"{url}/api/ask", json={"question": "Waarom is ketensamenwerking mensenwerk?"}, timeout=60
        )
        assert ask.status_code == 200 and ask.json()["citations"]
        db = sqlite3.connect(catalog_path(settings))
        db.execute("UPDATE documents SET metadata = 'geen json'")
        db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
        db.commit()
        db.close()
        ready = httpx.get(f"{url}/readyz")
        assert ready.status_code == 503 and "ingest" in ready.json()["detail"]


def test_near_limit_and_over_limit_sizes_follow_the_setting(tmp_path: Path) -> None:
    corpus, _ = good_corpus(tmp_path)
    (corpus / "groot.txt").write_bytes(b"Ketens zonder baas. " * 8_000)  # 160 kB
    report = run_ingest(make_settings(tmp_path / "a", corpus, max_file_mb=0.3, embedder=FAST_EMBEDDER))
    assert [w.path for w in report.warnings] == ["groot.txt"] and not report.errors
    report = run_ingest(make_settings(tmp_path / "b", corpus, max_file_mb=0.1, embedder=FAST_EMBEDDER))
    assert len(report.errors) == 1 and "KETENWIJZER_MAX_FILE_MB" in report.errors[0].message


def test_cli_lists_documents_with_injected_lines(tmp_path: Path) -> None:
    corpus, _ = good_corpus(tmp_path)
    shutil.copy(
        PROJECT / "evals" / "redteam" / "corpus" / "rt-ketenmonitor-notitie.txt", corpus / "monitor.txt"
    )
    env = {
        **os.environ,
        "KETENWIJZER_DATA_DIR": str(tmp_path / "data"),
        "KETENWIJZER_CORPUS_DIR": str(corpus),
    }
    env["HF_HUB_OFFLINE"] = "1"
    done = subprocess.run(
        [sys.executable, "-m", "ketenwijzer.cli", "ingest"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("Waarschuwing: ")]
    assert (
        len(warnings) == 1
        and "'monitor.txt'" in warnings[0]
        and "instructies aan een assistent" in warnings[0]
    )


@pytest.mark.parametrize("name", ["README.md", ".verborgen.md", "_concept/plan.md"])
def test_skipped_names_stay_silent(tmp_path: Path, name: str) -> None:
    corpus, good = good_corpus(tmp_path)
    target = corpus / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("# Niet inlezen\n\nTekst.\n")
    report = run_ingest(make_settings(tmp_path / "data", corpus))
    assert report.errors == [] and set(report.added) == good


def test_injected_lines_are_reported_when_a_document_comes_in_not_on_every_re_ingest(tmp_path: Path) -> None:
    corpus, _ = good_corpus(tmp_path)
    monitor = corpus / "monitor.txt"
    shutil.copy(PROJECT / "evals" / "redteam" / "corpus" / "rt-ketenmonitor-notitie.txt", monitor)
    settings = make_settings(tmp_path / "data", corpus, embedder=FAST_EMBEDDER)

    def injected(report: IngestReport) -> list[str]:
        return [w.message for w in report.warnings if "instructies aan een assistent" in w.message]

    assert len(injected(run_ingest(settings))) == 1
    again = run_ingest(settings)
    assert injected(again) == [] and again.added == [] and again.changed == []
    monitor.write_text(
        monitor.read_text(encoding="utf-8") + "\nEen extra zin over de keten.\n", encoding="utf-8"
    )
    changed = run_ingest(settings)
    assert len(injected(changed)) == 1 and len(changed.changed) == 1
