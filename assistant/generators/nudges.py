"""Score changes per question kind: what a cause, a consequence, advice, an example, a list looks like.

Applied before the section bonuses, so they can move the lead (``extractive.py``). Each is a
pattern of how a sentence of that kind reads in Dutch (and English), not a list of our corpus's
words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from assistant.generators.enumerations import enumerates
from assistant.generators.example_nudges import EXAMPLE, names_instance, nudge_example
from assistant.generators.units import Unit
from assistant.kind_patterns import GONE
from ketenwijzer.compounds import modifier_stems
from ketenwijzer.text import sentences, stems

ADVICE = re.compile(
    r"\b(moet|moeten|zorg|belangrijk|nodig|noodzakelijk|voorwaarde\w*|succesfactor\w*|essentieel|"
    r"cruciaal|helpt|help|kunnen|kun|advies|aanbevel\w*|verstandig|let op|vereist|vraagt om|"
    r"should|must|need|important|essential|helps)\b",
    re.I,
)
"""Words of a recommendation or condition: advice answers prefer such sentences."""


CAUSE = re.compile(
    r"\b(omdat|doordat|oorza\w+|reden\w*|komt door|vanwege|because|cause\w*|due to)\b"
    r"|\bom\b(?:\s+\S+){1,12}?\s+te\s+\w+",
    re.I,
)
"""A cause or a purpose ("omdat …", "om alle medewerkers … te laten werken"): answers "waarom"."""
REASON = re.compile(r"\b(?:omdat|doordat|want|vanwege|oorza\w+|komt door|because|due to)\b", re.I)
"""A sentence that gives a reason, the lead of a why-question (``leads.LEAD_SHAPES``); a
purpose "om … te" is too often a noun's complement to count there ("De belangrijkste succesfactor
om samenwerking … van de grond te krijgen, is …")."""
CONSEQUENCE = re.compile(
    r"\b(gevolg\w*|leidt|leiden|leidde|leidden|levert|resulteert|daardoor|waardoor|effect\w*|zodat|"
    r"ontaard\w*|mislukt\w*|result\w*|veroorza\w+|lead\w* to|causes?)\b"
    r"|\broep(?:t|en|t\s+\w+)?\b[^.;]{0,60}?\bop\b",
    re.I,
)
"""A sentence that states an effect; "roept … op" too ("Opgelegde samenwerking roept … weinig
enthousiasme op" answers "Wat gebeurt er als de samenwerking door de politiek is opgelegd?", nora
n12 on the tuning half, twelfth session)."""
CONDITIONAL = re.compile(
    r"^[\"'“‘„]?(?:Als|Wanneer|Zonder|Indien|Zodra|If|When|Without)\b[^,.;]{8,},\s*\S", re.I
)
"""A sentence that states what happens under a condition ("Als de top niet meer gelooft, …")."""


def _nudged(units: list[Unit], wanted: re.Pattern[str], other: re.Pattern[str]) -> None:
    for unit in units:
        if wanted.search(unit.display):
            unit.score += 0.12
        elif other.search(unit.display):
            unit.score -= 0.08


def nudge_cause(units: list[Unit]) -> None:
    """Cause questions: sentences that give a cause rank above those that give effects."""
    _nudged(units, CAUSE, CONSEQUENCE)


REASON_CLAUSE = re.compile(r"\b(?:omdat|doordat|want|because)\b", re.I)
"""Where a sentence's reason clause begins ("…, omdat …")."""
REASON_ELSEWHERE_PENALTY = 0.3
"""What a sentence loses in a why-question when the question's words are all in its reason clause:
it gives the reason for something else. "Ketens zijn binnen de overheid een veelbesproken
onderwerp, omdat overheidsorganisaties steeds vaker in ketenverband samenwerken" led "Waarom
ontkomen overheidsorganisaties … niet meer aan samenwerking …?" and "Waarom schuurt horizontale
samenwerking met de gangbare aansturing van overheidsorganisaties?" (tuning half a08, a14,
twelfth session; ``tests/test_lead_rules.py``)."""


def reason_elsewhere(text: str, terms: set[str], telling: set[str] | None = None) -> bool:
    """The question's ``terms`` (stems) occur in the reason clause of ``text`` and not before it; in
    a quote of several sentences, the sentence with the reason clause has none of them.

    "Waarom gaat keteninformatisering zo vaak mis?" led with a quote whose first sentence names
    'informatisering' and whose second explains why the dossier came at a good moment (new informal
    questions, fifteenth session; ``tests/test_lead_rules.py``).

    With ``telling`` (the terms that are not in a third of the passages), the main clause must name
    one of those: 'keten' in a corpus on chains says nothing of what is explained, and a reason
    clause with a compound of a term has it ("Ketens zijn binnen de overheid een veelbesproken
    onderwerp, omdat overheidsorganisaties steeds vaker in ketenverband samenwerken" led "What are
    the main reasons chains fail?"; sixteenth session)."""
    parts = sentences(text)
    if len(parts) > 1:
        with_reason = [p for p in parts if REASON_CLAUSE.search(p)]
        if with_reason and not any(terms & set(stems(p)) for p in with_reason):
            return True
        return any(reason_elsewhere(p, terms, telling) for p in with_reason)
    found = REASON_CLAUSE.search(text)
    if found is None or found.start() == 0 or not text[: found.start()].strip(" “\"'‘"):
        return False  # "Omdat X, is Y": the reason comes first and the explained part after it
    main, reason = set(stems(text[: found.start()])), set(stems(text[found.end() :]))
    if terms & reason and not terms & main:
        return True
    if telling is None or not telling or telling & main:
        return False
    return bool(terms & modifier_stems(text[found.end() :]))


def yield_reason_elsewhere(units: list[Unit], terms: set[str], telling: set[str] | None = None) -> None:
    """Why-questions: a sentence that explains something else with the question's words yields."""
    for unit in units:
        if not unit.is_list and reason_elsewhere(unit.display, terms, telling):
            unit.score -= REASON_ELSEWHERE_PENALTY


def nudge_consequence(units: list[Unit]) -> None:
    """Consequence questions: effects above causes (a shared word must not pull up the causes).

    "Wat gebeurt er als …?" is answered by a sentence that says what happens under a condition
    ("Als de top niet meer in de keten gelooft, … valt zij uiteen"): such sentences count as effects.
    """
    _nudged(units, CONSEQUENCE, CAUSE)
    for unit in units:
        if CONDITIONAL.search(unit.display) and not CONSEQUENCE.search(unit.display):
            unit.score += 0.12


ABSENT_CASE = re.compile(
    r"\b(?:als|wanneer|indien|if|when)\b[^?.;]*\b(?:niet|geen|not|no)\s+(?P<missing>[^?.;]*)", re.I
)
"""A consequence asked of something missing: "Wat gebeurt er als partners elkaar niet vertrouwen?"."""
GONE_CASE = re.compile(
    r"\b(?:als|wanneer|indien|if|when)\s+(?P<missing>[^?.;]*?)\s+(?:"
    + GONE
    + r"|(?:is|are)\s+(?:gone|missing|lacking))\b|\b(?:zonder|without)\s+(?P<bare>[^?.;()]+)",
    re.I,
)
"""The same with the thing gone or without it: "En als het vertrouwen weg is?", "En zonder vertrouwen?" (new
informal conversations, thirty-seventh session)."""
WITHOUT = re.compile(r"\b(?:zonder|without|geen)(?:\s+\w+){1,3}", re.I)
ABSENCE_BONUS = 0.3
"""What a sentence on the same thing missing gains ("Zonder vertrouwen ontbreekt de relationele
basis van de keten" came third after the contact hypothesis; sixteenth session,
``tests/test_lead_rules.py``). Up to three words after: "… waar geen duidelijke ambitie was bepaald" says no ambition
(it read 'geen duidelijke' only, and "Wat gebeurt er zonder gezamenlijke ambitie?" led with a success factor; forty-ninth
session)."""


def favour_absence(question: str, units: list[Unit], synonyms: dict[str, set[str]]) -> None:
    """Consequence questions of a missing thing: lift sentences that say "zonder <that thing>" or
    "geen <that thing>" (the words after the question's 'niet'/'geen', or their glossary synonyms)."""
    case = ABSENT_CASE.search(question)
    gone = GONE_CASE.search(question) if case is None else None
    said = case["missing"] if case is not None else gone and (gone["missing"] or gone["bare"])
    if not said:
        return
    missing = set(stems(" ".join(said.split()[:3])))
    terms = missing.union(*(synonyms.get(t, set()) for t in missing))
    for unit in units:
        if any(set(stems(m.group(0))) & terms for m in WITHOUT.finditer(unit.display)):
            unit.score += ABSENCE_BONUS


NAME_ASKED = re.compile(
    r"^\W*(?:hoe\s+(?:noem|heet|heten)\w*|wat\s+is\s+(?:de|het)\s+(?:naam|term|woord)\s+(?:voor|van)|"
    r"welke\s+(?:naam|term)|what\s+(?:do|does|would)\s+\w+\s+call|what\s+is\s+(?:it|this)\s+called|"
    r"what\s+is\s+the\s+(?:name|term|word)\s+for)\b",
    re.I,
)
"""A question that asks what something is called ("Hoe noem je samenwerking waarbij geen partij
boven de andere staat?"): its answer is the sentence that gives the name."""
NAMES_TERM = re.compile(
    r"\b(?:spreken|spreekt)\s+(?:\w+\s+){0,3}?van\b|\b(?:heet|heten|genoemd|called|termed)\b"
    r"|\bnoem(?:en|t)\s+(?:we|wij|men|ze|zij)\b|\b(?:naam|term)\s+(?:voor|van)\b",
    re.I,
)
"""A sentence that gives something its name ("We spreken dan van horizontale samenwerking")."""
TERM_BONUS = 0.3
"""What such a sentence gains when the name is asked: the GEMMA's "We spreken dan van horizontale
samenwerking" answers articles a25 (tuning half) but stood below ten sentences that share the
question's words; a stemming change dropped it from the answer (twenty-fourth session,
``tests/test_lead_rules.py``)."""


TERM_OWN = 0.1
"""The share of the question's weighted words a naming sentence carries at least to gain."""


def favour_term(question: str, units: list[Unit]) -> None:
    """A question asking what something is called: lift sentences that give a name (``NAMES_TERM``)."""
    if not NAME_ASKED.search(question):
        return
    for unit in units:
        # on the subject only: "Hoe heet het stadium waarin partners ad hoc samenwerken?" lifted
        # "De deelnemende organisaties heten ketenpartners"
        if NAMES_TERM.search(unit.display) and unit.signals is not None and unit.signals.own >= TERM_OWN:
            unit.score += TERM_BONUS


def nudge_advice(units: list[Unit]) -> None:
    """Advice questions: sentences that recommend or set a condition (not a 'moeten' of an indirect question,
    ``ASKED_MUST``)."""
    for unit in units:
        text = unit.intro or unit.display
        if any(not _asked_must(text, found) for found in ADVICE.finditer(text)):
            unit.score += 0.1


ASKED_WORDS = frozenset(["waar", "hoe", "wie", "wat", "welke"])
"""Words that open an indirect question: a 'moeten' after them says what someone wonders, no advice ("… weten de
betrokkenen niet waar zij moeten beginnen" led "Hoe begin ik met een keten?"; forty-eighth session)."""


def _asked_must(text: str, found: re.Match[str]) -> bool:
    """The advice word ``found`` is a 'moet(en)' within three words after an indirect question's word (``ASKED_WORDS``)."""
    if found.group(0).lower() not in ("moet", "moeten"):
        return False
    return any(w.lower().strip(",;:") in ASKED_WORDS for w in text[: found.start()].split()[-3:])


ILLUSTRATION_WAIT = 0.15
"""What a sentence under a heading that announces an example loses when no example is asked."""


def yield_illustration(kind: str, units: list[Unit], asked: set[str]) -> None:
    """A question that asks no example is not led by an illustration: "Wat is de rol van vertrouwen?"
    led with "Ketens de baas illustreert de rol van vertrouwen met de Duitse supermarktketen METRO"
    (under "Voorbeeld: METRO") before what the dossier says the role is (new informal questions,
    twenty-fifth session; ``tests/test_lead_rules.py``). A heading that names an asked word stays
    ("Wat deed METRO?")."""
    if kind in ("example", "summary"):
        return
    for unit in units:
        heading = " ".join(unit.section[1:])
        if EXAMPLE.search(heading) and not set(stems(heading)) & asked:
            unit.score -= ILLUSTRATION_WAIT
        elif (
            kind != "list"
            and NAMES_EXAMPLES.search(unit.display)
            and not any(names_instance(unit, [a]) for a in asked)
        ):
            # a sentence that says which cases are examples of a thing ("De loonaangifteketen en de keten voor werk en
            # inkomen zijn … voorbeelden van grote ketenprojecten die hierdoor succesvol werden") led "Wanneer is een
            # keten succesvol?" (forty-eighth session, ``tests/test_lead_rules.py``)
            unit.score -= ILLUSTRATION_WAIT


NAMES_EXAMPLES = re.compile(r"\b(?:is|zijn|was|waren)\s+(?:[\w-]+\s+){0,4}?voorbeeld(?:en)?\s+van\b", re.I)
"""A sentence whose claim is that cases are examples of a thing (``yield_illustration``)."""


SAYING = re.compile(r"[\"“„]|\b(zegt|zei|stelt|aldus|volgens|vertelt|vertelde|noemt|benadrukt)\b", re.I)


def nudge_who_said(units: list[Unit]) -> None:
    """Who-said questions: attributed sentences first."""
    for unit in units:
        if SAYING.search(unit.display):
            unit.score += 0.1


def nudge_list(units: list[Unit]) -> None:
    """List questions: a list, or a sentence that enumerates (after a colon or after 'zoals'), answers them."""
    for unit in units:
        if unit.is_list or enumerates(unit.display):
            unit.score += 0.15


SUMMARY_CUES = re.compile(
    r"\b(conclusie|kern|belangrijkste|essentie|kortom|samenvattend|centraal|boodschap|conclusion|key)\b", re.I
)
"""Words with which a text says what its main point is."""
CENTRALITY_WEIGHT = 0.4
"""What the most central sentence gains in a summary (the others in proportion)."""


def nudge_summary(units: list[Unit]) -> None:
    """Summaries: the sentences that share most words with the rest of the text, and those that
    say they carry the main point ("De belangrijkste conclusie: …"), come first.

    A sentence's centrality is the mean share of the other sentences that use each of its words:
    the text's recurring subject scores high, an anecdote or a venue low (seventh session).
    """
    plain = [u for u in units if not u.is_list and u.stems]
    if len(plain) < 2:
        return
    df = Counter(stem for unit in plain for stem in unit.stems)
    central = {id(u): sum(df[s] - 1 for s in u.stems) / len(u.stems) / (len(plain) - 1) for u in plain}
    top = max(central.values()) or 1.0
    for unit in plain:
        unit.score += CENTRALITY_WEIGHT * central[id(unit)] / top
        if SUMMARY_CUES.search(unit.display):
            unit.score += 0.1


LEDE_BONUS = 0.2
"""What a sentence of a document's first passage gains in a summary: an article says its main
point first, under the title ("Waar gaat het artikel van ICTU over?" led with a quote about the
NORA wiki from its last paragraph, which shares most words with the rest; new informal questions,
twenty-third session; ``tests/test_summary.py``)."""


LEDE_SENTENCES = 3
"""The lede: the first sentences of a document's first passage (a passage can hold several
paragraphs; with all of them the ICTU summary was four sentences of its first passage)."""


def favour_lede(units: list[Unit], first: set[int]) -> None:
    """Summaries: the first ``LEDE_SENTENCES`` of a document's first passage (``first``: the
    indexes of such passages) gain ``LEDE_BONUS``."""
    for unit in lede_units(units, first):
        unit.score += LEDE_BONUS


def lede_units(units: list[Unit], first: set[int]) -> list[Unit]:
    """The first ``LEDE_SENTENCES`` units of each passage in ``first`` (a document's first passage)."""
    ledes: list[Unit] = []
    for index in first:
        ledes += sorted((u for u in units if u.passage == index), key=lambda u: u.start)[:LEDE_SENTENCES]
    return ledes


def favour_lede_naming(units: list[Unit], first: set[int], asked: frozenset[str]) -> None:
    """A publication asked what it says on a subject: the sentences of its lede (``LEDE_SENTENCES`` of a document's
    first passage, ``first``) that name an asked word gain ``LEDE_BONUS``: an article states its position on its subject
    first. "Wat zegt Be Informed over ketens?" led with "Dan heb je die keten gefaciliteerd." and the quote around it,
    not with its lede "Niet in statische ketens, maar in dynamische netwerken." (new informal questions, fifty-fourth
    session; ``tests/test_publication_views.py``)."""
    for unit in lede_units(units, first):
        if (
            unit.stems & asked
            and not ANNOUNCES.search(unit.display)
            and not unit.display.rstrip().endswith("?")
        ):
            unit.score += LEDE_BONUS


ANNOUNCES = re.compile(
    r"^\W*(?:hier|hieronder|in\s+(?:dit|deze)\s+(?:artikel|stuk|document|pagina|tekst))\s+"
    r"(?:analyseren|beschrijven|bespreken|behandelen|bekijken|kijken|gaan|lees|leest|staat|staan|vindt|vind)\b"
    r"|^\W*(?:here|below|in\s+this\s+(?:article|page|text))\s+(?:we|you)\b",
    re.I,
)
"""A lede sentence that announces what the text will do ("Hier analyseren we wat die … ketensamenwerking inhoudt")
states no position: ``favour_lede_naming`` passes it by ("Wat zegt de GEMMA over horizontale samenwerking?" took it as
its second sentence; fifty-fourth session; ``tests/test_publication_views.py``)."""


NUDGES: dict[str, Callable[[list[Unit]], None]] = {
    "list": nudge_list,
    "advice": nudge_advice,
    "cause": nudge_cause,
    "consequence": nudge_consequence,
    "example": nudge_example,
    "who_said": nudge_who_said,
    "summary": nudge_summary,
}
"""Score changes per question kind, applied before the section bonuses (so they can move the lead)."""
