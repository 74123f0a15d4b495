"""The service database: SQLite in the data dir (default) or PostgreSQL via ``KETENWIJZER_DATABASE_URL``.

Stores (sessions, feedback, briefs) write their SQL once, with ``?`` placeholders, and run it
through a ``Database``: ``SQLiteDatabase`` passes it on, ``PostgresDatabase`` turns ``?`` into
``%s`` for psycopg 3. Each operation opens a connection and commits when its block ends
without an error. Where the dialects differ (auto-increment keys, row order) a store asks
``Database.dialect``. The URL may carry a password; it is never logged or put in a message.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal, Protocol

from ketenwijzer.errors import BackendUnavailable, ConfigurationError
from ketenwijzer.settings import Settings

Dialect = Literal["sqlite", "postgresql"]


class Cursor(Protocol):
    """The part of a DB-API cursor the stores use."""

    @property
    def rowcount(self) -> int:
        """Rows changed by the last statement."""
        ...

    def fetchone(self) -> Any:
        """The next row, or None."""
        ...

    def fetchall(self) -> list[Any]:
        """All remaining rows."""
        ...


class Connection(Protocol):
    """One open transaction: statements with ``?`` placeholders."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        """Run one statement."""
        ...


class Database(Protocol):
    """Where a store keeps its tables."""

    dialect: Dialect

    def connect(self) -> Any:
        """A context manager yielding a ``Connection``; commits on success, rolls back on error."""
        ...

    def ensure_schema(self, statements: Sequence[str]) -> None:
        """Create the tables and indexes (``CREATE ... IF NOT EXISTS``), safe when run concurrently."""
        ...


def service_db_path(data_dir: Path) -> Path:
    """Where the SQLite service database lives."""
    return data_dir / "service.sqlite"


class SQLiteDatabase:
    """A SQLite file in WAL mode; safe for several threads and processes on one machine."""

    dialect: Dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection in one transaction (committed when the block ends without an error)."""
        conn = sqlite3.connect(self.path, timeout=15)
        try:
            with conn:
                yield conn  # type: ignore[misc]
        finally:
            conn.close()

    def ensure_schema(self, statements: Sequence[str]) -> None:
        """Switch to WAL and create the tables."""
        with self.connect() as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            for statement in statements:
                conn.execute(statement)


class _PostgresConnection:
    """Adapts a psycopg connection to ``?`` placeholders."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        """Run one statement, ``?`` rewritten to ``%s``."""
        if "%" in sql:
            raise ValueError("Gebruik '?' als placeholder; '%' is in deze SQL niet toegestaan.")
        cursor: Cursor = self._conn.execute(sql.replace("?", "%s"), tuple(params))
        return cursor


class PostgresDatabase:
    """A PostgreSQL database (psycopg 3); shared by API processes on any number of machines."""

    dialect: Dialect = "postgresql"
    SCHEMA_LOCK = 7_461_203
    """Advisory lock id that serialises schema creation by processes starting together."""

    def __init__(self, url: str, connect_timeout: float = 10.0) -> None:
        self._url = url
        self.connect_timeout = connect_timeout

    def __repr__(self) -> str:
        return "PostgresDatabase(<url verborgen>)"

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection in one transaction; an unreachable server is ``BackendUnavailable``."""
        import psycopg

        conn = connect_postgres(self._url, self.connect_timeout)
        try:
            with conn:  # commits on success, rolls back on error, then closes
                yield _PostgresConnection(conn)
        except psycopg.OperationalError as exc:
            raise BackendUnavailable(
                f"De verbinding met de database (PostgreSQL) viel weg ({type(exc).__name__})."
            ) from None

    def ensure_schema(self, statements: Sequence[str]) -> None:
        """Create the tables under an advisory lock (concurrent CREATE IF NOT EXISTS can collide)."""
        with self.connect() as conn:
            conn.execute(f"SELECT pg_advisory_xact_lock({self.SCHEMA_LOCK})")
            for statement in statements:
                conn.execute(statement)


def split_schema(script: str) -> list[str]:
    """The statements of a schema script (separated by ``;``)."""
    return [part.strip() for part in script.split(";") if part.strip()]


def postgres_url(settings: Settings) -> str | None:
    """``KETENWIJZER_DATABASE_URL`` when set (checked to be a PostgreSQL URL), else None."""
    url = settings.database_url.get_secret_value().strip() if settings.database_url else ""
    if not url:
        return None
    if not url.startswith(("postgresql://", "postgres://")):
        raise ConfigurationError(
            "KETENWIJZER_DATABASE_URL moet met postgresql:// beginnen "
            "(bijv. postgresql://ketenwijzer@db.intern:5432/ketenwijzer)."
        )
    return url


def connect_postgres(url: str, timeout: float = 10.0, what: str = "De database", **options: Any) -> Any:
    """A psycopg connection to ``url``; an unreachable server is a Dutch ``BackendUnavailable``.

    The message names ``what`` is unreachable, never the URL (it may carry a password).
    """
    import psycopg

    try:
        return psycopg.connect(url, connect_timeout=max(1, round(timeout)), **options)
    except psycopg.Error as exc:
        raise BackendUnavailable(f"{what} (PostgreSQL) is niet bereikbaar ({type(exc).__name__}).") from None


def service_database(settings: Settings) -> Database:
    """The service database for ``settings``: PostgreSQL when ``database_url`` is set, else SQLite."""
    url = postgres_url(settings)
    return PostgresDatabase(url) if url else SQLiteDatabase(service_db_path(settings.data_dir))
