"""What a question is about: its content words without fillers, scaffolding and generic words.

"Wat kan ik eigenlijk doen als partners elkaar niet vertrouwen?" is about "partners elkaar niet
vertrouwen": fillers ("eigenlijk", "kun je me vertellen") and the words that make it a question
decide nothing about what is retrieved. Also: an inverted Dutch verb as its infinitive, which the
embedder reads better ("Hoe bestuur je …" → "besturen").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.sources import NamedSource
from ketenwijzer.text import content_words

# Words that say how to ask, not what about: they never steer retrieval.
FILLERS = re.compile(
    r"\b(eigenlijk|nou|gewoon|precies|even|toch|eens|ongeveer|misschien|graag|alsjeblieft|aub|"
    r"(?:kun|kunt) (?:je|u) (?:me |mij )?(?:[\w-]+ ){0,3}?(?:vertellen|uitleggen)|"
    r"in (?:gewone|eenvoudige|simpele|begrijpelijke|normale|jip-en-janneke) (?:taal|woorden)|"
    r"weet je|zeg maar|ik vroeg me af|"
    r"ik wil (graag )?weten|vertel eens|leg (eens )?uit|please|tell me|i wonder|"
    r"(?:ik )?hoor verschillende (?:dingen|meningen|geluiden|verhalen)|verschillende (?:meningen|geluiden|verhalen))\b",
    re.I,
)
# Ordinal and generic words: meaningful next to a topic, never a topic on their own.
GENERIC = frozenset(
    [
        "nodig",  # "Heeft een keten een baas nodig?" led with "die betrokkenheid is nodig" (eighth)
        "eerste",
        "tweede",
        "derde",
        "vierde",
        "vijfde",
        "zesde",
        "zevende",
        "achtste",
        "laatste",
        "belangrijkste",
        "belangrijkst",
        "beste",
        "goed",
        "goede",
        "groot",
        "grote",
        "klein",
        "kleine",
        "veel",
        "vaak",
        "echt",
        "heel",
        "erg",
        "vooral",
        "nieuw",
        "nieuwe",
        "first",
        "second",
        "third",
        "last",
        "main",
        "important",
        "best",
        "good",
        "big",
        "many",
        "really",
        "very",
    ]
)
# Question scaffolding: what a kind rule matched is not the focus either.
_SCAFFOLD = frozenset(
    [
        "wat",
        "welke",
        "welk",
        "hoe",
        "waarom",
        "wie",
        "waar",
        "wanneer",
        "waardoor",
        "doe",
        "doen",
        "kan",
        "kun",
        "kunnen",
        "moet",
        "moeten",
        "ik",
        "je",
        "jij",
        "we",
        "wij",
        "u",
        "zou",
        "zouden",
        "let",
        "letten",
        "opzetten",
        "laten",
        "geef",
        "give",
        "vertel",
        "tell",
        "betekent",
        "weet",  # "Hoe weet ik of mijn keten in stadium 1 zit?" asks about the stage, not about knowing
        "rol",  # "What is the role of trust in a chain?" asks what trust does
        "role",
        "definitie",  # "Wat is de definitie van een keten volgens de GEMMA?" is "wat is een keten"
        "definities",
        "omschrijving",
        "inhoudt",
        "inhouden",
        "betekenen",
        "bedoelen",
        "bedoelt",
        "bedoeld",
        "verstaan",
        "verstaat",
        "op",
        "noem",
        "geef",
        "leg",
        "uit",
        "zijn",
        "is",
        "verschil",
        "verschillen",
        "verschilt",
        "anders",
        "beter",
        "bron",
        "bronnen",
        "meningen",
        "geluiden",
        "tussen",
        "vergelijk",
        "vergelijking",
        "lijkt",
        "lijken",
        "hetzelfde",
        "zelfde",
        "dezelfde",
        "manier",
        "eens",
        "zien",
        "verhouden",
        "verhoudt",
        "voorbeeld",
        "voorbeelden",
        "praktijkvoorbeeld",
        "praktijk",
        "tips",
        "tip",
        "advies",
        "zegt",
        "zeggen",
        "zei",
        "volgens",
        "ziet",
        "vindt",
        "denkt",
        "kijkt",
        "kijken",
        "tegenaan",
        "vond",
        "noemt",
        "noemen",
        "hoort",
        "horen",
        "heb",
        "hebt",
        "hebben",
        "what",
        "which",
        "how",
        "why",
        "who",
        "where",
        "do",
        "does",
        "can",
        "should",
        "is",
        "are",
        "the",
        "difference",
        "compare",
        "example",
        "examples",
        "say",
        "says",
        "said",
    ]
)


VIEW_WORDS = frozenset(
    [
        "aanpak",
        "visie",
        "standpunt",
        "mening",
        "kijk",
        "opvatting",
        "boodschap",
        "benadering",
        "idee",
        "ideeën",
        "conclusie",
        "conclusies",
        "approach",
        "view",
        "views",
        "position",
        "message",
        "opinion",
        # "Verschillen Morgens en GBO in wat ze belangrijk vinden?" (fifth session)
        "belangrijk",
        "belangrijkst",
        "belangrijkste",
        "vinden",
        "vindt",
        "nadruk",
        "prioriteiten",
        "important",
        "priorities",
        # "Wat kan ik leren van het METRO-voorbeeld?" (fifth session)
        "leren",
        "leert",
        "les",
        "lessen",
        "learn",
        "lessons",
        # "Vat het artikel van Be Informed samen", "give me the gist of the NORA dossier" (seventh
        # session: both declined, the words of a summary request are no subject)
        "vat",
        "samen",
        "samenvatting",
        "samenvatten",
        "kern",
        "kernboodschap",
        "hoofdlijn",
        "hoofdlijnen",
        "essentie",
        "strekking",
        "artikel",
        "stuk",
        "pagina",
        "tekst",
        "verhaal",
        "bericht",
        "zin",
        "kort",
        "summary",
        "summarise",
        "summarize",
        "gist",
        "essence",
        "article",
        "page",
        "text",
        "piece",
        "main",
        "points",
        "key",
    ]
)
"""Words that ask for a source's view as a whole ("Verschilt de aanpak van Morgens van die van
ICTU?"): between named sources they are no subject, each source's own passages answer (the
comparison otherwise said "de gevonden passages zeggen hier niets over" for Morgens; new
informal questions, fourth session; ``tests/test_question.py``)."""


def about_the_sources_only(focus: str) -> bool:
    """The focus has only words asking for a view ('aanpak', 'visie'): no subject of its own."""
    said = focus.split()
    return bool(said) and all(w in VIEW_WORDS for w in said)


def focus_of(text: str, sources: list[NamedSource] | None = None) -> str:
    """The content words the question is about: no fillers, scaffolding, generic words or source names."""
    cleaned = FILLERS.sub(" ", text)
    names = {w for s in sources or [] for w in s.matched_words}
    kept = [w for w in content_words(cleaned) if w not in _SCAFFOLD and w not in names]
    return " ".join(w for w in kept if w not in GENERIC)


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _without_generic(text: str) -> str:
    """The text without ordinal and generic words ('goed', 'vooral', 'eerste'): they match
    passages by accident; measured on the tuning split (practical, conversations: hit@1 up)."""
    return _WORD.sub(lambda m: " " if m.group(0).lower() in GENERIC else m.group(0), text)


_INVERTED = re.compile(r"\b(?P<verb>[a-z]{4,})(?=\s+(?:je|jij|ik|we|wij|u)\b)")
_AUXILIARIES = frozenset(
    ["moet", "moeten", "kun", "kan", "wil", "zal", "mag", "heb", "ben", "word", "zou", "weet"]
)
_LONG = re.compile(r"(?P<head>.*?)(?P<vowel>aa|ee|oo|uu)(?P<cons>[bcdfghjklmnpqrstvwxz])$")


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
_PARTICLE_AT_END = re.compile(
    r"\s+(?P<om>om)(?P<with>\s+met\b.*)$|\s+(?P<particle>[a-z]+)(?P<end>\s*[?.!]*\s*)$"
)
"""The prefix ends the clause ("… op?"), or is 'om' before 'met' ("Hoe ga je om met weerstand?")."""
_SPLIT_VERB = re.compile(r"\b(?P<verb>[a-z]{2,})(?=\s+(?:je|jij|ik|we|wij|u)\b)")


def joined_particle(text: str, is_word: Callable[[str], bool]) -> str:
    """The question with a separated verb prefix joined to its verb, as one infinitive.

    "Hoe los je conflicten tussen ketenpartners op?" → "Hoe oplossen conflicten tussen
    ketenpartners?": with 'los' alone the answer led with "de bereidheid om los te laten" (new
    informal questions, eighth session; ``tests/test_question.py``). The verb is the inverted one
    before 'je', 'ik', 'we' or 'u', or the one right after the question word ("Wat levert
    ketensamenwerking op?": 'levert' matched "de keten levert niet op wat ervan werd verwacht").
    The infinitive is the first spelling the language's word list knows (``is_word``:
    'oplossen', not 'oplosen'); when none is a word the question stays as typed. A follow-up's
    topic in brackets at the end ("en hoe los je dat op? (samenwerking)") is kept as it is.
    """
    topic = re.search(r"\s*\([^()]*\)\s*$", text)
    said, tail = (text[: topic.start()], text[topic.start() :]) if topic else (text, "")
    if re.match(r"\W*(?:en\s+)?(?:waar|daar|hier)\b", said, re.I):
        return text  # "Waar let je op?": the prefix belongs to 'waar' (waarop)
    end = _PARTICLE_AT_END.search(said)
    verb = _SPLIT_VERB.search(said) or _SECOND_VERB.search(said)
    if end is None or verb is None or end.start() < verb.end("verb"):
        return text
    prefix = end["particle"] or end["om"]
    stem = verb["verb"].lower()
    if prefix not in PARTICLES or stem in _AUXILIARIES or stem in _SCAFFOLD:
        return text
    bare = stem[:-1] if verb.re is _SECOND_VERB else stem  # 'levert' → 'lever'
    spellings = [
        prefix + bare + "en",
        prefix + bare + bare[-1] + "en",
        prefix + bare + bare[-1] + "n",
        prefix + bare + "n",
    ]
    regular = infinitive(bare)
    if regular:
        spellings.insert(0, prefix + regular)
    found = next((w for w in spellings if is_word(w)), None)
    if found is None or found in _SCAFFOLD:
        return text
    head = said[: verb.start("verb")] + found
    rest = re.sub(r"^\s+(?:je|jij|ik|we|wij|u)\b", "", said[verb.end("verb") : end.start()])
    return head + rest + (end["end"] if end["particle"] else end["with"]) + tail


_SECOND_VERB = re.compile(r"^\W*(?:en\s+)?(?:wat|wie|hoe|waarom|wanneer)\s+(?P<verb>[a-z]{3,}t)\b", re.I)
"""A verb in the third person right after the question word: 'levert' in "Wat levert … op?"."""


def with_infinitives(text: str) -> str:
    """The question with an inverted verb ("Hoe bestuur je …") as its infinitive ("besturen").

    The stem of a verb is often a noun as well ("bestuur": the board), and the embedder reads it
    as one: "Hoe bestuur je een keten zonder baas?" found the board's section, "besturen" finds
    the chapter on governing chains (nora set, tuning split).
    """

    def swap(match: re.Match[str]) -> str:
        verb = match["verb"]
        if verb.lower() in _AUXILIARIES or verb.lower() in _SCAFFOLD:
            return verb
        return infinitive(verb) or verb

    return _INVERTED.sub(swap, text)
