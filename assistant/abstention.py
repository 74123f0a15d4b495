"""The abstention gate: answer only when the retrieved evidence is strong enough.

Evidence mixes two signals: the idf-weighted share of the question's content stems that
occur in the top passages (a question about "de hoofdstad van Australië" finds neither word
in the corpus) and the cosine similarity of the best dense hit (which catches questions that
share words with the corpus but not its subject, like "het weer morgen in Utrecht"). The
weight and threshold are calibrated on answerable vs out-of-scope questions (see README);
the dense part depends on the embedder, so a new default embedder needs a new calibration.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from assistant import injection
from assistant.focus import FILLERS
from assistant.glossary import glossed
from assistant.neardomain import NEAR_DOMAIN_RULES, WIDE_READ
from assistant.scenes import without_own_scene
from ingest.lexical import LexicalIndex
from ketenwijzer.compounds import FIRST_PART_MIN, as_typed, first_part, last_parts, modifiers_in_use
from ketenwijzer.models import Passage
from ketenwijzer.text import fold, sentences, stems


@dataclass
class Evidence:
    """How well the top passages cover the question."""

    coverage: float
    dense_top: float
    blockers: list[str] = field(default_factory=list)
    """Why the question asks for something the corpus does not hold (see ``assistant/neardomain.py``)."""
    passage_top: float = 0.0
    """The reader's best similarity of the question to one of the top passages."""
    sentence_top: float = 0.0
    """The reader's best similarity of the question to one sentence of the top passages."""
    unheard: bool = False
    """None of the focus words occurs anywhere in the corpus (see ``measure``)."""
    unsaid: list[str] = field(default_factory=list)
    """Nouns of the question no source uses (see ``unsaid``): the answer says so first."""

    def score(self, coverage_weight: float, reader_weight: float = 0.0) -> float:
        """The combined evidence score: coverage, the reader's similarity, the best dense hit."""
        reader = (self.passage_top + self.sentence_top) / 2
        dense = 1.0 - coverage_weight - reader_weight
        return coverage_weight * self.coverage + reader_weight * reader + dense * self.dense_top

    def sufficient(self, threshold: float, coverage_weight: float, reader_weight: float = 0.0) -> bool:
        """True when the question should be answered: enough evidence and nothing missing."""
        if self.blockers or self.unheard:
            return False
        return self.score(coverage_weight, reader_weight) >= threshold


_SPECIFIC = re.compile(
    r"(?<=\w[\s,;:(])([A-Z][\w.-]+|\w*\d\w*)|\b(\w+wet(?:ten)?|wet\s+\w+)\b|\b((?i:laws?|legislation))\b"
)
"""Names (capitalised mid-sentence), figures, and laws: the specifics a question can hinge on. An English law too: "Is
there a law that requires chain cooperation?" was answered with a quotation on estafetteverbanden, where "Is er een
wet die …" is declined (fifty-second session; the glossary reads 'law' as 'wet' for a corpus that has laws)."""


def unknown_specifics(question: str, lexical: LexicalIndex, names: frozenset[str] = frozenset()) -> list[str]:
    """Names, figures and laws in the question that occur nowhere in the corpus.

    "Hoe is de strafrechtketen in Rotterdam georganiseerd?" hinges on Rotterdam; a corpus that
    never mentions it cannot answer, however well 'strafrechtketen' matches. A word the glossary
    maps to words the corpus uses is known by them ("Wat vindt Morgens van KPI's?" was declined
    although Morgens speaks of 'prestatie-indicatoren'; new informal questions, ninth session,
    and english e21 on the tuning half; ``tests/test_abstention.py``). ``names`` are the folded words
    that named a source (its metadata may spell it as no text does: "Beinformed").
    """
    return [word for word, partner in _unknown_names(question, lexical, names) if not partner]


def partner_names(question: str, lexical: LexicalIndex) -> list[str]:
    """The unknown names the asker works with (``PARTNER_BEFORE``): no blocker, but words the sources never use, which
    the answer's opening note names (``unsaid``)."""
    return [word for word, partner in _unknown_names(question, lexical) if partner]


PARTNER_BEFORE = re.compile(r"\b(?:ik|we|wij|i)\b[^?.!]*\b(?:met|with)\s+(?:de\s+|het\s+|the\s+)?$", re.I)
"""What puts a name as the asker's own partner: the asker, then 'met' right before it ("Hoe begin ik een keten met de
GGD?"). The question asks how to work with it, not about it: it was declined for 'GGD', and is now answered from what
the sources say on starting a chain, opened by the note that they never name the GGD (new informal questions,
fifty-fifth session; ``tests/test_abstention.py``). "Welke afspraken heeft de GGD met gemeenten?" asks about it and
is declined."""


def _unknown_names(
    question: str, lexical: LexicalIndex, names: frozenset[str] = frozenset()
) -> list[tuple[str, bool]]:
    """Each name, figure or law of ``question`` the corpus never uses, and whether the asker works with it."""
    unknown = []
    for match in _SPECIFIC.finditer(question):
        word = match.group(0)
        terms = stems(word)
        if (
            terms
            and not known(terms[0], lexical)
            and not _of_known_name(question, match.end(), lexical)
            and not any(known(t, lexical) for t in stems(glossed(word)))
            and fold(word) not in names
        ):
            partner = (
                match.group(1) is not None and PARTNER_BEFORE.search(question[: match.start()]) is not None
            )
            unknown.append((word, partner))
    return unknown


_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w.-]+)")


def _of_known_name(question: str, end: int, lexical: LexicalIndex) -> bool:
    """True for the English head of a name 'X of <known name>': 'University of Twente'.

    The head is an English common noun (University, Ministry, Board) that a Dutch corpus
    spells in Dutch; the name it belongs to is judged by what follows it (the false decline of
    english e13 on the tuning split).
    """
    tail = _OF_NAME.match(question, end)
    terms = stems(tail.group(1)) if tail else []
    return bool(terms) and known(terms[0], lexical)


def begins_compound(word: str, lexical: LexicalIndex) -> bool:
    """``word`` as typed (``FIRST_PART_MIN``+ letters) begins an indexed stem: 'orkestratie', which
    stems to 'orkestreer', begins 'orkestratiemodel' (``compounds.as_typed``; sixteenth session)."""
    return len(word) >= FIRST_PART_MIN and lexical.has_prefix(fold(word))


def known(term: str, lexical: LexicalIndex) -> bool:
    """The stem, or a stem it begins (a plural or an English cognate: 'kpis', 'university'), is indexed; a
    verb in -eren is known by its root ('rapporteer' by 'rapportage', ``VERB_ROOT_MIN``)."""
    if term in lexical.postings:
        return True
    root = verb_root(term)
    if root and lexical.has_prefix(root):
        return True
    return len(term) > 4 and lexical.has_prefix(term[: max(5, len(term) - 2)])


def verb_root(term: str) -> str | None:
    """The root of a verb stem in -eer ('rapporteer' → 'rapport'), ``VERB_ROOT_MIN`` letters or more; else None."""
    return term[:-3] if term.endswith("eer") and len(term) - 3 >= VERB_ROOT_MIN else None


VERB_ROOT_MIN = 5
"""Letters the root of a verb in -eren keeps for ``known`` to read it by its nouns: "Hoe rapporteer je?"
after transparency was declined while the dossier has a section on 'ketenrapportage' (new informal
conversations, thirty-seventh session, ``tests/test_abstention.py``); 'organiseer' is known by
'organisatie', 'investeer' by 'investeren'."""


WIDE_TOP = 5
"""The passages a rule of ``neardomain.WIDE_READ`` reads: the top ones, and below them those of the same documents."""


def blockers(
    question: str,
    passages: list[Passage],
    lexical: LexicalIndex,
    language: str = "nl",
    top: int = 3,
    names: frozenset[str] = frozenset(),
) -> list[str]:
    """Reasons the question cannot be answered from these passages, however similar they are.

    The near-domain rules read English questions too (their English words: 'salary', 'earn', 'how
    often', …): "So how much does a chain manager earn in the Dutch civil service?" was declined only
    for the name 'Dutch' until the glossary read it as 'nederlandse' (seventeenth session,
    ``tests/test_abstention.py``). ``language`` is kept for callers; the rules need no switch."""
    found = [
        f"'{w}' komt in geen enkele bron voor"
        for w in unknown_specifics(without_own_scene(question), lexical, names)
    ]
    parts = sentences(question) or [question]
    reasons = [injection.flag(part) for part in parts]
    if all(reasons):
        # only an instruction to the assistant; one inside a real question is data (the rest is answered)
        found.append(f"de vraag is {reasons[0]}")
    text = " ".join(p.text for p in passages[:top])
    # the further passages of the top passages' own documents: a count stands in the document on the thing counted
    # (the Be Informed article's "niet 400 gemeenten" answered how many gemeenten use the GEMMA, held-apart o44, †)
    home = {p.doc_id for p in passages[:top]}
    wide = " ".join(
        p.text for i, p in enumerate(passages[: max(top, WIDE_TOP)]) if i < top or p.doc_id in home
    )
    found += [f"'{w}' komt in geen van de gevonden passages voor" for w in unwritten_acronyms(question, wide)]
    # a filler names nothing asked about: "wie betaalt er eigenlijk voor een keten?" was declined, 'eigenlijk' read as
    # what is paid for and shared by no sentence on paying (new informal questions, fiftieth session)
    plain = " ".join(FILLERS.sub(" ", question).split())
    with modifiers_in_use(lexical.compound_modifiers()):
        for rule in NEAR_DOMAIN_RULES:
            reason = rule(plain, wide if rule in WIDE_READ else text)
            if reason:
                found.append(reason)
    return found


_ACRONYM = re.compile(r"(?<=\w[\s,;:(])[A-Z]{2,6}\b")
"""A word in capitals after the first word of the question: an organisation's abbreviation ('OM', 'IND')."""


def unwritten_acronyms(question: str, passages_text: str) -> list[str]:
    """Abbreviations the analyser reads as a common word (the 'OM' is 'om'), which no passage found writes.

    ``unknown_specifics`` looks a name up in the index, but the index holds no common word: "Hoe is de
    strafrechtketen georganiseerd bij het OM?" was answered with Morgens on the strafrechtketen, none of
    it about the Openbaar Ministerie (new near-domain questions, fifty-second session;
    ``tests/test_abstention.py``). Judged on the text of the passages found, in capitals as written."""
    return [
        word
        for word in dict.fromkeys(_ACRONYM.findall(question))
        if not stems(word) and not re.search(rf"\b{word}\b", passages_text)
    ]


def measure(
    query: str,
    passages: list[Passage],
    lexical: LexicalIndex,
    dense_top: float,
    top: int = 3,
    synonyms: dict[str, set[str]] | None = None,
    shares: dict[str, float] | None = None,
) -> Evidence:
    """Idf-weighted share of the query's distinct stems found together in one top passage (a stem of
    ``shares`` weighs that share of its idf: the place a thing is found, ``question_objects.SCOPE``).

    Per passage, not over the union: "het weer morgen in Utrecht" finds 'morgen' in one
    article (Morgens) and 'Utrecht' in another, but no passage that is about both.

    When not one focus stem occurs anywhere in the corpus ("vanavond eten", "de voorzitter"
    of a body the corpus never names), the evidence is ``unheard``: however close the best
    passage is in embedding space, nothing asked about is in the sources. On the tuning split
    this declines six out-of-scope questions by itself; the one answerable question it
    flags (english e21, 'KPIs', a word the corpus never uses) the name rule declines already.

    A glossary synonym counts as the word (``synonyms``: stem → the synonyms' stems), as in the
    sentence scorer: "En het NORA-dossier? (ambitie)" is answered by the dossier's
    'ketendoelstelling' (it was declined; sixth session).
    """
    terms = set(stems(query))
    if not terms or not passages:
        return Evidence(0.0, dense_top)
    heads = {t: stand_in(t, lexical) for t in terms}
    # a compound the corpus never uses whose last part it does ('ketenambitie': 'ambitie') is
    # covered by a passage with that part ("Wat is een ketenambitie en hoe formuleer je die?" was
    # declined while Morgens writes of the 'gemeenschappelijke ambitie'; fifteenth session)
    tails = {t: heard_tails(t, lexical) if not known(t, lexical) else frozenset() for t in terms}
    # a word the corpus uses only inside its compounds ('orkest' in 'orkestratiemodel') is covered
    # by a passage with such a compound: "estafette versus orkest, wat is handiger?" was declined
    # with the GEMMA's list of both models second (new informal questions, twenty-fourth session;
    # ``tests/test_abstention.py``)
    firsts = {
        t: w for w, t in as_typed(query).items() if t not in lexical.postings and begins_compound(w, lexical)
    }
    # a glossary synonym the corpus uses is heard of ('kpi' → 'prestatie-indicator'), and so is a
    # compound of a known first part ('estafettemethode': with 'werkt' no longer a subject word,
    # "Waarom werkt de estafettemethode niet meer?" had no other; ninth session)
    # a verb in -eren is covered by its root's nouns ('rapporteer' by 'ketenrapportage'; ``VERB_ROOT_MIN``)
    roots = {t: root for t in terms if t not in lexical.postings and (root := verb_root(t))}
    unheard = not any(
        known(t, lexical)
        or heads[t]
        or tails[t]
        or t in firsts
        or any(known(x, lexical) for x in (synonyms or {}).get(t, ()))
        for t in terms
    )
    weights = {
        t: lexical.idf(heads[t] or max(tails[t], key=len, default=t)) * (shares or {}).get(t, 1.0)
        for t in terms
    }
    total = math.fsum(weights.values()) or 1.0
    best = 0.0
    for passage in passages[:top]:
        found = set(stems(f"{passage.title} {passage.section} {passage.text}"))
        present = {
            t
            for t in terms
            if t in found
            or _shares_head(heads[t], found)
            or _as_head(t, found)
            or _as_first(t, found)
            or not found.isdisjoint(tails[t])
            or (t in firsts and any(f.startswith(firsts[t]) for f in found))
            or (t in roots and any(f.startswith(roots[t]) for f in found))
            or not found.isdisjoint((synonyms or {}).get(t, ()))
        }
        alone = {t for t in terms - present if heads[t] in found}
        covered = math.fsum(weights[t] for t in present) + HEAD_ALONE_SHARE * math.fsum(
            weights[t] for t in alone
        )
        best = max(best, covered / total)
    return Evidence(best, dense_top, unheard=unheard)


HEAD_ALONE_SHARE = 0.5
"""The share of a never-used compound's weight that its first part covers standing alone in a passage
('informatie' of 'informatiedeling' in "goed geïnformeerd zijn over wat belangrijk is"): the passage is about
the thing the compound is made of, not the compound. "Is informatiedeling belangrijk?" was declined with that
sentence first, the question having no other word (new informal questions, forty-fifth session;
``tests/test_abstention.py``)."""


def heard_tails(term: str, lexical: LexicalIndex) -> frozenset[str]:
    """The indexed last parts of a never-used compound (``compounds.last_parts``) whose first part the corpus
    has heard of (it begins an indexed stem): 'ambitie' of 'ketenambitie'. A first part no source uses names
    another subject: "Is parkeervergunning belangrijk?" was answered for the GEMMA's 'Vergunning' (new
    informal questions, forty-fifth session; ``tests/test_abstention.py``)."""
    return frozenset(
        tail for tail in last_parts(term, lexical.postings) if lexical.has_prefix(term[: -len(tail)])
    )


def stand_in(term: str, lexical: LexicalIndex) -> str | None:
    """For a compound the corpus never uses ('estafettemethode'), its longest first part that is
    an indexed stem of 5+ letters ('estafet'); None for a known stem or when there is none.

    "Waarom werkt de estafettemethode niet meer?" was declined while the passages speak of the
    'estafettemodel' and 'estafetteverbanden' (new informal questions, fifth session;
    ``tests/test_abstention.py``): a passage with a compound of the same first part covers it.
    """
    return first_part(term, lexical.postings)


def _shares_head(head: str | None, found: set[str]) -> bool:
    return head is not None and any(f.startswith(head) and f != head for f in found)


HEAD_MIN = 5
"""Letters a word needs to count as the head of a compound in a passage."""


def _as_first(term: str, found: set[str]) -> bool:
    """``term`` begins a compound the passage uses: 'netwerk' in 'netwerkverbanden' ("Wat zegt Franke over netwerken?"
    was declined, Franke's "… in de steeds vaker voorkomende netwerkverbanden werkt het anders" among the passages;
    forty-fifth session, ``tests/test_abstention.py``); a verb in -eren or -elen typed with its -t by its root
    ('verandert' in 'veranderopgave': "Wat verandert er in de nieuwe GEMMA?" was told the GEMMA says nothing on it;
    forty-eighth session)."""
    root = term[:-1] if term.endswith(("ert", "elt")) and len(term) > VERB_T_MIN else term
    return len(root) >= HEAD_MIN and any(f.startswith(root) and len(f) - len(root) >= 4 for f in found)


VERB_T_MIN = 7
"""Letters a verb typed with its -t needs before ``_as_first`` reads it by its root ('verandert', not 'eert')."""


def _as_head(term: str, found: set[str]) -> bool:
    """``term`` is the head of a compound the passage uses: 'stadia' in 'ontwikkelstadia' ("En wat
    zijn de stadia?" found the section on the ontwikkelstadia and was declined; ninth session,
    ``tests/test_abstention.py``)."""
    return len(term) >= HEAD_MIN and any(len(f) - len(term) >= 3 and f.endswith(term) for f in found)
