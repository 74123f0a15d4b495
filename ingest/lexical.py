"""BM25 over Dutch Snowball stems, built from the catalog and cached per generation.

Postings are numpy arrays per stem, so a query touches only the rows of its own terms:
fast enough for 100k chunks without a search engine. A posting's BM25 weight does not depend
on the query, so it is computed once when the index is built (or loaded) and a search only adds.
"""

from __future__ import annotations

import math
import os
import pickle
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ingest.catalog import CatalogBase
from ketenwijzer.compounds import compound_modifiers
from ketenwijzer.text import ANALYSER_VERSION, stems

K1 = 1.2
B = 0.75
_FORMAT = (3, ANALYSER_VERSION)
"""The cache file's format: a cache made by another analyser version is built again."""
ANALYSER_KEY = "analyser"
"""Catalog meta key: the ``ANALYSER_VERSION`` the stored tokens were made with (set by ingest)."""
BROAD_IDF = math.log(4) + 0.01
"""The BM25 idf of a word in about a quarter of all passages or more ('samenwerking' and
'ketensamenwerking' in a corpus on chain cooperation): a question whose every subject word is that
common asks about the domain as a whole (``LexicalIndex.broad``, read by
``generators.composition.PlanContext.broad`` and ``assistant/searched.py``)."""


@dataclass
class LexicalIndex:
    """A BM25 index: chunk ids, their lengths and per-stem postings."""

    generation: int
    chunk_ids: list[str]
    lengths: np.ndarray
    postings: dict[str, tuple[np.ndarray, np.ndarray]]
    weights: dict[str, np.ndarray] | None = None
    """Per-posting BM25 weights (idf × saturated tf), filled by ``build`` and ``load``."""
    avg_length: float = 1.0
    _terms: list[str] | None = field(default=None, init=False, repr=False, compare=False)
    """The stems in sorted order, made on the first ``has_prefix`` (never pickled)."""
    _modifiers: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)
    """The corpus's compound modifiers, made on the first ``compound_modifiers`` (never pickled)."""
    _kinds: dict[str, list[str]] | None = field(default=None, init=False, repr=False, compare=False)
    """``kinds_of`` per stem, most frequent first, made on first use (never pickled)."""

    @classmethod
    def build(cls, rows: Iterable[tuple[str, str]], generation: int) -> LexicalIndex:
        """Build from (chunk_id, space-separated stems) rows."""
        chunk_ids: list[str] = []
        lengths: list[int] = []
        docs: dict[str, list[int]] = defaultdict(list)
        freqs: dict[str, list[int]] = defaultdict(list)
        for i, (chunk_id, tokens) in enumerate(rows):
            terms = tokens.split()
            chunk_ids.append(chunk_id)
            lengths.append(len(terms))
            for term, tf in Counter(terms).items():
                docs[term].append(i)
                freqs[term].append(tf)
        postings = {
            t: (np.asarray(docs[t], dtype=np.int32), np.asarray(freqs[t], dtype=np.float32)) for t in docs
        }
        index = cls(generation, chunk_ids, np.asarray(lengths, dtype=np.float32), postings)
        index._precompute()
        return index

    def _precompute(self) -> None:
        """Per-posting BM25 weights; the same float32 arithmetic ``search`` used to do per query."""
        self.avg_length = float(self.lengths.mean()) if self.n else 1.0
        avg = self.avg_length or 1.0
        weights = {}
        for term, (rows, tf) in self.postings.items():
            norm = K1 * (1 - B + B * self.lengths[rows] / avg)
            weights[term] = self.idf(term) * tf * (K1 + 1) / (tf + norm)
        self.weights = weights

    @property
    def n(self) -> int:
        """Number of chunks."""
        return len(self.chunk_ids)

    def has_prefix(self, prefix: str) -> bool:
        """Some indexed stem begins with ``prefix`` (a binary search, not a scan of the vocabulary)."""
        if self._terms is None:
            self._terms = sorted(self.postings)
        i = bisect_left(self._terms, prefix)
        return i < len(self._terms) and self._terms[i].startswith(prefix)

    def kinds_of(self, stem: str, limit: int) -> list[str]:
        """Indexed stems that end in ``stem`` after 4+ letters ('keet' → 'strafrechtkeet',
        'veiligheidskeet'): compounds naming a kind of it, the instances an example question asks
        for; at most ``limit``, the most frequent first (a scan of the vocabulary, once per stem)."""
        kinds = getattr(self, "_kinds", None)  # an index unpickled from an older cache has none
        if kinds is None:
            kinds = self._kinds = {}
        if stem not in kinds:
            found = [t for t in self.postings if t.endswith(stem) and len(t) - len(stem) >= 4]
            kinds[stem] = sorted(found, key=lambda t: -len(self.postings[t]))
        return kinds[stem][:limit]

    def compounds_of(self, stem: str, limit: int) -> list[str]:
        """Indexed stems that begin with ``stem`` and go on for 3+ letters ('estafet' →
        'estafetteverband'); none when there are more than ``limit`` (a corpus-wide modifier)."""
        if self._terms is None:
            self._terms = sorted(self.postings)
        found: list[str] = []
        i = bisect_left(self._terms, stem)
        while i < len(self._terms) and self._terms[i].startswith(stem):
            if len(self._terms[i]) - len(stem) >= 3:
                found.append(self._terms[i])
                if len(found) > limit:
                    return []
            i += 1
        return found

    def compound_modifiers(self) -> tuple[str, ...]:
        """The word beginnings that make many compounds among the indexed stems (``compounds.compound_modifiers``)."""
        if self._modifiers is None:
            self._modifiers = compound_modifiers(self.postings.keys())
        return self._modifiers

    def idf(self, term: str) -> float:
        """BM25 idf of a stem; unseen stems get the highest idf."""
        df = len(self.postings[term][0]) if term in self.postings else 0
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def broad(self, terms: Iterable[str]) -> bool:
        """Every one of ``terms`` (stems) is in a quarter of the passages or more (``BROAD_IDF``): a subject
        that common is the corpus's whole domain. True for no terms."""
        return all(self.idf(t) < BROAD_IDF for t in terms)

    def search(self, query: str, n: int, allowed: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Top ``n`` chunk ids by BM25 score; ``allowed`` is an optional boolean mask."""
        if self.n == 0:
            return []
        if self.weights is None:
            self._precompute()
        weights = self.weights
        assert weights is not None
        scores = np.zeros(self.n, dtype=np.float32)
        for term in set(stems(query)):
            if term in weights:
                scores[self.postings[term][0]] += weights[term]
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        k = min(n, int((scores > 0).sum()))
        if k == 0:
            return []
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(self.chunk_ids[i], float(scores[i])) for i in top]

    def save(self, path: Path) -> None:
        """Write atomically (temp file + rename)."""
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        slim = LexicalIndex(self.generation, self.chunk_ids, self.lengths, self.postings)
        with tmp.open("wb") as fh:  # weights are recomputed on load: a smaller, faster cache
            pickle.dump((_FORMAT, slim), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)

    @staticmethod
    def load(path: Path, generation: int) -> LexicalIndex | None:
        """The cached index if it matches ``generation``, else None."""
        try:
            with path.open("rb") as fh:
                fmt, index = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
            return None
        if fmt != _FORMAT or not isinstance(index, LexicalIndex) or index.generation != generation:
            return None
        index._precompute()
        return index


def catalog_tokens(catalog: CatalogBase) -> Iterable[tuple[str, str]]:
    """(chunk_id, tokens) of every live chunk; made again from the chunk's text when the catalog's
    tokens come from another analyser version (``ANALYSER_KEY``), so a question and the index stem
    alike before the next ingest rewrites them (the read side never writes;
    ``tests/test_ingest.py::test_a_new_analyser_tokenizes_the_index_again``)."""
    if catalog.get_meta(ANALYSER_KEY) == str(ANALYSER_VERSION):
        return catalog.iter_tokens()
    return ((cid, tokenize(text)) for cid, _, text in catalog.iter_index_texts())


def tokenize(text: str) -> str:
    """The stored token string of a chunk's index text."""
    return " ".join(stems(text))
