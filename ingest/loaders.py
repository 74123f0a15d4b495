"""Read corpus files (Markdown with front-matter, text, HTML, PDF, DOCX) into ``Document``s.

A document is a list of ``Block``s: paragraphs or list items, each with the heading path
above it and, for PDFs, its page number. Loaders never guess at content they cannot read:
they raise ``DocumentError`` naming the file and the reason, in Dutch.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from ketenwijzer.errors import DocumentError

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 3x faster

SIDECAR_SUFFIX = ".meta.yaml"
"""``rapport.pdf.meta.yaml`` beside ``rapport.pdf`` gives it front-matter (id, title, url, supersedes…)."""
LIST_ITEM = "- "
"""Prefix of list items in block and chunk text, whatever the source's bullet style."""
SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx")
MAX_FILE_BYTES = 50 * 1024 * 1024


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


def slugify(text: str) -> str:
    """Lowercase ascii slug with hyphens, for ids made from file names."""
    from ketenwijzer.text import fold

    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "document"


def content_hash(data: bytes) -> str:
    """The content hash used to detect changed documents."""
    return hashlib.sha256(data).hexdigest()


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


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
    match = re.match(r"^---\s*\n(.*?)\n---\s*(?:\n|$)", text, re.DOTALL)
    if not match:
        raise DocumentError(str(path), "de front-matter (tussen '---'-regels) is niet afgesloten")
    try:
        meta = yaml.load(match.group(1), Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as exc:
        raise DocumentError(str(path), f"de front-matter is geen geldige YAML ({exc})") from exc
    if not isinstance(meta, dict):
        raise DocumentError(str(path), "de front-matter is geen lijst van sleutels en waarden")
    return _jsonable(meta), text[match.end() :]


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentError(str(path), "het bestand is geen geldige UTF-8-tekst") from None


def load_markdown(path: Path, data: bytes) -> tuple[dict[str, Any], list[Block], str | None]:
    """Markdown with optional YAML front-matter."""
    meta, body = _split_front_matter(_decode(data, path), path)
    blocks, h1 = _markdown_blocks(body)
    return meta, blocks, h1


def load_text(path: Path, data: bytes) -> tuple[dict[str, Any], list[Block], str | None]:
    """Plain text: paragraphs separated by blank lines."""
    text = _decode(data, path)
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return {}, [Block(p, []) for p in paras], None


def load_html(path: Path, data: bytes) -> tuple[dict[str, Any], list[Block], str | None]:
    """HTML, including MediaWiki pages saved from a browser (headings become the path)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript", "form"]):
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
    import zipfile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(str(path), f"het Word-bestand is beschadigd of onleesbaar ({exc})") from exc
    blocks: list[Block] = []
    path_stack: list[tuple[int, str]] = []
    title = document.core_properties.title or None
    for para in document.paragraphs:
        text = para.text.strip()
        if not text:
            continue
        style = (para.style.name if para.style is not None else "") or ""
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


_LOADERS: dict[str, Callable[[Path, bytes], tuple[dict[str, Any], list[Block], str | None]]] = {
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".txt": load_text,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
    ".docx": load_docx,
}


def load_document(path: Path, corpus_dir: Path) -> Document:
    """Read one corpus file; raises ``DocumentError`` with a Dutch reason when it cannot."""
    rel = path.relative_to(corpus_dir).as_posix()
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentError(rel, f"het bestand is te groot ({size // 1_000_000} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(rel, f"het bestand kan niet worden geopend ({exc.strerror})") from exc
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None:
        raise DocumentError(rel, f"bestandstype '{path.suffix}' wordt niet ondersteund")
    try:
        meta, blocks, found_title = loader(path, data)
    except DocumentError as exc:
        raise DocumentError(rel, exc.reason) from exc
    if not blocks:
        raise DocumentError(rel, "het document bevat geen tekst")
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if sidecar.is_file():
        side_bytes = sidecar.read_bytes()
        side_meta, _ = _split_front_matter(f"---\n{_decode(side_bytes, sidecar)}\n---\n", sidecar)
        meta = {**meta, **side_meta}
        data += side_bytes
    doc_id = str(meta.get("id") or slugify(str(Path(rel).with_suffix(""))))
    title = str(meta.get("title") or found_title or Path(rel).stem)
    meta.setdefault("format", path.suffix.lower().lstrip("."))
    return Document(doc_id, rel, title, content_hash(data), meta, blocks)


def discover(corpus_dir: Path) -> list[Path]:
    """Corpus files to ingest, sorted; README files and hidden files are skipped."""
    found = []
    for path in sorted(corpus_dir.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        rel_parts = path.relative_to(corpus_dir).parts
        if any(part.startswith((".", "_")) for part in rel_parts):
            continue
        if path.stem.upper() == "README":
            continue
        found.append(path)
    return found
