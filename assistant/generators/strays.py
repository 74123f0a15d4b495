"""Strays: the passages of a running answer that never name what is asked.

"Welke fasen doorloopt een keten?" led with the three ontwikkelstadia, then went on with three
sentences of another passage whose only word of the question was 'keten' ("Een keten heeft geen
baas …", the four besturingsdimensies): they scored on retrieval rank and novelty, and a reader
reads them as the answer going astray (new informal questions, thirty-fourth session). When the
lead's passage names a telling word of the question that the corpus uses (``extractive.TELLING_IDF``: a
word in one passage in twenty or fewer), another passage joins the answer only when one of its chosen
sentences, or its title or headings, names a telling word too, or says half as large a share of the
question's words (``OWN_SHARE``: "Bestaat er een standaardaanpak die altijd werkt …?" keeps GBO's "geen
kant-en-klaar recept … voor succesvolle ketensamenwerking" beside the dossier's lead, tuning a49). The
lead's passage and the passage after it in its document read on as before ("Waarom mislukken ketens
vaak?" goes on from Be Informed's quote to its next passage, on 'relaties' and 'cultuur'); the one
before it does not ("Wat voor gezamenlijke voorziening …?" went back to the article's opening lines).
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.generators.units import Unit, mentions

OWN_SHARE = 0.5
"""A passage without a telling word stays when a chosen sentence of it has at least this share of the
best ``Signals.own`` in the lead's passage (tuning half: n54 keeps the dossier's eight pillars at 0.53)."""


def reads_on(unit: Unit, lead: Unit) -> bool:
    """The unit is of the lead's passage or of the passage right after it in its document."""
    return (
        unit.passage == lead.passage
        or unit.section[0] == lead.section[0]
        and unit.position == lead.position + 1
    )


FAMILY = 6
"""Letters two stems share at their start to be one word family ('rapporter', 'rapportag'; 'succesvol',
'succesfactor'): "Waarom is het zo lastig om eerlijk te rapporteren …?" keeps the dossier's "Transparante
rapportage …" (tuning p28)."""


def _family(stems: frozenset[str], term: str) -> bool:
    """A stem of ``stems`` starts with the first ``FAMILY`` letters of ``term``."""
    return len(term) >= FAMILY and any(s.startswith(term[:FAMILY]) for s in stems)


def names_subject(unit: Unit, telling: Sequence[str]) -> bool:
    """The unit, or its passage's title or headings, names one of the ``telling`` stems or its family."""
    return any(
        mentions(unit.stems, t) or mentions(unit.context, t) or _family(unit.stems | unit.context, t)
        for t in telling
    )


def without_strays(chosen: list[Unit], lead: Unit, telling: Sequence[str]) -> list[Unit]:
    """``chosen`` without the units of passages (not those the lead ``reads_on`` to) that never name the subject;
    unchanged when there is no telling word or the lead's passage names none itself."""
    # the lead's passage as chosen: a lead that opens where its sentences pointing back start ("Morgens vond
    # ook vormen …", then "… ontaardde dan in … overlegclubs") is read with them
    anchor = [u for u in chosen if u.passage == lead.passage] or [lead]
    if not telling or not any(names_subject(u, telling) for u in anchor):
        return chosen
    floor = OWN_SHARE * max(u.signals.own if u.signals is not None else 0.0 for u in anchor)
    on_subject = {
        u.passage
        for u in chosen
        if reads_on(u, lead) or names_subject(u, telling) or u.signals is not None and u.signals.own >= floor
    }
    return [u for u in chosen if u.passage in on_subject]
