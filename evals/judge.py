"""Optional LLM-judged faithfulness (RAGAS-style): the share of an answer's claims that the
passages it was given support, as judged by the configured chat model.

Only when the configuration's generator is a language-model backend; never required, and a
judge that fails or answers in an unreadable shape gives ``None`` (reported as "n.v.t.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from assistant.generators.llm import LLMGenerator
from assistant.generators.llm_call import run_model
from assistant.generators.llm_prompts import chat_messages, defuse, load_prompt
from assistant.support import strip_markers
from evals.metrics import mean

_VERDICT = re.compile(r"^\s*[-*\d.)]*\s*(JA|NEE|YES|NO)\s*[:\-]\s*(.+)$", re.IGNORECASE | re.MULTILINE)


def judge_messages(
    answer: str, passages: Sequence[str], language: str, system_role: bool = True
) -> list[Any]:
    """The chat messages asking the model to list and judge the answer's claims."""
    system, user = load_prompt("judge", language)
    numbered = "\n\n".join(f"[{n}] {defuse(text)}" for n, text in enumerate(passages, start=1))
    return chat_messages(
        system, user.format(passages=numbered, answer=defuse(strip_markers(answer))), system_role
    )


def parse_verdicts(text: str) -> list[tuple[bool, str]]:
    """(supported, claim) per 'JA: …' / 'NEE: …' line of the judge's output."""
    return [(m.group(1).upper() in ("JA", "YES"), m.group(2).strip()) for m in _VERDICT.finditer(text)]


def faithfulness(
    model: Any, answer: str, passages: Sequence[str], language: str, timeout: float
) -> float | None:
    """Share of judged claims that are supported, or None when the judge gives nothing usable."""
    try:
        text = "".join(run_model(model, judge_messages(answer, passages, language), timeout, stream=False))
    except Exception:  # the judge is optional: a failing model means no score, not a failed run
        return None
    verdicts = parse_verdicts(text)
    if not verdicts:
        return None
    return sum(1 for ok, _ in verdicts if ok) / len(verdicts)


def judge_model(generator: object) -> Any | None:
    """The chat model to judge with: the generator's own, when it is a language-model backend."""
    return generator.model if isinstance(generator, LLMGenerator) else None


def add_faithfulness(summary: dict[str, Any], records: Sequence[dict[str, Any]]) -> None:
    """Put the mean judged faithfulness of ``records`` into ``summary`` (only when judged)."""
    scores = [r["faithfulness_llm"] for r in records if r.get("faithfulness_llm") is not None]
    if any("faithfulness_llm" in r for r in records):
        value = mean(scores)
        summary["faithfulness_llm"] = round(value, 4) if value is not None else None
