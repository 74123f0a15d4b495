"""Questions about a source itself: when it appeared, who wrote it, who published it, where it is.

"Wanneer is Ketens de baas gepubliceerd?", "Van wanneer is het GBO-verslag?" and "Hoe oud is het
ICTU-artikel?" were declined or answered with unrelated quotes, and "Door wie is Ketens de baas
opgesteld?" with a sentence about dominant partners (new informal questions, twentieth and
twenty-second sessions): the answer is in each document's metadata (its front matter), which no
passage quotes. Such a question is answered from that metadata, saying so in so many words, and
any passage that also states the fact (the authors' names; the year with a word of publishing, in
the source's own text or beside its name) follows as a cited quote.

A question is about a source only when it names exactly one source by its publication (title,
publisher, author or "het dossier") and every other word is a word of such questions
(``ALLOWED``): "Wanneer is Morgens tevreden?" keeps its subject and is an ordinary question.
Nothing here names a corpus: the facts come from the documents' own metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.bibliography_words import (
    ALLOWED,
    AUTHOR_WORDS,
    DATE_WORDS,
    EVENT_WORDS,
    MONTHS,
    OF_A_SOURCE,
    PLACE_VERBS,
    PLACE_WORDS,
    PUBLISHER_WORDS,
    PUBLISHING,
    WHERE_WORDS,
    WHO_WORDS,
    WRITING,
)
from assistant.generators.base import Draft, DraftSentence
from assistant.named_source import NamedSource, without_written
from assistant.persons import HE
from assistant.repetition import near_duplicate
from assistant.sources import SourceDirectory
from ketenwijzer.models import Passage
from ketenwijzer.text import fold, sentences, words

_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
MAX_QUOTES = 2
"""Cited passages that also state the fact, at most."""


@dataclass(frozen=True)
class SourceQuestion:
    """A question about one source's publication: which fact, and which source."""

    facts: tuple[str, ...]
    """Of 'date', 'authors', 'publisher' and 'place', in that order ("Uit welk jaar is het en wie
    schreef het?" asks two)."""
    source: NamedSource | None
    """None for a source described by its subject ("het artikel over …"): the source of the best
    passage found for the question (``described``)."""
    event: bool = False
    """The date of an event the source reports is asked (``EVENT_WORDS``)."""
    every: bool = False
    """Asked of every source at once ("Hoe oud zijn de bronnen?", ``holdings.every_source_question``)."""


@dataclass
class SourceFacts:
    """What a source's documents' metadata say about its publication."""

    name: str
    """The title and the source's label, or the label alone for a source of several documents."""
    short: str
    """The source's label: its name again in a second line."""
    dates: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    publisher: str = ""
    urls: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, directory: SourceDirectory, source: NamedSource) -> SourceFacts:
        """The facts of ``source`` from every one of its documents' metadata."""
        documents = directory.metadata(source.key)
        title = documents[0][1] if len(documents) == 1 else ""
        facts = cls(f"‘{title}’ ({source.label})" if title else source.label, source.label)
        for _, _, meta in documents:
            date = str(meta.get("date") or "")
            if _ISO.match(date) and date not in facts.dates:
                facts.dates.append(date)
            authors = meta.get("authors") or meta.get("author") or []
            for author in [authors] if isinstance(authors, str) else list(authors or []):  # type: ignore[call-overload]
                if str(author) not in facts.authors:
                    facts.authors.append(str(author))
            facts.publisher = facts.publisher or str(meta.get("publisher") or "")
            if meta.get("url") and str(meta["url"]) not in facts.urls:
                facts.urls.append(str(meta["url"]))
        facts.dates.sort()
        return facts

    @property
    def surnames(self) -> list[str]:
        """Each author's last name, folded."""
        return [fold(a.split()[-1]) for a in self.authors if a.split()]


def source_question(
    question: str, directory: SourceDirectory | None, before: str = ""
) -> SourceQuestion | None:
    """The publication fact a question asks of the one source it names, or None. ``before`` is the
    previous turn's standalone question: "Wie heeft dat geschreven?" after "Wat zegt Be Informed
    over estafette?" asks it of Be Informed (new informal follow-ups, twenty-second session)."""
    if directory is None or FOR_WHOM.search(question):
        return None
    named = directory.named_in(question)
    said = set(words(question))
    # a bare fact word ("wanneer?", "waar kan ik het vinden?") continues a question about a source:
    # after "Wie heeft Ketens de baas geschreven?" it was asked of 'geschreven' (twenty-sixth session)
    # 'hij' is a person, no publication: "Wat heeft hij geschreven?" after "Wie is Cor Franke?" asked who
    # wrote the Be Informed article that names him (fortieth session, ``persons.with_person``)
    if not named and before and HE.search(question):
        return None
    called_here = directory.called_in(question) if not named else []
    # or called by its own word: "when was it published?" after "who wrote the dossier?" was declined (forty-ninth session)
    earlier = (directory.named_in(before) or directory.called_in(before)) if before else []
    # a source the question calls by its own word is asked, not the one before: "Wie heeft het dossier
    # geschreven?" after "Wat zegt ICTU?" was told ICTU's article names no author (forty-third session)
    other = len(called_here) == 1 and not any(e.key == called_here[0].key for e in earlier)
    if (
        not named
        and before
        and not other
        and said <= ALLOWED
        and (said & OF_A_SOURCE or _of_source(before, directory))
    ):
        facts = facts_asked(said)
        return SourceQuestion(facts, earlier[0]) if facts and len(earlier) == 1 else None
    if not named and (about := ABOUT.search(question)):
        rest = set(words(question[: about.start("subject")]))
        facts = facts_asked(rest) if rest <= ALLOWED else ()
        return SourceQuestion(facts, None) if facts else None
    labelled = {fold(name) for name in directory.names()}
    if not named and (called := directory.called_in(question)):
        # "Is het dossier nog actueel?": the source that calls itself 'dossier' (twenty-eighth session)
        named, labelled = called, labelled | {fold(called[0].written)}
    if len(named) != 1 or not (named[0].publication or fold(named[0].written) in labelled):
        return None
    # the name alone leaves: a writing verb before it is the fact asked ("Who wrote Ketens de baas?"), no saying
    rest = set(words(without_written(question, named[:1], saying=False))) - set(named[0].matched_words)
    if not rest or not rest <= ALLOWED:
        return None
    facts = facts_asked(rest)
    return SourceQuestion(facts, named[0], bool(rest & EVENT_WORDS)) if facts else None


def _of_source(before: str, directory: SourceDirectory) -> bool:
    """The previous question asked a publication fact of one named source."""
    previous = source_question(before, directory)
    return previous is not None and previous.source is not None


FOR_WHOM = re.compile(
    r"\bvoor\s+wie\b|\bfor\s+whom\b|\bwho\s+(?:is|was)\s+(?:it|this|that)\s+(?:written\s+)?for\b", re.I
)
"""Whom a source is for is its audience, said in its text: "Voor wie is Ketens de baas geschreven?" was
answered with the authors (new informal questions, thirty-ninth session; ``tests/test_bibliography.py``)."""


ABOUT = re.compile(
    r"\b(?:artikel|stuk|verslag|rapport|dossier|document|nieuwsbericht|bericht|article|report|piece)\s+"
    r"(?:over|about|on)\s+(?P<subject>[^?]{3,})",
    re.I,
)
"""A source described by its subject: "Wanneer verscheen het artikel over ketensamenwerking als
mensenwerk?" names no source, yet asks when one appeared (new informal questions, twenty-second
session). What comes after 'over' is the subject; the words before it must ask a fact."""


def described(asked: SourceQuestion, directory: SourceDirectory, passages: list[Passage]) -> SourceQuestion:
    """``asked`` with its source: the one named, or the source of the best passage found."""
    if asked.source is not None or not passages:
        return asked
    source = directory.source_of(passages[0].doc_id)
    return SourceQuestion(asked.facts, source, asked.event) if source is not None else asked


def facts_asked(rest: set[str]) -> tuple[str, ...]:
    """The facts a question's words ask for; none when it asks why ("Waarom is Ketens de baas geschreven?" asks its
    purpose, and was answered with its authors; fifty-fourth session)."""
    if rest & {"waarom", "why", "waarvoor"}:
        return ()
    asked = {
        "date": bool(rest & DATE_WORDS),
        "authors": bool(rest & AUTHOR_WORDS),
        "publisher": bool(rest & PUBLISHER_WORDS)
        and bool(rest & WHO_WORDS or rest & {"uitgever", "publisher"}),
        "place": bool(rest & PLACE_WORDS or (rest & WHERE_WORDS and rest & PLACE_VERBS)),
    }
    if asked["date"] and rest & {"wanneer", "when"} and not rest & (AUTHOR_WORDS - WRITING):
        # "Wanneer zijn de bronnen geschreven?" asks when, not by whom (thirty-ninth session)
        asked["authors"] = False
    if asked["publisher"] and not rest & {"geschreven", "schreef", "auteur", "auteurs", "author", "wrote"}:
        asked["authors"] = False  # "Door wie is het gepubliceerd?": the publisher, not the writers
    return tuple(fact for fact, yes in asked.items() if yes)


def date_text(value: str, language: str) -> str:
    """An ISO date as words ("15 juli 2013"); a value that is no ISO date as it is."""
    match = _ISO.match(value)
    if not match:
        return value
    year, month, day = match.groups()
    months = MONTHS.get(language, MONTHS["nl"])
    if month and day:
        return f"{int(day)} {months[int(month) - 1]} {year}"
    return f"{months[int(month) - 1]} {year}" if month else year


def joined(items: list[str], language: str) -> str:
    """Items as a phrase: "a, b en c"."""
    last = " and " if language == "en" else " en "
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + last + items[-1]


TEXTS = {
    "nl": {
        "date": "{name} is gedateerd op {value}.",
        "dates": "De documenten van {name} zijn gedateerd tussen {first} en {last}.",
        "authors": "{name} is geschreven door {value}.",
        "publisher": "Als uitgever van {name} noemen de gegevens: {value}.",
        "place": "{name} staat online op {value}.",
        "no_date": "Bij {name} staat geen datum: de gegevens bij de bron noemen die niet.",
        "no_authors": "Bij {name} staat geen auteur: de gegevens bij de bron noemen er geen.",
        "no_publisher": "Bij {name} staat geen uitgever: de gegevens bij de bron noemen er geen.",
        "no_place": "Bij {name} staat geen webadres: de gegevens bij de bron noemen er geen.",
        "origin": "Dit komt uit de gegevens bij de bron in het corpus (de metadata), niet uit een passage.",
        "quoted": "De bronnen zeggen er zelf over:",
    },
    "en": {
        "date": "{name} is dated {value}.",
        "dates": "The documents of {name} are dated between {first} and {last}.",
        "authors": "{name} was written by {value}.",
        "publisher": "The source's details name as its publisher: {value}.",
        "place": "{name} is online at {value}.",
        "no_date": "{name} carries no date: the source's details in the corpus do not give one.",
        "no_authors": "{name} names no author: the source's details in the corpus do not give one.",
        "no_publisher": "{name} names no publisher: the source's details in the corpus do not give one.",
        "no_place": "{name} has no web address: the source's details in the corpus do not give one.",
        "origin": "This comes from the source's details in the corpus (its metadata), not from a passage.",
        "quoted": "The sources themselves say (in Dutch):",
    },
}


def fact_lines(asked: SourceQuestion, facts: SourceFacts, language: str) -> list[str]:
    """One line per fact asked, from the metadata (the source's full name in the first)."""
    return [
        _fact_line(fact, facts, language, facts.name if i == 0 else facts.short)
        for i, fact in enumerate(asked.facts)
    ]


def _fact_line(fact: str, facts: SourceFacts, language: str, name: str) -> str:
    texts = TEXTS.get(language, TEXTS["nl"])
    if fact == "date" and len(facts.dates) > 1:
        first, last = date_text(facts.dates[0], language), date_text(facts.dates[-1], language)
        line = texts["dates"].format(name=name, first=first, last=last)
    elif fact == "date" and facts.dates:
        line = texts["date"].format(name=name, value=date_text(facts.dates[0], language))
    elif fact == "authors" and facts.authors:
        line = texts["authors"].format(name=name, value=joined(facts.authors, language))
    elif fact == "publisher" and facts.publisher:
        line = texts["publisher"].format(name=name, value=facts.publisher)
    elif fact == "place" and facts.urls:
        line = texts["place"].format(name=name, value=common_url(facts.urls))
    else:
        line = texts[f"no_{fact}"].format(name=name)
    return f"{line[:1].upper()}{line[1:]}"


def common_url(urls: list[str]) -> str:
    """One address for a source: its only one, or the deepest folder that more than half of its
    documents' addresses share (a dossier's sections are pages under one wiki page)."""
    if len(urls) == 1:
        return urls[0]
    covers: dict[str, int] = {}
    for url in urls:
        parts = url.split("/")
        for depth in range(4, len(parts)):  # 'https:', '', host, then at least one folder
            prefix = "/".join(parts[:depth])
            covers[prefix] = covers.get(prefix, 0) + 1
    shared = [p for p, n in covers.items() if n * 2 > len(urls)]
    return max(shared, key=len) if shared else urls[0]


def stating(asked: SourceQuestion, facts: SourceFacts, passages: list[Passage]) -> list[DraftSentence]:
    """Sentences of ``passages`` that state the fact asked: at least two of the authors' names, or
    the year with a word of publishing in the source's own text or beside its name; at most
    ``MAX_QUOTES``."""
    found: list[DraftSentence] = []
    seen: set[str] = set()
    years = {d[:4] for d in facts.dates}
    names = set(asked.source.matched_words) if asked.source else set()
    own_docs = set(asked.source.doc_ids) if asked.source else set()
    for i, passage in enumerate(passages):
        for sentence in sentences(passage.text):
            folded = set(words(sentence))
            if sentence.rstrip().endswith("?") or sentence in seen:
                continue
            authors = "authors" in asked.facts
            hit = authors and len(folded & set(facts.surnames)) >= min(2, len(facts.surnames)) > 0
            if "date" in asked.facts and not hit:
                own = passage.doc_id in own_docs or bool(folded & names)
                hit = bool(folded & years) and (asked.event or bool(folded & PUBLISHING)) and own
            if hit:
                seen.add(sentence)
                found.append(DraftSentence(sentence, i, sentence))
            if len(found) >= MAX_QUOTES:
                return found
    return found


def source_draft(asked: SourceQuestion, facts: SourceFacts, passages: list[Passage], language: str) -> Draft:
    """The answer to a question about a source: its metadata first, then passages stating it. A
    quote that says what a metadata line says replaces that line (the articles set's a03 gave the
    authors twice, once from the metadata and once quoted)."""
    texts = TEXTS.get(language, TEXTS["nl"])
    quotes: list[DraftSentence] = []
    for quote in stating(asked, facts, passages):
        if not any(near_duplicate(quote.text, kept.text) for kept in quotes):
            quotes.append(quote)
    lines = [
        line
        for line in fact_lines(asked, facts, language)
        # an English line is the frame of Dutch quotes, whatever words they share
        if language == "en" or not any(near_duplicate(line, quote.text) for quote in quotes)
    ]
    if not lines:
        return Draft(sentences=quotes)
    lead = " ".join([*lines, texts["origin"]])
    return Draft(sentences=quotes, lead_in=f"{lead}\n\n{texts['quoted']}" if quotes else lead)


def search_terms(asked: SourceQuestion, facts: SourceFacts) -> str:
    """Words to find the passages that state the fact: the authors' names, or the year and the
    source's name ('' when the metadata hold neither)."""
    terms = facts.surnames if "authors" in asked.facts else []
    if "date" in asked.facts and facts.dates:
        terms = [*terms, facts.dates[0][:4], *(asked.source.matched_words if asked.source else [])]
    return " ".join(terms)
