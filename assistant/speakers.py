"""Which sources a follow-up asks about when it names none: the one the previous turn asked, or every
source named since the topic was set ("Zijn ze het met elkaar eens?").

Split from ``conversation.py`` (thirty-ninth session) when it passed 400 lines; ``conversation.resolve``
brackets the sources found here as "(topic; volgens Groothedde)".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.brackets import carried
from assistant.leaning import OTHER_SOURCES, needs_context
from ketenwijzer.text import content_words, words

if TYPE_CHECKING:
    from assistant.conversation import Turn

_PLURAL = frozenset(["ze", "zij", "hun", "beide", "beiden", "elkaar", "they", "them", "both", "each"])
"""'Zijn ze het met elkaar eens?': the follow-up refers to more than one earlier speaker."""


_ASKS_VIEW = re.compile(
    r"\b(?:zegt|zeggen|zei|vindt|vinden|ziet|zien|noemt|noemen|schrijft|schrijven|volgens|says?|said|"
    r"thinks?|according)\b",
    re.I,
)
"""A question that asks what a source says (``carried_speakers``)."""
_PRONOUN_SAYS = re.compile(
    r"\b(?:zegt|zei|noemt|noemde|vindt|vond|schrijft|schreef|ziet|beschrijft|onderscheidt|bedoelt)\s+"
    r"(?:die|ze|zij|hij|deze)\b(?=\s+(?:over|van|daar\w*|hier\w*|dan|eigenlijk|nou|er\w*|het|ook|zelf|nog)\b|\s*[?.,!]|\s*$)"
    r"|\b(?:does|did)\s+(?:it|she|he)\s+(?:say|mention|think|name|mean)\b",
    re.I,
)
"""A saying verb with a pronoun as its subject ("En wat zegt die over ketens?", "Welke soorten noemt ze?")."""


def carried_speakers(
    question: str,
    history: list[Turn],
    speakers: Callable[[str], list[str]],
    named: Callable[[str], list[str]] | None = None,
) -> list[str]:
    """The sources a follow-up that names none still asks about.

    "Heb je daar een voorbeeld van?" after "En hoe ziet het NORA-dossier dat?" asks the
    dossier again; "Zijn ze het met elkaar eens?" asks every source named since the topic was
    set. A follow-up that names its own source carries none (conversations set); one that only
    names another ("en Froger?") after a turn that asked a source's view asks that one instead.
    """
    if speakers(question) or OTHER_SOURCES.search(question):
        return []
    own = named(question) if named is not None else []
    if own:
        # "En de GEMMA?" after "Wat zegt het dossier over ICT?" asks the GEMMA's view, even when
        # the previous turn's source was no name the index knows ("het dossier"; ninth session);
        # after "Wat is vertrouwen?" a name is the follow-up's topic
        bare = not set(content_words(question)) - {w for name in own for w in words(name)}
        asked_view = bare and bool(_ASKS_VIEW.search(history[-1].question))
        return own if speakers(history[-1].standalone) or asked_view else []
    if named is not None and _PRONOUN_SAYS.search(question):
        # a pronoun that speaks is the one source the previous turn named, as topic too ("Wat is de GEMMA?" → "En wat
        # zegt die over ketens?" → "Welke drie soorten noemt ze?" listed the dossier's three stages; forty-fifth
        # session, ``tests/test_gate_follow_ups.py``)
        before = speakers(_without_claim(history[-1].standalone)) or named(history[-1].standalone)
        if len(before) == 1:
            return before
    if not _PLURAL & set(words(question)):
        return speakers(_without_claim(history[-1].standalone))
    # since the last question asked on its own: a rewrite that swapped the source ("En wat vond
    # Groothedde?" → "Wat is volgens Groothedde …") keeps the topic, and its speakers count too
    start = max((i for i, t in enumerate(history) if not needs_context(t.question)), default=0)
    names: list[str] = []
    for turn in history[start:]:
        for name in speakers(turn.standalone):
            if name.lower() not in {n.lower() for n in names}:
                names.append(name)
    return names


def _without_claim(standalone: str) -> str:
    """``standalone`` without the previous answer's claim it carries: a source the answer named ("Ketens
    de baas onderscheidt vier besturingsdimensies …") is no source the reader asked to hear ("en welke
    wordt vaak vergeten?" was asked of the dossier alone; twenty-sixth session)."""
    brackets = carried(standalone)
    if brackets is None or not brackets.claimed:
        return standalone
    return standalone.replace(brackets.claimed, " ")
