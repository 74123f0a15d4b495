"""Content gaps: declined and thumbs-down questions of the last days, grouped by topic.

Every declined question (from the question log) and every thumbs-down (from the feedback) is
a signal that the corpus misses something. The questions are embedded with the configured
embedder and grouped by average-linkage agglomerative clustering: the two most similar groups
merge while their mean similarity is at least ``settings.gaps_similarity``. Embedders differ in
scale (unrelated questions score about 0.2 with one and 0.85 with another), so similarities are
first rescaled against the embedder's background: the mean similarity of a few fixed, mutually
unrelated everyday questions becomes 0, identical questions stay 1. Each group gets a label
from its most frequent content words, a count and a few examples.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache

import numpy as np

from api.beheer_questions import question_log
from api.service import Service
from ingest.embedders import get_embedder
from ketenwijzer.text import content_words

MAX_QUESTIONS = 500
"""At most this many (most recent) questions are grouped."""
EXAMPLES = 5
PROBES = (
    "Hoe laat vertrekt de laatste trein naar Utrecht?",
    "Welk recept past bij een stamppot met boerenkool?",
    "Wie won het wereldkampioenschap voetbal in 2010?",
    "Hoe vaak moet ik mijn cactus water geven?",
    "Wat is de hoofdstad van Canada?",
    "Hoe verwijder ik een wijnvlek uit een tapijt?",
    "Welke planeet staat het verst van de zon?",
    "Hoe stem ik een gitaar?",
)
"""Everyday questions on unrelated subjects: their mutual similarity is an embedder's background."""


@dataclass
class Signal:
    """One question that suggests a gap, and where it came from."""

    question: str
    source: str
    """'geweigerd' (declined) or 'duim omlaag' (thumbs down)."""


@dataclass
class Gap:
    """A group of questions on one topic."""

    label: str
    count: int
    declined: int
    thumbs_down: int
    examples: list[str] = field(default_factory=list)


def signals(service: Service, days: int) -> list[Signal]:
    """Declined questions (when the log is on) and thumbs-down questions of the last ``days`` days."""
    out: list[Signal] = []
    if service.settings.question_log:
        out += [
            Signal(q.question, "geweigerd") for q in question_log(service).since(days, declined_only=True)
        ]
    cutoff = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="microseconds")
    for row in service.sessions.feedback_rows():
        if row["rating"] == "down" and str(row["created_at"]) >= cutoff:
            out.append(Signal(str(row["question"]), "duim omlaag"))
    return out[-MAX_QUESTIONS:]


def _unit(vectors: object) -> np.ndarray:
    out = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return (out / np.where(norms == 0, 1, norms)).astype(np.float32)


@lru_cache(maxsize=8)
def background(embedder_name: str) -> float:
    """The mean cosine similarity of unrelated questions under this embedder."""
    vectors = _unit(get_embedder(embedder_name).embed_documents(list(PROBES)))
    sim = vectors @ vectors.T
    return float(sim[~np.eye(len(PROBES), dtype=bool)].mean())


def cluster(vectors: np.ndarray, threshold: float, base: float = 0.0) -> list[list[int]]:
    """Average-linkage clusters of unit ``vectors``; merge while the rescaled similarity >= ``threshold``.

    The rescaled similarity is ``(cosine - base) / (1 - base)``; ``base`` is the embedder's background.
    """
    n = len(vectors)
    if n == 0:
        return []
    sim = (vectors @ vectors.T - base) / (1.0 - base)
    np.fill_diagonal(sim, -np.inf)
    members: list[list[int] | None] = [[i] for i in range(n)]
    while True:
        i, j = divmod(int(np.argmax(sim)), n)
        if sim[i, j] < threshold:
            break
        mi, mj = members[i], members[j]
        assert mi is not None and mj is not None
        a, b = len(mi), len(mj)
        merged = (a * sim[i] + b * sim[j]) / (a + b)  # Lance-Williams update for average linkage
        sim[i], sim[:, i] = merged, merged
        sim[i, i] = -np.inf
        sim[j], sim[:, j] = -np.inf, -np.inf
        members[i], members[j] = mi + mj, None
    groups = [m for m in members if m]
    return sorted(groups, key=lambda m: (-len(m), m[0]))


def _label(questions: list[str]) -> str:
    counts = Counter(w for q in questions for w in dict.fromkeys(content_words(q)))
    top = [w for w, c in counts.most_common(3) if c > 1 or len(questions) == 1]
    return ", ".join(top or [w for w, _ in counts.most_common(2)]) or "overig"


def content_gaps(service: Service, days: int) -> list[Gap]:
    """The gap groups of the last ``days`` days, largest first."""
    found = signals(service, days)
    if not found:
        return []
    name = service.settings.embedder
    vectors = _unit(get_embedder(name).embed_documents([s.question for s in found]))
    gaps = []
    for group in cluster(vectors, service.settings.gaps_similarity, background(name)):
        items = [found[i] for i in group]
        questions = list(dict.fromkeys(s.question for s in reversed(items)))  # newest first, distinct
        gaps.append(
            Gap(
                label=_label(questions),
                count=len(items),
                declined=sum(s.source == "geweigerd" for s in items),
                thumbs_down=sum(s.source == "duim omlaag" for s in items),
                examples=questions[:EXAMPLES],
            )
        )
    return gaps
