"""Superlative questions: which one is the most, and whether the answer ranks anything.

"Welke weerstanden zijn er?" → "welke is het ergst?" was declined for the word 'ergst', which no
source uses; "welke is de belangrijkste?" after the eight pillars got the pillars as if one of
them were named the most important (new informal follow-ups, twenty-fifth session). The sources
often list things without ranking them. When a question asks which one is the most or the least
and no chosen sentence grades anything, the answer says so before what the sources do say, as a
definition question says that no source defines its term.
"""

from __future__ import annotations

import re

from assistant.focus_words import VIEW_WORDS
from assistant.glossary import synonyms_of
from ketenwijzer.text import stems

ASKED = re.compile(
    r"\b(?:welke?|wat|wie)\b(?:\s+[\w-]+){0,3}?\s+(?:is|zijn|was|waren|weegt|telt|werkt|"
    r"vind(?:t|en)?\s+(?:je|jij|u|jullie|ze|zij|we|wij|[A-Z][\w-]+(?:\s+[\w-]+){0,2}?))"
    r"(?:\s+(?:nou|nu|dan|eigenlijk|volgens\s+\w+(?:\s+\w+){0,3}?))*"
    r"\s+(?P<phrase>(?:het|de)\s+(?:meest\s+\w+|minst\s+\w+|\w{2,}?st(?:e)?))\b"
    r"|\b(?:which|what|who)\b(?:\s+[\w-]+){0,3}?\s+(?:is|are|was|were)\s+"
    r"(?P<en>(?:the\s+)?(?:most\s+\w+|least\s+\w+|best|worst|\w{3,}est))\b"
    # what a source finds or considers most important ("Which success factor does Morgens find most important?"
    # quoted Morgens' eight success factors, not its most important one; forty-eighth session)
    r"|\b(?:which|what|who)\b(?:\s+[\w-]+){0,3}?\s+(?:do|does|did)\s+(?:[\w-]+\s+){1,3}?"
    r"(?:find|consider|think|see|rate|regard)\s+(?:as\s+|to\s+be\s+)?"
    r"(?P<en2>(?:the\s+)?(?:most\s+\w+|least\s+\w+|best|worst|\w{3,}est))\b"
    # "which one matters most?" (after the eight pillars it was declined; twenty-ninth session)
    r"|\b(?:which|what|who)\b(?:\s+[\w-]+){0,3}?\s+(?:matters?|counts?)\s+(?P<most>(?:the\s+)?most)\b"
    # "En de makkelijkste?" after "Welke is het moeilijkst?" (it led with "… overleven ketendoelen gemakkelijk";
    # thirty-sixth session), with the topic a follow-up carries in brackets
    r"|^\W*en\s+(?P<bare>(?:het|de)\s+(?:meest\s+\w+|minst\s+\w+|\w{2,}?st(?:e)?))\W*(?:\(|$)",
    re.I,
)
""""welke is het ergst?", "Welke pijler is de belangrijkste?", "Which one is the most important?"."""

NOT_GRADED = frozenset(
    [
        "eerste",
        "laatste",
        "achtste",
        "zevende",
        "zesde",
        "vijfde",
        "vierde",
        "derde",
        "tweede",
        "juiste",
        "vaste",
    ]
)
"""Ordinals and other words ending in -st(e) that grade nothing ("welke is de eerste?")."""
NOUN_ENDINGS = (
    "tekst",
    "dienst",
    "winst",
    "kunst",
    "angst",
    "lijst",
    "rest",
    "test",
    "gunst",
    "oogst",
    "vorst",
)
"""Nouns (and their compounds) that end as a superlative does: "Wat is de tekst?" ranks nothing."""

RANKING_WORDS = re.compile(
    r"\b(?:voornaamste|cruciaal|cruciale|essentieel|essentiële|bovenal|in de eerste plaats|boven alles|"
    r"doorslaggevend\w*|crucial|above all)\b",
    re.I,
)
"""Words that rank by weight: 'politieke druk is cruciaal', 'bovenal' rank what matters most."""
WEIGHED = ("belangrijk", "voornaam", "essentie", "cruciaal", "doorslaggevend", "important", "most")
"""The superlatives ``RANKING_WORDS`` grade (what matters most): 'cruciaal' ranks no difficulty, and
"welke daarvan zijn het moeilijkst?" after Morgens' success factors led with its 'belangrijkste' one
and no note (new informal follow-ups, thirtieth session; ``tests/test_superlatives_and_scope.py``)."""


BARE = re.compile(
    r"^\W*(?:en\s+)?(?:welke?|wat|wie|which)\s+(?:(?:daarvan|ervan|van\s+(?:die|deze)(?:\s+\w+)?|of\s+"
    r"(?:them|these|those)|one)\s+)?(?:is|zijn|was|waren|weegt|telt|are|was|matters?|counts?|"
    r"vind(?:t|en)?\s+(?:je|jij|u|jullie))\b"
    r"|^\W*en\s+(?:de|het)\s+\w{2,}?st(?:e)?\W*(?:\(|$)",
    re.I,
)
"""A superlative question that names nothing ranked ("welke is het ergst?", "en welke daarvan is de
belangrijkste?"): it ranks what the previous answer gave. So does the assistant's own view asked
("welke vind jij het belangrijkst?" after the eight pillars was answered with the GEMMA's processes;
twenty-seventh session)."""


def ranks_previous(question: str) -> bool:
    """``question`` asks which of the previous answer's things is the most, naming none itself."""
    return bool(BARE.match(question) and asked_rank(question))


def ranked_word(question: str) -> str:
    """The superlative of a ranking follow-up ('gevaarlijkst' of "welke is het gevaarlijkst?"), else ''."""
    return asked_rank(question).split()[-1].lower() if ranks_previous(question) else ""


def ranked_noun(question: str, phrase: str) -> list[str]:
    """The stems of the noun the question's superlative ranks ('voorwaarde' of "de belangrijkste voorwaarde") and of
    its glossary synonyms ('succesfactor'); empty when the superlative ranks no noun ("Wat is het belangrijkst?")."""
    last = re.escape(phrase.split()[-1])
    found = re.search(rf"\b{last}e?\s+([^\W\d_]{{4,}})", question, re.I)
    if found is None or not stems(found.group(1)) or found.group(1).lower() in VIEW_WORDS:
        return []  # 'het belangrijkste advies van Morgens' asks Morgens' message (``focus_words.VIEW_WORDS``)
    return stems(" ".join([found.group(1), *synonyms_of(found.group(1))]))


def _grades(phrase: str, text: str) -> bool:
    """``text`` ranks what ``phrase`` asks: the same superlative ('de belangrijkste succesfactor' for
    'het belangrijkst'), or a word that ranks by weight (``RANKING_WORDS``, for ``WEIGHED``). Another
    superlative does not: 'de belangrijkste conclusie' ranks no valkuilen for "de grootste valkuil"."""
    last = phrase.split()[-1].lower()
    if phrase.lower().startswith("the "):
        # an English question is answered from Dutch text: any Dutch superlative may rank it
        superlatives = re.findall(r"\b\w{4,}ste\b", text, re.I)
        if any(w.lower() not in NOT_GRADED for w in superlatives):
            return True
    if phrase.lower().split()[1:2] in (["meest"], ["minst"], ["most"], ["least"]):
        graded = rf"\b(?:{phrase.split()[1]}\s+{re.escape(last)}|{re.escape(last)}\w*st\w*)\b"
    else:
        stem = last.removesuffix("e")
        graded = rf"\b(?:aller)?{re.escape(stem)}e?\b"
    weighed = any(w in phrase.lower() for w in WEIGHED)
    return bool(
        re.search(graded, text, re.I) or (weighed and RANKING_WORDS.search(text)) or _scale(last, text)
    )


def _scale(superlative: str, text: str) -> bool:
    """``text`` orders things on the scale the superlative asks: "van lichte naar zware samenwerking"
    ranks the lightest and the heaviest ("welke is het lichtst?" was told the sources rank none;
    twenty-fifth session), as does a comparative ('lichter')."""
    base = stems(re.sub(r"ste?$", "", superlative))
    if not base or not re.search(r"\bvan\b[^.;:]{1,40}\bnaar\b|\b\w{3,}er\s+dan\b", text, re.I):
        return False
    # 'zwaar' and 'zware' stem apart ('zwaar', 'zwar'): compared without a doubled vowel
    key = re.sub(r"([aeiou])\1", r"\1", base[0])
    return any(re.sub(r"([aeiou])\1", r"\1", s).startswith(key) for s in stems(text))


NO_RANKING = {
    "nl": "(De bronnen zeggen niet welke ‘{phrase}’ is; wel zeggen ze het volgende.)",
    "en": "(The sources do not say which is ‘{phrase}’; this is what they say.)",
}
"""Said before the quotes when no chosen sentence ranks what the question asks to rank."""


def asked_rank(question: str) -> str:
    """The superlative phrase a question asks to rank by ('het ergst', 'the most important'), else ''."""
    for found in ASKED.finditer(question):
        phrase = (
            found.group("phrase")
            or found.group("en")
            or found.group("en2")
            or found.group("most")
            or found.group("bare")
        )
        if found.group("most"):
            phrase = "the most important"  # what "matters most" asks, as the note words it
        elif not (found.group("phrase") or found.group("bare")) and not phrase.lower().startswith("the "):
            phrase = f"the {phrase}"  # English is read with its article ("is most important")
        last = phrase.split()[-1].lower()
        if (
            last not in NOT_GRADED
            and not last.endswith(NOUN_ENDINGS)
            and (phrase.lower().startswith("the ") or not re.fullmatch(r"\w*(?:ist|ast|ost|ust)", last))
        ):
            return phrase.lower()
    return ""


def subject_stems(focus: str) -> list[str]:
    """The stems (4+ letters) of the focus words and their glossary synonyms ('succesfactor' for 'voorwaarde'),
    without the words asking a view."""
    said = " ".join([focus, *(synonym for w in focus.split() for synonym in synonyms_of(w))])
    return [t for t in stems(said) if len(t) >= 4 and t not in _VIEW_STEMS]


_VIEW_STEMS = frozenset(stems(" ".join(VIEW_WORDS)))
"""The stems of the words asking a view, read once (``subject_stems``)."""


def topic_ranked(question: str, topic: list[str]) -> list[str]:
    """What a ranking follow-up that names nothing ranks: the carried topic's words ('pijler' of "Welke is het
    belangrijkst?" after the eight pillars); "… wees ketensturing aan als het belangrijkste knelpunt" ranks no
    pillar, and led with no note that the sources rank none (new informal follow-ups, fifty-second session;
    ``tests/test_superlatives_and_scope.py``). Empty for any other question."""
    return topic if ranks_previous(question) else []


def rank_note(question: str, chosen: list[str], language: str, focus: str = "") -> str:
    """``NO_RANKING`` when the question asks which is the most and no chosen sentence ranks it (for a ranking
    follow-up: ranks the topic's things, ``topic_ranked``), else ''."""
    phrase = asked_rank(question)
    if not phrase or not chosen:
        return ""
    ranked = topic_ranked(question, subject_stems(focus))
    if any(_grades(phrase, text) and not ranks_another(phrase, text, ranked) for text in chosen):
        return ""
    return NO_RANKING.get(language, NO_RANKING["nl"]).format(phrase=phrase)


def says_superlative(phrase: str, text: str) -> bool:
    """``text`` says the very superlative ``phrase`` asks (``asked_rank``: 'De belangrijkste
    succesfactor …' for 'het belangrijkste'), not merely a word that ranks anything."""
    return _grades(phrase, text) and not RANKING_WORDS.search(text)


def ranks_another(phrase: str, text: str, ranked: list[str]) -> bool:
    """``text``'s superlative ranks a noun other than the one asked: "De belangrijkste conclusie: ketensamenwerking is
    mensenwerk" ranks no condition, and led "Wat is de belangrijkste voorwaarde voor ketensamenwerking?" over "De
    belangrijkste succesfactor … is …" (forty-seventh session, ``tests/test_superlatives_and_scope.py``)."""
    if not ranked:
        return False
    nouns = [noun for noun in _ranked_words(phrase, text, r"[^\W\d_]{4,}") if stems(noun)]
    return bool(nouns) and not any(t in word for noun in nouns for word in stems(noun) for t in ranked)


def ranks_the_subject(phrase: str, text: str, asked: list[str]) -> bool:
    """The superlative of ``phrase`` is followed by a word of the subject ('belangrijkste succesfactor')."""
    return any(any(t in word for t in asked for word in stems(said)) for said in _ranked_words(phrase, text))


def _ranked_words(phrase: str, text: str, word: str = r"[\w-]+") -> list[str]:
    """The words ``text`` puts right after the superlative of ``phrase`` ('succesfactor' of "De belangrijkste
    succesfactor …"), matched by ``word``."""
    stem = re.escape(phrase.split()[-1].lower().removesuffix("e"))
    return [found.group(1) for found in re.finditer(rf"\b(?:aller)?{stem}e?\s+({word})", text, re.I)]
