"""The abstention gate: answer only when the retrieved evidence is strong enough.

Evidence mixes two signals: the idf-weighted share of the question's content stems that
occur in the top passages (a question about "de hoofdstad van Australië" finds neither word
in the corpus) and the cosine similarity of the best dense hit (which catches questions that
share words with the corpus but not its subject, like "het weer morgen in Utrecht"). The
weight and threshold are calibrated on answerable vs out-of-scope questions (see README);
the dense part depends on the embedder, so a new default embedder needs a new calibration.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.lexical import LexicalIndex
from ketenwijzer.models import Passage
from ketenwijzer.text import stems

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

    def score(self, coverage_weight: float) -> float:
        """The combined evidence score."""
        return coverage_weight * self.coverage + (1.0 - coverage_weight) * self.dense_top

    def sufficient(self, threshold: float, coverage_weight: float) -> bool:
        """True when the question should be answered."""
        return self.score(coverage_weight) >= threshold


def measure(
    query: str, passages: list[Passage], lexical: LexicalIndex, dense_top: float, top: int = 3
) -> Evidence:
    """Idf-weighted share of the query's distinct stems found together in one top passage.

    Per passage, not over the union: "het weer morgen in Utrecht" finds 'morgen' in one
    article (Morgens) and 'Utrecht' in another, but no passage that is about both.
    """
    terms = set(stems(query))
    if not terms or not passages:
        return Evidence(0.0, dense_top)
    weights = {t: lexical.idf(t) for t in terms}
    total = sum(weights.values()) or 1.0
    best = 0.0
    for passage in passages[:top]:
        found = set(stems(f"{passage.title} {passage.section} {passage.text}"))
        best = max(best, sum(w for t, w in weights.items() if t in found) / total)
    return Evidence(best, dense_top)


def decline_text(language: str) -> str:
    """The fixed decline sentence in the question's language."""
    return DECLINE.get(language, DECLINE["nl"])
