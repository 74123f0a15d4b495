"""Dutch-aware text handling shared by ingest, assistant and evals.

Tokenising, stemming and sentence splitting live here once, so that the lexical index, the
extractive answerer and the support check agree on what a "word" is. The word lists are in
``ketenwijzer.stopwords``, compounds in ``ketenwijzer.compounds``, the language guess in
``ketenwijzer.language`` and the making safe of outside text in ``ketenwijzer.markup``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

from ketenwijzer.stopwords import QUESTION_WORDS, STOPWORDS

_WORD = re.compile(r"[a-z0-9]+")

_ABBREVIATIONS = (
    "bijv",
    "bv",
    "o.a",
    "d.w.z",
    "m.a.w",
    "e.d",
    "enz",
    "etc",
    "dhr",
    "mevr",
    "drs",
    "dr",
    "prof",
    "ir",
    "mr",
    "nr",
    "blz",
    "ca",
    "vs",
    "i.p.v",
    "t.a.v",
    "m.b.t",
    "z.g",
    "zgn",
    "resp",
    "incl",
    "excl",
    "o.m",
    "a.d.h.v",
    "e.g",
    "i.e",
)
_ABBREV_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")\.$|(?:^|[\s.])[A-Z]\.$",
    re.IGNORECASE,
)
_SENT_END = re.compile(r"(?<=[.!?…])(?P<close>[\"'”’)]*)\s+(?=[\"'“‘(]?[A-Z0-9À-ÖØ-Þ])")
"""A sentence end: the punctuation, closing quotes or brackets (kept with the sentence), space."""


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("dutch")


def fold(text: str) -> str:
    """Lowercase and strip accents: 'Coöperatie' -> 'cooperatie'."""
    if text.isascii():  # nothing to decompose: the common case, and much faster
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Folded word tokens, stopwords included."""
    return _WORD.findall(fold(text))


def content_words(text: str) -> list[str]:
    """Folded tokens without stopwords, question words and one-letter tokens."""
    return [w for w in words(text) if w not in STOPWORDS and w not in QUESTION_WORDS and len(w) > 1]


def stems(text: str) -> list[str]:
    """Dutch Snowball stems of the content words, in order (duplicates kept).

    Stemmed twice: Snowball maps 'ketens' to 'keten' but 'keten' to 'keet', so a single
    pass splits singular and plural of the corpus's most important word; a second pass
    brings them together (likewise proces/processen, mens/mensen).
    """
    return _stemmed(content_words(text))


_INFLECTED_E = re.compile(r"(?<=[^aeiou\W\d])e$")
"""A final 'e' after a consonant that Snowball left on ('politieke', 'goede', 'nieuwe', 'complexe'):
the inflected adjective, whose base form ('politiek') the stemmer gives another stem."""
ANALYSER_VERSION = 9
"""The version of ``stems``: an index whose tokens were made by another version is tokenized again
(``ingest.pipeline``), so a question and the index always stem alike. 2: ``_INFLECTED_E``;
3: ``CONJUNCTIONS`` are stopwords; 4 read a Latin plural as its singular, 5 no longer (a list of
the 'ontwikkelstadia' then opened a side asked as "stadium 1"; eighteenth session); 6:
``stopwords.INDEFINITE_PRONOUNS`` ('iedereen'); 7: ``INFLECTED_SUFFIXES``; 8: ``_AGENT_PLURAL``; 9: 'every'."""


INFLECTED_SUFFIXES = {
    "bare": "baar",
    "zame": "zaam",
    "ale": "aal",
    "onele": "oneel",
    "urele": "ureel",
    "rmele": "rmeel",
    "ciele": "cieel",
    "tiele": "tieel",
}
"""Adjective endings whose inflected form loses a vowel ('meetbare' ← 'meetbaar', 'duurzame' ←
'duurzaam', 'informele' ← 'informeel'; not every '-ele': 'enkele' ← 'enkel'): Snowball stems the two apart ('meetbar', 'meet'), so the
inflected word is stemmed as its base form. "Wat zegt Morgens over meetbare doelen?" was declined
beside Morgens' "het meetbaar maken van de ambitie" (new informal questions, twenty-fourth
session; ``tests/test_text_and_chunking.py``)."""
_INFLECTED_SUFFIX = re.compile(rf"(?<=\w\w\w)(?:{'|'.join(INFLECTED_SUFFIXES)})$")


_AGENT_PLURAL = re.compile(r"(?<=\w[caio])toren$")
"""The plural of a Latin agent noun ('succesfactoren', 'actoren', 'indicatoren'): Snowball lengthens
its vowel ('succesfactoor') and so stems it apart from its singular ('succesfactor'); "welke daarvan
is het belangrijkst?" after Morgens' success factors never matched "De belangrijkste succesfactor …"
(new informal follow-ups, twenty-seventh session; ``tests/test_text_and_chunking.py``). A 'toren'
itself, 'storen' and 'kerktoren' keep theirs."""


def _base_form(word: str) -> str:
    """``word`` with an inflected adjective ending (``INFLECTED_SUFFIXES``) in its base form, and a
    Latin agent plural in its singular (``_AGENT_PLURAL``)."""
    return _AGENT_PLURAL.sub("tor", _INFLECTED_SUFFIX.sub(lambda m: INFLECTED_SUFFIXES[m.group(0)], word))


def _stemmed(found: list[str]) -> list[str]:
    """Each word's Snowball stem, stemmed twice, without an inflection's final 'e' (``_INFLECTED_E``):
    "Wat zegt Groothedde over politieke druk?" missed his "druk door machtsfactoren als geld,
    politiek …" (new informal questions, seventeenth session; ``tests/test_text_and_chunking.py``)."""
    stemmer = _stemmer()
    return [_uninflected(s) for s in stemmer.stemWords(stemmer.stemWords([_base_form(w) for w in found]))]


VOICED = {"s": "z", "f": "v"}
"""The -e of an inflection voices a final s or f ('ambitieus' → 'ambitieuze', 'actief' → 'actieve')."""
_DEVOICED = {v: k for k, v in VOICED.items()}


def _uninflected(stem: str) -> str:
    """``stem`` without an inflection's final 'e' (``_INFLECTED_E``), a voiced s or f unvoiced again."""
    if len(stem) < 5 or not _INFLECTED_E.search(stem):
        return stem
    bare = stem[:-1]
    return bare[:-1] + _DEVOICED[bare[-1]] if bare[-1] in _DEVOICED and bare[-2] in "aeiou" else bare


def _split_block(block: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _SENT_END.finditer(block):
        candidate = block[start : match.start()].rstrip()
        if _ABBREV_RE.search(candidate.rstrip("\"'”’)")):
            continue
        pieces.append(block[start : match.end("close")].strip())
        start = match.end()
    pieces.append(block[start:].strip())
    return [p for p in pieces if p]


def sentences(text: str) -> list[str]:
    """Split text into sentences; each line of a list and each paragraph ends a sentence.

    Every returned sentence is an exact substring of ``text``.
    """
    out: list[str] = []
    for line in re.split(r"\n+", text):
        line = line.strip()
        if not line:
            continue
        out.extend(_split_block(line))
    return out


def folded(text: str) -> str:
    """Lower case, one space, quotation marks and apostrophes left out: a claim as an answer
    showed it and as its passage holds it compare equal."""
    return " ".join(re.sub(r"[\"“”„‘’'`]", "", text).lower().split())
