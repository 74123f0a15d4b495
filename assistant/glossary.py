"""Query vocabulary: English → Dutch domain terms, and Dutch phrasings that name a source.

The corpus is Dutch; the dense embedder (multilingual USE) already bridges languages, and
this glossary gives BM25 and the sentence scorer the same reach for the core vocabulary.
In "Wat verstaat de NORA onder een keten?" the words between the verb and 'onder' name who
defines, not what is asked about; the retrieval query leaves them out, as in "Wat verstaat
men onder een keten?". Phrases asking for brevity ("in het kort") are left out too, and a few
Dutch words get the near-synonyms the corpus uses ('problemen' → 'knelpunten').
"""

from __future__ import annotations

import re

from ketenwijzer.text import stems, words

_EN_NL: dict[str, str] = {
    "chain": "keten",
    "chains": "ketens",
    "supply": "keten",
    "cooperation": "samenwerking",
    "collaboration": "samenwerking",
    "collaborate": "samenwerken",
    "cooperate": "samenwerken",
    "working": "werken",
    "together": "samen",
    "governance": "sturing besturing",
    "govern": "besturen",
    "steering": "sturing",
    "steer": "sturen",
    "management": "management sturing",
    "manager": "manager",
    "managers": "managers",
    "director": "bestuurder",
    "directors": "bestuurders",
    "board": "bestuur",
    "boss": "baas",
    "trust": "vertrouwen",
    "relationship": "relatie",
    "relationships": "relaties",
    "relational": "relationele",
    "cultural": "culturele",
    "culture": "cultuur",
    "procedural": "procedurele",
    "substantive": "inhoudelijke",
    "content": "inhoud",
    "dimension": "dimensie",
    "dimensions": "dimensies besturingsdimensies",
    "pillar": "pijler",
    "pillars": "pijlers",
    "building": "bouwstenen",
    "blocks": "bouwstenen",
    "goal": "doel",
    "goals": "doelen",
    "shared": "gezamenlijk gedeelde",
    "common": "gezamenlijk gemeenschappelijk",
    "joint": "gezamenlijk",
    "government": "overheid",
    "governments": "overheden",
    "public": "publieke",
    "organisation": "organisatie",
    "organization": "organisatie",
    "organisations": "organisaties",
    "organizations": "organisaties",
    "partner": "partner ketenpartner",
    "partners": "partners ketenpartners",
    "success": "succes",
    "factors": "succesfactoren factoren",
    "relay": "estafette",
    "race": "estafette",
    "people": "mensen mensenwerk",
    "human": "mensenwerk",
    "seminar": "seminar",
    "research": "onderzoek",
    "process": "proces",
    "architecture": "architectuur procesarchitectuur",
    "municipal": "gemeentelijke",
    "municipalities": "gemeenten",
    "municipality": "gemeente",
    "impact": "impact",
    "resistance": "weerstand",
    "resistances": "weerstanden",
    "decision": "besluitvorming",
    "decisions": "besluiten besluitvorming",
    "making": "",
    "information": "informatie",
    "technology": "techniek technologie",
    "technique": "techniek",
    "payroll": "loonaangifteketen",
    "youth": "jeugdzorg",
    "care": "zorg",
    "security": "veiligheid",
    "network": "netwerk",
    "networks": "netwerken",
    "leadership": "leiderschap",
    "commitment": "commitment",
    "dossier": "dossier",
    "lose": "verliezen",
    "sight": "oog",
    "report": "rapportage",
    "reports": "rapportage",
    "stages": "ontwikkelstadia stadia",
    "development": "ontwikkeling",
    "implementation": "implementatie",
    "two": "twee",
    "three": "drie",
    "four": "vier",
    "five": "vijf",
    "six": "zes",
    "seven": "zeven",
    "eight": "acht",
    "nine": "negen",
    "ten": "tien",
    "eighteen": "achttien",
}


_DEFINER = re.compile(r"\b(versta(?:at|an)|bedoel(?:t|en))\s+((?:\S+\s+){0,4}?)(onder|met)\s+", re.I)


def drop_definer(text: str) -> str:
    """'Wat verstaat X onder Y' → 'Wat verstaat onder Y' (likewise 'bedoelt X met Y')."""
    return _DEFINER.sub(lambda m: f"{m.group(1)} {m.group(3)} ", text, count=1)


# Dutch near-synonyms the corpus uses for words a question is likely to use.
_NL_SYNONYMS: dict[str, str] = {
    "probleem": "knelpunt",
    "problemen": "knelpunten",
    "knelpunt": "probleem",
    "knelpunten": "problemen",
    "boodschap": "kernboodschap hoofdlijn samenvatting",
}
# Phrases that ask for brevity, not about a topic ("Wat is in het kort …").
_BREVITY = re.compile(r"\b(in het kort|kort gezegd|in een notendop|kort samengevat)\b", re.I)


def expand_query(text: str, language: str) -> str:
    """The retrieval query: Dutch source-naming phrasings trimmed; English terms translated too."""
    if language != "en":
        text = _BREVITY.sub(" ", drop_definer(text))
        extra = [_NL_SYNONYMS[w] for w in words(text) if w in _NL_SYNONYMS]
        return text if not extra else f"{text} {' '.join(extra)}"
    extra = [_EN_NL[w] for w in words(text) if _EN_NL.get(w)]
    return text if not extra else f"{text} {' '.join(extra)}"


def alternatives(text: str, language: str) -> dict[str, set[str]]:
    """For a Dutch question: the stem of each word with synonyms → the synonyms' stems.

    The sentence scorer counts a synonym as the word itself, so 'knelpunten' answers a
    question about 'problemen' as fully as 'problemen' would.
    """
    if language == "en":
        return {}
    found: dict[str, set[str]] = {}
    for word in words(text):
        if word in _NL_SYNONYMS:
            found.setdefault(stems(word)[0], set()).update(stems(_NL_SYNONYMS[word]))
    return found


def evidence_query(text: str, language: str) -> str:
    """For an English question, translated terms replace their English originals.

    The abstention gate weighs every query term; an English word that has a Dutch
    translation should count once, as its translation, not also as an unknown word.
    """
    if language != "en":
        return text
    return " ".join(_EN_NL.get(w, w) if w in _EN_NL else w for w in words(text))
