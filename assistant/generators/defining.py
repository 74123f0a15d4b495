"""Definition questions and the sentences that answer them: which term a question asks defined
("Wat is een X?", "Wat verstaat men onder X?", "What is a chain manager?", "Wat doet een X?") and the
pattern of a sentence that defines it or says what it answers for. The scorer reads the pattern as
its definition signal; the definition and comparison plans read it to find their lead. Split from
``scoring.py`` (thirty-first session) when it passed 400 lines; behaviour unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping, Sequence
from typing import Any

from assistant.abbreviations import asked_abbreviation, written_out
from assistant.focus_words import DEFINER_WORDS
from assistant.glossary import dutch_term
from assistant.lengths import without_length_asked
from ketenwijzer.text import stems

ADJECTIVE = r"[\w-]+(?:e|ig|isch|ant|ent|aal|ief|lijk|baar|loos|rijk)"
"""A word that reads as an adjective by its ending ('horizontale', 'dominant', 'integraal'): before a noun it makes a
term of two words (``definition_of``); 'acht sturingselementen' is no term but a count."""

_DEFINITION_QUESTION = re.compile(
    r"^\s*(?:wat\s+(?:is|zijn|betekent)|wat\s+versta(?:at|an)?(?:\s+\S+){0,4}?\s+onder|what\s+(?:is|are))"
    rf"\s+(?:een\s+|de\s+|het\s+|a\s+|an\s+|the\s+)?['‘“\"]?(?P<term>(?:{ADJECTIVE}\s+)?[\w-]+)['’”\"]?"
    r"\s*(?:\(.*\))?(?:\s+(?:in|bij|binnen|within)\s+(?:de|het|een|the|a)\s+(?:[\w-]+\s+){0,2}[\w-]+)?\s*\??\s*$"
    r"|^\s*wat\s+houdt\s+(?:een\s+|de\s+|het\s+)?(?P<held>[\w-]+)\s+in\s*\??\s*$"
    # "Wat bedoelen ze met doorzettingsmacht?" led with where it occurs, then two unrelated
    # sentences: no definition was looked for (new informal questions, eighth session)
    r"|^\s*(?:wat\s+(?:bedoel\w*|wordt\s+(?:er\s+)?bedoeld)(?:\s+\S+){0,3}?\s+met"
    r"|what\s+(?:do|does)(?:\s+\S+){0,3}?\s+mean\s+by)"
    r"\s+(?:een\s+|de\s+|het\s+|a\s+|an\s+|the\s+)?(?P<meant>[\w-]+)\s*\??\s*$",
    re.I,
)


_EXPLAIN_QUESTION = re.compile(
    r"(?:^\W*|\b(?:uitleggen|uitleg|vertellen|uit|weten)\b.{0,30}?|\bover\s+)\bwat\s+(?:een\s+|de\s+|het\s+)?(?P<term>[\w-]+)\s+"
    r"(?:is|zijn|betekent|inhoudt)\W*$",
    re.I,
)
""""Kun je me uitleggen wat een keten is?": the definition asked inside a request; "Wat zeggen
Ketens de baas en de GEMMA over wat een keten is?" inside a comparison (sixteenth session)."""


_DEFINED = re.compile(
    r"\b(?:definitie|omschrijving|definition)\s+(?:van|of)\s+(?:een\s+|de\s+|het\s+|a\s+|an\s+|the\s+)?"
    r"(?P<term>[\w-]+)"
    r"|\b(?:een|de|het|a|an|the)\s+(?P<held>[\w-]+)\s+(?:definiëren|definieren|definieert|omschrijven|omschrijft|define|defines)\b",
    re.I,
)
"""A definition asked inside another question: "Verschillen GEMMA en Ketens de baas in hoe ze een
keten definiëren?" (each side's defining sentence leads; seventh session), "de definitie van een keten"."""


_NAMED_AFTER = re.compile(
    r"^\s*wat\s+(?:is|zijn)\s+(?:dat|dit|het)\s*,\s*(?:een\s+|de\s+|het\s+)?(?P<term>[\w-]+)\s*\??\s*$", re.I
)
""""Wat is dat eigenlijk, een ketenmanager?" (fillers already out): the term comes after the
question (practical p19; eleventh session)."""


_DOES_QUESTION = re.compile(
    r"^\s*(?:wat\s+doe[tn]|what\s+(?:does|do))"
    r"\s+(?:een\s+|de\s+|het\s+|a\s+|an\s+|the\s+)?(?P<term>[\w-]+)\s*(?:do\s*)?"
    r"(?:\s+(?:in|bij|binnen|voor|within|in)\s+(?:een\s+|de\s+|het\s+|a\s+|the\s+)?[\w-]+)?"
    # fillers after the role ("Wat doet een ketenregisseur eigenlijk de hele dag?"; thirty-seventh session)
    r"(?:\s+(?:eigenlijk|precies|nou|zoal|allemaal|concreet|dan|(?:de|een)\s+hele\s+dag|all\s+day|exactly))*"
    r"\s*\??\s*$",
    re.I,
)
"""What a role does ("Wat doet een ketenmanager?", "… in een keten?"): answered by what it is or
what it is responsible for (``role_of``). The place after it ("in een keten") is no subject of its
own: "Wat doet het lijnmanagement in een keten?" led with a sentence on the ketenmanager, the
one saying what the lijnmanagement stands for third (new informal questions, seventeenth session;
``tests/test_lead_rules.py``)."""
_ROLE_NOUN = re.compile(
    r"^\s*welke\s+(?:rol|taak|taken|functie)\s+(?:heeft|hebben|speelt|spelen|vervult|vervullen)"
    r"\s+(?:een\s+|de\s+|het\s+)?(?P<term>[\w-]+)(?:\s+(?:van|in|bij|binnen)\b[^?]*)?\??\s*$",
    re.I,
)
"""A role named ("Welke rol heeft het lijnmanagement van de partners in de keten?", nora n37):
answered by the sentence that defines it ("Het lijnmanagement … staat voor de verticale sturing").
"Wat is de rol van de ketenmanager?" is no definition question (``tests/test_extractive.py``), and
``role_of`` for it filled the word budget with responsibilities so that 'doorzettingsmacht' fell
out (``tests/test_answers.py``; eleventh session)."""


def asked_role(question: str) -> str | None:
    """The role whose doing is asked ("Wat doet een ketenregisseur?" → 'ketenregisseur'), else None."""
    does = _DOES_QUESTION.match(question)
    return does["term"] if does else None


_ROLE_ASKED = re.compile(
    r"^\s*(?:wat\s+(?:is|zijn)\s+(?:eigenlijk\s+)?(?:de|het)\s+(?:rol|taak|taken|functie|nut)\s+van"
    r"|what\s+(?:is|are)\s+the\s+(?:role|task|tasks|job|function)\s+of"
    r"|what\s+(?:does|do))"
    r"\s+(?:een\s+|de\s+|het\s+|a\s+|an\s+|the\s+)?(?P<term>[\w-]+(?:\s+[\w-]+)?)"
    r"(?:\s+do)?(?:\s+(?:in|bij|binnen|within)\s+(?:een\s+|de\s+|het\s+|a\s+|the\s+)?[\w-]+)?"
    r"(?:\s+(?:eigenlijk|precies|nou|concreet|exactly))*\s*\??\s*$",
    re.I,
)
"""What a role is for, asked by its noun ("Wat is de rol van de ketenregisseur?", "What is the role of a chain
director?") or in English by its doing ("What does a chain director do?"): read only by the note that the
sources do not say it (``definition.role_note``), not by ``defining`` ("Wat is de rol van de ketenmanager?"
is no definition question, see ``_ROLE_NOUN``)."""


def role_asked(question: str) -> str | None:
    """The role whose doing or purpose is asked, as typed ("Wat doet een ketenregisseur?", "Wat is de rol
    van de ketenregisseur?", "What does a chain director do?" → 'chain director'), else None."""
    asked = _ROLE_ASKED.match(question)
    return asked["term"] if asked else asked_role(question)


TRAILING_REQUEST = re.compile(
    r"\?+\s*(?:(?:uitleg|toelichting|graag|alsjeblieft|alstublieft|aub|a\.u\.b\.|please|thanks|bedankt|svp"
    r"|leg\s+(?:(?:het|dat|dit|eens|even|kort|me|mij|ons)\s+)*uit)\b[\s,.!]*){1,3}$",
    re.I,
)
""""wat is een keten?? uitleg graag": a request after the question mark is no part of the term asked; it
kept the definition from being looked for, and "Een ketenprobleem is …" led (new informal questions,
twenty-ninth session; ``tests/test_lead_rules.py``). So is "Leg het kort uit" ("Wat is ketensturing? Leg het kort
uit" led with Winters' panel, who "legde de zaal voor …"; thirty-sixth session)."""


def defining(question: str, roles: bool = True) -> re.Pattern[str] | None:
    """For "Wat is een X?" (or "Wat verstaat … onder X?", "Leg eens uit wat X is", "hoe ze een X
    definiëren", "Wat doet een X?"): a pattern for sentences defining X; with ``roles`` also those
    saying what X answers for (``role_of``: a signal, not a definition plan's lead, which would
    leave out why the role exists)."""
    question = TRAILING_REQUEST.sub("?", question)
    abbreviation = asked_abbreviation(question)
    if abbreviation:
        return written_out(abbreviation)
    does = asked_role(question)
    if does:
        return role_of(does) if roles else None
    role = _ROLE_NOUN.match(question)
    if role:
        return definition_of(role["term"])
    found = (
        _DEFINITION_QUESTION.match(question)
        or _NAMED_AFTER.match(question)
        or _EXPLAIN_QUESTION.search(question)
        or _DEFINED.search(question)
    )
    if not found:
        return None
    named = found.groupdict()
    term = named.get("term") or named.get("held") or named["meant"]
    if len(term.split()) == 2:
        return _phrase_or_head(term, roles)
    pattern = role_of(term) if roles else definition_of(term)
    return _or_written_out(pattern, term)


def defined_word(question: str) -> str | None:
    """The term "Wat is een X in de Y?" asks defined, without the setting after it (``_DEFINITION_QUESTION``): the
    look-up of defining passages reads it, not the focus with the setting's words ("Wat is een keten bij de overheid?"
    found no passage defining a keten and led with the ketenmanager's doorzettingsmacht "bij de overheid"; new
    informal questions, fifty-first session; ``tests/test_definitions.py``)."""
    found = _DEFINITION_QUESTION.match(TRAILING_REQUEST.sub("?", question))
    term = found and (found["term"] or found["held"] or found["meant"])
    return term or None


def _phrase_or_head(term: str, roles: bool) -> re.Pattern[str] | None:
    """A term of an adjective and its noun ("Wat is horizontale samenwerking?"): a sentence defining the
    pair ("We spreken dan van horizontale samenwerking.") or, as before, its noun alone; the scorer prefers
    the sentence with both words. The pair was told the sources do not define it and led with a sentence
    that only used it (new informal questions, fiftieth session; ``tests/test_definitions.py``). "Wat is een dominant
    ketenprobleem?" is answered by what a ketenprobleem is: no sentence defines the pair, and one that only uses it
    ("… de druk van het dominante ketenprobleem …") led over "Een ketenprobleem is het gemeenschappelijke probleem …"
    (twenty-ninth session; ``tests/test_lead_rules.py``)."""
    head = term.split()[1]
    pair, alone = definition_of(term), role_of(head) if roles else definition_of(head)
    if pair is None or alone is None:
        return alone
    return re.compile(rf"{pair.pattern}|{alone.pattern}", re.I)


def _or_written_out(pattern: re.Pattern[str] | None, term: str) -> re.Pattern[str] | None:
    """A term in capitals is an abbreviation: the sentence that writes it out defines it too. "Wat is
    de NORA?" led with the NORA's vision and gave "De Nederlandse Overheid Referentie Architectuur
    (NORA) is bedoeld om …" fourth (new informal questions, thirty-second session;
    ``tests/test_lead_rules.py``)."""
    if pattern is None or not (term.isupper() and sum(c.isalpha() for c in term) >= 2):
        return pattern
    return re.compile(rf"{pattern.pattern}|{written_out(term).pattern}", re.I)


_ENGLISH_TERM = re.compile(
    r"^\s*(?:what(?:'s|\s+is|\s+are)\s+(?:(?:a|an|the)\s+)?(?P<term>(?:[a-z]+-)?[a-z]+(?:\s+[a-z]+)?)"
    r"|what\s+(?:does|do)\s+(?:a|an|the)\s+(?P<does>[a-z]+(?:\s+[a-z]+)?)\s+do)"
    r"(?:\s*,?\s*(?:actually|exactly|really|then))?\s*\??\s*$",
    re.I,
)


"""'What is a chain manager?', 'What does a chain manager do?'; the article may be missing: "Explain the
relay model" is asked as "What is relay model?" and led with a Be Informed quote, not the GEMMA's
definition (thirty-second session; ``tests/test_lead_rules.py``)."""


_ACCORDING_TO = re.compile(r"\s+(?:according\s+to|in|for)\s+(?:the\s+)?[\w' -]+?(?=\s*\?*\s*$)", re.I)
"""A source or setting after an English definition question ("What is a chain according to the NORA
dossier?" led with the ketenprobleem; twenty-third session)."""


def english_defining(question: str, vocabulary: Container[str], roles: bool = True) -> re.Pattern[str] | None:
    """For "What is a chain manager?" (or "what's a chain manager, actually?", "What does a chain
    manager do?"): the pattern for Dutch sentences defining the glossary's word for the term
    ('ketenmanager'), or saying what it answers for; the English question led with a sentence the
    Dutch one no longer leads with (english e19; eleventh session; ``tests/test_lead_rules.py``).
    ``roles`` as for ``defining``."""
    term = english_term(question, vocabulary)
    if not term:
        return None
    # "What is the NORA?" is the Dutch abbreviation asked as it is: the sentence writing it out defines it
    return _or_written_out(role_of(term) if roles else definition_of(term), term)


def english_term(question: str, vocabulary: Container[str]) -> str:
    """The glossary's Dutch word for the term an English definition question asks ('chain governance' →
    'ketensturing'); '' for no such question or no word."""
    found = _ENGLISH_TERM.match(_ACCORDING_TO.sub("", question))
    if not found:
        return ""
    term = found["term"] or found["does"]
    # a Dutch term asked in English is its own word ("What is ketensturing?")
    own = len(term.split()) == 1 and len(stems(term)) == 1 and stems(term)[0] in vocabulary
    return dutch_term(term, vocabulary) or (term if own else "")


def role_of(word: str) -> re.Pattern[str] | None:
    """A pattern for sentences that define ``word`` or, for a role, say what it answers for ("De
    ketenmanager draagt verantwoordelijkheid voor de keten als geheel" answers "Wat doet een
    ketenmanager?", which led with "… geeft het ketenmanagement vorm in afstemming met …";
    practical p19, conversations v04; eleventh session; ``tests/test_lead_rules.py``)."""
    defines = definition_of(word)
    if defines is None:
        return None
    subject = rf"^(?:een |de |het )?{re.escape(word.strip().lower())}(?:s|en)?"
    return re.compile(
        rf"{defines.pattern}"
        rf"|{subject}\b[^.:;]{{0,40}}?\b(?:draagt|dragen|heeft|hebben)\s+(?:de\s+)?(?:eind)?verantwoordelijkheid\b"
        rf"|{subject}\s+(?:is|zijn)\s+(?:\w+\s+)?verantwoordelijk\b"
        rf"|{subject}\s+(?:zorgt|zorgen)\s+voor\b"
        rf"|{subject}\s+(?:heeft|hebben)\s+(?:als\s+)?(?:taak|taken|rol)\b"
        # what the role is appointed for: "Veel ketens stellen … voor de dagelijkse besturing een ketenmanager aan"
        rf"|\b(?:stel\w*|benoem\w*|zet\w*)\b[^.;:]{{0,40}}?\bvoor\s+[^.;:]{{3,50}}?\b(?:een|de)\s+"
        rf"{re.escape(word.strip().lower())}\s+(?:aan|in)\b",
        re.I,
    )


def definitions(
    question: str, asked: str, language: str, vocabulary: Container[str]
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(the scorer's pattern: a definition or what a role answers for; the definition plan's: a
    definition only) for a question (``asked``: without fillers); English first through the glossary."""
    if language == "en" and (english := english_defining(question, vocabulary)) is not None:
        return english, english_defining(question, vocabulary, roles=False)
    asked = without_length_asked(asked)
    return defining(asked), defining(asked, roles=False)


MODAL = r"\b(?:kan|kunnen|moet|moeten|zal|zullen|mag|mogen|zou|zouden)\s"
"""A modal verb between a term and 'zijn' makes no definition: "Ketensamenwerking kan een sterk middel zijn …" led
"Wat is ketensamenwerking?" as if it said what ketensamenwerking is (new informal questions, forty-fourth session;
``tests/test_definitions.py``)."""

PERSPECTIVE = r"(?!\s+(?:volgens\s+(?:[\w'-]+\s+){1,4}?)?voor\s+[\w'-]+\s+(?:een|de|het)\s)"
"""What a thing is for someone, or (at the start, ``definition_of``) has become, is no definition:
"Ketensamenwerking is volgens Ketens de baas voor managers een oefening in bescheidenheid" led "Wat is
ketensamenwerking?", "Het ketenproces is stabiel geworden …" led "Wat is een ketenproces?" (forty-fourth session;
``tests/test_definitions.py``)."""

SIMILE = r"(?!\s+(?:en\s+(?:blijft|blijven)\s+)?(?:net\s+)?(?:zo|even)\s+[\w-]+\s+als\b)"
"""What a thing is as strong as is no definition: "De keten is en blijft zo sterk als de zwakste schakel" led "Wat bedoel
je met een keten?" over the dossier's definition (new informal questions, forty-seventh session;
``tests/test_definitions.py``)."""


APPOSITIVE = r"(?:de|het|een)\s+(?:[\w-]+\s+){0,3}?(?:die|dat|waar\w+|wat)\b"
"""A noun phrase set after a term by a comma and opened by a relative clause defines it: "Wat bedoelt Boissevain met
constraints?" was told the sources do not define it, above "… de constraints, de gemeenschappelijke beperkingen
waarbinnen je met vrijheid kunt bewegen" (new informal questions, forty-ninth session; ``tests/test_definitions.py``).
An enumeration ("het ketenbestuur, de ketenmanager en de ketenregisseur") opens no relative clause."""


def definition_of(word: str) -> re.Pattern[str] | None:
    """A pattern for sentences that define ``word`` (one word or an adjective and its noun (``ADJECTIVE``), a trailing
    remark in brackets aside: "Ketenmanager (NORA)"); None for a longer phrase."""
    bare = re.sub(r"\s*\(.*\)\s*$", "", word.strip())
    if not re.fullmatch(rf"(?:{ADJECTIVE}\s+)?[\w-]+", bare, re.I):
        return None
    *before, last = bare.lower().split()
    term = "".join(re.escape(w) + r"\s+" for w in before)
    term += "(?:" + "|".join(re.escape(form) for form in _singulars(last)) + ")"
    return re.compile(
        # "X betekent niet dat …" qualifies a definition, it is none
        rf"^(?!(?:een |de |het )?{term}\S*\s+\w+\s+(?:niet|geen)\b)"
        rf"(?!(?:een |de |het )?{term}\S*\s+(?:is|zijn)\s[^.;:]{{0,50}}?\bgeworden\b)"
        # "X kan een sterk middel zijn" says what it can be, not what it is (``MODAL``)
        rf"(?:een |de |het )?{term}(?:s|en)?\b(?:(?!{MODAL})[^.:;]){{0,80}}?\b(?:is|zijn|betekent|heet|houdt in|staat voor)\b{PERSPECTIVE}{SIMILE}"
        # the description first, its name after: "… Men spreekt wel van het orkestratiemodel."
        rf"|\b(?:spreekt|spreken|noemt|noemen)\b(?:\s+\w+){{0,2}}\s+(?:van\s+)?(?:een |de |het )?{term}\b"
        # an appositive that says what the term is: "… waar het draait om de constraints, de gemeenschappelijke
        # beperkingen waarbinnen je …" (``APPOSITIVE``)
        rf"|\b{term}\s*,\s+{APPOSITIVE}"
        # "De deelnemende organisaties heten ketenpartners" (eighth session); "… deze situationele
        # benadering heet in het bouwstenenhoofdstuk de contingentiebenadering" (thirtieth session)
        rf"|\b(?:heten|heet)\s+(?:[\w-]+\s+){{0,4}}?(?:een |de |het )?{term}(?:s|en)?\s*[.;]"
        # reported: "Ketens de baas stelt dat ketensturing meer is dan inhoud en procedures regelen" (the
        # one sentence that says what ketensturing is; thirty-sixth session, ``tests/test_lead_rules.py``)
        rf"|\b(?:stelt|stellen|zegt|zeggen|vindt|vinden)\s+dat\s+(?:een |de |het )?{term}(?:s|en)?\s+"
        rf"(?!niet\b|geen\b)(?:[\w-]+\s+){{0,2}}?(?:is|zijn|betekent|betekenen)\b",
        re.I,
    )


def _singulars(word: str) -> list[str]:
    """The word and, for a plural in -s or -'s, its singular: "Wat zijn ketens?" is answered by
    "Een keten is …", not by "Een ketenprobleem is …" (new informal questions, twenty-seventh
    session; ``tests/test_lead_rules.py``). Longest first, so the plural matches as itself."""
    forms = [word]
    for ending in ("'s", "’s", "s"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 4 and (ending != "s" or stem.endswith(_S_PLURAL_STEMS)):
            forms.append(stem)
            break
    return forms


_S_PLURAL_STEMS = ("en", "el", "er", "em", "je", "eur", "ie", "or")
"""The endings of Dutch nouns whose plural takes -s ('ketens', 'managers', 'regisseurs'); 'proces',
'kans' and 'mens' are no plurals of 'proce', 'kan' or 'men'."""


TERM_SCAN = 200
"""The most passages holding a term that are read for its definition (``term_chunks``); a term in more is too
common to read through, per question."""


def term_chunks(postings: Mapping[str, Any], chunk_ids: Sequence[str], stem: str) -> list[str] | None:
    """The chunk ids whose text holds ``stem``, read from the lexical index's postings; None for a stem in
    more than ``TERM_SCAN`` passages. Read by the definition look-up (``routing.defining_passages``) and the
    undefined-term note (``definition.defined_elsewhere``)."""
    posting = postings.get(stem)
    rows = [] if posting is None else [int(r) for r in posting[0]]
    return None if len(rows) > TERM_SCAN else [chunk_ids[r] for r in rows]


def without_asking(question: str) -> str:
    """``question`` without the verbs that ask for a meaning (``focus_words.DEFINER_WORDS``)."""
    return " ".join(w for w in question.split() if w.lower().strip("?,.!") not in DEFINER_WORDS)
