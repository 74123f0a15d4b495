"""What a question asks: its kind, its focus, and the sources it names.

A manager types "Wat kan ik eigenlijk doen als partners elkaar niet vertrouwen?": the *kind*
(advice) decides how the answer is composed, the *focus* ("partners elkaar niet vertrouwen")
decides what is retrieved, and fillers ("eigenlijk", "kun je me vertellen") decide nothing.
Kinds are recognised by small named rules (``KIND_RULES``), tried in order; the first that
matches wins. The rules are general Dutch and English question grammar, not corpus vocabulary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.sources import NamedSource, SourceDirectory
from ketenwijzer.text import content_words

KINDS = (
    "definition",
    "list",
    "comparison",
    "advice",
    "cause",
    "consequence",
    "example",
    "who_said",
    "yes_no",
    "open",
)


@dataclass(frozen=True)
class KindRule:
    """A question kind and the phrasing that signals it."""

    kind: str
    pattern: re.Pattern[str]
    why: str


def _rule(kind: str, pattern: str, why: str) -> KindRule:
    return KindRule(kind, re.compile(pattern, re.I), why)


KIND_RULES: tuple[KindRule, ...] = (
    _rule(
        "comparison",
        r"\b(verschil(?:len|t)?|vergelijk\w*|overeenkomst\w*|lijk(?:t|en)\b.{0,80}\bop\b|hetzelfde|"
        r"zelfde|anders dan|versus|vs\.?|difference|differ\w*|compare\w*|similar\w*|the same)\b",
        "two sources or concepts side by side (comparison set)",
    ),
    _rule(
        "example",
        r"\b(praktijk)?voorbeeld(en)?\b|\bexamples?\b|\bcase\b|\bin de praktijk\b",
        "a concrete case is asked for, not a rule (practical set)",
    ),
    _rule(
        "who_said",
        r"^\s*(wie|who)\b.{0,30}\b(zegt|zei|zeggen|stelt|noemt|vindt|schrijft|says|said|argues)\b"
        r"|\bvolgens wie\b",
        "the speaker is asked for",
    ),
    _rule(
        "advice",
        r"\b(waar (moet|moeten|kan|kun|let) (ik|je|we|u)\b.{0,20}\blet\w*|wat (kan|kun|moet|moeten|zou) "
        r"(ik|je|we|u)\b|hoe (kan|kun|moet|moeten|zorg|krijg|voorkom|bouw|pak|begin|houd|hou|organiseer|"
        r"bestuur|stuur|regel|maak|richt)\w*\b|tips?\b|advie[sz]\w*|aanraden|aanpak\w*|hoe zorg|"
        r"wat helpt|what should|how (do|can|should|to)\b|any tips|advice)",
        "a recommendation or condition is asked for (practical set)",
    ),
    _rule(
        "cause",
        r"\b(waarom|oorza\w+|hoe komt het|waardoor|reden(en)?\b|why\b|causes?\b|reasons?\b)",
        "causes are asked for, not consequences",
    ),
    _rule(
        "consequence",
        r"\b(gevolg\w*|wat gebeurt|leidt .{0,30}\btot|levert .{0,30}\bop|effect\w*|impact|"
        r"consequen\w+|what happens|result in|lead to)\b",
        "consequences are asked for, not causes",
    ),
    _rule(
        "list",
        r"^\s*(welke|noem|which|list|name)\b|\bwat zijn de\b|\bwhat are the\b|\bopsomming\b|"
        r"\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight)\s+\w+",
        "every item of an enumeration is asked for",
    ),
    _rule(
        "definition",
        r"^\s*(wat (is|zijn|betekent|betekenen|houdt)\b(?!.*\b(rol|taak|taken|functie|belang|doel)\b)"
        r"|wat versta\w*|wat bedoel\w*|what (is|are|does .{0,30} mean)\b|defin\w+)",
        "what a term means (definition questions)",
    ),
    _rule(
        "yes_no",
        r"^\s*(is|zijn|kan|kun|kunnen|moet|moeten|heeft|hebben|werkt|helpt|mag|zou|zouden|bestaat|gaat|"
        r"wordt|worden|klopt|does|do|is|are|can|should|will|would)\b",
        "a position is asked for: the source's position first",
    ),
)

# Words that say how to ask, not what about: they never steer retrieval.
FILLERS = re.compile(
    r"\b(eigenlijk|nou|gewoon|precies|even|toch|eens|ongeveer|misschien|graag|alsjeblieft|aub|"
    r"kun je me (vertellen|uitleggen)|kunt u me (vertellen|uitleggen)|weet je|zeg maar|ik vroeg me af|"
    r"ik wil (graag )?weten|vertel eens|leg (eens )?uit|please|tell me|i wonder)\b",
    re.I,
)
# Ordinal and generic words: meaningful next to a topic, never a topic on their own.
GENERIC = frozenset(
    [
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


@dataclass
class Side:
    """One side of a comparison: a concept, a source, or both."""

    label: str
    query: str
    doc_ids: list[str] = field(default_factory=list)
    chunk_ids: list[str] = field(default_factory=list)
    """The passages retrieved for this side (set by the retriever)."""


@dataclass
class Question:
    """The analysis of one (standalone) question."""

    text: str
    language: str
    kind: str = "open"
    focus: str = ""
    sources: list[NamedSource] = field(default_factory=list)
    sides: list[Side] = field(default_factory=list)

    @property
    def source_doc_ids(self) -> list[str]:
        """The documents of every source the question names as its speaker (empty: none)."""
        return sorted({d for s in self.sources if s.speaks for d in s.doc_ids})


def kind_of(text: str) -> str:
    """The question kind by the first matching rule of ``KIND_RULES`` (``open`` when none)."""
    cleaned = FILLERS.sub(" ", text)
    for rule in KIND_RULES:
        if rule.pattern.search(cleaned):
            return rule.kind
    return "open"


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


def lexical_query(question: Question) -> str:
    """What retrieval searches for: the whole standalone question (measured better than the focus
    alone, see README "Retrieval") without fillers and generic words, and without the names of
    the sources it asks as speaker.

    Only a name taken from the metadata (the publication's publisher, title or author) goes:
    retrieval is filtered to that source, where its name says nothing about which passage
    answers; left in, "NORA-dossier" pulls up the dossier's colophon (conversations set). A
    name its text uses ("het voorbeeld van METRO", "Groothedde") stays: it marks the passage.
    """
    text = _without_generic(FILLERS.sub(" ", question.text))
    if question.language == "nl":
        text = with_infinitives(text)
    for source in question.sources:
        if source.speaks and source.publication and source.written and question.source_doc_ids:
            cue = r"(?i:\b(?:volgens|according to|bij|in|uit|van|door)\s+(?:het\s+|de\s+|the\s+)?)?"
            text = re.sub(rf"{cue}(?<!\w){re.escape(source.written)}(?!\w)", " ", text)
    return re.sub(r"\s+", " ", text).strip()


_BETWEEN = re.compile(
    r"\btussen\s+(?P<a>.+?)\s+en\s+(?P<b>.+?)\s*[?.!]*$|\bbetween\s+(?P<c>.+?)\s+and\s+(?P<d>.+?)\s*[?.!]*$",
    re.I,
)
_ON = re.compile(
    r"\b(?:lijk\w*|verschil\w*|vergelijk\w*)\s+(?P<a>.+?)\s+(?:op|met|van)\s+(?P<b>.+?)\s*[?.!]*$", re.I
)


_VERSUS = re.compile(r"^\W*(?P<a>[^:?]+?)\s+(?:versus|vs\.?|tegenover)\s+(?P<b>[^:?]+)", re.I)
_SAME = re.compile(
    r"\b(?:zijn|is|are)\s+(?P<a>.+?)\s+(?:hetzelfde als|dezelfde als|gelijk aan|vergelijkbaar met|anders dan|"
    r"(?:the )?same as|different from|similar to)\s+(?P<b>.+?)\s*[?.!]*$",
    re.I,
)


def _concept_sides(text: str) -> list[Side]:
    """'verschil tussen X en Y' / 'lijkt X op Y' / 'X versus Y' / 'zijn X hetzelfde als Y' → two sides."""
    for pattern in (_BETWEEN, _ON, _VERSUS, _SAME):
        found = pattern.search(FILLERS.sub(" ", text))
        if found:
            parts = [g for g in found.groups() if g]
            parts = [" ".join(_without_generic(p).split()).strip(" ,") for p in parts]
            if len(parts) == 2 and all(content_words(p) for p in parts):
                # "een ketenmanager nou echt" → "een ketenmanager": fillers and generic words go
                return [Side(label=p, query=p) for p in parts]
    return []


SOURCE_ASKED = re.compile(
    r"\b(zegt|zei|zeiden|zeggen|vindt|vinden|ziet|zien|schrijft|schreef|stelt|noemt|volgens|say|says|said|"
    r"according to)\b",
    re.I,
)
"""With one named source and no other kind: "Wat zegt Morgens over politieke druk?" asks what
that source says (who_said: its own, attributed sentences first)."""


def analyse(text: str, language: str, directory: SourceDirectory | None = None) -> Question:
    """Kind, focus, named sources and (for comparisons) sides of a standalone question."""
    sources = directory.named_in(text) if directory is not None else []
    question = Question(text=text, language=language, kind=kind_of(text), sources=sources)
    question.focus = focus_of(text, sources)
    if len(sources) == 1 and question.kind == "open" and SOURCE_ASKED.search(text):
        question.kind = "who_said"
    if len(sources) >= 2 and question.kind in ("open", "yes_no", "who_said"):
        # "Hoe kijken het NORA-dossier en de GEMMA aan tegen …": two sources side by side
        question.kind = "comparison"
    if question.kind == "comparison":
        concepts = _concept_sides(text)
        if len(sources) >= 2:
            question.sides = _source_sides(sources, concepts, question.focus)
        elif concepts:
            # a side is filtered to a named source only when it names it ("de pijlers" against
            # "de succesfactoren van Morgens": the pijlers are not Morgens')
            question.sides = [Side(c.label, c.query, _named_docs(c.label, sources)) for c in concepts]
    return question


def _named_docs(text: str, sources: list[NamedSource]) -> list[str]:
    """The documents of the sources whose matched words occur in ``text``."""
    said = set(content_words(text))
    return [d for source in sources if said & set(source.matched_words) for d in source.doc_ids]


def _source_sides(sources: list[NamedSource], concepts: list[Side], focus: str) -> list[Side]:
    """One side per named source; its query is the concept next to that source's name when known."""
    sides = []
    for i, source in enumerate(sources[:2]):
        query = focus
        if len(concepts) == 2:
            # the concept phrase that mentions this source's name, else the one in the same position
            named = [c for c in concepts if any(w in content_words(c.query) for w in source.matched_words)]
            query = focus_of((named[0] if named else concepts[i]).query, sources) or focus
        sides.append(Side(label=source.label, query=query or focus, doc_ids=list(source.doc_ids)))
    return sides
