"""The support check: does a passage back up a sentence?

Offline and lexical by default: the share of the sentence's distinct content stems (Dutch
Snowball) that occur in the passage, compared with ``settings.support_threshold``. The
assistant's LLM path and the evals use these same functions, so "supported" means one thing
everywhere.

Optionally a multilingual NLI cross-encoder (sentence-transformers ``CrossEncoder``) that the
user has on local disk scores entailment instead; it is never downloaded.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from ketenwijzer.errors import ConfigurationError
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


def is_supported(
    sentence: str, passages: list[str], threshold: float, fn: SupportFn = lexical_support
) -> bool:
    """True when the cited passages together support the sentence at ``threshold``."""
    if not passages:
        return False
    return fn(sentence, "\n".join(passages)) >= threshold


def _softmax(logits: Sequence[float]) -> list[float]:
    top = max(logits)
    exps = [math.exp(x - top) for x in logits]
    total = sum(exps)
    return [e / total for e in exps]


def entailment_index(id2label: dict[int, str]) -> int:
    """The output index whose label names entailment, or ``ConfigurationError``."""
    for index, label in id2label.items():
        if str(label).lower().startswith("entail"):
            return int(index)
    raise ConfigurationError(
        "Het NLI-model heeft geen label 'entailment'; kies een NLI-cross-encoder "
        f"(labels nu: {', '.join(map(str, id2label.values()))})."
    )


def entailment_fn(model: Any) -> SupportFn:
    """A support function from a loaded cross-encoder: P(passage entails sentence)."""
    id2label = getattr(getattr(model, "config", None), "id2label", None) or {}
    index = entailment_index({int(k): v for k, v in id2label.items()})

    def support(sentence: str, passage: str) -> float:
        logits = model.predict([(passage, strip_markers(sentence))], apply_softmax=False)
        row = [float(x) for x in list(logits[0])]
        return _softmax(row)[index] if len(row) > 1 else 1.0 / (1.0 + math.exp(-row[0]))

    return support


@lru_cache(maxsize=2)
def nli_support(model_path: str) -> SupportFn:
    """Support by a local NLI cross-encoder at ``model_path`` (never downloaded)."""
    path = Path(model_path).expanduser()
    if not path.is_dir():
        raise ConfigurationError(
            f"Het supportmodel '{model_path}' is geen map op deze computer. Ketenwijzer downloadt "
            "geen modellen: zet een sentence-transformers CrossEncoder (NLI) lokaal neer en geef het pad op."
        )
    try:
        from sentence_transformers import CrossEncoder

        model = CrossEncoder(str(path), device="cpu", local_files_only=True)
    except Exception as exc:  # any loader failure is a configuration problem for the user
        raise ConfigurationError(f"Kan het supportmodel '{model_path}' niet laden: {exc}") from exc
    return entailment_fn(model)


def support_function(model_path: str | None = None) -> SupportFn:
    """The configured support check: the NLI model at ``model_path``, else lexical."""
    return nli_support(model_path) if model_path else lexical_support
