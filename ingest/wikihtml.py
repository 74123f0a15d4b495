"""MediaWiki page HTML (``action=parse`` output) to plain Markdown for the corpus.

Headings become ``##``-headings, paragraphs stay paragraphs, list items become ``- item``
(nested lists indented), tables become Markdown tables. Links keep only their text. Edit
links, tables of contents, navigation boxes, category links, scripts and styles are dropped,
and so are comments and elements hidden by ``hidden``, ``aria-hidden`` or a hiding style.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from ingest.loaders import hidden_tag

_DROP_TAGS = ["script", "style", "noscript", "nav", "form", "input", "button", "link", "meta", "img"]
_DROP_CLASSES = {
    "mw-editsection",
    "toc",
    "toclimit-2",
    "toclimit-3",
    "navbox",
    "vertical-navbox",
    "navbox-inner",
    "catlinks",
    "printfooter",
    "mw-jump-link",
    "noprint",
    "mw-empty-elt",
    "smwfact",
}
_DROP_IDS = {"toc", "catlinks", "siteSub", "contentSub", "jump-to-nav"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = {
    "div", "section", "article", "main", "aside", "header", "footer", "blockquote",
    "figure", "figcaption", "center", "pre", "details", "summary",
}  # fmt: skip
_EDIT = r"(?:(?:bron|brontekst)\s+)?bewerken|edit(?: source)?"
_EDIT_LINK = re.compile(rf"\[\s*(?:{_EDIT})(?:\s*\|\s*(?:{_EDIT}))*\s*\]", re.IGNORECASE)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", _EDIT_LINK.sub("", text)).strip()


def _inline(tag: Tag) -> str:
    return _clean(tag.get_text(""))


def _dropped(tag: Tag) -> bool:
    if tag.name in _DROP_TAGS:
        return True
    if hidden_tag(tag):  # text a reader of the page does not see is not corpus text either
        return True
    classes = set(tag.get("class") or [])
    if classes & _DROP_CLASSES or tag.get("id") in _DROP_IDS or tag.get("role") == "navigation":
        return True
    return tag.name == "table" and "toc" in classes


def _list_lines(lst: Tag, depth: int) -> list[str]:
    lines: list[str] = []
    for li in lst.find_all("li", recursive=False):
        nested = [c for c in li.find_all(["ul", "ol"]) if c.find_parent("li") is li]
        for sub in nested:
            sub.extract()
        text = _inline(li)
        if text:
            lines.append("  " * depth + "- " + text)
        for sub in nested:
            lines.extend(_list_lines(sub, depth + 1))
    return lines


def _table(table: Tag) -> str | None:
    rows: list[list[str]] = []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        cells = [_inline(c).replace("|", "\\|") for c in tr.find_all(["th", "td"], recursive=False)]
        if any(cells):
            rows.append(cells)
    if not rows:
        return None
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def _render(node: Tag, out: list[str]) -> None:
    inline: list[str] = []

    def flush() -> None:
        text = _clean("".join(inline))
        inline.clear()
        if text:
            out.append(text)

    for child in list(node.children):
        if isinstance(child, Comment):
            continue
        if isinstance(child, NavigableString):
            inline.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name in _HEADINGS:
            flush()
            text = _inline(child)
            if text:
                out.append("#" * max(2, _HEADINGS[name]) + " " + text)
        elif name == "p":
            flush()
            if text := _inline(child):
                out.append(text)
        elif name in ("ul", "ol"):
            flush()
            if lines := _list_lines(child, 0):
                out.append("\n".join(lines))
        elif name == "dl":
            flush()
            for item in child.find_all(["dt", "dd"], recursive=False):
                if text := _inline(item):
                    out.append(text)
        elif name == "table":
            flush()
            if table := _table(child):
                out.append(table)
        elif name in _BLOCKS:
            flush()
            _render(child, out)
        elif name == "br":
            inline.append(" ")
        else:
            inline.append(child.get_text(""))
    flush()


def html_to_markdown(html: str) -> str:
    """Markdown body (without title) for the HTML that ``action=parse`` returns."""
    soup = BeautifulSoup(html, "html.parser")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(_dropped):
        if not tag.decomposed:
            tag.decompose()
    root = soup.select_one(".mw-parser-output") or soup
    out: list[str] = []
    _render(root, out)
    return "\n\n".join(out) + ("\n" if out else "")
