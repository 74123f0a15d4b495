"""Dutch-aware text handling shared by ingest, assistant and evals.

Tokenising, stemming, sentence splitting and language guessing live here once, so
that the lexical index, the extractive answerer and the support check agree on what
a "word" is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Container, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

import Stemmer

_WORD = re.compile(r"[a-z0-9]+")

# Function words of Dutch and English; they carry no topical meaning for retrieval.
STOPWORDS_NL = frozenset(
    [
        "aan",
        "al",
        "alle",
        "alles",
        "als",
        "altijd",
        "andere",
        "ben",
        "bij",
        "daar",
        "daarna",
        "daarom",
        "dan",
        "dat",
        "de",
        "deze",
        "die",
        "dit",
        "doch",
        "doen",
        "door",
        "dus",
        "een",
        "eens",
        "en",
        "er",
        "ge",
        "geen",
        "geweest",
        "haar",
        "had",
        "heb",
        "hebben",
        "heeft",
        "hem",
        "het",
        "hier",
        "hij",
        "hoe",
        "hun",
        "iemand",
        "iets",
        "ik",
        "in",
        "is",
        "ja",
        "je",
        "kan",
        "kon",
        "kunnen",
        "maar",
        "me",
        "meer",
        "men",
        "met",
        "mij",
        "mijn",
        "moet",
        "na",
        "naar",
        "niet",
        "niets",
        "nog",
        "nu",
        "of",
        "om",
        "omdat",
        "onder",
        "ons",
        "ook",
        "op",
        "over",
        "reeds",
        "te",
        "tegen",
        "toch",
        "toen",
        "tot",
        "u",
        "uit",
        "uw",
        "van",
        "veel",
        "voor",
        "want",
        "waren",
        "was",
        "wat",
        "we",
        "wel",
        "werd",
        "wezen",
        "wie",
        "wil",
        "worden",
        "wordt",
        "zal",
        "ze",
        "zelf",
        "zich",
        "zij",
        "zijn",
        "zo",
        "zonder",
        "zou",
        "zouden",
        "welke",
        "waarom",
        "wanneer",
        "waar",
        "hoeveel",
        "hierbij",
        "daarbij",
        "daarvan",
        "daarover",
        "ervan",
        "erover",
        "eraan",
        "erbij",
        "hierover",
        "hiervan",
        "welk",
        "zulke",
        "zoals",
        "dus",
        "binnen",
        "tussen",
        "elk",
        "elke",
        "ieder",
        "iedere",
        "onze",
        "jullie",
        "hen",
        "wordt",
        "werden",
        "geworden",
        "kun",
        "kunt",
        "zullen",
        "wij",
        "jij",
        "hebt",
        "had",
        "hadden",
        "doet",
        "deed",
        "gedaan",
        "gaat",
        "gaan",
        "ging",
        "gegaan",
        "ga",
        "gingen",
        "moeten",
        "mag",
        "mogen",
        "wilt",
        "willen",
        "zeggen",
        "zegt",
        "zei",
        "gezegd",
        "eigenlijk",
        "gewoon",
        "precies",
    ]
)
STOPWORDS_EN = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "tell",
        "say",
        "says",
        "said",
        "does",
        "according",
    ]
)
_PREPOSITIONS = re.findall(
    r"\w+", "aan achter bij door in langs mee na naar naast om onder op over tegen toe uit van voor"
)
PRONOMINAL_ADVERBS = frozenset(
    base + preposition for base in ("daar", "hier", "er", "waar") for preposition in _PREPOSITIONS
)
"""'daaraan', 'hiermee', 'erover', 'waardoor': they point at something said elsewhere and name no
subject ("Wat kan ik daaraan doen?" was declined on the word 'daaraan'; sixth session)."""
CONJUNCTIONS = frozenset(
    [
        "voordat",
        "nadat",
        "zodat",
        "terwijl",
        "zodra",
        "totdat",
        "hoewel",
        "indien",
        "tenzij",
        "doordat",
        "alsof",
        "mits",
    ]
)
"""Subordinating conjunctions: they join clauses and name no subject ("Wat moet ik regelen voordat we
starten met een keten?" was answered by "… kan het jaren duren voordat een keten is ingevoerd";
new informal questions, eighteenth session; ``tests/test_text_and_chunking.py``). Analyser 3."""
STOPWORDS = STOPWORDS_NL | STOPWORDS_EN | PRONOMINAL_ADVERBS | CONJUNCTIONS

# Question words that signal a question but not its topic.
QUESTION_WORDS = frozenset(
    [
        "wat",
        "wie",
        "welke",
        "welk",
        "hoe",
        "waarom",
        "wanneer",
        "waar",
        "waardoor",
        "waarmee",
        "hoeveel",
        "what",
        "who",
        "which",
        "how",
        "why",
        "when",
        "where",
    ]
)

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
ANALYSER_VERSION = 5
"""The version of ``stems``: an index whose tokens were made by another version is tokenized again
(``ingest.pipeline``), so a question and the index always stem alike. 2: ``_INFLECTED_E``;
3: ``CONJUNCTIONS`` are stopwords; 4 read a Latin plural as its singular, 5 no longer (a list of
the 'ontwikkelstadia' then opened a side asked as "stadium 1"; eighteenth session)."""


def _stemmed(found: list[str]) -> list[str]:
    """Each word's Snowball stem, stemmed twice, without an inflection's final 'e' (``_INFLECTED_E``):
    "Wat zegt Groothedde over politieke druk?" missed his "druk door machtsfactoren als geld,
    politiek …" (new informal questions, seventeenth session; ``tests/test_text_and_chunking.py``)."""
    stemmer = _stemmer()
    return [_uninflected(s) for s in stemmer.stemWords(stemmer.stemWords(found))]


VOICED = {"s": "z", "f": "v"}
"""The -e of an inflection voices a final s or f ('ambitieus' → 'ambitieuze', 'actief' → 'actieve')."""
_DEVOICED = {v: k for k, v in VOICED.items()}


def _uninflected(stem: str) -> str:
    """``stem`` without an inflection's final 'e' (``_INFLECTED_E``), a voiced s or f unvoiced again."""
    if len(stem) < 5 or not _INFLECTED_E.search(stem):
        return stem
    bare = stem[:-1]
    return bare[:-1] + _DEVOICED[bare[-1]] if bare[-1] in _DEVOICED and bare[-2] in "aeiou" else bare


FIRST_PART_MIN = 6
"""Letters a word as typed needs to count as the first part of the corpus's compounds."""


def as_typed(query: str) -> dict[str, str]:
    """The query's words as typed (6+ letters), each with its stem: a word that stemming shortens
    past the compounds it begins ('orkestratie' → 'orkestreer', while the corpus writes
    'orkestratiemodel') is still found as their first part, by the gate (``abstention.measure``)
    and the scorer (``scoring.typed_parts``). "Wat zegt de GEMMA over orkestratie?" was declined
    (sixteenth session, ``tests/test_abstention.py``)."""
    typed: dict[str, str] = {}
    for word in content_words(query):
        stem = stems(word)
        if len(word) >= FIRST_PART_MIN and stem:
            typed.setdefault(word, stem[0])
    return typed


COMPOUND_MIN = 10
"""A word beginning is a compound modifier of the corpus when at least this many indexed stems are
it plus another indexed stem ('keten' + 'partner', 'regie', 'bureau', … : 32 in the shipped
corpus; the next, 'organisatie', has 6)."""
COMPOUND_LIMIT = 12
"""At most this many modifiers, the most productive first."""
_MODIFIERS: ContextVar[tuple[str, ...]] = ContextVar("compound_modifiers", default=())


def compound_modifiers(vocabulary: Collection[str]) -> tuple[str, ...]:
    """The word beginnings that make many compounds in ``vocabulary`` (a corpus's stems).

    Derived from the corpus, never written down: for a corpus on chains 'keten' ('ketenregie'
    is also about 'regie'), for one on care it would be another. A beginning must be 4+ letters
    and no stopword ('voor', 'onder' begin many words without being their subject).
    """
    counts: Counter[str] = Counter()
    for term in vocabulary:
        for i in range(4, len(term) - 3):
            if term[i:] in vocabulary:
                counts[term[:i]] += 1
    found = [m for m, n in counts.most_common() if n >= COMPOUND_MIN and m not in STOPWORDS]
    return tuple(found[:COMPOUND_LIMIT])


@contextmanager
def modifiers_in_use(modifiers: tuple[str, ...] | None) -> Iterator[None]:
    """Within the block, ``compound_stems`` splits compounds on these modifiers (None: unchanged)."""
    if modifiers is None:
        yield
        return
    token = _MODIFIERS.set(modifiers)
    try:
        yield
    finally:
        _MODIFIERS.reset(token)


def current_modifiers() -> tuple[str, ...]:
    """The compound modifiers in use (see ``modifiers_in_use``)."""
    return _MODIFIERS.get()


def modifier_stems(text: str) -> set[str]:
    """The stems of the corpus's compound modifiers that begin a word of ``text`` ('keten' of
    'ketenverband'), with the modifiers in use (``compound_modifiers``)."""
    found = content_words(text)
    return {
        stem
        for prefix in _MODIFIERS.get()
        if any(w.startswith(prefix) and len(w) - len(prefix) >= 4 for w in found)
        for stem in stems(prefix)
    }


def compound_stems(text: str) -> list[str]:
    """``stems`` plus the stem of each compound's head ('ketenregie' also gives 'regie'), split
    on the corpus's compound modifiers in use (``compound_modifiers``, set by the generator)."""
    found = content_words(text)
    heads = [
        w[len(prefix) :]
        for w in found
        for prefix in _MODIFIERS.get()
        if w.startswith(prefix) and len(w) - len(prefix) >= 4
    ]
    return _stemmed(found + heads)


def first_part(stem: str, vocabulary: Container[str]) -> str | None:
    """For a compound stem the vocabulary (the index's stems) never uses ('jeugdzorgkeet', of
    'jeugdzorgketen'), its longest first part of 5+ letters that it does use ('jeugdzorg'); None
    for a known stem, one under 9 letters, or an empty vocabulary. One definition for the gate
    (``abstention.stand_in``), retrieval (``Assistant._prepare``) and the scorer
    (``scoring.first_parts``)."""
    if len(stem) < 9 or not vocabulary or stem in vocabulary:
        return None
    return next((stem[:end] for end in range(len(stem) - 4, 4, -1) if stem[:end] in vocabulary), None)


def last_parts(stem: str, vocabulary: Container[str]) -> frozenset[str]:
    """For a compound stem of 9+ letters ('ketenambitie'), the indexed stems it ends in that leave a
    first part of 3+ letters ('ambitie'): Dutch puts what a compound is at its end. One definition
    for the gate (``abstention.measure``) and the scorer (``scoring.tails``)."""
    if len(stem) < 9 or not vocabulary:
        return frozenset()
    return frozenset(stem[i:] for i in range(3, len(stem) - 4) if stem[i:] in vocabulary)


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


_NL_MARKERS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "is",
        "zijn",
        "wat",
        "hoe",
        "wie",
        "welke",
        "waarom",
        "wanneer",
        "niet",
        "ook",
        "dat",
        "die",
        "deze",
        "bij",
        "voor",
        "met",
        "op",
        "aan",
        "je",
        "jij",
        "ik",
        "wij",
        "we",
        "er",
        "ze",
        "zij",
        "over",
        "daar",
        "hier",
        "moet",
        "kan",
        "kun",
        "kunt",
        "worden",
        "wordt",
        # "Is ketensamenwerking vooral techniek of vooral mensenwerk?" tied on 'is' and lost on
        # 'of', which is Dutch as often as English (fifteenth session, ``tests/test_question.py``)
        "of",
        "vooral",
        "geen",
        "maar",
        "als",
        "om",
        "te",
        "naar",
        "nog",
        "heeft",
        "hebben",
        "mijn",
        "onze",
        "ons",
        "dan",
    ]
)
_EN_MARKERS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "is",
        "are",
        "what",
        "how",
        "who",
        "which",
        "why",
        "when",
        "not",
        "also",
        "that",
        "this",
        "these",
        "with",
        "for",
        "on",
        "to",
        "you",
        "i",
        "we",
        "they",
        "there",
        "about",
        "should",
        "can",
        "could",
        "do",
        "does",
        "be",
        "been",
        "by",
        "from",
        # "Is trust more important than contracts?" tied on 'is' and was read as Dutch (seventh session)
        "than",
        "more",
        "most",
        "it",
        "my",
        "our",
        "your",
        "their",
        "has",
        "have",
        "will",
        "would",
        "or",
        "if",
    ]
)


def guess_language(text: str, default: str = "nl") -> str:
    """Guess 'nl' or 'en' from function words; ``default`` when undecided."""
    tokens = words(text)
    nl = sum(1 for t in tokens if t in _NL_MARKERS)
    en = sum(1 for t in tokens if t in _EN_MARKERS)
    if en > nl:
        return "en"
    if nl > en:
        return "nl"
    return default


# -- normalising outside text ---------------------------------------------------------------
# Zero-width characters, bidi controls and other invisible format characters (Unicode
# category Cf) hide words from a reader and from pattern checks ("ne\u200bgeer"); the soft
# hyphen is one of them. NFKC folds full-width and other compatibility forms to plain letters.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f]"
)


def strip_invisible(text: str) -> str:
    """``text`` without zero-width, bidi and other invisible format characters (no NFKC)."""
    return text if text.isascii() else _INVISIBLE.sub("", text)


def normalise(text: str) -> str:
    """Unicode NFKC with zero-width, bidi and other invisible format characters removed."""
    if text.isascii():
        return text
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


_TAG_START = re.compile(r"<(?!https?://[^\s<>]*>|mailto:[^\s<>]*>)(?=[A-Za-z/!?])", re.I)
_LINK_DEST = re.compile(r"(\]\s*)\(([^)]*)\)")
_REF_DEF = re.compile(r"^(\s{0,3})\[([^\]]+)\]:\s*(\S+)", re.M)
_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:", "file:")


def _unsafe_url(url: str) -> bool:
    import html

    plain = re.sub(r"[\s\x00-\x1f<>]", "", html.unescape(normalise(url))).lower()
    return plain.startswith(_UNSAFE_SCHEMES)


def defuse_markup(text: str) -> str:
    """Markdown in which corpus text cannot become HTML tags or script links in a renderer.

    ``<`` before a letter, ``/``, ``!`` or ``?`` becomes ``&lt;`` (a renderer shows it as text;
    an autolink ``<https://…>`` stays)
    and a link or link definition whose target is ``javascript:``/``vbscript:``/``data:``/
    ``file:`` loses its link syntax (the brackets are escaped), so it shows as plain text.
    """
    text = _TAG_START.sub("&lt;", text)
    text = _LINK_DEST.sub(
        lambda m: (
            ("\\" + m.group(1) + "\\(" if _unsafe_url(m.group(2)) else m.group(1) + "(") + m.group(2) + ")"
        ),
        text,
    )
    return _REF_DEF.sub(
        lambda m: f"{m.group(1)}\\[{m.group(2)}]: {m.group(3)}" if _unsafe_url(m.group(3)) else m.group(0),
        text,
    )


def folded(text: str) -> str:
    """Lower case, one space, quotation marks and apostrophes left out: a claim as an answer
    showed it and as its passage holds it compare equal."""
    return " ".join(re.sub(r"[\"“”„‘’'`]", "", text).lower().split())
