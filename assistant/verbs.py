"""Dutch verbs in a question, read as the corpus writes them.

An inverted verb is read as its infinitive ("Hoe bestuur je …" → "besturen": the stem of a
verb is often a noun as well), and a separated prefix is joined to its verb ("Hoe los je
conflicten op?" → "oplossen"). Both are spelling rules of the language, not corpus vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass

from assistant.scaffold import SCAFFOLD
from ketenwijzer.text import stems

_INVERTED = re.compile(r"\b(?P<verb>[a-z]{4,})(?=\s+(?:je|jij|ik|we|wij|u)\b)")
_AUXILIARIES = frozenset(
    ["moet", "moeten", "kun", "kan", "wil", "zal", "mag", "heb", "ben", "word", "zou", "weet"]
)
_LONG = re.compile(r"(?P<head>.*?)(?P<vowel>aa|ee|oo|uu)(?P<cons>[bcdfghjklmnpqrstvwxz])$")


def inverted_verbs(text: str) -> frozenset[str]:
    """The verbs ``text`` puts before its subject pronoun ("Hoe versterk je die?" → 'versterk'), lowercased."""
    return frozenset(m["verb"] for m in _INVERTED.finditer(text.lower()))


def asked_verb(text: str) -> str:
    """The infinitive of the first verb ``text`` puts before its subject pronoun that is no auxiliary or scaffold
    word ("Hoe meet je het succes …?" → 'meten'), else ''."""
    for verb in (m["verb"] for m in _INVERTED.finditer(text.lower())):
        if verb not in _AUXILIARIES and verb not in SCAFFOLD:
            return infinitive(verb) or verb
    return ""


_WHY_VERB = re.compile(
    r"^\W*(?:en\s+)?(?:waarom|hoe\s+komt\s+het\s+dat)\s+(?P<verb>[^\W\d_]{4,})\s+(?P<next>[^\W\d_]+)", re.I
)
_COPULAS = frozenset(
    [
        "zijn",
        "is",
        "heeft",
        "hebben",
        "worden",
        "wordt",
        "blijft",
        "blijven",
        "gaat",
        "gaan",
        "doet",
        "doen",
        "komt",
        "komen",
        "staat",
        "staan",
        "lijkt",
        "lijken",
    ]
)
"""Verbs that carry no case of their own after 'waarom' ("Waarom is …", "Waarom gaat …")."""
_PRONOUNS = frozenset(["je", "jij", "ik", "we", "wij", "u", "ze", "zij", "hij", "men"])


def why_verb(question: str) -> str:
    """The verb a why-question puts right after 'waarom' ("Waarom mislukken ketenprojecten zo vaak?" → 'mislukken',
    "Waarom mislukt …" → 'misluk'): the case whose cause is asked. '' for an auxiliary or copula ("Waarom is …"), or a
    verb before a pronoun ("Waarom doe je …", read by ``asked_verb``)."""
    found = _WHY_VERB.match(question)
    if found is None:
        return ""
    verb, after = found["verb"].lower(), found["next"].lower()
    if verb in _AUXILIARIES or verb in _COPULAS or verb in SCAFFOLD or after in _PRONOUNS:
        return ""
    if verb.endswith("en"):
        return verb
    return verb[:-1] if verb.endswith("t") else ""


def written_forms(verb: str) -> frozenset[str]:
    """The forms that show ``verb`` (an infinitive, or a stem whose infinitive the spelling rules leave open) is
    used as a verb: its infinitive (both spellings when open: 'begin' → 'beginen', 'beginnen') and its third
    person ('begint'). Not the bare stem: 'begin' and 'bestuur' are nouns too ("in het begin" led "Hoe begin je
    met ketensamenwerking?" for the verb; new informal questions, forty-second session)."""
    if verb.endswith("en"):
        stem = _stem_of(verb)
        return frozenset({verb, *((_third(stem),) if stem else ())})
    made = infinitive(verb)
    spelled = {made} if made else {f"{verb}en", f"{verb}{verb[-1]}en"}
    return frozenset({*spelled, _third(verb)})


def _third(stem: str) -> str:
    """The third person singular of a Dutch stem ('begin' → 'begint', 'meet' → 'meet')."""
    return stem if stem.endswith("t") else f"{stem}t"


def _stem_of(verb: str) -> str:
    """The stem of a Dutch infinitive by the spelling rules ('besturen' → 'bestuur', 'beginnen' → 'begin',
    'geven' → 'geef'), '' when the word is too short to tell."""
    body = verb[:-2]
    if len(body) < 3:
        return ""
    if len(body) >= 2 and body[-1] == body[-2] and body[-1] not in "aeiou":
        return body[:-1]
    open_syllable = re.search(r"[^aeiou][aeiou][bcdfghjklmnpqrstvwxz]$", body)
    schwa = re.search(r"[aeiou][^aeiou]+e[lrnm]$", body)  # 'verbeteren' → 'verbeter', 'handelen' → 'handel'
    if open_syllable and not schwa and not re.search(r"(?:ij|ei|ou|ui|ie|eu|oe)", body[-3:]):
        body = body[:-2] + body[-2] * 2 + body[-1]
    return body[:-1] + {"v": "f", "z": "s"}.get(body[-1], body[-1])


def infinitive(stem: str) -> str | None:
    """The infinitive of a Dutch verb stem by the spelling rules, when they are unambiguous.

    "bestuur" → "besturen", "maak" → "maken", "geef" → "geven", "krijg" → "krijgen", "houd" →
    "houden", "zorg" → "zorgen". A stem on a short vowel and one consonant ("pak", "voorkom")
    is left alone: "pakken" doubles, "voorkomen" does not, and only the word itself tells.
    """
    long = _LONG.match(stem)
    if long:
        cons = {"f": "v", "s": "z"}.get(long["cons"], long["cons"])
        return f"{long['head']}{long['vowel'][0]}{cons}en"
    if re.search(r"(?:ij|ei|ou|ui|ie|eu|oe)[bcdfghjklmnpqrstvwxz]$", stem):
        return stem[:-1] + {"f": "v", "s": "z"}.get(stem[-1], stem[-1]) + "en"
    if re.search(r"[aeiou][bcdfghjklmnpqrstvwxz]{2}$", stem):
        return stem + "en"
    return None


PARTICLES = frozenset(
    [
        "op",
        "aan",
        "af",
        "in",
        "uit",
        "mee",
        "toe",
        "door",
        "over",
        "bij",
        "na",
        "voor",
        "terug",
        "samen",
        "vast",
        "weg",
        "neer",
        "om",
        "los",
    ]
)
"""Separable verb prefixes: "Hoe los je conflicten op?" asks about 'oplossen', not about 'los'."""
_MAIN_ENDS = re.compile(r",?\s+(?:als|wanneer|omdat|zodra|terwijl|zolang|doordat)\s+[^?]*\?*\s*$", re.I)
"""A subordinate clause after the main one: a separated prefix ends the main clause before it
("Waarom haken medewerkers af als de top niet meedoet?" was declined for 'haken'; twenty-sixth session)."""
_PARTICLE_AT_END = re.compile(
    r"\s+(?P<om>om)(?P<with>\s+met\b.*)$"
    r"|\s+(?P<particle>"
    + "|".join(sorted(PARTICLES))
    + r")(?P<end>(?:\s+(?:in|bij|binnen|naar|voor|aan|met|op|tussen|onder|zonder)(?:\s+[\w-]+){1,3})?\s*[?.!]*\s*)$"
)
"""The prefix ends the clause ("… op?"), perhaps before a place ("Hoe krijg ik mijn wethouder mee in
de keten?": sixteenth session; "Hoe los je een conflict op tussen ketenpartners?" led with the
bereidheid om los te laten: twenty-seventh session), or is 'om' before 'met' ("Hoe ga je om met
weerstand?")."""
_SPLIT_VERB = re.compile(r"\b(?P<verb>[a-z]{2,})(?=\s+(?:je|jij|ik|we|wij|u)\b)")


def particle_at_end(text: str) -> bool:
    """The question ends on a separable verb's particle ("Voert de ketenorganisatie zelf werk uit?"): its verb is
    not the bare verb ('voert' is no 'voeren' of "de boventoon voeren")."""
    return _PARTICLE_AT_END.search(text.rstrip()) is not None


@dataclass(frozen=True)
class JoinedVerb:
    """A verb the question writes with its prefix apart, and how it was read."""

    word: str
    """The joined infinitive ('oplossen'), or '' when it frames the question ('inhouden')."""
    prefix: str
    """The separated prefix ('op')."""
    root: str
    """The verb as typed, without a third-person -t ('los' of "los je", 'lever' of 'levert')."""
    text: str
    """The question with the two joined (unchanged when ``word`` frames it)."""


def joined_verb(text: str, is_word: Callable[[str], bool]) -> JoinedVerb | None:
    """The separated verb of a question, joined; None when it has none the word list knows.

    "Hoe los je conflicten tussen ketenpartners op?" → 'oplossen', the question read as "Hoe
    oplossen conflicten tussen ketenpartners?": with 'los' alone the answer led with "de
    bereidheid om los te laten" (new informal questions, eighth session;
    ``tests/test_question.py``). The verb is the inverted one before 'je', 'ik', 'we' or 'u', or
    the one right after the question word ("Wat levert ketensamenwerking op?": 'levert' matched
    "de keten levert niet op wat ervan werd verwacht"). The infinitive is the first spelling the
    language's word list knows (``is_word``: 'oplossen', not 'oplosen'). A follow-up's topic in
    brackets at the end ("en hoe los je dat op? (samenwerking)") is kept as it is.
    """
    topic = re.search(r"\s*\([^()]*\)\s*$", text)
    said, tail = (text[: topic.start()], text[topic.start() :]) if topic else (text, "")
    if re.match(r"\W*(?:en\s+)?(?:waar|daar|hier)\b", said, re.I):
        return None  # "Waar let je op?": the prefix belongs to 'waar' (waarop)
    sub = _MAIN_ENDS.search(said)
    if sub is not None and not _PARTICLE_AT_END.search(said):
        # "Waarom haken medewerkers af als de top niet meedoet?": the prefix ends the main clause
        main = joined_verb(said[: sub.start()] + "?", is_word)
        if main is not None and main.word:
            clause = main.text.rstrip("?").rstrip()
            return JoinedVerb(main.word, main.prefix, main.root, clause + said[sub.start() :] + tail)
    te = _TE_INFINITIVE.search(said)
    if te is not None and is_word(te["particle"].lower() + te["verb"].lower()):
        found = te["particle"].lower() + te["verb"].lower()
        if found not in SCAFFOLD:
            text = said[: te.start("particle")] + found + said[te.end("verb") :]
            return JoinedVerb(found, te["particle"].lower(), te["verb"].lower()[:-2], text + tail)
    modal = _MODAL_INFINITIVE.search(said)
    if modal is not None and is_word(modal["particle"].lower() + modal["verb"].lower()):
        found = modal["particle"].lower() + modal["verb"].lower()
        text = said[: modal.start("particle")] + found + said[modal.end("verb") :]
        return JoinedVerb(found, modal["particle"].lower(), modal["verb"].lower()[:-2], text + tail)
    end = _PARTICLE_AT_END.search(said)
    verb = _SPLIT_VERB.search(said) or _SECOND_VERB.search(said) or _PLURAL_VERB.search(said)
    if end is None or verb is None or end.start() < verb.end("verb"):
        return _stated_verb(said, tail, is_word)
    prefix = end["particle"] or end["om"]
    stem = verb["verb"].lower()
    if prefix not in PARTICLES or stem in _AUXILIARIES or stem in SCAFFOLD:
        return _stated_verb(said, tail, is_word)
    # 'levert' → 'lever', 'haken' → 'hak'
    bare = stem[:-1] if verb.re is _SECOND_VERB else stem[:-2] if verb.re is _PLURAL_VERB else stem
    found = _spelled(prefix, bare, is_word)
    if found is None:
        return None
    if found in SCAFFOLD:
        return JoinedVerb("", prefix, bare, text)
    head = said[: verb.start("verb")] + found
    rest = re.sub(r"^\s+(?:je|jij|ik|we|wij|u)\b", "", said[verb.end("verb") : end.start()])
    return JoinedVerb(
        found, prefix, bare, head + rest + (end["end"] if end["particle"] else end["with"]) + tail
    )


def _spelled(prefix: str, bare: str, is_word: Callable[[str], bool]) -> str | None:
    """The infinitive of ``prefix`` + the verb ``bare`` as the word list spells it, if it knows it."""
    spellings = [
        prefix + bare + "en",
        prefix + bare + bare[-1] + "en",
        prefix + bare + bare[-1] + "n",
        prefix + bare + "n",
    ]
    regular = infinitive(bare)
    if regular:
        spellings.insert(0, prefix + regular)
    return next((w for w in spellings if is_word(w)), None)


_STATED = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:mijn|onze|ons|de|het|een|die|deze|zijn|haar|hun)?\s*[\w-]{3,}\s+"
    r"(?:(?:van|bij|in|uit)\s+(?:mijn|onze|ons|de|het|een|die|deze|zijn|haar|hun)?\s*[\w-]{3,}\s+)?"
    r"(?P<verb>[a-z]{3,}(?:t|en))(?:\s+(?:niet|nog|ook|al|weer|steeds|nooit))*\s+(?P<particle>"
    + "|".join(sorted(PARTICLES))
    + r")\s*[.!,]",
    re.I,
)
"""A statement before the question that ends in a prefix: "Mijn wethouder haakt af. Wat nu?"
asks about 'afhaken' (declined as 'haakt' and 'af'; new informal questions, sixteenth session); its
subject may have a place ("De top van een partnerorganisatie haakt af. Wat nu?") and a comma may end
it ("Een partner haakt af, wat nu?"; both declined, thirty-fourth session)."""


def _stated_verb(said: str, tail: str, is_word: Callable[[str], bool]) -> JoinedVerb | None:
    """The separated verb of a statement before the question (``_STATED``), joined."""
    stated = _STATED.search(said)
    if stated is None or stated["verb"].lower() in _AUXILIARIES:
        return None
    verb_text = stated["verb"].lower()
    bare = verb_text[:-2] if verb_text.endswith("en") else verb_text[:-1]
    found = _spelled(stated["particle"].lower(), bare, is_word)
    if found is None or found in SCAFFOLD:
        return None
    text = said[: stated.start("verb")] + found + said[stated.end("verb") : stated.start("particle")]
    return JoinedVerb(
        found, stated["particle"].lower(), bare, text.rstrip() + said[stated.end("particle") :] + tail
    )


def joined_particle(text: str, is_word: Callable[[str], bool]) -> str:
    """The question with a separated verb prefix joined to its verb (``joined_verb``), else as typed."""
    joined = joined_verb(text, is_word)
    return joined.text if joined is not None else text


_TE_INFINITIVE = re.compile(
    r"\b(?P<particle>" + "|".join(sorted(PARTICLES - {"om"})) + r")\s+te\s+(?P<verb>[a-z]{3,}en)\b", re.I
)
"""A prefix apart before 'te' ("om een ketenbureau op te richten"): the verb is 'oprichten' (read
as 'richten', the answer quoted "Leiderschap is horizontaal gericht"; new informal questions,
twentieth session; ``tests/test_question.py``). 'om te' is the infinitive's own mark ("om te
werken" is no 'omwerken')."""
_MODAL_INFINITIVE = re.compile(
    r"\b(?P<particle>"
    + "|".join(sorted(PARTICLES - {"om"}))
    + r")\s+(?:wil|wilt|willen|kan|kun|kunt|kunnen|moet|moeten|mag|mogen|zal|zullen|gaat|gaan)\s+(?P<verb>[a-z]{2,}en)\b",
    re.I,
)
"""A prefix apart before a modal and its infinitive ("als een partner niet meer mee wil doen"): the verb is 'meedoen'
(read as 'mee' and 'doen', the question found any sentence on a partner and was answered with unrelated advice; new
informal questions, forty-seventh session; ``tests/test_question.py``)."""
_SECOND_VERB = re.compile(r"^\W*(?:en\s+)?(?:wat|wie|hoe|waarom|wanneer)\s+(?P<verb>[a-z]{3,}t)\b", re.I)
"""A verb in the third person right after the question word: 'levert' in "Wat levert … op?"."""
_PLURAL_VERB = re.compile(
    r"^\W*(?:en\s+)?(?:wat|hoe|waarom|wanneer)\s+(?P<verb>[a-z]{2,}en)\b(?=\s+(?:de\s+|het\s+|die\s+)?[a-z]{3,})",
    re.I,
)
"""A plural verb right after the question word: 'haken' in "Waarom haken partners af?" (read as
'haken' and 'af', the question missed 'afhaken'; new informal questions, fourteenth session)."""


def with_infinitives(text: str) -> str:
    """The question with an inverted verb ("Hoe bestuur je …") as its infinitive ("besturen").

    The stem of a verb is often a noun as well ("bestuur": the board), and the embedder reads it
    as one: "Hoe bestuur je een keten zonder baas?" found the board's section, "besturen" finds
    the chapter on governing chains (nora set, tuning split).
    """

    def swap(match: re.Match[str]) -> str:
        verb = match["verb"]
        if verb.lower() in _AUXILIARIES or verb.lower() in SCAFFOLD:
            return verb
        return infinitive(verb) or verb

    return _INVERTED.sub(swap, text)


_CLAUSE = re.compile(r"[^,;:.!?()“”\"]+")
_SUBCLAUSE = re.compile(r"\s(?:die|dat|wat|waar|als|omdat|zodat|wanneer|terwijl|waarin|waarmee)\s")
"""A relative or subordinate clause after the prefix: "… lossen problemen op die er niet zijn"."""


def writes_apart(sentence: str, joined: JoinedVerb, anywhere: bool = False) -> bool:
    """The sentence writes the question's joined verb with its prefix apart: "Veel ketens stellen
    voor de dagelijkse besturing een ketenmanager aan" for 'aanstellen' ("Wie stelt hem aan?";
    new informal follow-ups, eighth session; ``tests/test_question.py``).

    A clause ends in the prefix and has a word that begins with the verb as the question typed it
    ('stel' → 'stellen', 'los' → 'lossen', 'lever' → 'levert'); no word list is needed, since the
    question's verb was already found to be a word. With ``anywhere`` the prefix may also come right
    after the verb (a verb typed whole, ``typed_whole``): "In de beginfase sluit de ketenkaart vooral aan
    op pijler 7" says no 'aansluiten' of systems (tuning p36).
    """
    root = joined.root.lower()
    for clause in _CLAUSE.findall(sentence.lower()):
        tokens = _SUBCLAUSE.split(" ".join(re.findall(r"[a-zäëïöüé]+", clause)))[0].split()
        verbs = [i for i, t in enumerate(tokens) if t.startswith(root) and len(t) <= len(root) + 4]
        if anywhere and any(tokens[i + 1 : i + 2] == [joined.prefix] for i in verbs):
            return True  # "Ketenpartners leveren in een keten … in ten gunste van …": right after it
        if len(tokens) < 3 or tokens[-1] != joined.prefix:
            continue
        if any(i < len(tokens) - 1 for i in verbs):
            return True
    return False


SEPARATED_MIN = 4
"""Letters a separable verb keeps without its particle ('lever' of 'inleveren'): 'in' + 'zet' of
'inzet' is a noun, no verb apart."""


def typed_whole(text: str, known: Container[str]) -> list[JoinedVerb]:
    """The separable verbs the question types whole that the index knows only apart ('inleveren':
    "Ketenpartners leveren … in"), read as if the question wrote them apart, so ``writes_apart`` finds
    the sentences that say them (twenty-eighth session, ``tests/test_gate_follow_ups.py``)."""
    found = []
    for word in dict.fromkeys(w.lower() for w in re.findall(r"[^\W\d_]+", text)):
        whole = stems(word)
        if not whole or whole[0] in known or not word.endswith("en"):
            continue
        for particle in PARTICLES:
            rest = word[len(particle) :]
            root = stems(rest)
            if word.startswith(particle) and len(rest) - 2 >= SEPARATED_MIN and root and root[0] in known:
                found.append(JoinedVerb(word, particle, rest[:-2], text))
                break
    return found
