"""Turn a generator's ``Draft`` into answer text with ``[n]`` markers and ``Citation``s.

Numbers are given per distinct passage in order of first use. A draft sentence whose quote
does not occur verbatim in its passage is dropped here: no citation can point at text that
is not in the cited chunk. A sentence with passage ``UNSOURCED`` (a generated sentence the
verification marked as unsupported) is shown without marker and without citation.
"""

from __future__ import annotations

from assistant.generators.base import UNSOURCED, Draft
from ketenwijzer.models import Citation, Passage


def assemble(draft: Draft, passages: list[Passage]) -> tuple[str, list[Citation]]:
    """Answer text and citations; every marker in the text has exactly one citation."""
    numbers: dict[int, int] = {}
    citations: list[Citation] = []
    parts: list[str] = []
    for sentence in draft.sentences:
        if sentence.passage == UNSOURCED and sentence.text.strip():
            parts.append(sentence.text.strip())  # shown as unsupported, without a marker
            continue
        if not 0 <= sentence.passage < len(passages):
            continue
        passage = passages[sentence.passage]
        if not sentence.quote or sentence.quote not in passage.text:
            continue
        if sentence.passage not in numbers:
            numbers[sentence.passage] = len(numbers) + 1
        n = numbers[sentence.passage]
        citations.append(
            Citation(
                n=n,
                doc_id=passage.doc_id,
                title=passage.title,
                section=passage.section,
                url=passage.url,
                page=passage.page,
                quote=sentence.quote,
                chunk_id=passage.chunk_id,
            )
        )
        parts.append(f"{sentence.text.rstrip()} [{n}]")
    body = " ".join(parts)
    text = f"{draft.lead_in}\n{body}" if draft.lead_in and body else body
    return text, citations
