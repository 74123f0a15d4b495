"""Whether a question leans on the conversation: pronouns, "en …", a bare 'welke', a request alone.

``conversation.resolve`` makes a follow-up standalone only when ``needs_context`` says it leans on
an earlier turn; "Wat is een ketenkaart?" names its own topic. Split from ``conversation.py``
(fifteenth session).
"""

from __future__ import annotations

import re

from assistant.asked_words import COUNTS
from assistant.focus_words import DEFINER_WORDS, GENERIC
from assistant.kind_patterns import WHERE_SAID_ASKED
from ketenwijzer.text import content_words, stems, words

_ANAPHORA = frozenset(
    [
        "daarover",
        "daarvan",
        "daarbij",
        "daarin",
        "daarmee",
        "daaraan",
        "daarom",
        "erover",
        "ervan",
        "erbij",
        "erin",
        "ermee",
        "eraan",
        "hierover",
        "hiervan",
        "hierbij",
        "daar",
        "hier",
        "zoiets",
        "dergelijke",
        "dat",
        "die",
        "deze",
        "dit",
        "hij",
        "zij",
        "ze",
        "haar",
        "hun",
        "hem",
        "hen",
        "him",
        "that",
        "this",
        "these",
        "those",
        "it",
        "they",
        "them",
        "its",
        "their",
        "he",
        "she",
        "his",
        "her",
        "there",
        # "How do I make one?" after "What is a chain map?" was declined (thirty-ninth session)
        "one",
    ]
)
_REQUEST_ONLY = frozenset(
    ["geef", "give", "voorbeeld", "voorbeelden", "praktijkvoorbeeld", "example", "examples", "instance"]
    + ["tell", "vertel", "more", "meer", "explain", "uitleg", "toelichting", "elaborate", "detail", "details"]
    + ["vat", "samen", "samenvatten", "samenvatting", "kort", "korter", "summarise", "summarize", "summary"]
    # "hoezo?" asks why, as "waarom?" does: it was asked alone, declined, and became the topic of the
    # next follow-ups (twenty-sixth session)
    + ["hoezo"]
    # "Geef me tips", "advies": a request for advice names no subject of its own; typed alone it was
    # read as a term ("Wat is tips?", declined; thirty-second session)
    + ["tip", "tips", "advies", "adviezen", "suggesties", "advice", "suggestions"]
    # "Kun je een voorbeeld geven?" after "Wat zegt Morgens over ambitie?" was read as a question of its own
    # and declined (new informal follow-ups, forty-first session)
    + ["geven", "noem", "noemen"]
)
"""Words of a request that names no subject ("Give me an example.", "Vertel meer.", "Vat het kort
samen."): it asks about the conversation's topic (an English follow-up was declined; fifth
session; the summary request was read as a new question and declined; seventh session)."""
RELATIONAL = frozenset(
    ["gevolgen", "gevolg", "oorzaken", "oorzaak", "voordelen", "voordeel", "nadelen", "nadeel", "risico"]
    + ["risico's", "risicos", "redenen", "reden", "valkuilen", "voorwaarden", "kosten", "baten", "effecten"]
    + ["consequences", "causes", "advantages", "disadvantages", "risks", "benefits", "drawbacks", "reasons"]
    + ["effects", "pitfalls", "conditions", "pros", "cons"]
    # "Wat is het alternatief?" after the estafettemodel was asked as a word of its own, answered with
    # "… wanneer er geen alternatief is" (new informal follow-ups, thirty-fifth session)
    + ["alternatief", "alternatieven", "oplossing", "oplossingen", "alternative", "alternatives", "solution"]
    + ["solutions"]
)
"""Nouns that are always of something ("Wat zijn de gevolgen?", "En de nadelen?"): asked alone, of
the conversation's topic. After "Wat is opgelegde samenwerking?" the consequences of ketensturing
in general answered (new informal follow-ups, twenty-fourth session; ``tests/test_gate_follow_ups.py``)."""
_CONTINUATION = frozenset(["en", "ook", "maar", "verder", "nog", "and", "also", "what", "about"])


_WHICH_OF_THEM = re.compile(
    r"^\W*(?:en\s+|and\s+)?(?:(?:in|bij|van|aan|op|met|voor|uit|in|at|of|to|with|for|from)\s+)?"
    r"(?:which\s+(?:one|ones)\b|(?:welke|which)(?:\s+van\s+(?:die|deze|de)\b\S*)?\s+"
    r"(?:is|zijn|was|waren|vind|vindt|werkt|werken|heeft|hebben|kan|kun|moet|komt|komen|gaat|gaan|past|zit|zitten|"
    r"passen|helpt|helpen|telt|tellen|weegt|wegen|speelt|geldt|hoort|horen|staat|ligt|volgt|begint|valt|"
    r"heb|kies|kiest|neem|neemt|gebruik|gebruikt|"
    r"would|are|should|do|does|has|comes?|goes|matters?|need|choose)\b)",
    re.I,
)
"""'Welke is het lastigst?', 'Which one matters most?': 'welke' without a noun picks from the
previous answer (after the four dimensions it was read as a new question; seventh session); after a
preposition too ("in welke zitten de meeste ketens?" after the three stages was answered on
doelgebonden speelruimte; thirty-second session). A verb
of order or weight too: "Welke komt eerst?" after the three stages was answered about the top
('eerste'; fifteenth session, ``tests/test_gate_follow_ups.py``). "Welke heb ik nodig?" after the
ketenmanager and the ketenregisseur compared was declined as a question of its own (twenty-fifth)."""


_VERB_ONLY = re.compile(
    r"^\W*(?:en\s+)?(?:wie|who)\s+(?!is\b|zijn\b|was\b|waren\b|are\b)[^\W\d_]+"
    r"(?:\s+(?:er|dan|nu|uiteindelijk|eigenlijk|precies|hier|daar|daarover|vooral|meestal|eventually|then|finally))*"
    r"\s*[?.!]*\s*$",
    re.I,
)
"""Who does something, the question naming nothing it is done to or in ("Wie beslist er uiteindelijk?"): of the
conversation's topic. After the besluitvormingsmodel it was read as a question of its own and declined (new informal
follow-ups, fifty-first session; ``tests/test_gate_follow_ups.py``). Not 'Wie is …?', which asks a person."""


_PARTITIVE = re.compile(
    r"\ber\s+(?:een|één|eentje|twee|drie|meer|veel|genoeg|enkele)(?:\s+(?:nodig|bij|extra|meer))?\s*[?.!]*$"
    r"|\b(?:het|it)\s*[?.!]*$"
    r"|\b(?:het|de|the)\s+(?:volgende|vorige|next|previous)(?:\s+(?:one|stap|fase))?\s*[?.!]*$",
    re.I,
)
"""'Hoe maak ik er een?': 'er' at the end stands for the previous answer's subject ("er een
voorbeeld" names its own; after "Wat heb ik aan een ketenkaart?" it was read as a new question
and answered about political pressure; new informal questions, ninth session), also before 'nodig'
("heeft elke keten er een nodig?" after the ketenregisseur; thirty-second session). So does a
closing 'het' ("Wanneer verscheen het?" after "Wie heeft Ketens de baas geschreven?"), and a closing
'het volgende' ("Hoe kom je in het volgende?" after the stages was declined; twenty-fifth session)."""


BETTER_ASKED = re.compile(
    r"^\W*(?:en\s+|and\s+)?(?:wat|welke?|what|which)\s+(?:is|werkt|zou|would|works|is\s+there)\s+(?:dan\s+|then\s+)?"
    r"(?:beter|better)\b[^?]{0,12}\?*(?:\s*\([^)]*\))?\s*$",
    re.I,
)
"""A bare comparative of worth ("Wat is beter?", "Wat werkt dan beter?") is of the thing just asked: what to have
instead of it (``alternatives.ALTERNATIVE_ASKED``). After the estafettemodel it was asked on its own and quoted "…
sneller en beter van dienst te zijn" (new informal follow-ups, fifty-fourth session; ``tests/test_gate_follow_ups.py``)."""


_SPLIT_ADVERB = re.compile(
    r"\b(?:er|daar|hier)\b[^?]{0,40}?\b(?:mee|aan|van|over|bij|in|op|voor|door|uit|naar|tegen|toe)\s*[?.!]*$",
    re.I,
)
"""A pronominal adverb split over the clause ("Wat is er mis mee?", "Hoe ga je daar goed mee om?" without its 'om'):
'er … mee' is 'ermee', of the conversation's topic. After "Hoe werkt het estafettemodel?" it was asked on its own and
declined (new informal follow-ups, fifty-fourth session; ``tests/test_gate_follow_ups.py``)."""


_POSSESSIVE = re.compile(
    r"\b(?:is|was|zijn|waren|wordt|werd|heeft|had|doet|deed|van|voor|met|bij|aan|op|in|over|door|naar|om|onder)\s+"
    r"(?:zijn|haar|hun)\s+"
    r"(?!(?:de|het|een|er|die|dat|deze|dit|ze|zij|we|wij|jullie|u|ook|niet|nog|al)\b)[^\W\d_]{3,}",
    re.I,
)
"""'Wie is zijn baas?': 'zijn' after a verb or a preposition is his, not 'are' (after "Wat is een
ketenmanager?" it was read as a new question and answered with the eight pillars; new informal
questions, tenth session). So after 'zijn' itself, and so are 'haar' and 'hun': "Wat zijn zijn taken?" after
"Wat is een ketenmanager?" listed the eight steering elements (forty-first session)."""


OTHER_SOURCES = re.compile(r"\b(?:andere|overige|other)\s+(?:bronnen|sources)\b", re.I)
""""Zijn de andere bronnen het daarmee eens?" asks every source but the one the previous turn asked:
that one is not carried (``assistant/question.py``'s ``PERSPECTIVES`` makes it a comparison)."""


_OWN_SUBJECT = re.compile(
    r"^\W*(?:en|and)\s+(?P<rest>(?:wat\s+(?:doet|doen)\s+(?:de|het|een)|what\s+(?:does|do)\s+(?:the|a|an)"
    r"|wat\s+is\s+een|what\s+is\s+an?"
    r"|(?:wat|what)\s+(?:is|zijn|are)(?:\s+(?:de|het|the))?(?=\s+[^\W\d_]{4,}\s+\d+\b))\s+[^\W\d_]{4,}[^?]*)\?*\s*$",
    re.I,
)
""""En wat doet het ketenbestuur?" after "Wat is een ketenmanager?" asks a whole question of its own:
the 'en' only strings it on. Carrying the manager made the answer about him (new informal questions,
seventeenth session; ``tests/test_gate_follow_ups.py``). So does "En wat is een ketenbureau?" (a new
term). A view asked ("En wat vindt de GEMMA?"), a definite noun of what was asked ("En wat zijn de
stadia?") and a rest that points back ("En hoe ziet het dossier dat?") still ask the previous topic.
A numbered thing is a subject of its own: "En wat is pijler 7?" after the inhoudelijke dimensie
carried the dimension and led with its two pillars (twenty-fifth session)."""


_COMPARED_TO_PREVIOUS = re.compile(r"\b[^\W\d_]{2,}ere\s+[^\W\d_]{3,}\b(?![^?]*\b(?:dan|than)\b)", re.I)
"""A comparative before a noun with no 'dan' ("een zwaardere vorm", "een betere manier") is compared with what was just
asked: "En wat is een zwaardere vorm?" after the convenant was asked as a new term and led with how heavy a
ketenstructuur must be (new informal follow-ups, fifty-third session; ``tests/test_gate_follow_ups.py``)."""


_VIEW_ASKED = re.compile(
    r"\b(?:say|says|think|thinks|write|writes|argue|argues|claim|claims|suggest|suggests|recommend|recommends)\W*$",
    re.I,
)
""""And what does the GEMMA say?" asks a source's view of the topic, as "En wat vindt de GEMMA?" does:
the 'does the X' of ``_OWN_SUBJECT`` is the source, not a new subject (after "What is chain
governance?" it was asked on its own; twenty-seventh session)."""


_HET_PRONOUN = re.compile(
    r"\b(?:moet|moeten|kan|kun|kunnen|mag|mogen|zal|zou|zouden|wordt|werd|gaat|ga|wil)\s+het\s+"
    r"[^\W\d_]+(?:en|d|t)\s*[?.!]*$",
    re.I,
)
"""'het' between a verb and the clause's last verb is a pronoun, no article: "Aan welke eisen moet het voldoen?"
after the besluitvormingsmodel was asked on its own, and the next turn carried 'eisen voldoen' as its topic
(new informal follow-ups, fortieth session; ``tests/test_gate_follow_ups.py``)."""


_PRONOMINAL_ADVERB = re.compile(
    r"^(?:daar|er|hier)(?:voor|op|aan|in|uit|door|mee|bij|over|van|tegen|toe|onder|achter|naast|om|na|tussen)$"
)
"""'daarvoor', 'erop', 'hierdoor': a preposition on a thing said before ("hoe zorg je daarvoor?" after "Wat
is pijler 2?" was asked on its own and answered with "de zorg voor ouderen"; twenty-sixth session).
With more than four content words ("Hoe zorg je ervoor dat partners elkaar vertrouwen?") it points
ahead, as ``_ANAPHORA`` does."""


_OWN_TERM = re.compile(
    r"^\W*(?:en|and)\s+(?:wat|what)\s+(?:is|are)\s+(?P<term>[^\W\d_][\w-]{3,}(?:\s+[^\W\d_][\w-]{3,})?)\W*$",
    re.I,
)
"""'En wat is ketensturing?', 'And what is chain governance?': a term without an article asked after another is a
question of its own; it carried 'keten' from "Wat is een keten?" and was answered as an open question on chains
(new informal follow-ups, forty-first session; ``tests/test_gate_follow_ups.py``). Not a pronoun, a generic word
or an adjective ("En wat is belangrijk?", "En wat is nodig?" ask about the topic): ``_names_term``."""
_ADJECTIVE_ENDINGS = ("ig", "ijk", "baar", "isch", "eel", "aal", "ief", "ant", "ent")


def own_term_question(question: str) -> str:
    """ "En wat is ketensturing?" as the question of its own it is ("Wat is ketensturing?"), else ''."""
    if not _names_term(question):
        return ""
    rest = re.sub(r"^\W*(?:en|and)\s+", "", question, flags=re.I)
    return rest[:1].upper() + rest[1:]


def _names_term(question: str) -> bool:
    """``question`` is "En wat is <term>?" of a term of its own (``_OWN_TERM``)."""
    found = _OWN_TERM.match(question)
    if found is None:
        return False
    said = [w.lower() for w in found["term"].split()]
    return not any(w in _ANAPHORA or w in GENERIC or w.endswith(_ADJECTIVE_ENDINGS) for w in said)


_WHOSE_WORDS = re.compile(
    r"^\W*(?:en\s+|and\s+)?(?:volgens\s+wie|according\s+to\s+whom|says\s+who)\W*$", re.I
)
"""'Volgens wie?' asks whose words the previous answer quotes (it stood alone; forty-eighth session)."""


def needs_context(question: str) -> bool:
    """True when the question likely refers back to an earlier turn."""
    tokens = words(question)
    if not tokens:
        return False
    if _names_term(question):
        return False
    own = _OWN_SUBJECT.match(question)
    if (
        own is not None
        and not any(t in _ANAPHORA for t in words(own["rest"]))
        and not _VIEW_ASKED.search(question)
        and not _COMPARED_TO_PREVIOUS.search(own["rest"])
    ):
        return False
    if tokens[0] in _CONTINUATION or _WHOSE_WORDS.match(question) or WHERE_SAID_ASKED.match(question):
        return True
    pointing = any(t in _ANAPHORA or _PRONOMINAL_ADVERB.match(t) for t in tokens)
    if (pointing or _POSSESSIVE.search(question) or _HET_PRONOUN.search(question)) and len(
        content_words(question)
    ) <= 4:
        return True
    if _WHICH_OF_THEM.match(question) or _PARTITIVE.search(question) or _SPLIT_ADVERB.search(question):
        return True
    if BETTER_ASKED.match(question):
        return True
    if OTHER_SOURCES.search(question) and len(content_words(question)) <= 4:
        return True  # "Wat zeggen de andere bronnen?": other than the one just asked, on its topic
    if _VERB_ONLY.match(question):
        return True
    # "Waarom?" and "Give me an example." lean on the history; "Wat is een ketenkaart?" names its own topic
    return all(w in _REQUEST_ONLY or w in RELATIONAL for w in content_words(question))


_NO_SUBJECT = _REQUEST_ONLY | DEFINER_WORDS | {"bedoel", "bedoelde", "mean", "meant"}


def is_request_word(word: str) -> bool:
    """``word`` only makes a request ("tips", "uitleg", ``_REQUEST_ONLY``): typed alone it names no term."""
    return word.lower() in _REQUEST_ONLY


def names_no_subject(focus: str) -> bool:
    """Every word of ``focus`` is a request's or a meaning's ("samenvatten", "bedoel"): no subject of its own."""
    return all(w in _NO_SUBJECT for w in words(focus))


HEAD_WORDS = 3
"""Content words a follow-up may have besides the head of a topic compound (``topic_head``)."""
_OTHER = re.compile(r"\b(?:andere|ander|anders|other|others)\b", re.I)


def topic_head(question: str, topic: str) -> str:
    """The question with the topic's compound in place of its last part, when it names that part in few
    words: "Welke modellen zijn er?" after the besluitvormingsmodel asks "Welke besluitvormingsmodellen zijn
    er?" (it listed the GEMMA's chain models), "Hoe maak je zo'n kaart?" after the ketenkaart "Hoe maak je
    zo'n ketenkaart?" (it quoted "met open kaart spelen"; new informal follow-ups, thirty-ninth session;
    ``tests/test_question.py``). '' when it names none. "Welke andere modellen zijn er?" asks other ones
    than the topic: the compound is not put in, the topic is carried (``conversation.resolve``)."""
    typed = content_words(question)
    if not typed or len(typed) > HEAD_WORDS:
        return ""
    compounds = [w for w in words(topic) if len(w) >= 8]
    for word in re.findall(r"[^\W\d_]+", question):
        for head in stems(word):
            whole = next((c for c in compounds if len(head) >= 4 and c.endswith(head) and c != head), None)
            if whole is None:
                continue
            if _OTHER.search(question):
                return question
            start = question.index(word)
            return question[:start] + whole[: -len(head)] + word.lower() + question[start + len(word) :]
    return ""


WHICH_ALONE = re.compile(
    r"^(?P<which>\W*(?:en\s+|and\s+)?(?:welke|which))\s+(?=[^\W\d_]+\s+(?:ik|je|jij|we|wij|u|men|ze|zij|hij|i|you|they)\b)",
    re.I,
)
"""'welke' with no noun of its own, a verb and its subject after it ("Welke moet ik als eerste regelen?")."""
_COPULAS = frozenset(["is", "zijn", "was", "waren", "are"])
"""Verbs after a 'welke' alone that rank or define: "Welke is het lastigst?" stays with its carried topic
(``superlatives``)."""


def which_of_topic(question: str, topic: str) -> str:
    """A 'welke' alone (``WHICH_ALONE``, or one of ``_WHICH_OF_THEM``'s verbs after it) with the topic's one noun after
    it: "Welke moet ik als eerste regelen?" after "Welke bouwstenen zijn er?" asks "Welke bouwstenen moet ik …", and
    "Welke hoort bij de relationele dimensie?" after "Noem de acht pijlers" asks "Welke pijlers hoort …" (a count
    before the noun is left out). Carried in brackets, the topic came after the question: Be Informed's 'regels' led
    the first, the eight pillars again the second (new informal follow-ups, fifty-first session;
    ``tests/test_question.py``). '' when the question has a noun, ranks or is a copula ("Welke is het lastigst?"),
    or the topic is more than one noun."""
    found = WHICH_ALONE.match(question) or _picked(question)
    nouns = [w for w in topic.split() if w.lower() not in COUNTS]
    if found is None or len(nouns) != 1:
        return ""
    return f"{found['which']} {nouns[0]}{question[found.end('which') :]}"


def _picked(question: str) -> re.Match[str] | None:
    """'welke' at the start and right after it one of ``_WHICH_OF_THEM``'s verbs that neither is a copula nor ranks
    ("Welke werkt het best?")."""
    found = _PICK_WHICH.match(question)
    after = words(question[found.end() :]) if found is not None else []
    if not after or not _WHICH_OF_THEM.match(question) or after[0] in _COPULAS or after[0] == "van":
        return None
    return None if after[1:2] == ["het"] else found


_PICK_WHICH = re.compile(r"^(?P<which>\W*(?:en\s+|and\s+)?(?:welke|which))\s+(?=[^\W\d_]+\b)", re.I)
"""'welke' at the start, before the verb ``_WHICH_OF_THEM`` reads: where the topic's noun goes."""


_ITS = re.compile(
    r"\b(?:its|their)\s+(?P<noun>[^\W\d_][\w-]{2,}(?:\s+[^\W\d_][\w-]{2,})?)(?=\s*[?.!]?\s*$)", re.I
)
"""An English possessive before the last noun of a follow-up ("what are its pillars?"): the thing named before."""
TOPIC_WORDS = 3
"""Words a topic may have to stand in for a possessive (``possessed``)."""


def possessed(question: str, topic: str) -> str:
    """An English follow-up's "its X" as "the X of <topic>": "what are its pillars?" after ketensturing was carried as
    "what are its pillars? (ketensturing)", a Dutch word in an English query, and found a pillar of the ketenkaart, not
    the eight (forty-eighth session, ``tests/test_question.py``). '' when it has none or the topic is long."""
    found = _ITS.search(question)
    if found is None or not topic.strip() or len(topic.split()) > TOPIC_WORDS:
        return ""
    return f"{question[: found.start()]}the {found['noun']} of {topic.strip()}{question[found.end() :]}"
