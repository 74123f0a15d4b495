"""The support check: does a passage back up a sentence?

Offline and lexical by default: the share of the sentence's distinct content stems (Dutch
Snowball) that occur in the passage. The assistant's LLM path and the evals use this same
function, so "supported" means one thing everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ketenwijzer.text import stems

MARKER = re.compile(r"\s*\[(\d+)\]")

SupportFn = Callable[[str, str], float]


def strip_markers(text: str) -> str:
    """Remove ``[n]`` citation markers."""
    return MARKER.sub("", text).strip()


def lexical_support(sentence: str, passage: str) -> float:
    """Share (0–1) of the sentence's distinct content stems found in the passage."""
    wanted = set(stems(strip_markers(sentence)))
    if not wanted:
        return 1.0
    have = set(stems(passage))
    return len(wanted & have) / len(wanted)


def is_supported(sentence: str, passages: list[str], threshold: float, fn: SupportFn = lexical_support) -> bool:
    """True when the cited passages together support the sentence at ``threshold``."""
    if not passages:
        return False
    return fn(sentence, "\n".join(passages)) >= threshold
