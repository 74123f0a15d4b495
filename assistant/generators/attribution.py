"""Rules about people in a passage: who speaks, who is named, and who someone is.

A question that names a person asks what they say ("wat zegt Groothedde", ``favour_named``), who
they are ("Wie is Cor Franke?", ``favour_identity``), or who did something ("Door wie …?",
``favour_agents``). Reading a report in order tells whose words a sentence holds
(``speaker_states``). Split from ``rules.py`` (eighth session); each rule names the eval or the
question that showed it helps.
"""

from __future__ import annotations

import re

from assistant.generators.units import Unit
from assistant.persons import WHO_IS
from assistant.question import Question, Side
from ketenwijzer.text import words

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
    # "Welke succesfactoren noemt Groothedde?" (a list) asks his words as much as "wat zegt X" does
    asks_speaker = any(source.speaks and not source.publication for source in analysis.sources)
    unheard = unheard_subject(analysis, units, spoken)
    for unit in units:
        # a source asked for its message as a whole ("Wat kan ik leren van het METRO-voorbeeld?")
        # has no subject besides itself: every sentence it says is on it; so is a person asked on a subject in
        # none of their words (``unheard_subject``)
        on_topic = analysis.views_only or unheard or unit.signals is None or unit.signals.own > 0
        if (
            on_topic
            and spoken.get(unit.order) is True
            and not identity
            and not (analysis.views_only and gives_floor(unit.intro or unit.display))
        ):
            unit.score += NAMED_BONUS
        elif spoken.get(unit.order) is False and (analysis.kind == "who_said" or identity or asks_speaker):
            unit.score -= OTHER_SPEAKER_PENALTY


OTHER_SPEAKER_PENALTY = 0.3
"""Words another person is said to speak are no answer to "wat zegt X" (a who-said question:
elsewhere a name may be a title, "Who are the authors of Ketens de baas?"): after "Na Groothedde hield
John Froger een verhaal", Froger's 'Vertrouwen is hierbij doorslaggevend …' came second in "Wat
zegt Groothedde over vertrouwen?" (new informal questions, eighth session;
``tests/test_lead_rules.py``). Any question that names a person as the one speaking ("Welke
succesfactoren noemt Groothedde?", a list) is such a question: it led with the succesfactoren of
the discussion "onder leiding van Janet Helder" (ninth session)."""


ATTRIBUTED = re.compile(
    r"\b(?:volgens|aldus|zegt|zei|stelt|stelde|vertelt|vertelde|(?:ervaring|mening|overtuiging) van|"
    r"according to|says|said)\s+"
    r"(?:\w+\s+)?(?P<name>[A-Z][\w-]+)|^[\"'“‘]?(?P<lead>[A-Z][\w-]+):"
    r"|\b(?:hield|sprak|het woord aan|onder leiding van)\s+(?:[A-Z][\w-]+\s+)?(?P<host>[A-Z][\w-]+)"
)
"""A sentence said to be someone's: "volgens Groothedde", "aldus Boissevain", "is de ervaring van
Franke", "Morgens: 'Houd …'"; or one that gives someone the floor: "Na Groothedde hield John
Froger een verhaal" ("wat zegt groothedde" led with it, and with Froger's words after it;
eighth session, ``tests/test_lead_rules.py``); so does "onder leiding van Janet Helder" (ninth)."""


FLOOR = re.compile(
    r"\b(?:hield|sprak|het woord aan|onder leiding van|(?:werd|wordt)\s+(?:\w+\s+)?ingeleid door)\s+"
    r"(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+"
)
"""A sentence that gives someone the floor ("Na Groothedde hield John Froger een verhaal", "Deze
werd ingeleid door Anneleen Winters"): the reporter's words, not the speaker's."""


def gives_floor(text: str) -> bool:
    """The sentence announces a speaker (``FLOOR``). Asked "Wat zei John Froger?", such a sentence
    led the answer and his point came third: with nothing asked besides the person, what they say
    leads, not the sentence handing them the floor (new informal questions, seventeenth session;
    ``tests/test_lead_rules.py``)."""
    return FLOOR.search(text) is not None


def _speaker_name(match: re.Match[str]) -> str:
    """The name an ``ATTRIBUTED`` match gives the words to."""
    return match.group("name") or match.group("lead") or match.group("host")


def speakers(units: list[Unit], names: set[str]) -> dict[int, bool]:
    """Unit order → whether the asked person (``names``, folded words) is the one speaking there."""
    return {order: state is True for order, state in speaker_states(units, names).items()}


def unheard_subject(analysis: Question, units: list[Unit], spoken: dict[int, bool | None]) -> bool:
    """A person asked what they say on a subject none of their words names: their words answer it ("Wat vertelt Froger
    over zijn ervaring?" — his words are on trust and people, his experience is told where he is introduced — led with
    how Cor Franke turned his experience into the dossier; new informal questions, forty-sixth session;
    ``tests/test_speaker_questions.py``)."""
    return analysis.kind == "who_said" and not any(
        spoken.get(u.order) is True and (u.signals is None or u.signals.own > 0) for u in units
    )


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
        # a name's genitive is the name: "De teneur van Grootheddes verhaal …" (fifteenth session)
        asked = [i for i, w in enumerate(folded) if w in names or (w.endswith("s") and w[:-1] in names)]
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


WHO_QUESTION = re.compile(
    r"^\W*(?:door\s+)?wie\s+(?!zegt|zei|vindt|stelt)|^\W*(?:by\s+)?who\s+(?!says|said)", re.I
)
AGENT = re.compile(
    r"\b(?:door|by)\s+(?:de\s+|het\s+)?\w+|\b[A-Z][a-z]+(?:\s+(?:van|de|der|den))*\s+[A-Z][a-z]+"
)
AGENT_BONUS = 0.12
"""'Wie …?' / 'Door wie …?' is answered by a sentence that names someone: a person's name or a
passive agent ("geschreven door Menno Aardewijn …", "door de ketenpartners samen ontworpen")."""


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
    surname = re.compile(rf"\b{re.escape(found['name'].split()[-1])}\b")
    by_order = {u.order: u for u in units}
    for unit in units:
        if gives_role(found["name"], unit.intro or unit.display):
            _says_who(unit)
            continue
        before = by_order.get(unit.order - 1)
        if (
            ROLE_BY_PRONOUN.match(unit.display)
            and before is not None
            and before.passage == unit.passage
            and surname.search(before.display)
            and not named_after(surname, before.display)
        ):
            # "Na Groothedde hield John Froger een verhaal. Hij is zelfstandig adviseur, …": the
            # role follows the sentence naming the person; both lead, in that order
            _says_who(unit)
            _says_who(before)


def _says_who(unit: Unit) -> None:
    """``IDENTITY_BONUS`` for a sentence that says who the person asked is; it is no narration of
    who spoke (``signposts.NARRATION``), which would keep it out of the answer: "Als lid van de Raad
    van Bestuur van Kadaster … vertelde hij …" (twenty-third session)."""
    unit.score += IDENTITY_BONUS
    if unit.signals is not None:
        unit.signals.locator = False


def named_after(surname: re.Pattern[str], sentence: str) -> bool:
    """Another person is named after the one asked: "Na Groothedde hield John Froger een verhaal. Hij
    is zelfstandig adviseur" gives Froger's role, not Groothedde's ("Wat doet Groothedde?"; twenty-third session)."""
    last = list(surname.finditer(sentence))[-1]
    return bool(re.search(r"\b[A-Z][a-z]+\s+[A-Z][\w-]+", sentence[last.end() :]))


ROLE_BY_PRONOUN = re.compile(
    r"(?:Hij|Zij|Ze)\s+(?:is|was)\s+(?:een\s+|de\s+)?[a-z]"
    r"|Als\s+(?:[\w.-]+\s+){1,14}?(?:vertelde|sprak|zei|gaf|legde|liet|schetste)\s+(?:hij|zij|ze)\b"
)
"""A role given by pronoun right after the sentence naming the person ("Hij is zelfstandig adviseur");
with "X hield een verhaal" read as narration, "Wie is Froger?" led with his quotation (thirteenth session).
Also a role the pronoun speaks in: "Als lid van de Raad van Bestuur van Kadaster … vertelde hij …"
("Wie is Groothedde?" led with his story's gist and then Froger's role; twenty-third session)."""


_REST_OF_NAME = r"(?:\s+(?:van|de|der|den|ter|ten|het))*(?:\s+[A-Z][\w-]+)?"
"""What may follow the part of a name a sentence gave ('Anna' of "zegt Anna de Wit")."""


def gives_role(name: str, text: str) -> bool:
    """``text`` puts a role next to the person's surname ("Cor Franke, die als projectleider …",
    "Franke is …")."""
    surname = re.escape(name.split()[-1])
    role = re.compile(
        rf"\b{surname}\b{_REST_OF_NAME}(?:,\s+(?:die\s+)?(?:als\s+)?[a-z]|\s+(?:is|was)\s+(?:een\s+|de\s+)?[a-z])"
    )
    return bool(role.search(text))


def speaker_name(text: str) -> str | None:
    """The name a sentence gives its words to ("zegt Cor Franke" → 'Franke'), if any."""
    found = ATTRIBUTED.search(text)
    return _speaker_name(found) if found else None


def favour_agents(units: list[Unit]) -> None:
    """Who-questions (not "wie zegt", a who-said question): lift sentences that name an agent."""
    for unit in units:
        text = unit.intro or unit.display
        if AGENT.search(text[1:]):
            unit.score += AGENT_BONUS


def speaker_sides(sides: list[str], units: list[Unit]) -> dict[int, int]:
    """Unit order → the index of the side (a person's name) who speaks it, for a comparison of
    people of one source ("Zien Groothedde en Froger vertrouwen hetzelfde?"). Their words share
    the report's passages, so a side is the sentences that person has the floor for, read in
    order (``speaker_states``): without it the Groothedde side opened with "Na Groothedde hield
    John Froger een verhaal" and the Froger side quoted the afternoon's programme (new informal
    questions, ninth and tenth sessions; ``tests/test_speaker_questions.py``). A sentence both
    speak, or neither, is on no side."""
    states = [speaker_states(units, set(words(name))) for name in sides]
    out: dict[int, int] = {}
    for unit in units:
        speaking = [i for i, state in enumerate(states) if state.get(unit.order) is True]
        if len(speaking) == 1:
            out[unit.order] = speaking[0]
    return out


def person_sides(sides: list[Side], units: list[Unit], side_of: dict[int, int]) -> dict[int, int]:
    """Unit order → side, when a side is a person beside other sources ("Wat vinden Morgens en
    Froger van politieke druk?"): that side has only the sentences the person has the floor for
    (``speaker_states``), the others their passages' sentences. The Froger side quoted Groothedde's
    five factors (sixteenth session; ``tests/test_speaker_questions.py``). Empty when no side is a
    person."""
    people = {
        i: speaker_states(units, set(words(side.speaker or side.label)))
        for i, side in enumerate(sides)
        if side.person
    }
    if not people:
        return {}
    out: dict[int, int] = {}
    for unit in units:
        side = side_of.get(unit.passage)
        if side is None:
            continue
        if side not in people or people[side].get(unit.order) is True:
            out[unit.order] = side
    return out
