"""Scope notes: a question limited to one named instance or person, answered only more widely.

"Wat is een meetbare KPI voor de strafrechtketen?" was answered with Morgens' general advice on
indicators, and no sentence of the answer said anything about the strafrechtketen — which one
article names only in passing (new informal questions, twenty-fifth session). The issue asks that
a near-domain question about "a specific chain or organisation" is declined or answered partially
"with an explicit sentence saying what the sources do not say". An instance is read from the
corpus's own words, not from a list: a rare compound that ends in one of the corpus's frequent
words ('strafrecht' + 'keten') and does not begin with a word the corpus compounds with
everything ('keten' + 'samenwerking' is the subject itself, not an instance of it).
"""

from __future__ import annotations

import re

from assistant.brackets import carried
from assistant.frames import DURATION, DURATION_WORD
from assistant.generators.attribution import speaker_states
from assistant.generators.scoring import UBIQUITOUS_IDF
from assistant.generators.units import Unit
from assistant.glossary import glossed
from assistant.question import Question
from assistant.question_objects import DOMAIN_PLACE, scoped_word
from ingest.lexical import LexicalIndex
from ketenwijzer.compounds import compound_stems
from ketenwijzer.text import stems, words

HEAD_DOCS = 20
"""Chunks a word must occur in to be a frequent head of which a compound names an instance ('keten')."""
RARE_DOCS = 5
"""Chunks an instance may occur in at most: a named instance is rare ('strafrechtketen': 1), or
unnamed ('zorgketen': 0; "Hoe werkt vertrouwen in de zorgketen?" was answered about trust in
general as if it were about that chain; twenty-fifth session). An answer that names the specific
part ('jeugdzorg' of 'jeugdzorgketen') speaks of the instance: no note."""
MODIFIER_MIN = 4
"""Letters before the head ('justitie' + 'keten'), as ``example_nudges.INSTANCE_MIN``."""
MODIFIER_DOCS = 10
"""Chunks a specific part may occur in at most: a part the corpus itself uses often is one of its
own words and qualifies the head rather than naming an instance ('partner': 15 chunks, as in every
'ketenpartner'; 'overheid': 19). "Hoe houd ik de top van de partnerorganisaties betrokken?" and
"Waarom ontkomen overheidsorganisaties niet meer aan samenwerking?" were told the sources say
nothing "for ‘partnerorganisaties’ in particular" (twenty-sixth session; 'jeugdzorg': 3,
'strafrecht': 0 stay instances)."""

OUT_OF_SCOPE = {
    "nl": "(Voor ‘{instance}’ in het bijzonder zeggen de bronnen hier niets over; in het algemeen zeggen ze het volgende.)",
    "en": "(The sources say nothing about this for ‘{instance}’ in particular; in general they say this.)",
}
"""Said before the quotes when no chosen sentence names the instance the question asks about."""


def _df(stem: str, lexical: LexicalIndex) -> int:
    """The number of chunks that hold ``stem``."""
    found = lexical.postings.get(stem)
    return len(found[0]) if found else 0


def instances(focus: str, lexical: LexicalIndex) -> list[tuple[str, str, str]]:
    """The focus words that name a rare instance of a frequent thing, as (word, stem, the stem of its
    specific part: 'jeugdzorg' of 'jeugdzorgketen')."""
    modifiers = lexical.compound_modifiers()
    found: list[tuple[str, str, str]] = []
    for word in focus.split():
        stem = (stems(word) or [""])[0]
        if not stem or stem.startswith(modifiers) or _df(stem, lexical) > RARE_DOCS:
            continue
        for i in range(MODIFIER_MIN, len(word) - 3):
            if _df((stems(word[i:]) or [""])[0], lexical) < HEAD_DOCS:
                continue
            # an instance the corpus never names is one of known parts ('jeugdzorg' + 'keten'); a
            # word of unknown parts is the unsaid rule's (``unsaid.unsaid``)
            modifier = (stems(word[:i]) or [""])[0]
            used = _df(modifier, lexical)
            if used > MODIFIER_DOCS:
                break
            if used > 0 or _df(stem, lexical) > 0:
                found.append((word, stem, modifier))
                break
    return found


def scope_note(focus: str, chosen: list[str], lexical: LexicalIndex, language: str) -> str:
    """``OUT_OF_SCOPE`` when the question names an instance besides its subject and no chosen
    sentence names it, else ''. A question about the instance alone ("Wat is de strafrechtketen?")
    gets no note: its answer is about the instance or about nothing."""
    if len(focus.split()) < 2 or not chosen:
        return ""
    said = {s for text in chosen for s in stems(text)}
    for word, stem, modifier in instances(focus, lexical):
        # an answer that names the instance, or its specific part ("Op een terrein als de jeugdzorg
        # …" for the jeugdzorgketen), speaks of it
        if stem not in said and not any(s.startswith(modifier) for s in said):
            return OUT_OF_SCOPE.get(language, OUT_OF_SCOPE["nl"]).format(instance=word)
    return ""


SILENT_PERSON = {
    "nl": "({name} zegt hier in de bronnen niets over; wel staat er het volgende.)",
    "en": "({name} says nothing about this in the sources; this is what they do say.)",
}
"""Said before the quotes when the one person the question asks to speak says nothing on its subject."""


def silent_person_note(
    analysis: Question, units: list[Unit], chosen: list[str], lexical: LexicalIndex, language: str
) -> str:
    """``SILENT_PERSON`` when the question asks one person of a source ("Wat vond Froger van
    contracten?") and no sentence that person has the floor for uses a telling word of its subject,
    else ''.

    Retrieval is filtered to the person's report, so the answer quoted Groothedde's "hier kan geen
    contract of convenant tegenop" as if it were Froger's view (new informal questions,
    twenty-fifth session; ``tests/test_superlatives_and_scope.py``). A person is a name the
    source's text uses, written with a capital (``source_sides.people_named``), not a publication. Only a
    telling word counts (idf at least ``UBIQUITOUS_IDF``): whether Cor Franke speaks of 'ketens' a
    word in a third of all passages cannot tell; nor can it when the person's words are not among
    the passages at all. The note is said only when the answer (``chosen``: the texts shown) never
    names the person."""
    # a source's own name in its label is its title, no person ("Wat is de kern van Ketens de baas in één zin?" was told
    # Ketens de baas says nothing on it; forty-eighth session)
    people = [
        s
        for s in analysis.sources
        if s.speaks
        and not s.publication
        and s.written[:1].isupper()
        and s.written.lower() not in s.label.lower()
    ]
    if len(people) != 1 or len(analysis.sources) != 1 or len(analysis.sides) >= 2:
        return ""
    # an English subject by its Dutch words too ("What dilemmas does Anneleen Winters mention?": 'dilemma's')
    focus = f"{analysis.focus} {glossed(analysis.focus)}" if language == "en" else analysis.focus or ""
    telling = [t for t in stems(focus) if lexical.idf(t) >= UBIQUITOUS_IDF]
    names = {w for w in people[0].matched_words if len(w) >= 4}
    states = speaker_states(units, names)
    spoken = [u for u in units if states.get(u.order) is True]
    if not telling or not spoken:
        return ""
    if any(t in word for u in spoken for word in u.stems for t in telling):
        return ""
    # and the answer never names the person: "Wat zijn succesfactoren volgens Groothedde?" is
    # answered by "De teneur van Grootheddes verhaal …" and his five factors, which do not say
    # 'succesfactoren'
    said = {w for text in chosen for w in words(text)}
    if any(n in said or f"{n}s" in said for n in names):
        return ""
    return SILENT_PERSON.get(language, SILENT_PERSON["nl"]).format(name=people[0].written)


NO_DURATION = {
    "nl": "(De bronnen noemen geen duur voor ‘{subject}’; wel zeggen ze het volgende.)",
    "en": "(The sources give no duration for ‘{subject}’; this is what they say.)",
}
"""Said before the quotes when a duration is asked and no chosen sentence states one of its subject."""


def duration_note(
    question: str,
    focus: str,
    chosen: list[str],
    language: str,
    named: str = "",
    lexical: LexicalIndex | None = None,
) -> str:
    """``NO_DURATION`` when the question asks how long something takes and no chosen sentence states a
    duration (``frames.DURATION``) and names a word of its subject, else ''.

    "Hoe lang duurt het om vertrouwen op te bouwen?" was answered with "… kan het jaren duren voordat een
    keten is ingevoerd" as if that were the time trust takes (new informal questions, thirty-fifth
    session; ``tests/test_lead_rules.py``). A verb of being ('bestaat') is no subject: "Hoe lang bestaat de
    NORA al?" is about the source ``named`` (it said there was no duration for 'bestaat'; thirty-sixth session). Nor is
    a word the corpus uses in a third of its passages (``UBIQUITOUS_IDF``) that only a follow-up's carried topic holds,
    beside a rarer one: "Hoe lang duurt dat?" after "Hoe bouw je vertrouwen op in een keten?" carried 'keten', and the
    chain's "jaren" passed for trust's (fifty-third session, ``tests/test_gate_follow_ups.py``). Typed in the question
    itself it may be the subject ("Hoe lang duurt het voor een keten volwassen is?")."""
    if not chosen or language != "nl" or not HOW_LONG.search(question):
        return ""
    subject = [w for w in words(focus) if not set(stems(w)) <= _DURATION_STEMS]
    if not subject and named:
        subject = [named]
    topic = carried(question)
    if lexical is not None and topic is not None:
        # the carried topic's corpus-wide word is its setting: "in een keten" of "Hoe bouw je vertrouwen op in een keten?"
        typed = set(stems(topic.asked))
        telling = [
            w
            for w in subject
            if set(stems(w)) & typed or any(lexical.idf(s) >= UBIQUITOUS_IDF for s in stems(w))
        ]
        subject = telling or subject
    wanted = {s for w in subject for s in compound_stems(w)}
    if not wanted:
        return ""
    if any(DURATION.search(text) and wanted & set(compound_stems(text)) for text in chosen):
        return ""
    return NO_DURATION.get(language, NO_DURATION["nl"]).format(subject=" ".join(subject))


HOW_LONG = re.compile(r"\bhoe\s+lang\b|\bhoeveel\s+tijd\b", re.I)
"""A duration asked as such; "Waarom duurt ketensamenwerking zo lang?" asks a cause (``frames.ASKS_DURATION``).
Dutch only: an English subject is no word of the Dutch sentences."""
_DURATION_STEMS = frozenset(
    stems(f"{DURATION_WORD} duurt lang tijd long time take takes bestaat bestaan bestond")
)


def place_note(question: str, chosen: list[str], language: str, lexical: LexicalIndex | None = None) -> str:
    """``OUT_OF_SCOPE`` for the place a thing is asked to be found ("draagvlak bij de uitvoerders",
    ``question_objects.SCOPE``) when no chosen sentence names it, else ''.

    It weighs half in the scorer and the gate, so the answer may be about the thing in general: "Hoe zorg ik
    voor draagvlak bij de uitvoerders?" quoted Groothedde's "Draagvlak in de top" as if it were about them
    (new informal questions, thirty-fifth session; ``tests/test_abstention.py``). A word the corpus uses in
    about a third of its passages or more (``UBIQUITOUS_IDF``) is its subject, no place in particular: "Wat
    zijn de valkuilen bij ketensturing?" was told the sources say nothing "voor ‘ketensturing’ in het
    bijzonder" (thirty-eighth session)."""
    place = scoped_word(question) if language == "nl" else None
    if place and lexical is not None and lexical.idf((stems(place) or [""])[0]) < UBIQUITOUS_IDF:
        return ""
    if not place or not chosen or re.search(DOMAIN_PLACE, question, re.I):
        # the whole product's domain is no place in particular: "Wat is er veranderd aan de rol van
        # managers bij de overheid?" is about managers (``tests/test_speaker_questions.py``)
        return ""
    asked = set(compound_stems(place))
    if any(asked & set(compound_stems(_without_enumerations(t))) for t in chosen):
        return ""
    return OUT_OF_SCOPE["nl"].format(instance=place)


ENUMERATION = re.compile(r"(?:[\w-]+,\s+){1,}[\w-]+\s+(?:of|en)\s+[\w-]+")
"""Three or more words in a row ("bestuurders, managers of medewerkers")."""


def _without_enumerations(text: str) -> str:
    """``text`` without its enumerations (``ENUMERATION``): a place named as one item of many is named in
    passing. "… of het nu gaat om bestuurders, managers of medewerkers, …" said nothing of "draagvlak bij
    medewerkers", and kept the answer from saying so (fortieth session, ``tests/test_abstention.py``)."""
    return ENUMERATION.sub(" ", text)
