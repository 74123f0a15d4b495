"""Answer plans per question kind: which scored quotes go where, in what shape.

The extractive generator scores every quotable unit of the passages (``extractive.py``); a
plan turns those scores into an answer a manager can use. The lead carries the answer: a
definition's defining sentence, a list's complete items, a comparison's sides, the best
recommendation. Every plan draws only on units that pass the coherence rules
(``assistant/coherence.py``), so an answer gets shorter rather than stitched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from assistant.brackets import carried
from assistant.coherence import CONDITION, names_a_case_before, refers_back
from assistant.generators.antecedents import keep_pairs, opens_quote, unit_before
from assistant.generators.base import UNSOURCED, DraftSentence
from assistant.generators.leads import (
    ASKS_WHEN,
    CONDITIONED,
    LEAD_SHAPE_SHARE,
    LEAD_SHAPES,
    NEED_SHARE,
    ROLE_ASKED,
    acts,
    answers_when,
    answers_why,
    extent_lead,
    says_focus_over_list,
    states_asked,
    states_extent,
    states_need,
)
from assistant.generators.nudges import reason_elsewhere
from assistant.generators.part_definitions import PartDefinition
from assistant.generators.picking import pick
from assistant.generators.strays import without_strays
from assistant.generators.units import Unit, signpost, usable
from assistant.question import Question
from ketenwijzer.compounds import compound_stems

MAX_WORDS = 110
"""Word budget of a running-text answer (the evals' ``facts_in_budget`` reads 120 words)."""
MAX_SENTENCES = 7
"""Sentences of a running-text answer at most; the word budget usually binds first."""
MIN_BULLETS = 2
"""Advice bullets kept whatever their score (past these, only strong points join)."""
BARE_LIST_YIELD = 0.9
"""A list without an introduction yields to an enumerating sentence scoring this share of it."""


@dataclass
class Composition:
    """What a plan produced: draft sentences with their shape."""

    sentences: list[DraftSentence] = field(default_factory=list)
    words: int = 0
    note: str = ""
    """A remark in brackets before the quotes, without citation ("(De bronnen definiëren
    … niet)"): what the answer cannot give, said before what it gives."""
    note_stands: bool = False
    """The note holds whatever the index defines (a definition found elsewhere clears only a note on
    a definition)."""

    def add(self, unit: Unit, text: str | None = None, quote: str | None = None, **shape: object) -> None:
        """Append one quote of ``unit`` (by default the whole unit as running text)."""
        shown = text if text is not None else unit.display
        self.sentences.append(DraftSentence(shown, unit.passage, quote or unit.quote, **shape))  # type: ignore[arg-type]
        self.words += len(shown.split())

    def add_list(
        self, unit: Unit, lead: bool = True, label: str | None = None, items: Sequence[str] | None = None
    ) -> None:
        """A list: its intro as text (when there is one), then every item (or only ``items``) as a bullet.

        A ``label`` (a comparison side's) opens the intro, or stands on its own line above a
        list without one.
        """
        if unit.intro and lead:
            self.add(unit, unit.intro, unit.intro, label=label)
        elif label:
            self.sentences.append(DraftSentence(f"**{label}**:", UNSOURCED, ""))
        for item in unit.items if items is None else items:
            self.add(unit, item, item, bullet=True)


def _states_a_case(question: str) -> bool:
    """The question states a case ("als …", "waarbij …") or carries the previous turn's (a follow-up)."""
    return bool(CONDITION.search(question) or CASE_CLAUSE.search(question) or carried(question))


CASE_CLAUSE = re.compile(r"\b(?:waarbij|waarin|where|in\s+which)\b", re.I)
"""A clause that states the case a question asks about ("Hoe noem je samenwerking waarbij geen enkele
partij boven de andere staat?", articles a25)."""


def reading_order(chosen: list[Unit], first: Unit | None = None) -> list[Unit]:
    """``first`` (the lead) at the top, then the rest by passage rank and position."""
    rest = sorted((u for u in chosen if u is not first), key=lambda u: (u.passage, u.start))
    if first is None:
        return rest
    # a unit that points back to the lead stays right after it
    return [first, *rest]


# -- plans ---------------------------------------------------------------------------------


PlanFn = Callable[[Question, list[Unit], "PlanContext"], Composition]


@dataclass
class PlanContext:
    """What every plan may use besides the units."""

    language: str
    side_of: dict[int, int]
    """Passage index → side index, for comparisons."""
    keep_ratio: float
    definition: re.Pattern[str] | None = None
    labels: list[str] = field(default_factory=list)
    antecedents: bool = True
    """Bring the sentence a chosen one points back to (off: leave such sentences out)."""
    max_sentences: int = MAX_SENTENCES
    """Sentences of a running answer at most (``KETENWIJZER_MAX_ANSWER_SENTENCES``)."""
    min_bullets: int = MIN_BULLETS
    """Advice bullets kept whatever their score: a brief asks for more (it filters its points)."""
    side_terms: list[frozenset[str]] = field(default_factory=list)
    """Per comparison side, the stems that set it apart ('estafette' against 'netwerk')."""
    sources: list[str] = field(default_factory=list)
    """Passage index → the label of its source, when the question asks whose words these are."""
    names: re.Pattern[str] | None = None
    """The sources' names in a sentence (``rules.name_pattern``): "Volgens Ketens de baas …" names a
    source, not what the sentence is about."""
    unit_side: dict[int, int] = field(default_factory=dict)
    """Unit order → side index, when the sides are people of one source (``attribution.speaker_sides``):
    it overrides ``side_of``."""
    case: bool = False
    """The question states the case a "… dan …" sentence points back to (``coherence.states_case``)."""
    broad: bool = False
    """Every word asked is in a third of the passages or more (``scoring.UBIQUITOUS_IDF``): the question
    is about the corpus's whole domain ("Geef me drie tips voor ketensamenwerking")."""
    telling: list[str] = field(default_factory=list)
    """The focus stems rare enough to name the subject (``extractive.TELLING_IDF``), the rarest first:
    what the question is about ('ketenbureau' of "Hoe richt je een ketenbureau in?")."""
    said_telling: list[str] = field(default_factory=list)
    """The ``telling`` stems the corpus uses: a word no passage says cannot tell a stray passage
    (``strays.without_strays``; English "seminar" of tuning e13)."""
    part_definition: PartDefinition | None = None
    """For a compound term no passage defines, what defines it by its first part (``part_definitions``)."""
    modifiers: tuple[str, ...] = ()
    """The corpus's compound modifiers ('keten'; ``LexicalIndex.compound_modifiers``): its domain, no subject of a
    question of its own (``advice.carried_subject``)."""
    term_side: dict[int, int] = field(default_factory=dict)
    """Unit order → the one compared concept it names (``sides.term_sides``): it overrides the side
    of its passage."""

    def side(self, unit: Unit) -> int | None:
        """The comparison side a unit belongs to (by its speaker, the one concept it names, else its passage)."""
        if self.unit_side:
            return self.unit_side.get(unit.order)
        if unit.order in self.term_side:
            return self.term_side[unit.order]
        return self.side_of.get(unit.passage)


def _running(chosen: list[Unit], comp: Composition | None = None) -> Composition:
    comp = comp or Composition()
    for unit in chosen:
        if unit.is_list:
            comp.add_list(unit)
        else:
            comp.add(unit)
    return comp


def plan_open(q: Question, units: list[Unit], ctx: PlanContext) -> Composition:
    """The best sentence first, then what elaborates it, within the word budget.

    A whole list joins a running answer only when it is the best unit: a list tacked on
    after the answer reads as padding; so does a signpost ("Het dossier zet ze op een rij in de
    tabel …"), which joins only as the best unit. Bare bullets whose every word the sentence
    before them already says ("… drie sterke weerstanden: angst voor verlies aan macht en
    autonomie, opgelegde samenwerking en een te hoge doelstelling" above the same three as
    bullets) are left out: the sentence opens the answer alone (sixth session).
    """
    # bare bullets say nowhere what they list: no best unit ("Moet je als keten ook naar de klant
    # kijken?" led with five organisation forms, one of them 'Klant-leverancierrelaties'; twenty-fourth
    # session, ``tests/test_lead_rules.py``)
    best = max((u for u in units if not (u.is_list and not u.intro)), key=lambda u: u.base, default=None)
    candidates = [
        u for u in units if (not u.is_list and not signpost(u)) or u is best or _reads_on(u, best, units)
    ]
    chosen = pick(
        units, candidates, ctx.max_sentences, MAX_WORDS, ctx.keep_ratio, antecedents=ctx.antecedents
    )
    if not chosen:
        return Composition()
    lead = max(chosen, key=lambda u: u.base)
    shaped = LEAD_SHAPES.get(q.kind)
    if shaped is not None and not shaped.search(lead.display):
        # "Waarom …?" is answered by a sentence that gives a reason, when one scores nearly as well
        asked = set(compound_stems(q.focus))
        fitting = [
            u
            for u in chosen
            if (
                shaped.search(u.display)
                and not reason_elsewhere(u.display, asked)
                and not refers_back(u.display)
                or q.kind == "cause"
                and answers_why(u.display, asked)
            )
            and u.base >= LEAD_SHAPE_SHARE * lead.base
            # a reason for something else, one that says no word asked, does not lead: "Waarom is ketensturing
            # zo moeilijk?" opened with "Ketens zijn … een veelbesproken onderwerp, omdat …" (forty-first session)
            and (u.signals is None or u.signals.own > 0)
        ]
        if not fitting and q.kind == "cause":
            # a condition that says the outcome asked may have lost its place to shorter sentences
            fitting = [
                u
                for u in candidates
                if u not in chosen
                and CONDITIONED.match(u.display)
                and answers_why(u.display, asked)
                and u.base >= LEAD_SHAPE_SHARE * lead.base
            ][:1]
            if fitting:
                chosen = _chosen_with_first(fitting[0], units, candidates, ctx)
                fitting = [u for u in fitting if u in chosen]
        lead = max(fitting, key=lambda u: u.base, default=lead)
    if ROLE_ASKED.search(q.text) and not acts(lead, q):
        # what a thing does is said where it acts (``leads.acts``)
        acting = [
            u
            for u in chosen
            if acts(u, q) and not refers_back(u.display) and u.base >= LEAD_SHAPE_SHARE * lead.base
        ]
        lead = max(acting, key=lambda u: u.base, default=lead)
    if ASKS_WHEN.match(q.text) and not answers_when(lead.display, q.text):
        depending = [
            u for u in chosen if answers_when(u.display, q.text) and u.base >= LEAD_SHAPE_SHARE * lead.base
        ]
        lead = max(depending, key=lambda u: u.base, default=lead)
    if q.kind == "yes_no" and not states_extent(lead, q) and (extent := extent_lead(q, lead, candidates)):
        # a question about every case is answered by how many before the thing stated: "Heeft een keten altijd een
        # ketenmanager nodig?" led with "Bij de overheid heeft een ketenmanager soms doorzettingsmacht", which says
        # the question's verb, over "Veel ketens stellen … een ketenmanager aan" (fifty-second session)
        if extent not in chosen:
            chosen = _chosen_with_first(extent, units, candidates, ctx)
        lead = extent
    if q.kind == "yes_no" and not states_asked(lead, q) and not states_extent(lead, q):
        stating = [u for u in chosen if states_asked(u, q) and u.base >= LEAD_SHAPE_SHARE * lead.base]
        if not stating:
            needed = sorted(
                (
                    u
                    for u in candidates
                    if (
                        states_extent(u, q)
                        or states_need(u, q)
                        and not _says_all_asked(lead)
                        or says_focus_over_list(u, lead, q)
                    )
                    and u.base >= NEED_SHARE * lead.base
                ),
                key=lambda u: -u.base,
            )[:1]
            if needed and needed[0] not in chosen:
                chosen = _chosen_with_first(needed[0], units, candidates, ctx)
            stating = [u for u in needed if u in chosen]
        lead = max(stating, key=lambda u: u.base, default=lead)
    if refers_back(lead.display, ctx.case):
        # a yes/no lead that says how many ("Veel ketens stellen daarom …") opens after its reason
        stands_alone = q.kind == "yes_no" and not states_extent(lead, q)
        alone = [
            u
            for u in chosen
            if stands_alone and not refers_back(u.display) and u.base >= ALONE_SHARE * lead.base
        ]
        if alone:
            lead = max(alone, key=lambda u: u.base)
        else:
            # the answer opens where the chain of sentences pointing back starts (``CHAIN``), a quotation where it
            # opens (``Unit.quoted``)
            while refers_back(lead.display, ctx.case) or (lead.quoted and not opens_quote(lead)):
                before = next(
                    (u for u in chosen if u.passage == lead.passage and u.order == lead.order - 1), None
                )
                if before is None:
                    break
                lead = before
    if names_a_case_before(lead.display) and not _states_a_case(q.text):
        # a lead on "dat laatste geval" that the question does not state opens with the case before it
        # ("Wat zegt de GEMMA over regie?" opened "Zeker in dat laatste geval …"; thirty-first session,
        # ``tests/test_coherence.py``); a question that states it is its antecedent (articles a24, a25),
        # and so is the turn a follow-up carries (conversations v08)
        before = unit_before(lead, units)
        if before is not None and usable(before) and not before.is_list:
            if before not in chosen:
                chosen.append(before)
            lead = before
    if lead.is_list and not lead.intro:
        # bare bullets say nowhere what they list: the sentence before them opens the answer
        before = unit_before(lead, units)
        if before is not None and usable(before) and not before.is_list and not refers_back(before.display):
            if before not in chosen:
                chosen.append(before)
            if lead.stems <= before.stems:
                chosen.remove(lead)  # the sentence already names every item
            lead = before
    chosen = without_strays(chosen, lead, ctx.said_telling)
    return _running(keep_pairs(reading_order(chosen, lead), units, ctx.case))


def _reads_on(unit: Unit, best: Unit | None, units: list[Unit]) -> bool:
    """``unit`` is a list whose introduction points back to the best sentence right before it: the best sentence's own
    continuation, no list tacked on. "Wat is volgens Groothedde de belangrijkste succesfactor?" kept "De teneur van
    Grootheddes verhaal was duidelijk: … 'zachte', menselijke factoren" and left out "Hij benoemde 5 veelal zachte
    factoren …:" with the five, once the two scored alike (forty-seventh session, ``tests/test_speaker_questions.py``)."""
    return (
        best is not None
        and unit.is_list
        and bool(unit.intro)
        and refers_back(unit.intro or "")
        and unit_before(unit, units) is best
    )


def _says_all_asked(unit: Unit) -> bool:
    """The sentence has every word asked in itself: "Ketenpartners leveren … een deel van hun macht en
    autonomie in" answers "moet die (ketenpartner) iets inleveren?" as it stands; a sentence on what is
    'nodig' with fewer of them does not take its place (``states_need``; twenty-eighth session)."""
    return unit.signals is not None and unit.signals.own >= 1.0


ALONE_SHARE = 0.9
"""A yes/no question asks a position. A best sentence that points back ("Zo eindigde de middag waarmee die ook begon: ketensamenwerking
is mensenwerk") yields the lead to a chosen sentence that stands alone and scores at least this
share of it ("De belangrijkste conclusie: ketensamenwerking is mensenwerk"), instead of opening
with the sentence it points back to, which need not answer ("Ondanks de verschillen per situatie
…"; "Klopt het dat ketensamenwerking mensenwerk is?", new informal questions, ninth session;
``tests/test_lead_rules.py``). For every kind it cost the tuning half nora n43 ("Wat hoort er in
een ketenrapportage?" is answered by the sentence "Op die resultaten …" points back to) and
moved "Vroeger waren zij …" to the front of p41."""


def _chosen_with_first(
    first: Unit, units: list[Unit], candidates: list[Unit], ctx: PlanContext
) -> list[Unit]:
    """The sentences chosen again with ``first`` ahead of all, so what is left keeps the sentences
    it points back to (a lead that had lost its place to shorter sentences)."""
    saved, first.score = first.score, max(u.score for u in candidates) + 1e-6
    try:
        return pick(
            units, candidates, ctx.max_sentences, MAX_WORDS, ctx.keep_ratio, antecedents=ctx.antecedents
        )
    finally:
        first.score = saved


from assistant.generators.advice import plan_advice  # noqa: E402  (it uses the helpers above)
from assistant.generators.comparison import plan_comparison  # noqa: E402
from assistant.generators.definition import plan_definition  # noqa: E402
from assistant.generators.example_items import plan_example  # noqa: E402
from assistant.generators.lists import plan_list  # noqa: E402
from assistant.generators.speaker import plan_who_said  # noqa: E402

PLANS: dict[str, PlanFn] = {
    "definition": plan_definition,
    "list": plan_list,
    "comparison": plan_comparison,
    "advice": plan_advice,
    "cause": plan_open,
    "consequence": plan_open,
    "example": plan_example,
    "who_said": plan_who_said,
    "yes_no": plan_open,
    "summary": plan_open,
    "open": plan_open,
}
"""The plan per question kind (``assistant/question.py``)."""
