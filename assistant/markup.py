"""Answer markup: the citation markers and the small Markdown subset an answer is written in.

``plain`` gives the text under them, for the rules that read an answer's sentences as a reader
does (``coherence``, ``repetition``, ``conversation``).
"""

from __future__ import annotations

import re

MARKERS = re.compile(r"\s*\[\d+\]")
BOLD = re.compile(r"\*\*(.+?)\*\*")


def plain(sentence: str) -> str:
    """A sentence without citation markers, bold marks and a bullet dash."""
    text = MARKERS.sub("", sentence)
    text = BOLD.sub(r"\1", text)
    return text.strip().removeprefix("- ").strip()
