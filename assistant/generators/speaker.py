"""The who-said plan: "Wie zegt dat?" is answered by the sentence that names who says it.

A question that asks for the speaker of a claim (a follow-up carries the previous answer's claim,
``conversation._claim``; "Wie stelt dat …?" names it itself) is answered by the claim's own
passage: the sentence that names its speaker ("“Met dit dossier zeggen we eigenlijk: let op”,
zegt Cor Franke"), then the claim. Repeating the claim alone, as the open plan did, answers
nothing (conversations v09, fifth session; ``tests/test_answers.py``).
"""

from __future__ import annotations

import re

from assistant.brackets import carried, says
from assistant.coherence import NAMED_PRONOUN, NAMED_PRONOUN_NEAR, refers_back
from assistant.generators.antecedents import antecedent
from assistant.generators.attribution import ATTRIBUTED, gives_floor, gives_role, speaker_name, speaker_states
from assistant.generators.composition import (
    Composition,
    PlanContext,
    plan_open,
    signpost,
)
from assistant.generators.narration import narrated_first
from assistant.generators.units import Unit, usable
from assistant.kind_patterns import ASKS_SPEAKER
from assistant.question import Question

LOOK_BACK = 4
"""How many sentences before the claim may name its speaker (a quotation follows its speaker)."""


def names_speaker(unit: Unit) -> bool:
    """The unit says whose words these are ("zegt Cor Franke", "volgens Groothedde",
    "Boissevain: “…"); a name alone does not ("zoals Bureau Jeugdzorg, GGZ, …")."""
    return bool(ATTRIBUTED.search(unit.intro or unit.display))


QUOTATION = re.compile(r"^\s*[\"“„‘']")
"""A unit that opens with a quotation mark: someone's words."""
PERSON_WITH_ROLE = re.compile(
    r"\b[A-Z][a-z]+(?:\s+(?:van|de|der|den|ter|ten))*\s+[A-Z][a-z]+,\s+(?:die\s+)?(?:als\s+)?[a-z]"
)
"""A person's full name followed by their role: "Cor Franke, die als projectleider …"."""


def introduces(unit: Unit, quotation: Unit) -> bool:
    """``unit`` comes right before ``quotation`` in its passage and introduces a person with their
    role: the quotation is theirs.

    "Boissevain krijgt daarin bijval van Cor Franke, die als projectleider … “Er zijn twee soorten
    samenwerkingsverbanden. …”": no 'zegt', yet the words are Franke's. "Wie zegt dat?" named
    Boissevain, whose name came in a later sentence (twelfth session; ``tests/test_answers.py``).
    """
    return (
        unit.passage == quotation.passage
        and quotation.order - unit.order == 1
        and PERSON_WITH_ROLE.search(unit.intro or unit.display) is not None
    )


def plan_who_said(q: Question, units: list[Unit], ctx: PlanContext) -> Composition:
    """For "Wie zegt …?": the sentence naming the speaker, then the claim; else the open plan.
    Either way the answer opens with the label of the source it quotes (``with_source``)."""
    if not ASKS_SPEAKER.match(q.text):
        return person_first(q, units, plan_open(q, units, ctx))
    return with_source(_speaker_first(q, units, ctx), ctx)


def person_first(q: Question, units: list[Unit], comp: Composition, first: bool = False) -> Composition:
    """A person asked for ("Wat zei Anneleen Winters over …?") whose words the report tells in
    pronouns opens with their best claim under their name as a label ("**Anneleen Winters**: Ze
    legde de zaal voor dat de rol van publieke managers is veranderd."), not with the sentences
    that lead up to it: the answer opened with "Het tweede deel van de middag was er ruimte voor
    discussie", then who introduced the discussion and where she takes her doctorate (practical
    p41 on the tuning half; new informal questions, seventeenth session; ``tests/test_speaker_questions.py``).
    The label is the name as the report writes it; the pronoun then points to it."""
    person = next((s for s in q.sources if not s.publication), None)
    if person is None or len(comp.sentences) < 2 or comp.sentences[0].label:
        return comp
    names = {w for w in person.matched_words if len(w) >= 4}
    spoken = speaker_states(units, names)
    by_quote = {(u.passage, u.quote): u for u in units}
    shown = [by_quote.get((d.passage, d.quote)) for d in comp.sentences]
    if shown[0] is None or spoken.get(shown[0].order) is True and not gives_floor(shown[0].display):
        return comp  # the answer already opens with their words
    claims = [
        i
        for i, unit in enumerate(shown)
        if i > 0
        and unit is not None
        and not comp.sentences[i].bullet
        and unit.passage == shown[0].passage
        and spoken.get(unit.order) is True
        and (
            NAMED_PRONOUN.match(unit.display)
            or NAMED_PRONOUN_NEAR.match(unit.display)
            or (first and HIS_OR_HER.search(unit.display))
        )
    ]
    if not claims:
        return comp
    reported = [i for i in claims if REPORTS.search(shown[i].display)]  # type: ignore[union-attr]
    # ``first``: the person asked about, not their words: the first sentence about them
    best = claims[0] if first else max(reported or claims, key=lambda i: shown[i].base)  # type: ignore[union-attr]
    label = written_name(names, [u.display for u in shown if u is not None])
    if label is None:
        return comp
    best = _story_start(best, shown)
    kept = comp.sentences[best:]
    kept[0].label = label
    return Composition(kept, sum(len(d.text.split()) for d in kept), comp.note)


def _story_start(best: int, shown: list[Unit | None]) -> int:
    """The sentence a labelled answer opens with: the claim, or the sentences before it in the person's story while it
    points back beyond its pronoun. "**Arco Groothedde**: Hij benadrukte dat het voor dit soort samenwerking …" left
    'dit soort samenwerking' dangling; it opens with "Als lid van … vertelde hij over zijn ervaring met
    ketensamenwerking" (new informal questions, forty-seventh session; ``tests/test_speaker_questions.py``)."""
    while best > 0:
        unit, before = shown[best], shown[best - 1]
        if unit is None or before is None or not refers_back(NAMED_PRONOUN.sub("", unit.display, count=1)):
            break
        if NAMED_PRONOUN_NEAR.match(unit.display):
            # the person's pronoun among its first words is the label's: "Zonder dat hij dat van tevoren had afgestemd,
            # kwam de strekking van zijn verhaal overeen …" is his claim, and opened "Wat zegt Froger over de mensen in
            # een keten?" after his biography (fifty-second session, ``tests/test_speaker_questions.py``)
            break
        if (
            before.passage != unit.passage
            or before.order != unit.order - 1
            or not HIS_OR_HER.search(before.display)
        ):
            break
        best -= 1
    return best


HIS_OR_HER = re.compile(r"\b(?:hij|zij|ze|he|she)\b")
"""A person's pronoun anywhere in a sentence ("Als lid van de Raad van Bestuur van Kadaster … vertelde hij …"): who the
person asked about is (``person_first`` with ``first``)."""


def speaker_labelled(q: Question, units: list[Unit], comp: Composition) -> Composition:
    """An answer that opens with a report's lead-up to someone's words opens with those words under their name: a
    person asked to speak ("Welke dilemma's noemt Anneleen Winters?", forty-fifth session) by ``person_first``, any
    other by ``reporter_first``."""
    people = [source for source in q.sources if not source.publication]
    if any(source.speaks for source in people):
        comp = person_first(q, units, comp)
    elif people:
        # a person asked about ("Wie is Anneleen Winters?", "Waar promoveert Winters op?") opens with the first
        # sentence about them under their name: the answers opened with "Het tweede deel van de middag was er ruimte
        # voor discussie" (new informal questions, forty-fifth session; ``tests/test_speaker_questions.py``)
        comp = person_first(q, units, comp, first=True)
    return narrated_first(q, units, reporter_first(q, units, comp))


CHAIN_BEFORE = 2
"""Sentences of lead-up a reported claim must have before it for ``reporter_first`` to drop them."""


def reporter_first(q: Question, units: list[Unit], comp: Composition) -> Composition:
    """An answer that opens with the sentences leading up to what a person reported opens with that
    report under the person's name as a label, as ``person_first`` does when the question names
    them: "Wat is er veranderd aan de rol van managers bij de overheid?" opened with "Het tweede deel
    van de middag was er ruimte voor discussie", who introduced it and where she takes her
    doctorate, before "Ze legde de zaal voor dat de rol van publieke managers is veranderd" (new
    informal questions, twentieth session; ``tests/test_speaker_questions.py``).

    Only for a chain in one passage: every sentence after the first points back, the report
    (``REPORTS``, opening with a personal pronoun) comes at least ``CHAIN_BEFORE`` sentences in, and
    the nearest sentence before it names a person: two or more capitalised words that are not the
    sentence's first word nor part of a source's name (``Question.names``). Not when the question
    names a person: who they are may be what the lead-up says."""
    sentences = comp.sentences
    if any(not source.publication for source in q.sources):
        return comp  # a person asked about ("Wie is Anneleen Winters?"): who they are may be the lead-up
    if (
        len(sentences) <= CHAIN_BEFORE
        or sentences[0].label
        or any(d.bullet for d in sentences[: CHAIN_BEFORE + 1])
    ):
        return comp
    by_quote = {(u.passage, u.quote): u for u in units}
    shown = [by_quote.get((d.passage, d.quote)) for d in sentences]
    for i in range(1, len(sentences)):
        unit = shown[i]
        if unit is None or unit.passage != shown[0].passage or unit.order != shown[i - 1].order + 1:  # type: ignore[union-attr]
            return comp
        if not refers_back(unit.display):
            return comp
        if i >= CHAIN_BEFORE and NAMED_PRONOUN.match(unit.display) and REPORTS.search(unit.display):
            name = _person_before([d.text for d in sentences[:i]], q.names)
            if name is None:
                return comp
            kept = sentences[i:]
            kept[0].label = name
            return Composition(kept, sum(len(d.text.split()) for d in kept), comp.note)
    return comp


def _person_before(texts: list[str], source_names: list[str]) -> str | None:
    """The person the nearest of ``texts`` names last (see ``reporter_first``), else None."""
    for text in reversed(texts):
        found = [
            m.group(0)
            for m in _NAME.finditer(text)
            if m.start() > 0
            and len(m.group(0).split()) >= 2
            and not any(m.group(0) in name for name in source_names)
        ]
        if found:
            return found[-1]
    return None


REPORTS = re.compile(
    r"\b(?:zegt|zei|stelt|stelde|vertelt|vertelde|benadrukt|benadrukte|noemt|noemde|benoemt|benoemde|pleit|pleitte|"
    r"waarschuwt|waarschuwde|concludeert|concludeerde|betoogt|betoogde|moedigt|moedigde|legt|legde|"
    r"says|said|argues|argued|stresses|stressed)\b"
)
"""A verb that reports what someone says: "Wat zei Anneleen Winters?" opened with "Zij promoveert
binnenkort …" (where she takes her doctorate) over "Ze legde de zaal voor dat …"."""
_NAME = re.compile(r"\b(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+")


def written_name(names: set[str], texts: list[str]) -> str | None:
    """The person's name as the texts write it, first and last name where they are given
    ("Anneleen Winters" for 'winters'), else None."""
    found = [
        m.group(0) for text in texts for m in _NAME.finditer(text) if m.group(0).split()[-1].lower() in names
    ]
    return max(found, key=len, default=None)


def with_source(comp: Composition, ctx: PlanContext) -> Composition:
    """Open the answer with the label of the source its first quote comes from.

    "Wie zegt dat?" about a sentence no person is said to speak (a restated section of the
    dossier) was answered with the same sentence again: nothing said whose it was (conversations
    v12, tenth session). The label comes from the source's metadata (``SourceDirectory``), never
    from a list of ours; a sentence that names a speaker still follows it
    (``tests/test_answers.py::test_who_said_follow_up_names_the_source``).
    """
    first = comp.sentences[0] if comp.sentences else None
    if first is not None and not first.label and 0 <= first.passage < len(ctx.sources):
        first.label = ctx.sources[first.passage] or None
    return comp


def _speaker_first(q: Question, units: list[Unit], ctx: PlanContext) -> Composition:
    """The sentence naming the claim's speaker (with what it points back to), then the claim."""
    candidates = [u for u in units if usable(u) and not signpost(u)]
    if not candidates:
        return plan_open(q, units, ctx)
    carried_claim = said(q, candidates)
    claim = carried_claim or max(candidates, key=lambda u: u.base)
    if names_speaker(claim):
        if carried_claim is None:
            return plan_open(q, units, ctx)
        return _alone(claim, units, ctx, introducing(claim, candidates))
    earlier = sorted(
        (u for u in candidates if u.passage == claim.passage and 0 < claim.order - u.order <= LOOK_BACK),
        key=lambda u: -u.order,
    )
    quoted = QUOTATION.match(claim.display) is not None
    for speaker in (u for u in earlier if names_speaker(u) or quoted and introduces(u, claim)):
        # a speaker's sentence that points back ("“Met dit dossier …”, zegt Cor Franke") comes
        # with the sentence before it, as in every plan (``coherence.REFERRING``)
        before = antecedent(speaker, units) if refers_back(speaker.display) else None
        if refers_back(speaker.display) and (before is None or not ctx.antecedents):
            continue
        comp = Composition()
        introduction = introducing(speaker, candidates)
        for unit in [u for u in (introduction, before, speaker) if u is not None]:
            comp.add(unit)
        break
    else:
        return plan_open(q, units, ctx) if carried_claim is None else _alone(claim, units, ctx, None)
    if claim.is_list:
        comp.add_list(claim)
    else:
        comp.add(claim)
    return comp


def _alone(claim: Unit, units: list[Unit], ctx: PlanContext, introduction: Unit | None) -> Composition:
    """The carried claim on its own (after the sentence it points back to, and after the one saying
    who its speaker is): "Wie zegt dat?" about a sentence no person is said to speak is answered by
    its source's label and the sentence, not by seven more from other sources (twelfth session;
    ``tests/test_answers.py::test_who_said_that_answers_from_the_passage_that_says_it``)."""
    before = antecedent(claim, units) if refers_back(claim.display) and ctx.antecedents else None
    comp = Composition()
    for unit in [u for u in (introduction, before) if u is not None]:
        comp.add(unit)
    if claim.is_list:
        comp.add_list(claim)
    else:
        comp.add(claim)
    return comp


def introducing(speaker: Unit, units: list[Unit]) -> Unit | None:
    """The sentence of the speaker's document that says who the speaker is ("… Cor Franke, die als
    projectleider doorontwikkeling NORA verantwoordelijk is voor …"), when the speaker's own
    sentence gives only the name ("“…”, zegt Cor Franke").

    "Wie zegt dat precies?" was answered with the sentence before the quotation and "zegt Cor
    Franke": the reader learned a name, not who that is (conversations v09, twelfth session;
    ``tests/test_answers.py::test_who_said_says_who_the_speaker_is``).
    """
    name = speaker_name(speaker.intro or speaker.display)
    if name is None or gives_role(name, speaker.intro or speaker.display):
        return None
    found = [
        u
        for u in units
        if u is not speaker
        and u.section[0] == speaker.section[0]
        and not u.is_list
        and not refers_back(u.display)
        and gives_role(name, u.display)
    ]
    return min(found, key=lambda u: (u.passage, u.order), default=None)


def said(q: Question, units: list[Unit]) -> Unit | None:
    """The unit that says the claim a follow-up carries ("Wie zegt dat? (claim.; topic)"), word for
    word: the best-scoring unit was another, attributed one ("… stelt Ketens de baas dat …"), and
    the answer named the speaker of that (twelfth session; ``tests/test_answers.py``)."""
    brackets = carried(q.text)
    if brackets is None or not brackets.claimed:
        return None
    return next((u for u in units if says(u.intro or u.display, brackets.claimed)), None)


def says_all(analysis: Question, question: str) -> bool:
    """ "Wat zegt ICTU?" with no subject asks what the publication says as a whole: its message, planned as a
    summary. As a who-said question it led with a side remark on the NORA wiki (new informal questions,
    forty-third session; ``tests/test_speaker_questions.py``). Not a person ("Wat zegt Froger?": their words), nor
    "Wie zegt …?"."""
    return (
        analysis.kind == "who_said"
        and not analysis.focus
        and len(analysis.sources) == 1
        and analysis.sources[0].publication
        and not ASKS_SPEAKER.match(question)
    )
