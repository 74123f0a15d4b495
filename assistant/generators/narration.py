"""An answer that opens with a report's narration of who spoke opens with that speaker's claim under their name.

"Waar hangt ketensamenwerking van af?" opened with "Na Groothedde hield John Froger een verhaal. Hij is zelfstandig
adviseur, …", two sentences of lead-up before the one that answers ("Zonder dat hij dat van tevoren had afgestemd, kwam de
strekking van zijn verhaal overeen met die van Groothedde: ketensamenwerking staat of valt met de mensen …"). The name
comes from the narrating sentence itself (``NARRATED``), never from a list of ours; the label tells whom the claim's
pronoun means, as ``speaker.reporter_first`` does for a report told in pronouns (forty-seventh session,
``tests/test_speaker_questions.py``).
"""

from __future__ import annotations

import re

from assistant.coherence import QUOTED_ON, refers_back
from assistant.generators.attribution import WHO_QUESTION
from assistant.generators.composition import Composition
from assistant.generators.units import Unit
from assistant.question import Question

NARRATED = re.compile(
    r"\b(?:hield|houdt)\s+(?P<held>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2})\s+(?:een|zijn|haar)\s+"
    r"(?:verhaal|presentatie|lezing|toespraak|inleiding)\b"
    r"|\bwas\s+het\s+woord\s+aan\s+(?P<floor>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2})",
    re.I,
)
"""A sentence that tells who spoke, with the speaker's name: "Na Groothedde hield John Froger een verhaal", "… was het
woord aan Arco Groothedde"."""
QUOTATION_OPENED = re.compile(r"^(?P<name>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2}):\s*[“„\"]")
"""A quotation opened under its speaker's name ("Boissevain: “Je moet dus …"): the sentences after it that go on
inside the quotation are that speaker's story as well. "Wat is horizontaal toezicht?" quoted five sentences of
Boissevain's before the one that names it (new informal questions, fifty-first session;
``tests/test_speaker_questions.py``); the claim must read under the label (``coherence.QUOTED_ON``)."""
QUOTE_MARGIN = 1.5
"""How much better than every other sentence of a quotation its claim must match the question for the quotation to
open at it: "Waarom moeten regels als dienst worden aangeboden?" is answered by the whole of Boissevain's quotation
("… lever die als een dienst terug. Door deze dienst …"), its closing "Maar …" matching only by 'regelen' (0.57 against
0.56); "Wat is horizontaal toezicht?" by that closing sentence alone (0.94 against 0.56; fifty-first session)."""
CLAIM_MIN = 2
"""Sentences of the story a claim must come after for its lead-up to be dropped (as ``speaker.CHAIN_BEFORE``)."""


def narrated_first(q: Question, units: list[Unit], comp: Composition) -> Composition:
    """``comp`` from its best claim on, under the name its opening sentence narrates, when it opens with such a
    narration followed by a story told in pronouns in one passage; else ``comp`` unchanged. Not when the question
    names a person (``speaker.person_first`` labels those) or asks who (the narration may be the answer), nor when the
    answer already has a label."""
    sentences = comp.sentences
    people = any(not source.publication for source in q.sources)
    if people or WHO_QUESTION.search(q.text) or len(sentences) <= CLAIM_MIN or sentences[0].label:
        return comp
    by_quote = {(u.passage, u.quote): u for u in units}
    shown = [by_quote.get((d.passage, d.quote)) for d in sentences]
    first = shown[0]
    found = NARRATED.search(first.display) if first is not None else None
    opened = QUOTATION_OPENED.match(first.display) if first is not None and found is None else None
    if first is None or (found is None and opened is None):
        return comp
    story = [first]
    for unit in shown[1:]:
        if unit is None or unit.passage != first.passage or unit.order != story[-1].order + 1:
            break
        if not (unit.quoted if opened else refers_back(unit.display)):
            break
        story.append(unit)
    claims = story[CLAIM_MIN:]
    if opened:
        claims = [u for u in claims if QUOTED_ON.match(u.display)]
    if not claims:
        return comp
    best = max(claims, key=lambda u: u.base)
    if opened and best.base < QUOTE_MARGIN * max(u.base for u in story if u is not best):
        return comp  # the quotation answers in more than the one claim: it stays whole
    start = shown.index(best)
    kept = sentences[start:]
    if opened is not None:
        kept[0].label = opened.group("name")
    elif found is not None:
        kept[0].label = found.group("held") or found.group("floor")
    return Composition(kept, sum(len(d.text.split()) for d in kept), comp.note)
