"""The words that are never what a question is about, kept as data.

``GENERIC`` words are meaningful next to a topic and never a topic on their own, ``VIEW_WORDS`` ask for a source's view as a whole. ``assistant/focus.py``
reads them (and ``scaffold.SCAFFOLD``, the words that make a sentence a question); each entry's comment says which question showed it is needed.
"""

from __future__ import annotations

# Ordinal and generic words: meaningful next to a topic, never a topic on their own.
GENERIC = frozenset(
    [
        "nodig",  # "Heeft een keten een baas nodig?" led with "die betrokkenheid is nodig" (eighth)
        # "Hoe ga je om met weerstand bij medewerkers?" asks how to handle what follows 'met': the joined
        # 'omgaan' lifted "goed omgaan met de spanning …" (thirty-fourth session, ``tests/test_lead_rules.py``)
        "omgaan",
        # so does "Hoe pak je weerstanden aan?": the joined 'aanpakken' was the rarest word asked, and the
        # answer listed the resistances, not how they are overcome (fortieth session, ``tests/test_lead_rules.py``)
        "aanpakken",
        # "Hoe krijg je draagvlak?" and "Hoe creëer je draagvlak?" were declined on the verb: the noun says what
        # is asked (fortieth session, ``tests/test_lead_rules.py``); generic, no scaffolding, so that "Hoe krijg
        # je partners mee?" still joins 'meekrijgen' (``verbs.joined_verb``)
        "krijg",
        "creëer",
        "creeer",
        "creëren",
        "creeren",
        "eerste",
        # what to do first, not what about: "We starten een nieuwe keten met vijf gemeenten. Wat moeten we
        # eerst regelen?" was told the sources give no advice on 'eerst' (thirtieth session)
        "eerst",
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
        # a judgement asked of the subject, as 'goed': "Is political pressure useful?" searched 'zinvol' and 'nut' and led
        # with "Ketensamenwerking kan een sterk middel zijn …", not Morgens' "politieke druk is cruciaal" (forty-ninth)
        "nuttig",
        "zinvol",
        "useful",
        "helpful",
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
        # whether an amount suffices, not what about: "Hoeveel overleg is genoeg?" was declined on the
        # rare 'genoeg' (thirty-first session); ``leads.SUFFICIENCY`` reads it in a yes/no question
        "genoeg",
        # a stance, no subject: "Hoe sta je tegenover regie?" found "Tegenover de ketenpartners is de
        # ketenmanager … aanspreekbaar" (thirty-first session)
        "tegenover",
        "niks",
        "nauwelijks",
        "amper",
        "soms",
        # how long or how often, told of the reader's scene: "Onze stuurgroep vergadert eindeloos zonder
        # besluiten. Wat nu?" was declined, 'eindeloos' in no source (thirty-ninth session)
        "eindeloos",
        "telkens",
        "almaar",
        "constant",
        "urenlang",
        "nooit",
        # 'just' in the reader's story: "Ik ben net ketenregisseur geworden, waar begin ik?" was
        # answered on 'net' (twenty-first session)
        "net",
        # having just started tells the scene as 'geworden' does: "Ik ben net begonnen als ketenregisseur. Waar
        # begin ik?" was searched for 'begonnen' alone (thirty-ninth session)
        "begonnen",
        "gestart",
        # where something comes from asks its cause ("Waar komt weerstand vandaan?" was declined for it;
        # thirty-ninth session, ``kinds``)
        "vandaan",
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
        # an intensifier, no subject: "Wat moet ik zeker niet doen in een keten?" led with the GEMMA's "Zeker in dat
        # laatste geval …" (forty-eighth session)
        "zeker",
        "absoluut",
        # whether the sources know the reader's scene, not what about: "Iedereen wijst naar elkaar als het misgaat.
        # Herkenbaar?" led with the dialogue's "valkuilen herkennen" (forty-eighth session)
        "herkenbaar",
        # what kind of people, not a subject: "Welke eigenschappen moeten mensen hebben volgens Froger?" was declined on
        # 'eigenschappen' (new informal questions, forty-ninth session); alone, the glossary reads it as 'kenmerken'
        "eigenschappen",
        "eigenschap",
        "kwaliteiten",
        "recognisable",
        "recognizable",
        # when, not what: "Waar werkte John Froger eerder?" was read as about 'eerder' and quoted Cor Franke, "eerder
        # ketenmanager van de loonaangifteketen" (forty-eighth session)
        "eerder",
        # how usual a thing is grades it, it does not name it: "Wat zijn typische valkuilen?" was declined, its
        # pitfalls covered but no top passage 'typisch' (new informal questions, forty-eighth session)
        "typisch",
        "typische",
        "typical",
        "veelvoorkomend",
        "veelvoorkomende",
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
    ["bedoel", "bedoelen", "bedoelt", "bedoeld", "versta", "verstaan", "verstaat", "betekent", "betekenen"]
    + ["inhoudt", "inhouden", "omschrijving", "mean", "means", "meant"]
)
"""The verbs that ask what a word means ("Wat bedoelen ze met volwassenheid?"): the definition plan
scores with the question as asked, and 'bedoelen' matched "goed bedoelde maar onvoldoende
succesvolle overlegclubs", which led (new informal questions, twenty-second session)."""
VIEW_WORDS = frozenset(
    [
        "aanpak",
        "visie",
        "standpunt",
        "mening",
        "kijk",
        # "Wat is het verschil tussen de blik van Groothedde en die van Morgens?" searched 'blik' and was declined
        # (new informal comparisons, fifty-second session)
        "blik",
        "perspectief",
        "zienswijze",
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
        # what a source adds to another's view is its own view: "And what does Morgens add?" after the dossier's message
        # was declined for 'add' (new informal follow-ups, fifty-third session)
        "add",
        "adds",
        "toevoegen",
        "toevoegt",
        "voegt",
        "voegen",
        # "Verschillen Morgens en GBO in wat ze belangrijk vinden?" (fifth session)
        "belangrijk",
        "belangrijkst",
        "belangrijkste",
        "vinden",
        "vindt",
        # "Wat vind jij de belangrijkste les?" searched 'vind' and led with the GEMMA's "Het vinden en
        # verkennen van mogelijkheden …" (new informal questions, thirty-third session)
        "vind",
        "vond",
        "vonden",
        # "Wat concludeerde Froger?" searched 'concludeerde' and was declined (thirty-seventh session)
        # what came out of a work is its finding: "Wat bleek uit het onderzoek?" was declined (forty-ninth session)
        "blijkt",
        "bleek",
        "blijken",
        "bleken",
        "concludeert",
        "concludeerde",
        "concluderen",
        "concludeerden",
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
        # "Wat is het belangrijkste advies van Morgens?": the advice is what Morgens says, no subject of
        # its own (its lede led over "De belangrijkste succesfactor …"; thirty-second session)
        "advies",
        "adviezen",
        "advice",
        "tip",
        "tips",
        # the gist of a person's talk is their view: "Wat is de strekking van het verhaal van Froger?" led with the
        # seminar's conclusion (new informal questions, forty-ninth session; ``kinds.KIND_RULES``)
        "strekking",
        "teneur",
        "lezing",
        "presentatie",
        "betoog",
        "toespraak",
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


DESCRIBED = frozenset(["grootste", "kleinste", "sterkste", "zwakste", "moeilijkste", "lastigste", "zwaarste"])
"""The generic superlatives that may name a thing by a property ("de grootste partner"): not an ordinal
('een eerste overleg' asks about a meeting, not the first building block) or a quantifier ('de meeste
ketens'), which found 'meestal' (``focus.DESCRIBING``)."""
