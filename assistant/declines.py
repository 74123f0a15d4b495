"""What the assistant says when it does not answer from the passages: the fixed decline, the
decline for a named source that is silent on a subject, and the note on words no source uses.

Split from ``assistant/abstention.py`` (twenty-second session): the gate decides, this module words it.
"""

from __future__ import annotations

from collections.abc import Sequence

DECLINE = {
    "nl": "Dat staat niet in de bronnen van Ketenwijzer, dus daar kan ik geen onderbouwd antwoord op geven.",
    "en": "The sources of Ketenwijzer do not cover this, so I cannot give a grounded answer.",
}
SOURCES_LINE = {
    "nl": "Ik antwoord alleen uit deze bronnen: {names}.",
    "en": "I answer only from these sources (in Dutch): {names}.",
}
"""The decline's second sentence: the sources of the index by name (``SourceDirectory.labels``),
never a description written into the code (a user's own corpus is named as it is)."""
MAX_NAMED = 8
"""Sources named in a decline at most; more are counted ("en 3 andere")."""


UNSAID_NOTE = "(Het woord {words} komt in de bronnen niet voor; hieronder staat wat ze zeggen dat het dichtst bij de vraag ligt.)"
UNSAID_NOTE_MANY = "(De woorden {words} komen in de bronnen niet voor; hieronder staat wat ze zeggen dat het dichtst bij de vraag ligt.)"


def unsaid_note(words: list[str]) -> str:
    """The note an answer opens with when the question's nouns are not in the sources."""
    quoted = [f"‘{w}’" for w in words]
    if len(quoted) == 1:
        return UNSAID_NOTE.format(words=quoted[0])
    return UNSAID_NOTE_MANY.format(words=", ".join(quoted[:-1]) + " en " + quoted[-1])


SILENT_SOURCE = {
    "nl": "{name} zegt hier niets over in de bronnen van Ketenwijzer. Vraag het zonder {name} te noemen, "
    "dan antwoord ik uit alle bronnen.",
    "en": "{name} says nothing about this in Ketenwijzer's sources. Ask without naming {name} and I "
    "answer from all sources.",
}
"""The decline when the one source the question names says nothing on a subject the other sources
use ("Wat zegt Morgens over de ketenregisseur?" was told the sources do not cover it; new informal
follow-ups, twentieth session; ``tests/test_abstention.py``)."""


SILENT_GROUP = {
    "nl": "{name} zeggen hier niets over in de bronnen van Ketenwijzer. Vraag het zonder "
    "{lower} te noemen, dan antwoord ik uit alle bronnen.",
    "en": "{name} say nothing about this in Ketenwijzer's sources. Ask without naming {lower} and I "
    "answer from all sources.",
}
"""The same for a group of sources named by their kind ("De artikelen"; ``source_kinds``)."""


ORPHAN = {
    "nl": "Ik weet niet waar je vraag naar verwijst: er is in dit gesprek nog geen eerder antwoord. "
    "Noem erbij waar het om gaat, dan zoek ik het op in de bronnen.",
    "en": "I do not know what your question refers to: there is no earlier answer in this conversation "
    "yet. Say what it is about, and I will look it up in the sources.",
}
"""What the assistant says to a first question that points back and names no subject ("Kun je dat
kort samenvatten?", "Welke komen overeen?"): it summarised or listed whatever came up (new
informal questions, twenty-ninth session; ``tests/test_gate_follow_ups.py``)."""


def orphan_text(language: str) -> str:
    """The question back to a first question that points to an answer there is not (``ORPHAN``)."""
    return ORPHAN.get(language, ORPHAN["nl"])


def silent_source_text(language: str, name: str, group: bool = False) -> str:
    """The decline for a named source (or a ``group`` of them) that says nothing on the subject."""
    if group:
        text = SILENT_GROUP.get(language, SILENT_GROUP["nl"])
        return text.format(name=name, lower=name[:1].lower() + name[1:])
    return SILENT_SOURCE.get(language, SILENT_SOURCE["nl"]).format(name=name)


def decline_text(language: str, sources: Sequence[str] = ()) -> str:
    """The fixed decline sentence in the question's language, then the sources by name (if given)."""
    text = DECLINE.get(language, DECLINE["nl"])
    if not sources:
        return text
    names = list(sources[:MAX_NAMED])
    rest = len(sources) - len(names)
    if rest:
        names.append(f"{rest} andere" if language != "en" else f"{rest} more")
    line = SOURCES_LINE.get(language, SOURCES_LINE["nl"])
    return f"{text} {line.format(names='; '.join(names))}"
