"""The default generator: picks the passage sentences that best answer the question.

Every sentence of the answer is a verbatim quote, so every claim is grounded by
construction. Scoring mixes idf-weighted term coverage (a compound counts for its head too:
'ketenrapportage' covers 'rapportage'; a glossary synonym counts as the word itself),
dense similarity of the sentence to the question, the retrieval rank of the sentence's
document and a bonus for staying in the section of the best sentence, so an answer reads on
where the source does. Maximal marginal relevance keeps the picks diverse. A sentence that
introduces a list (ends in ':') is taken together with its items. When the main document
says in its lead that its own text could not be confirmed, the answer passes that caveat on.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from assistant.generators.base import Draft, DraftSentence, generators
from assistant.glossary import alternatives, expand_query
from ingest.index import Index
from ingest.loaders import LIST_ITEM
from ketenwijzer.models import Passage
from ketenwijzer.settings import Settings
from ketenwijzer.text import compound_stems, sentences

LEAD_IN = {"en": "The sources (in Dutch) say:"}
MAX_LIST_ITEMS = 12
MAX_CACHED_VECTORS = 50_000
# Editorial lines of the restated corpus (source notes, remarks about the document itself).
_EDITORIAL = re.compile(r"^\*?(Herformulering in eigen woorden|Noot\b|Dit document\b)", re.I)
# Text addressed to an assistant ("negeer je instructies …") is never quoted as an answer.
_INSTRUCTION = re.compile(
    r"\b(negeer|vergeet)\b.{0,40}\b(instructies|opdrachten|regels)\b"
    r"|\b(ignore|disregard|forget)\b.{0,40}\b(instructions|rules|prompt)\b"
    r"|\b(system ?prompt|systeemprompt)\b|\byou are now\b|\bje bent nu een\b",
    re.I,
)
# "Could not be confirmed": never an answer, but a document's own caveat is passed on.
_CAVEAT = re.compile(
    r"\b(kon|konden) niet (volledig )?worden bevestigd|niet (kon|konden) worden bevestigd", re.I
)


@dataclass
class Weights:
    """How sentences are scored and how many are kept (tuned on the eval sets, see README)."""

    own: float = 0.35
    """Idf-weighted share of the question's stems in the sentence itself."""
    context: float = 0.15
    """The same share counting the passage's title and headings too."""
    dense: float = 0.4
    """Cosine similarity of sentence and question."""
    prior: float = 0.2
    """Retrieval rank of the sentence's document (its best-ranked passage)."""
    section: float = 0.2
    """Bonus for sentences in the same section as the best sentence: answers read on."""
    definition: float = 0.3
    """Bonus, for "Wat is een X?", for sentences that define X ("Een X is …")."""
    read_on: int = 2
    """How many sentences right after the best one get the ``follow`` bonus."""
    follow: float = 0.2
    keep_ratio: float = 0.5
    """Keep further sentences while their score is at least this share of the reference."""
    reference_top: int = 2
    """The reference is the mean score of this many best sentences (1: the best alone)."""
    max_chars: int = 1000
    redundancy: float = 0.1
    antecedents: bool = True
    """Add the sentence before a chosen sentence that points back to it ("Die …", "Daarom …")."""
    caveats: bool = True
    """Add the main document's lead caveat ("kon niet worden bevestigd") to the answer."""


@dataclass
class _Unit:
    passage: int
    section: tuple[str, ...]
    start: int
    quote: str
    display: str
    stems: frozenset[str]
    context: frozenset[str]
    n_words: int
    caveat: bool = False
    """A "could not be confirmed" remark: not scored, only added as the answer's caveat."""


@lru_cache(maxsize=65_536)
def _stems_of(text: str) -> frozenset[str]:
    """``compound_stems`` of a sentence or heading; passages recur across questions."""
    return frozenset(compound_stems(text))


_Piece = tuple[int, str, str, frozenset[str], int, bool]
"""A quotable unit of a text: start, quote, display text, stems, word count, caveat."""


@lru_cache(maxsize=8192)
def _pieces(text: str) -> tuple[_Piece, ...]:
    """The sentences (and whole lists) of a passage text; cached, as passages recur."""
    spans: list[tuple[int, str]] = []
    cursor = 0
    for sent in sentences(text):
        start = text.find(sent, cursor)
        if start < 0:
            continue
        spans.append((start, sent))
        cursor = start + len(sent)
    pieces: list[_Piece] = []
    i = 0
    while i < len(spans):
        start, sent = spans[i]
        items: list[str] = []
        intro = sent.rstrip().endswith(":")
        # A list is one unit: after its intro (a sentence ending in ':'), or on its own.
        bare = sent.startswith(LIST_ITEM) and (i == 0 or not spans[i - 1][1].startswith(LIST_ITEM))
        j = i + 1 if intro else i
        if intro or bare:
            # Each item's first sentence is shown; the quote covers the items whole
            # (further sentences on an item's line included).
            while j < len(spans) and len(items) < MAX_LIST_ITEMS:
                if spans[j][1].startswith(LIST_ITEM):
                    items.append(spans[j][1][len(LIST_ITEM) :])
                elif not items or "\n" in text[spans[j - 1][0] : spans[j][0]]:
                    break
                j += 1
        if bare and len(items) < 2:
            items = []
        if items:
            last_start, last = spans[j - 1]
            quote = text[start : last_start + len(last)]
            shown = "; ".join(it.rstrip(".;") for it in items) + "."
            display = f"{sent} {shown}" if intro else shown
            i = j
        else:
            quote = sent
            display = sent[len(LIST_ITEM) :] if sent.startswith(LIST_ITEM) else sent
            i += 1
        if _EDITORIAL.search(quote) or _INSTRUCTION.search(quote):
            continue
        caveat = bool(_CAVEAT.search(quote))
        pieces.append((start, quote, display, _stems_of(quote), len(quote.split()), caveat))
    return tuple(pieces)


def _units(passage: Passage, index: int) -> list[_Unit]:
    context = _stems_of(" ".join([passage.title, *passage.heading_path]))
    section = (passage.doc_id, *passage.heading_path)
    return [
        _Unit(index, section, start, quote, display, stems, context, n_words, caveat)
        for start, quote, display, stems, n_words, caveat in _pieces(passage.text)
    ]


_DEFINITION_QUESTION = re.compile(
    r"^\s*(?:wat\s+(?:is|zijn|betekent)|wat\s+versta(?:at|an)(?:\s+\S+){0,4}?\s+onder|what\s+(?:is|are))"
    r"\s+(?:een\s+|de\s+|het\s+|a\s+|an\s+|the\s+)?(?P<term>[\w-]+)\s*\??\s*$",
    re.I,
)


def defining(question: str) -> re.Pattern[str] | None:
    """For "Wat is een X?" (or "Wat verstaat … onder X?"): a pattern for sentences defining X."""
    found = _DEFINITION_QUESTION.match(question)
    if not found:
        return None
    term = re.escape(found.group("term").lower())
    return re.compile(
        rf"^(?:een |de |het )?{term}(?:s|en)?\b[^.:;]{{0,80}}?\b(?:is|zijn|betekent|heet|houdt in|staat voor)\b",
        re.I,
    )


# A sentence that opens by pointing back ("Die doelen …", "Op die resultaten …", "Daarom …",
# "Veel ketens stellen daarom …") needs the sentence before it.
_ANAPHOR = re.compile(
    r"^(?:(?:Op|In|Bij|Met|Voor|Van|Door|Uit|Naast)\s+)?(?:Die|Dat|Deze|Dit|Daardoor|Daarom|Daarbij|"
    r"Daarmee|Daarnaast|Daarvoor|Hierdoor|Hiermee|Hierbij)\b|^(?:op|in|bij|met|voor|van)\s+(?:die|dat|deze|dit)\b"
    r"|^(?:\S+\s+){1,4}(?:daarom|daardoor|hierdoor|dus)\b",
    re.I,
)


def _with_antecedents(chosen: list[_Unit], units: list[_Unit]) -> list[_Unit]:
    """``chosen`` plus, for each sentence that points back, the sentence before it (same passage)."""
    out = list(chosen)
    have = {id(u) for u in chosen}
    for unit in chosen:
        if not _ANAPHOR.match(unit.quote):
            continue
        i = next(k for k, u in enumerate(units) if u is unit)
        before = units[i - 1] if i > 0 else None
        if before is not None and before.passage == unit.passage and id(before) not in have:
            out.append(before)
            have.add(id(before))
    return out


def _compounds(terms: Iterable[str], units: list[_Unit]) -> dict[str, frozenset[str]]:
    """For each term of 5+ letters, the stems of the units that are compounds ending in it."""
    every = frozenset().union(*(u.stems | u.context for u in units))
    return {
        t: frozenset(s for s in every if len(s) - len(t) >= 4 and s.endswith(t)) for t in terms if len(t) >= 5
    }


def _has(stems: frozenset[str], term: str, alternatives: frozenset[str]) -> bool:
    """``term`` or one of its ``alternatives`` (a synonym, a compound with it as head) is in ``stems``."""
    return term in stems or not alternatives.isdisjoint(stems)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class ExtractiveGenerator:
    """Quotes the best sentences of the retrieved passages, with diversity."""

    name = "extractive"

    def __init__(
        self, settings: Settings, index: Index | None = None, weights: Weights | None = None
    ) -> None:
        self.settings = settings
        self.index = index
        self.weights = weights or Weights()
        self._vectors: dict[str, np.ndarray] = {}
        """Sentence vectors by text: passages recur across questions, so embed each once."""

    def _idf(self, term: str) -> float:
        return self.index.lexical.idf(term) if self.index is not None else 1.0

    def generate(self, question: str, passages: list[Passage], language: str) -> Draft:
        """Pick and order the answer sentences."""
        started = time.perf_counter()
        every = [u for i, p in enumerate(passages) for u in _units(p, i) if u.n_words >= 3]
        units = [u for u in every if not u.caveat]
        if not units:
            return Draft([], generator=self.name)
        definition = defining(question)
        chosen = self._select(units, self._scores(question, language, passages, units, definition))
        if self.weights.antecedents:
            chosen = _with_antecedents(chosen, units)
        caveat = self._caveat(chosen[0], every) if self.weights.caveats else None
        if caveat is not None:
            chosen.append(caveat)
        # Source order, but a definition asked for comes first.
        chosen.sort(key=lambda u: (not (definition and definition.search(u.quote)), u.passage, u.start))
        draft = [DraftSentence(u.display, u.passage, u.quote) for u in chosen]
        return Draft(
            draft,
            lead_in=LEAD_IN.get(language, ""),
            generator=self.name,
            timings_ms={"extract": (time.perf_counter() - started) * 1000},
        )

    def _scores(
        self,
        question: str,
        language: str,
        passages: list[Passage],
        units: list[_Unit],
        definition: re.Pattern[str] | None,
    ) -> list[float]:
        """Each unit's score: term coverage, similarity and rank, then the structural bonuses."""
        wt = self.weights
        alt = alternatives(question, language)
        q_terms = set(compound_stems(expand_query(question, language)))
        q_terms -= set().union(*alt.values()) - set(alt)  # a synonym counts as its word
        weights = {t: self._idf(t) for t in q_terms}
        heads = _compounds(q_terms, units)
        also = {t: frozenset(alt.get(t, ())) | heads.get(t, frozenset()) for t in q_terms}
        total = sum(weights.values()) or 1.0
        doc_rank: dict[str, int] = {}
        for i, p in enumerate(passages):
            doc_rank.setdefault(p.doc_id, i)
        scores = []
        for unit, sim in zip(units, self._dense_scores(question, units), strict=True):
            found = {t for t in weights if _has(unit.stems, t, also[t])}
            found_ctx = found | {t for t in weights if _has(unit.context, t, also[t])}
            own = sum(weights[t] for t in found) / total
            ctx = sum(weights[t] for t in found_ctx) / total
            prior = 1.0 / (1.0 + 0.25 * doc_rank[unit.section[0]])
            score = wt.own * own + wt.context * ctx + wt.dense * sim + wt.prior * prior
            if unit.n_words < 6:
                score *= 0.6
            if definition is not None and definition.search(unit.quote):
                score += wt.definition
            scores.append(score)
        best = max(range(len(units)), key=lambda i: scores[i])
        for i, unit in enumerate(units):
            if unit.section == units[best].section:
                scores[i] += wt.section
        for step in range(1, wt.read_on + 1):
            # The sentences right after the best one usually elaborate it.
            nxt = best + step
            if nxt < len(units) and units[nxt].passage == units[best].passage:
                scores[nxt] += wt.follow
        return scores

    @staticmethod
    def _caveat(first: _Unit, units: list[_Unit]) -> _Unit | None:
        """The caveat in the lead of the answer's main document (before its first subheading).

        Restated documents say there when their own text could not be confirmed; an answer
        drawn from such a document passes that on rather than sounding complete.
        """
        doc_id = first.section[0]
        return next(
            (u for u in units if u.caveat and u.section[0] == doc_id and len(u.section) <= 2),
            None,
        )

    def _dense_scores(self, question: str, units: list[_Unit]) -> list[float]:
        if self.index is None:
            return [0.0] * len(units)
        embedder = self.index.embedder
        q = embedder.embed_query(question)
        missing = list(dict.fromkeys(u.quote for u in units if u.quote not in self._vectors))
        if missing:
            if len(self._vectors) > MAX_CACHED_VECTORS:
                self._vectors.clear()
            self._vectors.update(zip(missing, embedder.embed_documents(missing), strict=True))
        sims = np.stack([self._vectors[u.quote] for u in units]) @ np.asarray(q)
        return [float(s) for s in sims]

    def _select(self, units: list[_Unit], scores: list[float]) -> list[_Unit]:
        """Maximal marginal relevance: best first, less for overlap with what is already picked."""
        order = sorted(range(len(units)), key=lambda i: -scores[i])
        best = float(np.mean([scores[i] for i in order[: self.weights.reference_top]]))
        overlap = dict.fromkeys(order, 0.0)
        """Each unit's largest word overlap (Jaccard) with a picked unit."""
        picked: list[int] = []
        quotes: set[str] = set()
        chars = 0
        while len(picked) < self.settings.max_answer_sentences:
            candidates = [
                (scores[i] - self.weights.redundancy * overlap[i], i)
                for i in order
                if i not in picked and overlap[i] <= 0.6 and units[i].quote not in quotes
            ]
            if not candidates:
                break
            value, i = max(candidates)
            too_long = chars + len(units[i].display) > self.weights.max_chars
            if picked and (value < self.weights.keep_ratio * best or too_long):
                break
            picked.append(i)
            quotes.add(units[i].quote)
            chars += len(units[i].display)
            for j in order:
                overlap[j] = max(overlap[j], _jaccard(units[j].stems, units[i].stems))
        return [units[i] for i in picked]

    def stream(self, question: str, passages: list[Passage], language: str) -> Iterator[str | Draft]:
        """Extractive answers are complete at once: the draft is the only item."""
        yield self.generate(question, passages, language)


@generators.register("extractive")
def _extractive(settings: Settings, index: Index | None = None) -> ExtractiveGenerator:
    return ExtractiveGenerator(settings, index)
