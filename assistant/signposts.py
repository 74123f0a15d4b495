"""Signposts: sentences that say where or that something is written instead of saying it.

A numbered paragraph or page, the publication itself (formats, editions, whose initiative), the
narration of who spoke, a table of contents. The extractive scorer never leads with one
(``generators/scoring.py``), and retrieval ranks a passage made mostly of them below passages
about the subject for questions on what to do, why or what follows (``retriever.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ketenwijzer.text import sentences

LOCATOR = re.compile(
    r"\([^)]*\b(?:paragraaf|hoofdstuk|pagina|bijlage|sectie|section|chapter|page)\s+\d[^)]*\)"
    r"|\bpagina'?s?\s+\d|\b(?:inhoudsopgave|wikiversie|boekversie|versie\s+\d[\d.]*)\b|\b(?:hoofdstuk\w*|paragra\w+|onderdeel|onderdelen|tabel|bijlage|inhoudsopgave|chapter|table)\b"
    r"[^.;:]{0,120}\b(?:behandel\w*|beschrijf\w*|beschrijft|bevat|bekijkt|gaat in op|op een rij|komt aan bod|"
    r"uitgewerkt|covers|describes)\b"
    r"|\b(?:behandel\w*|beschrijf\w*|beschrijft|uitgewerkt|op een rij)\b[^.;:]{0,60}\bin (?:de|het) "
    r"(?:hoofdstuk\w*|paragra\w+|onderde\w+|tabel)\b"
    # "De ketenkaart wordt in de inleiding van het hoofdstuk als bouwsteen genoemd" led "Ik ben net begonnen als
    # ketenregisseur, waar begin ik?" (new informal questions, thirty-sixth session)
    r"|\bin de inleiding van\b[^.;:]{0,60}\b(?:genoemd|noemt|vermeld\w*)\b",
    re.I,
)
"""A sentence that says where something is written instead of saying it: a numbered paragraph,
chapter or page in brackets ("(paragraaf 3.4 van versie 1.0, pagina 23)"; "volgens paragraaf 1.5"
is an attribution and does not count), an edition ("ook in de latere wikiversie", "in de
inhoudsopgave van versie 1.0"), or a part of a document as the
one that treats it ("Het onderdeel 'Implementatie' behandelt …", "… zet ze op een rij in de tabel")."""
TITLED = re.compile(
    r"\b(?:dissertatie|proefschrift|boek|titel|figuur|rapport|katern|bundel|dissertation|book|title|figure)"
    r"\s+['‘\"“](?P<title>[^'’\"”.!?]{3,90})['’\"”]",
    re.I,
)
"""A work named by its title ("promoveert … op de dissertatie 'Managementrichtlijnen in netwerken van
overheidsorganisaties'"): the title says what the work is called, not what the sentence says. Its
words do not match a question ("estafette vs netwerk" quoted the dissertation, and the two scene
sentences before it; new informal questions, eighteenth session; ``tests/test_lead_rules.py``)."""


def without_titles(text: str) -> str:
    """``text`` without the titles of the works it names (``TITLED``)."""
    return TITLED.sub(lambda m: m.group(0)[: m.start("title") - m.start(0)], text)


MAKE_UP = re.compile(
    r"\b(opgebouwd|opbouw|hoofdstuk\w*|paragra\w+|inhoudsopgave|pagina\w*|versie\w*|structured|chapters?)\b",
    re.I,
)
"""A question about a document's make-up, where locating sentences are the answer."""


PUBLICATION = re.compile(
    r"\b(?:pdf|epub|isbn|e-book|ebook)\b|(?<!volgens de )\b(?:nieuwe|eerste|tweede|derde|latere) druk\b"
    r"|\b(?:engelse|nederlandse|duitse) vertaling\b|\bonder de titel\b|\bgepubliceerd in\b"
    r"|\bis een initiatief van\b"
    r"|\b(?:wil|willen|is bedoeld om|zijn bedoeld om)\b[^.;:]{0,50}\bhandvatten\s+(?:te\s+)?(?:geven|bieden)\b"
    r"|\breikt\b[^.;:]{0,80}\baan\b"
    r"|\b(?:raadpleeg|zie|lees)\b[^.;:]{0,80}\bvoor meer\b|\bvoor meer informatie\b"
    r"|\bis een (?:aanvulling|uitbreiding) op\b",
    re.I,
)
"""A sentence about a document as a publication (its formats, editions, translations, where it was
published, whose initiative it was, what it means to offer its readers: "… wil bestuurders
handvatten geven", "Het dossier reikt daarvoor … aan", "Raadpleeg de NORA-online voor meer
informatie …", "Het NORA-dossier … is een aanvulling op NORA"), not about its subject: "De nieuwe druk is als PDF en als ePub beschikbaar" led "Waar moet ik op letten als
ik een nieuwe keten ga opzetten?" ('opzetten' matched the heading "Doel en opzet"; new informal
questions read as a reader would, fourth session; ``tests/test_lead_rules.py``)."""
NARRATION = re.compile(
    r"\b(?:vertelde|sprak|vertelt|spreekt)\s+(?:hij|zij|ze)?\s*over\b"
    r"|\bwas het woord aan\b|\bwelkomstwoord\b|\bdagvoorzitter\b"
    r"|\b(?:hield|houdt)\s+(?:\S+\s+){0,3}?(?:een|zijn|haar)\s+(?:verhaal|presentatie|lezing|toespraak|inleiding)\b",
    re.I,
)
"""A sentence that tells that someone spoke, not what was said ("… vertelde hij over zijn
ervaring met ketensamenwerking", "Na een welkomstwoord van … was het woord aan …"): in an
answer on trust it stood between two claims (new informal questions, fourth session); "Na
Groothedde hield John Froger een verhaal" opened Froger's side (thirteenth session)."""

WHO_SPOKE = re.compile(
    r"^\W*(?:en\s+)?(?:wie|who)\s+(?:\w+\s+){0,2}?(?:hield|hielden|houdt|sprak|spraken|spreekt|opende|sloot|"
    r"was\s+(?:er\s+)?aan\s+het\s+woord|gave|spoke|speaks|opened)\b",
    re.I,
)
"""A question that asks who spoke: the sentence that tells who spoke is its answer, no signpost ("Wie hield er een
verhaal na Groothedde?" led with "De teneur van Grootheddes verhaal …" over "Na Groothedde hield John Froger een
verhaal"; forty-seventh session, ``tests/test_speaker_questions.py``)."""


def narrates_asked(question: str, text: str) -> bool:
    """``text`` tells who spoke (``NARRATION``) and the question asks just that (``WHO_SPOKE``)."""
    return bool(WHO_SPOKE.search(question)) and bool(NARRATION.search(text))


def locates(text: str) -> bool:
    """The unit points to where or that something is said instead of saying it: a numbered
    paragraph, chapter or page, the publication itself, or the narration of who spoke."""
    return bool(LOCATOR.search(text) or PUBLICATION.search(text) or NARRATION.search(text))


SECTION_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)+\.?\s")
"""An item that opens with a section number ("3.4 De ketenregisseur"): a table of contents."""


def lists_contents(items: Sequence[str]) -> bool:
    """Most items of a list are numbered sections: it says where things are, not what they are.

    "Versie 1.0 behandelt in hoofdstuk 3 de volgende bouwstenen: 3.1 Het ketenbestuur; …" led
    the answers to "Moet ik een ketenbureau oprichten?" and "Hoe ziet de jaarplanning van een
    ketenbureau eruit?" (new informal questions read as a reader would, third session; no eval
    question changes: ``tests/test_lead_rules.py`` holds the case). Such a list is a signpost
    unless the question asks how a document is built.
    """
    return len(items) >= 2 and sum(bool(SECTION_NUMBER.match(i)) for i in items) * 2 > len(items)


DOCUMENT_NOUNS = r"dossier|katern|artikel|rapport|onderzoek|verslag|document|stuk"
"""The Dutch nouns a question names a document by ("het dossier", "het NORA-dossier")."""
PURPOSE_OF = re.compile(
    r"\b(?:doel|doelen|bedoeling|opzet|purpose|aim)\s+(?:van|of)\s+(?:het|de|dit|dat|deze|the|this)\s+(?:[\w]+-)?"
    r"(?:" + DOCUMENT_NOUNS + r"|report|article|study)\b"
    r"|\b(?:doel|bedoeling|purpose|aim)\s+(?:van|of)\s+(?-i:[A-Z])[\w-]+(?:\s+(?:de\s+)?[\w-]+){0,2}\s*\?*\s*$"
    r"|\bwaarom\s+(?:bestaat|bestaan)\s+(?:het|de|dit|deze)\s+(?:[\w]+-)?"
    r"(?:" + DOCUMENT_NOUNS + r")\b"
    r"|\bwaarom\s+(?:is|zijn|werd|werden)\b[^?]{2,40}?\b(?:geschreven|gemaakt|opgesteld|uitgebracht|gepubliceerd)\b"
    r"|\b(?:waarvoor|voor\s+wie)\s+is\s+(?:het|de|dit|dat|deze)\s+(?:dossier|katern|artikel|rapport|onderzoek|"
    r"verslag|document|stuk)\b[^?]*\b(?:bedoeld|geschreven)\b",
    re.I,
)
"""A document's purpose asked ("Wat is het doel van het dossier?"): what it means to offer its readers is the
answer, not a signpost ("Ketens de baas wil bestuurders en managers handvatten geven …" was left out, and "Het
dossier reikt daarvoor …" led, pointing back to it; new informal questions, thirty-sixth session). So is the purpose of
a document named by a compound or by its name, or why it exists or was written ("Wat is het doel van het NORA-dossier?"
and "Waarom bestaat het NORA-dossier?" led with the dossier's "te hoge doelstelling"; fifty-fourth session)."""


def asks_make_up(question: str) -> bool:
    """The question asks how a document is built (its chapters, paragraphs, versions) or what it is for."""
    return bool(MAKE_UP.search(question) or PURPOSE_OF.search(question))


SIGNPOST_SHARE = 0.5
"""A passage with at least this share of signposts among its sentences is about the publication."""


def signpost_share(text: str) -> float:
    """The share of the text's sentences that are signposts (``locates``)."""
    found = sentences(text)
    return sum(locates(x) for x in found) / len(found) if found else 0.0
