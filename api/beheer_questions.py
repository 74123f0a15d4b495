"""The question log: asked questions, their answers and citations, for the content-gaps view and inbox.

Questions can contain personal data, so the log is a setting: ``question_log`` (on by
default) and ``question_log_days`` (retention; older rows are deleted on every write). With
the log off nothing is stored. It lives in the service database (SQLite in the data dir or
PostgreSQL), next to sessions and feedback, so every worker writes to the same log.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from api.service import Service
from ketenwijzer.database import Database, service_database, split_schema
from ketenwijzer.errors import BackendUnavailable
from ketenwijzer.models import CLARIFICATION_KIND, Answer, Citation

log = logging.getLogger("ketenwijzer.api")
_CREATE = threading.Lock()

_SCHEMA = """
CREATE TABLE IF NOT EXISTS question_log (
    id {serial},
    session_id TEXT NOT NULL,
    question TEXT NOT NULL,
    abstained INTEGER NOT NULL,
    answer TEXT NOT NULL,
    citations TEXT NOT NULL,
    channel TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS question_log_created ON question_log (created_at);
CREATE INDEX IF NOT EXISTS question_log_session ON question_log (session_id)
"""
_SERIAL = {"sqlite": "INTEGER PRIMARY KEY AUTOINCREMENT", "postgresql": "BIGSERIAL PRIMARY KEY"}


@dataclass(frozen=True)
class LoggedQuestion:
    """One logged question."""

    question: str
    abstained: bool
    channel: str
    created_at: str


def stamp(seconds: float) -> str:
    """An epoch time as the ISO-8601 UTC text the service database compares as strings."""
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="microseconds")


class QuestionLog:
    """Questions in the service database, kept for ``days`` days."""

    def __init__(self, db: Database, days: int, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self.days = days
        self.clock = clock
        db.ensure_schema(split_schema(_SCHEMA.format(serial=_SERIAL[db.dialect])))

    def _cutoff(self, days: float) -> str:
        return stamp(self.clock() - days * 86400)

    def add(self, session_id: str, answer: Answer, channel: str) -> None:
        """Store one answered question (and delete what is past the retention)."""
        citations = json.dumps([c.model_dump() for c in answer.citations], ensure_ascii=False)
        with self.db.connect() as conn:
            conn.execute("DELETE FROM question_log WHERE created_at < ?", (self._cutoff(self.days),))
            conn.execute(
                "INSERT INTO question_log (session_id, question, abstained, answer, citations, channel, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    answer.question,
                    # a question asked back names no missing content: it is no content gap
                    int(answer.abstained and answer.kind != CLARIFICATION_KIND),
                    answer.answer,
                    citations,
                    channel,
                    stamp(self.clock()),
                ),
            )

    def citations_of(self, session_id: str, question: str) -> list[Citation] | None:
        """The citations of the latest logged answer to ``question`` in a session, or None."""
        with self.db.connect() as conn:
            row = conn.execute(
                "SELECT citations FROM question_log WHERE session_id = ? AND question = ? "
                "ORDER BY created_at DESC LIMIT 1",
                (session_id, question),
            ).fetchone()
        return [Citation(**c) for c in json.loads(row[0])] if row else None

    def since(self, days: float, declined_only: bool = False) -> list[LoggedQuestion]:
        """Questions of the last ``days`` days, oldest first (only declined ones when asked)."""
        sql = "SELECT question, abstained, channel, created_at FROM question_log WHERE created_at >= ?"
        if declined_only:
            sql += " AND abstained = 1"
        with self.db.connect() as conn:
            rows = conn.execute(sql + " ORDER BY created_at", (self._cutoff(days),)).fetchall()
        return [LoggedQuestion(str(q), bool(a), str(c), str(t)) for q, a, c, t in rows]

    def count(self) -> int:
        """How many questions the log holds."""
        with self.db.connect() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM question_log").fetchone()[0])


def question_log(service: Service) -> QuestionLog:
    """The service's question log, created on first use."""
    with _CREATE:
        if service.question_log is None:
            settings = service.settings
            service.question_log = QuestionLog(service_database(settings), settings.question_log_days)
        return service.question_log


def record_question(service: Service, session_id: str, answer: Answer, channel: str) -> None:
    """Log an answered question when the setting is on; a failing database never fails the answer."""
    if not service.settings.question_log:
        return
    try:
        question_log(service).add(session_id, answer, channel)
    except BackendUnavailable as exc:
        log.warning("Vraag niet gelogd: %s", exc)
