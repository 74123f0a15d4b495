"""A summary of several sources at once: one part per source, each opened by its own message.

"Vat Morgens en Be Informed samen", "Waar gaan de artikelen over?" and "Waar gaan de bronnen over?"
were declined or summarised the first source alone (new informal questions, twenty-ninth session).
``question.analyse`` reads the sources a summary names — every source for "de bronnen", the sources
of a kind's group for "de artikelen" — and compares their views as a whole, one side per source
(``tests/test_summary.py``). Sources are the directory's publisher groups, never a hand-written list.
"""

from __future__ import annotations

import re

from assistant.focus_words import VIEW_WORDS
from assistant.named_source import NamedSource
from assistant.source_kinds import KIND_WORDS
from assistant.sources import SourceDirectory

ALL_SOURCES = re.compile(
    r"\b(?:alle|de|jouw|je|uw|welke)\s+(?:bronnen|documenten|teksten)\b|\ball\s+(?:the\s+)?(?:sources|documents)\b"
    r"|\b(?:the|your)\s+(?:sources|documents)\b",
    re.I,
)
"""The sources as a whole ("Waar gaan de bronnen over?", "Summarise all sources")."""
SUMMARY_WORDS = frozenset(
    ["vat", "samen", "samenvatten", "samenvatting", "kort", "kern", "strekking", "essentie", "hoofdlijnen"]
    + ["bronnen", "bron", "documenten", "teksten", "alle", "summarise", "summarize", "summary", "sources"]
    + ["documents", "gist", "all", "about", "inzicht", "inzichten", "punt", "punten", "advies", "adviezen"]
    + [
        "insight",
        "insights",
        "points",
        "takeaway",
        "takeaways",
        "korte",
        "beknopte",
        "bondige",
        "short",
        "brief",
    ]
    + ["messages", "main", "key", "overzicht", "overview", "welke", "waar", "over", "gaan", "zijn"]
)
"""Words of a summary asked of several sources, not its subject ("Vat alle bronnen samen")."""
OVERVIEW_SOURCES = 8
"""Sources summarised side by side at most, the largest first (``SourceDirectory.labels``)."""


def every_source(directory: SourceDirectory) -> list[NamedSource]:
    """Every source of the directory, the one with the most documents first."""
    found: dict[str, NamedSource] = {}
    for doc_id in directory.source_labels():
        source = directory.source_of(doc_id)
        if source is not None:
            found.setdefault(source.key, source)
    order = {label: i for i, label in enumerate(directory.labels())}
    return sorted(found.values(), key=lambda s: order.get(s.label, len(order)))


def member_sources(directory: SourceDirectory, named: list[NamedSource]) -> list[NamedSource]:
    """The sources that make up the named ones, in order: a kind's group ("de artikelen") is several."""
    found: dict[str, NamedSource] = {}
    for source in named:
        for doc_id in source.doc_ids:
            member = directory.source_of(doc_id)
            if member is not None:
                found.setdefault(member.key, member)
    return list(found.values())


def summarised_sources(text: str, named: list[NamedSource], directory: SourceDirectory) -> list[NamedSource]:
    """The sources a summary question summarises one by one; ``named`` itself when it is one source."""
    if not named and ALL_SOURCES.search(text):
        return every_source(directory)[:OVERVIEW_SOURCES]
    members = member_sources(directory, named)
    return members[:OVERVIEW_SOURCES] if len(members) >= 2 else named


def overview_subject(focus: str) -> str:
    """The subject of a summary of several sources: ``focus`` without the words that ask for a summary, a
    view or the sources ("Vat samen wat de bronnen over vertrouwen zeggen" → 'vertrouwen'; none in "Wat is
    de boodschap van Morgens, GBO en Be Informed?")."""
    kinds = {w for words in KIND_WORDS.values() for w in words}
    return " ".join(
        w for w in focus.split() if w not in SUMMARY_WORDS and w not in VIEW_WORDS and w not in kinds
    )
