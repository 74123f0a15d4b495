"""What a language-model generator says to its model: the answer and rewrite prompts.

The templates live in ``assistant/prompts/<task>.<lang>.txt`` (system and user part split by a
``---`` line). Passages and questions go inside tags, defused so no text can close or open one;
the answer prompt adds the plan for the question kind, like the extractive plans.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from assistant import declines
from ketenwijzer.models import Passage

HISTORY_TURNS = 3
HISTORY_ANSWER_CHARS = 600


def load_prompt(task: str, language: str) -> tuple[str, str]:
    """The (system, user) templates of prompt ``task`` in ``language`` (Dutch when missing)."""
    folder = resources.files("assistant") / "prompts"
    name = f"{task}.{language}.txt"
    if not (folder / name).is_file():
        name = f"{task}.nl.txt"
    text = (folder / name).read_text(encoding="utf-8")
    system, _, user = text.partition("\n---\n")
    return system.strip(), user.strip()


def defuse(text: str) -> str:
    """Text placed inside prompt tags, with anything that could close or open a tag defused."""
    return text.replace("<", "‹").replace(">", "›")


def format_passages(passages: list[Passage]) -> str:
    """Passages numbered from 1, each inside its own ``<passage>`` element."""
    blocks = []
    for n, passage in enumerate(passages, start=1):
        title = " — ".join(x for x in (passage.title, passage.section) if x)
        blocks.append(
            f'<passage n="{n}" titel="{defuse(title).replace(chr(34), "")}">\n{defuse(passage.text)}\n</passage>'
        )
    return "\n\n".join(blocks)


def chat_messages(system: str, user: str, system_role: bool) -> list[Any]:
    """A system and a user message, or one user message holding both when the model has no system role."""
    from langchain_core.messages import HumanMessage, SystemMessage

    if system_role:
        return [SystemMessage(system), HumanMessage(user)]
    return [HumanMessage(f"{system}\n\n{user}")]


PLAN_HINTS: dict[str, dict[str, str]] = {
    "nl": {
        "definition": "Begin met de zin die de term definieert; daarna hooguit twee zinnen die hem toelichten.",
        "list": "Geef de volledige opsomming als lijst met '- ', elk onderdeel met zijn naam.",
        "comparison": "Geef per kant een alinea die begint met **naam van de bron of het begrip**; "
        "noem daarna wat beide kanten delen, alleen als beide passages dat zeggen, met beide nummers.",
        "advice": "Geef 3 tot 6 punten met '- ', elk één aanbeveling of voorwaarde uit de passages.",
        "cause": "Noem de oorzaken waarnaar gevraagd wordt, niet de gevolgen.",
        "consequence": "Noem de gevolgen waarnaar gevraagd wordt, niet de oorzaken.",
        "example": "Geef een concreet voorbeeld uit de passages.",
        "who_said": "Noem wie het zegt en wat, uit die bron alleen.",
        "yes_no": "Begin met het standpunt van de bron (ja, nee of het hangt ervan af), daarna de onderbouwing.",
        "summary": "Geef in drie tot vijf zinnen de hoofdboodschap van de bron, de belangrijkste eerst.",
    },
    "en": {
        "definition": "Start with the sentence that defines the term; then at most two that qualify it.",
        "list": "Give the complete enumeration as a '- ' list, every item with its name.",
        "comparison": "Give one paragraph per side opened by **source or concept name**; then what both "
        "share, only when both passages say it, citing both.",
        "advice": "Give 3 to 6 '- ' points, each one recommendation or condition from the passages.",
        "cause": "Give the causes asked for, not the consequences.",
        "consequence": "Give the consequences asked for, not the causes.",
        "example": "Give a concrete example from the passages.",
        "who_said": "Say who says it and what, from that source only.",
        "yes_no": "Start with the source's position (yes, no or it depends), then the support.",
        "summary": "Give the source's main message in three to five sentences, the most important first.",
    },
}
"""The answer plan per question kind, told to a language model (the extractive plans do the same)."""


def _plan_rule(language: str, kind: str | None) -> str:
    hint = PLAN_HINTS.get(language, PLAN_HINTS["nl"]).get(kind or "", "")
    return f"\n{'Form' if language == 'en' else 'Vorm'}: {hint}" if hint else ""


def answer_messages(
    question: str,
    passages: list[Passage],
    language: str,
    max_sentences: int,
    system_role: bool = True,
    kind: str | None = None,
) -> list[Any]:
    """The chat messages asking for a cited answer from ``passages``, shaped for the question kind."""
    system, user = load_prompt("answer", language)
    return chat_messages(
        system.format(max_sentences=max_sentences, decline=declines.decline_text(language))
        + _plan_rule(language, kind),
        user.format(passages=format_passages(passages), question=defuse(question)),
        system_role,
    )


def instructions(language: str, max_sentences: int, kind: str | None = None) -> str:
    """The answer prompt's own text (rules and wrapper) without passages or question."""
    system, user = load_prompt("answer", language)
    rules = system.format(max_sentences=max_sentences, decline=declines.decline_text(language))
    return f"{rules}{_plan_rule(language, kind)}\n{user.format(passages='', question='')}"


def rewrite_messages(question: str, history: list[Any], language: str, system_role: bool = True) -> list[Any]:
    """The chat messages asking to make a follow-up question standalone."""
    system, user = load_prompt("rewrite", language)
    you, bot = ("User", "Ketenwijzer") if language == "en" else ("Gebruiker", "Ketenwijzer")
    lines = []
    for turn in history[-HISTORY_TURNS:]:
        lines.append(f"{you}: {defuse(turn.question)}")
        if turn.answer:
            answer = " ".join(turn.answer.split())
            lines.append(f"{bot}: {defuse(answer[:HISTORY_ANSWER_CHARS])}")
    return chat_messages(
        system, user.format(history="\n".join(lines), question=defuse(question)), system_role
    )
