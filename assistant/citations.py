"""Turn a generator's ``Draft`` into answer text with ``[n]`` markers and ``Citation``s.

Numbers are given per distinct passage in order of first use. A draft sentence whose quote
does not occur verbatim in its passage is dropped here: no citation can point at text that
is not in the cited chunk, and neither can a line that the injection detector flags
(``assistant/injection.py``). A sentence with passage ``UNSOURCED`` (a generated sentence
the verification marked as unsupported) is shown without marker and without citation.

The text is the small Markdown subset of ``Answer.answer``: paragraphs separated by a blank
line, ``- `` bullets, ``**label**`` for a part's label. Every marker is attached to the
sentence it supports, before its closing punctuation: "Een keten heeft geen baas [1]."
"""

from __future__ import annotations

import re

from assistant import injection
from assistant.generators.base import UNSOURCED, Draft, DraftSentence
from ketenwijzer.models import Citation, Passage

_CLOSING = re.compile(r"([.!?;:…]+)$")


def attach(text: str, markers: str) -> str:
    """``markers`` placed before the sentence's closing punctuation ("… baas [1].")."""
    text = text.rstrip()
    if not markers:
        return text
    found = _CLOSING.search(text)
    if found:
        return f"{text[: found.start()].rstrip()} {markers}{found.group(1)}"
    return f"{text} {markers}"


class _Numbering:
    """Citation numbers per passage, in order of first use."""

    def __init__(self, passages: list[Passage]) -> None:
        self.passages = passages
        self.numbers: dict[int, int] = {}
        self.citations: list[Citation] = []
        self._seen: set[tuple[int, str]] = set()

    def cite(self, index: int, quote: str) -> int | None:
        """The number for ``quote`` in passage ``index``, or None when it cannot be cited."""
        if not 0 <= index < len(self.passages):
            return None
        passage = self.passages[index]
        if not quote or quote not in passage.text or injection.flag(quote):
            return None
        if index not in self.numbers:
            self.numbers[index] = len(self.numbers) + 1
        n = self.numbers[index]
        if (n, quote) not in self._seen:
            self._seen.add((n, quote))
            self.citations.append(
                Citation(
                    n=n,
                    doc_id=passage.doc_id,
                    title=passage.title,
                    section=passage.section,
                    url=passage.url,
                    page=passage.page,
                    quote=quote,
                    chunk_id=passage.chunk_id,
                )
            )
        return n


def _markers(sentence: DraftSentence, numbering: _Numbering) -> str | None:
    """``[n]`` for the sentence's passage and every further reference; None when uncitable."""
    first = numbering.cite(sentence.passage, sentence.quote)
    if first is None:
        return None
    numbers = [first]
    for index, quote in sentence.refs:
        n = numbering.cite(index, quote)
        if n is None:
            return None
        if n not in numbers:
            numbers.append(n)
    return "".join(f"[{n}]" for n in numbers)


def assemble(draft: Draft, passages: list[Passage]) -> tuple[str, list[Citation]]:
    """Answer text (Markdown subset) and citations; every marker in the text has a citation."""
    numbering = _Numbering(passages)
    blocks: list[str] = []
    """Paragraphs; a paragraph is a run of sentences or a run of bullet lines."""
    current: list[str] = []
    in_list = False

    def close() -> None:
        nonlocal current
        if current:
            blocks.append(("\n" if in_list else " ").join(current))
        current = []

    for sentence in draft.sentences:
        if sentence.passage == UNSOURCED:
            text = sentence.text.strip()
            markers = ""
            if not text:
                continue
            if text.startswith("**"):
                # a part's label line ("**Morgens**: (…)") opens a paragraph of its own
                close()
                in_list = False
        else:
            found = _markers(sentence, numbering)
            if found is None:
                continue
            text, markers = sentence.text, found
        line = attach(text, markers)
        if sentence.label:
            close()
            in_list = False
            line = f"**{sentence.label}**{'' if sentence.label.endswith(':') else ':'} {line}"
        if sentence.joins and current:
            current[-1] = f"{current[-1]} {line}"
            continue
        if sentence.bullet:
            if not in_list:
                close()
                in_list = True
            current.append(f"- {line}")
        else:
            if in_list:
                close()
                in_list = False
            current.append(line)
    close()
    body = "\n\n".join(blocks)
    text = f"{draft.lead_in}\n\n{body}" if draft.lead_in and body else body
    if draft.closing and body:
        text = f"{text}\n\n{draft.closing}"
    return text, numbering.citations
