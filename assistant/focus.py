"""What a question is about: its content words without fillers, scaffolding and generic words.

"Wat kan ik eigenlijk doen als partners elkaar niet vertrouwen?" is about "partners elkaar niet
vertrouwen": fillers ("eigenlijk", "kun je me vertellen") and the words that make it a question
decide nothing about what is retrieved. How a question's verbs are read is ``assistant/verbs.py``.
"""

from __future__ import annotations

import re

from assistant.frames import SENTENCES_ASKED, asking_verbs_out
from assistant.glossary import rephrased
from assistant.sources import NamedSource, without_written
from ketenwijzer.text import content_words, fold

# Words that say how to ask, not what about: they never steer retrieval.
FILLERS = re.compile(
    r"\b(eigenlijk|nou|gewoon|precies|even|toch|eens|ongeveer|misschien|graag|alsjeblieft|aub|"
    r"(?:kun|kunt) (?:je|u) (?:me |mij )?(?:[\w-]+ ){0,3}?(?:vertellen|uitleggen)|"
    r"in (?:gewone|eenvoudige|simpele|begrijpelijke|normale|jip-en-janneke) (?:taal|woorden)|"
    r"weet je|zeg maar|ik vroeg me af|"
    r"ik wil (graag )?weten|vertel eens|leg (eens )?uit|please|tell me|i wonder|"
    r"(?:ik )?hoor verschillende (?:dingen|meningen|geluiden|verhalen)|verschillende (?:meningen|geluiden|verhalen))\b",
    re.I,
)
# Ordinal and generic words: meaningful next to a topic, never a topic on their own.
GENERIC = frozenset(
    [
        "nodig",  # "Heeft een keten een baas nodig?" led with "die betrokkenheid is nodig" (eighth)
        "eerste",
        "tweede",
        "derde",
        "vierde",
        "vijfde",
        "zesde",
        "zevende",
        "achtste",
        "laatste",
        "belangrijkste",
        "belangrijkst",
        "beste",
        "goed",
        "goede",
        "groot",
        "grote",
        "klein",
        "kleine",
        "veel",
        "vaak",
        "echt",
        "heel",
        "erg",
        "vooral",
        "nieuw",
        "nieuwe",
        "weg",  # "als het eerste enthousiasme weg is": gone, no road (sixteenth session)
        # how much or how often, not what: "We praten veel maar besluiten weinig" (twentieth session)
        "weinig",
        "niks",
        "nauwelijks",
        "amper",
        "soms",
        "nooit",
        # superlatives grade what is asked, they do not name it: "Wat is de grootste valkuil bij
        # ketensamenwerking?" led with "… de grootste partner …" (thirteenth session)
        "grootste",
        "kleinste",
        "sterkste",
        "zwakste",
        "moeilijkste",
        "lastigste",
        "lastigst",
        "moeilijkst",
        "meeste",
        "ergste",
        "vaakst",
        "biggest",
        "largest",
        "hardest",
        "worst",
        "greatest",
        "dingen",  # "Welke dingen moet je … op papier zetten?" led with "… omvat … vier dingen: …" (twelfth)
        "ding",
        "things",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",  # "Explain the fifth one" was declined as a new subject (thirteenth session)
        "sixth",
        "seventh",
        "eighth",
        "one",
        "ones",
        "last",
        "main",
        "important",
        "best",
        "good",
        "big",
        "many",
        "really",
        "very",
    ]
)
# Question scaffolding: what a kind rule matched is not the focus either.
SCAFFOLD = frozenset(
    [
        "wat",
        "welke",
        "welk",
        "hoe",
        "waarom",
        "wie",
        "waar",
        "wanneer",
        "waardoor",
        "doe",
        "doen",
        "kan",
        "kun",
        "kunnen",
        "moet",
        "moeten",
        "ik",
        "je",
        "jij",
        "we",
        "wij",
        "u",
        "zou",
        "zouden",
        "let",
        "letten",
        "laten",
        "geef",
        "give",
        "vertel",
        "tell",
        "explain",  # "explain the third one" was declined: 'explain' is in no (Dutch) source (eighth)
        "describe",
        "betekent",
        "weet",  # "Hoe weet ik of mijn keten in stadium 1 zit?" asks about the stage, not about knowing
        "rol",  # "What is the role of trust in a chain?" asks what trust does
        "role",
        "definitie",  # "Wat is de definitie van een keten volgens de GEMMA?" is "wat is een keten"
        "definities",
        "klopt",  # "Klopt het dat ketensamenwerking mensenwerk is?" asks the claim, not 'kloppen' (ninth)
        "helpt",  # "En als dat niet helpt?", "Wat helpt tegen weerstand?": whether it works, not
        "helpen",  # 'helpt' ("Het NORA-dossier … helpt ze op weg" led; sixteenth session)
        "lukt",
        "gebeurt",  # "Wat gebeurt er als …?" asks a consequence: 'gebeurt' led with "Gebeurt dat toch,
        "gebeuren",  # dan …" (sixteenth session)
        "reden",  # "Wat zijn de belangrijkste redenen dat ketens mislukken?" asks why, as "Waarom
        "redenen",  # mislukken ketens?" does: 'redenen' led with the section on reasons to form a chain
        "oorzaak",  # (new informal questions, sixteenth session)
        "oorzaken",
        "reasons",
        "werkt",  # "Waarom werkt een convenant vaak niet?": 'werkt' matched "mensen aan werk helpen" (ninth)
        "werkte",
        "zit",  # "Zit er verschil tussen wat Groothedde en Froger zeggen?" searched 'zit' (ninth)
        "zitten",  # "Welke partijen zitten in de jeugdzorgketen?" was declined for it
        "allebei",  # "Wat zeggen ICTU en Morgens allebei over ketens?" was declined for 'allebei' (ninth)
        "voorkom",  # "en hoe voorkom ik dat het misgaat?" asks how, about going wrong (ninth)
        "hou",  # "Hoe hou je de bestuurders erbij?" was declined for 'hou', in no source (ninth)
        "houd",
        "omschrijving",
        "inhoudt",
        "inhouden",
        "betekenen",
        "bedoelen",
        "bedoelt",
        "bedoeld",
        "versta",
        "verstaan",
        "verstaat",
        "op",
        "noem",
        "geef",
        "leg",
        "uit",
        "zijn",
        "is",
        "verschil",
        "verschillen",
        "verschilt",
        "anders",
        "beter",
        "bron",
        "bronnen",
        "andere",  # "Zijn de andere bronnen het daarmee eens?" (thirteenth session)
        "source",
        "sources",  # "Do the other sources agree?" was declined for 'sources' and 'agree' (thirteenth)
        "other",
        "agree",
        "differ",
        "meningen",
        "geluiden",
        "tussen",
        "vergelijk",
        "vergelijking",
        "vs",  # "Beinformed vs GBO: wie …?" searched 'vs' (fourteenth session)
        "versus",
        "meer",  # "wie legt meer nadruk op mensen?" compares degrees, 'meer' names nothing
        "minder",
        "lijkt",
        "lijken",
        "hetzelfde",
        "zelfde",
        "dezelfde",
        "manier",
        "eens",
        "zien",
        "verhouden",
        "verhoudt",
        "voorbeeld",
        "voorbeelden",
        "praktijkvoorbeeld",
        "praktijk",
        "tips",
        "tip",
        "advies",
        "zegt",
        "zeggen",
        "zei",
        "vertelt",  # "Wat vertelde Groothedde?" searched 'vertelde' (seventeenth session)
        "vertelde",
        "vertellen",
        "volgens",
        "ziet",
        "vindt",
        "denkt",
        "denken",  # "Hoe denken GBO en Ketens de baas over een regierol?" was declined (sixteenth)
        "kijkt",
        "kijken",
        "tegenaan",
        "vond",
        "noemt",
        "noemen",
        "hoort",
        "horen",
        "heb",
        "hebt",
        "hebben",
        "what",
        "which",
        "how",
        "why",
        "who",
        "where",
        "do",
        "does",
        "can",
        "should",
        "is",
        "are",
        "the",
        "difference",
        "compare",
        "example",
        "examples",
        "say",
        "says",
        "said",
        "geeft",  # "Welke tips geeft Froger?" searched 'geeft' (ninth session)
        # light verbs: the noun beside them says what is asked ("… één sterke partij die de leiding
        # neemt?" led with "Het aantal ketens … neemt snel toe"; thirteenth session)
        "neemt",
        "nemen",
        "nam",
        "krijgt",
        "krijgen",
        "maakt",
        "maken",
        "gaat",
        "gaan",
        "komt",
        "komen",
        "brengt",
        "brengen",
        "gaf",
        "mention",  # "Which success factors does Groothedde mention?"
        "mentions",
        "mentioned",
    ]
)


VIEW_WORDS = frozenset(
    [
        "aanpak",
        "visie",
        "standpunt",
        "mening",
        "kijk",
        "opvatting",
        "boodschap",
        "benadering",
        "idee",
        "ideeën",
        "conclusie",
        "conclusies",
        "approach",
        "view",
        "views",
        "position",
        "message",
        "opinion",
        # "Verschillen Morgens en GBO in wat ze belangrijk vinden?" (fifth session)
        "belangrijk",
        "belangrijkst",
        "belangrijkste",
        "vinden",
        "vindt",
        "nadruk",
        "prioriteiten",
        "important",
        "priorities",
        # "Wat kan ik leren van het METRO-voorbeeld?" (fifth session)
        "leren",
        "leert",
        "les",
        "lessen",
        "learn",
        "lessons",
        # "Vat het artikel van Be Informed samen", "give me the gist of the NORA dossier" (seventh
        # session: both declined, the words of a summary request are no subject)
        "vat",
        "samen",
        "samenvatting",
        "samenvatten",
        "kern",
        "kernboodschap",
        "hoofdlijn",
        "hoofdlijnen",
        "essentie",
        "strekking",
        "artikel",
        "stuk",
        "pagina",
        "tekst",
        "verhaal",
        "bericht",
        "zin",
        "kort",
        "summary",
        "summarise",
        "summarize",
        "gist",
        "essence",
        "article",
        "page",
        "text",
        "piece",
        "main",
        "points",
        "key",
    ]
)
"""Words that ask for a source's view as a whole ("Verschilt de aanpak van Morgens van die van
ICTU?"): between named sources they are no subject, each source's own passages answer (the
comparison otherwise said "de gevonden passages zeggen hier niets over" for Morgens; new
informal questions, fourth session; ``tests/test_question.py``)."""


def about_the_sources_only(focus: str) -> bool:
    """The focus has only words asking for a view ('aanpak', 'visie'): no subject of its own."""
    said = focus.split()
    return bool(said) and all(w in VIEW_WORDS for w in said)


AGREEMENT = re.compile(
    r"\bhet\s+(?:er\s+)?(?:(?:niet|nooit|wel|echt|helemaal|onderling|samen)\s+)*(?:mee\s+)?(?:on)?eens\b",
    re.I,
)
"""'het (niet) eens zijn/worden', 'het er niet mee eens': (dis)agreement asked, not the filler 'eens'."""
AGREEMENT_WORD = "oneens"
"""What a question about (dis)agreement asks about, in one word a text can share ("eens of oneens"):
"En wat als de partners het niet eens zijn?" lost 'eens' as a filler and was answered about the
partners in general (new informal follow-ups, twelfth session; ``tests/test_question.py``)."""


SOURCES_AGREE = re.compile(
    r"\b(?:zijn|waren|is)\s+(?:ze|zij|de bronnen|de auteurs|beide|beiden|ze allebei|"
    r"\S+(?:\s+\S+){0,2}?\s+en\s+\S+(?:\s+\S+){0,2}?)\s+het\b",
    re.I,
)
""""Zijn ze het eens?", "Zijn Froger en Groothedde het eens?": whether the sources agree, a
comparison of views (``question.py``), not a subject. A name may have up to three words ("Zijn GBO
en Be Informed het eens?" searched 'oneens'; fifteenth session, ``tests/test_question.py``)."""


def without_fillers(text: str) -> str:
    """The text without fillers ('eigenlijk', 'nou', 'eens'); (dis)agreement asked as its word,
    unless it asks whether the sources agree (``SOURCES_AGREE``)."""
    text = rephrased(text)
    said = text if SOURCES_AGREE.search(text) else AGREEMENT.sub(f" {AGREEMENT_WORD} ", text)
    return FILLERS.sub(" ", said)


ADJECTIVE_SIDE = re.compile(
    r"\b(?!(?:dezelfde|andere|welke|ene|de|die|deze|elke)\b)(\w{3,}e)\s+(?:kant|kanten|aspect|aspecten)\b",
    re.I,
)
"""'de menselijke kant', 'het relationele aspect': the adjective names what is asked, the noun only
frames it ("Leggen GBO en ICTU allebei de nadruk op de menselijke kant?" was declined for 'kant';
sixteenth session). "dezelfde kant op" keeps its noun (practical p03)."""


def focus_of(text: str, sources: list[NamedSource] | None = None) -> str:
    """The content words the question is about: no fillers, scaffolding, generic words or source names."""
    # the name as written, not its words: "Zijn Be Informed en Ketens de baas het eens over wie de
    # baas is?" asks about 'baas' (sixteenth session, ``tests/test_question.py``)
    # "in 3 zinnen" asks a length, not about 'zinnen' (``frames.SENTENCES_ASKED``)
    text = SENTENCES_ASKED.sub(" ", without_counts_told(text))
    text = without_written(without_fillers(text), sources or [])
    cleaned = ADJECTIVE_SIDE.sub(r"\1", asking_verbs_out(text))
    # other names of a source named twice ("Groothedde en Froger") are capitalised where they stand
    capitalised = {fold(w) for w in re.findall(r"(?<!\w)[A-Z][\w-]*", text)}
    names = {w for s in sources or [] for w in s.matched_words if not s.written or w in capitalised}
    kept = [w for w in content_words(cleaned) if w not in SCAFFOLD and w not in names]
    return " ".join(w for w in kept if w not in GENERIC)


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

COUNT_TOLD = re.compile(
    r"\b(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|honderd|"
    r"two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b(?=\s+[^\W\d_]+)",
    re.I,
)
"""A count in the reader's account of their own situation ("We starten een nieuwe keten met vijf
gemeenten. Wat moeten we eerst regelen?"): a detail of their case, not what the sources are asked
about; 'vijf' was searched and the question declined (new informal questions, nineteenth session;
``tests/test_question.py``). A count in the question itself ("Wat zijn de vijf organisatievormen?")
stays."""
_ASKED_LAST = re.compile(r"^(?P<told>.*[.!])\s+(?P<asked>[^.!]*\?)\s*$", re.S)


def without_counts_told(text: str) -> str:
    """The question without the counts (``COUNT_TOLD``) in the sentences before the one that asks."""
    found = _ASKED_LAST.match(text)
    if found is None:
        return text
    return f"{COUNT_TOLD.sub(' ', found['told'])} {found['asked']}"


def _without_generic(text: str) -> str:
    """The text without ordinal and generic words ('goed', 'vooral', 'eerste'): they match
    passages by accident; measured on the tuning split (practical, conversations: hit@1 up)."""
    return _WORD.sub(lambda m: " " if m.group(0).lower() in GENERIC else m.group(0), text)
