"""How the sources and people a question names become a comparison's sides.

One side per named source (a person its text names speaks on their own side), a concept side filtered
to the sources its label names, and the people of one report named together. Split from
``question.py`` (thirty-first session) when it passed 400 lines; behaviour unchanged.
"""

from __future__ import annotations

import re

from assistant.focus import about_the_sources_only, focus_of
from assistant.name_spans import DOCUMENT_NOUNS
from assistant.named_source import NamedSource
from assistant.sides import Side
from ketenwijzer.text import content_words, fold


def first_at(text: str, source: NamedSource) -> int:
    """Where the question first names ``source`` (by a word it matched or as written); its end if nowhere."""
    found = [text.lower().find(w.lower()) for w in [source.written, *source.matched_words] if w]
    return min((f for f in found if f >= 0), default=len(text))


def topic_name(source: NamedSource, kind: str) -> bool:
    """A name the corpus's text uses (not its metadata) is what an example question asks about:
    'METRO' in "Wat leert het voorbeeld van METRO over samenwerken?" stays in the focus, so its
    sentences count (nora n24 led with the ketenkaart; seventh session). Elsewhere a name is the
    source asked ("Which dimensions does Erik Ruiterman distinguish?" led with another quote of
    his when his name counted; english e02), and a publication's name is always a filter. So is a document noun that
    names a source: "Welk voorbeeld gebruikt het dossier voor vertrouwen?" searched 'dossier' and led with "Ketens de
    baas gebruikt de ketenoverlegstructuur …" (forty-seventh session)."""
    return not source.publication and fold(source.written) not in DOCUMENT_NOUNS and kind == "example"


def named_docs(text: str, sources: list[NamedSource]) -> list[str]:
    """The documents of the sources whose matched words occur in ``text``."""
    said = set(content_words(text))
    return [d for source in sources if said & set(source.matched_words) for d in source.doc_ids]


def concept_side(concept: Side, sources: list[NamedSource]) -> Side:
    """A concept side, filtered to the sources its label names; a person its label names makes it
    that person's words ("Lijkt de culturele dimensie op wat Groothedde over vertrouwen zegt?"
    quoted Froger's 'Vertrouwen is hierbij doorslaggevend' under **Groothedde over vertrouwen**:
    the report's passage was the side's, whoever spoke; new informal questions, twenty-fourth
    session; ``tests/test_speaker_questions.py``)."""
    side = Side(concept.label, concept.query, named_docs(concept.label, sources))
    named = [s for s in sources if not s.publication and s.written and people_named(concept.label, s)]
    if len(named) == 1 and len(people := people_named(concept.label, named[0])) == 1:
        side.person, side.speaker = True, people[0]
    return side


TRAILING_CUE = re.compile(r"\s+(?:volgens|according\s+to)\s+(?P<named>[^?]+?)\W*$", re.I)
"""A source named at the end of a comparison of two things ("Verschilt een keten van een netwerk volgens Be Informed?")."""


def concept_sides_of(concepts: list[Side], sources: list[NamedSource]) -> list[Side]:
    """The concept sides (``concept_side``); a source named at the question's end (``TRAILING_CUE``) while the first
    side names none is the whole question's: both sides are filtered to it and its cue leaves the last label. "Verschilt
    een keten van een netwerk volgens Be Informed?" gave the chain's side from the dossier, under **Netwerk volgens Be
    Informed** for the other (new informal comparisons, forty-sixth session; ``tests/test_comparison_rules.py``)."""
    found = TRAILING_CUE.search(concepts[-1].label) if len(concepts) == 2 and len(sources) == 1 else None
    if found is None or named_docs(concepts[0].label, sources) or not named_docs(found["named"], sources):
        sides = [concept_side(c, sources) for c in concepts]
        if len(sources) == 1 and sources[0].speaks and not any(s.doc_ids for s in sides):
            # the source asked to speak outside both sides ("Wat is volgens het dossier het verschil tussen een
            # keten en een netwerk?") is the whole question's too
            return [
                Side(s.label, s.query, list(sources[0].doc_ids), person=s.person, speaker=s.speaker)
                for s in sides
            ]
        return sides
    last = Side(concepts[-1].label[: found.start()].strip(), TRAILING_CUE.sub("", concepts[-1].query).strip())
    docs = list(sources[0].doc_ids)
    return [Side(c.label, c.query, docs) for c in (concepts[0], last)]


def people_named(text: str, source: NamedSource) -> list[str]:
    """The names of one source the question writes, as written and in its order ('Groothedde',
    'Froger'): names its text uses, not its metadata (a publication is no person)."""
    found = []
    for word in source.matched_words:
        hit = re.search(rf"\b{re.escape(word)}\b", text, re.I)
        if hit and hit.group(0)[:1].isupper():
            found.append((hit.start(), hit.group(0)))
    return [w for _, w in sorted(found)]


def joined_people(text: str, people: list[str]) -> bool:
    """Two people of one source named together ("Froger en Groothedde"): the question asks both
    their views, side by side. Read as open, "Hoe kijken Froger en Groothedde aan tegen
    vertrouwen?" gave only Groothedde's words (new informal comparisons, fourteenth session;
    ``tests/test_speaker_questions.py``)."""
    a, b = (re.escape(p) for p in people[:2])
    return bool(re.search(rf"\b{a}\s*(?:,|en|of|and|or|&)\s*{b}\b", text, re.I))


def source_sides(sources: list[NamedSource], concepts: list[Side], focus: str, most: int = 2) -> list[Side]:
    """One side per named source (``most`` of them); its query is the concept next to that source's
    name when known."""
    sides = []
    for i, source in enumerate(sources[:most]):
        query = focus
        if len(concepts) == 2:
            # the concept phrase that mentions this source's name, else the one in the same position
            named = [c for c in concepts if any(w in content_words(c.query) for w in source.matched_words)]
            query = focus_of((named[0] if named else concepts[i]).query, sources) or focus
        if (
            not source.publication
            and source.written
            and source.written.lower() not in source.label.lower()
            and fold(source.written) not in DOCUMENT_NOUNS  # 'het dossier' is no person
        ):
            # a person a source's text names ("Wat zeggen Groothedde en Ketens de baas over
            # vertrouwen?"): that person's words, under that name (sixteenth session); a view asked ("de blik van
            # Groothedde") is what the person says as a whole, searched by the name as with no subject: 'blik' found
            # nothing of his (fifty-second session, ``tests/test_comparison_rules.py``)
            if about_the_sources_only(query or focus):
                query = source.written
            sides.append(Side(source.written, query or focus, list(source.doc_ids), person=True))
            continue
        sides.append(Side(label=source.label, query=query or focus, doc_ids=list(source.doc_ids)))
    return sides
