"""The catalog: which documents and chunks are live, in one SQLite file (WAL mode).

The catalog is the index's source of truth. An ingest writes vectors first and then
switches the catalog in a single transaction, so a crash at any moment leaves either the
old or the new state, never a mix; vectors of chunks the catalog no longer names are
ignored by retrieval and removed by the next ingest.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ingest.chunking import Chunk
from ingest.loaders import Document

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    title TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    metadata TEXT NOT NULL,
    n_chunks INTEGER NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    heading_path TEXT NOT NULL,
    page INTEGER,
    index_text TEXT NOT NULL,
    tokens TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id, position);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class Catalog:
    """Documents and chunks that make up the live index."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._conn().executescript(_SCHEMA)

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
        return conn

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

    # -- meta -----------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """A value from the meta table."""
        row = self._conn().execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row["value"] if row else default

    def set_meta(self, values: dict[str, str]) -> None:
        """Write meta values in one transaction."""
        with self._tx() as db:
            db.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)", list(values.items()))

    def generation(self) -> int:
        """Bumped by every ingest that changed something; readers reload when it moves."""
        return int(self.get_meta("generation", "0") or 0)

    # -- reads ----------------------------------------------------------------
    def documents(self) -> dict[str, dict[str, Any]]:
        """All documents keyed by doc_id."""
        rows = self._conn().execute("SELECT * FROM documents ORDER BY doc_id").fetchall()
        return {r["doc_id"]: {**dict(r), "metadata": json.loads(r["metadata"])} for r in rows}

    def live_ids(self) -> set[str]:
        """Ids of all live chunks."""
        return {r[0] for r in self._conn().execute("SELECT chunk_id FROM chunks")}

    def chunk_rows(self, chunk_ids: Iterable[str]) -> dict[str, sqlite3.Row]:
        """Chunk rows by id (unknown ids are left out)."""
        ids = list(chunk_ids)
        out: dict[str, sqlite3.Row] = {}
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            marks = ",".join("?" * len(part))
            for row in self._conn().execute(f"SELECT * FROM chunks WHERE chunk_id IN ({marks})", part):
                out[row["chunk_id"]] = row
        return out

    def doc_chunks(self, doc_id: str) -> list[sqlite3.Row]:
        """The chunks of one document in reading order."""
        return (
            self._conn()
            .execute("SELECT * FROM chunks WHERE doc_id=? ORDER BY position", (doc_id,))
            .fetchall()
        )

    def iter_tokens(self) -> Iterator[tuple[str, str]]:
        """(chunk_id, space-separated stems) for every live chunk."""
        yield from self._conn().execute("SELECT chunk_id, tokens FROM chunks ORDER BY rowid")

    def iter_index_texts(self) -> Iterator[tuple[str, str, str]]:
        """(chunk_id, doc_id, index_text) for every live chunk."""
        yield from self._conn().execute("SELECT chunk_id, doc_id, index_text FROM chunks ORDER BY rowid")

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
                db.execute("DELETE FROM chunks WHERE doc_id=?", (doc_id,))
                db.execute("DELETE FROM documents WHERE doc_id=?", (doc_id,))
            for doc, chunks, tokens in upserts:
                db.execute("DELETE FROM chunks WHERE doc_id=?", (doc.doc_id,))
                db.execute(
                    "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?)",
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
                    "INSERT INTO chunks VALUES (?,?,?,?,?,?,?,?)",
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
            generation = self.generation() + 1
            stamps = {f"synced:{name}": str(generation) for name in synced}
            for key, value in {**meta, **stamps, "generation": str(generation)}.items():
                db.execute("INSERT OR REPLACE INTO meta VALUES (?,?)", (key, value))
        return generation
