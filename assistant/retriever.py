"""Hybrid retrieval: dense (vector store) and lexical (BM25) lists fused by reciprocal rank.

Also exposes the same retrieval as a LangChain ``BaseRetriever`` for code that composes
LangChain components.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.brackets import says
from assistant.neardomain import counts_as
from assistant.signposts import SIGNPOST_SHARE, signpost_share
from ingest.index import Index
from ketenwijzer.models import Passage
from ketenwijzer.settings import Settings


@dataclass
class Retrieval:
    """Fused passages plus the raw evidence the abstention gate looks at."""

    passages: list[Passage]
    dense_top: float = 0.0
    lexical_hits: list[tuple[str, float]] = field(default_factory=list)
    dense_hits: list[tuple[str, float]] = field(default_factory=list)
    siblings: list[Passage] = field(default_factory=list)
    """Further passages of the best document (see ``siblings``): context, not ranked hits."""

    @property
    def context(self) -> list[Passage]:
        """What the generator reads: the ranked passages, then the best document's siblings."""
        return self.passages + self.siblings


SUMMARY_HEADING = re.compile(r"samenvatting|summary|conclusie|conclusion|kernboodschap|in het kort", re.I)
"""A title or heading that presents its text as a summary of the document."""
SUMMARY_CHUNKS = 8
"""Passages a summary reads at most."""
COUNT_FACTOR = 1.5
"""How much a passage that counts the asked thing gains in a count question's fusion."""


class HybridRetriever:
    """Dense + lexical retrieval over one ``Index`` with reciprocal rank fusion."""

    def __init__(self, index: Index, settings: Settings) -> None:
        self.index = index
        self.settings = settings
        self._signposty: dict[str, bool] = {}
        """Chunk id → mostly signposts (a chunk id names its text: it changes when the text does)."""

    def retrieve(
        self,
        query: str,
        k: int | None = None,
        doc_ids: list[str] | None = None,
        dense_query: str | None = None,
        lexical_share: float | None = None,
        subject_only: bool = False,
        counted: str | None = None,
    ) -> Retrieval:
        """The top ``k`` passages for ``query`` (optionally only from ``doc_ids``).

        ``dense_query`` (default: ``query``) is what the embedder sees: the whole question reads
        best to it, while BM25 does best on the question's focus words alone. ``subject_only``:
        the question asks what to do, why or what follows, never about a publication: passages
        made mostly of signposts rank lower (``demote_signposts``).
        """
        s = self.settings
        k = k or s.top_k
        n = max(s.candidates, k)
        vector = self.index.embedder.embed_query(dense_query or query)
        dense = self.index.dense(vector, n, doc_ids)
        lexical = self.index.lexical.search(query, n, self.index.doc_mask(doc_ids))
        fused = fuse(dense, lexical, s, lexical_share)
        if subject_only:
            self.demote_signposts(fused)
        if counted:
            self.prefer_counts(fused, counted, k)
        ranked = sorted(fused, key=lambda c: -fused[c])[:k]
        passages = self.index.passages(ranked, fused)
        return Retrieval(
            passages=passages,
            dense_top=dense[0][1] if dense else 0.0,
            lexical_hits=lexical,
            dense_hits=dense,
            siblings=self.siblings(passages, s.context_siblings, fused),
        )

    def demote_signposts(self, fused: dict[str, float]) -> None:
        """Scale down the candidates whose sentences are mostly signposts (``signposts.SIGNPOST_SHARE``).

        "Waar moet ik op letten als ik een nieuwe keten ga opzetten?" found the dossier's account
        of its own aim and make-up ("Doel en opzet": 'opzetten' matched its heading), and the
        advice bullets were about the dossier (practical p01, fifth session;
        ``tests/test_question.py``).
        """
        missing = [cid for cid in fused if cid not in self._signposty]
        if missing:
            rows = self.index.catalog.chunk_rows(missing)
            for cid in missing:
                row = rows.get(cid)
                self._signposty[cid] = row is not None and signpost_share(row["text"]) >= SIGNPOST_SHARE
        for cid in fused:
            if self._signposty[cid]:
                fused[cid] *= SIGNPOST_FACTOR

    def prefer_counts(self, fused: dict[str, float], noun: str, k: int) -> None:
        """When none of the top ``k`` gives a number of ``noun``, scale up the candidates that do
        (``COUNT_FACTOR``).

        "Hoeveel bouwstenen beschrijft het dossier?": 'beschrijft' and 'dossier' are in every
        building block's own passage ("… de vijfde bouwsteen die Ketens de baas beschrijft"), and
        the passage that counts them was not retrieved; the question was declined for want of a
        count (seventh session; ``tests/test_abstention.py``). When the top already counts
        ("Hoeveel pijlers zijn er?": "acht pijlers"), other counts ("twee pijlers" per dimension)
        must not push it out (``tests/test_lead_rules.py``).
        """
        rows = self.index.catalog.chunk_rows(list(fused))
        top = sorted(fused, key=lambda c: -fused[c])[:k]
        if any(cid in rows and counts_as(noun, rows[cid]["text"]) for cid in top):
            return
        for cid in fused:
            row = rows.get(cid)
            if row is not None and counts_as(noun, row["text"]):
                fused[cid] *= COUNT_FACTOR

    def summary_passages(self, doc_ids: list[str]) -> list[Passage]:
        """What a summary of these documents is made from: a document or section that presents
        itself as the summary (``SUMMARY_HEADING``: "Managementsamenvatting", "Conclusie"), else
        the documents themselves, in reading order, at most ``SUMMARY_CHUNKS`` passages.

        "Vat het artikel van Be Informed samen" was declined, and a summary is no matter of the
        words of the request: the article is what it asks about (seventh session).
        """
        passages: list[Passage] = []
        for doc_id in doc_ids:
            if doc_id in self.index.superseded:
                continue
            info, chunks = self.index.document(doc_id)
            passages.extend(chunks)
        summaries = [p for p in passages if SUMMARY_HEADING.search(" ".join([p.title, *p.heading_path]))]
        return (summaries or passages)[:SUMMARY_CHUNKS]

    def siblings(
        self, passages: list[Passage], limit: int, scores: dict[str, float] | None = None
    ) -> list[Passage]:
        """Up to ``limit`` passages of the top passage's document that were not retrieved.

        A question about one section is often answered across its chunks (a definition in
        one, the list it introduces in the next). Chunks that scored in retrieval come first,
        then the nearest ones. They carry the top passage's score: they are read as part of it.
        """
        if limit <= 0 or not passages:
            return []
        top = passages[0]
        have = {p.chunk_id for p in passages}
        scores = scores or {}
        _, chunks = self.index.document(top.doc_id)
        rest = [c for c in chunks if c.chunk_id not in have]
        rest.sort(key=lambda c: (-scores.get(c.chunk_id, 0.0), abs(c.position - top.position)))
        return [c.model_copy(update={"score": top.score}) for c in rest[:limit]]

    def saying(self, claim: str, passages: list[Passage], doc_ids: list[str] | None = None) -> list[Passage]:
        """``passages`` with the passage that says ``claim`` word for word first (found among the
        lexical hits for the claim when it is not among them); unchanged when none says it.

        "Wie zegt dat precies?" after "Er moet vertrouwen tussen ketenpartners zijn en een
        organisatieoverschrijdende dialoog" (Be Informed) was answered from the dossier's pillar
        on trust, whose words are the same: the question asks who said *that* sentence
        (conversations v09, twelfth session; ``tests/test_answers.py``).
        """
        for passage in passages:
            if says(passage.text, claim):
                return [passage, *(p for p in passages if p is not passage)]
        hits = self.index.lexical.search(claim, self.settings.candidates, self.index.doc_mask(doc_ids))
        found = next((p for p in self.index.passages([c for c, _ in hits]) if says(p.text, claim)), None)
        return passages if found is None else [found, *passages[: max(len(passages) - 1, 0)]]

    def as_langchain(self, k: int | None = None) -> BaseRetriever:
        """This retriever as a LangChain retriever returning ``Document``s."""
        return LangChainHybridRetriever(hybrid=self, k=k or self.settings.top_k)


SIGNPOST_FACTOR = 0.5
"""What a passage of mostly signposts keeps of its fused score when the question is about the subject."""


def fuse(
    dense: list[tuple[str, float]],
    lexical: list[tuple[str, float]],
    s: Settings,
    lexical_share: float | None = None,
) -> dict[str, float]:
    """Combine the two ranked lists into one score per chunk.

    ``score`` (default): ``lexical_share`` × BM25 normalised by the best BM25 score, plus the
    rest × cosine similarity; measured better than RRF on this corpus (README).
    ``minmax``: the same, but the cosines are spread to 0–1 over this query's candidates.
    ``rrf``: reciprocal rank fusion with ``rrf_k``.
    """
    fused: dict[str, float] = {}
    share = s.lexical_share if lexical_share is None else lexical_share
    if s.fusion == "rrf":
        for weight, hits in ((1.0 - share, dense), (share, lexical)):
            for rank, (cid, _) in enumerate(hits):
                fused[cid] = fused.get(cid, 0.0) + weight / (s.rrf_k + rank + 1)
        return fused
    best = max((score for _, score in lexical), default=0.0) or 1.0
    for cid, score in lexical:
        fused[cid] = share * score / best
    if s.fusion == "minmax" and dense:
        # cosines of some embedders bunch (e5: unrelated ~0.75, related ~0.9): spread them per query
        top, floor = dense[0][1], dense[-1][1]
        span = (top - floor) or 1.0
        dense = [(cid, (score - floor) / span) for cid, score in dense]
    for cid, score in dense:
        fused[cid] = fused.get(cid, 0.0) + (1.0 - share) * max(0.0, score)
    return fused


class LangChainHybridRetriever(BaseRetriever):
    """LangChain face of ``HybridRetriever``: page_content is the passage, metadata its citation."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    hybrid: HybridRetriever
    k: int = 5

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[LCDocument]:
        result = self.hybrid.retrieve(query, self.k)
        return [
            LCDocument(page_content=p.text, metadata=p.model_dump(exclude={"text"}), id=p.chunk_id)
            for p in result.passages
        ]
