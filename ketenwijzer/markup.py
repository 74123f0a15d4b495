"""Outside text made safe: Unicode normalised, invisible characters removed, markup defused.

For corpus text, questions and anything else that comes from outside before it is checked,
indexed or shown in a renderer.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width characters, bidi controls and other invisible format characters (Unicode
# category Cf) hide words from a reader and from pattern checks ("ne\u200bgeer"); the soft
# hyphen is one of them. NFKC folds full-width and other compatibility forms to plain letters.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f]"
)


def strip_invisible(text: str) -> str:
    """``text`` without zero-width, bidi and other invisible format characters (no NFKC)."""
    return text if text.isascii() else _INVISIBLE.sub("", text)


def normalise(text: str) -> str:
    """Unicode NFKC with zero-width, bidi and other invisible format characters removed."""
    if text.isascii():
        return text
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


_TAG_START = re.compile(r"<(?!https?://[^\s<>]*>|mailto:[^\s<>]*>)(?=[A-Za-z/!?])", re.I)
_LINK_DEST = re.compile(r"(\]\s*)\(([^)]*)\)")
_REF_DEF = re.compile(r"^(\s{0,3})\[([^\]]+)\]:\s*(\S+)", re.M)
_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:", "file:")


def _unsafe_url(url: str) -> bool:
    import html

    plain = re.sub(r"[\s\x00-\x1f<>]", "", html.unescape(normalise(url))).lower()
    return plain.startswith(_UNSAFE_SCHEMES)


def defuse_markup(text: str) -> str:
    """Markdown in which corpus text cannot become HTML tags or script links in a renderer.

    ``<`` before a letter, ``/``, ``!`` or ``?`` becomes ``&lt;`` (a renderer shows it as text;
    an autolink ``<https://…>`` stays)
    and a link or link definition whose target is ``javascript:``/``vbscript:``/``data:``/
    ``file:`` loses its link syntax (the brackets are escaped), so it shows as plain text.
    """
    text = _TAG_START.sub("&lt;", text)
    text = _LINK_DEST.sub(
        lambda m: (
            ("\\" + m.group(1) + "\\(" if _unsafe_url(m.group(2)) else m.group(1) + "(") + m.group(2) + ")"
        ),
        text,
    )
    return _REF_DEF.sub(
        lambda m: f"{m.group(1)}\\[{m.group(2)}]: {m.group(3)}" if _unsafe_url(m.group(3)) else m.group(0),
        text,
    )
