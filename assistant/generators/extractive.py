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

import math
import re
import time
from collections.abc import Iterator
from dataclasses import replace

from assistant.alternatives import with_siblings
from assistant.brackets import carried
from assistant.coherence import refers_back, states_case
from assistant.focus import VIEW_WORDS
from assistant.generators import attribution, followups, rules, sides
from assistant.generators.adjustments import Asked, adjust
from assistant.generators.antecedents import inherit_terms
from assistant.generators.base import Draft, generators
from assistant.generators.composition import MIN_BULLETS, PLANS, PlanContext
from assistant.generators.defining import definitions, english_term, without_asking
from assistant.generators.english_frame import ENGLISH_CLOSING, ENGLISH_LEAD, in_english_frame
from assistant.generators.example_items import item_answer, item_naming
from assistant.generators.opening_notes import Asking, add_notes
from assistant.generators.part_definitions import PartDefinition, part_definition
from assistant.generators.query_terms import mark_said_apart, query_terms
from assistant.generators.scoring import (
    NOVEL_WORDS,
    SHORT_CLOSE,
    Signals,
    Weights,
    has,
)
from assistant.generators.speaker import says_all, speaker_labelled
from assistant.generators.units import Unit, units_of, usable
from assistant.glossary import dutch_focus, glossed
from assistant.idioms import asked_senses, held_in_phrases
from assistant.question import FILLERS, Question, analyse
from assistant.question_objects import STATE_SHARE, framing_word, kept_state, purpose_words, scoped_word
from assistant.reader import Reader
from assistant.signposts import asks_make_up, lists_contents, locates, narrates_asked
from assistant.superlatives import ranked_word
from assistant.yields import BENEFIT_ASKED, without_beneficiary
from ingest.index import Index
from ketenwijzer.compounds import compound_stems, modifiers_in_use
from ketenwijzer.models import Passage
from ketenwijzer.settings import Settings
from ketenwijzer.text import fold, stems

NOTICE = {
    "nl": "Let op: de tekst van een deel van de bronnen kon niet worden bevestigd; het antwoord volgt de herformulering.",
    "en": "Note: part of the source text could not be confirmed; the answer follows its restatement.",
}


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

    def _about_every_source(self, analysis: Question) -> bool:
        """Sources compared on nothing but what all of them are about ("Hoe verschillen Morgens en ICTU
        in hun kijk op ketens?"): every subject word, view words aside, is in a quarter of the passages
        or more (``BROAD_IDF``; a third until the twenty-ninth session, when "Wat zegt Be Informed anders
        dan GBO over samenwerken?" gave GBO's side as the speakers' introductions). Their views as a whole
        are asked; judged on 'ketens', the Morgens side said its passages had nothing on it (new informal
        comparisons, twenty-fourth session; ``tests/test_comparison_rules.py``)."""
        if analysis.views_only:
            return False
        return self._broad(analysis, without=frozenset(compound_stems(" ".join(VIEW_WORDS))))

    def _broad(self, analysis: Question, without: frozenset[str] = frozenset()) -> bool:
        """Every focus word (``without`` aside) is in a quarter of the passages or more (``BROAD_IDF``):
        the question asks about the corpus's whole domain."""
        subject = set(stems(analysis.focus or "")) - without
        return self.index is not None and bool(subject) and self.index.lexical.broad(subject)

    def _telling(self, analysis: Question) -> list[str]:
        """The focus stems at or above ``TELLING_IDF``, the highest idf first."""
        if self.index is None:
            return []
        subject = {t for t in stems(analysis.focus or "") if self._idf(t) >= TELLING_IDF}
        return sorted(subject, key=lambda t: -self._idf(t))

    def _in_dutch(self, analysis: Question, language: str) -> Question:
        """The question as the plans read it: an English focus in the corpus's Dutch words
        (``glossary.dutch_focus``), so a plan's checks of the focus match the Dutch sentences."""
        if language != "en" or self.index is None or not analysis.focus:
            return analysis
        dutch = dutch_focus(analysis.focus, self.index.lexical.postings)
        return replace(analysis, focus=dutch) if dutch else analysis

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
        # compounds split on the corpus's own modifiers ('ketenregie' is also about 'regie')
        modifiers = self.index.lexical.compound_modifiers() if self.index is not None else None
        with modifiers_in_use(modifiers):
            return self._generate(question, passages, language, kind, analysis)

    def _generate(
        self,
        question: str,
        passages: list[Passage],
        language: str,
        kind: str | None,
        analysis: Question | None,
    ) -> Draft:
        started = time.perf_counter()
        analysis = analysis or analyse(question, language)
        plan_kind = kind or analysis.kind
        if kind is None and says_all(analysis, question):
            plan_kind = "summary"
        every: list[Unit] = []
        for i, p in enumerate(passages):
            every.extend(units_of(p, i, len(every)))
        units = [u for u in every if u.n_words >= 3 and not u.caveat]
        unsure = {u.section[0] for u in every if u.caveat and len(u.section) <= 2}
        if not units:
            return Draft([], generator=self.name)
        query = analysis.focus if plan_kind != "definition" and analysis.focus else without_asking(question)
        if self.index is not None:
            query = with_siblings(query, question, analysis.focus, self.index.lexical)
        if BENEFIT_ASKED.search(question):
            # whom a yield is for is no subject of the answer (``yields.without_beneficiary``)
            query = without_beneficiary(query, question) or query
        asked = " ".join(FILLERS.sub(" ", question).split())
        known = self.index.lexical.postings if self.index is not None else frozenset()
        definition, defined = definitions(question, asked, language, known)
        # A caller that sets the kind (a brief's section) wants points about its subject's words;
        # the novelty bonus is for answering a question, not for staying on a subject.
        novelty = self.weights.novelty if kind is None else 0.0
        if plan_kind == "comparison" and len(analysis.sources) >= 2 and self._about_every_source(analysis):
            analysis.views_only = True
        self._score(question, query, language, passages, units, definition, plan_kind, analysis, novelty)
        for unit in units:
            if unit.section[0] in unsure:
                unit.score -= UNCONFIRMED_PENALTY
        side_of = sides.side_of(analysis, passages)
        planned = self._in_dutch(analysis, language)
        telling = self._telling(planned)
        ctx = PlanContext(
            language=language,
            side_of=side_of,
            keep_ratio=self.weights.keep_ratio,
            definition=defined,
            labels=[sides.label(side.label) for side in analysis.sides],
            antecedents=self.weights.antecedents,
            max_sentences=min(
                self.settings.max_answer_sentences, analysis.at_most or self.settings.max_answer_sentences
            ),
            side_terms=sides.side_terms(analysis, known),
            broad=self._broad(analysis),
            telling=telling,
            said_telling=[t for t in telling if t in known],
            sources=[analysis.source_labels.get(p.doc_id, "") for p in passages],
            names=rules.name_pattern(analysis.names),
            unit_side=attribution.speaker_sides([s.label for s in analysis.sides], units)
            if analysis.people
            else attribution.person_sides(analysis.sides, units, side_of),
            # a caller that sets the kind (a brief's section) drops points off its subject or
            # already used: it gets three candidates, an answer to a question two (never padding)
            min_bullets=BRIEF_BULLETS if kind is not None else MIN_BULLETS,
            case=states_case(question, plan_kind),
            part_definition=self._part_definition(analysis, question, language)
            if plan_kind == "definition"
            else None,
            modifiers=self.index.lexical.compound_modifiers() if self.index is not None else (),
        )
        if plan_kind == "comparison":
            ctx.term_side = sides.term_sides(analysis, units, ctx.side_terms)
        composition = PLANS.get(plan_kind, PLANS["open"])(planned, units, ctx)
        held = (
            item_naming(ctx.said_telling, units, question)
            if plan_kind in ("open", "yes_no", "definition")
            else None
        )
        if (
            held is not None
            and composition.sentences
            and not set(ctx.said_telling[:1]) & set(stems(composition.sentences[0].text))
        ):
            # the rarest word asked is named only in one item of a list, and the lead does not name it
            composition = item_answer(held)
        if plan_kind not in ("who_said", "comparison"):
            composition = speaker_labelled(planned, units, composition)
        add_notes(
            composition,
            Asking(question, asked, analysis, planned, plan_kind, language),
            units,
            definition,
            defined,
            self.index,
        )
        draft = composition.sentences
        notice = None
        if self.weights.caveats and draft:
            # the lead's document, and each comparison side's: "Wat is het verschil tussen een ketenmanager
            # en een ketenregisseur?" opened the regisseur's side with a section whose own text could not be
            # confirmed, and said nothing of it (thirty-fifth session, ``tests/test_lead_rules.py``)
            opening = {passages[d.passage].doc_id for d in draft[:1] + [d for d in draft if d.label]}
            if any(u.caveat and u.section[0] in opening and len(u.section) <= 2 for u in every):
                notice = NOTICE.get(language, NOTICE["nl"])
        english = in_english_frame(draft, language, analysis)
        return Draft(
            draft,
            lead_in="\n\n".join(
                part
                for part in (composition.note, ENGLISH_LEAD if english and plan_kind != "comparison" else "")
                if part
            ),
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
        known = self.index.lexical.postings if self.index is not None else frozenset()
        mark_said_apart(query, language, analysis, units, known)
        asked = query_terms(query, language, analysis, units, known, self._idf)
        q_terms, alt, also, weights = asked.terms, asked.alt, asked.also, asked.weights
        for t in followups.carried_terms(question, q_terms) & set(weights):
            weights[t] *= followups.CARRIED_SHARE
        for t in set(stems(ranked_word(question) if carried(question) else "")) & set(weights):
            # a ranking follow-up's superlative no source says ("welke is het gevaarlijkst?") outweighed
            # its carried topic, and the answer left the pitfalls (thirty-first session); its note says it
            del weights[t]
        # words that weigh half: the state a thing is kept in ("Hoe houd ik de top betrokken?" asks about the
        # top, ``question_objects.KEPT_STATE``) and the place it is found ("Hoe ga je om met weerstand bij
        # medewerkers?" asks about resistance, ``question_objects.SCOPE``)
        frame, purpose = framing_word(question), purpose_words(question)
        halved = (
            kept_state(question),
            purpose if language == "nl" or purpose is None else f"{purpose} {glossed(purpose)}",
            scoped_word(question) if language == "nl" else None,
            # an English frame word weighs half as itself and as its glossary words ('problem' → 'probleem knelpunt')
            frame if language == "nl" or frame is None else f"{frame} {glossed(frame)}",
        )
        halved_words = (w for phrase in halved if phrase for w in phrase.split())
        for t in {t for word in halved_words for t in compound_stems(word)} & set(weights):
            weights[t] *= STATE_SHARE
        total = math.fsum(weights.values()) or 1.0
        doc_rank: dict[str, int] = {}
        for i, p in enumerate(passages):
            doc_rank.setdefault(p.doc_id, i)
        make_up = asks_make_up(question)
        names = rules.name_pattern(analysis.names)
        nouns = asked_senses(question) if language == "nl" else []
        # only a question that names its source: "Wat levert een gezamenlijke ambitie op?" is no question on Morgens'
        # section 'Gezamenlijke ambitie', whose "Het tot stand brengen … is echter niet eenvoudig" then led
        headed = fold(" ".join((analysis.focus or "").split())) if len(analysis.sources) == 1 else ""
        focus_stems = frozenset(stems(analysis.focus or ""))
        sims = self._dense_scores(question, units)
        closest = max(sims, default=0.0)
        found_by_order: dict[int, set[str]] = {}
        for unit, sim in zip(units, sims, strict=True):
            said = rules.unnamed_stems(unit, names)
            if nouns:
                # 'vorm' of "… geeft het ketenmanagement vorm" names no form (``assistant/idioms.py``)
                said = said - held_in_phrases(nouns, " ".join((unit.intro or unit.display, *unit.items)))
            under = headed and len(unit.section) > 1 and fold(" ".join(unit.section[-1].split())) == headed
            if under:
                said = (
                    said | focus_stems
                )  # a sentence under the heading the focus is says it (``HEADED_BONUS``)
            found = found_by_order[unit.order] = {t for t in weights if has(said, t, also[t])}
            found_ctx = found | {t for t in weights if has(unit.context, t, also[t])}
            unit.signals = Signals(
                own=math.fsum(weights[t] for t in found) / total,
                context=math.fsum(weights[t] for t in found_ctx) / total,
                dense=sim,
                prior=1.0 / (1.0 + 0.25 * doc_rank[unit.section[0]]),
                novelty=min(1.0, len(unit.stems - q_terms) / NOVEL_WORDS),
                definition=definition is not None and bool(definition.search(unit.quote)),
                locator=not make_up
                and (
                    lists_contents(unit.items) or locates(unit.intro)
                    if unit.is_list
                    else locates(unit.intro or unit.display) and not narrates_asked(question, unit.display)
                ),
                short=unit.n_words < 6 and (refers_back(unit.display) and sim < closest or sim < SHORT_CLOSE),
            )
            unit.score = unit.signals.score(wt, novelty_weight) + (HEADED_BONUS if under else 0.0)
        inherit_terms(units, found_by_order, weights, wt.own, wt.short)
        adjust(
            Asked(question, kind, analysis, language, q_terms, alt, self._broad(analysis)),
            units,
            passages,
            self.index,
            self._idf,
            wt.locator,
        )
        for unit in units:
            unit.base = unit.score
        if kind in rules.SPREAD_KINDS:
            return
        # the best sentence that may be quoted: a question ("Focus op je eigen belang of op een
        # gezamenlijk doel?") lent its section the bonus without ever being used (eighteenth session)
        best = max((u for u in units if usable(u)), key=lambda u: u.score, default=None)
        if best is None:
            return
        for unit in units:
            if unit.section == best.section:
                unit.score += wt.section
        for step in range(1, wt.read_on + 1):
            # the sentences right after the best one usually elaborate it
            nxt = best.order + step
            following = [u for u in units if u.order == nxt and u.passage == best.passage]
            for unit in following:
                unit.score += wt.follow

    def _part_definition(self, analysis: Question, question: str, language: str) -> PartDefinition | None:
        """What defines a compound term asked by its first part (``part_definitions``); None without an index."""
        if self.index is None:
            return None
        term = english_term(question, self.index.lexical.postings) if language == "en" else analysis.focus
        return part_definition(term, self.index.lexical.compound_modifiers())

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


TELLING_IDF = math.log(20)
"""The BM25 idf of a word in about one passage in twenty or fewer: a word that rare names the question's
subject ('ketenbureau', 'ketenregisseur'); 'ketensamenwerking' or 'staat' do not (``advice.off_subject``
told "Hoe krijg je mensen enthousiast voor ketensamenwerking?" that the sources give no advice on
ketensamenwerking, and "Hoe zorg je dat de burger centraal staat?" on 'staat'; twenty-ninth session)."""
BRIEF_BULLETS = 3
"""Advice bullets a brief's section always gets (it keeps only those on its subject)."""
HEADED_BONUS = 0.3
"""Added to a sentence under a heading that is the question's whole focus ('Doel'): "Wat is het doel van Ketens de
baas?" quoted the 'ketendoelstellingen' (the glossary's 'doelstelling') before "Ketens de baas wil bestuurders en
managers handvatten geven …" under 'Doel' (new informal questions, thirty-sixth session; ``tests/test_phrases.py``).
The section is found by its heading too (``routing.route``)."""
UNCONFIRMED_PENALTY = 0.1
"""A document that says in its lead that its own text could not be confirmed yields to one that
does not, when both carry the same point (the dossier's summary restates chapter 2's pillars)."""


@generators.register("extractive")
def _extractive(settings: Settings, index: Index | None = None) -> ExtractiveGenerator:
    return ExtractiveGenerator(settings, index)
