"""Question-aware rules for the extractive generator: what the question asks lifts some units.

Each rule is small and named, with what it is for and the eval that shows it helps: a named
source lifts only sentences on the subject, a list question takes the list whose head is the
asked noun, a who-question prefers a sentence that names the agent, a comparison side opens with
a sentence that names it. ``scoring.py`` holds the signals every unit gets; ``composition.py``
the plans that place the scored units.
"""

from __future__ import annotations

import re

from assistant.conversation import carried
from assistant.generators.nudges import ADVICE, ENUMERATION
from assistant.generators.units import Unit, mentions
from assistant.kinds import kind_signal
from assistant.neardomain import counted_noun, counts
from assistant.question import Question
from ketenwijzer.models import Passage
from ketenwijzer.text import compound_stems, words


def label(text: str) -> str:
    """A comparison side's label: 'een ketenmanager' → 'Ketenmanager'."""
    text = re.sub(r"^(?:een|de|het|a|an|the)\s+", "", text.strip(), flags=re.I)
    return text[:1].upper() + text[1:]


SPREAD_KINDS = frozenset({"advice", "comparison"})
"""Kinds whose answer draws on several sections or sources: no bonus for staying in the best
sentence's section (it made advice answers quote one section; practical set)."""
NAMED_BONUS = 0.3
"""A sentence that uses the name the question asked about ("wat zegt Groothedde") leads."""


def favour_named(analysis: Question, units: list[Unit]) -> None:
    """Units on the question's subject that the asked person says, or that name the source, lead.

    A sentence that names the source but says nothing about the subject ("Het seminar is een
    initiatief van …", a colophon naming the dossier) gets no bonus: the name alone does not
    answer "wat zegt X over Y" (lead_hit on the tuning split). A person's words often follow
    the sentence that names them ("Na Groothedde hield John Froger een verhaal. … 'Vertrouwen is
    hierbij doorslaggevend. …'"): ``speakers`` carries the name to them, and a sentence another
    person is said to say ("… is volgens Groothedde wederzijds vertrouwen") gets nothing
    (practical p42, fifth session; ``tests/test_lead_rules.py``).
    """
    # a publication's name (publisher, title) is on every passage of the filtered answer: it
    # tells no sentence apart; a person's name in the text does ("wat zegt Groothedde")
    names = {
        w
        for source in analysis.sources
        if not source.publication
        for w in source.matched_words
        if len(w) >= 4
    }
    if not names or len(analysis.sides) >= 2:
        return
    # "Wie is Cor Franke?" asks who he is, not what he says (``favour_identity``)
    identity = bool(WHO_IS.match(analysis.text.strip()))
    spoken = speaker_states(units, names)
    for unit in units:
        # a source asked for its message as a whole ("Wat kan ik leren van het METRO-voorbeeld?")
        # has no subject besides itself: every sentence it says is on it
        on_topic = analysis.views_only or unit.signals is None or unit.signals.own > 0
        if on_topic and spoken.get(unit.order) is True and not identity:
            unit.score += NAMED_BONUS
        elif spoken.get(unit.order) is False and (analysis.kind == "who_said" or identity):
            unit.score -= OTHER_SPEAKER_PENALTY


OTHER_SPEAKER_PENALTY = 0.3
"""Words another person is said to speak are no answer to "wat zegt X" (a who-said question:
elsewhere a name may be a title, "Who are the authors of Ketens de baas?"): after "Na Groothedde hield
John Froger een verhaal", Froger's 'Vertrouwen is hierbij doorslaggevend …' came second in "Wat
zegt Groothedde over vertrouwen?" (new informal questions, eighth session;
``tests/test_lead_rules.py``)."""


ATTRIBUTED = re.compile(
    r"\b(?:volgens|aldus|zegt|zei|stelt|stelde|vertelt|vertelde|(?:ervaring|mening|overtuiging) van|"
    r"according to|says|said)\s+"
    r"(?:\w+\s+)?(?P<name>[A-Z][\w-]+)|^[\"'“‘]?(?P<lead>[A-Z][\w-]+):"
    r"|\b(?:hield|sprak|het woord aan)\s+(?:[A-Z][\w-]+\s+)?(?P<host>[A-Z][\w-]+)"
)
"""A sentence said to be someone's: "volgens Groothedde", "aldus Boissevain", "is de ervaring van
Franke", "Morgens: 'Houd …'"; or one that gives someone the floor: "Na Groothedde hield John
Froger een verhaal" ("wat zegt groothedde" led with it, and with Froger's words after it;
eighth session, ``tests/test_lead_rules.py``)."""


def _speaker_name(match: re.Match[str]) -> str:
    """The name an ``ATTRIBUTED`` match gives the words to."""
    return match.group("name") or match.group("lead") or match.group("host")


def speakers(units: list[Unit], names: set[str]) -> dict[int, bool]:
    """Unit order → whether the asked person (``names``, folded words) is the one speaking there."""
    return {order: state is True for order, state in speaker_states(units, names).items()}


def speaker_states(units: list[Unit], names: set[str]) -> dict[int, bool | None]:
    """Unit order → True where the asked person (``names``, folded words) speaks, False where
    someone else was named as the speaker, None where no speaker is known yet.

    Read in order within each passage: a sentence that names the person makes them the speaker
    of what follows ("Hij …", a quotation) until a sentence names someone else as its speaker.
    When a sentence names both ("Na Groothedde hield John Froger een verhaal"), the later name wins;
    while someone else speaks, the asked name gives the floor back only as a speaker ("volgens
    Groothedde") or as the sentence's opening words, not as a mention ("… overeen met die van
    Groothedde").
    """
    spoken: dict[int, bool | None] = {}
    current: dict[int, bool] = {}
    for unit in sorted(units, key=lambda u: u.order):
        text = unit.intro or unit.display
        folded = words(text)
        asked = [i for i, w in enumerate(folded) if w in names]
        other = [
            _speaker_name(m) for m in ATTRIBUTED.finditer(text) if not set(words(_speaker_name(m))) & names
        ]
        attributed = any(set(words(_speaker_name(m))) & names for m in ATTRIBUTED.finditer(text))
        if asked and current.get(unit.passage) is False and not attributed and asked[0] > 1:
            # "… overeen met die van Groothedde" while Froger speaks: a mention, not the floor
            pass
        elif asked:
            last_other = max((folded.index(w) for n in other for w in words(n) if w in folded), default=-1)
            current[unit.passage] = asked[-1] > last_other
        elif other:
            current[unit.passage] = False
        spoken[unit.order] = current.get(unit.passage)
    return spoken


LIST_HEAD = re.compile(
    r"\b(?:welke|welk|noem|which|wat zijn de|what are the|hoeveel|how many)\s+"
    r"(?:(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+|verschillende|belangrijkste|soorten|andere|"
    r"overige|two|three|four|five|main|different|kinds of|other)\s+)*(?P<noun>[^\W\d_]{4,})",
    re.I,
)
"""'andere' is no noun: "Welke andere factoren …" asks for factors (nora n11 lost its list once a
list of another noun ranked lower; found on the held-apart half, eighth session)."""
LIST_HEAD_BONUS = 0.2
"""A list question ("Welke organisatievormen …?") is answered by the list or enumeration whose
introduction names what is asked ("… vijf organisatievormen: het convenant, …"), not by another
list in the same passage ("Het continuüm heeft twee assen: …") (lead_hit, tuning split)."""


def favour_list_head(question: str, units: list[Unit]) -> None:
    """Lift lists and enumerations whose introduction (before the colon) names the asked noun."""
    found = LIST_HEAD.search(question)
    if not found:
        return
    nouns = set(compound_stems(found.group("noun")))
    for unit in units:
        intro = unit.intro or unit.display
        if not unit.is_list and (not ENUMERATION.search(unit.display) or ":" not in intro):
            continue
        said = intro.split(":", 1)[0]
        head = set(compound_stems(" ".join(heads(said))))
        if any(mentions(head, n) for n in nouns):
            unit.score += LIST_HEAD_BONUS
        elif unit.is_list and _COUNTED.search(said):
            # "vier bronnen van dynamiek: …" is a list of something else, though an item names the
            # asked 'ontwikkelstadia' ("Welke stadia doorloopt een keten?"; eighth session)
            unit.score -= LIST_HEAD_BONUS


COUNT_BONUS = 0.2
"""A count question ("Hoeveel bouwstenen …?") is answered by the sentence that gives the number
(seventh session; ``tests/test_abstention.py``)."""


def favour_count(question: str, units: list[Unit]) -> None:
    """Lift the sentences that give a number of the noun a count question asks about."""
    noun = counted_noun(question)
    if noun is None:
        return
    for unit in units:
        if counts(noun, unit.intro or unit.display):
            unit.score += COUNT_BONUS


_COUNTED = re.compile(
    r"\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d+|two|three|four|five|six|seven|eight)"
    r"\s+(?:(?:veelal|vaak|meestal|zeer|heel|erg|nogal|often|mostly|very)\s+)?(?:\w+\s+)?(?P<noun>[^\W\d_]{4,})",
    re.I,
)
"""A number and what it counts, past an adverb and an adjective: "5 veelal zachte factoren" (the
noun was 'zachte', so "Welke vijf factoren noemt Groothedde?" missed his list; eighth session)."""


BESIDES = re.compile(r"^\W*(?:naast|behalve|besides|apart from|in addition to)\b", re.I)
"""A list introduced as beside another ("Naast de drie sterke weerstanden noemt Ketens de baas drie
andere factoren …:") lists the other thing: "Wat zijn de weerstanden tegen ketensamenwerking?"
led with those factors instead of the three weerstanden (sixth session)."""


BESIDES_PENALTY = 0.1
"""How much a sentence that opens with what it comes beside loses (``yield_besides``)."""


def yield_besides(units: list[Unit], q_terms: set[str]) -> None:
    """A sentence that opens with 'Naast <what the question asks about>' adds other things to it:
    it yields the lead to the sentences about that thing.

    "Lijken de weerstanden uit Ketens de baas op de knelpunten die Morgens noemt?" opened the
    dossier's side with "Naast de drie sterke weerstanden noemt Ketens de baas drie andere
    factoren …", not with the three weerstanden (comparison c01, tuning half; seventh session).
    Asked about one of the other things ("Wie betaalt wat?", practical p13) it keeps its score.
    """
    for unit in units:
        text = unit.intro or unit.display
        if not BESIDES.match(text):
            continue
        beside = set(compound_stems(" ".join(words(text)[1:BESIDE_WORDS])))
        if beside & q_terms:
            unit.score -= BESIDES_PENALTY


BESIDE_WORDS = 6
"""The words after 'Naast' that name what a sentence comes beside."""


def heads(intro: str) -> list[str]:
    """What a list's introduction says it lists: the word after a number ("vijf organisatievormen")
    or after 'volgende' ("de volgende bouwstenen, in deze volgorde"), else its last word; not what
    it is said to come beside."""
    counted = [m.group("noun") for m in _COUNTED.finditer(intro)]
    if BESIDES.match(intro):
        counted = counted[1:]
    following = re.findall(r"\b(?:volgende|following)\s+(?:\w+\s+)?([^\W\d_]{4,})", intro, re.I)
    last = re.findall(r"[^\W\d_]{4,}", intro)[-1:]
    return following or counted or last


ASKS_SPEAKER = re.compile(r"\s*(?:en\s+)?(?:wie|who)\b", re.I)
"""A question that asks who says something ("Wie zegt dat precies?"), not what a named source says."""
WHO_QUESTION = re.compile(
    r"^\W*(?:door\s+)?wie\s+(?!zegt|zei|vindt|stelt)|^\W*(?:by\s+)?who\s+(?!says|said)", re.I
)
AGENT = re.compile(
    r"\b(?:door|by)\s+(?:de\s+|het\s+)?\w+|\b[A-Z][a-z]+(?:\s+(?:van|de|der|den))*\s+[A-Z][a-z]+"
)
AGENT_BONUS = 0.12
"""'Wie …?' / 'Door wie …?' is answered by a sentence that names someone: a person's name or a
passive agent ("geschreven door Menno Aardewijn …", "door de ketenpartners samen ontworpen")."""


WHO_IS = re.compile(
    r"^\W*(?i:en\s+)?(?i:wie|who)\s+(?i:is|was|zijn|waren|are|were)\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)\W*$"
)
IDENTITY_BONUS = 0.4
"""'Wie is Cor Franke?' asks who the person is: a sentence that gives the name a role ("Cor Franke,
projectleider van de doorontwikkeling van de NORA …", "… van Cor Franke, die als projectleider …",
"X is …") leads, not a quotation of theirs, which the named speaker's bonus lifts (new informal
questions, eighth session; ``tests/test_lead_rules.py``)."""


def favour_identity(question: str, units: list[Unit]) -> None:
    """For "Wie is <naam>?": lift sentences that put a role next to the name."""
    found = WHO_IS.match(question.strip())
    if not found:
        return
    name = re.escape(found["name"].split()[-1])
    role = re.compile(
        rf"\b{name}\b(?:,\s+(?:die\s+)?(?:als\s+)?[a-z]|\s+(?:is|was)\s+(?:een\s+|de\s+)?[a-z])", re.I
    )
    for unit in units:
        if role.search(unit.intro or unit.display):
            unit.score += IDENTITY_BONUS


def favour_agents(units: list[Unit]) -> None:
    """Who-questions (not "wie zegt", a who-said question): lift sentences that name an agent."""
    for unit in units:
        text = unit.intro or unit.display
        if AGENT.search(text[1:]):
            unit.score += AGENT_BONUS


CARRIED_SHARE = 0.5
"""Weight of a word the conversation's topic adds, against the follow-up's own words."""


def carried_terms(question: str, terms: set[str]) -> set[str]:
    """Of ``terms``, those only the conversation's topic brought in: "Bij welke pijler hoort dat dan
    vooral? (kom keten besluiten)" asks about a pillar; 'besluiten' only says which subject.

    A follow-up's own words decide which sentence answers it; the topic (``conversation.resolve``
    adds it in brackets) finds the passages. Empty when the follow-up has no word of its own
    ("Heb je daar een voorbeeld van?") or names a claim ("Wie zegt dat? (claim.; topic)" finds the
    claim). Tuning half, sixth session: lead_hit 0.535 → 0.543 (v10.t3; at a share of 0.7 no
    lead changes, at 0.3 facts fall).
    """
    brackets = carried(question)
    if brackets is None or brackets.claim:
        return set()
    topic = {t for p in brackets.topic for t in compound_stems(p)}
    # the words that tell the kind ("wat gebeurt") are no subject of the follow-up's own
    asked = brackets.asked
    own = (set(compound_stems(asked)) - set(compound_stems(kind_signal(asked)))) & terms
    return (terms & topic) - own if own else set()


REPEAT_PENALTY = 0.3
"""How far a sentence the previous answer already gave falls behind, in a follow-up that asks
something new."""


def favour_new(analysis: Question, units: list[Unit]) -> None:
    """A follow-up that asks something new does not lead with the previous answer's lead.

    "Wat hoort er bij de derde?" after "Ketens de baas onderscheidt vier besturingsdimensies: …"
    led with that same sentence again (it matches the carried topic best); the sentence on the
    third dimension answers. Only the previous lead: a later sentence of that answer may be just
    what the follow-up asks ("Wat gebeurt er als dat niet goed gaat?" after an answer whose
    fourth sentence said so; penalising every earlier sentence lost v10.t2). A list joins as a
    whole and is left alone. Tuning half, sixth session: lead_hit 0.558 → 0.566 (v07.t2).
    """
    if not analysis.said_before:
        return
    for unit in units:
        if unit.is_list:
            continue
        key = " ".join(words(unit.quote))
        if key and any(key in said for said in analysis.said_before):
            unit.score -= REPEAT_PENALTY


def without_sources(terms: set[str], analysis: Question) -> set[str]:
    """The question's terms without the words that name a source it asks to hear from.

    Retrieval is already filtered to that source; its name in a sentence says nothing about the
    subject ("Wat is volgens Morgens de belangrijkste voorwaarde …" must not lead with "Morgens
    heeft het onderzoek … gepubliceerd"). A name the text uses ("het voorbeeld van METRO") stays:
    it marks the passages on it (tuning half, sixth session: alone, facts within 120 words 0.678
    → 0.682 and no lead changed; with ``scoring.balanced`` c12's lead answers), unless the
    question asks what that person says: then ``favour_named`` finds their words, and "Na
    Groothedde hield John Froger een verhaal" must not lead "Wat vindt Groothedde het belangrijkst?".
    Kept when nothing else would be left.
    """
    named = {
        t
        for source in analysis.sources
        if source.speaks and (source.publication or analysis.kind == "who_said")
        for t in compound_stems(" ".join(source.matched_words))
    }
    rest = terms - named
    return rest if rest else terms


def side_terms(analysis: Question) -> list[frozenset[str]]:
    """Per comparison side, the stems of its query that the other sides do not share."""
    stems = [frozenset(compound_stems(side.query)) for side in analysis.sides]
    return [s - frozenset().union(*(o for j, o in enumerate(stems) if j != i)) for i, s in enumerate(stems)]


def side_of(analysis: Question, passages: list[Passage]) -> dict[int, int]:
    """Passage index → comparison side: by the side's chunks, else by its documents."""
    side_of: dict[int, int] = {}
    for s, side in enumerate(analysis.sides):
        for i, p in enumerate(passages):
            if i in side_of:
                continue
            if p.chunk_id in side.chunk_ids or (not side.chunk_ids and p.doc_id in side.doc_ids):
                side_of[i] = s
    return side_of


MESSAGE = re.compile(r"\b(?:conclusie\w*|kern|boodschap|belangrijkste|conclusion|key)\b", re.I)
MESSAGE_BONUS = 0.15
"""A source compared on its view as a whole (``Question.views_only``) is represented by a sentence
that states its conclusion or a recommendation ("De belangrijkste conclusie: ketensamenwerking is
mensenwerk"), not by the report of its afternoon programme (new informal questions, fourth
session; ``tests/test_question.py``)."""


def favour_message(analysis: Question, units: list[Unit]) -> None:
    """For a comparison of sources' views: lift sentences that conclude or recommend."""
    if WHO_IS.match(analysis.text.strip()):
        return  # who someone is, not their message
    if not analysis.views_only:
        return
    for unit in units:
        text = unit.intro or unit.display
        if MESSAGE.search(text) or ADVICE.search(text):
            unit.score += MESSAGE_BONUS


NEGATED_CONDITION = re.compile(
    r"\b(?:als|wanneer|indien|zonder|if|when|without)\b(?P<cond>[^?.;]*?"
    r"\b(?:geen|niet|zonder|ontbre\w+|no|not|without|lacks?)\b[^?.;,]*)",
    re.I,
)
NEGATION = frozenset(
    ["geen", "niet", "zonder", "ontbreekt", "ontbreken", "no", "not", "without", "lack", "lacks"]
)
NEGATION_REACH = 3
"""Words after a negation that it still governs ("geen duidelijke gezamenlijke ambitie")."""
CONDITION_BONUS = 0.15
""""Wat gebeurt er als er geen vertrouwen is?" is answered by a sentence about its absence ("Als er
geen vertrouwen is …, dan mislukt het", "Ketensamenwerking zonder vertrouwen wordt … een dure
kostenpost"), not by one that echoes the words without the negation ("Er moet vertrouwen tussen
ketenpartners zijn"): the dense reader does not hear the 'geen' (conversations v09, practical
p31, fifth session; ``tests/test_lead_rules.py``)."""


def negated_terms(question: str) -> frozenset[str]:
    """The stems a question's condition negates ("als je geen duidelijke ambitie hebt" → duidelijk, ambitie)."""
    found = NEGATED_CONDITION.search(question)
    if not found:
        return frozenset()
    tokens = words(found.group("cond"))
    governed: list[str] = []
    for i, token in enumerate(tokens):
        if token in NEGATION:
            governed.extend(tokens[i + 1 : i + 1 + NEGATION_REACH])
    return frozenset(compound_stems(" ".join(governed)))


def favour_condition(question: str, units: list[Unit]) -> None:
    """Lift sentences that negate what the question's condition negates."""
    asked = negated_terms(question)
    if not asked:
        return
    for unit in units:
        tokens = words(unit.intro or unit.display)
        for i, token in enumerate(tokens):
            reach = " ".join(tokens[i + 1 : i + 1 + NEGATION_REACH])
            if token in NEGATION and reach and asked & set(compound_stems(reach)):
                unit.score += CONDITION_BONUS
                break
