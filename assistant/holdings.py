"""Questions about the sources as a whole: when each appeared, who wrote or published each.

"Hoe oud zijn de bronnen?" was declined and "Wanneer zijn de bronnen geschreven?" answered from the one
passage that dates Ketens de baas (new informal questions, thirty-ninth session): the answer is in every
document's metadata. Such a question names the sources as a whole (``overview.ALL_SOURCES``) and every
other word is a word of a question about a source (``bibliography.ALLOWED``); it is answered with one line
per source from its metadata, oldest first for a date, and says where that comes from
(``tests/test_bibliography.py``). Nothing here names a corpus: the sources are the directory's.
"""

from __future__ import annotations

from assistant.bibliography import (
    SourceFacts,
    SourceQuestion,
    common_url,
    date_text,
    facts_asked,
    joined,
)
from assistant.bibliography_words import ALLOWED
from assistant.generators.base import Draft
from assistant.overview import ALL_SOURCES, every_source
from assistant.sources import SourceDirectory
from ketenwijzer.text import words

_THE_SOURCES = frozenset(
    [
        "bronnen",
        "bron",
        "documenten",
        "teksten",
        "alle",
        "jouw",
        "je",
        "uw",
        "jullie",
        "sources",
        "documents",
        "all",
        "your",
    ]
)
"""The words that name the sources as a whole (``ALL_SOURCES``), besides the facts asked."""

EVERY_TEXTS = {
    "nl": {
        "intro": "Volgens de gegevens bij elke bron in het corpus (de metadata, niet een passage):",
        "date": "{value}",
        "no_date": "geen datum",
        "authors": "geschreven door {value}",
        "no_authors": "geen auteur genoemd",
        "publisher": "uitgever: {value}",
        "no_publisher": "geen uitgever genoemd",
        "place": "{value}",
        "no_place": "geen webadres",
    },
    "en": {
        "intro": "According to each source's details in the corpus (its metadata, not a passage):",
        "date": "{value}",
        "no_date": "no date",
        "authors": "written by {value}",
        "no_authors": "no author named",
        "publisher": "publisher: {value}",
        "no_publisher": "no publisher named",
        "place": "{value}",
        "no_place": "no web address",
    },
}
"""The lines of an answer about every source: an introduction saying where the facts come from, then per
source the facts asked."""


def every_source_question(question: str, directory: SourceDirectory | None) -> SourceQuestion | None:
    """The publication facts a question asks of every source ("Hoe oud zijn de bronnen?"), or None."""
    if directory is None or not ALL_SOURCES.search(question) or directory.named_in(question):
        return None
    rest = set(words(question)) - _THE_SOURCES
    if not rest or not rest <= ALLOWED:
        return None
    facts = facts_asked(rest)
    return SourceQuestion(facts, None, every=True) if facts else None


def every_source_draft(asked: SourceQuestion, directory: SourceDirectory, language: str) -> Draft:
    """One line per source with the facts asked, from the metadata; the oldest first when a date is asked."""
    texts = EVERY_TEXTS.get(language, EVERY_TEXTS["nl"])
    facts = [SourceFacts.of(directory, source) for source in every_source(directory)]
    if "date" in asked.facts:
        facts.sort(key=lambda f: f.dates[0] if f.dates else "9999")
    lines = [texts["intro"], ""]
    for source in facts:
        said = [_said(fact, source, texts, language) for fact in asked.facts]
        lines.append(f"- {source.name}: {'; '.join(said)}")
    return Draft(sentences=[], lead_in="\n".join(lines))


def _said(fact: str, source: SourceFacts, texts: dict[str, str], language: str) -> str:
    """The one fact of one source, in a few words."""
    if fact == "date" and source.dates:
        first, last = date_text(source.dates[0], language), date_text(source.dates[-1], language)
        return texts["date"].format(value=first if first == last else f"{first} – {last}")
    if fact == "authors" and source.authors:
        return texts["authors"].format(value=joined(source.authors, language))
    if fact == "publisher" and source.publisher:
        return texts["publisher"].format(value=source.publisher)
    if fact == "place" and source.urls:
        return texts["place"].format(value=common_url(source.urls))
    return texts[f"no_{fact}"]
