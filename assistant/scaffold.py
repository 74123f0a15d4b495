"""The words that make a sentence a question, kept as data: never what a question is about.

What a kind rule matched ("wat", "hoe", "noem", "mention") is not the focus either.
``assistant/focus.py`` leaves them out; each entry's comment says which question showed it is
needed. Split from ``focus_words.py`` (twenty-ninth session) when that passed 400 lines.
"""

from __future__ import annotations

from assistant.source_cues import VIEW_VERBS

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
        # what is meant by a word is what it means: "Wat bedoel je met een keten?" (forty-seventh session)
        "bedoel",
        "bedoelt",
        "bedoelen",
        "weet",  # "Hoe weet ik of mijn keten in stadium 1 zit?" asks about the stage, not about knowing
        "rol",  # "What is the role of trust in a chain?" asks what trust does
        "role",
        "definitie",  # "Wat is de definitie van een keten volgens de GEMMA?" is "wat is een keten"
        "definities",
        "klopt",  # "Klopt het dat ketensamenwerking mensenwerk is?" asks the claim, not 'kloppen' (ninth)
        "helpt",  # "En als dat niet helpt?", "Wat helpt tegen weerstand?": whether it works, not
        "helpen",  # 'helpt' ("Het NORA-dossier … helpt ze op weg" led; sixteenth session)
        "lukt",
        # an alternative asked names what to do instead, not a word to find ("Wat is het alternatief?" after
        # the estafettemodel quoted "… wanneer er geen alternatief is"; thirty-fifth session)
        "alternatief",
        "alternatieven",
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
        # "Wat zeiden ze op het GBO-seminar?" searched 'zeiden' and was declined (forty-first session)
        "zeiden",
        "gezegd",
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
        # "Welke ketens worden in het dossier als voorbeeld genoemd?" searched 'genoemd' (thirty-third session)
        "genoemd",
        "noemde",
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
        # 'iets' in English: "Does GBO say anything about IT?" searched 'anything' and was declined (fiftieth session)
        "anything",
        "something",
        # 'klopt het' in English: "Is it true that chains have no boss?" searched 'true' and led with what a chain is
        # (fiftieth session)
        "true",
        "correct",
        *VIEW_VERBS,  # what a source considers or finds frames its view as 'vindt' does (forty-eighth session)
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
        "matters",  # "which one matters most?" after the eight pillars was declined (twenty-ninth session)
        "matter",
        "mention",  # "Which success factors does Groothedde mention?"
        "mentions",
        "mentioned",
        "talks",  # "What is the platform Boissevain talks about?" was declined (forty-fifth session)
        "talk",
        "speaks",
    ]
)
