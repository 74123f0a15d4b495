"""The default generator: composes an answer from the passage sentences that answer the question.

Every sentence of the answer is a verbatim quote, so every claim is grounded by
construction. Scoring mixes idf-weighted term coverage (a compound counts for its head too:
'ketenrapportage' covers 'rapportage'; a glossary synonym counts as the word itself),
dense similarity of the sentence to the question, the retrieval rank of the sentence's
document and a bonus for staying in the section of the best sentence, so an answer reads on
where the source does. The question's kind then picks a plan (``composition.py``): a
definition first, a complete list, one part per side of a comparison, bullets of advice.
Sentences that break a coherence rule (a quoted question, an editorial line, a reference
back to nothing) are left out. When the main document says in its lead that its own text
could not be confirmed, the answer's ``notice`` says so.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from assistant.coherence import quotes_balanced
from assistant.generators.base import Draft, generators
from assistant.generators.composition import ENUMERATION, NUDGES, PLANS, PlanContext, Unit
from assistant.generators.scoring import (
    NOVEL_WORDS,
    Signals,
    Weights,
    asks_make_up,
    compounds,
    defining,
    has,
    locates,
    tails,
)
from assistant.glossary import alternatives, expand_query
from assistant.question import FILLERS, Question, analyse
from assistant.reader import Reader
from ingest.index import Index
from ingest.loaders import LIST_ITEM
from ketenwijzer.models import Passage
from ketenwijzer.settings import Settings
from ketenwijzer.text import compound_stems, sentences, words

ENGLISH_LEAD = "**The sources say** (quoted in Dutch):"
ENGLISH_CLOSING = "(The sources are in Dutch; the quotes are verbatim and each is cited.)"
NOTICE = {
    "nl": "Let op: de tekst van een deel van de bronnen kon niet worden bevestigd; het antwoord volgt de herformulering.",
    "en": "Note: part of the source text could not be confirmed; the answer follows its restatement.",
}
MAX_LIST_ITEMS = 12
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


@lru_cache(maxsize=65_536)
def _stems_of(text: str) -> frozenset[str]:
    """``compound_stems`` of a sentence or heading; passages recur across questions."""
    return frozenset(compound_stems(text))


@dataclass(frozen=True)
class _Piece:
    """A quotable unit of a text (cached per passage text)."""

    start: int
    quote: str
    display: str
    stems: frozenset[str]
    n_words: int
    caveat: bool
    intro: str = ""
    items: tuple[str, ...] = ()


@lru_cache(maxsize=8192)
def _pieces(text: str) -> tuple[_Piece, ...]:
    """The sentences (and whole lists, items complete) of a passage text."""
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
        intro = sent.rstrip().endswith(":")
        bare = sent.startswith(LIST_ITEM) and (i == 0 or not spans[i - 1][1].startswith(LIST_ITEM))
        items: list[str] = []
        j = i + 1 if intro else i
        if intro or bare:
            # an item is its whole line: every sentence of it, so its name is never cut off
            while j < len(spans) and len(items) < MAX_LIST_ITEMS and spans[j][1].startswith(LIST_ITEM):
                line_start = spans[j][0] + len(LIST_ITEM)
                line_end = text.find("\n", line_start)
                line_end = len(text) if line_end < 0 else line_end
                items.append(text[line_start:line_end].strip())
                j += 1
                while j < len(spans) and spans[j][0] < line_end:
                    j += 1
        if len(items) >= 2 or (intro and items):
            end = text.find(items[-1], start) + len(items[-1])
            quote = text[start:end]
            piece = _Piece(
                start,
                quote,
                sent if intro else "",
                _stems_of(quote),
                len(quote.split()),
                False,
                intro=sent if intro else "",
                items=tuple(items),
            )
            i = j
        else:
            last = _quote_closed_at(text, spans, i)
            if last > i:
                sent = text[start : spans[last][0] + len(spans[last][1])]
            display = sent[len(LIST_ITEM) :] if sent.startswith(LIST_ITEM) else sent
            piece = _Piece(
                start, sent, display, _stems_of(sent), len(sent.split()), bool(_CAVEAT.search(sent))
            )
            i = last + 1
        if _EDITORIAL.search(piece.quote) or _INSTRUCTION.search(piece.quote):
            continue
        pieces.append(piece)
    return tuple(pieces)


QUOTE_SENTENCES = 4
"""A quotation that runs over sentences is one unit, up to this many sentences."""


def _quote_closed_at(text: str, spans: list[tuple[int, str]], i: int) -> int:
    """The last sentence of the quotation that sentence ``i`` opens (``i`` itself when it opens none).

    "Elstgeest: ‘Meerdere organisaties … cruciaal is. Als een minister … Dat zorgt voor focus!’"
    is one statement: cut after its first sentence, its quotation mark would dangle, and the
    coherence rules would leave out the sentence that answers "wat zegt Morgens over politieke druk".
    """
    start, sent = spans[i]
    if quotes_balanced(sent):
        return i
    for k in range(i + 1, min(len(spans), i + QUOTE_SENTENCES)):
        piece = text[start : spans[k][0] + len(spans[k][1])]
        if "\n" in piece or spans[k][1].startswith(LIST_ITEM):
            return i
        if quotes_balanced(piece):
            return k
    return i


def _units(passage: Passage, index: int, offset: int) -> list[Unit]:
    context = _stems_of(" ".join([passage.title, *passage.heading_path]))
    section = (passage.doc_id, *passage.heading_path)
    return [
        Unit(
            passage=index,
            section=section,
            start=p.start,
            quote=p.quote,
            display=p.display or p.quote,
            stems=p.stems,
            context=context,
            n_words=p.n_words,
            order=offset + k,
            intro=p.intro,
            items=p.items,
            caveat=p.caveat,
        )
        for k, p in enumerate(_pieces(passage.text))
    ]


class ExtractiveGenerator:
    """Composes an answer from the best quotes of the retrieved passages, by question kind."""

    name = "extractive"

    def __init__(
        self, settings: Settings, index: Index | None = None, weights: Weights | None = None
    ) -> None:
        self.settings = settings
        self.index = index
        self.weights = weights or Weights()
        self._reader: Reader | None = None

    @property
    def reader(self) -> Reader | None:
        """The sentence judge (``assistant/reader.py``); none without an index."""
        if self._reader is None and self.index is not None:
            self._reader = Reader.for_settings(self.settings, self.index.embedder)
        return self._reader

    def _idf(self, term: str) -> float:
        return self.index.lexical.idf(term) if self.index is not None else 1.0

    def generate(
        self,
        question: str,
        passages: list[Passage],
        language: str,
        kind: str | None = None,
        analysis: Question | None = None,
    ) -> Draft:
        """Score the quotable units, then compose them by the question's kind."""
        started = time.perf_counter()
        analysis = analysis or analyse(question, language)
        plan_kind = kind or analysis.kind
        every: list[Unit] = []
        for i, p in enumerate(passages):
            every.extend(_units(p, i, len(every)))
        units = [u for u in every if u.n_words >= 3 and not u.caveat]
        unsure = {u.section[0] for u in every if u.caveat and len(u.section) <= 2}
        if not units:
            return Draft([], generator=self.name)
        query = analysis.focus if plan_kind != "definition" and analysis.focus else question
        definition = defining(" ".join(FILLERS.sub(" ", question).split()))
        # A caller that sets the kind (a brief's section) wants points about its subject's words;
        # the novelty bonus is for answering a question, not for staying on a subject.
        novelty = self.weights.novelty if kind is None else 0.0
        self._score(question, query, language, passages, units, definition, plan_kind, analysis, novelty)
        for unit in units:
            if unit.section[0] in unsure:
                unit.score -= UNCONFIRMED_PENALTY
        ctx = PlanContext(
            language=language,
            side_of=_side_of(analysis, passages),
            keep_ratio=self.weights.keep_ratio,
            definition=definition,
            labels=[_label(side.label) for side in analysis.sides],
            antecedents=self.weights.antecedents,
            max_sentences=self.settings.max_answer_sentences,
            side_terms=_side_terms(analysis),
        )
        composition = PLANS.get(plan_kind, PLANS["open"])(analysis, units, ctx)
        draft = composition.sentences
        notice = None
        if self.weights.caveats and draft:
            first_doc = passages[draft[0].passage].doc_id
            if any(u.caveat and u.section[0] == first_doc and len(u.section) <= 2 for u in every):
                notice = NOTICE.get(language, NOTICE["nl"])
        english = language == "en" and bool(draft)
        if english:
            for sentence in draft:
                sentence.text = f"“{sentence.text.strip()}”"
        return Draft(
            draft,
            lead_in=ENGLISH_LEAD if english and plan_kind != "comparison" else "",
            closing=ENGLISH_CLOSING if english else "",
            notice=notice,
            generator=self.name,
            timings_ms={"extract": (time.perf_counter() - started) * 1000},
        )

    def _score(
        self,
        question: str,
        query: str,
        language: str,
        passages: list[Passage],
        units: list[Unit],
        definition: re.Pattern[str] | None,
        kind: str,
        analysis: Question,
        novelty_weight: float = 0.0,
    ) -> None:
        """Set each unit's score: term coverage of the focus, similarity and rank, the kind's nudges,
        then the bonuses for the best sentence's section and the sentences after it."""
        wt = self.weights
        alt = alternatives(query, language)
        q_terms = set(compound_stems(expand_query(query, language)))
        q_terms -= set().union(*alt.values()) - set(alt)  # a synonym counts as its word
        q_terms = _without_sources(q_terms, analysis)
        weights = {t: self._idf(t) for t in q_terms}
        heads = compounds(q_terms, units)
        tail = tails(q_terms, self.index.lexical.postings) if self.index is not None else {}
        also = {
            t: frozenset(alt.get(t, ())) | heads.get(t, frozenset()) | tail.get(t, frozenset())
            for t in q_terms
        }
        total = sum(weights.values()) or 1.0
        doc_rank: dict[str, int] = {}
        for i, p in enumerate(passages):
            doc_rank.setdefault(p.doc_id, i)
        make_up = asks_make_up(question)
        for unit, sim in zip(units, self._dense_scores(question, units), strict=True):
            found = {t for t in weights if has(unit.stems, t, also[t])}
            found_ctx = found | {t for t in weights if has(unit.context, t, also[t])}
            unit.signals = Signals(
                own=sum(weights[t] for t in found) / total,
                context=sum(weights[t] for t in found_ctx) / total,
                dense=sim,
                prior=1.0 / (1.0 + 0.25 * doc_rank[unit.section[0]]),
                novelty=min(1.0, len(unit.stems - q_terms) / NOVEL_WORDS),
                definition=definition is not None and bool(definition.search(unit.quote)),
                locator=not make_up and locates(unit.intro or unit.display),
                short=unit.n_words < 6,
            )
            unit.score = unit.signals.score(wt, novelty_weight)
        NUDGES.get(kind, lambda _: None)(units)
        if kind == "list":
            _favour_list_head(question, units)
        if WHO_QUESTION.search(question):
            _favour_agents(units)
        _favour_named(analysis, units)
        for unit in units:
            unit.base = unit.score
        if kind in SPREAD_KINDS:
            return
        best = max(units, key=lambda u: u.score)
        for unit in units:
            if unit.section == best.section:
                unit.score += wt.section
        for step in range(1, wt.read_on + 1):
            # the sentences right after the best one usually elaborate it
            nxt = best.order + step
            following = [u for u in units if u.order == nxt and u.passage == best.passage]
            for unit in following:
                unit.score += wt.follow

    def _dense_scores(self, question: str, units: list[Unit]) -> list[float]:
        reader = self.reader
        if reader is None:
            return [0.0] * len(units)
        return [float(x) for x in reader.similarities(question, [u.intro or u.quote for u in units])]

    def stream(
        self,
        question: str,
        passages: list[Passage],
        language: str,
        kind: str | None = None,
        analysis: Question | None = None,
    ) -> Iterator[str | Draft]:
        """Extractive answers are complete at once: the draft is the only item."""
        yield self.generate(question, passages, language, kind=kind, analysis=analysis)


UNCONFIRMED_PENALTY = 0.1
"""A document that says in its lead that its own text could not be confirmed yields to one that
does not, when both carry the same point (the dossier's summary restates chapter 2's pillars)."""


def _label(text: str) -> str:
    """A comparison side's label: 'een ketenmanager' → 'Ketenmanager'."""
    text = re.sub(r"^(?:een|de|het|a|an|the)\s+", "", text.strip(), flags=re.I)
    return text[:1].upper() + text[1:]


SPREAD_KINDS = frozenset({"advice", "comparison"})
"""Kinds whose answer draws on several sections or sources: no bonus for staying in the best
sentence's section (it made advice answers quote one section; practical set)."""
NAMED_BONUS = 0.3
"""A sentence that uses the name the question asked about ("wat zegt Groothedde") leads."""


def _favour_named(analysis: Question, units: list[Unit]) -> None:
    """Units that name the source or person asked about, and are on the question's subject, lead.

    A sentence that names the source but says nothing about the subject ("Het seminar is een
    initiatief van …", a colophon naming the dossier) gets no bonus: the name alone does not
    answer "wat zegt X over Y" (lead_hit on the tuning split).
    """
    names = {w for source in analysis.sources for w in source.matched_words if len(w) >= 4}
    if not names or len(analysis.sides) >= 2:
        return
    for unit in units:
        on_topic = unit.signals is None or unit.signals.own > 0
        if on_topic and names & set(words(unit.intro or unit.display)):
            unit.score += NAMED_BONUS


LIST_HEAD = re.compile(
    r"\b(?:welke|welk|noem|which|wat zijn de|what are the)\s+"
    r"(?:(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+|verschillende|belangrijkste|soorten|"
    r"two|three|four|five|main|different|kinds of)\s+)*(?P<noun>[^\W\d_]{4,})",
    re.I,
)
LIST_HEAD_BONUS = 0.2
"""A list question ("Welke organisatievormen …?") is answered by the list or enumeration whose
introduction names what is asked ("… vijf organisatievormen: het convenant, …"), not by another
list in the same passage ("Het continuüm heeft twee assen: …") (lead_hit, tuning split)."""


def _favour_list_head(question: str, units: list[Unit]) -> None:
    """Lift lists and enumerations whose introduction (before the colon) names the asked noun."""
    found = LIST_HEAD.search(question)
    if not found:
        return
    nouns = set(compound_stems(found.group("noun")))
    for unit in units:
        intro = unit.intro or unit.display
        if not (unit.is_list or ENUMERATION.search(unit.display)) or ":" not in intro:
            continue
        head = set(compound_stems(" ".join(_heads(intro.split(":", 1)[0]))))
        if any(h == n or (len(n) >= 5 and (h.endswith(n) or h.startswith(n))) for h in head for n in nouns):
            unit.score += LIST_HEAD_BONUS


_COUNTED = re.compile(
    r"\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d+|two|three|four|five|six|seven|eight)"
    r"\s+(?:\w+\s+)?(?P<noun>[^\W\d_]{4,})",
    re.I,
)


def _heads(intro: str) -> list[str]:
    """What a list's introduction says it lists: the word after a number ("vijf organisatievormen"),
    else its last word ("… de volgende bouwstenen")."""
    counted = [m.group("noun") for m in _COUNTED.finditer(intro)]
    last = re.findall(r"[^\W\d_]{4,}", intro)[-1:]
    return counted or last


WHO_QUESTION = re.compile(
    r"^\W*(?:door\s+)?wie\s+(?!zegt|zei|vindt|stelt)|^\W*(?:by\s+)?who\s+(?!says|said)", re.I
)
AGENT = re.compile(
    r"\b(?:door|by)\s+(?:de\s+|het\s+)?\w+|\b[A-Z][a-z]+(?:\s+(?:van|de|der|den))*\s+[A-Z][a-z]+"
)
AGENT_BONUS = 0.12
"""'Wie …?' / 'Door wie …?' is answered by a sentence that names someone: a person's name or a
passive agent ("geschreven door Menno Aardewijn …", "door de ketenpartners samen ontworpen")."""


def _favour_agents(units: list[Unit]) -> None:
    """Who-questions (not "wie zegt", a who-said question): lift sentences that name an agent."""
    for unit in units:
        text = unit.intro or unit.display
        if AGENT.search(text[1:]):
            unit.score += AGENT_BONUS


def _without_sources(terms: set[str], analysis: Question) -> set[str]:
    """The question's terms without the words that name a source it asks to hear from.

    Retrieval is already filtered to that source; its name in a sentence says nothing about the
    subject ("Wat is volgens Morgens de belangrijkste voorwaarde …" must not lead with "Morgens
    heeft het onderzoek … gepubliceerd"). Kept when nothing else would be left.
    """
    named = {
        t
        for source in analysis.sources
        if source.speaks
        for t in compound_stems(" ".join(source.matched_words))
    }
    rest = terms - named
    return rest if rest else terms


def _side_terms(analysis: Question) -> list[frozenset[str]]:
    """Per comparison side, the stems of its query that the other sides do not share."""
    stems = [frozenset(compound_stems(side.query)) for side in analysis.sides]
    return [s - frozenset().union(*(o for j, o in enumerate(stems) if j != i)) for i, s in enumerate(stems)]


def _side_of(analysis: Question, passages: list[Passage]) -> dict[int, int]:
    """Passage index → comparison side: by the side's chunks, else by its documents."""
    side_of: dict[int, int] = {}
    for s, side in enumerate(analysis.sides):
        for i, p in enumerate(passages):
            if i in side_of:
                continue
            if p.chunk_id in side.chunk_ids or (not side.chunk_ids and p.doc_id in side.doc_ids):
                side_of[i] = s
    return side_of


@generators.register("extractive")
def _extractive(settings: Settings, index: Index | None = None) -> ExtractiveGenerator:
    return ExtractiveGenerator(settings, index)
