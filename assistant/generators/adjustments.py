"""The adjustments a question's words make to its sentences' scores, in the order they apply.

After the base score (term coverage, similarity, rank: ``extractive.ExtractiveGenerator._score``) the
question's kind and words call up small named rules, each in its own module with the question it was
made for: a definition's nudges, a benefit asked, a condition, a number, a speaker. Split from
``extractive.py`` (thirtieth session) when it passed 400 lines; behaviour unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.alternatives import favour_contrast
from assistant.generators import attribution, cases, followups, numbering, rules, scenes, weights
from assistant.generators.beginnings import favour_beginning
from assistant.generators.benefits import favour_benefit, favour_worth
from assistant.generators.causes import favour_cause_of
from assistant.generators.demonstratives import yield_pointed_back
from assistant.generators.example_nudges import favour_instances, favour_qualified
from assistant.generators.growth import favour_growth
from assistant.generators.nudges import (
    NUDGES,
    favour_absence,
    favour_lede,
    favour_lede_naming,
    favour_term,
    nudge_summary,
    yield_illustration,
    yield_reason_elsewhere,
)
from assistant.generators.relations import domain_stems, yield_passing
from assistant.generators.scoring import UBIQUITOUS_IDF
from assistant.generators.unasked import yield_unasked
from assistant.generators.units import Unit, mentions
from assistant.glossary import dutch_focus, expand_query
from assistant.kind_patterns import ASKS_SPEAKER
from assistant.question import Question
from assistant.question_objects import example_qualified, example_subject
from ingest.index import Index
from ingest.numbered import asks_number
from ketenwijzer.models import Passage
from ketenwijzer.text import sentences, stems


@dataclass(frozen=True)
class Asked:
    """What the rules read of a question: its text, kind and analysis, its language, the stems asked
    (``terms``) with their glossary alternatives (``alt``), and whether it is about the whole domain."""

    question: str
    kind: str
    analysis: Question
    language: str
    terms: set[str]
    alt: dict[str, set[str]]
    broad: bool


FIELD = re.compile(r"\b(?:in|bij|binnen|within)\s+(?:de\s+|het\s+|the\s+)?(?P<field>[^\W\d_]{4,})", re.I)
"""A field the instances are asked in ("in de jeugdzorg"). Only a field qualifies them: the rarest word anywhere
("Uit welke keten komt de praktijkervaring van de auteurs …?": 'praktijkervaring') kept the loonaangifteketen from
its instance bonus (held-apart articles a04 lost its lead, forty-second session, †)."""


def qualified(analysis: Question, units: list[Unit], idf: Callable[[str], float]) -> list[Unit]:
    """The units that name the rarest word of the field a list asks its instances in (``FIELD``: "Welke organisaties
    werken samen in de jeugdzorg?": 'jeugdzorg'), or all units when none does. Kinds of the domain word outside it ('ketenorganisatie')
    led, while Be Informed names the partners in youth care (new informal questions, forty-second session;
    ``tests/test_lead_rules.py``)."""
    own = set(stems(analysis.instances_of))
    fields = [m["field"] for m in FIELD.finditer(analysis.text)]
    telling = [t for t in stems(" ".join(fields)) if t not in own and idf(t) >= UBIQUITOUS_IDF]
    if not telling:
        return units
    rarest = max(telling, key=idf)
    naming = [u for u in units if mentions(u.stems, rarest)]
    return naming or units


def adjust(
    asked: Asked,
    units: list[Unit],
    passages: list[Passage],
    index: Index | None,
    idf: Callable[[str], float],
    locator: float,
) -> None:
    """Apply the rules the question calls up to the units' scores (see the module docstring)."""
    question, kind, analysis, language = asked.question, asked.kind, asked.analysis, asked.language
    q_terms, alt, joined = asked.terms, asked.alt, analysis.joined
    if not (kind == "who_said" and analysis.sources and not ASKS_SPEAKER.match(question)):
        # "Wat zegt Morgens over …": the named source is already the filter, its own
        # sentences need no attribution bonus; "Wie zegt dat?" asks for the speaker
        NUDGES.get(kind, lambda _: None)(units)
    # the focus words a corpus-wide word aside ('keten', also in a source's name): what a rule can tell a thing by
    telling_focus = frozenset(t for t in stems(analysis.focus or "") if idf(t) >= UBIQUITOUS_IDF)
    if kind == "cause" and language == "nl":
        # a word in every other passage says nothing of what is caused
        favour_cause_of(units, telling_focus)
    favour_term(question, units)
    messages = kind == "comparison" and (
        analysis.overview or (analysis.views_only and len(analysis.sources) >= 2)
    )
    if messages:
        # sources compared on their message as a whole ("Waar gaan de bronnen over?", "Hoe verschillen
        # Morgens en ICTU in hun kijk op ketens?"): each side is a summary (``overview.py``); by its name
        # alone the dossier's side opened with "Het dossier werd eind juli 2013 op NORA Online
        # geplaatst" (twenty-ninth session; ``tests/test_comparison_rules.py``)
        nudge_summary(units)
    if kind == "summary" or messages:
        # a side's lede only where the source is one document: each section of the dossier opens
        # its own passage, and "Het dossier werd eind juli 2013 op NORA Online geplaatst" led
        alone = {d for side in analysis.sides if len(side.doc_ids) == 1 for d in side.doc_ids}
        opening = {
            i for i, p in enumerate(passages) if p.position == 0 and (not messages or p.doc_id in alone)
        }
        favour_lede(units, opening)
    elif kind in ("who_said", "open") and len(analysis.sources) == 1 and analysis.sources[0].publication:
        # a source's name in the question is no subject: "Wat is volgens ICTU het doel van Ketens de baas?" is not on 'baas'
        named = rules.name_pattern(analysis.names)
        name_stems = (
            {t for m in named.finditer(question) for t in stems(m.group(0))} if named is not None else set()
        )
        favour_lede_naming(
            units, {i for i, p in enumerate(passages) if p.position == 0}, frozenset(q_terms) - name_stems
        )
    if kind == "consequence":
        favour_absence(question, units, alt)
        cases.yield_absent_case(question, analysis.focus, kind, units)
    if kind == "cause":
        telling = {t for t in q_terms if idf(t) >= UBIQUITOUS_IDF}
        yield_reason_elsewhere(units, q_terms, telling)
        cases.favour_predicate(kind, joined, units)
        cases.yield_opposite_outcome(kind, question, joined, units)
        cases.favour_asked_outcome(kind, question, joined, units)
    cases.favour_asked_verb(kind, question, units, idf)
    yield_illustration(kind, units, q_terms - domain_stems())
    yield_passing(kind, units, q_terms - domain_stems(), rules.name_pattern(analysis.names))
    yield_pointed_back(units, q_terms)
    thing = example_subject(question) if kind == "example" else None
    if thing:
        favour_instances(expand_query(thing, language), units)
    if kind == "example" and language == "nl":
        head, qualifier = example_qualified(question)
        favour_qualified(head, qualifier, units, lambda t: idf(t) >= UBIQUITOUS_IDF)
    if kind == "list":
        rules.favour_list_head(question, units, language)
        if analysis.instances_of:
            # "Welke ketens zijn er?" (``searched.instances_asked``), among the sentences on what qualifies them
            favour_instances(analysis.instances_of, qualified(analysis, units, idf))
    rules.favour_count(question, units)
    if index is not None and asks_number(question):
        # read only when a number is asked: the first read scans every chunk's text
        numbered = index.numbered()
        at_home = numbering.homes(question, index.headings(), numbered)
        home = {i for i, p in enumerate(passages) if p.doc_id in at_home}
        numbering.favour_numbered(question, units, numbered, locator, home)
    rules.favour_amount(question, units)
    rules.favour_working(question, units)
    if attribution.WHO_QUESTION.search(question):
        attribution.favour_agents(units)
    attribution.favour_named(analysis, units)
    attribution.favour_identity(question, units)
    weights.favour_message(analysis, units, [p.title for p in passages])
    weights.favour_weight(question, units, frozenset(q_terms))
    if index is not None:
        favour_contrast(question, units, analysis.focus, index.lexical)
    favour_benefit(question, units, broad=asked.broad)
    favour_worth(question, units, telling_focus)
    # the terms asked, an English question's in the corpus's Dutch ("How do you build trust?": 'vertrouw')
    # of the asking sentence only: a scene told before it grows nothing asked ("De samenwerking is ons opgelegd … Hoe krijg
    # ik er toch energie in?" lifted "hoe meer verschillende partijen moeten samenwerken"; forty-eighth session)
    grown = frozenset(t for t in q_terms if idf(t) >= UBIQUITOUS_IDF)
    said = sentences(question)
    asking = frozenset(stems(said[-1])) if len(said) > 1 else grown
    favour_growth(question, units, grown & asking or grown)
    favour_beginning(question, units)
    # an English focus in the corpus's Dutch: 'condition' is said as 'voorwaarde' ("What is the most important condition
    # according to Morgens?" lifted no "De belangrijkste succesfactor …"; forty-seventh session)
    focus = analysis.focus or ""
    if language == "en" and index is not None and focus:
        focus = dutch_focus(focus, index.lexical.postings) or focus
    rules.favour_superlative(question, units, focus)
    cases.favour_condition(question, units)
    followups.favour_new(analysis, units)
    rules.yield_besides(units, q_terms)
    scenes.yield_scene(question, units, message=bool(messages) or kind == "summary")
    cases.favour_same_case(question, kind, units, idf)
    cases.yield_to_outcome(question, kind, units)
    yield_unasked(units)
