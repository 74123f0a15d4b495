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
from assistant.glossary import expand_query
from assistant.neardomain import counts_as
from assistant.question import Question, Side
from assistant.searched import searched_parts
from assistant.signposts import SIGNPOST_SHARE, signpost_share
from ingest.index import Index
from ingest.lexical import LexicalIndex
from ketenwijzer.models import Passage
from ketenwijzer.settings import Settings
from ketenwijzer.text import stems, words


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

    def retrieve_sides(
        self, question: Question, k: int | None = None, doc_ids: list[str] | None = None
    ) -> Retrieval:
        """A comparison: retrieve for each side on its own, so every side reaches the generator.

        The sides' passages are interleaved (best of each side first); each side remembers
        its chunks (``Side.chunk_ids``) so the composer can label them.
        """
        k = k or self.settings.top_k
        per_side = max(3, k // 2 + 1)
        results: list[Retrieval] = []
        queries: list[tuple[str, list[str] | None]] = []
        for side in question.sides:
            allowed = [d for d in side.doc_ids if not doc_ids or d in doc_ids] if side.doc_ids else doc_ids
            query = expand_query(
                side.query or question.focus or question.text,
                question.language,
                self.index.lexical.postings,
                question.names,
            )
            # an English side's compounds are those of its Dutch words ('estafette' → 'estafetteverbanden')
            query = with_compounds(
                query, query if question.language == "en" else side.query, self.index.lexical
            )
            queries.append((query, allowed))
            results.append(
                self.retrieve(query, per_side, allowed or None, dense_query=side_dense_query(question, side))
            )
        pool = [p.text for found in results for p in found.passages]
        for i, side in enumerate(question.sides):
            query, allowed = queries[i]
            parts = (
                searched_parts(side.query, self.index.lexical.postings) if question.language == "nl" else []
            )
            if parts and not any(_uses(text, [*stems(side.query), *parts]) for text in pool):
                # a compound no passage uses, and no side found its part: searched by that part
                # ('netwerkmodel' → 'netwerk': "Vergelijk het estafettemodel met het netwerkmodel." had
                # no second side; twenty-seventh session)
                results[i] = self.retrieve(
                    " ".join([query, *parts]),
                    per_side,
                    allowed or None,
                    dense_query=side_dense_query(question, side),
                )
            if (
                question.views_only
                and side.doc_ids
                and allowed
                and not side.person
                and (VIEWS_WEIGHED.search(question.text) or question.overview)
            ):
                results[i].passages = self._with_message(results[i].passages, allowed, per_side)
            side.chunk_ids = [p.chunk_id for p in results[i].passages]
        merged: list[Passage] = []
        seen: set[str] = set()
        for rank in range(per_side):
            for found in results:
                if rank < len(found.passages) and found.passages[rank].chunk_id not in seen:
                    merged.append(found.passages[rank])
                    seen.add(found.passages[rank].chunk_id)
        return Retrieval(
            passages=merged,
            dense_top=max((r.dense_top for r in results), default=0.0),
            lexical_hits=[h for r in results for h in r.lexical_hits],
            dense_hits=sorted((h for r in results for h in r.dense_hits), key=lambda h: -h[1]),
        )

    def _with_message(self, found: list[Passage], doc_ids: list[str], limit: int) -> list[Passage]:
        """A source compared on its view as a whole starts from what presents its message
        (``summary_passages``: its summary, else its opening), then what its name found: "Waar zijn
        Morgens en het dossier het over eens?" gave the dossier's side as "Het dossier werd eind juli
        2013 op NORA Online geplaatst", found by searching the dossier's name in it (twenty-seventh
        session; ``tests/test_comparison_rules.py``)."""
        message = self.summary_passages(doc_ids)[:MESSAGE_CHUNKS]
        ids = {p.chunk_id for p in message}
        return [*message, *(p for p in found if p.chunk_id not in ids)][: limit + len(message)]

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


SIDE_COMPOUNDS = 4
"""A comparison side's word searches the corpus's compounds that start with it as well, when it
makes at most this many ('estafette' → 'estafetteverbanden', 'estafettemodel'): "Wat is beter:
estafette of netwerk?" found no passage on the estafette (new informal questions, ninth session;
``tests/test_comparison_rules.py``). A word that makes more ('keten') is a modifier of the whole
corpus and would find everything."""


def with_compounds(query: str, side_words: str, lexical: LexicalIndex) -> str:
    """``query`` with the indexed compounds of each of ``side_words`` (``SIDE_COMPOUNDS``)."""
    extra = [
        c for stem in stems(side_words) if len(stem) >= 5 for c in lexical.compounds_of(stem, SIDE_COMPOUNDS)
    ]
    return f"{query} {' '.join(extra)}" if extra else query


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


def _uses(text: str, stems_or_parts: list[str]) -> bool:
    """Some word of ``text`` begins with one of the stems or parts ('estafet' in 'estafetteverbanden')."""
    beginnings = tuple(s for s in stems_or_parts if s)
    return bool(beginnings) and any(w.startswith(beginnings) for w in re.findall(r"\w+", text.lower()))


VIEWS_WEIGHED = re.compile(
    r"\b(?:eens|oneens|gemeen|hetzelfde|dezelfde|overeen\w*|verschil\w*|anders|agree\w*|differ\w*|same|in\s+common)\b",
    re.I,
)
"""Views set side by side as wholes (agree, differ, share): a publication's side starts from its
message. "Wat heeft Cor Franke met Ketens de baas te maken?" asks how the two are related, which the
passages that name both say (``tests/test_comparison_rules.py``)."""
MESSAGE_CHUNKS = 2
"""Passages of a source's summary (or opening) that a views-only comparison side starts from."""


def side_dense_query(question: Question, side: Side) -> str:
    """What a comparison side's dense search looks for: the side's own words, and, for a side
    filtered to a named source, the whole subject too.

    "Lijken de weerstanden uit Ketens de baas op de knelpunten die Morgens noemt?": 'knelpunten'
    alone finds no Morgens passage on obstacles; 'knelpunten weerstanden' within Morgens finds
    "… is echter niet eenvoudig" (comparison c01, both_sides_cited on the tuning split). A side
    that is a concept searched over the whole corpus keeps its own words only: with the shared
    subject both sides find the same passages (nora n58 lost its second side).
    """
    defined = DEFINITION_ASKED.search(question.text)
    if side.doc_ids and defined:
        # "Wat zeggen Ketens de baas en de GEMMA over wat een keten is?": each source's definition
        # (the side 'keten' alone found the dossier's Grijpink sentence; sixteenth session)
        return f"Wat is een {defined['term'] or defined['held']}?"
    if side.doc_ids and question.focus:
        return f"{side.query} {question.focus}".strip()
    if question.language == "en" and side.query:
        # an English concept side in the corpus's words: "a chain" (or "a chain keten") did not find the
        # dossier's definition of a keten ("What is the difference between a chain and a network?";
        # thirtieth session)
        typed = set(words(side.query))
        dutch = [w for w in words(expand_query(side.query, "en")) if w not in typed]
        return " ".join(dutch) or side.query
    return side.query or question.text


DEFINITION_ASKED = re.compile(
    r"\bwat\s+(?:een\s+|de\s+|het\s+)?(?P<term>[\w-]+)\s+(?:is|zijn|betekent|inhoudt)\b"
    r"|\b(?:een|de|het)\s+(?P<held>[\w-]+)\s+(?:definiëren|definieren|definieert|omschrijven|omschrijft)\b",
    re.I,
)
"""A definition asked inside a comparison of sources ("… over wat een keten is?", "hoe ze een keten
definiëren"): each side searches for its definition."""
