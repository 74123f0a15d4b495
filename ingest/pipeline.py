"""``ketenwijzer ingest``: incremental, idempotent and crash-safe.

Order of work, so that a failure at any point leaves the previous index usable:
1. read and chunk every changed file (a broken file is reported and skipped; if it was
   indexed before, its old version stays);
2. embed chunks whose vectors are missing and add them to the vector store (the catalog
   does not name them yet, so readers ignore them);
3. switch the catalog in one transaction (SQLite, or PostgreSQL with a database URL);
4. remove vectors the catalog no longer names, and write the lexical cache.
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial

from ingest.catalog import open_catalog
from ingest.chunking import Chunk, chunk_document
from ingest.embedders import get_embedder
from ingest.folder import Limits, scan
from ingest.index import synced_key
from ingest.lexical import ANALYSER_KEY, LexicalIndex, catalog_tokens, tokenize
from ingest.loaders import Document, load_document
from ingest.vectorstore import vector_stores
from ketenwijzer.database import postgres_url
from ketenwijzer.errors import DocumentError, IndexBusy, InvalidInput
from ketenwijzer.settings import Settings
from ketenwijzer.text import ANALYSER_VERSION

log = logging.getLogger("ketenwijzer.ingest")
CHUNKER_VERSION = "7"  # 7: a closing quotation mark stays with its sentence (6: hidden text dropped)
Progress = Callable[[str, int, int], None]


SUSPICIOUS_LINES = 3
"""A document with this many lines addressed to an assistant (``assistant.injection``) is flagged."""


@dataclass
class IngestWarning:
    """A document that was read, with a Dutch remark (large, or lines that look like injected instructions)."""

    path: str
    reason: str

    @property
    def message(self) -> str:
        """One Dutch line naming the file."""
        return f"Let op '{self.path}': {self.reason}"


def _limits(settings: Settings) -> Limits:
    return Limits(
        max_file_bytes=int(settings.max_file_mb * 1_000_000),
        max_archive_bytes=int(settings.max_archive_mb * 1_000_000),
    )


def _suspicious(doc: Document) -> str | None:
    """A Dutch warning when several of the document's sentences address an assistant."""
    from assistant.injection import flag
    from ketenwijzer.text import sentences

    found = [(s, reason) for b in doc.blocks for s in sentences(b.text) if (reason := flag(s))]
    if len(found) < SUSPICIOUS_LINES:
        return None
    example = found[0][0]
    example = example if len(example) <= 80 else example[:77] + "…"
    return (
        f"{len(found)} regels lijken instructies aan een assistent of verzoeken om inloggegevens "
        f"(bijv. '{example}': {found[0][1]}); ze worden nooit als antwoord geciteerd, controleer het document"
    )


def _read(path_rel: str, load: Callable[[], Document]) -> Document:
    """``load()``, with any failure of a loader turned into a ``DocumentError`` for that file."""
    try:
        return load()
    except DocumentError:
        raise
    except MemoryError:
        raise DocumentError(path_rel, "het bestand vraagt te veel geheugen om te lezen") from None
    except RecursionError:
        raise DocumentError(path_rel, "het bestand is te diep genest om te lezen") from None
    except Exception as exc:  # a broken file must never abort the whole ingest
        log.info("Loader-fout in %s: %s", path_rel, type(exc).__name__)
        raise DocumentError(path_rel, "het bestand is beschadigd of onleesbaar") from None


@dataclass
class IngestReport:
    """What an ingest did."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    errors: list[DocumentError] = field(default_factory=list)
    warnings: list[IngestWarning] = field(default_factory=list)
    chunks_total: int = 0
    chunks_embedded: int = 0
    vectors_removed: int = 0
    seconds: float = 0.0
    generation: int = 0

    @property
    def touched(self) -> bool:
        """True when documents or vectors were written."""
        return bool(
            self.added or self.changed or self.removed or self.chunks_embedded or self.vectors_removed
        )


BUSY = "Er loopt al een ingest op deze index; wacht tot die klaar is en probeer het opnieuw."


@contextmanager
def ingest_lock(settings: Settings) -> Iterator[None]:
    """One ingest at a time per index; a second one is refused (``IndexBusy``), not queued.

    The index is the data dir's SQLite catalog (a file lock) or, with a database URL, the
    PostgreSQL catalog shared by several machines (an advisory lock held by the session).
    """
    data_dir = settings.data_dir
    data_dir.mkdir(parents=True, exist_ok=True)  # the BM25 cache is written there in both cases
    url = postgres_url(settings)
    if url:
        from ingest.catalog_postgres import ingest_lock as cluster_lock

        with cluster_lock(url) as got:
            if not got:
                raise IndexBusy(BUSY)
            yield
        return
    handle = (data_dir / "ingest.lock").open("a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise IndexBusy(BUSY) from None
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


MIXED = "mixed"
"""``ANALYSER_KEY`` when not every stored token comes from this analyser version."""


def _signature(settings: Settings) -> str:
    """What the stored chunks and tokens were made with: when it changes, every document is read
    again (chunk ids follow the text, so no vector is embedded twice)."""
    return f"chunker={CHUNKER_VERSION};chunk_chars={settings.chunk_chars};analyser={ANALYSER_VERSION}"


def _noop(stage: str, done: int, total: int) -> None:
    return None


def run_ingest(
    settings: Settings, embedder_name: str | None = None, progress: Progress | None = None
) -> IngestReport:
    """Bring the index in ``settings.data_dir`` in line with ``settings.corpus_dir``."""
    started = time.perf_counter()
    progress = progress or _noop
    embedder_name = embedder_name or settings.embedder
    corpus_dir = settings.corpus_dir
    if not corpus_dir.is_dir():
        raise InvalidInput(f"De corpusmap '{corpus_dir}' bestaat niet.")
    report = IngestReport()
    get_embedder(embedder_name)  # an unknown name fails here, before anything is written
    with ingest_lock(settings):
        catalog = open_catalog(settings)
        existing = catalog.documents()
        by_path = {d["path"]: doc_id for doc_id, d in existing.items()}
        signature = _signature(settings)
        resign = catalog.get_meta("signature") != signature

        files, refused = scan(corpus_dir)
        report.errors.extend(refused)
        limits = _limits(settings)
        seen: dict[str, str] = {}
        upserts: list[tuple[Document, list[Chunk], list[str]]] = []
        kept_on_error: set[str] = {by_path[e.path] for e in refused if e.path in by_path}
        for i, path in enumerate(files):
            progress("lezen", i, len(files))
            rel = path.relative_to(corpus_dir).as_posix()
            try:
                doc = _read(rel, partial(load_document, path, corpus_dir, limits))
                if doc.doc_id in seen:
                    raise DocumentError(
                        rel, f"id '{doc.doc_id}' wordt ook gebruikt door '{seen[doc.doc_id]}'"
                    )
            except DocumentError as exc:
                report.errors.append(exc)
                if rel in by_path:
                    kept_on_error.add(by_path[rel])
                continue
            seen[doc.doc_id] = rel
            report.warnings.extend(IngestWarning(rel, w) for w in doc.warnings)
            old = existing.get(doc.doc_id)
            if old and not resign and old["content_hash"] == doc.content_hash and old["path"] == doc.path:
                report.skipped.append(doc.doc_id)
                continue
            # the injection scan reads every sentence: only for a new or changed document (it was
            # 87 % of a no-change re-ingest at 10k chunks; the warning came when the text came in)
            if (suspicious := _suspicious(doc)) is not None:
                report.warnings.append(IngestWarning(rel, suspicious))
            chunks = chunk_document(doc, settings.chunk_chars)
            tokens = [tokenize(c.index_text(doc.title)) for c in chunks]
            upserts.append((doc, chunks, tokens))
            (report.changed if old else report.added).append(doc.doc_id)
        progress("lezen", len(files), len(files))
        removed = [d for d in existing if d not in seen and d not in kept_on_error]
        report.removed = removed

        # Which chunk ids will be live, and which vectors are missing for them.
        replaced = {doc.doc_id for doc, _, _ in upserts} | set(removed)
        live_old = {cid for cid, doc_id, _ in catalog.iter_index_texts() if doc_id not in replaced}
        new_texts = {c.chunk_id: (c.doc_id, c.index_text(doc.title)) for doc, cs, _ in upserts for c in cs}
        final_live = live_old | set(new_texts)
        report.chunks_total = len(final_live)

        generation = catalog.generation()
        up_to_date = catalog.get_meta(synced_key(embedder_name)) == str(generation)
        if not upserts and not removed and up_to_date:
            report.generation = generation
            report.seconds = time.perf_counter() - started
            return report

        store = vector_stores.create(settings.vector_store, settings, embedder_name)
        have = store.ids()
        missing = sorted(final_live - have)
        if missing:
            texts = dict(new_texts)
            for cid, doc_id, text in catalog.iter_index_texts():
                if cid in final_live and cid not in texts:
                    texts[cid] = (doc_id, text)
            embedder = get_embedder(embedder_name)
            batch = 64
            for start in range(0, len(missing), batch):
                progress("embedden", start, len(missing))
                ids = missing[start : start + batch]
                vectors = embedder.embed_documents([texts[c][1] for c in ids])
                store.upsert(ids, vectors, [texts[c][0] for c in ids])
            progress("embedden", len(missing), len(missing))
        report.chunks_embedded = len(missing)

        # a document kept on a read error keeps the tokens of the analyser that made them: the
        # read side then tokenizes every chunk again (``lexical.catalog_tokens``)
        analysed = MIXED if resign and kept_on_error else str(ANALYSER_VERSION)
        meta = {"signature": signature, ANALYSER_KEY: analysed}
        if upserts or removed:
            generation = catalog.apply(upserts, removed, meta, synced=[embedder_name])
        else:
            catalog.set_meta({synced_key(embedder_name): str(generation)})

        orphans = sorted(have - final_live)
        if orphans:
            store.delete(orphans)
        report.vectors_removed = len(orphans)
        LexicalIndex.build(catalog_tokens(catalog), generation).save(settings.data_dir / "lexical.pickle")
        report.generation = generation
    report.seconds = time.perf_counter() - started
    return report
