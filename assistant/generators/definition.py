"""The definition plan: the defining sentence first, then at most two that qualify it.

Split from ``composition.py`` (eleventh session; the other plans and the helpers they share live there).
"""

from __future__ import annotations

import re

from assistant.abbreviations import asked_abbreviation
from assistant.coherence import names_a_case_before, refers_back
from assistant.generators.antecedents import unit_before
from assistant.generators.composition import (
    MAX_WORDS,
    Composition,
    PlanContext,
    _running,
    pick,
    plan_open,
    signpost,
)
from assistant.generators.defining import asked_role, role_asked, role_of, term_chunks
from assistant.generators.lists import add_list_in_context
from assistant.generators.part_definitions import NOTE as PART_NOTE
from assistant.generators.units import Unit, item_claims, mentions, usable
from assistant.glossary import expand_query
from assistant.ordinals import ASKED_BY_PLACE
from assistant.phrases import quoted_phrases
from assistant.question import Question
from assistant.signposts import locates
from ingest.index import Index
from ketenwijzer.text import fold, sentences, stems, words


def plan_definition(q: Question, units: list[Unit], ctx: PlanContext) -> Composition:
    """The defining sentence first, then at most two that qualify it: from its section, else
    sentences elsewhere that name the term and say something new (``naming``)."""
    # "De ketenmanager is de tweede bouwsteen … (paragraaf 3.2)" says where, not what: no definition
    defining = [
        u
        for u in units
        if ctx.definition is not None and ctx.definition.search(u.quote) and usable(u) and not signpost(u)
    ] or headed(q, units)
    first_part = ctx.part_definition
    by_part = (
        [u for u in units if first_part.defines(u.quote, ctx.names) and usable(u) and not signpost(u)]
        if not defining and first_part is not None
        else []
    )
    if by_part:
        # no sentence defines the compound; one defining its first part by its head does (``part_definitions``)
        defining = by_part
    if not defining:
        written = asked_abbreviation(q.text)
        using = [u for u in units if written and re.search(rf"\b{re.escape(written)}\b", u.display)]
        # with no sentence writing it out, those that use the abbreviation say what it names
        comp = plan_open(q, using or units, ctx)
        term = " ".join(q.focus.split()[:3])
        if (
            comp.sentences
            and term
            and term.lower() not in q.unsaid
            and ctx.definition is not None
            and not says_what(term, comp, units)
            and not BARE_PLURAL.search(q.text)
            and not ASKED_BY_PLACE.search(q.text)
        ):
            notes = NOT_WRITTEN_OUT if written else UNDEFINED
            comp.note = notes.get(ctx.language, notes["nl"]).format(term=written or term)
        return comp
    lead = max(defining, key=lambda u: u.score)
    comp = Composition()
    item = defining_item(lead, ctx.definition)
    before: list[Unit] = []
    if item:
        # each sentence of the item its own cited claim (one marker after four sentences left three
        # uncited: citation coverage of articles a22)
        for shown, part in item_claims(item):
            comp.add(lead, shown, part)
    elif lead.is_list:
        add_list_in_context(comp, lead, units, ctx)
    else:
        before = _antecedents(lead, units, ctx)
        for unit in before:
            comp.add(unit)
        comp.add(lead)
    near = [u for u in units if u.section == lead.section and u is not lead]
    if item:
        # what introduced the list introduced the other items too: it qualifies no one item
        # … and what points back after it points at the list, not at this item
        near = [
            u
            for u in near
            if not (u.passage == lead.passage and u.order < lead.order)
            and not refers_back(u.display)
            and not names_a_case_before(u.display)  # "Zeker in dat laatste geval …" (thirty-first session)
        ]
    qualifiers = min(QUALIFIERS, ctx.max_sentences - 1)  # "In één zin?": the definition alone
    taken = {lead.order} | {u.order for u in before}
    near = [u for u in near if u.order not in taken]
    # what qualifies the definition reads in the section's order: "Die gemeenschappelijke doelen … heten
    # ketendoelstellingen" came after "De deelnemende organisaties heten ketenpartners", which follows it
    # in the dossier (tuning n03, once short sentences were no longer marked down; thirty-fourth session)
    qualifying = sorted(
        pick(
            units,
            near,
            qualifiers,
            MAX_WORDS - lead.n_words,
            ctx.keep_ratio,
            taken=taken,
            antecedents=ctx.antecedents,
        ),
        key=lambda u: u.order,
    )
    words = lead.n_words + sum(u.n_words for u in qualifying)
    said = lead.stems.union(*(u.stems for u in qualifying))
    candidates = sorted(naming(q, units, lead), key=lambda u: -u.score)
    best = candidates[0].score if candidates else 0.0
    for unit in candidates:
        if len(qualifying) >= qualifiers or unit.score < ctx.keep_ratio * best:
            break
        if words + unit.n_words > MAX_WORDS or len(unit.stems - said) < NEW_SHARE * len(unit.stems):
            continue
        qualifying.append(unit)
        words += unit.n_words
        said |= unit.stems
    composed = _running(qualifying, comp)
    if by_part and first_part is not None:
        notes = PART_NOTE
        composed.note = notes.get(ctx.language, notes["nl"]).format(
            term=q.focus or first_part.term, part=first_part.part
        )
        composed.note_stands = True  # what defines the whole elsewhere was looked for before (``routing``)
    return composed


def _antecedents(lead: Unit, units: list[Unit], ctx: PlanContext) -> list[Unit]:
    """The sentences a defining lead points back to, in reading order, to stand before it: "De loonaangifteketen …
    zijn … voorbeelden van grote ketenprojecten die hierdoor succesvol werden" was left out for its 'hierdoor', and
    the sentence before it answered "Wat is de loonaangifteketen?" alone (new informal questions, thirty-second
    session; ``tests/test_lead_rules.py``). A chain of sentences that each point back is read back to the one that
    does not (nor names a case before it: "Zeker in dat laatste geval …"), up to ``ANTECEDENT_CHAIN``: "We spreken dan van horizontale samenwerking." names what the three
    sentences before it describe, and with only the one before it (itself "Dat is …") it was dropped whole
    (fiftieth session; ``tests/test_definitions.py``). Not ``antecedents.antecedent_chain``, which refuses the steps of
    an argument as points of their own: a naming sentence sums those steps up."""
    if not ctx.antecedents or not refers_back(lead.display):
        return []
    chain: list[Unit] = []
    current = lead
    while len(chain) < ANTECEDENT_CHAIN:
        before = unit_before(current, units)
        if before is None or not usable(before) or before.is_list:
            return []
        chain.insert(0, before)
        if not refers_back(before.display) and not names_a_case_before(before.display):
            return chain
        current = before
    return []


ANTECEDENT_CHAIN = 4
"""The most sentences read back before a defining lead that points back (``_antecedents``)."""


def headed(q: Question, units: list[Unit]) -> list[Unit]:
    """The first sentence under the heading a question quotes ("Wat betekent 'geen baas'?": "In een
    keten ontbreekt overkoepelend gezag", headed "Geen baas"): what the section says the phrase is
    (``assistant/phrases.py``; twenty-second session); or under a heading that is the term asked
    (``_asked_headings``)."""
    phrases = set(quoted_phrases(q.text)) | _asked_headings(q.text)
    under = [
        u
        for u in units
        if usable(u) and not refers_back(u.display) and _heading_names(u.section[-1]) & phrases
    ]
    # the section read in document order (its passages may have come in any rank): its first sentence, unless
    # that names no word of the term and a later one names it whole: "Pijler 2: doelgebonden speelruimte"
    # opens with the setting ("De kennis en kunde … zitten meestal bij …"), "Doelgebonden speelruimte vraagt
    # ketenspelers die: …" says what it is (thirty-ninth session)
    # ("Gezamenlijke ambitie" opens with "Het tot stand brengen van … is echter niet eenvoudig"): then the
    # first that names any word of it
    ordered = sorted(under, key=lambda u: (u.position, u.start))
    # the heading's own words: a phrase asked may hold more ("onevenwichtigheid in een keten")
    terms = {t for u in ordered[:1] for t in stems(_LABEL.sub("", u.section[-1])) if len(t) >= 4}

    def names_some(unit: Unit) -> bool:
        return any(mentions(unit.stems, t) for t in terms)

    if ordered and not names_some(ordered[0]):
        whole = [u for u in ordered if any(p in fold(u.intro or u.display) for p in phrases if " " in p)]
        return (whole or [u for u in ordered if names_some(u)] or ordered)[:1]
    return ordered[:1]


HEADING_WORD = 8
"""A term of one word this long may be a heading of its own ('onevenwichtigheid'); shorter ones
('keten') name too much to stand for a section."""
_TERM_ASKED = re.compile(
    r"^\W*(?:wat\s+(?:is|zijn|betekent|betekenen)|what\s+(?:is|are|does))\s+"
    r"(?:een\s+|de\s+|het\s+|a\s+|an\s+|the\s+)?(?P<words>[\w-]+(?:\s+[\w-]+)?)",
    re.I,
)


def _asked_headings(question: str) -> set[str]:
    """The headings a definition question may name: its term right after "Wat is/betekent (de)", one word of
    at least ``HEADING_WORD`` letters or two words. "Wat betekent onevenwichtigheid in een keten?" quoted
    only the list of six characteristics that names it, not its own section ("Ketenpartners verschillen
    in de omvang van hun inbreng …"; new informal questions, thirty-second session;
    ``tests/test_lead_rules.py``). Not any focus word: 'onderzoek' of "Wat is volgens onderzoek van Morgens
    de belangrijkste voorwaarde …?" is a heading of Morgens' article (tuning a31 lost its lead)."""
    found = _TERM_ASKED.match(question)
    if found is None:
        return set()
    said = fold(found["words"]).split()
    one = {said[0]} if len(said[0]) >= HEADING_WORD else set()
    whole = fold(question[found.start("words") :].split("?")[0]).split()
    # the whole term of a few words: "Wat is transparantie over resultaten?" (thirty-ninth session)
    named = {" ".join(whole)} if 3 <= len(whole) <= HEADING_TERM_WORDS else set()
    return one | named | ({" ".join(said)} if len(said) == 2 else set())


HEADING_TERM_WORDS = 5
"""Words a term asked whole may have to be a heading's name: "Wat is transparantie over resultaten?" led
with "Bij slechte resultaten is transparantie moeilijk …", not with its own section "Pijler 6:
transparantie over resultaten" (new informal questions, thirty-ninth session; ``tests/test_lead_rules.py``)."""
_LABEL = re.compile(r"^[^:]{1,30}:\s*")


def _heading_names(heading: str) -> set[str]:
    """A heading as folded words, and without a label before a colon ('Pijler 6: transparantie over resultaten')."""
    plain = " ".join(heading.split())
    return {fold(plain), fold(_LABEL.sub("", plain))} - {""}


def defining_item(unit: Unit, definition: re.Pattern[str] | None) -> str:
    """The one item of a list that defines the term, when its introduction does not: the item is
    the definition, the list around it the other things of its kind. "Wat is het estafettemodel?"
    led with the introduction of the GEMMA's three kinds of chain ("In de praktijk spreken we over
    …"), the item ending "Men spreekt wel van het estafettemodel" third (new informal questions,
    twenty-second session; ``tests/test_lead_rules.py``)."""
    if definition is None or not unit.is_list or definition.search(unit.intro or ""):
        return ""
    found = [item for item in unit.items if definition.search(item)]
    return found[0] if len(found) == 1 else ""


UNDEFINED = {
    "nl": "(De bronnen definiëren ‘{term}’ niet; wel zeggen ze het volgende.)",
    "en": "(The sources do not define ‘{term}’; this is what they say.)",
}
"""Said before the quotes when no sentence defines the term asked: "Wat is ketensturing?" was
answered with what ketensturing is like, as if that defined it (new informal questions,
thirteenth and fourteenth sessions; ``tests/test_lead_rules.py``). Only when no passage of the
index may define it (``defined_elsewhere``)."""


BARE_PLURAL = re.compile(
    r"^\W*(?:wat\s+zijn|what\s+are)\s+(?!(?:de|het|een|die|deze|the|these|those)\b)[\w'-]+\W*$", re.I
)
"""'Wat zijn valkuilen?' asks for instances, not what the word means: no note that the sources do
not define 'valkuilen' before the pitfalls they name (new informal questions, twenty-seventh
session; ``tests/test_lead_rules.py``)."""


NOT_WRITTEN_OUT = {
    "nl": "(De bronnen schrijven ‘{term}’ nergens voluit; wel zeggen ze het volgende.)",
    "en": "(The sources do not spell out ‘{term}’; this is what they say.)",
}
"""Said before the quotes when no sentence writes out the abbreviation asked ("Waar staat GBO voor?";
``assistant/abbreviations.py``, twenty-third session)."""


UNSAID_ROLE = {
    "nl": "(De bronnen zeggen niet wat {article} {term} doet; wel zeggen ze het volgende.)",
    "en": "(The sources do not say what a {term} does; this is what they say.)",
}
"""Said before the quotes of "Wat doet een X?" when no sentence anywhere says what X does or answers
for: "Wat doet een ketenregisseur?" led with "De ketenregisseur is ook in de latere wikiversie een
afzonderlijke bouwsteen", as if that were the answer (the dossier's own text on it is not in the
sources; sixteenth session, ``tests/test_lead_rules.py``). So for "Wat is de rol van de ketenregisseur?" and
"What is the role of a chain director?", which led with where the dossier places it (new informal questions,
forty-third session)."""


def role_note(asked: str, language: str, units: list[Unit], index: Index | None) -> str:
    """``UNSAID_ROLE`` for a role whose doing is asked (``defining.role_asked``) that no passage answers
    (``role_of``, a sentence with it as subject, ``defined_elsewhere``), else ''. An English role is judged by
    its Dutch word (``asked_term``) and named as typed with it. Asked by its noun ("Wat is de rol van X?"), the
    role must have a section of its own among the passages: not every noun with a role is one."""
    does = role_asked(asked)
    if does is None:
        return ""
    if any(c.isupper() for c in does):
        # a name ("Wat is de rol van ICTU?") is no kind of thing: the note said "wat een ‘ictu’ doet" (forty-ninth session)
        return ""
    by_noun = asked_role(asked) is None  # "Wat is de rol van X?", not "Wat doet een X?"
    term = asked_term(does.lower(), language, index) if language == "en" else does.lower()
    roles = role_of(term)
    if roles is None or " " in term:
        return ""
    # the plural too: "Met name gemeenten moeten … verschillende rollen …" says what a gemeente does ("Wat doet een
    # gemeente in een keten?" was told the sources do not say; forty-fifth session)
    about = re.compile(rf"^(?:\S+\s+){{0,6}}?{re.escape(term)}(?:s|n|en)?\b", re.I)
    # a sentence with X as its subject says what X does ("Volgens Ketens de baas laat het ketenbestuur
    # de dagelijkse besturing … over"); "De ketenregisseur is ook in de latere wikiversie een
    # afzonderlijke bouwsteen" says where, not what
    if any((roles.search(u.quote) or about.search(u.quote)) and not signpost(u) for u in units):
        return ""
    if by_noun and not any(about.search(part) for u in units for part in u.section):
        # "Wat is de rol van de politiek?" asks no role the sources have a section on: a note that they do
        # not say what 'politiek' does answers nothing (forty-third session)
        return ""
    if defined_elsewhere(term, roles, index):
        return ""
    named = f"‘{does.lower()}’ (‘{term}’)" if term != does.lower() else f"‘{term}’"
    # the question's own article: "Wat doet de politiek …?" is not told what 'een politiek' does
    typed = re.search(rf"\b(een|de|het)\s+{re.escape(does)}\b", asked, re.I)
    article = typed[1].lower() if typed else "een"
    return UNSAID_ROLE.get(language, UNSAID_ROLE["nl"]).format(term=named, article=article)


QUALIFIERS = 2
"""Sentences after a definition at most: from its section, else sentences elsewhere that name the
defined term (``naming``)."""
NEW_SHARE = 0.5
"""A sentence from elsewhere joins a definition only when at least this share of its words is new:
"In de termen van Grijpink kan geen partner het 'ketenprobleem' zelfstandig oplossen" repeats the
definition of the ketenprobleem it would follow (nora n05)."""


def says_what(term: str, comp: Composition, units: list[Unit]) -> bool:
    """A sentence of the answer has the term as its subject ("Het besluitvormingsmodel regelt hoe
    ketenpartners samen tot besluiten komen"): it says what the term does, which a reader takes as
    its meaning, so no note says the sources do not define it (new informal questions, fourteenth
    session; ``tests/test_lead_rules.py``). A signpost does not ("De ketenregisseur is ook in de
    latere wikiversie een afzonderlijke bouwsteen" says where it is; twenty-second session)."""
    opens = re.compile(rf"^(?:de |het |een )?{re.escape(term)}\b", re.I)
    pointing = {u.quote for u in units if signpost(u)}
    return any(opens.match(s.quote) and s.quote not in pointing for s in comp.sentences)


def asked_term(focus: str, language: str, index: Index | None) -> str:
    """The term whose definition is looked for: an English focus by the one Dutch word the glossary
    makes of it ('chain governance' → 'ketensturing'). Judged on its two English words, "What is chain
    governance?" could not be told undefined and led with "De procedurele dimensie van ketensturing …"
    without a note (new informal questions, thirty-third session; ``tests/test_lead_rules.py``)."""
    if language != "en" or index is None:
        return focus
    typed = set(words(focus))
    dutch = [w for w in words(expand_query(focus, "en", index.lexical.postings)) if w not in typed]
    return dutch[0] if len(dutch) == 1 else focus


def defined_elsewhere(term: str, defines: re.Pattern[str] | None, index: Index | None) -> bool:
    """Whether some passage of the index may define ``term`` (by ``defines``, or "de X: …"), or it
    cannot be told: then the answer makes no claim that the passages found do not define it.

    "Wat verstaat NORA onder een keten?" was told the passages found give no definition of 'keten'
    while the dossier has one (nora n03, tuning half, fourteenth session)."""
    found = stems(term)
    if index is None or defines is None or len(found) != 1:
        return True
    ids = term_chunks(index.lexical.postings, index.lexical.chunk_ids, found[0])
    if ids is None:
        return True
    colon = re.compile(rf"\b{re.escape(term)}\s*:\s+\w", re.I)
    return any(
        (defines.search(sentence) or colon.search(sentence)) and not locates(sentence)
        for passage in index.passages(ids)
        for sentence in sentences(passage.text)
    )


def naming(q: Question, units: list[Unit], lead: Unit) -> list[Unit]:
    """Sentences outside the definition's section that name the defined term and stand alone: "Wat
    is een ketenkaart?" was answered by one sentence saying only that the dossier names it as a
    bouwsteen, while two sentences elsewhere said what it is for (new informal questions, eleventh
    session; ``tests/test_lead_rules.py``). Quotations are no such sentence (``QUOTE_MARKS``)."""
    term = frozenset(stems(q.focus))
    if not term:
        return []
    return [
        u
        for u in units
        if u.section != lead.section
        and u is not lead
        and not u.is_list
        and usable(u)
        and not signpost(u)
        and not refers_back(u.display)
        and not u.display.lstrip().startswith(QUOTE_MARKS)
        and term <= u.stems
    ]


QUOTE_MARKS = ("“", '"', "‘", "'", "„")
"""A quotation qualifies no definition: someone's words that mention the term ("Dan voel je wel de
druk van het dominante ketenprobleem") followed the definition of the ketenprobleem (nora n05)."""
