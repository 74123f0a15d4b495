"""Read corpus files (Markdown with front-matter, text, HTML, PDF, DOCX) into ``Document``s.

A document is a list of ``Block``s: paragraphs or list items, each with the heading path
above it and, for PDFs, its page number. Loaders never guess at content they cannot read:
they raise ``DocumentError`` naming the file and the reason, in Dutch. Which files are read,
and reading them without leaving the corpus folder, is ``ingest.folder``.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.folder import SIDECAR_SUFFIX, Limits, _Refused, check_archive, read_inside
from ingest.metadata import MetadataError, parse_yaml, validate
from ketenwijzer.errors import DocumentError
from ketenwijzer.markup import strip_invisible

LIST_ITEM = "- "
"""Prefix of list items in block and chunk text, whatever the source's bullet style."""
LARGE_FILE_SHARE = 0.5
"""A file larger than this share of the size limit is read, with a warning that it is large."""


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


_LOADERS: dict[str, Callable[[Path, bytes], tuple[dict[str, Any], list[Block], str | None]]] = {
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".txt": load_text,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
    ".docx": load_docx,
}


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
