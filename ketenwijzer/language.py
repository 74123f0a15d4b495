"""Guessing whether a text is Dutch or English, from the function words it uses."""

from __future__ import annotations

import re
from collections.abc import Container

from ketenwijzer.text import words

_NL_MARKERS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "is",
        "zijn",
        "wat",
        "hoe",
        "wie",
        "welke",
        "waarom",
        "wanneer",
        "niet",
        "ook",
        "dat",
        "die",
        "deze",
        "bij",
        "voor",
        "met",
        "op",
        "aan",
        "je",
        "jij",
        "ik",
        "wij",
        "we",
        "er",
        "ze",
        "zij",
        "over",
        "daar",
        "hier",
        "moet",
        "kan",
        "kun",
        "kunt",
        "worden",
        "wordt",
        # "Is ketensamenwerking vooral techniek of vooral mensenwerk?" tied on 'is' and lost on
        # 'of', which is Dutch as often as English (fifteenth session, ``tests/test_question.py``)
        "of",
        "vooral",
        "geen",
        "maar",
        "als",
        "om",
        "te",
        "naar",
        "nog",
        "heeft",
        "hebben",
        "mijn",
        "onze",
        "ons",
        "dan",
    ]
)
_EN_MARKERS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "is",
        "are",
        "what",
        "how",
        "who",
        "which",
        "why",
        "when",
        "not",
        "also",
        "that",
        "this",
        "these",
        "with",
        "for",
        "on",
        "to",
        "you",
        "i",
        "we",
        "they",
        "there",
        "about",
        "should",
        "can",
        "could",
        "do",
        "does",
        "be",
        "been",
        "by",
        "from",
        # "Is trust more important than contracts?" tied on 'is' and was read as Dutch (seventh session)
        "than",
        "more",
        "most",
        "it",
        "my",
        "our",
        "your",
        "their",
        "has",
        "have",
        "will",
        "would",
        "or",
        "if",
    ]
)


TIE_BREAK_WORDS = 2
"""Words a caller's English lexicon must know to decide a tie on function words for English."""


def guess_language(text: str, default: str = "nl", english: Container[str] = ()) -> str:
    """Guess 'nl' or 'en' from function words; a tie goes to English when at least ``TIE_BREAK_WORDS`` words are
    in ``english`` (a caller's English lexicon: "Is chain cooperation expensive?" has only 'is', and was read as
    Dutch and declined in Dutch; forty-fourth session), else ``default``."""
    tokens = words(text)
    nl = sum(1 for t in tokens if t in _NL_MARKERS)
    en = sum(1 for t in tokens if t in _EN_MARKERS)
    if en > nl:
        return "en"
    if nl > en:
        return "nl"
    if english and sum(1 for t in tokens if t in english) >= TIE_BREAK_WORDS:
        return "en"
    return default


CONTRACTIONS = (
    (r"\b(what|who|where|how|why|when|that|it|there|here)'s\b", r"\1 is"),
    (r"\b(what|who|where|how|why|when|they|we|you)'re\b", r"\1 are"),
    (r"\bcan't\b", "cannot"),
    (r"\bwon't\b", "will not"),
    (r"\b(do|does|did|is|are|was|were|has|have|had|should|could|would)n't\b", r"\1 not"),
    (r"\b(i|we|you|they)'ve\b", r"\1 have"),
    (r"\b(i|we|you|they)'d\b", r"\1 would"),
    (r"\bi'm\b", "I am"),
)
"""English contractions written out, so the question rules read "What's the main idea …?" as "What is …"
(it was declined; new informal questions, thirty-seventh session). A possessive ('Morgens's') stays."""


INFORMATION_TECHNOLOGY = re.compile(r"(?<![\w'])IT(?![\w'-])")
"""'IT' in capitals is information technology, not the pronoun: "Does GBO say anything about IT?" was declined where
"Zegt GBO iets over ICT?" is answered (new informal questions, fiftieth session; ``tests/test_answers.py``). Dutch and
the corpus write it 'ICT'; a question typed in capitals throughout keeps its 'IT'."""


def without_contractions(text: str) -> str:
    """``text`` with its English contractions written out (``CONTRACTIONS``); typographic apostrophes too; 'IT' in
    capitals as 'ICT' (``INFORMATION_TECHNOLOGY``)."""
    text = text.replace("’", "'")
    for pattern, full in CONTRACTIONS:
        text = re.sub(pattern, full, text, flags=re.I)
    if not text.isupper():
        text = INFORMATION_TECHNOLOGY.sub("ICT", text)
    return text
