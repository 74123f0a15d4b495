"""Read corpus files (Markdown with front-matter, text, HTML, PDF, DOCX) into ``Document``s.

A document is a list of ``Block``s: paragraphs or list items, each with the heading path
above it and, for PDFs, its page number. Loaders never guess at content they cannot read:
they raise ``DocumentError`` naming the file and the reason, in Dutch.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.metadata import MetadataError, parse_yaml, validate
from ketenwijzer.errors import DocumentError
from ketenwijzer.text import strip_invisible

SIDECAR_SUFFIX = ".meta.yaml"
"""``rapport.pdf.meta.yaml`` beside ``rapport.pdf`` gives it front-matter (id, title, url, supersedes…)."""
LIST_ITEM = "- "
"""Prefix of list items in block and chunk text, whatever the source's bullet style."""
SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx")
MAX_FILE_BYTES = 50 * 1024 * 1024
"""Default size limit of one corpus file (``KETENWIJZER_MAX_FILE_MB``)."""
MAX_ARCHIVE_BYTES = 200 * 1024 * 1024
"""A DOCX (a zip archive) may unpack to at most this many bytes in total."""
MAX_ARCHIVE_RATIO = 100
"""…and no member may unpack to more than this many times its packed size (a zip bomb)."""
LARGE_FILE_SHARE = 0.5
"""A file larger than this share of the size limit is read, with a warning that it is large."""


@dataclass(frozen=True)
class Limits:
    """How large a corpus file and what it unpacks to may be."""

    max_file_bytes: int = MAX_FILE_BYTES
    max_archive_bytes: int = MAX_ARCHIVE_BYTES
    max_archive_ratio: int = MAX_ARCHIVE_RATIO


@dataclass
class Block:
    """A paragraph or list item with the headings above it."""

    text: str
    heading_path: list[str]
    page: int | None = None


@dataclass
class Document:
    """A parsed corpus file."""

    doc_id: str
    path: str
    title: str
    content_hash: str
    metadata: dict[str, Any]
    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """Dutch remarks about a document that was read all the same (large, suspicious lines)."""


def slugify(text: str) -> str:
    """Lowercase ascii slug with hyphens, for ids made from file names."""
    from ketenwijzer.text import fold

    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "document"


def content_hash(data: bytes) -> str:
    """The content hash used to detect changed documents."""
    return hashlib.sha256(data).hexdigest()


# Text a reader does not see must not reach the index either: HTML comments and elements
# hidden by an attribute or a style (in Markdown's raw HTML and in HTML files).
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_HIDING = (
    r"\bhidden\b|aria-hidden\s*=\s*[\"']?true|display\s*:\s*none|visibility\s*:\s*hidden"
    r"|font-size\s*:\s*0(?![.\d]*[1-9])|opacity\s*:\s*0(?![.\d]*[1-9])"
)
_HIDDEN_ELEMENT = re.compile(
    rf"<(?P<tag>[A-Za-z][A-Za-z0-9]*)\b(?=[^>]*(?:{_HIDING}))[^>]*>.*?</(?P=tag)\s*>", re.S | re.I
)
_HIDDEN_STYLE = re.compile(_HIDING, re.I)


def drop_hidden(text: str) -> str:
    """``text`` without HTML comments and without elements hidden by ``hidden`` or a style."""
    if "<" not in text:
        return text
    return _HIDDEN_ELEMENT.sub("", _COMMENT.sub("", text))


_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")


def _markdown_blocks(body: str) -> tuple[list[Block], str | None]:
    blocks: list[Block] = []
    path: list[tuple[int, str]] = []
    first_h1: str | None = None
    para: list[str] = []
    in_item = False

    def flush() -> None:
        if para:
            blocks.append(Block("\n".join(para), [h for _, h in path]))
            para.clear()

    for raw in body.splitlines():
        line = raw.rstrip()
        heading = _HEADING.match(line)
        if heading:
            flush()
            level, title = len(heading.group(1)), heading.group(2).strip()
            if level == 1 and first_h1 is None:
                first_h1 = title
            path = [(lv, h) for lv, h in path if lv < level] + [(level, title)]
            continue
        if not line.strip():
            flush()
            in_item = False
            continue
        if _BULLET.match(line):
            flush()
            blocks.append(Block(LIST_ITEM + _BULLET.sub("", line).strip(), [h for _, h in path]))
            in_item = True
            continue
        if in_item and not para and line[:1].isspace():
            # An indented line under a list item continues that item.
            blocks[-1].text += " " + line.strip()
            continue
        in_item = False
        para.append(line.strip())
    flush()
    return blocks, first_h1


def _split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    if not text.startswith("---"):
        return {}, text
    match = re.match(r"^---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|$)", text, re.DOTALL)
    if not match:
        raise DocumentError(str(path), "de front-matter (tussen '---'-regels) is niet afgesloten")
    try:
        meta = parse_yaml(match.group(1))
    except MetadataError as exc:
        raise DocumentError(str(path), exc.reason.replace("de metadata", "de front-matter")) from exc
    return meta, text[match.end() :]


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentError(str(path), "het bestand is geen geldige UTF-8-tekst") from None


def load_markdown(path: Path, data: bytes) -> tuple[dict[str, Any], list[Block], str | None]:
    """Markdown with optional YAML front-matter."""
    meta, body = _split_front_matter(_decode(data, path), path)
    blocks, h1 = _markdown_blocks(drop_hidden(body))
    return meta, blocks, h1


def load_text(path: Path, data: bytes) -> tuple[dict[str, Any], list[Block], str | None]:
    """Plain text: paragraphs separated by blank lines."""
    text = _decode(data, path)
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return {}, [Block(p, []) for p in paras], None


def load_html(path: Path, data: bytes) -> tuple[dict[str, Any], list[Block], str | None]:
    """HTML, including MediaWiki pages saved from a browser (headings become the path)."""
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(data, "html.parser")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript", "form", "template"]):
        tag.decompose()
    for tag in soup.find_all(hidden_tag):
        if not tag.decomposed:
            tag.decompose()
    root = soup.select_one("#mw-content-text") or soup.body or soup
    title_tag = soup.select_one("#firstHeading") or soup.find("h1") or soup.title
    title = title_tag.get_text(" ", strip=True) if title_tag else None
    meta: dict[str, Any] = {}
    canonical = soup.find("link", rel="canonical")
    if canonical and canonical.get("href"):
        meta["url"] = str(canonical["href"])
    blocks: list[Block] = []
    path_stack: list[tuple[int, str]] = []
    for el in root.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td"]):
        text = re.sub(r"\s+", " ", el.get_text(" ", strip=True)).strip()
        if not text:
            continue
        if el.name and el.name[0] == "h" and el.name[1:].isdigit():
            level = int(el.name[1:])
            path_stack = [(lv, h) for lv, h in path_stack if lv < level] + [(level, text)]
        elif el.name == "li":
            blocks.append(Block(LIST_ITEM + text, [h for _, h in path_stack]))
        elif not el.find_parent(["li"]):
            blocks.append(Block(text, [h for _, h in path_stack]))
    return meta, blocks, title


def hidden_tag(tag: Any) -> bool:
    """True for an HTML element hidden by ``hidden``, ``aria-hidden`` or a hiding style."""
    attrs = getattr(tag, "attrs", None) or {}
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(str(attrs.get("style", ""))))


def load_pdf(path: Path, data: bytes) -> tuple[dict[str, Any], list[Block], str | None]:
    """PDF text per page; every block keeps its page number."""
    import io

    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        info_title = reader.metadata.get("/Title") if reader.metadata else None
    except Exception as exc:  # pypdf raises many internal types on garbage input
        raise DocumentError(str(path), f"het PDF-bestand is beschadigd of onleesbaar ({exc})") from exc
    blocks: list[Block] = []
    for number, page_text in enumerate(pages, start=1):
        for para in re.split(r"\n\s*\n", page_text):
            para = re.sub(r"[ \t]+", " ", para).strip()
            if para:
                blocks.append(Block(para, [], page=number))
    if not blocks:
        raise DocumentError(str(path), "het PDF-bestand bevat geen leesbare tekst (gescand?)")
    return {}, blocks, str(info_title) if info_title else None


def load_docx(path: Path, data: bytes) -> tuple[dict[str, Any], list[Block], str | None]:
    """Word documents; 'Heading N' / 'Kop N' styles become the heading path."""
    import io

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        title = document.core_properties.title or None
        paragraphs = [
            (_visible_text(p), p.style.name if p.style is not None else "") for p in document.paragraphs
        ]
    except Exception as exc:  # python-docx and lxml raise many types on broken files
        raise DocumentError(
            str(path), "het Word-bestand is beschadigd of onleesbaar (geen geldige Word-XML)"
        ) from exc
    blocks: list[Block] = []
    path_stack: list[tuple[int, str]] = []
    for raw, style in paragraphs:
        text = raw.strip()
        if not text:
            continue
        style = style or ""
        match = re.match(r"(?:Heading|Kop)\s*(\d)", style)
        if style == "Title":
            title = title or text
        elif match:
            level = int(match.group(1))
            path_stack = [(lv, h) for lv, h in path_stack if lv < level] + [(level, text)]
        elif style.startswith(("List", "Lijst")):
            blocks.append(Block(LIST_ITEM + text, [h for _, h in path_stack]))
        else:
            blocks.append(Block(text, [h for _, h in path_stack]))
    return {}, blocks, title


def _visible_text(para: Any) -> str:
    """A Word paragraph's text without runs formatted as hidden."""
    runs = list(para.runs)
    if any(run.font.hidden for run in runs):
        return "".join(run.text for run in runs if not run.font.hidden)
    return str(para.text)


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


_LOADERS: dict[str, Callable[[Path, bytes], tuple[dict[str, Any], list[Block], str | None]]] = {
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".txt": load_text,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
    ".docx": load_docx,
}


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


def load_document(path: Path, corpus_dir: Path, limits: Limits | None = None) -> Document:
    """Read one corpus file; raises ``DocumentError`` with a Dutch reason when it cannot."""
    limits = limits or Limits()
    rel = path.relative_to(corpus_dir).as_posix()
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None:
        raise DocumentError(rel, f"bestandstype '{path.suffix}' wordt niet ondersteund")
    try:
        data = read_inside(path, corpus_dir, limits.max_file_bytes)
    except _Refused as exc:
        raise DocumentError(rel, exc.reason) from None
    if path.suffix.lower() == ".docx":
        check_archive(data, rel, limits)
    try:
        meta, blocks, found_title = loader(path, data)
    except DocumentError as exc:
        raise DocumentError(rel, exc.reason) from exc
    blocks = [
        Block(text, b.heading_path, b.page) for b in blocks if (text := strip_invisible(b.text).strip())
    ]
    if not blocks:
        raise DocumentError(rel, "het document bevat geen (zichtbare) tekst")
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if os.path.lexists(sidecar):
        try:
            side_bytes = read_inside(sidecar, corpus_dir, 64_000)
            side_meta = parse_yaml(_decode(side_bytes, sidecar))
        except _Refused as exc:
            raise DocumentError(
                rel, f"de metadata in '{sidecar.name}' wordt niet gelezen: {exc.reason}"
            ) from None
        except MetadataError as exc:
            raise DocumentError(rel, f"{exc.reason} (in '{sidecar.name}')") from None
        meta = {**meta, **side_meta}
        data += side_bytes
    try:
        meta = validate(meta)
    except MetadataError as exc:
        raise DocumentError(rel, exc.reason) from None
    doc_id = str(meta.get("id") or slugify(str(Path(rel).with_suffix(""))))
    title = strip_invisible(str(meta.get("title") or found_title or Path(rel).stem)).strip() or Path(rel).stem
    meta.setdefault("format", path.suffix.lower().lstrip("."))
    warnings = []
    if len(data) > LARGE_FILE_SHARE * limits.max_file_bytes:
        warnings.append(
            f"groot bestand ({len(data) / 1_000_000:.1f} MB van de toegestane "
            f"{limits.max_file_bytes / 1_000_000:.0f} MB); inlezen en zoeken worden er trager door"
        )
    return Document(doc_id, rel, title[:300], content_hash(data), meta, blocks, warnings)


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
