"""Turn thumbs-down feedback from the service into a draft question set for a maintainer.

The service stores feedback in ``settings.data_dir / 'service.sqlite'`` (or in PostgreSQL when
``KETENWIJZER_DATABASE_URL`` is set), table ``feedback`` (session_id, question, answer,
rating 'up'|'down', comment, citation_n, created_at).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from evals.questionset import parse_set
from ketenwijzer.database import Database, service_database
from ketenwijzer.errors import BackendUnavailable, NotFound
from ketenwijzer.settings import Settings

_NEGATIVE_SQL = (
    "SELECT question, answer, comment, citation_n, created_at FROM feedback "
    "WHERE rating = 'down' ORDER BY created_at"
)


@dataclass
class Feedback:
    """One thumbs-down: the question, the answer the user disliked and why."""

    question: str
    answer: str
    comment: str
    citation_n: int | None
    created_at: str


def feedback_db(settings: Settings) -> Path:
    """Where the service keeps its SQLite database."""
    return settings.data_dir / "service.sqlite"


def read_negative(db: Path) -> list[Feedback]:
    """Thumbs-down feedback, oldest first, one per distinct question."""
    if not db.is_file():
        raise NotFound(
            f"Er is nog geen feedback: '{db}' bestaat niet. Start de service en verzamel eerst feedback."
        )
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            rows = con.execute(_NEGATIVE_SQL).fetchall()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise BackendUnavailable(f"Kan de feedback in '{db}' niet lezen: {exc}") from None
    return _distinct(rows)


def read_negative_from(database: Database) -> list[Feedback]:
    """Thumbs-down feedback from a service database (e.g. PostgreSQL), oldest first, one per question."""
    with database.connect() as conn:
        rows = conn.execute(_NEGATIVE_SQL).fetchall()
    return _distinct(rows)


def read_negative_for(settings: Settings) -> list[Feedback]:
    """Thumbs-down feedback where the service of ``settings`` keeps it (PostgreSQL or the data dir)."""
    if settings.database_url:
        return read_negative_from(service_database(settings))
    return read_negative(feedback_db(settings))


def _distinct(rows: list[Any]) -> list[Feedback]:
    seen: set[str] = set()
    out = []
    for question, answer, comment, citation_n, created_at in rows:
        key = " ".join(str(question or "").split()).lower()
        if not key or key in seen:
            continue
        seen.add(key)
        out.append(
            Feedback(
                str(question).strip(),
                str(answer or ""),
                str(comment or ""),
                citation_n,
                str(created_at or ""),
            )
        )
    return out


def _comment_block(label: str, text: str, width: int = 100) -> list[str]:
    flat = " ".join(text.split())
    if not flat:
        return []
    chunks = [flat[i : i + width] for i in range(0, len(flat), width)]
    return [f"    # {label}: {chunks[0]}"] + [f"    #   {c}" for c in chunks[1:]]


def draft_yaml(items: list[Feedback], name: str = "feedback-concept") -> str:
    """A valid question-set YAML with one question per feedback item, for curation."""
    lines = [
        "# Conceptvragenset uit duimpje-omlaag-feedback van de service. Nog NIET gebruiken in de gate:",
        "# controleer per vraag 'answerable', vul expected_sources en must_include in vanuit het corpus,",
        "# schrijf een reference_answer en verplaats de vraag daarna naar een echte set in evals/sets/.",
        f"name: {name}",
        "language: nl",
        "questions:",
    ]
    for i, item in enumerate(items, start=1):
        lines.append(f"  - id: fb{i:03d}")
        lines.append(f"    question: {json.dumps(item.question, ensure_ascii=False)}")
        lines.extend(_comment_block("gegeven antwoord", item.answer))
        lines.extend(_comment_block("opmerking gebruiker", item.comment))
        if item.citation_n is not None:
            lines.append(f"    # afgekeurde bron: [{item.citation_n}]")
        if item.created_at:
            lines.append(f"    # datum: {item.created_at}")
        lines.append("    answerable: true  # TODO: false als het corpus dit niet behandelt")
        lines.append("    expected_sources: []  # TODO: doc_id's uit corpus/")
        lines.append("    must_include: []  # TODO: woorden die in het goede antwoord moeten staan")
    text = "\n".join(lines) + "\n"
    if items:
        parse_set(yaml.safe_load(text), name)  # the draft must load as a set once curated
    return text
