"""What a question is about: its content words without fillers, scaffolding and generic words.

"Wat kan ik eigenlijk doen als partners elkaar niet vertrouwen?" is about "partners elkaar niet
vertrouwen": fillers ("eigenlijk", "kun je me vertellen") and the words that make it a question
decide nothing about what is retrieved. How a question's verbs are read is ``assistant/verbs.py``.
"""

from __future__ import annotations

import re

from assistant.focus_words import DESCRIBED, GENERIC, VIEW_WORDS
from assistant.frames import SOURCE_JUDGED, asking_verbs_out
from assistant.glossary import rephrased
from assistant.lengths import BREVITY, PLAINLY, SENTENCES_ASKED, without_points_count
from assistant.named_source import NamedSource, without_written
from assistant.scaffold import SCAFFOLD
from assistant.situation import without_asker_role, without_counts_told, without_learner
from assistant.source_cues import USE_CUE
from assistant.superlatives import asked_rank
from ketenwijzer.text import content_words, fold

_BETWEEN = (
    r"(?:eens|even|nog|misschien|kort|snel|wat|iets|meer|ook|er|hier|daar|daarover|hierover|precies|"
    r"in|het|gewone|eenvoudige|simpele|begrijpelijke|normale|jip-en-janneke|taal|woorden)"
)
"""The words that may stand between 'kun je me' and 'vertellen': "Kun je me in gewone taal uitleggen
wat …". Only these: any three words took the subject with them ("Kun je me het estafettemodel
uitleggen?" had no focus and was declined; thirty-first session). A request that ends in 'uitleggen'
asks about what stands between ("Kun je de pijlers nog eens uitleggen?" was a yes/no question on
'pijlers uitleggen')."""

# Words that say how to ask, not what about: they never steer retrieval. An opening call ("Help, mijn
# ketenpartners komen niet opdagen …") is one too: 'help' was searched (twenty-fifth session). So is
# the verb that only tells a scene ("Ik merk dat iedereen zijn eigen systeem heeft": 'merk' was
# searched and the question declined; twenty-sixth session). "weet je" is one only as an aside: "Hoe
# weet je of een keten goed werkt?" asks how to tell (read as "Hoe of …"; twenty-seventh session).
# "met elkaar" of agreeing is one: "Zijn Groothedde en Froger het met elkaar eens?" searched 'elkaar'
# and the Froger side said nothing (thirtieth session). The assistant's own view asked ("Wat vind jij de
# belangrijkste les?", "volgens jou") is the sources' view: 'vind' was searched and found the GEMMA's
# "Het vinden en verkennen …" (new informal questions, thirty-third session).
FILLERS = re.compile(
    r"\b(eigenlijk|nou|gewoon|precies|even|toch|eens|ongeveer|misschien|graag|alsjeblieft|aub|zoal|"
    # 'alleen maar' is 'only': "… dat een keten alleen maar praat" searched 'alleen' and led with "Geen enkele
    # ketenpartner kan de ketendoelstelling alleen realiseren" (forty-first session)
    r"alleen\s+maar|"
    # "Wat doet een ketenregisseur eigenlijk de hele dag?" searched 'dag' (thirty-seventh session)
    r"(?:de|een|heel\s+de)\s+hele\s+dag|heel\s+de\s+dag|op\s+een\s+(?:gewone\s+)?(?:dag|werkdag)|"
    r"(?:kun|kunt) (?:je|u) (?:me |mij )?(?:" + _BETWEEN + r" ){0,4}?(?:vertellen|uitleggen|zeggen)|"
    r"^\W*(?:en\s+)?(?:kun|kunt|wil|wilt) (?:je|jij|u) (?:me |mij |ons )?(?=.*\b(?:uitleggen|toelichten)\W*$)|"
    r"(?:uitleggen|toelichten)(?=\W*$)|"
    r"in (?:gewone|eenvoudige|simpele|begrijpelijke|normale|jip-en-janneke) (?:taal|woorden)|"
    r"(?<!hoe )weet je|(?<!hoe )weet (?:jij|u)(?= (?:wat|welke|wie|waarom|hoe|of|waar|wanneer)\b)|zeg maar|ik (?:vraag|vroeg) (?:me|mij) af|^\W*(?:help|hulp|hoi|hallo|hey|vraagje|vraag)(?=\s*[,!:])|"
    # to whom it is explained is no subject: "Hoe leg ik aan mijn team uit wat ketensamenwerking is?" searched 'team'
    # and was declined (fifty-first session)
    r"\baan (?:mijn|m'n|ons|onze|je|jouw|uw|het|de|een) [\w'-]+(?= (?:uit|uitleggen|duidelijk maken|vertellen)\b)|"
    # what the sources advise asks their advice: "Ons convenant is verlopen en niemand voelt zich verantwoordelijk. Wat raden
    # de bronnen aan?" searched 'raden' (fifty-fourth session)
    r"(?:raden|raadt|adviseren|adviseert|bevelen|beveelt)\s+(?:de\s+bronnen|de\s+auteurs|ze|zij|jullie|u|je)"
    r"(?:\s+(?:mij|me|ons))?(?:\s+aan)?(?=\W*$)|"
    r"ik wil (graag )?weten|vertel eens|leg (?:(?:het|dat|dit|eens|even|kort|me|mij|ons) )*uit|please|tell me|i wonder|"
    r"(?:ik )?hoor verschillende (?:dingen|meningen|geluiden|verhalen)|verschillende (?:meningen|geluiden|verhalen)|"
    r"(?:ik|we|wij) (?:merk|merken|zie|zien|constateer|constateren) (?=dat\b)|het valt (?:me|mij|ons) op(?= dat\b)|"
    r"met elkaar(?= (?:on)?eens\b)|(?<=agree )with (?:each other|one another)|"
    # "Are Morgens and the NORA dossier saying the same thing about goals?" searched 'saying thing' and Morgens' side
    # said nothing on it (fifty-second session); the sameness asked is read by ``question.PERSPECTIVES``
    r"(?:say|says|saying|said)(?= the same\b)|(?<=the same )things?|"
    r"(?:vind|vindt|denk|denkt) (?:je|jij|u)|volgens (?:jou|u)|(?:naar|in) (?:jouw|uw) (?:mening|ogen))\b",
    re.I,
)


def about_the_sources_only(focus: str) -> bool:
    """The focus has only words asking for a view ('aanpak', 'visie'): no subject of its own."""
    said = focus.split()
    return bool(said) and all(w in VIEW_WORDS for w in said)


AGREEMENT = re.compile(
    r"\bhet\s+(?:er\s+|over\s+|erover\s+)?(?:(?:niet|nooit|wel|echt|helemaal|onderling|samen)\s+)*(?:mee\s+)?(?:on)?eens\b",
    re.I,
)
"""'het (niet) eens zijn/worden', 'het er niet mee eens': (dis)agreement asked, not the filler 'eens'. 'het over oneens'
too: "Waar zijn Groothedde en Morgens het over oneens?" was declined for 'oneens' (forty-seventh session)."""
AGREEMENT_WORD = "oneens"
"""What a question about (dis)agreement asks about, in one word a text can share ("eens of oneens"):
"En wat als de partners het niet eens zijn?" lost 'eens' as a filler and was answered about the
partners in general (new informal follow-ups, twelfth session; ``tests/test_question.py``)."""


SOURCES_AGREE = re.compile(
    r"\b(?:zijn|waren|is)\s+(?:ze|zij|de bronnen|de auteurs|beide|beiden|ze allebei|"
    r"\S+(?:\s+\S+){0,2}?\s+en\s+\S+(?:\s+\S+){0,2}?)\s+het\b|\bwelke\s+bronnen\s+(?:zijn|waren)\s+het\b"
    r"|^\W*(?:is|was)\s+(?-i:[A-Z])\S*(?:\s+\S+){0,2}?\s+het\s+(?:\w+\s+)?(?:on)?eens\s+met\s+(?:het\s+|de\s+)?(?-i:[A-Z])",
    re.I,
)
""""Zijn ze het eens?", "Zijn Froger en Groothedde het eens?": whether the sources agree, a
comparison of views (``question.py``), not a subject. A name may have up to three words ("Zijn GBO
en Be Informed het eens?" searched 'oneens'; fifteenth session, ``tests/test_question.py``). "Welke
bronnen zijn het oneens over regie?" too (thirtieth session), and "Is Be Informed het eens met Ketens de
baas over regie?" (one name, then 'met' and another; it was declined for 'oneens'; thirty-first
session)."""


WISE_TO = re.compile(
    r"\b(?:is|was|lijkt)\s+(?:het|dat)\s+(?:(?:wel|niet|eigenlijk|nou|dan|ook|echt|altijd)\s+)*"
    r"(?:slim|verstandig|handig|wijs|raadzaam|zinvol|nuttig|nodig|noodzakelijk|goed|beter)\s+"
    r"(?=om\b)"
    r"|\bis\s+it\s+(?:(?:really|always|ever)\s+)?(?:wise|smart|sensible|useful|necessary|better)\s+(?=to\b)",
    re.I,
)
"""'Is het slim om eerst de techniek te regelen?' asks a yes/no judgement of what follows 'om' (the kind, yes_no,
says so): the adjective is no subject. Searched, 'slim' weighed as a word no passage holds, the gate's reader read
the frame, and the question was declined although ICTU says ketensamenwerking is "niet louter een kwestie van
techniek" (new informal questions, fifty-second session; ``tests/test_question.py``). ``frames.JUDGED`` reads the
same adjectives asked of a scene after it ("Is dat slim?"); 'een goed idee' is the glossary's ('beste keuze')."""


def without_fillers(text: str) -> str:
    """The text without fillers ('eigenlijk', 'nou', 'eens'); (dis)agreement asked as its word,
    unless it asks whether the sources agree (``SOURCES_AGREE``)."""
    text = rephrased(text)
    said = AGREEMENT.sub(" " if SOURCES_AGREE.search(text) else f" {AGREEMENT_WORD} ", text)
    said = WISE_TO.sub(" ", said)
    return FILLERS.sub(" ", SIMILARITY.sub(" ", COME_TO.sub(" tot ", THERE_BE.sub(r"\g<asked>", said))))


SIMILARITY = re.compile(
    r"\bovereenkomst(?:en)?\s+(?:(?:zijn|is)\s+(?:er\s+)?)?(?=(?:tussen|met|hebben)\b)"
    r"|\b(?:relatie|verband|verhouding)\s+(?=tussen\b)",
    re.I,
)
""""Welke overeenkomsten zijn er tussen Be Informed en de GEMMA?" asks what two sides share, and was
declined for 'overeenkomsten'; only before 'tussen' or 'met': "een getekende overeenkomst" is an
agreement, the subject asked (new informal comparisons, twenty-fourth session; the held-apart
half showed the homonym when the word was left out everywhere; ``tests/test_question.py``). So do
'relatie', 'verband' and 'verhouding' before 'tussen': "Is er een verband tussen vertrouwen en
transparantie?" opened with a note that 'verband' is in no source (twenty-fifth session)."""


COME_TO = re.compile(
    r"\b(?:kom|komt|komen|kwam|kwamen)\s+(?:(?:je|jij|we|wij|ze|zij|u|ik|jullie)\s+)?tot\b", re.I
)
""""Hoe kom je tot besluiten als niemand de baas is?" asks for the besluiten: 'komen tot' only
reaches them, and 'komen' (in no passage on decisions) had the question declined (new informal
questions, twenty-fourth session; ``tests/test_question.py``)."""


THERE_BE = re.compile(
    r"(?P<asked>\b(?:moet|moeten|kan|kunnen|zou|zouden|zal|zullen|komt|hoeft|hoeven)\s+er\s+[^?.!]{2,60}?)"
    r"\s+(?:komen|zijn|bestaan|worden\s+aangesteld)"
    r"(?=(?:\s+(?:in|bij|voor|binnen|op|tussen|boven)\s+[^?.!]{1,40})?\s*[?.!]*\s*$)",
    re.I,
)
""""Moet er één baas komen in een keten?" asks whether there should be one: 'komen' says only that it
is there, and pulled up the besluitvormingsmodel over "… niemand de baas" (new informal questions,
twenty-fourth session; ``tests/test_question.py``)."""


ADJECTIVE_SIDE = re.compile(
    r"\b(?!(?:dezelfde|andere|welke|ene|de|die|deze|elke)\b)(\w{3,}e)\s+(?:kant|kanten|aspect|aspecten)\b",
    re.I,
)
"""'de menselijke kant', 'het relationele aspect': the adjective names what is asked, the noun only
frames it ("Leggen GBO en ICTU allebei de nadruk op de menselijke kant?" was declined for 'kant';
sixteenth session). "dezelfde kant op" keeps its noun (practical p03)."""


def focus_of(text: str, sources: list[NamedSource] | None = None) -> str:
    """The content words the question is about: no fillers, scaffolding, generic words, source
    names, or the asker's own role when something else is asked (``situation.ASKER_ROLE``)."""
    # who learns is never the subject ("Wat kunnen gemeenten leren van de METRO?" asks METRO's lesson)
    text = without_learner(text)
    own = without_asker_role(text)
    asked = _focus(own, sources)
    return asked if asked or own == text else _focus(text, sources)


def _focus(text: str, sources: list[NamedSource] | None) -> str:
    """``focus_of`` of the text as it is."""
    if len(sources or []) >= 2 or _SOURCES_SAID.search(text):
        text = SOURCE_JUDGED.sub(" ", text)
    # the name as written, not its words: "Zijn Be Informed en Ketens de baas het eens over wie de
    # baas is?" asks about 'baas' (sixteenth session, ``tests/test_question.py``)
    # "in 3 zinnen" asks a length, not about 'zinnen' (``lengths.SENTENCES_ASKED``)
    # "drie tips" asks how many, not about 'drie' (``lengths.without_points_count``)
    text = PLAINLY.sub(
        " ", BREVITY.sub(" ", SENTENCES_ASKED.sub(" ", without_points_count(without_counts_told(text))))
    )
    # closed up: "Kun je in een paar zinnen uitleggen …" left 'uitleggen' three spaces from 'je', no filler then
    text = " ".join(text.split())
    # "What use is the GEMMA …?" asks what the source offers, not about 'use' (``source_cues.USE_CUE``)
    text = without_written(without_fillers(USE_CUE.sub(" ", text)), sources or [])
    cleaned = ADJECTIVE_SIDE.sub(r"\1", asking_verbs_out(text))
    # other names of a source named twice ("Groothedde en Froger") are capitalised where they stand
    capitalised = {fold(w) for w in re.findall(r"(?<!\w)[A-Z][\w-]*", text)}
    names = {w for s in sources or [] for w in s.matched_words if not s.written or w in capitalised}
    kept = [w for w in content_words(cleaned) if w not in SCAFFOLD and w not in names]
    naming = describing_superlatives(text)
    return " ".join(w for w in kept if w not in GENERIC or w in naming)


DESCRIBING = re.compile(
    r"\b(?:de|het|een|die|onze|mijn)\s+(?P<word>[^\W\d_]{3,}(?:ste|st))\s+(?P<noun>[^\W\d_]{4,})\b", re.I
)
"""A superlative between an article and a noun: "Moet de grootste partij de leiding nemen?" names a
partner by its size, it ranks nothing; with the word dropped, "de grootste partner zich ook als dominante
partij" was not retrieved (new informal questions, thirty-ninth session; ``tests/test_question.py``).
A question that asks a rank ("Wat is de grootste valkuil?", ``superlatives.asked_rank``) keeps dropping it."""


def describing_superlatives(text: str) -> frozenset[str]:
    """The generic superlatives of ``text`` that name a thing (``DESCRIBING``), when it asks no rank."""
    if asked_rank(text):
        return frozenset()
    return frozenset(
        w
        for found in DESCRIBING.finditer(text)
        if (w := found["word"].lower()) in DESCRIBED and found["noun"].lower() not in GENERIC
    )


_SOURCES_SAID = re.compile(r"\b(?:bron|bronnen|auteur|auteurs|source|sources|author|authors)\b", re.I)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _without_generic(text: str) -> str:
    """The text without ordinal and generic words ('goed', 'vooral', 'eerste'): they match
    passages by accident; measured on the tuning split (practical, conversations: hit@1 up)."""
    naming = describing_superlatives(text)
    return _WORD.sub(lambda m: " " if m.group(0).lower() in GENERIC - naming else m.group(0), text)
