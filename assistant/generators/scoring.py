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
from collections.abc import Container, Iterable
from dataclasses import dataclass

from assistant.generators.units import Unit
from ketenwijzer.compounds import adjective_in, adjectives_of, as_typed, first_part, last_parts, nouns_of
from ketenwijzer.text import VOICED

SHORT_CLOSE = 0.3
"""A sentence of fewer than six words that stands alone and is at least this close to the question (the
reader's cosine) is not marked down (``Weights.short``): "Culturele verankering bereiken kost jaren." answers
"Hoe lang duurt culturele verankering?" (0.53; it lost to the stadium's description), while it only shares
'kost' with "Hoe verdeel je de kosten?" (0.23), where it became a tip (thirty-fourth session)."""

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
    """Factor for a unit of fewer than six words: a fragment seldom answers ("Dat vergt volwassenheid."); a
    short sentence that stands alone and is close to the question may (``SHORT_CLOSE``)."""
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
    total = math.fsum(telling.values())
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
        if stem not in terms:
            continue
        # a verb in -eren is also found by its noun's compounds ('escaleer': 'escalatieprocedures')
        for typed in [word] * (not word.startswith(stem)) + nouns_of(word):
            parts = frozenset(x for x in every if x.startswith(typed) and len(x) - len(typed) >= 3)
            if parts:
                found[stem] = found.get(stem, frozenset()) | parts
        # and by the adjectives it makes ('succes': 'succesvol')
        made = frozenset(
            x for x in every for a in adjectives_of(word) + adjective_in(word) if x.startswith(a)
        )
        if made:
            found[stem] = found.get(stem, frozenset()) | made
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
