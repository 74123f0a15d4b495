"""Question kinds: small named rules over Dutch and English question grammar.

The kind decides how an answer is composed (``assistant/generators/composition.py``). Rules are
tried in order; the first that matches wins (``open`` when none does). They are general
question phrasing, not corpus vocabulary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.focus import FILLERS
from assistant.kind_patterns import (
    BARE_OPTIONS,
    CHOICE,
    COMPARATIVE,
    COMPARED_VERB,
    FINDS_PATTERN,
    GONE,
    POINTING_BACK,
    SAID_WHERE,
    WORKS,
)
from assistant.scenes import SCENE_CLAUSE, asking_sentence

KINDS = (
    "definition",
    "list",
    "comparison",
    "advice",
    "cause",
    "consequence",
    "example",
    "who_said",
    "yes_no",
    "summary",
    "open",
)


@dataclass(frozen=True)
class KindRule:
    """A question kind and the phrasing that signals it."""

    kind: str
    pattern: re.Pattern[str]
    why: str


def _rule(kind: str, pattern: str, why: str) -> KindRule:
    return KindRule(kind, re.compile(pattern, re.I), why)


def _unnamed(pattern: str) -> str:
    """``pattern`` with its named groups made plain, to join it with others that use the same names."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


KIND_RULES: tuple[KindRule, ...] = (
    _rule(
        "definition",
        r"^\W*(?:wat\s+(?:is|zijn|betekent|betekenen)|what\s+(?:is|are))\b"
        r"(?!.*\b(?:kern\w*|strekking|essentie|hoofdlijn\w*|boodschap|samenvatting|artikel|dossier|stuk|verhaal|"
        r"verslag|rapport|onderzoek|message|points?|article|report|dossier)\b)"
        r"(?=.*(?:\b(?:in\s+het\s+kort|kort\s+gezegd|in\s+a\s+nutshell|briefly)\b|\bin\s+(?:één|een|1|one|a)\s+(?:zin|sentence)\b))",
        "a term asked for briefly is still asked what it means: 'Wat is in het kort een keten?', 'Wat is "
        "ketenregie, in één zin?' were read as a source's summary; a message or article asked for stays a "
        "summary ('Wat is in het kort de boodschap van Ketens de baas?'; twenty-third session)",
    ),
    _rule(
        "open",
        r"^\W*(?:wat|hoe)\s+(?:vindt|vond|ziet|zag|noemt|noemde)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+"
        r"(?:de|het)\s+(?:kern|essentie|strekking|boodschap)\b",
        "what a named person finds the essence of a work is that person's view, no summary of the work: "
        "'Wat vindt Ruiterman de essentie van Ketens de baas?' set the dossier beside ICTU's article as a "
        "comparison (new informal questions, thirty-fifth session)",
    ),
    _rule(
        "open",
        r"^\W*wat\s+is\s+volgens\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+(?:de|het)\s+"
        r"(?:kern|essentie|strekking|boodschap)\s+van\b"
        r"|^\W*wat\s+is\s+(?:de|het)\s+(?:kern|essentie|strekking|boodschap)\s+van\b[^?]{2,60}\bvolgens\s+"
        r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\W*$",
        "the same asked with 'volgens': 'Wat is volgens Ruiterman de essentie van Ketens de baas?' set the dossier "
        "beside ICTU's article as a comparison and never quoted him (new informal questions, forty-sixth session)",
    ),
    _rule(
        "open",
        r"\b(?:kern|essentie|strekking|boodschap)\s+van\s+(?:het|de|zijn|haar)\s+"
        r"(?:verhaal|lezing|presentatie|betoog|bijdrage|toespraak)\s+van\s+(?-i:[A-Z])[\w-]*",
        "the gist of a person's talk is what that person says, no summary of the source that reports it: 'Wat is de "
        "strekking van het verhaal van Froger?' led with the seminar's conclusion (new informal questions, forty-ninth "
        "session)",
    ),
    _rule(
        "summary",
        FINDS_PATTERN
        + r"(?:\s+(?:in|uit|van|bij)\s+(?-i:[A-Z])[\w.-]*)?\s*(?:er\s+zelf|zelf|eigenlijk|nou|dan)?\W*$",
        "what a source or event finds or concludes, with nothing else asked, is its main message: 'Wat "
        "vond het seminar in Twente?' answered who organised it and 'Wat concludeert Morgens?' was declined "
        "(new informal questions, thirty-seventh session); said of a person in a source it asks that person "
        "(``question.analyse``)",
    ),
    _rule(
        "summary",
        r"\b(?:vat\b.{0,60}\bsamen|samenvatting|samenvatten|in (?:het )?kort|in (?:één|een|1) zin|"
        r"(?:de )?(?:kern|strekking|essentie|hoofdlijn\w*|boodschap) van (?:(?:het|de|dit|dat)\b|(?-i:[A-Z]))|"
        r"kernboodschap|"
        r"(?:belangrijkste|voornaamste)\s+(?:advies|adviezen|les|lessen|punt|punten|inzicht|inzichten)\s+"
        r"(?:uit|van)\s+(?:(?:het|de|dit|dat)\s+(?:[\w-]*-)?(?:" + WORKS + r"|lezing|presentatie|middag)\b"
        r"|(?:alle|de)\s+(?:bronnen|artikelen|documenten)\b|(?-i:[A-Z]))|"
        r"summar\w+|gist|in a nutshell|main points|key points|"
        r"(?:main|key|central|core|most\s+important)\s+(?:message|takeaway|lesson|advice|idea|point)s?\s+(?:of|from|in)\b)"
        r"|^\W*waar\s+(?:gaat|gaan|ging)\s+(?:het\s+|dat\s+|dit\s+)?(?:artikel|stuk|dossier|verhaal|verslag|rapport|"
        r"onderzoek|katern|document)\b[^?]{0,60}\bover\b"
        r"|^\W*waar\s+(?:gaan|gingen)\s+(?:de|alle|jouw|je|uw)\s+(?:bronnen|documenten|teksten|artikelen)\b[^?]{0,40}\bover\b"
        r"|\b(?:bronnen|documenten|artikelen)\b[^?]{0,40}\bwaar\s+(?:gaan|gingen)\s+(?:ze|die|deze)\b[^?]{0,20}\bover\b"
        r"|\b(?:overzicht|overview)\s+(?:van|of)\s+(?:de|alle|jouw|je|uw|the|all|your)\s+(?:bronnen|documenten|artikelen|sources|documents|articles)\b"
        r"|^\W*what\s+are\s+(?:the|your|all\s+the)\s+(?:sources|documents|articles)\b[^?]{0,40}\babout\b"
        r"|^\W*what\s+(?:is|are)\s+(?:the|this|that)\s+(?:article|piece|dossier|report|story|document)\b[^?]{0,60}\babout\b",
        "a source's main message is asked for, not one point of it ('Vat het artikel van Be Informed "
        "samen' was declined; seventh session; 'Waar gaat het artikel van Morgens over?' answered with "
        "its fourth paragraph; seventeenth session); 'de kern van' or 'de boodschap van' a source named "
        "without an article ('Geef me de kern van Ketens de baas in drie zinnen' listed three requirements "
        "of the decision model; twenty-fifth session); its most important advice or lesson ('Wat is het "
        "belangrijkste advies uit Ketens de baas?' led with 'het belangrijkste knelpunt'; twenty-seventh session); "
        "in English its main message ('What is the main message of the NORA dossier?' quoted ICTU on the "
        "NORA wiki; twenty-eighth session); the lesson of an event it reports on ('Wat is de belangrijkste les uit "
        "de bijeenkomst van GBO?' was declined on 'bijeenkomst'; thirty-sixth session)",
    ),
    _rule(
        "advice",
        r"^\W*(?:en\s+)?(?:wat|welke)\s+(?:is|zijn|was|waren)\s+(?:er\s+)?(?:de|het|een)?\s*(?:beste\s+)?"
        r"(?:alternatief|alternatieven(?!\s+voor))\b"
        r"|^\W*(?:and\s+)?what\s+(?:is|are)\s+(?:the|an?)?\s*(?:best\s+)?alternatives?\b",
        "an alternative asked is what to do instead: 'Wat is het alternatief?' after the estafettemodel was "
        "read as a definition of 'alternatief' (new informal follow-ups, thirty-fifth session); a solution "
        "asked stays what it is: advice quoted only the problem; the alternatives for a thing are the other forms it has, "
        "no advice ('Wat zijn alternatieven voor een keten?' led with a success factor; fortieth session)",
    ),
    _rule(
        "advice",
        r"^\W*(?:en\s+)?(?:hoe (?:zorg|krijg|voorkom|bouw|begin|organiseer)\w*"
        r"|wat (?:kan|kun|moet) (?:ik|je|we|u)(?!\s+(?:me|mij|ons|je|zich)\s+voorstellen\b)"
        r"(?!\s+(?:\w+\s+)?weten\s+(?:over|van)\b)"
        r"|hoe (?:ga|gaan) (?:ik|je|we|u) om met)\b",
        "an opening that asks what to do is advice, even when a comparison word follows "
        "('Hoe zorg je dat iedereen hetzelfde bedoelt met een begrip?'; new informal questions)",
    ),
    _rule(
        "yes_no",
        r"^\W*(?:en\s+)?(?:moet|moeten|wil|willen|hoeft|hoeven|zou|zouden|kan|kunnen|must|should|do|does|can)\s+"
        r"(?:iedereen|allemaal|alle\s+\w+|everyone|everybody|all\s+\w+)\b[^?]*\b(?:hetzelfde|dezelfde|zelfde|the\s+same)\b",
        "everyone wanting the same is one side asked a position, not two compared: 'Moet iedereen in "
        "de keten hetzelfde willen?' and 'Moeten alle partners hetzelfde doel hebben?' were read as "
        "comparisons with no sides (new informal questions, twenty-seventh session)",
    ),
    _rule(
        "comparison",
        r"\b(verschil(?:len|t)?|vergelijk\w*|overeenkomst\w*|overlap\w*|raakvlak\w*|lijk(?:t|en)\b.{0,80}\bop\b|hetzelfde|"
        r"zelfde|anders dan|versus|vs\.?|difference|differ\w*|compare\w*|similar\w*|the same|in common)\b"
        r"|\b(?:komt|komen)\b.{3,80}\bovereen\s+met\b"
        r"|^\W*wat\s+is\s+(?:er\s+)?anders\b[^?]{3,80}\bdan\b"
        r"|\bhebben\b.{3,80}\sen\s.{2,80}\b(?:gemeen|gemeenschappelijk)\s*[?.!]*$"
        r"|\b(?:beter|handiger|verstandiger|slimmer|better)\b\W+[^?]{3,60}\s(?:of|or)\s"
        r"|\b(?:beter|slechter|effectiever|better|worse)\s+(?:dan|than)\b"
        rf"|^\W*(?:{COMPARED_VERB})\s[^?]{{3,80}}?\b(?:{COMPARATIVE})\s+(?:dan|than)\b"
        r"|^\W*wat\s+onderscheidt\b.{3,80}\bvan\b|\bonderscheid\s+tussen\b"
        r"|^\W*(?!(?:hoe|wat|wie|waar|waarom|welke|how|what)\b)[\w-]+(?:\s+[\w-]+){0,2}\s+tegenover\s+[\w-]+"
        r"|\bverh(?:oudt|ouden)\b.{3,80}\bzich\s+tot\b|\brelate\s+to\b|\brelationship\s+between\b"
        r"|\b(?:relatie|verband|samenhang|verhouding)\s+tussen\b"
        r"|^\W*[^,?:]{3,50}\s(?:of|or)\s[^,?:]{3,50}[,:]\s*(?:wat|welke|wie|which|what|who)\b"
        r"|^\W*(?:welke|wie|which|who)\b[^,:?]*[,:]\s*[^,:?]{2,40}\s(?:of|or)\s[^,:?]{2,40}\?\s*$"
        rf"|^\W*(?:wat|wie|welke|what|which)\s+(?:{COMPARED_VERB}|weegt)\s+(?:het\s+)?(?:{COMPARATIVE})\s*[,:]"
        r"\s*[^?]{2,60}\s(?:of|or)\s[^?]{2,60}\?\s*$"
        rf"|{_unnamed(CHOICE)}|{_unnamed(BARE_OPTIONS)}"
        r"|^\W*wat\s+(?:zegt|noemt|vindt|schrijft)\s+[^?]{2,60}?\s+(?:dat|wat)\s+[^?]{2,60}?\s+niet\s+"
        r"(?:zegt|noemt|vindt|schrijft)\b",
        "two sources or concepts side by side (comparison set); also 'Werkt A beter dan B?', 'Wat "
        "onderscheidt A van B?', 'A of B, wat heb ik nodig?' (or 'wie beslist wat?', twentieth session) and 'Welke bron …, A of B?' (read as open, "
        "advice, yes/no and list; new informal questions, ninth session); any comparative: 'Is A "
        "belangrijker dan B?' (tenth session); 'Hoe verhoudt A zich tot B?' (fourteenth session); 'Is er "
        "overlap tussen A en B?' (read as a cause), 'Wat hebben A en B gemeen?' (open; twenty-first session); 'Wat is er "
        "anders in A dan in B?' (open; tuning c17, twenty-third session); 'Wat is de relatie tussen A en B?' "
        "(a definition that led with 'de relationele dimensie'; twenty-fifth session); 'A tegenover B: …?' (an open "
        "question on the continuum; thirty-first session); 'Wat is belangrijker, A of B?' (a definition of "
        "'belangrijker'; thirty-fourth session); 'Wat zegt A dat B niet zegt?' (declined as A's silence on 'dossier'; "
        "thirty-sixth session); 'Wie beslist: A of B?' as with a comma (open; fifty-fifth session)",
    ),
    _rule(
        "cause",
        r"^\W*(?:en\s+)?(?:waarom|why)\b",
        "a question that opens with 'waarom' asks a cause, whatever follows ('Waarom moet de top het "
        "goede voorbeeld geven?' is no request for an example; sixth session)",
    ),
    _rule(
        "cause",
        r"^\W*(?:en\s+)?(?:wat\s+is\s+(?:het|de)\s+(?:belang|nut|meerwaarde|toegevoegde\s+waarde)\s+van"
        r"|why\s+does\s+[^?]{2,60}\bmatter)\b",
        "what something is good for is answered by why it matters, as 'Waarom is X belangrijk?' is "
        "('Wat is het belang van kennisdeling?' led with the eight sturingselementen, one of which "
        "names it; new informal questions, twentieth session); 'Hoe belangrijk is X?' stays open: "
        "a sentence that weighs X answers it ('Vertrouwen is hierbij doorslaggevend'; tuning a52)",
    ),
    _rule(
        "list",
        r"^\W*(?:en\s+)?wat\s+(?:hoort|horen)\s+(?:er|daar|hier)\b[^?]{0,40}?\bbij\b",
        "what belongs to a thing asked, 'in de praktijk' or not: \"en wat hoort daar in de praktijk bij?\" "
        "after the relationele dimensie was read as a request for an example and said the sources give "
        "none (new informal follow-ups, twenty-seventh session)",
    ),
    _rule(
        "example",
        r"^\W*(?:en\s+)?(?:noem|geef)\s+(?:(?:eens|me|mij|ons|dan|nou|even)\s+)*(?:een|één)\s+[\w-]+\s+"
        r"(?:die|dat|waar|waarin|waarbij)\b",
        'one thing of a kind with what it must be, asked by name: "Noem eens een keten die goed werkt" '
        "listed the eight sturingselementen of successful chains (new informal questions, thirty-second "
        "session)",
    ),
    _rule(
        "example",
        r"(?<!het\s)(?<!goede\s)\b(praktijk)?voorbeeld(en)?\b"
        r"|\b(?:praktijk)?voorbeeld(?:en)?\b(?!\s+(?:geven|geeft|gaf|gaven)\b)"
        r"|\bexamples?\b|\bcase\b|\bin de praktijk\b",
        "a concrete case is asked for, not a rule (practical set); 'het goede voorbeeld geven' sets one "
        "('Moet de top het goede voorbeeld geven?' asks a position; eighteenth session)",
    ),
    _rule(
        "who_said",
        r"^\s*(?:(?:en|and)\s+)?(wie|who)\b.{0,30}\b(zegt|zei|zeggen|stelt(?![^?]*\s(?:aan|voor|op|in)\s*\?*\s*(?:\([^()]*\))?\s*$)|noemt|vindt|schrijft|says|said|argues)\b"
        r"|\bvolgens wie\b"
        r"|^\s*(?:(?:en|and)\s+)?(?:wie|who)\s+(?:heeft|hebben|had|spreekt|sprak|schrijft|schreef|talks?|writes?)\s+"
        r"(?:het\s+|er\s+)?(?:over|about)\b"
        r"|^\s*(?:(?:en|and)\s+)?(?:welke\s+bron(?:nen)?|which\s+sources?|what\s+sources?)\s+"
        r"(?:zegt|zeggen|noemt|noemen|says|say|mentions?)\s+"
        + POINTING_BACK
        + r"|^\s*(?:(?:en|and)\s+)?"
        + SAID_WHERE,
        "the speaker is asked for ('Wie stelt hem aan?' asks who appoints: 'aanstellen'; eighth session); "
        "'Welke bronnen zeggen dat?' asks who says the previous answer's claim (thirty-first session); 'Wie heeft het "
        "over een gezamenlijk platform?' asks who speaks of it (it was an open question; forty-first session)",
    ),
    _rule(
        "advice",
        r"\b(waar (moet|moeten|kan|kun|let) (ik|je|we|u)\b.{0,20}\blet\w*|waar begin\w* (ik|je|we|u)\b|"
        r"waar (?:moet|moeten|kan|kun|zou|zouden) (?:ik|je|we|u)(?= (?:\w+ )?(?:beginnen|starten)\b)|"
        r"wat (kan|kun|moet|moeten|zou|doe|doen) "
        r"(ik|je|we|u)\b(?!\s+(?:me|mij|ons|je|zich)\s+voorstellen\b)(?!\s+(?:\w+\s+)?weten\s+(?:over|van)\b)|hoe (kan|kun|moet|moeten|zorg|krijg|voorkom|bouw|pak|begin|houd|hou|organiseer|"
        r"bestuur|stuur|regel|maak|richt|los|voer)\w*\b|hoe (?!noem|heet|leg\b[^?]*\buit\s+wat\b)\w+ (ik|je|we|wij|u|men)\b|tips?\b|"
        r"wat (?:is|zijn) (?:een |de )?(?:(?:goede|slimme|verstandige|handige|eerste|tweede|derde|volgende|laatste|beste|logische) )+"
        r"(?:stap|stappen|manier|zet|begin|start)\b|"
        r"advie[sz]\w*|aanraden|aanpak\w*|hoe zorg|wat (?:is|zijn) (?:er )?nodig\b|wat heb\w* (?:ik|je|we|u) nodig\b|"
        r"wat helpt|wat nu\b|wat te doen\b|wat doen\W*$|what should(?![^?]{0,40}\b(?:contain|include|cover|know)\b)|what (?:can|do|should|could) (?:i|we|you)\b(?!\s+(?:\w+\s+){0,2}know\b)|how (do|can|should|to)\b|any tips|"
        r"advice)",
        "a recommendation or condition is asked for (practical set); 'Hoe <werkwoord> ik/je/we …' is "
        "a how-to whatever the verb ('Hoe meet je of de keten het goed doet?' read as open, and its "
        "lead was 'meet- en regelinstrumenten'; seventh session); so is 'Wat doe je als …?' (eighth), and 'Wat is nodig om …?' asks the conditions, not a term (twentieth); 'What can I do when …?' as "
        "'Wat kan ik doen …?' (twenty-sixth); 'weerstand partners, wat (te) doen?' typed as keywords (thirty-sixth); "
        "what a thing should contain asks its contents, as 'Wat moet er in … staan?' ('What should a chain report "
        "contain?' was told the sources give no advice; fortieth); 'Wat is een goede eerste stap als je een keten wilt "
        "opzetten?' asks what to do first, no definition of a step (it led with 'weten … niet waar zij moeten beginnen'; "
        "forty-sixth); what one should know about a thing asks about it, no advice ('Wat moet ik weten over "
        "ketensturing?' listed the consequences of poor ketensturing as if they were steps; fifty-third)",
    ),
    _rule(
        "cause",
        r"\b(waarom|hoezo|oorza\w+|hoe komt (?:het|dat)|waardoor|reden(en)?\b|why\b|causes?\b|reasons?\b"
        r"|waar\s+(?:ligt|lag)\s+(?:dat|het)\s+(?:\w+\s+)?aan|waar\s+(?:komt|komen|kwam|kwamen)\b[^?]{1,60}\bvandaan\b)",
        "causes are asked for, not consequences; 'Waar ligt dat aan?' too ('Onze keten levert niet op wat we "
        "verwachtten. Waar ligt dat aan?' was read as a consequence for 'levert … op'; thirty-fourth session); "
        "and where something comes from ('Waar komt weerstand vandaan?' was declined; thirty-ninth session)",
    ),
    _rule(
        "open",
        r"^\W*(?:en\s+)?(?:kun\s+je\s+|kunt\s+u\s+|wil\s+je\s+)?(?:leg|explain)\b"
        r"(?![^?]*\b(?:waarom|why|hoe|how|wat|what|welke|which)\b)",
        "a request to explain one thing asks about it, whatever its carried topic counts: 'leg de derde eens "
        "uit' after the six characteristics became 'leg geen baas uit (zes kenmerken ketens)' and was "
        "read as a list for 'zes kenmerken' (twenty-fifth session)",
    ),
    _rule(
        "consequence",
        r"\b(gevolg\w*|wat gebeurt|^\W*(?:en\s+)?wat als|leidt .{0,30}\btot|levert .{0,30}\bop|effect\w*|impact|"
        r"wat (?:kan|gaat) er mis(?:gaan)?\s+als|consequen\w+|what happens|result in|lead to|^\W*(?:and\s+)?what\s+if)\b",
        "consequences are asked for, not causes; 'What if …?' as 'Wat als …?' (thirty-fourth session); 'Wat kan er "
        "misgaan als de top afhaakt?' led with Groothedde's five factors (fifty-first)",
    ),
    _rule(
        "consequence",
        r"^\W*(?:en\s+)?(?:als|wanneer|stel\s+dat)\s+[^?]{2,60}?\s+(?:"
        + GONE
        + r"|er\s+niet\s+(?:is|zijn)|mist|missen)\W*(?:\([^()]*\)\W*)?$"
        r"|^\W*(?:en\s+)?zonder\s+(?:\w+\s+){0,2}?\w+\W*(?:\([^()]*\)\W*)?$"
        r"|^\W*(?:and\s+)?if\s+[^?,]{2,60}?\s+(?:is|are)\s+(?:gone|missing|lacking|absent)\W*(?:\([^()]*\)\W*)?$"
        r"|^\W*(?:and\s+)?without\s+(?:\w+\s+){0,2}?\w+\W*(?:\([^()]*\)\W*)?$",
        'a case without something, asked bare, asks what follows: "En als het vertrouwen weg is?" after building '
        "trust led with trust as a pillar, not what a chain without it becomes (new informal conversations, "
        "thirty-seventh session); the topic a follow-up carries in brackets may follow",
    ),
    _rule(
        "list",
        r"^\s*(?:(?:met|in|op|aan|uit|bij|over|van|voor|tot|naar|door|onder|tussen|with|in|on|of|from|for)\s+(?:welke|which)\s+\w+(?:en|s)\b"
        r"|welke\s+(?!(?:rol|functie|invloed|betekenis|plaats|positie|waarde|taak|houding|aanpak|vorm)\b)"
        r"|noem|which|list|name|hoeveel\s+\w+(?:en|s)|how many)\b|\bwat zijn (?:de|zijn|haar|hun)\b|\bwhat are (?:the|its|their)\b"
        r"|\bopsomming\b|"
        r"\bwat\s+de\s+[^?,]{2,60}?\s+zijn\W*$|"
        r"\bwat\s+(?:hoort|horen)\s+(?:er\s+)?bij\b|"
        r"\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight)\s+"
        r"(?!(?:zinnen|regels|woorden|sentences|lines|words)\b)\w+",
        "every item of an enumeration is asked for ('Welke rol speelt ICT?' asks one thing: open; new "
        "informal questions, fifth session); 'Hoeveel pijlers zijn er?' is answered by the sentence "
        "that counts and names them, 'Hoeveel ruimte …?' asks an amount (sixth session); a preposition may "
        "come first before a plural: 'Met welke ketenprocessen moet … rekening houden?' (tuning a27), not "
        "'Bij welke pijler hoort dat?' (eighteenth session); 'Wat hoort er bij de procedurele?' asks what belongs "
        "to it (it was a list only by the count its carried topic held; twenty-fifth session); a count of "
        "sentences is a length, no list ('Wat is ketensamenwerking in drie zinnen?' listed GEMMA's four "
        "processes; thirty-first session); 'wat de X zijn' is 'wat zijn de X' asked inside a request ('Kun je in het "
        "kort zeggen wat de weerstanden … zijn?' was open and longer than its list; thirty-sixth session); a possessive "
        "asks the parts of a thing named before as 'the' does ('what are its pillars?' after ketensturing was read as "
        "a definition and quoted one pillar's stuurgroep; forty-eighth session)",
    ),
    _rule(
        "list",
        r"^\W*(?:en\s+)?wat\s+zijn\s+(?:valkuilen|risico'?s|knelpunten|problemen|uitdagingen|succesfactoren|"
        r"faalfactoren|voorwaarden|randvoorwaarden|kansen|lessen|aandachtspunten|obstakels|belemmeringen|nadelen)\s+"
        r"(?:bij|voor|van|in|binnen|rond|tijdens|tussen|op)\b"
        r"|^\W*(?:en\s+)?wat\s+zijn\s+(?:goede|geschikte|handige|nuttige|bruikbare|passende|slimme|zinvolle)\s+\w"
        r"|^\W*(?:and\s+)?what\s+are\s+(?:the\s+)?(?:typical|common|usual|main|major|known\s+)?\s*(?:pitfalls|risks|"
        r"problems|challenges|bottlenecks|success\s+factors|obstacles|conditions|lessons|barriers)\s+"
        r"(?:in|of|for|when|with|to)\b",
        "a plural of things that help or hinder, asked of a subject, asks which: 'Wat zijn valkuilen bij "
        "ketensturing?' was read as what a pitfall is and led with a dimension's tension (new informal "
        "questions, thirty-eighth session); typed alone ('Wat zijn succesfactoren?') it stays a definition; "
        "so does a plural judged good: 'Wat zijn goede KPI's voor een keten?' was read as what KPI's are and "
        "led with what a ketenspeler must know (thirty-ninth session); English as Dutch: 'What are typical pitfalls "
        "in chain cooperation?' was read as a definition (thirty-ninth session)",
    ),
    _rule(
        "definition",
        r"^\s*(wat (is|zijn|betekent|betekenen|houdt)\b(?!\s+er\b)"
        r"(?!.*\b(rol|taak|taken|functie|belang|doel|nut|voordeel|voordelen|meerwaarde|zin)\b)"
        r"(?!\s+(?:de|het)\s+(?:valkuil|valkuilen|risico|risico's|gevaar|gevaren|nadeel|nadelen|probleem)\s+van\b)"
        r"(?!.*\b(?:probleem|knelpunt|bezwaar|nadeel)\s+(?:met|bij)\b)"
        r"(?!\s+(?:het|de|a|the)\s+(?:\w+ste|beste|biggest|greatest|main|most\s+\w+)\b)"
        r"|wat versta\w*|wat bedoel\w*|wat wordt (?:er )?bedoeld|what (is|are|does .{0,30} mean)\b(?!\s+the\s+(?:\w+est|main|most)\b)(?!.*\b(?:role|task|purpose|use)\b)"
        r"(?!.*\b(?:problem|trouble|issue|drawback)\s+with\b)|defin\w+)",
        "what a term means (definition questions); 'Wat is het grootste risico …?' asks which, not "
        "what a word means (new informal questions, fifth session); 'Wat is het nut van …?' asks "
        "what it brings, 'What is the role of trust …?' what it does, and 'Wat is er veranderd?' what "
        "happened (sixth session); 'Wat is de valkuil van te veel overleg?' asks what goes wrong with "
        "it, not what a valkuil is (twenty-seventh session); 'Wat is volgens Be Informed het probleem met ketens?' "
        "asks what is wrong with them (thirty-ninth session); so does 'What is the problem with hierarchy in a chain?' "
        "(led with the definition of the ketenprobleem; forty-fourth session)",
    ),
    _rule(
        "definition",
        r"(?:^\W*|\b(?:uitleggen|uitleg|vertellen|uit|weten|snap|snapt|begrijp|begrijpt)\b.{0,30}?)\bwat\s+(?:een\s+|de\s+|het\s+)?[\w-]+\s+"
        r"(?:[\w-]+\s+){0,3}?(?:is|zijn|betekent|inhoudt)\W*$|\bexplain\b.{0,30}\bwhat\b"
        r"|\bwat\s+(?:moet|kan|kun|moeten)\s+(?:ik|je|we|u)\s+(?:me|mij|ons|je|zich)\s+voorstellen\s+(?:bij|onder)\b"
        r"|^\W*(?:omschrijf|beschrijf|definieer)\s+(?:een\s+|de\s+|het\s+)?[\w-]+\W*$",
        "a term asked to be explained inside a request ('Kun je me in gewone taal uitleggen wat een "
        "keten nou is?', 'Leg eens uit wat een ketenregisseur is.'; the fillers go first; practical p21, "
        "fifth session); and one not understood ('ik snap niet wat ketenregie is' was an open question; "
        "thirtieth session); a term of several words ('Kun je uitleggen wat transparantie over resultaten is?'), "
        "'Wat moet ik me voorstellen bij een ketenkaart?' and 'Omschrijf ketensamenwerking' (open or advice; "
        "forty-first session); 'Hoe leg ik aan mijn team uit wat … is?' was advice (fifty-first session)",
    ),
    _rule(
        "yes_no",
        r"^\s*(is|zijn|kan|kun|kunnen|moet|moeten|heeft|hebben|heb|hebt|hoef|hoeft|hoeven|ben|bent|werkt|helpt|mag|"
        r"zou|zouden|bestaat|gaat|"
        r"wordt|worden|klopt|does|do|is|are|can|should|will|would)\b|^\s*(?:of|whether)\s",
        "a position is asked for: the source's position first; also once the asking frame is gone "
        "('Kun je zeggen of vertrouwen belangrijk is?' → 'of vertrouwen belangrijk is'; twenty-third session); "
        "one asked of the asker's own case too ('Heb ik een ketenmanager nodig?' was an open question; fortieth)",
    ),
)


def kind_of(text: str) -> str:
    """The question kind by the first matching rule of ``KIND_RULES`` (``open`` when none)."""
    matched = _first_rule(text)
    return matched[0].kind if matched else "open"


def kind_signal(text: str) -> str:
    """The words that told the kind ("wat gebeurt" of "Wat gebeurt er als dat niet goed gaat?"); ''
    for an open question."""
    matched = _first_rule(text)
    return matched[1].group(0) if matched else ""


def _first_rule(text: str) -> tuple[KindRule, re.Match[str]] | None:
    asking = asking_sentence(text)
    # the asking sentence, then the whole; a scene set in a clause asks nothing ("Wij werken met vijf
    # gemeenten samen, wie is dan de baas?" is no list of five)
    for part in (asking,) if SCENE_CLAUSE.match(text) else dict.fromkeys((asking, text)):
        cleaned = FILLERS.sub(" ", part)
        for rule in KIND_RULES:
            found = rule.pattern.search(cleaned)
            if found:
                return rule, found
    return None
