"""The catalog in PostgreSQL: one index for API servers on several machines.

Same tables as the SQLite catalog, prefixed ``catalog_`` so they sit beside the service
tables (sessions, feedback, briefs) in the database of ``KETENWIJZER_DATABASE_URL``. Every
thread keeps one connection (readers ask for the generation on every question); writes run
in a transaction that first takes an advisory lock, so two writers never interleave. A lost
connection is dropped and reopened on the next call; an unreachable server is a Dutch
``BackendUnavailable``. The URL may carry a password: it is never logged or put in a message.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ingest.catalog import SCHEMA, CatalogBase, Row
from ketenwijzer.database import PostgresDatabase
from ketenwijzer.errors import BackendUnavailable

WRITE_LOCK = 7_461_204
"""Advisory lock id held by every catalog write transaction."""
INGEST_LOCK = 7_461_205
"""Advisory lock id held (per session) by a running ingest, on any machine."""


class _Writer:
    """A write transaction with ``?`` placeholders."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement (plain tuple rows)."""
        from psycopg.rows import tuple_row

        return self._conn.cursor(row_factory=tuple_row).execute(sql.replace("?", "%s"), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        """Run one statement for every row."""
        return self._conn.cursor().executemany(sql.replace("?", "%s"), [tuple(r) for r in rows])


class PostgresCatalog(CatalogBase):
    """The catalog in PostgreSQL (psycopg 3)."""

    tables = {"documents": "catalog_documents", "chunks": "catalog_chunks", "meta": "catalog_meta"}

    def __init__(self, url: str, connect_timeout: float = 10.0) -> None:
        self._url = url
        self.connect_timeout = connect_timeout
        self._local = threading.local()
        with self._tx(lock=PostgresDatabase.SCHEMA_LOCK) as db:
            for statement in SCHEMA.format(real="DOUBLE PRECISION", **self.tables).split(";"):
                if statement.strip():
                    db.execute(statement)

    def __repr__(self) -> str:
        return "PostgresCatalog(<url verborgen>)"

    def _conn(self) -> Any:
        import psycopg
        from psycopg.rows import dict_row

        conn = getattr(self._local, "conn", None)
        if conn is not None and not conn.closed:
            return conn
        try:
            conn = psycopg.connect(
                self._url,
                autocommit=True,
                row_factory=dict_row,
                connect_timeout=max(1, round(self.connect_timeout)),
            )
        except psycopg.Error as exc:
            raise BackendUnavailable(
                f"De database (PostgreSQL) met de index is niet bereikbaar ({type(exc).__name__})."
            ) from None
        self._local.conn = conn
        return conn

    @contextmanager
    def _guard(self) -> Iterator[Any]:
        """This thread's connection; a broken one is dropped and reported in Dutch."""
        import psycopg

        conn = self._conn()
        try:
            yield conn
        except psycopg.OperationalError as exc:
            self.close()
            raise BackendUnavailable(
                f"De verbinding met de database (PostgreSQL) met de index viel weg ({type(exc).__name__})."
            ) from None

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._guard() as conn:
            rows: list[Row] = conn.execute(self._sql(sql).replace("?", "%s"), tuple(params)).fetchall()
            return rows

    @contextmanager
    def _tx(self, lock: int = WRITE_LOCK) -> Iterator[_Writer]:
        with self._guard() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (lock,))
            yield _Writer(conn)

    def close(self) -> None:
        """Close this thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


@contextmanager
def ingest_lock(url: str, connect_timeout: float = 10.0) -> Iterator[bool]:
    """Hold the cluster-wide ingest lock while the block runs; yields False when it is taken.

    A session-level advisory lock on its own connection: it is released when the block ends,
    and by the server if this process dies, so a crashed ingest never blocks the next one.
    """
    import psycopg

    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=max(1, round(connect_timeout)))
    except psycopg.Error as exc:
        raise BackendUnavailable(
            f"De database (PostgreSQL) met de index is niet bereikbaar ({type(exc).__name__})."
        ) from None
    with conn:
        row = conn.execute("SELECT pg_try_advisory_lock(%s)", (INGEST_LOCK,)).fetchone()
        got = bool(row and row[0])
        try:
            yield got
        finally:
            if got and not conn.closed:
                conn.execute("SELECT pg_advisory_unlock(%s)", (INGEST_LOCK,))
