"""The abstention gate: answer only when the retrieved evidence is strong enough.

Evidence mixes two signals: the idf-weighted share of the question's content stems that
occur in the top passages (a question about "de hoofdstad van Australië" finds neither word
in the corpus) and the cosine similarity of the best dense hit (which catches questions that
share words with the corpus but not its subject, like "het weer morgen in Utrecht"). The
weight and threshold are calibrated on answerable vs out-of-scope questions (see README);
the dense part depends on the embedder, so a new default embedder needs a new calibration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant import injection
from assistant.neardomain import NEAR_DOMAIN_RULES
from ingest.lexical import LexicalIndex
from ketenwijzer.models import Passage
from ketenwijzer.text import sentences, stems

DECLINE = {
    "nl": (
        "Dat staat niet in de bronnen van Ketenwijzer, dus daar kan ik geen onderbouwd antwoord op geven. "
        "De bronnen gaan over ketensamenwerking en ketensturing in de publieke sector: het NORA-dossier "
        "'Ketens de baas' en artikelen over samenwerken in ketens."
    ),
    "en": (
        "The sources of Ketenwijzer do not cover this, so I cannot give a grounded answer. "
        "They are about chain cooperation and chain governance in the Dutch public sector: the NORA "
        "dossier 'Ketens de baas' and articles on working together in chains."
    ),
}


@dataclass
class Evidence:
    """How well the top passages cover the question."""

    coverage: float
    dense_top: float
    blockers: list[str] = field(default_factory=list)
    """Why the question asks for something the corpus does not hold (see ``assistant/neardomain.py``)."""
    passage_top: float = 0.0
    """The reader's best similarity of the question to one of the top passages."""
    sentence_top: float = 0.0
    """The reader's best similarity of the question to one sentence of the top passages."""
    unheard: bool = False
    """None of the focus words occurs anywhere in the corpus (see ``measure``)."""

    def score(self, coverage_weight: float, reader_weight: float = 0.0) -> float:
        """The combined evidence score: coverage, the reader's similarity, the best dense hit."""
        reader = (self.passage_top + self.sentence_top) / 2
        dense = 1.0 - coverage_weight - reader_weight
        return coverage_weight * self.coverage + reader_weight * reader + dense * self.dense_top

    def sufficient(self, threshold: float, coverage_weight: float, reader_weight: float = 0.0) -> bool:
        """True when the question should be answered: enough evidence and nothing missing."""
        if self.blockers or self.unheard:
            return False
        return self.score(coverage_weight, reader_weight) >= threshold


_SPECIFIC = re.compile(r"(?<=\w[\s,;:(])([A-Z][\w.-]+|\w*\d\w*)|\b(\w+wet(?:ten)?|wet\s+\w+)\b")
"""Names (capitalised mid-sentence), figures, and laws: the specifics a question can hinge on."""


def unknown_specifics(question: str, lexical: LexicalIndex) -> list[str]:
    """Names, figures and laws in the question that occur nowhere in the corpus.

    "Hoe is de strafrechtketen in Rotterdam georganiseerd?" hinges on Rotterdam; a corpus that
    never mentions it cannot answer, however well 'strafrechtketen' matches.
    """
    unknown = []
    for match in _SPECIFIC.finditer(question):
        word = match.group(0)
        terms = stems(word)
        if terms and not known(terms[0], lexical) and not _of_known_name(question, match.end(), lexical):
            unknown.append(word)
    return unknown


_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w.-]+)")


def _of_known_name(question: str, end: int, lexical: LexicalIndex) -> bool:
    """True for the English head of a name 'X of <known name>': 'University of Twente'.

    The head is an English common noun (University, Ministry, Board) that a Dutch corpus
    spells in Dutch; the name it belongs to is judged by what follows it (the false decline of
    english e13 on the tuning split).
    """
    tail = _OF_NAME.match(question, end)
    terms = stems(tail.group(1)) if tail else []
    return bool(terms) and known(terms[0], lexical)


def known(term: str, lexical: LexicalIndex) -> bool:
    """The stem, or a stem it begins (a plural or an English cognate: 'kpis', 'university'), is indexed."""
    if term in lexical.postings:
        return True
    prefix = term[: max(5, len(term) - 2)]
    return len(term) > 4 and any(t.startswith(prefix) for t in lexical.postings if t[:2] == prefix[:2])


def blockers(
    question: str, passages: list[Passage], lexical: LexicalIndex, language: str = "nl", top: int = 3
) -> list[str]:
    """Reasons the question cannot be answered from these passages, however similar they are."""
    found = [f"'{w}' komt in geen enkele bron voor" for w in unknown_specifics(question, lexical)]
    parts = sentences(question) or [question]
    reasons = [injection.flag(part) for part in parts]
    if all(reasons):
        # only an instruction to the assistant; one inside a real question is data (the rest is answered)
        found.append(f"de vraag is {reasons[0]}")
    if language != "nl":
        return found  # the fact-kind rules read Dutch passages with Dutch question words
    text = " ".join(p.text for p in passages[:top])
    for rule in NEAR_DOMAIN_RULES:
        reason = rule(question, text)
        if reason:
            found.append(reason)
    return found


def measure(
    query: str, passages: list[Passage], lexical: LexicalIndex, dense_top: float, top: int = 3
) -> Evidence:
    """Idf-weighted share of the query's distinct stems found together in one top passage.

    Per passage, not over the union: "het weer morgen in Utrecht" finds 'morgen' in one
    article (Morgens) and 'Utrecht' in another, but no passage that is about both.

    When not one focus stem occurs anywhere in the corpus ("vanavond eten", "de voorzitter"
    of a body the corpus never names), the evidence is ``unheard``: however close the best
    passage is in embedding space, nothing asked about is in the sources. On the tuning split
    this declines six out-of-scope questions by itself; the one answerable question it
    flags (english e21, 'KPIs', a word the corpus never uses) the name rule declines already.
    """
    terms = set(stems(query))
    if not terms or not passages:
        return Evidence(0.0, dense_top)
    unheard = not any(known(t, lexical) for t in terms)
    weights = {t: lexical.idf(t) for t in terms}
    total = sum(weights.values()) or 1.0
    best = 0.0
    for passage in passages[:top]:
        found = set(stems(f"{passage.title} {passage.section} {passage.text}"))
        best = max(best, sum(w for t, w in weights.items() if t in found) / total)
    return Evidence(best, dense_top, unheard=unheard)


def decline_text(language: str) -> str:
    """The fixed decline sentence in the question's language."""
    return DECLINE.get(language, DECLINE["nl"])
