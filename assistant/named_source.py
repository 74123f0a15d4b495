"""A source a question names: which documents, by which words, and whether it speaks.

``sources.SourceDirectory`` finds them in a question; the plans and the follow-up resolution read them. Split from
``sources.py`` (forty-seventh session) when that passed 400 lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.source_cues import SAYING


@dataclass
class NamedSource:
    """A source the question names, with the words that named it."""

    key: str
    label: str
    doc_ids: list[str]
    matched_words: list[str] = field(default_factory=list)
    speaks: bool = False
    """Named as the speaker ("volgens X", "wat zegt X", "X noemt"): answers come from it alone.
    A source that is only the topic ("Door wie is X opgesteld?") is not a filter."""
    written: str = ""
    """The name as the question wrote it ("NORA-dossier", "Groothedde"), to carry it into a follow-up."""
    publication: bool = False
    """Named by its metadata (publisher, title, author), not by a name its text uses: the name
    says which publication, not which passage (``search_text.lexical_query`` leaves it out)."""
    group: bool = False
    """Every document of one metadata kind ("de artikelen", ``source_kinds``): named in the plural."""


def without_written(text: str, sources: Iterable[NamedSource], saying: bool = True) -> str:
    """``text`` without each source's name as the question wrote it (``NamedSource.written``): the
    name leaves, not every word of it ('baas' in "wie de baas is" beside 'Ketens de baas'). So does a saying verb
    right before the name of a source that speaks ('gebruikt' of "Welk voorbeeld gebruikt het dossier voor
    vertrouwen?", which led with "Ketens de baas gebruikt de ketenoverlegstructuur …"; forty-seventh session); not with
    ``saying`` False, where the verb is what is asked ("Who wrote Ketens de baas?", ``bibliography.source_question``)."""
    for source in sources:
        if source.written:
            name = rf"(?<!\w){re.escape(source.written)}(?!\w)"
            if saying and source.speaks:
                text = re.sub(
                    rf"\b(?:{SAYING_VERBS})\s+(?=(?:het\s+|de\s+|the\s+)?{name})", " ", text, flags=re.I
                )
            text = re.sub(name, " ", text, flags=re.I)
    return text


SAYING_VERBS = "|".join(sorted(SAYING, key=len, reverse=True))


def as_carried(text: str, source: NamedSource) -> str:
    """How a follow-up carries a source ``text`` names: as written, with the article before a word the
    source's text calls itself ("het dossier"). Without it, "welke van de twee is praktischer?" after
    Morgens and the dossier read "welke van Morgens en dossier …", and 'dossier' named no source
    (thirtieth session; ``tests/test_comparison_rules.py``)."""
    written = source.written
    if not written or written[:1].isupper():
        return written
    found = re.search(rf"\b(?:het|de|the)\s+{re.escape(written)}\b", text, re.I)
    return found.group(0) if found else written
