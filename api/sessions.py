"""Server-side conversations and feedback, kept in SQLite (WAL) in the data dir.

Sessions are identified by an unguessable ``secrets.token_urlsafe`` id and expire after a
period without use. An unknown, expired or forged id is refused with ``NotFound`` (HTTP 404,
Dutch message); clients start a new conversation by sending no id. Everything goes through
the small ``SessionStore`` protocol so another backend (PostgreSQL) can be added later.
"""

from __future__ import annotations

import secrets
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from assistant.conversation import Turn
from ketenwijzer.errors import NotFound

FEEDBACK_COLUMNS = ("id", "session_id", "question", "answer", "rating", "comment", "citation_n", "created_at")
"""The feedback export's columns, in order."""

HISTORY_TURNS = 10
"""How many earlier turns a follow-up question gets as context."""

SESSION_GONE = "Dit gesprek bestaat niet of is verlopen. Begin een nieuw gesprek (stuur geen session_id mee)."

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    last_used TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS turns (
    session_id TEXT NOT NULL,
    question TEXT NOT NULL,
    standalone TEXT NOT NULL,
    answer TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS turns_session ON turns (session_id);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT,
    citation_n INTEGER,
    created_at TEXT NOT NULL
);
"""


class SessionStore(Protocol):
    """What the API needs from a conversation store."""

    def open(self, session_id: str | None) -> tuple[str, list[Turn]]:
        """A new session (no id) or the history of a live one; ``NotFound`` otherwise."""
        ...

    def add_turn(self, session_id: str, question: str, standalone: str, answer: str) -> None:
        """Record one answered question."""
        ...

    def add_feedback(
        self,
        session_id: str,
        question: str,
        answer: str,
        rating: str,
        comment: str | None,
        citation_n: int | None,
    ) -> int:
        """Store a rating of an answer; returns the feedback id."""
        ...

    def feedback_rows(self) -> list[dict[str, Any]]:
        """All stored feedback, oldest first."""
        ...

    def purge(self, everything: bool = False) -> int:
        """Remove expired sessions (or all of them) with their turns; returns how many."""
        ...


def store_path(data_dir: Path) -> Path:
    """Where the service database lives."""
    return data_dir / "service.sqlite"


class SQLiteSessionStore:
    """``SessionStore`` in one SQLite file; safe for several threads and worker processes."""

    def __init__(self, path: Path, ttl_seconds: float, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.ttl_seconds = ttl_seconds
        self.clock = clock
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=15)
        try:
            with conn:
                yield conn
        finally:
            conn.close()

    def _stamp(self, offset: float = 0.0) -> str:
        return datetime.fromtimestamp(self.clock() + offset, UTC).isoformat(timespec="microseconds")

    def _cutoff(self) -> str:
        return self._stamp(-self.ttl_seconds)

    def create(self) -> str:
        """A fresh session id (expired sessions and their turns are purged on the way)."""
        session_id = secrets.token_urlsafe(32)
        now = self._stamp()
        with self._connect() as conn:
            cutoff = self._cutoff()
            conn.execute(
                "DELETE FROM turns WHERE session_id IN (SELECT id FROM sessions WHERE last_used < ?)",
                (cutoff,),
            )
            conn.execute("DELETE FROM sessions WHERE last_used < ?", (cutoff,))
            conn.execute(
                "INSERT INTO sessions (id, created_at, last_used) VALUES (?, ?, ?)", (session_id, now, now)
            )
        return session_id

    def open(self, session_id: str | None) -> tuple[str, list[Turn]]:
        """A new session (no id) or the history of a live one; ``NotFound`` otherwise."""
        if not session_id:
            return self.create(), []
        with self._connect() as conn:
            updated = conn.execute(
                "UPDATE sessions SET last_used = ? WHERE id = ? AND last_used >= ?",
                (self._stamp(), session_id, self._cutoff()),
            ).rowcount
            if not updated:
                raise NotFound(SESSION_GONE)
            rows = conn.execute(
                "SELECT question, standalone, answer FROM turns WHERE session_id = ? "
                "ORDER BY rowid DESC LIMIT ?",
                (session_id, HISTORY_TURNS),
            ).fetchall()
        return session_id, [Turn(q, s, a) for q, s, a in reversed(rows)]

    def add_turn(self, session_id: str, question: str, standalone: str, answer: str) -> None:
        """Record one answered question."""
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO turns (session_id, question, standalone, answer, created_at) VALUES (?, ?, ?, ?, ?)",
                (session_id, question, standalone, answer, self._stamp()),
            )

    def add_feedback(
        self,
        session_id: str,
        question: str,
        answer: str,
        rating: str,
        comment: str | None,
        citation_n: int | None,
    ) -> int:
        """Store a rating of an answer (the session may have expired, but must have existed)."""
        with self._connect() as conn:
            known = conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if known is None:
                raise NotFound(SESSION_GONE)
            cursor = conn.execute(
                "INSERT INTO feedback (session_id, question, answer, rating, comment, citation_n, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (session_id, question, answer, rating, comment, citation_n, self._stamp()),
            )
            return int(cursor.lastrowid or 0)

    def feedback_rows(self) -> list[dict[str, Any]]:
        """All stored feedback, oldest first."""
        with self._connect() as conn:
            conn.row_factory = sqlite3.Row
            rows = conn.execute(f"SELECT {', '.join(FEEDBACK_COLUMNS)} FROM feedback ORDER BY id").fetchall()
        return [dict(row) for row in rows]

    def purge(self, everything: bool = False) -> int:
        """Remove expired sessions (or all of them) with their turns; returns how many."""
        cutoff = "9999" if everything else self._cutoff()
        with self._connect() as conn:
            conn.execute(
                "DELETE FROM turns WHERE session_id IN (SELECT id FROM sessions WHERE last_used < ?)",
                (cutoff,),
            )
            return int(conn.execute("DELETE FROM sessions WHERE last_used < ?", (cutoff,)).rowcount)
