"""The feedback inbox on ``/beheer``: thumbs down with question, answer, citations and comment.

A maintainer marks an item handled (kept in ``beheer_feedback_handled`` in the service
database, the feedback itself is never changed), or turns it into a draft evaluation question:
``evals.feedback.draft_yaml`` writes the entry (so it has the project's question-set format and
is checked to load), and it is appended to ``settings.eval_drafts_file``.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from api.beheer_questions import question_log, stamp
from api.service import Service
from evals.feedback import Feedback, draft_yaml
from evals.questionset import parse_set
from ketenwijzer.database import service_database, split_schema
from ketenwijzer.errors import InvalidInput, NotFound
from ketenwijzer.models import Citation

_SCHEMA = """
CREATE TABLE IF NOT EXISTS beheer_feedback_handled (
    feedback_id BIGINT PRIMARY KEY,
    handled_at TEXT NOT NULL
)
"""
_WRITE = threading.Lock()
DRAFT_SET_NAME = "feedback-concept"


@dataclass
class InboxItem:
    """One thumbs-down in the inbox."""

    id: int
    question: str
    answer: str
    comment: str | None
    citation_n: int | None
    created_at: str
    handled: bool
    citations: list[Citation] | None = field(default=None)
    """The answer's citations from the question log (None when the log is off or has no record)."""


def _handled_ids(service: Service) -> set[int]:
    db = service_database(service.settings)
    db.ensure_schema(split_schema(_SCHEMA))
    with db.connect() as conn:
        return {int(r[0]) for r in conn.execute("SELECT feedback_id FROM beheer_feedback_handled").fetchall()}


def inbox(service: Service) -> list[InboxItem]:
    """Thumbs-down feedback, unhandled first, newest first within each group."""
    handled = _handled_ids(service)
    log = question_log(service) if service.settings.question_log else None
    items = []
    for row in service.sessions.feedback_rows():
        if row["rating"] != "down":
            continue
        citations = log.citations_of(str(row["session_id"]), str(row["question"])) if log else None
        items.append(
            InboxItem(
                id=int(row["id"]),
                question=str(row["question"]),
                answer=str(row["answer"]),
                comment=row["comment"],
                citation_n=row["citation_n"],
                created_at=str(row["created_at"]),
                handled=int(row["id"]) in handled,
                citations=citations,
            )
        )
    items.sort(key=lambda i: i.created_at, reverse=True)
    items.sort(key=lambda i: i.handled)
    return items


def find(service: Service, feedback_id: int) -> InboxItem:
    """One inbox item, or ``NotFound``."""
    for item in inbox(service):
        if item.id == feedback_id:
            return item
    raise NotFound(f"Feedback {feedback_id} bestaat niet of is geen duimpje omlaag.")


def mark_handled(service: Service, feedback_id: int) -> None:
    """Mark a thumbs-down as handled (idempotent)."""
    find(service, feedback_id)
    db = service_database(service.settings)
    with db.connect() as conn:
        conn.execute(
            "INSERT INTO beheer_feedback_handled (feedback_id, handled_at) VALUES (?, ?) "
            "ON CONFLICT (feedback_id) DO NOTHING",
            (feedback_id, stamp(time.time())),
        )


def _next_id(taken: set[str]) -> str:
    n = 1
    while f"fb{n:03d}" in taken:
        n += 1
    return f"fb{n:03d}"


def add_eval_draft(service: Service, feedback_id: int) -> tuple[Path, str]:
    """Append the thumbs-down as a draft question to the drafts file; (file, question id)."""
    item = find(service, feedback_id)
    path = service.settings.eval_drafts_file
    entry = draft_yaml(
        [Feedback(item.question, item.answer, item.comment or "", item.citation_n, item.created_at)],
        DRAFT_SET_NAME,
    )
    with _WRITE:
        existing = path.read_text(encoding="utf-8") if path.is_file() else None
        data = yaml.safe_load(existing) if existing else None
        questions = (data or {}).get("questions") or [] if isinstance(data, dict) else []
        if any(
            " ".join(str(q.get("question", "")).split()) == " ".join(item.question.split()) for q in questions
        ):
            raise InvalidInput("Deze vraag staat al in de conceptvragenset.")
        new_id = _next_id({str(q.get("id")) for q in questions if isinstance(q, dict)})
        entry = re.sub(r"(?m)^  - id: fb001$", f"  - id: {new_id}", entry)
        if existing:
            lines = entry.splitlines()
            start = lines.index("questions:") + 1
            text = existing.rstrip("\n") + "\n" + "\n".join(lines[start:]) + "\n"
        else:
            text = entry
        parse_set(yaml.safe_load(text), path.name)  # never write a file that does not load
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".concept-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    return path, new_id
