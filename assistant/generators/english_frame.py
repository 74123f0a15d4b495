"""The English frame of an extractive answer: the Dutch quotes in quotation marks, a lead-in and a closing that say so.

An English question is answered from the Dutch corpus verbatim; "and in Dutch?" after it drops the frame, "en in het
Engels?" after a Dutch question adds it (``Question.frame``). Split from ``extractive.py`` (forty-seventh session) when
that passed 400 lines.
"""

from __future__ import annotations

from assistant.generators.base import UNSOURCED, DraftSentence
from assistant.question import Question

ENGLISH_LEAD = "**The sources say** (quoted in Dutch):"
OPENING_QUOTES = ("“", '"', "'", "‘", "„", "«")
ENGLISH_CLOSING = "(The sources are in Dutch; the quotes are verbatim and each is cited.)"


def in_english_frame(draft: list[DraftSentence], language: str, analysis: Question | None) -> bool:
    """Whether the answer has the English frame; if so, put each quote of ``draft`` in quotation marks."""
    # a Dutch frame asked for an English question ("and in Dutch?") has no English lead or quotes
    frame = analysis.frame if analysis is not None else ""
    english = bool(draft) and (language == "en" and frame != "nl" or frame == "en")
    if english:
        for sentence in draft:
            if sentence.passage != UNSOURCED and not sentence.text.lstrip().startswith(OPENING_QUOTES):
                # a quote that opens with its own quotation mark is not wrapped twice
                sentence.text = f"“{sentence.text.strip()}”"
    return english
