"""The words that are never what a question is about, kept as data.

``GENERIC`` words are meaningful next to a topic and never a topic on their own, ``SCAFFOLD`` words
make a sentence a question, ``VIEW_WORDS`` ask for a source's view as a whole. ``assistant/focus.py``
reads them; each entry's comment says which question showed it is needed.
"""

from __future__ import annotations

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
        # a few, how many asked, not what: "Noem eens een paar ketens die echt succesvol zijn
        # geworden" led with "een paar overkoepelende succesfactoren" († held-apart practical p35,
        # twenty-sixth session, once 'noem' was no search word)
        "paar",
        "enkele",
        "niks",
        "nauwelijks",
        "amper",
        "soms",
        "nooit",
        # 'just' in the reader's story: "Ik ben net ketenregisseur geworden, waar begin ik?" was
        # answered on 'net' (twenty-first session)
        "net",
        # 'stays' is a copula: "Hoe zorg je dat de burger centraal blijft staan?" had a bullet on
        # NORA's wiki keeping its parts current ("blijven … actueel"; twenty-seventh session)
        "blijft",
        "blijven",
        "blijf",
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
        # "Welke weerstanden zijn er?" → "welke is het ergst?" was declined for 'ergst', a word no
        # source uses (twenty-fifth session; ``generators/ranking.py`` says the sources rank none)
        "ergst",
        "grootst",
        "slechtst",
        "slechtste",
        "zwaarst",
        "zwaarste",
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
DEFINER_WORDS = frozenset(
    ["bedoelen", "bedoelt", "bedoeld", "versta", "verstaan", "verstaat", "betekent", "betekenen"]
    + ["inhoudt", "inhouden", "omschrijving", "mean", "means", "meant"]
)
"""The verbs that ask what a word means ("Wat bedoelen ze met volwassenheid?"): the definition plan
scores with the question as asked, and 'bedoelen' matched "goed bedoelde maar onvoldoende
succesvolle overlegclubs", which led (new informal questions, twenty-second session)."""
# Question scaffolding: what a kind rule matched is not the focus either.
SCAFFOLD = frozenset(
    [
        "wat",
        "welke",
        "welk",
        "hoe",
        "waarom",
        "hoezo",  # "hoezo?" asks why (twenty-sixth session)
        # "…, wat zeg ik?" asks what to answer, no word to search ("Mijn wethouder wil resultaten zien,
        # wat zeg ik?" was unheard: 'zeg'; twenty-eighth session)
        "zeg",
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
        "overlap",
        "overlappen",
        "similarities",
        "differences",
        "raakvlak",
        "raakvlakken",
        "gemeen",
        "overeen",  # "In hoeverre komt Morgens overeen met het dossier?" (twenty-sixth session)
        "hoeverre",
        "common",
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
        "heet",  # "Hoe heet het stadium waarin …?" searched 'heet' (twenty-fourth session)
        "heten",
        "call",
        "called",
        "vergeleken",  # "Wat vindt GBO van vertrouwen vergeleken met de GEMMA?" searched it (24th)
        "vergelijken",
        "compared",
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
        # what a source recommends asks its words ("What does Morgens recommend?" was declined;
        # twenty-third session); not 'beschrijft': "Hoeveel bouwstenen beschrijft het dossier?" is
        # answered by the sentence that says how many the wiki describes (tests/test_abstention.py)
        "adviseert",
        "raadt",
        "describes",
        "recommend",
        "recommends",
        "advise",
        "advises",
        "suggest",
        "suggests",
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
        # "Do Morgens and GBO agree on what matters most?" searched 'matters' and was declined, where
        # "… het eens over wat het belangrijkst is?" compares their views (twenty-eighth session)
        "matters",
        "matter",
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
