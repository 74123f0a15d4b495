"""The words around a name that make it a source the question asks to hear from.

``sources.SourceDirectory.named_in`` reads a question with these: a cue before a plain word
("volgens het dossier", "wat zegt Morgens"), a saying verb near a name, a second source joined to a
named one, a follow-up that is only a source's word. Kept apart from the directory, which knows the
names; these know the question's grammar. Each entry's docstring names the question that showed it.
"""

from __future__ import annotations

import re

from assistant.focus_words import VIEW_WORDS

# Phrases that point at a source: the noun after them may be a plain word ("het dossier").
BEFORE = frozenset(["volgens", "bij", "in", "uit", "van", "door", "according", "of", "from"])
"""Words that make a following name the speaker: 'volgens de GEMMA', 'bij Morgens'; in English 'of' and 'from' as
'van' and 'uit' ("What are the eight success factors of Morgens?" quoted GBO's seminar beside Morgens; forty-third
session, ``tests/test_question.py``)."""
OF_THE_WORK = frozenset(
    [
        "auteur",
        "auteurs",
        "schrijver",
        "schrijvers",
        "maker",
        "makers",
        "uitgever",
        "titel",
        "datum",
        "versie",
        "author",
        "authors",
        "writer",
        "writers",
        "publisher",
        "title",
        "date",
        "version",
    ]
)
"""Nouns of a work's own facts: after them 'van' names the work as the topic, not as the speaker ("Wie zijn de
auteurs van Ketens de baas?" made the dossier speak, and "Wat is hun achtergrond?" was asked of the dossier,
which does not say; thirty-eighth session, ``tests/test_question.py``)."""
ROLE_NOUNS = frozenset(
    ["rol", "rollen", "taak", "taken", "positie", "functie", "plaats", "role", "roles", "task", "tasks"]
)
"""Nouns of what a party does: after them 'van' names an organisation a text mentions as the topic, not as a speaker
("Wat is de rol van de Belastingdienst in de loonaangifteketen?" asked the GBO report, where the Belastingdienst is a
discussion leader's employer, and was told "Belastingdienst zegt hier niets over"; new informal questions, fifty-first
session; ``tests/test_question.py``). A publication's name after them still speaks ("de rol van … volgens")."""
VIEW_VERBS = ("consider", "considers", "considered", "find", "finds", "believe", "believes")
"""English verbs of a source's view: they make a source speak (``SAYING``) and frame a question as 'vindt' does
(``scaffold.SCAFFOLD``): "Which success factor does Morgens consider most important?" quoted the dossier's two success
factors (forty-eighth session)."""


SAYING = frozenset(
    [
        "zegt",
        "zeggen",
        "zei",
        "zeiden",
        "vindt",
        "vinden",
        "vond",
        "noemt",
        "noemen",
        "noemde",
        "schrijft",
        "schrijven",
        "schreef",
        "stelt",
        "stellen",
        "stelde",
        "ziet",
        "zien",
        "onderscheidt",
        "onderscheiden",
        "beschrijft",
        "beschrijven",
        "beveelt",
        "adviseert",
        # what a source recommends ("Wat raadt het dossier aan?" searched 'dossier' everywhere and led with Cor Franke's
        # presentation of it; forty-eighth session)
        "raadt",
        "raden",
        "raadde",
        "concludeert",
        "waarschuwt",
        "benadrukt",
        # telling is saying: "Wat vertelt Froger over zijn ervaring?" searched every source and led with how Cor Franke
        # turned his experience into the dossier (new informal questions, forty-sixth session)
        "vertelt",
        "vertellen",
        "vertelde",
        "vertelden",
        "tells",
        "tell",
        "told",
        # English as Dutch 'schreef': the follow-up "and what is it about?" after "Who wrote Ketens de baas?" carried
        # 'wrote', not the dossier (new informal questions, fiftieth session; ``tests/test_bibliography.py``)
        "writes",
        "wrote",
        # what a text analyses or discusses is what it says: "Wat analyseert de GEMMA-pagina?" searched every source and
        # quoted the dossier's "Hoofdstuk 1 … analyseert ketens …" (new informal questions, forty-sixth session)
        "analyseert",
        "analyseren",
        "bespreekt",
        "bespreken",
        "behandelt",
        "behandelen",
        # what a source wants or aims at is its own word on it: "Wat wil Be Informed bereiken?" searched every source and
        # led with the dossier's "… om de ketendoelstelling te bereiken" (new informal questions, forty-ninth session)
        "wil",
        "willen",
        "wilde",
        "wilden",
        "beoogt",
        "streeft",
        "wants",
        "want",
        "aims",
        # what a text uses as an example is what it gives: "Welk voorbeeld gebruikt het dossier voor vertrouwen?" searched
        # 'gebruikt' and every source (forty-seventh session)
        "gebruikt",
        "gebruiken",
        "gebruikte",
        "uses",
        "used",
        # what a person means by a word is what they say of it: "What does Groothedde mean by maturity?" weighed his name
        # as much as 'maturity' (new informal questions, forty-seventh session)
        "bedoelt",
        "bedoelen",
        "bedoelde",
        "mean",
        "means",
        "meant",
        "kijkt",
        "kijken",
        "denkt",
        "denken",
        "say",
        "says",
        "said",
        "argue",
        "argues",
        "write",
        "writes",
        "think",
        "thinks",
        *VIEW_VERBS,
        "see",
        "sees",
        "recommend",
        # "What does the GEMMA advise municipalities?" quoted Boissevain (forty-eighth session)
        "advise",
        "advises",
        "recommends",
        "conclude",
        "concludes",
        # "Welke tips geeft Froger?" gave tips from other sources; "Which success factors does
        # Groothedde mention?" too (new informal questions, ninth session; tests/test_speaker_questions.py)
        "geeft",
        "gaf",
        "geven",
        "mention",
        "mentions",
        "mentioned",
        "talks",
        "talk",
        "speaks",
        "name",
        "names",
        "give",
        "gives",
        # "Which success factor does Morgens see as the most important?" quoted Froger (twenty-fifth)
        "see",
        "sees",
        # "Wat verstaat het dossier onder een keten?" searched 'dossier' (twenty-sixth session)
        "verstaat",
        "verstaan",
        "bedoelt",
        "bedoelen",
        "definieert",
        "definiëren",
        "omschrijft",
        "omschrijven",
        "means",
        "defines",
        "bedoelt",
        "bedoelen",
        "bedoelde",
        "verstaat",
        "verstaan",
        "means",
    ]
)
HAVING = frozenset(["heeft", "hebben", "has", "have"])
"""What a source has, right before its name, is what it names: "Hoeveel succesfactoren heeft Morgens?" counted the
dossier's two; not a 'heeft' further off ("Wat heeft ketensturing met de NORA te maken?" asks about the NORA) nor
the auxiliary after it ("… het model dat Morgens heeft onderzocht" was declined; new informal questions and a gate
run, forty-fifth session)."""
PARTICIPLE = re.compile(r"\b(?:\w{0,6}ge\w{2,}(?:d|t|en)|\w+eerd)\b", re.I)
"""A past participle after the name makes a 'heeft' before it an auxiliary ("Wie heeft Ketens de baas geschreven
volgens ICTU?" set the dossier beside ICTU as a speaker; caught by the full test run, forty-fifth session)."""
HAVING_AFTER = frozenset(["have", "has"])
"""Right after the name in English ("How many success factors does Morgens have?"), as ``HAVING``."""
ARTICLES = frozenset(["de", "het", "een", "the", "a", "an", "die", "dat"])
# after a saying verb 'dat' opens what is said, no article ("Wie zegt dat vertrouwen doorslaggevend is?" took
# 'vertrouwen' for the dossier, which uses it often, and said it was silent; thirty-seventh session)
NAME_CUE = r"\b(?P<cue>volgens|according\s+to)\s+(?:het\s+|de\s+|the\s+)?"
"""'volgens (het) …' right before a source's name as written: that source speaks, and 'volgens' is no word of the
subject (``question``, ``rules.cue_stems``)."""
_CUE_TAIL = (
    r")\s+"
    r"(?:(?:het|de|die|the)\s+|dat\s+(?=(?:[\w-]+\s+)?(?:dossier|artikel|stuk|verslag|rapport|onderzoek)\b))?"
    r"(?P<word>[\w-]+)"
)
_TEXT_CUES = (
    r"volgens|zegt|zeggen|zei|zeiden|ziet|vindt|vond|vonden|schrijft|schreef|noemt|noemde|beschrijft|beschreef|"
    r"bedoelt|verstaat|says|said|according to"
)
TEXT_CUE = re.compile(r"\b(?:" + _TEXT_CUES + _CUE_TAIL, re.I)
"""A saying verb before a word in a source's own text: the words a source is cued by most are its own nouns ('dossier',
``SourceDirectory.build``). Not 'geeft' or 'gebruikt': "Ketens de baas gebruikt de ketenoverlegstructuur …" made
'ketenoverlegstructuur' a name of the dossier."""
CUE = re.compile(
    r"\b(?:"
    + _TEXT_CUES
    + r"|geeft|gaf|gebruikt|gebruikte|gives|uses|raadt|raadde|adviseert|recommends"
    + _CUE_TAIL,
    re.I,
)
WHO_BEFORE = re.compile(r"\b(?:wie|who)\s+$", re.I)
"""'wie' right before a cue verb (``CUE``): the word after the verb is what is said, not who says it ("Wie noemt
vertrouwen doorslaggevend?" read 'vertrouwen' as a name of the dossier; forty-first session)."""
LOOKS_LIKE = re.compile(r"^\s*(?:zie[tn]|zagen|zag)\b[^?.!]*\b(?:er\s*)?uit\s*[?.!]*\s*$", re.I)
"""'zien … (er)uit' is 'look like', not a view: the word after 'ziet' is the thing asked, not a speaker ("Hoe ziet
goede ketensamenwerking eruit?" took 'goede', a word the dossier uses often, for the dossier and quoted its
weerstanden; new informal questions, fifty-first session; ``tests/test_speaker_questions.py``)."""
ASKED_CUE = re.compile(
    r"\b(?:does|do|did)\s+the\s+(?P<word>[\w-]+)\s+(?:say|mention|recommend|advise)\b",
    re.I,
)
"""In a question also "What does the dossier say about trust?" (twenty-third session). 'beschrijft' is a
cue in ``CUE`` as 'noemt' is: "Welke bouwstenen beschrijft het dossier?" led with one block's signpost
and missed the overview list; with the document noun out of the search (``search_text.lexical_query``)
the count of "Hoeveel bouwstenen beschrijft het dossier?" is still found (twenty-fourth session;
``tests/test_abstention.py``, ``tests/test_speaker_questions.py``)."""

WHAT_CUE = re.compile(
    r"\bwat\s+(?:het|de)\s+(?P<word>[\w-]+)\s+(?:zegt|zeggen|vindt|vinden|schrijft|noemt|beschrijft|stelt)\b",
    re.I,
)
""""Verschilt wat Morgens zegt over governance van wat het dossier zegt?": the dossier named after
'wat', its verb after it; the side 'dossier' searched the word and quoted the colophon (new informal
comparisons, twenty-fourth session; ``tests/test_comparison_rules.py``). "Vergelijk Morgens met het dossier over ambitie" labelled Morgens'
text "Dossier over ambitie" (twenty-sixth session)."""


ABOUT_CUE = re.compile(
    r"^\W*(?:en\s+)?(?:gaat|ging|gaan|gingen)\s+(?:het|de)\s+(?P<word>[\w-]+)\s+"
    r"(?:(?:ook|niet|vooral|alleen|echt|eigenlijk|nog)\s+)?over\b"
    r"|^\W*(?:and\s+)?(?:is|was)\s+the\s+(?P<en>[\w-]+)\s+(?:(?:also|mainly|only|really)\s+)?about\b",
    re.I,
)
"""Whether a source is about a thing ("Gaat het dossier over techniek?"): the source's own word ('dossier') speaks; the
question searched 'dossier' everywhere and led with Cor Franke's presentation of it, not the dossier's "Het katern gaat
niet over techniek" (new informal questions, forty-eighth session; ``tests/test_speaker_questions.py``)."""


WRITTEN_CUE = re.compile(
    r"\b(?:voor\s+wie|waarom|waarvoor)\s+(?:is|was|werd|zijn|waren)\s+(?:(?:het|de)\s+)?(?P<word>[\w-]+)(?:\s+[\w-]+){0,3}?\s+"
    r"(?:(?:eigenlijk|nou|precies|vooral)\s+)?(?:geschreven|bedoeld|opgesteld|gemaakt)\b"
    r"|\b(?:for\s+whom|why)\s+(?:is|was)\s+the\s+(?P<en>[\w-]+)\s+(?:written|meant|intended)\b",
    re.I,
)
"""For whom or why a source was written ("Voor wie is het dossier geschreven?"): the source's own word ('dossier')
speaks (who wrote it is a publication fact, ``bibliography.py``); the question searched every source and quoted Morgens (new informal questions, forty-ninth session;
``tests/test_bibliography.py``)."""


AGREE_CUE = re.compile(
    r"\b(?:is|zijn|was|waren)\s+(?:het|de)\s+(?P<word>[\w-]+)\s+het\s+(?:daar|hier|er)?(?:mee\s+|\s+mee\s+)?"
    r"(?:(?:niet|wel|ook)\s+)?(?:mee\s+)?(?:eens|oneens)\b",
    re.I,
)
""""Is het dossier het daarmee eens?" after what Morgens says about ambition: the dossier is asked to
speak, as 'volgens het dossier' asks it; the word was searched in Morgens' text instead ("papieren
en digitale dossiers"; new informal follow-ups, twenty-seventh session; ``tests/test_speaker_questions.py``)."""


RELATION_CUE = re.compile(
    r"\b(?:wat\s+(?:heeft|hebben|had)\s+(?P<article>het\s+|de\s+)?(?P<word>[\w-]+)\s+met\b[^?]{1,60}\bte\s+maken"
    r"|what\s+(?:does|do|did)\s+(?P<the>the\s+)?(?P<en>[\w-]+)\s+have\s+to\s+do\s+with)\b",
    re.I,
)
""""Wat heeft de GEMMA met ketens te maken?" asks what that source says about chains: it is its
speaker as in "wat zegt de GEMMA over ketens" (it was an open question answered from Morgens and the
dossier; new informal questions, twenty-eighth session; ``tests/test_speaker_questions.py``). A plain
word names a source only after an article ("het dossier"): "Wat heeft ketensturing met de NORA te
maken?" asks about ketensturing (tuning n49)."""


USE_CUE = re.compile(
    r"\bwat\s+(?:heb|hebt|heeft|hebben)\s+(?:ik|je|jij|we|wij|u|men|jullie)\s+(?:er\s+)?"
    r"(?:als\s+(?:een\s+)?[^\W\d_]+\s+)?aan\b"
    r"|\bwhat\s+(?:use|good)\s+is\b|\bwhat\s+(?:do|does|can)\s+\w+\s+(?:get|gain)\s+from\b",
    re.I,
)
""""Wat heb ik aan de GEMMA als gemeente?" asks what that source offers, in its own words: it is asked
as in "wat zegt de GEMMA" (it was an open question answered from Be Informed's municipalities; new
informal questions, thirtieth session; ``tests/test_speaker_questions.py``). Only beside a named
source (``question.analyse``). The asker's role may come first ("Wat heb ik als gemeente aan de GEMMA?"
led with Be Informed's jeugdzorg; thirty-eighth session)."""


def with_article(match: re.Match[str]) -> bool:
    """The cue's source word comes after an article ("wat heeft het dossier …")."""
    return any(name in match.re.groupindex and match.group(name) for name in ("article", "the"))


def cued_word(match: re.Match[str]) -> tuple[int, str]:
    """Where the source's word of a cue starts, and the word (``RELATION_CUE`` has two spellings)."""
    name = "en" if "en" in match.re.groupindex and match.group("en") else "word"
    return match.start(name), match.group(name)


JOINED = re.compile(r"\s+(?:en|of|and|or)\s+(?:het|de|die|the)\s+(?P<word>[\w-]+)", re.I)
"""A source's own word joined to a named source ("Zeggen Morgens en het dossier hetzelfde over
ambitie?"): 'het dossier' is the second source, not a word to search — it had no side and the answer
led with the strafrechtketen (new informal comparisons, twenty-fifth session;
``tests/test_comparison_rules.py``)."""

SOURCE_ALONE = re.compile(
    r"^\W*(?:en|and)\s+(?:(?:van|volgens|bij|in|over|from|in)\s+)?(?:het|de|the)\s+(?P<word>[\w-]+)\W*$", re.I
)
""""En het dossier?" after "Wat zegt Morgens over ambitie?" names only a source, by a word its text
uses: it asks that source's view on the same subject. It became "Wat zegt Morgens over dossier?"
(new informal follow-ups, twenty-fifth session; ``tests/test_gate_follow_ups.py``)."""

FINDING = frozenset(["vindt", "vinden", "vond", "vind", "find", "finds"])
"""Saying verbs that also mean 'to find': after 'waar' they ask for a place."""
AND = frozenset(["en", "of", "and", "or"])
"""'volgens Morgens en Groothedde': a name joined to a speaker by these speaks too."""


COMPARED_WITH = re.compile(
    r"\b(?:anders\s+dan|dan|vs\.?|versus|tegenover|in\s+vergelijking\s+met|vergeleken\s+met|met\s+(?:die|dat)\s+van|"
    r"vergelijk\w*\s+.+?\s+met|compare\s+.+?\s+(?:to|with)|overeen\s+met|verschil(?:t|len)\s+.+?\s+van|"
    r"than|compared\s+(?:to|with)|(?:on)?eens\s+met|agree\s+with)\s+(?:het|de|the)\s+(?P<word>[\w-]+)",
    re.I,
)
"""A source's own word after a comparing phrase, once another source is named: "Morgens vs het dossier
over governance", "Zegt Froger iets anders dan het dossier over vertrouwen?" had the side "Dossier
over governance" or none (new informal comparisons, twenty-fifth session;
``tests/test_comparison_rules.py``); "Verschilt Be Informed van het dossier over netwerken?" quoted
ICTU on who wrote the dossier as the dossier's side (twenty-seventh session). "Is Morgens het eens met het
dossier over politieke druk?" heard Morgens alone (twenty-eighth session)."""


VIEW_CUE = re.compile(
    r"^\W*(?:en\s+)?(?:wat|hoe)\s+(?:is|zijn|luidt|luiden)\s+(?:de|het|zijn|haar|hun)\s+(?P<view>[\w-]+)\s+van\b"
    r"|^\W*(?:and\s+)?what\s+(?:is|are)\s+(?:the\s+(?P<en>[\w-]+)\s+of\b|[\w\s-]{1,40}?['’]s?\s+(?P<own>[\w-]+)\b)",
    re.I,
)
"""A source's view named by a noun: "Wat is de visie van Be Informed op ketens?", "What is Morgens' opinion about …?"
asks what that source says, as "wat vindt Be Informed van ketens" does; read as a definition of 'visie ketens' it
opened with a quote of the dossier's four dimensions (new informal questions, fifty-fourth session;
``tests/test_publication_views.py``). The noun must be a view word (``focus_words.VIEW_WORDS``): ``view_asked``."""


def view_asked(text: str) -> str:
    """The view word a question names a source's view by (``VIEW_CUE``), lowercased; '' when there is none."""
    match = VIEW_CUE.search(text)
    if match is None:
        return ""
    word = (match.group("view") or match.group("en") or match.group("own") or "").lower()
    return word if word in VIEW_WORDS else ""
