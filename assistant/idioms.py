"""Nouns that Dutch also uses inside a fixed verb phrase, where they name nothing: kept as data.

'vorm' in "De ketenmanager geeft het ketenmanagement vorm …" is no form, 'zorg' in "Zorg voor een
mindset …" no care, 'rekening' in "rekening houden met" no bill, 'grond' in "van de grond komen" no
ground. A question that asks about the noun ("Wanneer is een keten de juiste vorm?", "een
praktijkvoorbeeld … in de zorg") is not answered by a sentence that has the word only in such a
phrase: the scorer does not count it there (``generators/extractive.py``). A question that uses the
phrase itself ("Hoe geef je vorm aan de keten?") counts it as before. This is Dutch, not the corpus:
each entry names the question that showed it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ketenwijzer.text import stems

IDIOMS: dict[str, re.Pattern[str]] = {
    # "Wanneer is een keten de juiste vorm?" quoted "De ketenmanager geeft het ketenmanagement vorm …"
    # and ICTU's "… hoe ze de besturing van de keten verder vorm gaan geven" (thirty-fifth session)
    "vorm": re.compile(
        r"\b(?:geef|geeft|geven|gaf|gaven|gegeven)\b(?:\s+[\w'’-]+){0,4}?\s+vorm\b"
        r"|\bvorm\s+(?:[\w'’-]+\s+){0,2}?(?:te\s+)?(?:geven|geeft|gegeven)\b",
        re.I,
    ),
    # "Heb je een praktijkvoorbeeld van ketensamenwerking in de zorg?" listed the sturingselementen,
    # "Zorg voor een mindset …" (thirty-fifth session); "de zorg voor ouderen" is care
    "zorg": re.compile(r"(?<!\bde )(?<!\bhet )\bzorg(?:en)?\s+(?:nou\s+|ervoor\s+)?(?:voor|dat)\b", re.I),
    # "rekening houden met drie sterke weerstanden" takes into account; it bills nothing
    "rekening": re.compile(
        r"\brekening\s+(?:[\w'’-]+\s+){0,2}?(?:houden|houdt|hield|hielden|gehouden)\b", re.I
    ),
    # "van de grond komen" gets going, "op grond van" is because of
    "grond": re.compile(r"\bvan\s+de\s+grond\b|\bop\s+grond\s+van\b", re.I),
}
"""A noun and the verb phrases it stands in without naming anything."""


NOUN_BEFORE = r"\b(?:de|het|een|die|deze|welke|elke|geen|(?!hoe\b|wie\b)\w{3,}e)\s+"
"""What makes the question's word a noun: an article or an inflected adjective before it ("de zorg", "de
juiste vorm"); "Hoe zorg je voor vertrouwen?" uses the verb."""


def asked_as_noun(question: str) -> list[str]:
    """The idiom nouns (``IDIOMS``) the question uses as nouns, outside their verb phrase."""
    return [
        word
        for word, phrase in IDIOMS.items()
        if re.search(rf"{NOUN_BEFORE}{word}\b", question, re.I) and not phrase.search(question)
    ]


@dataclass(frozen=True)
class Sense:
    """A word of two senses: the question asks ``asked``; a sentence that has the word only as ``other`` does not
    say it; ``also`` are the words of the asked sense that count as it (the glossary's way, for this sense only)."""

    asked: re.Pattern[str]
    other: re.Pattern[str]
    also: str = ""
    forms: str = ""
    """The word's other forms, which the stemmer does not bring to its stem ('kwam' of 'komen')."""


SENSES: dict[str, Sense] = {
    # "Is ketensamenwerking duur?" asks a cost and led with "de beoogde duur van de samenwerking", a duration;
    # "een dure kostenpost" is the sense asked (thirty-sixth session)
    "duur": Sense(
        re.compile(
            r"\b(?:is|zijn|was|waren|wordt|worden|blijkt|erg|te|zo|heel|best|niet)\s+duur\b|\bduur\W*$", re.I
        ),
        re.compile(
            r"\b(?:de|een|beoogde|zijn|haar|hun|welke|lange|korte)\s+duur\b|\b(?:duren|duurde|duurden|geduurd)\b",
            re.I,
        ),
        also="dure kosten kostbaar",
    ),
    # "wie moet de keten leiden" led with "… kunnen die op ketenniveau tot irrationele uitkomsten leiden", a
    # result; leading a chain is 'leiding' (forty-fourth session). A question of results ("Waartoe leidt dat?",
    # "Waar leidt dat toe?") asks the other sense.
    "leiden": Sense(
        re.compile(r"^(?!.*\b(?:toe|waartoe|tot)\b).*\b(?:leiden|leidt|leidde|leidden)\b", re.I),
        re.compile(
            r"\b(?:leiden|leidt|leidde|leidden|geleid)\b(?:\s+[\w'’-]+){0,6}?\s+(?:tot|toe)\b"
            r"|\btot\b(?:\s+[\w'’-]+){0,6}?\s+(?:leiden|leidt|leidde|leidden|geleid)\b",
            re.I,
        ),
        also="leiding leider",
    ),
    # "Is dat goed of slecht?" after Morgens on political pressure gave the dossier's side as "Volgens de nieuwe druk
    # sloot de uitgave van 2013 af met …": an edition is no pressure (forty-sixth session)
    "druk": Sense(
        re.compile(
            r"^(?!.*\b(?:nieuwe|eerste|tweede|derde|vierde|herziene|vorige|latere)\s+druk\b).*\bdruk\b", re.I
        ),
        re.compile(r"\b(?:nieuwe|eerste|tweede|derde|vierde|herziene|vorige|latere)\s+druk\b", re.I),
    ),
    # "Hoe is Ketens de baas tot stand gekomen?" followed its lead with "… hoe ketenpartners samen tot besluiten
    # komen" and "… kwesties mogen wel op tafel komen": 'komen' in another phrase tells no origin (forty-sixth session)
    "komen": Sense(
        re.compile(
            r"\btot\s+stand\s+(?:komen|komt|kwam|kwamen|gekomen)\b"
            r"|\b(?:komen|komt|kwam|kwamen)\b(?:\s+[\w'’-]+){0,4}?\s+tot\s+stand\b",
            re.I,
        ),
        re.compile(
            r"(?<!tot stand )\b(?:komen|komt|kwam|kwamen|gekomen)\b(?!(?:\s+[\w'’-]+){0,4}?\s+tot\s+stand\b)",
            re.I,
        ),
        forms="komt kwam kwamen",
    ),
    # "Welke soorten samenwerking zijn er?" led with "Hij benadrukte dat het voor dit soort samenwerking nodig is …":
    # 'dit soort' points back to a thing, it names no kinds (forty-seventh session)
    "soort": Sense(
        re.compile(r"\bsoorten\b|\b(?:welke?|wat\s+voor)\s+soort\b", re.I),
        re.compile(r"\b(?:dit|dat|die|zo'n|zo’n|zulk|zulke|elk|ieder)\s+soort\b", re.I),
    ),
    # "Waarom vormen organisaties ketens?" asks the verb and led with "Naast ketens bestaan er veel andere vormen van
    # samenwerking tussen organisaties", the noun (forty-eighth session)
    "vormen": Sense(
        re.compile(r"^\W*(?:waarom|hoe|wanneer|waar|wie)\s+vormen\b|\bte\s+vormen\b|\bvormen\W*$", re.I),
        re.compile(
            r"\b(?:de|andere|veel|alle|deze|die|welke|verschillende|twee|drie|vier|vijf|nieuwe|zware|lichte)\s+vormen\b"
            r"|\bvormen\s+van\b",
            re.I,
        ),
        also="vorming",
    ),
}
"""The words of two senses, as Dutch has them."""


def sense_words(question: str) -> list[str]:
    """The ``also`` words of each word of ``SENSES`` the question asks in its first sense (searched too)."""
    return [sense.also for sense in SENSES.values() if sense.also and sense.asked.search(question)]


def sense_alternatives(question: str) -> dict[str, set[str]]:
    """For each word of ``SENSES`` the question asks in its first sense: its stem → the stems of ``also``."""
    return {
        stems(w)[0]: set(stems(sense.also))
        for w, sense in SENSES.items()
        if sense.asked.search(question) and sense.also
    }


def asked_senses(question: str) -> list[str]:
    """The words the question asks in one sense that a sentence may hold only otherwise: the idiom nouns asked
    as nouns (``asked_as_noun``) and the words of ``SENSES`` asked in their first sense."""
    return asked_as_noun(question) + [w for w, sense in SENSES.items() if sense.asked.search(question)]


def only_in_phrase(word: str, text: str) -> bool:
    """``text`` has ``word`` (or a word of its stem: 'duren' of 'duur') and has it only inside its verb phrase
    (``IDIOMS``) or its other sense (``SENSES``)."""
    stem = set(_word_stems(word))
    found = _stemmed_as(stem, text)
    other = SENSES[word].other if word in SENSES else IDIOMS[word]
    return found > 0 and found == sum(_stemmed_as(stem, m.group(0)) for m in other.finditer(text))


def _stemmed_as(stem: set[str], text: str) -> int:
    """How many words of ``text`` stem as ``stem``."""
    return sum(1 for w in re.findall(r"[\w'’-]+", text) if stem & set(stems(w)))


def phrase_stems(question: str, text: str) -> frozenset[str]:
    """The stems of the nouns the question asks (``asked_as_noun``) that ``text`` has only in a verb
    phrase: not counted as said there."""
    return held_in_phrases(asked_as_noun(question), text)


def held_in_phrases(nouns: list[str], text: str) -> frozenset[str]:
    """``phrase_stems`` for nouns already read from the question (the scorer reads them once per question)."""
    return frozenset(s for word in nouns if only_in_phrase(word, text) for s in _word_stems(word))


def _word_stems(word: str) -> list[str]:
    """The stems of ``word`` and of its other forms (``Sense.forms``)."""
    return stems(f"{word} {SENSES[word].forms}" if word in SENSES else word)
