"""Follow-up questions: make "En wat zegt de NORA daarover?" standalone from the history.

Without a language model this is a heuristic: a question that leans on an earlier turn
(pronouns like "daarover", "dat", "hij", or very few content words) is joined to the
previous standalone question, so retrieval sees both topics.
"""

from __future__ import annotations

from dataclasses import dataclass

from ketenwijzer.text import content_words, words

_ANAPHORA = frozenset(
    ["daarover", "daarvan", "daarbij", "daarin", "daarmee", "daaraan", "daarom", "erover", "ervan", "erbij", "erin", "ermee", "eraan", "hierover", "hiervan", "hierbij", "dat", "die", "deze", "dit", "hij", "zij", "ze", "zijn", "haar", "hun", "het", "that", "this", "these", "those", "it", "they", "them", "its", "their", "he", "she", "his", "her", "there"]
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


def standalone_question(question: str, history: list[Turn]) -> str:
    """The question rewritten to stand on its own (heuristic)."""
    if not history or not needs_context(question):
        return question
    previous = history[-1].standalone or history[-1].question
    return f"{question.strip()} ({previous.strip()})"
