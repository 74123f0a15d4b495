"""How far a name written in a question reaches: a document noun joined to it, a person's full name.

``SourceDirectory.named_in`` finds a source's names word by word; these rules say which words
belong to one name: "NORA-dossier" is the NORA's dossier (the noun is no topic), and "Erik
Ruiterman" is one person, even when the directory gives his first name to one source (the article
that quotes him) and his surname to another (the dossier he wrote).
"""

from __future__ import annotations

import re

from ketenwijzer.text import fold


def hyphen_span(question: str, tokens: list[tuple[int, str]], i: int, n: int) -> int:
    """How many tokens a name starting at token ``i`` covers, with what a hyphen joins to it.

    "NORA-dossier", "GBO-seminar", "Be Informed-artikel": the word after the hyphen is part of
    the name (which document of the source), so it is no topic of the question; so is a
    document noun after a space ("the NORA dossier", ``DOCUMENT_NOUNS``).
    """
    while i + n < len(tokens):
        end = tokens[i + n - 1][0] + len(tokens[i + n - 1][1])
        gap = question[end : tokens[i + n][0]]
        if gap != "-" and not (gap == " " and fold(tokens[i + n][1]) in DOCUMENT_NOUNS):
            break
        n += 1
    return n


DOCUMENT_NOUNS = frozenset(
    ["dossier", "artikel", "rapport", "verslag", "onderzoek", "seminar", "website", "pagina"]
    + ["report", "article", "paper", "study", "document", "page"]
)
"""A noun right after a source's name that says which of its documents is meant ("the NORA dossier",
"het Morgens rapport"): part of the name, no topic of the question ("And Morgens?" after "What does
the NORA dossier say about trust?" searched Morgens for 'dossier'; fifth session)."""


Hit = tuple[int, str, str]
"""(character position, source key, folded name) of a name found in a question."""


def one_person(hits: list[Hit], question: str) -> list[Hit]:
    """The hits without a person's full name split over two sources: two capitalised words next to
    each other ("Erik Ruiterman") that name different sources name one person, no source. "Wie is
    Erik Ruiterman?" was answered as a comparison of ICTU ('Erik', the article quoting him) and the
    NORA dossier ('Ruiterman', its author; new informal questions, twenty-third session;
    ``tests/test_question.py``)."""
    at = {pos: (key, word) for pos, key, word in hits}
    split: set[int] = set()
    for pos, key, word in hits:
        end = pos + len(word)
        follows = re.match(r" (?=[A-Z])", question[end:])
        other = at.get(end + 1) if follows else None
        if (
            " " not in word
            and question[pos : pos + 1].isupper()
            and other
            and other[0] != key
            and " " not in other[1]
        ):
            split |= {pos, end + 1}
    return [h for h in hits if h[0] not in split]
