"""Documents on ``/beheer``: what is indexed (and what not, and why), upload and removal.

An upload is checked before anything is written: a plain file name with a supported
extension, no existing file or document id of that name, metadata that is valid, and a file
the loaders can read (it is read once from a temporary folder). Only then it is written into
``corpus_dir/uploads/``; Markdown without front-matter gets the metadata as front-matter,
every other format a ``NAME.meta.yaml`` sidecar. Removal deletes a document's file (and
sidecar) only when it lies inside the corpus folder. Both then start an ingest.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from api.ingest_job import ingest_job
from api.service import Service
from ingest.catalog import open_catalog
from ingest.folder import SIDECAR_SUFFIX, discover
from ingest.index import superseded_documents
from ingest.loaders import load_document, slugify
from ketenwijzer.errors import DocumentError, IndexBusy, InvalidInput, NotFound

UPLOAD_FOLDER = "uploads"
UPLOAD_SUFFIXES = (".md", ".txt", ".html", ".htm", ".pdf", ".docx")
KINDS = ("original", "article", "restatement")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
INGEST_BUSY = "Er loopt al een ingest; wacht tot die klaar is en probeer het daarna opnieuw."


@dataclass
class DocumentRow:
    """One line of the documents view."""

    doc_id: str
    title: str
    path: str
    publisher: str | None = None
    date: str | None = None
    kind: str | None = None
    n_passages: int = 0
    updated_at: str | None = None
    indexed: bool = True
    problems: list[str] = field(default_factory=list)
    hidden_by: list[str] = field(default_factory=list)
    """Originals whose presence hides this restatement from answers."""
    hides: list[str] = field(default_factory=list)
    """Restatements this original hides."""


@dataclass
class Metadata:
    """The metadata form of an upload."""

    title: str
    publisher: str = ""
    date: str = ""
    url: str = ""
    kind: str = "original"
    language: str = "nl"

    def checked(self) -> dict[str, Any]:
        """The front-matter fields, or ``InvalidInput`` with a Dutch reason."""
        title = " ".join(self.title.split())
        if not title:
            raise InvalidInput("Vul een titel in.")
        if len(title) > 300:
            raise InvalidInput("De titel is te lang (hoogstens 300 tekens).")
        if self.date.strip() and not _DATE.match(self.date.strip()):
            raise InvalidInput("Schrijf de datum als JJJJ-MM-DD (bijvoorbeeld 2024-03-01).")
        url = self.url.strip()
        if url and not re.match(r"^https?://\S+$", url):
            raise InvalidInput("De url moet met http:// of https:// beginnen en mag geen spaties bevatten.")
        if self.kind not in KINDS:
            raise InvalidInput(f"Soort moet een van {', '.join(KINDS)} zijn.")
        if self.language not in ("nl", "en"):
            raise InvalidInput("Taal moet nl of en zijn.")
        meta: dict[str, Any] = {"title": title, "kind": self.kind, "language": self.language}
        for key, value in (("publisher", self.publisher), ("date", self.date), ("url", url)):
            if value.strip():
                meta[key] = " ".join(value.split())
        return meta


def _normalise_url(url: str) -> str:
    return (
        url.strip().lower().removeprefix("https://").removeprefix("http://").removeprefix("www.").rstrip("/")
    )


def _hiding(docs: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """For each hidden restatement, the originals that hide it (same rule as ``ingest.index``)."""
    hidden = superseded_documents(docs)
    out: dict[str, list[str]] = {}
    for doc_id in sorted(hidden):
        urls = {_normalise_url(str(u)) for u in docs[doc_id]["metadata"].get("source_urls") or []}
        out[doc_id] = [
            other
            for other, d in docs.items()
            if d["metadata"].get("kind") != "restatement"
            and (
                (d["metadata"].get("url") and _normalise_url(str(d["metadata"]["url"])) in urls)
                or any(doc_id.startswith(str(p)) for p in d["metadata"].get("supersedes") or [])
            )
        ]
    return out


def document_rows(service: Service) -> list[DocumentRow]:
    """Every indexed document, plus corpus files that are not (with the reason when known)."""
    settings = service.settings
    docs = open_catalog(settings).documents()
    hiding = _hiding(docs)
    problems: dict[str, list[str]] = {}
    for p in ingest_job(service).state.get("problems", []):
        problems.setdefault(str(p["path"]), []).append(str(p["reason"]))
    rows = []
    for doc_id, d in sorted(docs.items()):
        meta = d["metadata"]
        updated = d.get("updated_at")
        rows.append(
            DocumentRow(
                doc_id=doc_id,
                title=str(d["title"]),
                path=str(d["path"]),
                publisher=str(meta["publisher"]) if meta.get("publisher") else None,
                date=str(meta["date"]) if meta.get("date") else None,
                kind=str(meta.get("kind") or "original"),
                n_passages=int(d["n_chunks"]),
                updated_at=_iso(updated),
                problems=problems.get(str(d["path"]), []),
                hidden_by=hiding.get(doc_id, []),
                hides=[r for r, by in hiding.items() if doc_id in by],
            )
        )
    indexed = {str(d["path"]) for d in docs.values()}
    corpus = settings.corpus_dir
    for path in discover(corpus) if corpus.is_dir() else []:
        rel = path.relative_to(corpus).as_posix()
        if rel in indexed:
            continue
        reasons = problems.get(rel) or ["Nog niet in de index: start een ingest om het document in te lezen."]
        rows.append(DocumentRow(doc_id="", title=path.name, path=rel, indexed=False, problems=reasons))
    return rows


def _iso(value: Any) -> str | None:
    if not isinstance(value, int | float):
        return None
    return dt.datetime.fromtimestamp(float(value), dt.UTC).isoformat(timespec="seconds")


def check_name(name: str) -> str:
    """A safe upload file name, or ``InvalidInput`` explaining what is wrong with it."""
    name = name.strip()
    if not name or "/" in name or "\\" in name or ".." in name or not _NAME.match(name):
        raise InvalidInput(
            "Ongeldige bestandsnaam: gebruik alleen letters, cijfers, punt, koppel- en liggend streepje, "
            "zonder mappen (bijvoorbeeld 'beleidsnotitie-2024.docx')."
        )
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise InvalidInput(
            f"Bestandstype '{suffix or '(geen)'}' wordt niet ondersteund: kies md, txt, html, pdf of docx."
        )
    if Path(name).stem.upper() == "README":
        raise InvalidInput("README-bestanden worden niet ingelezen; kies een andere naam.")
    return name


def _ensure_idle(service: Service) -> None:
    if ingest_job(service).running:
        raise IndexBusy(INGEST_BUSY)


def _has_front_matter(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf").startswith(b"---")


def save_upload(service: Service, name: str, data: bytes, metadata: Metadata) -> tuple[str, dict[str, Any]]:
    """Check and write an uploaded document, then start an ingest; (doc id, ingest state)."""
    name = check_name(name)
    meta = metadata.checked()
    if not data:
        raise InvalidInput("Het bestand is leeg.")
    _ensure_idle(service)
    corpus = service.settings.corpus_dir.resolve()
    folder = corpus / UPLOAD_FOLDER
    target = folder / name
    if target.exists():
        raise InvalidInput(
            f"Er staat al een bestand '{UPLOAD_FOLDER}/{name}' in het corpus; verwijder dat eerst."
        )
    doc_id = slugify(f"{UPLOAD_FOLDER}/{Path(name).stem}")
    if doc_id in open_catalog(service.settings).documents():
        raise InvalidInput(f"Er is al een document met id '{doc_id}'; kies een andere bestandsnaam.")
    meta = {"id": doc_id, **meta}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    inline = target.suffix.lower() == ".md" and not _has_front_matter(data)
    body = f"---\n{front}---\n\n".encode() + data if inline else data
    with tempfile.TemporaryDirectory() as tmp:  # read it once before it reaches the corpus
        trial = Path(tmp) / UPLOAD_FOLDER / name
        trial.parent.mkdir()
        trial.write_bytes(body)
        if not inline:
            trial.with_name(name + SIDECAR_SUFFIX).write_text(front, encoding="utf-8")
        try:
            load_document(trial, Path(tmp))
        except DocumentError as exc:
            raise InvalidInput(f"Het bestand kan niet worden ingelezen: {exc.reason}.") from None
    folder.mkdir(parents=True, exist_ok=True)
    if not inline:
        _write(folder / (name + SIDECAR_SUFFIX), front.encode(), corpus)
    _write(target, body, corpus)
    return doc_id, ingest_job(service).start()


def _write(path: Path, data: bytes, corpus: Path) -> None:
    """Write atomically, and only inside the corpus folder."""
    if not path.resolve().is_relative_to(corpus):
        raise InvalidInput("Dat pad ligt buiten de corpusmap.")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_document(service: Service, doc_id: str) -> dict[str, Any]:
    """Delete a document's file (and sidecar) from the corpus, then start an ingest; the ingest state."""
    docs = open_catalog(service.settings).documents()
    if doc_id not in docs:
        raise NotFound(f"Document '{doc_id}' staat niet in de index.")
    _ensure_idle(service)
    corpus = service.settings.corpus_dir.resolve()
    path = (corpus / str(docs[doc_id]["path"])).resolve()
    if not path.is_relative_to(corpus) or path == corpus:
        raise InvalidInput("Het bestand van dit document ligt buiten de corpusmap en wordt niet verwijderd.")
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    path.unlink(missing_ok=True)
    sidecar.unlink(missing_ok=True)
    return ingest_job(service).start()
