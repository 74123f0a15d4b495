"""The catalog: which documents and chunks are live, the index's source of truth.

An ingest writes vectors first and then switches the catalog in a single transaction, so a
crash at any moment leaves either the old or the new state, never a mix; vectors of chunks
the catalog no longer names are ignored by retrieval and removed by the next ingest.

The SQL is written once, here, with ``?`` placeholders and ``{documents}``/``{chunks}``/
``{meta}`` table names. ``Catalog`` keeps it in a SQLite file in the data dir (WAL mode: one
machine); ``ingest.catalog_postgres.PostgresCatalog`` keeps it in PostgreSQL, so servers on
several machines share one index. ``open_catalog`` picks by ``KETENWIJZER_DATABASE_URL``.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from ingest.chunking import Chunk
from ingest.loaders import Document
from ketenwijzer.database import postgres_url
from ketenwijzer.settings import Settings

Row = Mapping[str, Any]

SCHEMA = """
CREATE TABLE IF NOT EXISTS {documents} (
    doc_id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    title TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    metadata TEXT NOT NULL,
    n_chunks INTEGER NOT NULL,
    updated_at {real} NOT NULL
);
CREATE TABLE IF NOT EXISTS {chunks} (
    chunk_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    heading_path TEXT NOT NULL,
    page INTEGER,
    index_text TEXT NOT NULL,
    tokens TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS {chunks}_doc ON {chunks}(doc_id, position);
CREATE TABLE IF NOT EXISTS {meta} (key TEXT PRIMARY KEY, value TEXT NOT NULL)
"""


class Writer(Protocol):
    """One open write transaction."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement."""
        ...

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        """Run one statement for every row."""
        ...


class CatalogBase:
    """The catalog's queries; a backend supplies connections and table names."""

    tables: dict[str, str] = {"documents": "documents", "chunks": "chunks", "meta": "meta"}

    def _sql(self, sql: str) -> str:
        return sql.format(**self.tables)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        raise NotImplementedError

    def _tx(self) -> Any:
        """A context manager yielding a ``Writer`` (serialised against other writers)."""
        raise NotImplementedError

    def close(self) -> None:
        """Close this thread's connection."""

    # -- meta -----------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """A value from the meta table."""
        rows = self._rows("SELECT value FROM {meta} WHERE key = ?", (key,))
        return str(rows[0]["value"]) if rows else default

    def set_meta(self, values: dict[str, str]) -> None:
        """Write meta values in one transaction."""
        with self._tx() as db:
            db.executemany(self._sql(_UPSERT_META), list(values.items()))

    def generation(self) -> int:
        """Bumped by every ingest that changed something; readers reload when it moves."""
        return int(self.get_meta("generation", "0") or 0)

    # -- reads ----------------------------------------------------------------
    def documents(self) -> dict[str, dict[str, Any]]:
        """All documents keyed by doc_id."""
        rows = self._rows("SELECT * FROM {documents} ORDER BY doc_id")
        return {r["doc_id"]: {**dict(r), "metadata": json.loads(r["metadata"])} for r in rows}

    def live_ids(self) -> set[str]:
        """Ids of all live chunks."""
        return {r["chunk_id"] for r in self._rows("SELECT chunk_id FROM {chunks}")}

    def chunk_rows(self, chunk_ids: Iterable[str]) -> dict[str, Row]:
        """Chunk rows by id (unknown ids are left out)."""
        ids = list(chunk_ids)
        out: dict[str, Row] = {}
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            marks = ",".join("?" * len(part))
            for row in self._rows(f"SELECT * FROM {{chunks}} WHERE chunk_id IN ({marks})", part):
                out[row["chunk_id"]] = row
        return out

    def doc_chunks(self, doc_id: str) -> list[Row]:
        """The chunks of one document in reading order."""
        return self._rows("SELECT * FROM {chunks} WHERE doc_id = ? ORDER BY position", (doc_id,))

    def iter_tokens(self) -> Iterator[tuple[str, str]]:
        """(chunk_id, space-separated stems) for every live chunk."""
        for r in self._rows("SELECT chunk_id, tokens FROM {chunks} ORDER BY doc_id, position"):
            yield r["chunk_id"], r["tokens"]

    def iter_headings(self) -> Iterator[tuple[str, list[str]]]:
        """(chunk_id, heading_path) for every live chunk, in reading order."""
        for r in self._rows("SELECT chunk_id, heading_path FROM {chunks} ORDER BY doc_id, position"):
            yield r["chunk_id"], json.loads(r["heading_path"])

    def iter_index_texts(self) -> Iterator[tuple[str, str, str]]:
        """(chunk_id, doc_id, index_text) for every live chunk."""
        sql = "SELECT chunk_id, doc_id, index_text FROM {chunks} ORDER BY doc_id, position"
        for r in self._rows(sql):
            yield r["chunk_id"], r["doc_id"], r["index_text"]

    # -- the one write ----------------------------------------------------------
    def apply(
        self,
        upserts: list[tuple[Document, list[Chunk], list[str]]],
        removed_doc_ids: list[str],
        meta: dict[str, str],
        synced: tuple[str, ...] | list[str] = (),
    ) -> int:
        """Replace changed documents and drop removed ones in one transaction; new generation."""
        with self._tx() as db:
            for doc_id in removed_doc_ids:
                db.execute(self._sql("DELETE FROM {chunks} WHERE doc_id = ?"), (doc_id,))
                db.execute(self._sql("DELETE FROM {documents} WHERE doc_id = ?"), (doc_id,))
            for doc, chunks, tokens in upserts:
                db.execute(self._sql("DELETE FROM {chunks} WHERE doc_id = ?"), (doc.doc_id,))
                db.execute(
                    self._sql(_UPSERT_DOCUMENT),
                    (
                        doc.doc_id,
                        doc.path,
                        doc.title,
                        doc.content_hash,
                        json.dumps(doc.metadata, ensure_ascii=False),
                        len(chunks),
                        time.time(),
                    ),
                )
                db.executemany(
                    self._sql("INSERT INTO {chunks} VALUES (?,?,?,?,?,?,?,?)"),
                    [
                        (
                            c.chunk_id,
                            c.doc_id,
                            c.position,
                            c.text,
                            json.dumps(c.heading_path, ensure_ascii=False),
                            c.page,
                            c.index_text(doc.title),
                            tok,
                        )
                        for c, tok in zip(chunks, tokens, strict=True)
                    ],
                )
            found = db.execute(self._sql("SELECT value FROM {meta} WHERE key = 'generation'")).fetchone()
            generation = int(found[0]) + 1 if found else 1
            stamps = {f"synced:{name}": str(generation) for name in synced}
            values = {**meta, **stamps, "generation": str(generation)}
            db.executemany(self._sql(_UPSERT_META), list(values.items()))
        return generation


_UPSERT_META = (
    "INSERT INTO {meta} (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
_UPSERT_DOCUMENT = (
    "INSERT INTO {documents} VALUES (?,?,?,?,?,?,?) ON CONFLICT (doc_id) DO UPDATE SET "
    "path = excluded.path, title = excluded.title, content_hash = excluded.content_hash, "
    "metadata = excluded.metadata, n_chunks = excluded.n_chunks, updated_at = excluded.updated_at"
)


class Catalog(CatalogBase):
    """The catalog in one SQLite file (WAL mode): readers and one writer on one machine."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._conn().executescript(SCHEMA.format(real="REAL", **self.tables) + ";")

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
        return conn

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self._conn().execute(self._sql(sql), params).fetchall()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        """Close this thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


def catalog_path(settings: Settings) -> Path:
    """Where the SQLite catalog lives (when no database URL is set)."""
    return settings.data_dir / "catalog.sqlite"


_SHARED: dict[str, CatalogBase] = {}
_SHARED_LOCK = threading.Lock()


def open_catalog(settings: Settings) -> CatalogBase:
    """The catalog for ``settings``: PostgreSQL when ``database_url`` is set, else SQLite.

    A PostgreSQL catalog is shared per process (its connections are kept per thread).
    """
    url = postgres_url(settings)
    if not url:
        return Catalog(catalog_path(settings))
    from ingest.catalog_postgres import PostgresCatalog

    with _SHARED_LOCK:
        if url not in _SHARED:
            _SHARED[url] = PostgresCatalog(url)
        return _SHARED[url]
