"""How well each quotable unit answers the question: named signals, weighted.

Every unit gets a ``Signals`` record (term coverage of the question's focus, closeness to the
question in the reader's space, the rank of its document, what it says beyond the question's
own words, whether it defines the asked term, whether it only points to a place in a document).
``Weights`` turns the signals into a score; the question's kind then nudges it
(``composition.NUDGES``). The weights are tuned on the tuning half of the eval sets
(``evals/split.py``) for ``lead_hit``: the best-scoring unit becomes the answer's first sentence.
"""

from __future__ import annotations

import math
import re
from collections.abc import Container, Iterable
from dataclasses import dataclass

from assistant.abbreviations import asked_abbreviation, written_out
from assistant.generators.units import Unit
from assistant.glossary import dutch_term
from assistant.lengths import without_length_asked
from ketenwijzer.compounds import as_typed, first_part, last_parts
from ketenwijzer.text import VOICED

NOVEL_WORDS = 6
"""A unit with this many stems beyond the question's own has full novelty."""


@dataclass
class Weights:
    """How units are scored and how many are kept (tuned on the tuning split, see README)."""

    own: float = 0.35
    """Idf-weighted share of the question's stems in the sentence itself."""
    context: float = 0.15
    """The same share counting the passage's title and headings too."""
    dense: float = 0.4
    """Cosine similarity of sentence and question (the reader)."""
    prior: float = 0.2
    """Retrieval rank of the sentence's document (its best-ranked passage)."""
    section: float = 0.2
    """Bonus for sentences in the same section as the best sentence: answers read on."""
    definition: float = 0.3
    """Bonus, for "Wat is een X?", for sentences that define X ("Een X is …")."""
    read_on: int = 2
    """How many sentences right after the best one get the ``follow`` bonus."""
    follow: float = 0.2
    keep_ratio: float = 0.5
    """Keep further sentences while their score is at least this share of the reference."""
    reference_top: int = 2
    """The reference is the mean score of this many best sentences (1: the best alone)."""
    max_chars: int = 1000
    redundancy: float = 0.1
    antecedents: bool = True
    """Add the sentence before a chosen sentence that points back to it ("Die …", "Daarom …")."""
    novelty: float = 0.15
    """Bonus for saying something beyond the question's own words (up to ``NOVEL_WORDS`` new
    stems): "Niet alle ketens doorlopen de cyclus van ontwikkelstadia" echoes the question,
    "drie stadia: opportunisme, …" answers it (lead_hit on the tuning split)."""
    locator: float = 0.2
    """Penalty for a sentence that points to a place in a document ("paragraaf 3.8, pagina 25",
    "het hoofdstuk … behandelt") instead of saying something, unless the question asks about a
    document's make-up."""
    short: float = 0.6
    """Factor for a unit of fewer than six words: a fragment seldom answers."""
    caveats: bool = True
    """Add the main document's lead caveat ("kon niet worden bevestigd") to the answer."""


@dataclass
class Signals:
    """What the score of one unit is made of (each 0–1, except ``dense``, a cosine)."""

    own: float = 0.0
    context: float = 0.0
    dense: float = 0.0
    prior: float = 0.0
    novelty: float = 0.0
    definition: bool = False
    locator: bool = False
    short: bool = False

    def score(self, wt: Weights, novelty_weight: float) -> float:
        """The weighted sum of the signals (``novelty_weight``: 0 when a caller sets the kind)."""
        value = (
            wt.own * self.own
            + wt.context * self.context
            + wt.dense * self.dense
            + wt.prior * self.prior
            + novelty_weight * self.novelty
            - wt.locator * self.locator
        )
        if self.short:
            value *= wt.short
        if self.definition and not self.locator:
            # "De ketenregisseur is ook in de latere wikiversie een bouwsteen" says where, not what
            value += wt.definition
        return value


_DEFINITION_QUESTION = re.compile(
    r"^\s*(?:wat\s+(?:is|zijn|betekent)|wat\s+versta(?:at|an)?(?:\s+\S+){0,4}?\s+onder|what\s+(?:is|are))"
    r"\s+(?:een\s+|de\s+|het\s+|a\s+|an\s+|the\s+)?(?P<term>[\w-]+)\s*(?:\(.*\))?\s*\??\s*$"
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
    r"(?:\s+(?:in|bij|binnen|voor|within|in)\s+(?:een\s+|de\s+|het\s+|a\s+|the\s+)?[\w-]+)?\s*\??\s*$",
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


TRAILING_REQUEST = re.compile(
    r"\?+\s*(?:(?:uitleg|toelichting|graag|alsjeblieft|alstublieft|aub|a\.u\.b\.|please|thanks|bedankt|svp)\b[\s,.!]*){1,3}$",
    re.I,
)
""""wat is een keten?? uitleg graag": a request after the question mark is no part of the term asked; it
kept the definition from being looked for, and "Een ketenprobleem is …" led (new informal questions,
twenty-ninth session; ``tests/test_lead_rules.py``)."""


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
        modified = _MODIFIED_TERM.match(question)
        if modified is None:
            return None
        term = modified["head"]  # "Wat is een dominant ketenprobleem?" is answered by what a ketenprobleem is
        return role_of(term) if roles else definition_of(term)
    named = found.groupdict()
    term = named.get("term") or named.get("held") or named["meant"]
    return role_of(term) if roles else definition_of(term)


_MODIFIED_TERM = re.compile(
    r"^\s*wat\s+(?:is|zijn)\s+(?:een|de|het)\s+[\w-]+(?:e|ig|isch|ant|ent|aal|ief|lijk|baar|loos|rijk)"
    r"\s+(?P<head>[\w-]{4,})\s*\??\s*$",
    re.I,
)
""""Wat is een dominant ketenprobleem?": an adjective (by its ending) before the term asked. No sentence
defines the pair, and one that only uses it ("… de druk van het dominante ketenprobleem …") led over
"Een ketenprobleem is het gemeenschappelijke probleem …"; the head's definition answers (new informal
questions, twenty-ninth session; ``tests/test_lead_rules.py``). "Wat is een keten precies?" has no
adjective before its noun."""


_ENGLISH_TERM = re.compile(
    r"^\s*(?:what(?:'s|\s+is|\s+are)\s+(?:a|an|the)\s+(?P<term>[a-z]+(?:\s+[a-z]+)?)"
    r"|what\s+(?:does|do)\s+(?:a|an|the)\s+(?P<does>[a-z]+(?:\s+[a-z]+)?)\s+do)"
    r"(?:\s*,?\s*(?:actually|exactly|really|then))?\s*\??\s*$",
    re.I,
)


_ACCORDING_TO = re.compile(r"\s+(?:according\s+to|in|for)\s+(?:the\s+)?[\w' -]+?(?=\s*\?*\s*$)", re.I)
"""A source or setting after an English definition question ("What is a chain according to the NORA
dossier?" led with the ketenprobleem; twenty-third session)."""


def english_defining(question: str, vocabulary: Container[str], roles: bool = True) -> re.Pattern[str] | None:
    """For "What is a chain manager?" (or "what's a chain manager, actually?", "What does a chain
    manager do?"): the pattern for Dutch sentences defining the glossary's word for the term
    ('ketenmanager'), or saying what it answers for; the English question led with a sentence the
    Dutch one no longer leads with (english e19; eleventh session; ``tests/test_lead_rules.py``).
    ``roles`` as for ``defining``."""
    found = _ENGLISH_TERM.match(_ACCORDING_TO.sub("", question))
    if not found:
        return None
    term = dutch_term(found["term"] or found["does"], vocabulary)
    if not term:
        return None
    return role_of(term) if roles else definition_of(term)


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


def definition_of(word: str) -> re.Pattern[str] | None:
    """A pattern for sentences that define ``word`` (one word, a trailing remark in brackets
    aside: "Ketenmanager (NORA)"); None for a phrase."""
    bare = re.sub(r"\s*\(.*\)\s*$", "", word.strip())
    if not re.fullmatch(r"[\w-]+", bare):
        return None
    term = "(?:" + "|".join(re.escape(form) for form in _singulars(bare.lower())) + ")"
    return re.compile(
        # "X betekent niet dat …" qualifies a definition, it is none
        rf"^(?!(?:een |de |het )?{term}\S*\s+\w+\s+(?:niet|geen)\b)"
        rf"(?:een |de |het )?{term}(?:s|en)?\b[^.:;]{{0,80}}?\b(?:is|zijn|betekent|heet|houdt in|staat voor)\b"
        # the description first, its name after: "… Men spreekt wel van het orkestratiemodel."
        rf"|\b(?:spreekt|spreken|noemt|noemen)\b(?:\s+\w+){{0,2}}\s+(?:van\s+)?(?:een |de |het )?{term}\b"
        # "De deelnemende organisaties heten ketenpartners" (eighth session); "… deze situationele
        # benadering heet in het bouwstenenhoofdstuk de contingentiebenadering" (thirtieth session)
        rf"|\b(?:heten|heet)\s+(?:[\w-]+\s+){{0,4}}?(?:een |de |het )?{term}(?:s|en)?\s*[.;]",
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


def compounds(terms: Iterable[str], units: list[Unit]) -> dict[str, frozenset[str]]:
    """For each term of 5+ letters, the stems of the units that are compounds with it as a part.

    As the head ('rapportage' in 'ketenrapportage') or as the first part: a question on working
    'als een estafette' is answered by 'In de estafetteverbanden geven de partijen steeds het
    stokje door' ('estafet' was found in no sentence; practical p34, fifth session). An inflected
    adjective the stemmer leaves whole counts too ('politieke' for 'politiek'). The other part may
    have three letters ('regierol': "regie die wordt afgedwongen" is answered by "… één partij een
    regierol geven"; conversations v11, sixth session).
    """
    every = frozenset().union(*(u.stems | u.context for u in units))
    return {
        t: frozenset(
            s
            for s in every
            if (len(s) - len(t) >= 3 and (s.endswith(t) or s.startswith(t)))
            or inflected(t, s)
            or inflected(s, t)
        )
        for t in terms
        if len(t) >= 5
    }


def inflected(bare: str, form: str) -> bool:
    """``form`` is the adjective ``bare`` inflected with -e, which voices a final s or f:
    'politiek' → 'politieke', 'ambitieus' → 'ambitieuze', 'actief' → 'actieve' ("Is een te
    ambitieus doel erg?" led with "uitdagende ambitie" while "Een te ambitieuze ketendoelstelling
    kan … verlammend werken" came third; eighth session, ``tests/test_lead_rules.py``)."""
    if form == bare + "e":
        return True
    last = bare[-1:]
    return last in VOICED and form == bare[:-1] + VOICED[last] + "e"


def tails(terms: Iterable[str], known: Container[str]) -> dict[str, frozenset[str]]:
    """For a compound in the question ('hoofdconclusie'), its indexed heads ('conclusie').

    The counterpart of ``compounds``: an informal compound a manager types is answered by a
    sentence that uses its head word. A head that two of the question's compounds share tells
    them apart no more than it says either: "Werkt het netwerkmodel beter dan het
    estafettemodel?" led with "En deel die modellen met de uitvoering" (new informal questions,
    ninth session; ``tests/test_comparison_rules.py``).
    """
    found = {t: last_parts(t, known) for t in terms if len(t) >= 9}
    shared = {
        h for t, heads in found.items() for h in heads if any(h in o for u, o in found.items() if u != t)
    }
    return {t: heads - shared for t, heads in found.items()}


def balanced(weights: dict[str, float]) -> dict[str, float]:
    """Term weights where no word outweighs all the others together (words in a third of the
    passages aside).

    Idf alone let one rare word decide: in "Door wie is het dossier 'Ketens de baas' opgesteld?"
    'opgesteld' (idf 4.2 against 1.5 for 'dossier') made "… mag zich als dominante partij
    opstellen" lead over "Het dossier … is geschreven door Menno Aardewijn, …". Tuning half,
    sixth session: lead_hit 0.519 → 0.535 (a03, a11, n52 gained; n24 lost, where an unmatched
    'leert' had drowned the word that pulled up an unrelated sentence); with the names a text
    uses kept as terms (``rules.without_sources``) 0.543 (c12 gained too).
    """
    telling = {t: w for t, w in weights.items() if w >= UBIQUITOUS_IDF}
    total = sum(telling.values())
    return {t: min(w, total - w) if total > w else w for t, w in weights.items()}


UBIQUITOUS_IDF = math.log(3)
"""The BM25 idf of a word in about a third of all passages ('keten' in a corpus on chains): such a
word caps no other. "Wat is het verschil tussen een keten en een netwerk?" is about networks."""


def has(stems: frozenset[str], term: str, alternatives: frozenset[str]) -> bool:
    """``term`` or one of its ``alternatives`` (a synonym, a compound with it as head) is in ``stems``."""
    return term in stems or not alternatives.isdisjoint(stems)


def typed_parts(query: str, terms: Container[str], units: list[Unit]) -> dict[str, frozenset[str]]:
    """For a term whose word as typed begins compounds its stem does not ('orkestratie', stem
    'orkestreer'), the units' stems that begin with the typed word ('orkestratiemodel'); see
    ``ketenwijzer.compounds.as_typed``."""
    every = frozenset().union(*(u.stems | u.context for u in units)) if units else frozenset()
    found: dict[str, frozenset[str]] = {}
    for word, stem in as_typed(query).items():
        if stem in terms and not word.startswith(stem):
            parts = frozenset(x for x in every if x.startswith(word) and len(x) - len(word) >= 3)
            if parts:
                found[stem] = found.get(stem, frozenset()) | parts
    return found


def first_parts(terms: Iterable[str], known: Container[str], units: list[Unit]) -> dict[str, frozenset[str]]:
    """For a compound the corpus never uses ('jeugdzorgketen'), its longest indexed first part of
    5+ letters ('jeugdzorg') and the units' stems that begin with it: the counterpart of ``tails``
    for a compound whose first part says what it is about ("Welke partijen zitten in de
    jeugdzorgketen?" is answered by "Op een terrein als de jeugdzorg … Bureau Jeugdzorg, GGZ,
    scholen …", not by a list of 'partijen' in chains in general; new informal questions, ninth
    session, ``tests/test_abstention.py``). The part is ``ketenwijzer.compounds.first_part``, as for the gate."""
    every = frozenset().union(*(u.stems | u.context for u in units)) if units else frozenset()
    found: dict[str, frozenset[str]] = {}
    for t in terms:
        first = first_part(t, known)
        if first is not None:
            found[t] = frozenset(x for x in every if x.startswith(first))
    return found
