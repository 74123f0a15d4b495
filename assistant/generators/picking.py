"""Picking the sentences of a running answer: best first, with diversity, each with what it points back to.

Split from ``composition.py`` (thirty-fourth session) when that passed 400 lines; the plans import
``pick`` from there as before. Behaviour unchanged by the move.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.coherence import names_a_case_before, refers_back
from assistant.generators.antecedents import antecedent_chain, unit_before
from assistant.generators.units import Unit, usable
from assistant.repetition import near_duplicate, overlap, said_together


def pick(
    units: Sequence[Unit],
    candidates: Sequence[Unit],
    limit: int,
    max_words: int,
    keep_ratio: float,
    taken: set[int] | None = None,
    redundancy: float = 0.6,
    antecedents: bool = True,
) -> list[Unit]:
    """Best-first with diversity; a unit that points back comes with the unit it points to.

    Stops when a unit scores below ``keep_ratio`` of the best, when ``limit`` units are in,
    or when the next one would pass ``max_words``. Near-duplicates (Jaccard of stems above
    ``redundancy``) are skipped. The result is best first, with the antecedent directly before the
    unit that needs it; the plans put it in reading order (``composition.reading_order``). A unit that
    points back to a sentence not yet chosen waits, and is tried again right after that sentence comes in.
    """
    taken = set() if taken is None else taken
    ordered = sorted((u for u in candidates if usable(u)), key=lambda u: -u.score)
    if not ordered:
        return []
    best = ordered[0].score
    chosen: list[Unit] = []
    words = 0
    waiting: list[Unit] = []
    """Units that point back to a sentence not (yet) in the answer: tried again when it comes in."""
    queue = list(ordered)
    while queue:
        unit = queue.pop(0)
        if len(chosen) >= limit:
            break
        if chosen and unit.score < keep_ratio * best:
            break
        if (
            unit.order in taken
            or any(
                _similar(unit, c) > redundancy
                or near_duplicate(unit.display, c.display, parallel=unit.passage == c.passage)
                for c in chosen
            )
            or _restates(unit, chosen)
        ):
            continue
        group = [unit]
        if refers_back(unit.display) or chosen and names_a_case_before(unit.display):
            # after the lead, a sentence on "dat laatste geval" needs the case before it ("Hoeveel
            # partijen heb je minimaal nodig?" ended on GEMMA's "Zeker in dat laatste geval …";
            # thirty-first session, ``tests/test_coherence.py``); as the lead the question names it
            chain = antecedent_chain(unit, units, taken=taken) if antecedents else None
            if chain is not None and _untold_story(chain, taken, units):
                continue
            if chain is None:
                if antecedents:
                    waiting.append(unit)
                continue
            group = [*(u for u in chain if u.order not in taken), unit]
        size = sum(u.n_words for u in group)
        if chosen and words + size > max_words:
            continue
        chosen.extend(group)
        taken.update(u.order for u in group)
        words += size
        # a unit whose antecedent just came in is next: best-first, "We spreken dan van horizontale
        # samenwerking" (the name articles a25 asks for) was dropped for good because "Dat is …
        # niet haalbaar …", which it leans on, was not in yet (twenty-fourth session)
        # so is one whose chain of pronouns now reaches the answer ("Dat brengt nieuwe dilemma's met zich mee:" three
        # sentences of Winters' story after "Ze legde de zaal voor …"; forty-fifth session)
        ready = [
            w
            for w in waiting
            if unit_before(w, units) in group or antecedent_chain(w, units, taken=taken) is not None
        ]
        waiting = [w for w in waiting if w not in ready]
        queue[:0] = ready
    return chosen


STORY_MIN = 3
"""Sentences of a story to tell first that make it too long to tell for one sentence (``_untold_story``);
two ("Na Groothedde hield John Froger een verhaal. Hij is zelfstandig adviseur …") introduce a speaker
whose next sentence the English e14 of the tuning half needs."""


def _untold_story(chain: list[Unit], taken: set[int], units: Sequence[Unit] | None = None) -> bool:
    """A story of ``STORY_MIN`` or more sentences to tell first, none of which shares a word with the
    question (``Signals.own``): the one sentence that needs it does not carry the answer alone. "Wat voor
    leider heeft een keten nodig?" told Anneleen Winters' story in five sentences for "Vroeger waren zij
    'unieke leiders van unieke organisaties'"; asked about Winters by name the story stays (new informal
    questions, thirty-seventh session, ``tests/test_lead_rules.py``)."""
    new = [u for u in chain if u.order not in taken]
    if len(new) < STORY_MIN or any(u.signals is not None and u.signals.own > 0 for u in new):
        return False
    if all(u.quoted for u in new):
        return False  # one speaker's quotation is the sentence's own argument (``Unit.quoted``)
    # a story that goes on from a sentence already in the answer is told on: "Welke dilemma's noemt Anneleen Winters?"
    # told "Deze werd ingeleid door Anneleen Winters" and never reached her dilemmas (forty-fifth session;
    # ``tests/test_coherence.py``)
    anchor = unit_before(new[0], units) if units is not None else None
    return not (anchor is not None and anchor.order in taken)


def _restates(unit: Unit, chosen: list[Unit]) -> bool:
    """``unit`` says what chosen sentences of other passages say between them (``repetition.said_together``) and
    weighs no more on its own than the weakest of them: a restatement that answers better stays. "Volgens
    paragraaf 1.2 is een keten niet altijd de beste organisatievorm; de keuze … hangt af van specifieke
    voorwaarden" restates two sentences of 1.2 and leads "Wanneer kies je voor een keten?" (a test caught it
    dropped)."""
    others = [c for c in chosen if c.passage != unit.passage]
    return (
        bool(others)
        and unit.base <= min(c.base for c in others)
        and said_together(unit.display, [c.display for c in others])
    )


def _similar(a: Unit, b: Unit) -> float:
    """The overlap of two units' stems (``repetition.overlap``)."""
    return overlap(a.stems, b.stems)
