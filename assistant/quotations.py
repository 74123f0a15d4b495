"""Quotation marks in an answer's sentences: whether every quote that opens also closes, and which sentences one quote
runs over. Split from ``coherence.py`` (forty-eighth session) when it passed 400 lines; behaviour unchanged.
"""

from __future__ import annotations

import re

from assistant.markup import plain

_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(“‘\[]))'(?!(?:s|t|n)\b)(?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.!?,;:…)])'(?=[\s),.;:!?\]”’»]|$)")


def quotes_balanced(sentence: str) -> bool:
    """Every quotation mark that opens also closes (straight double quotes in pairs)."""
    text = plain(sentence)
    if text.count('"') % 2:
        return False
    opened = sum(text.count(c) for c in "“„«")
    closed = sum(text.count(c) for c in "”»")
    # ’ doubles as the apostrophe ("pagina’s"): only an opening ‘ without its closing counts
    if opened != closed or text.count("‘") > text.count("’"):
        return False
    # a straight ' is an apostrophe inside a word ("zo'n"); it quotes at a word's edge
    return len(_SINGLE_OPEN.findall(text)) == len(_SINGLE_CLOSE.findall(text))


QUOTE_SENTENCES = 4
"""A quotation may run over this many sentences (the generators quote it whole)."""


def whole_quotes(parts: list[str]) -> list[str]:
    """Sentences joined where a quotation runs over them: a complete quote is one statement."""
    out: list[str] = []
    i = 0
    while i < len(parts):
        end = i
        if not quotes_balanced(parts[i]):
            for k in range(i + 1, min(len(parts), i + QUOTE_SENTENCES)):
                if quotes_balanced(" ".join(parts[i : k + 1])):
                    end = k
                    break
        out.append(" ".join(parts[i : end + 1]))
        i = end + 1
    return out
