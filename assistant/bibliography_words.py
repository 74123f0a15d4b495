"""The words of questions about a source itself, kept as data: a date, an author, a publisher, a place asked.

``bibliography.source_question`` reads a question as one about a source's publication when every word besides
the source's name is one of these (``ALLOWED``). Split from ``bibliography.py`` (fortieth session) when it passed
400 lines. Dutch and English words, no corpus words.
"""

from __future__ import annotations


def _set(text: str) -> frozenset[str]:
    """The words of ``text``, a word list written as one string."""
    return frozenset(text.split())


def _list(text: str) -> list[str]:
    """The words of ``text`` in order."""
    return text.split()


DATE_WORDS = _set(
    "wanneer jaar jaartal datum publicatiedatum publicatiejaar oud recent actueel gedateerd dateert verouderd "
    "when year date dated old current outdated up-to-date up relevant"
)
"""Words asking when a source appeared ("Is the NORA dossier still up to date?" was declined; 'to' is
a stopword; twenty-seventh session)."""
AUTHOR_WORDS = _set(
    "auteur auteurs schrijver schrijvers geschreven schreef schreven opgesteld stelde gemaakt maakte "
    "makers author authors wrote written writer writers made"
)
"""Words asking who wrote a source ('wie' alone is no such word: "Wie is Ruiterman?")."""
WRITING = _set("geschreven schreef schreven opgesteld stelde gemaakt maakte wrote written made")
"""The author words that are a verb of writing: with 'wanneer' they ask when, not who."""
PUBLISHER_WORDS = _set(
    "uitgever uitgegeven uitgeverij uitgebracht gepubliceerd publiceerde afkomstig vandaan "
    "organiseerde organiseerden georganiseerd organisator organisatoren "
    "publisher published organised organized organiser organizer"
)
"""Words asking who published a source (with 'wie'/'who', or 'uitgever' on its own); of a source that is
an event's report the organiser is what its metadata names as publisher ("Wie organiseerde het
seminar?" led with an ICTU quote on 'organisatiegrenzen'; thirty-eighth session)."""
PLACE_WORDS = _set("link url webadres website vindplaats online downloaden download")
"""Words asking where a source can be read; 'vinden', 'lezen' count after 'waar'/'where'."""
PLACE_VERBS = _set("vinden vind vindt lezen lees bekijken find read see")
"""Not 'staat': "Waar staat dat?" asks for the passage that says it (``brackets.carried``)."""
WHERE_WORDS = frozenset(["waar", "where"])
WHO_WORDS = frozenset(
    ["wie", "who", "door", "by", "organisatie", "organisaties", "organisation", "organisations"]
)
"""Words asking who: 'welke organisaties' asks it as 'wie' does ("Welke organisaties organiseerden het seminar?" quoted
the dossier's ketenorganisatie; fiftieth session, ``tests/test_bibliography.py``)."""
EVENT_WORDS = _set("gehouden georganiseerd plaatsgevonden held organised organized")
"""Words asking when the event a source reports took place: its date, and a sentence of its own
giving the year ("Wanneer is het GBO-seminar gehouden?" answered with Morgens' "Houd het simpel";
twenty-third session; ``tests/test_bibliography.py``)."""
ALLOWED = (
    DATE_WORDS
    | AUTHOR_WORDS
    | PUBLISHER_WORDS
    | PLACE_WORDS
    | PLACE_VERBS
    | WHERE_WORDS
    | WHO_WORDS
    | _set(
        "is zijn was waren werd wordt het de een dat die dit deze van in op over eigenlijk precies "
        "ongeveer ook nog er naar nou en voor uit welk welke wat hoe heeft hebben had kan kun ik je jij still "
        "staat staan "
        "u we hij zij ze ooit voor het eerst oorspronkelijk originele origineel volledige hele "
        "dossier artikel stuk verslag rapport document bron tekst nieuwsbericht bericht pagina "
        "publicatie onderzoek seminarverslag interview verschenen verscheen uitgekomen kwam geplaatst "
        "gepost precies the a an of it this that did does do were are can i you to article report piece "
        "source text paper page appeared released come out first originally seminar how and"
    )
    | EVENT_WORDS
)
"""Every word a question about a source may hold besides the source's name."""
DOCUMENT_WORDS = _set(
    "dossier artikel stuk verslag rapport document bron tekst nieuwsbericht publicatie article report "
    "piece source text paper"
)
OF_A_SOURCE = (
    AUTHOR_WORDS
    | PUBLISHER_WORDS
    | PLACE_WORDS
    | DOCUMENT_WORDS
    | _set("verschenen verscheen uitgekomen geplaatst oud recent actueel old recent current appeared")
)
"""A follow-up without a source's name asks of the previous turn's source only with one of these:
"Wanneer was dat?" asks when something the answer told happened, "Wanneer is dat artikel
verschenen?" when the source appeared."""
PUBLISHING = _set(
    "geplaatst verschenen gepubliceerd gepresenteerd uitgebracht uitgegeven verscheen published"
)
"""Words that, with the year, make a passage's sentence state when the source appeared."""
MONTHS = {
    "nl": _list("januari februari maart april mei juni juli augustus september oktober november december"),
    "en": _list("January February March April May June July August September October November December"),
}
