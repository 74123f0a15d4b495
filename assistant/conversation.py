"""Follow-up questions: make "En wat zegt de NORA daarover?" standalone from the history.

With a language-model generator the model rewrites the question (``rewriter``); when there is
none, or its rewrite fails the sanity checks, a heuristic does it: a question that leans on an earlier turn
(pronouns like "daarover", "dat", "hij", or very few content words) is joined to the
previous standalone question, so retrieval sees both topics.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ketenwijzer.text import content_words, words

_ANAPHORA = frozenset(
    [
        "daarover",
        "daarvan",
        "daarbij",
        "daarin",
        "daarmee",
        "daaraan",
        "daarom",
        "erover",
        "ervan",
        "erbij",
        "erin",
        "ermee",
        "eraan",
        "hierover",
        "hiervan",
        "hierbij",
        "dat",
        "die",
        "deze",
        "dit",
        "hij",
        "zij",
        "ze",
        "haar",
        "hun",
        "that",
        "this",
        "these",
        "those",
        "it",
        "they",
        "them",
        "its",
        "their",
        "he",
        "she",
        "his",
        "her",
        "there",
    ]
)
_CONTINUATION = frozenset(["en", "ook", "maar", "verder", "nog", "and", "also", "what", "about"])


@dataclass
class Turn:
    """One earlier exchange of a conversation."""

    question: str
    standalone: str
    answer: str = ""


def needs_context(question: str) -> bool:
    """True when the question likely refers back to an earlier turn."""
    tokens = words(question)
    if not tokens:
        return False
    if tokens[0] in _CONTINUATION:
        return True
    if any(t in _ANAPHORA for t in tokens) and len(content_words(question)) <= 4:
        return True
    return len(content_words(question)) <= 1


Rewriter = Callable[[str, list[Turn]], str | None]


def standalone_question(question: str, history: list[Turn], rewriter: Rewriter | None = None) -> str:
    """The question rewritten to stand on its own: by ``rewriter`` when given and it succeeds, else heuristically."""
    if history and rewriter is not None:
        rewritten = rewriter(question, history)
        # a rewrite that merely echoes a question that leans on the history is no rewrite
        echoed = rewritten is not None and words(rewritten) == words(question) and needs_context(question)
        if rewritten and not echoed:
            return rewritten
    if not history or not needs_context(question):
        return question
    return f"{question.strip()} ({topic_question(history).strip()})"


def topic_question(history: list[Turn]) -> str:
    """The latest question of the history that stood on its own: the topic follow-ups lean on.

    Anchoring there, not on the previous (already expanded) question, keeps a chain of
    follow-ups from nesting ever deeper.
    """
    for turn in reversed(history):
        if not needs_context(turn.question):
            return turn.question
    return history[0].question
