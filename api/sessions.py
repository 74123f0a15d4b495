"""Server-side conversations and feedback, in SQLite (WAL) in the data dir or in PostgreSQL.

Sessions are identified by an unguessable ``secrets.token_urlsafe`` id and expire after a
period without use. An unknown, expired or forged id is refused with ``NotFound`` (HTTP 404,
Dutch message); clients start a new conversation by sending no id. Everything goes through
the small ``SessionStore`` protocol; ``open_session_store`` picks PostgreSQL when
``KETENWIJZER_DATABASE_URL`` is set (several API hosts) and SQLite otherwise (one host). The
SQL is shared: ``ketenwijzer.database`` adapts placeholders and connections per dialect.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from assistant.conversation import Turn
from ketenwijzer.database import (
    Connection,
    Database,
    Dialect,
    PostgresDatabase,
    SQLiteDatabase,
    service_database,
    service_db_path,
    split_schema,
)
from ketenwijzer.errors import NotFound
from ketenwijzer.settings import Settings

FEEDBACK_COLUMNS = ("id", "session_id", "question", "answer", "rating", "comment", "citation_n", "created_at")
"""The feedback export's columns, in order."""

HISTORY_TURNS = 10
"""How many earlier turns a follow-up question gets as context."""

DEFAULT_SESSION_TTL_HOURS = 24.0

SESSION_GONE = "Dit gesprek bestaat niet of is verlopen. Begin een nieuw gesprek (stuur geen session_id mee)."

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    last_used TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS turns (
    {turn_id}
    session_id TEXT NOT NULL,
    question TEXT NOT NULL,
    standalone TEXT NOT NULL,
    answer TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS turns_session ON turns (session_id);
CREATE TABLE IF NOT EXISTS feedback (
    id {serial},
    session_id TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT,
    citation_n INTEGER,
    created_at TEXT NOT NULL
);
"""
"""Tables shared by both dialects; timestamps are ISO-8601 UTC text, so they compare as strings."""

_DIALECT_PARTS: dict[Dialect, dict[str, str]] = {
    # SQLite: turns are ordered by the implicit rowid (existing databases have no id column).
    "sqlite": {"turn_id": "", "serial": "INTEGER PRIMARY KEY AUTOINCREMENT", "turn_order": "rowid"},
    "postgresql": {
        "turn_id": "id BIGSERIAL PRIMARY KEY,",
        "serial": "BIGSERIAL PRIMARY KEY",
        "turn_order": "id",
    },
}


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
    """Where the SQLite service database lives."""
    return service_db_path(data_dir)


class SQLSessionStore:
    """``SessionStore`` on a ``Database`` (SQLite or PostgreSQL); safe for threads and processes."""

    def __init__(self, db: Database, ttl_seconds: float, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self.ttl_seconds = ttl_seconds
        self.clock = clock
        parts = _DIALECT_PARTS[db.dialect]
        self._turn_order = parts["turn_order"]
        db.ensure_schema(split_schema(_SCHEMA.format(**parts)))

    def _stamp(self, offset: float = 0.0) -> str:
        return datetime.fromtimestamp(self.clock() + offset, UTC).isoformat(timespec="microseconds")

    def _cutoff(self) -> str:
        return self._stamp(-self.ttl_seconds)

    def create(self) -> str:
        """A fresh session id (expired sessions and their turns are purged on the way)."""
        session_id = secrets.token_urlsafe(32)
        now = self._stamp()
        with self.db.connect() as conn:
            _delete_before(conn, self._cutoff())
            conn.execute(
                "INSERT INTO sessions (id, created_at, last_used) VALUES (?, ?, ?)", (session_id, now, now)
            )
        return session_id

    def open(self, session_id: str | None) -> tuple[str, list[Turn]]:
        """A new session (no id) or the history of a live one; ``NotFound`` otherwise."""
        if not session_id:
            return self.create(), []
        with self.db.connect() as conn:
            updated = conn.execute(
                "UPDATE sessions SET last_used = ? WHERE id = ? AND last_used >= ?",
                (self._stamp(), session_id, self._cutoff()),
            ).rowcount
            if not updated:
                raise NotFound(SESSION_GONE)
            rows = conn.execute(
                "SELECT question, standalone, answer FROM turns WHERE session_id = ? "
                f"ORDER BY {self._turn_order} DESC LIMIT ?",
                (session_id, HISTORY_TURNS),
            ).fetchall()
        return session_id, [Turn(q, s, a) for q, s, a in reversed(rows)]

    def add_turn(self, session_id: str, question: str, standalone: str, answer: str) -> None:
        """Record one answered question."""
        with self.db.connect() as conn:
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
        with self.db.connect() as conn:
            known = conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if known is None:
                raise NotFound(SESSION_GONE)
            row = conn.execute(
                "INSERT INTO feedback (session_id, question, answer, rating, comment, citation_n, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (session_id, question, answer, rating, comment, citation_n, self._stamp()),
            ).fetchone()
        return int(row[0])

    def feedback_rows(self) -> list[dict[str, Any]]:
        """All stored feedback, oldest first."""
        with self.db.connect() as conn:
            rows = conn.execute(f"SELECT {', '.join(FEEDBACK_COLUMNS)} FROM feedback ORDER BY id").fetchall()
        return [dict(zip(FEEDBACK_COLUMNS, row, strict=True)) for row in rows]

    def purge(self, everything: bool = False) -> int:
        """Remove expired sessions (or all of them) with their turns; returns how many."""
        cutoff = "9999" if everything else self._cutoff()
        with self.db.connect() as conn:
            return _delete_before(conn, cutoff)


def _delete_before(conn: Connection, cutoff: str) -> int:
    """Delete sessions last used before ``cutoff`` and their turns; returns how many sessions."""
    conn.execute(
        "DELETE FROM turns WHERE session_id IN (SELECT id FROM sessions WHERE last_used < ?)", (cutoff,)
    )
    return int(conn.execute("DELETE FROM sessions WHERE last_used < ?", (cutoff,)).rowcount)


class SQLiteSessionStore(SQLSessionStore):
    """``SessionStore`` in one SQLite file (WAL); the default, for API processes on one machine."""

    def __init__(self, path: Path, ttl_seconds: float, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        super().__init__(SQLiteDatabase(path), ttl_seconds, clock)


class PostgresSessionStore(SQLSessionStore):
    """``SessionStore`` in PostgreSQL, for API processes on several machines."""

    def __init__(self, url: str, ttl_seconds: float, clock: Callable[[], float] = time.time) -> None:
        super().__init__(PostgresDatabase(url), ttl_seconds, clock)


def open_session_store(settings: Settings, clock: Callable[[], float] = time.time) -> SessionStore:
    """The session store for ``settings``: PostgreSQL when ``database_url`` is set, else SQLite."""
    ttl_seconds = float(getattr(settings, "session_ttl_hours", DEFAULT_SESSION_TTL_HOURS)) * 3600
    return SQLSessionStore(service_database(settings), ttl_seconds, clock)
