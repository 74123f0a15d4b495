"""The corpus folder: which files in it are read, and reading them without leaving it.

The walk (``scan``) never leaves the folder and reports what it refuses; a file is read
(``read_inside``) only when its real path is inside the folder and it is a regular file of
limited size, and a DOCX's zip directory is checked (``check_archive``) before it is unpacked.
Reasons for refusing are Dutch.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ketenwijzer.errors import DocumentError

SIDECAR_SUFFIX = ".meta.yaml"
"""``rapport.pdf.meta.yaml`` beside ``rapport.pdf`` gives it front-matter (id, title, url, supersedes…)."""
SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx")
MAX_FILE_BYTES = 50 * 1024 * 1024
"""Default size limit of one corpus file (``KETENWIJZER_MAX_FILE_MB``)."""
MAX_ARCHIVE_BYTES = 200 * 1024 * 1024
"""A DOCX (a zip archive) may unpack to at most this many bytes in total."""
MAX_ARCHIVE_RATIO = 100
"""…and no member may unpack to more than this many times its packed size (a zip bomb)."""


@dataclass(frozen=True)
class Limits:
    """How large a corpus file and what it unpacks to may be."""

    max_file_bytes: int = MAX_FILE_BYTES
    max_archive_bytes: int = MAX_ARCHIVE_BYTES
    max_archive_ratio: int = MAX_ARCHIVE_RATIO


def check_archive(data: bytes, rel: str, limits: Limits) -> None:
    """Refuse a zip archive (DOCX) that is broken or unpacks to too much, before it is opened."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise DocumentError(rel, "het Word-bestand is geen geldig zip-archief") from exc
    if len(members) > 10_000:
        raise DocumentError(rel, f"het Word-bestand bevat te veel onderdelen ({len(members)})")
    total = sum(m.file_size for m in members)
    if total > limits.max_archive_bytes:
        raise DocumentError(
            rel,
            f"het Word-bestand pakt uit tot {total // 1_000_000} MB; het maximum is "
            f"{limits.max_archive_bytes // 1_000_000} MB (mogelijk een zip-bom)",
        )
    for member in members:
        if member.file_size > 1_000_000 and member.file_size > limits.max_archive_ratio * max(
            1, member.compress_size
        ):
            raise DocumentError(
                rel,
                f"een onderdeel van het Word-bestand pakt uit tot meer dan {limits.max_archive_ratio} keer "
                "zijn gecomprimeerde grootte (mogelijk een zip-bom)",
            )


class _Refused(Exception):
    """A path the corpus walk or a read refused; ``reason`` is Dutch."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def read_inside(path: Path, root: Path, max_bytes: int) -> bytes:
    """The bytes of ``path`` when it is a regular file whose real location is inside ``root``.

    Symbolic links are followed only to see where they lead: a file (or a folder on its
    path) that lies outside ``root`` is never opened. Device files, FIFOs and sockets are
    refused without being opened. The open descriptor is checked again (``/proc/self/fd``),
    so a link swapped in between the check and the open is caught too.
    """
    real_root = root.resolve()
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        raise _Refused("het is een symbolische link die nergens (of naar zichzelf) wijst") from None
    if not _inside(real, real_root):
        raise _Refused(
            "het verwijst (via een symbolische link) naar een bestand buiten de corpusmap; niet gelezen"
        )
    try:
        info = os.stat(real)
    except OSError as exc:
        raise _Refused(f"het bestand kan niet worden geopend ({exc.strerror})") from exc
    if not stat.S_ISREG(info.st_mode):
        raise _Refused("het is geen gewoon bestand (een map, apparaat, FIFO of socket); niet gelezen")
    if info.st_size > max_bytes:
        raise _Refused(
            f"het bestand is te groot ({info.st_size / 1_000_000:.1f} MB; het maximum is "
            f"{max_bytes / 1_000_000:.0f} MB, instelbaar met KETENWIJZER_MAX_FILE_MB)"
        )
    try:
        fd = os.open(real, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _Refused(f"het bestand kan niet worden geopend ({exc.strerror})") from exc
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode) or (opened.st_ino, opened.st_dev) != (info.st_ino, info.st_dev):
            raise _Refused(
                "het bestand veranderde tijdens het lezen (verwisseld door een link); niet gelezen"
            )
        proc = Path(f"/proc/self/fd/{fd}")
        if proc.exists() and not _inside(Path(os.readlink(proc)), real_root):
            raise _Refused("het verwijst naar een bestand buiten de corpusmap; niet gelezen")
        chunks, size = [], 0
        while size <= max_bytes:
            piece = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not piece:
                break
            chunks.append(piece)
            size += len(piece)
    except OSError as exc:
        raise _Refused(f"het bestand kan niet worden gelezen ({exc.strerror})") from exc
    finally:
        os.close(fd)
    if size > max_bytes:
        raise _Refused(f"het bestand is te groot (meer dan {max_bytes / 1_000_000:.0f} MB)")
    return b"".join(chunks)


def _skip(rel_parts: tuple[str, ...], name: str) -> bool:
    if any(part.startswith((".", "_")) for part in rel_parts):
        return True
    return Path(name).stem.upper() == "README"


def scan(corpus_dir: Path) -> tuple[list[Path], list[DocumentError]]:
    """Corpus files to ingest (sorted) and the entries refused on the way, with Dutch reasons.

    The walk never leaves ``corpus_dir``: a symbolic link to a folder is not followed (its
    target, when inside the corpus, is walked in its own place), a link or special file is
    reported. README files, hidden files and ``_``-folders are skipped without a word.
    """
    root = corpus_dir
    real_root = root.resolve()
    found: list[Path] = []
    refused: list[DocumentError] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        base = Path(folder)
        for name in sorted(dirs):
            entry = base / name
            rel_parts = entry.relative_to(root).parts
            if entry.is_symlink() and not _skip(rel_parts, name):
                try:
                    target = entry.resolve(strict=True)
                except (OSError, RuntimeError):
                    target = None
                if target is None or not _inside(target, real_root):
                    refused.append(
                        DocumentError(
                            entry.relative_to(root).as_posix() + "/",
                            "deze map is een symbolische link naar een plek buiten de corpusmap; niet gelezen",
                        )
                    )
        dirs[:] = sorted(d for d in dirs if not _skip((base / d).relative_to(root).parts, d))
        for name in sorted(files):
            entry = base / name
            rel_parts = entry.relative_to(root).parts
            if _skip(rel_parts, name) or name.endswith(SIDECAR_SUFFIX):
                continue
            try:
                mode = entry.lstat().st_mode
            except OSError:
                continue
            rel = entry.relative_to(root).as_posix()
            if stat.S_ISLNK(mode):
                if entry.suffix.lower() not in SUPPORTED_SUFFIXES:
                    continue
                found.append(entry)  # read_inside decides (and reports) where it leads
            elif not stat.S_ISREG(mode):
                refused.append(
                    DocumentError(rel, "het is geen gewoon bestand (apparaat, FIFO of socket); niet gelezen")
                )
            elif entry.suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(entry)
    return sorted(found), refused


def discover(corpus_dir: Path) -> list[Path]:
    """Corpus files to ingest, sorted; README files, hidden files and refused entries are skipped."""
    return scan(corpus_dir)[0]
