"""The catalog in PostgreSQL: one index for API servers on several machines.

Same tables as the SQLite catalog, prefixed ``catalog_`` so they sit beside the service
tables (sessions, feedback, briefs) in the database of ``KETENWIJZER_DATABASE_URL``. Reads
share one connection per process (readers ask for the generation on every question); writes
run in a transaction of their own that first takes an advisory lock, so two writers never
interleave. A lost connection is dropped and reopened on the next call; an unreachable
server is a Dutch ``BackendUnavailable``. The URL may carry a password: it is never logged
or put in a message.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ingest.catalog import SCHEMA, CatalogBase, Row
from ketenwijzer.database import PostgresDatabase, connect_postgres
from ketenwijzer.errors import BackendUnavailable

WRITE_LOCK = 7_461_204
"""Advisory lock id held by every catalog write transaction."""
UNREACHABLE = "De database met de index"
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
    """The catalog in PostgreSQL (psycopg 3).

    Reads share one connection per process, taken in turn (a catalog read is a fraction of a
    millisecond, and a worker's thread pool must not hold dozens of connections each); every
    write transaction opens a connection of its own, so readers go on during an ingest.
    """

    tables = {"documents": "catalog_documents", "chunks": "catalog_chunks", "meta": "catalog_meta"}

    def __init__(self, url: str, connect_timeout: float = 10.0) -> None:
        self._url = url
        self.connect_timeout = connect_timeout
        self._reader: Any = None
        self._reading = threading.Lock()
        with self._tx(lock=PostgresDatabase.SCHEMA_LOCK) as db:
            for statement in SCHEMA.format(real="DOUBLE PRECISION", **self.tables).split(";"):
                if statement.strip():
                    db.execute(statement)

    def __repr__(self) -> str:
        return "PostgresCatalog(<url verborgen>)"

    def _connect(self, autocommit: bool) -> Any:
        from psycopg.rows import dict_row

        return connect_postgres(
            self._url, self.connect_timeout, UNREACHABLE, autocommit=autocommit, row_factory=dict_row
        )

    @contextmanager
    def _lost(self) -> Iterator[None]:
        """A dropped connection becomes a Dutch ``BackendUnavailable``."""
        import psycopg

        try:
            yield
        except psycopg.OperationalError as exc:
            raise BackendUnavailable(
                f"De verbinding met de database (PostgreSQL) met de index viel weg ({type(exc).__name__})."
            ) from None

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        import psycopg

        query = self._sql(sql).replace("?", "%s")
        with self._reading:
            for attempt in (1, 2):  # a connection the server dropped (restart, idle timeout): once more
                if self._reader is None or self._reader.closed:
                    self._reader = self._connect(autocommit=True)
                try:
                    rows: list[Row] = self._reader.execute(query, tuple(params)).fetchall()
                    return rows
                except psycopg.OperationalError as exc:
                    self._reader.close()
                    self._reader = None
                    if attempt == 2:
                        raise BackendUnavailable(
                            "De verbinding met de database (PostgreSQL) met de index viel weg "
                            f"({type(exc).__name__})."
                        ) from None
        raise AssertionError("unreachable")

    @contextmanager
    def _tx(self, lock: int = WRITE_LOCK) -> Iterator[_Writer]:
        conn = self._connect(autocommit=False)
        try:
            with self._lost(), conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (lock,))
                yield _Writer(conn)
        finally:
            conn.close()

    def close(self) -> None:
        """Close the shared read connection (it reopens on the next read)."""
        with self._reading:
            if self._reader is not None:
                self._reader.close()
                self._reader = None


@contextmanager
def ingest_lock(url: str, connect_timeout: float = 10.0) -> Iterator[bool]:
    """Hold the cluster-wide ingest lock while the block runs; yields False when it is taken.

    A session-level advisory lock on its own connection: it is released when the block ends,
    and by the server if this process dies, so a crashed ingest never blocks the next one.
    """
    conn = connect_postgres(url, connect_timeout, UNREACHABLE, autocommit=True)
    with conn:
        row = conn.execute("SELECT pg_try_advisory_lock(%s)", (INGEST_LOCK,)).fetchone()
        got = bool(row and row[0])
        try:
            yield got
        finally:
            if got and not conn.closed:
                conn.execute("SELECT pg_advisory_unlock(%s)", (INGEST_LOCK,))
