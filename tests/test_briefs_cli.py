"""``ketenwijzer brief`` as an adviser runs it (real subprocesses over the session's index)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ketenwijzer.settings import Settings
from tests.briefs_helpers import pdf_text
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def env(corpus_settings: Settings) -> dict[str, str]:
    """Environment pointing the CLI at the already ingested test index."""
    return {
        **os.environ,
        "KETENWIJZER_CORPUS_DIR": str(CORPUS),
        "KETENWIJZER_DATA_DIR": str(corpus_settings.data_dir),
    }


def run(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``ketenwijzer brief ARGS`` in ``cwd``."""
    return subprocess.run(
        [sys.executable, "-m", "ketenwijzer.cli", "brief", *args],
        env=env, cwd=cwd, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_markdown_goes_to_stdout(env: dict[str, str], tmp_path: Path) -> None:
    result = run(
        env, tmp_path, "besluitvorming in ketens", "--vraag", "Hoe komen ketenpartners tot besluiten?",
        "--aan", "Directie Ketenzaken", "--van", "Team Advies",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Notitie: Besluitvorming in ketens")
    assert "**Aan:** Directie Ketenzaken  \n**Van:** Team Advies  \n" in result.stdout
    assert "**Vraag:** Hoe komen ketenpartners tot besluiten?" in result.stdout
    assert "\n## Bronnen\n" in result.stdout and "[1]" in result.stdout
    assert list(tmp_path.iterdir()) == []


def test_pdf_without_out_is_written_in_the_working_directory(env: dict[str, str], tmp_path: Path) -> None:
    result = run(env, tmp_path, "vertrouwen tussen ketenpartners", "--format", "pdf")
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path == tmp_path / "notitie-vertrouwen-tussen-ketenpartners.pdf"
    assert "Relationele dimensie" in pdf_text(path.read_bytes())


def test_docx_with_out(env: dict[str, str], tmp_path: Path) -> None:
    target = tmp_path / "notitie.docx"
    result = run(env, tmp_path, "vertrouwen tussen ketenpartners", "--format", "docx", "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target) and target.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("",), "Het onderwerp is leeg"),
        (("x" * 10_000,), "Het onderwerp is te lang"),
        (("besluitvorming in ketens", "--format", "odt"), "Onbekend formaat 'odt'"),
        (("recept voor appeltaart",), "bevatten de bronnen van Ketenwijzer geen informatie"),
        (("besluitvorming in ketens", "--aan", "x" * 300), "Het veld 'Aan' is te lang"),
    ],
)
def test_bad_input_exits_2_with_one_dutch_line(
    env: dict[str, str], tmp_path: Path, args: tuple[str, ...], needle: str
) -> None:
    result = run(env, tmp_path, *args)
    assert result.returncode == 2
    assert result.stderr.startswith("Fout: ") and needle in result.stderr
    assert result.stdout == ""
