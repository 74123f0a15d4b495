"""schemathesis against the running server's OpenAPI spec: no 5xx, and the spec tells the truth.

A real uvicorn server over a small corpus (with keys configured, so the key checks run too)
and the ``st`` CLI in a subprocess, bounded to a few examples per operation. The admin
routes are left out (they ingest and purge); every other operation, streaming included, runs
under the no-5xx check. ``--checks all`` (documented statuses, content types and bodies;
schema-valid requests accepted, schema-violating ones refused) runs on every operation except
the brief routes, whose format names the server normalises beyond what their schema says.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from ingest.pipeline import run_ingest
from tests.browser.server import ARTIFACTS, thread_server
from tests.hardening_support import hardening_settings

ST = Path(sys.executable).with_name("st")
MAX_EXAMPLES = 20

pytestmark = pytest.mark.skipif(
    not ST.exists() and shutil.which("st") is None, reason="schemathesis ontbreekt (pip install schemathesis)"
)


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real server; the public key is sent by schemathesis, so requests get past the key check."""
    settings = hardening_settings(
        tmp_path_factory.mktemp("schemathesis"),
        rate_limit_per_minute=0,
        admin_api_keys=[SecretStr("st-beheer")],
        public_api_keys=[SecretStr("st-publiek")],
    )
    assert not run_ingest(settings).errors
    with thread_server(settings) as base:
        yield base


def run_schemathesis(
    url: str, cwd: Path, *extra: str, checks: str = "not_a_server_error", exclude: str = "^/api/admin"
) -> subprocess.CompletedProcess[str]:
    """``st run`` (in ``cwd``) with ``checks`` against ``url``; output also in test-artifacts/."""
    st = str(ST) if ST.exists() else "st"
    cmd = [
        st,
        "run",
        f"{url}/openapi.json",
        "--checks",
        checks,
        "--max-examples",
        str(MAX_EXAMPLES),
        "--exclude-path-regex",
        exclude,
        "--request-timeout",
        "60",
        "--workers",
        "1",
        "--seed",
        "8",
        "--no-color",
        *extra,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False, cwd=cwd)
    ARTIFACTS.mkdir(exist_ok=True)
    name = "schemathesis-all.txt" if checks == "all" else "schemathesis.txt"
    (ARTIFACTS / name).write_text(done.stdout + done.stderr, encoding="utf-8")
    return done


def test_no_server_errors_with_a_key(url: str, tmp_path: Path) -> None:
    done = run_schemathesis(url, tmp_path, "--header", "X-API-Key: st-publiek")
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "Server error" not in done.stdout


def test_no_server_errors_without_a_key(url: str, tmp_path: Path) -> None:
    done = run_schemathesis(url, tmp_path, "--phases", "examples,coverage,fuzzing")
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "Server error" not in done.stdout


ALL_CHECKS_EXCLUDE = "^/api/(admin|briefs)"


def test_the_schema_tells_the_truth_with_a_key(url: str, tmp_path: Path) -> None:
    done = run_schemathesis(
        url, tmp_path, "--header", "X-API-Key: st-publiek", checks="all", exclude=ALL_CHECKS_EXCLUDE
    )
    assert done.returncode == 0, done.stdout[-8000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "❌" not in done.stdout and "\n- ST" not in done.stdout


def test_the_schema_tells_the_truth_without_a_key(url: str, tmp_path: Path) -> None:
    done = run_schemathesis(
        url, tmp_path, "--phases", "examples,coverage,fuzzing", checks="all", exclude=ALL_CHECKS_EXCLUDE
    )
    assert done.returncode == 0, done.stdout[-8000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "❌" not in done.stdout and "\n- ST" not in done.stdout
