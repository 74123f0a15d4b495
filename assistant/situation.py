"""What readers tell about their own case around the question: details of it, not its subject.

"We starten een nieuwe keten met vijf gemeenten. Wat moeten we eerst regelen?" asks what to arrange
first; the count is the reader's case. "Welke rapportages heb ik nodig als ketenmanager?" asks about
reports; the role is who asks. ``assistant/focus.py`` leaves these out of a question's focus.
"""

from __future__ import annotations

import re

COUNT_TOLD = re.compile(
    r"\b(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|"
    r"zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|honderd|"
    r"two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b(?=\s+[^\W\d_]+)",
    re.I,
)
"""A count in the reader's account of their own situation ("We starten een nieuwe keten met vijf
gemeenten. Wat moeten we eerst regelen?"): a detail of their case, not what the sources are asked
about; 'vijf' was searched and the question declined (new informal questions, nineteenth session;
``tests/test_question.py``). A count in the question itself ("Wat zijn de vijf organisatievormen?")
stays."""
COUNT_WITH_US = re.compile(
    r"(?P<before>\b(?:we|wij|ik|ons|onze)\b[^?.!,;]{0,40}?\b(?:met|with)\s+)"
    + COUNT_TOLD.pattern
    + r"\s+[^\W\d_]+",
    re.I,
)
"""The parties the reader tells they work with, counted, in the question's own clause ("Wat moet ik
regelen voordat we met vijf gemeenten een keten beginnen?"): their case, not the subject; 'vijf' led
with the continuum's five organisation forms, 'gemeenten' with Be Informed's 400 municipalities (new
informal questions, thirtieth session; ``tests/test_question.py``). Only a count right after 'met' in
a clause the reader is in; "Hoe werken we met de vijf pijlers?" keeps it."""
_ASKED_LAST = re.compile(r"^(?P<told>.*[.!])\s+(?P<asked>[^.!]*\?)\s*$", re.S)


def without_counts_told(text: str) -> str:
    """The question without the counts (``COUNT_TOLD``) in the sentences before the one that asks, and
    without the counted parties the reader is with in the one that asks (``COUNT_WITH_US``)."""
    found = _ASKED_LAST.match(text)
    if found is None:
        return _without_parties(text)
    told = found["told"] if len(found["asked"].split()) <= JUDGING_WORDS else _without_parties(found["told"])
    return f"{COUNT_TOLD.sub(' ', told)} {_without_parties(found['asked'])}"


JUDGING_WORDS = 3
"""A question of this many words after the reader's scene judges the scene ("We zitten met vijftien partijen aan tafel.
Werkt dat?"): the parties counted are then its subject, only the count goes; without them the question was about
'tafel' (new informal questions, forty-eighth session; ``tests/test_question.py``)."""


def _without_parties(asked: str) -> str:
    """The asking sentence without the counted parties the reader is with (``COUNT_WITH_US``)."""
    return COUNT_WITH_US.sub(lambda found: found["before"], asked)


ASKER_ROLE = re.compile(
    r"(?P<before>\b(?:ik|we|wij|je|jij|u)\b[^?.!,;]{0,60}?|\b(?:mijn|onze|jouw|uw)\s+rol\s+)"
    r"\bals\s+(?!(?:eerste|laatste|tweede|derde|volgende|enige)\b)(?P<role>[^\W\d_]{4,})"
    r"(?=\s*(?:[?.!,;]|$)|\s+[^\W\d_]{3,}en\s*[?.!]*\s*$)",
    re.I,
)
"""The asker's own role, a bare noun after 'als' at the end of a clause ("Welke rapportages heb ik
nodig als ketenmanager?", "in mijn rol als regisseur"): who asks, not what about. The role outweighed
'rapportages' and the answer listed the manager's tasks (new informal questions, twenty-first
session; ``tests/test_question.py``). 'als' before a clause ("als de partners niet willen") is
a condition and has an article or more words before the clause ends. The role may stand before the clause's closing
verb ("Wat moet ik als ketenmanager rapporteren?" listed the manager's tasks; new informal questions, fifty-fifth session);
an ordinal is no role ("Wat moet ik als eerste doen?")."""


LEARNER = re.compile(
    r"(?P<before>\b(?:kan|kunnen|kun|can|could)\s+)(?P<who>(?:[^\W\d_][\w-]*\s+){1,3}?)"
    r"(?P<after>(?:nog\s+)?(?:leren|opsteken|learn)\s+(?:van|from)\b)",
    re.I,
)
"""Who learns from an example is the asker's side, not what is asked: "Wat kunnen gemeenten leren van
de METRO?" was declined on 'gemeenten', which the METRO example never names (new informal questions,
twenty-eighth session; ``tests/test_question.py``)."""


def without_asker_role(text: str) -> str:
    """The text without the asker's role (``ASKER_ROLE``); unchanged when none is told."""
    return ASKER_ROLE.sub(r"\g<before>", text)


def without_learner(text: str) -> str:
    """The text without who learns from something (``LEARNER``); unchanged when none is told."""
    return LEARNER.sub(r"\g<before>\g<after>", text)


CONDITION_TOLD = re.compile(
    r"^(?P<asking>[^?]*?\b(?:de|het|een|die|deze|dit|the|a|an)\s+[^\W\d_]{4,}[^?]*?)"
    r"(?:,\s*|\s+)(?P<condition>(?:als|wanneer|indien|zolang|if|when)\b[^?]+)\?\s*$",
    re.I,
)
"""The reader's situation told after a question that asks about a thing of its own ("Hoe regel je de
besluitvorming als niemand de baas is?"): the condition is the case, the thing before it the subject. Its
words are searched but not widened by the glossary: 'baas' → 'leiding gezag' found the dossier's "In een
keten ontbreekt overkoepelend gezag" over the decision-making model and the question was declined (new
informal questions, forty-eighth session; ``tests/test_question.py``). A question that asks about the
condition itself ("Wat doe je als een partner dwarsligt?") names no thing before it and keeps its synonyms."""


def condition_told(text: str) -> str:
    """The condition told after a question about a thing of its own (``CONDITION_TOLD``); '' when none."""
    found = CONDITION_TOLD.match(text.strip()) or WITHOUT_TOLD.match(text.strip())
    return found["condition"] if found else ""


WITHOUT_TOLD = re.compile(
    r"^(?P<asking>[^?]*?\b(?:hoe|how)\s+(?:werkt|werken|regel|regelt|organiseer|organiseert|doe|doet|works?|do)\b"
    r"[^?]*?[^\W\d_]{4,})\s+(?P<condition>(?:zonder|without)\s+[^?]+)\?\s*$",
    re.I,
)
"""The same told with 'zonder' after how a thing works: "Hoe werkt besluitvorming zonder baas?" widened 'baas' to
'leiding gezag' and was declined (new informal questions, forty-ninth session; ``tests/test_question.py``)."""
