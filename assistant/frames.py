"""Words that frame what is asked without being its subject.

"Hoe zorg je voor draagvlak?" asks about draagvlak ('zorgen voor' frames it), "Hoe houd ik grip …?"
about grip, "Wat is het effect van politieke druk?" about political pressure, "Welke rol speelt
vertrouwen?" about trust, "Hoe belangrijk is X?" and "Wie heeft gelijk?" about X and the views; a
duration asked ("hoeveel tijd kost", "hoe lang duurt") is searched as its word. ``focus.focus_of``
and the lexical query leave these frames out (``asking_verbs_out``); the question's kind still reads
them. Split from ``focus.py`` (thirteenth session).
"""

from __future__ import annotations

import re

from assistant.scenes import without_own_party
from assistant.verb_frames import FEELS, TALK_ABOUT, without_depends

ENSURE = re.compile(
    r"\b(?:zorg|zorgt|zorgen)(?= (?:je|ik|we|wij|u|jij|jullie) (?:er ?|daar ?)?(?:voor|dat)\b)", re.I
)
"""'Hoe zorg je voor draagvlak …?' uses the verb 'zorgen voor' (to see to it), not the noun 'zorg'
(care): "de zorg voor ouderen" led the answer (new informal questions, tenth session;
``tests/test_question.py``). The focus and the lexical query drop it (``asking_verbs_out``); the
question's kind still reads it. So does "Hoe zorg je daarvoor?" (twenty-sixth session)."""


ARRANGE = re.compile(
    r"\b(?:regel|regelt|regelen)(?= (?:je|ik|we|wij|u|jij|jullie) (?:dan |nu |eigenlijk )?(?:wie|wat|welke)\b)",
    re.I,
)
"""'Hoe regel je wie de baas is?' asks who is in charge: 'regelen' only frames it, and was searched
("Wij werken met vijf gemeenten samen, hoe regel je dan wie de baas is?" was declined; new informal
questions, twenty-eighth session; ``tests/test_question.py``)."""


KEEP_VERB = re.compile(r"\b(?:hou|houd|houdt)(?= (?:ik|je|we|wij|u|jij|jullie)\b)", re.I)
"""'Hoe houd ik grip op …?', 'Hoe hou je de bestuurders erbij?': the verb of the request ('keep'),
no subject; in retrieval it matched "rekening houden" (new informal questions, tenth session)."""


IN_ORDER = re.compile(
    r"\bop\s+orde(?=\s*(?:[?.!,]|$|\s+(?:houden|hou|houd|brengen|breng|krijgen|krijg|zijn|is)\b))", re.I
)
"""'op orde' is 'in good shape': "Hoe houd je de informatievoorziening in een keten op orde?" led with
"… brengen orde" and "'orde of chaos'" (new informal questions, thirty-fifth session; ``tests/test_question.py``)."""


EFFECT_ASKED = re.compile(
    r"\b(?:effect|effecten|uitwerking|impact|effects?)(?=\s+(?:van|heeft|hebben|op|of|does|do)\b)", re.I
)
"""'Wat is het effect van politieke druk op een keten?' asks a consequence (the kind says so): 'effect'
frames it; searched, "effectieve ketensamenwerking … niet eenvoudig" led (new informal questions,
thirteenth session; ``tests/test_question.py``)."""


ROLE = re.compile(r"\b(?:rol|rollen|role|roles)\b", re.I)
ROLE_VERB = re.compile(r"\b(?:speelt|spelen|speelde|speelden|play|plays|played)\b", re.I)
"""'Welke rol speelt vertrouwen?', 'Speelt cultuur een rol?', 'What role does trust play?': 'spelen' only
frames the role asked ('rol' is scaffolding); searched, "… die in succesvolle ketens steeds weer een
belangrijke rol spelen" led (new informal questions, thirteenth session; ``tests/test_question.py``)."""


def without_role_verb(text: str) -> str:
    """The text without 'spelen' when it frames a role ('een rol spelen'); unchanged otherwise."""
    return ROLE_VERB.sub(" ", text) if ROLE.search(text) else text


DUTCH_DURATION = re.compile(
    r"\b(?:hoeveel\s+tijd(?:\s+(?:kost|kosten|neemt|nemen|vergt|vergen))?|hoe\s+lang(?:\s+(?:duurt|duren))?"
    r"|(?:duurt|duren|duurde)\s+(?:het|dat|dit)?\s*(?:zo|erg|te|zó)?\s*lang)\b",
    re.I,
)
SPLIT_DURATION = re.compile(
    r"\b(?:duurt|duren|duurde)\s+(?P<subject>(?:[\w-]+\s+){1,3}?)(?:zo|erg|te|zó|nou\s+zo)\s+lang\b", re.I
)
"""'duurt … zo lang' with its subject between: "Waarom duurt ketensamenwerking zo lang?" led with how chains
come about (thirty-first session, ``tests/test_question.py``); the subject stays."""
ASKS_DURATION = re.compile(
    rf"{DUTCH_DURATION.pattern}|{SPLIT_DURATION.pattern}|\b(?:how\s+long|how\s+much\s+time)\b", re.I
)
"""A question that asks how long something takes ("Hoeveel tijd kost het opzetten van een keten?"), or why
it takes long ("Waarom duurt het zo lang voordat een keten werkt?" searched 'duurt' and 'lang', words
the sentence "Het kan jaren duren …" does not use; twenty-fifth session)."""
DURATION = re.compile(
    r"\b(?:jaren|jaar|maanden|maand|weken|week|dagen|years?|months?|weeks?)\b|\b(?:duren|duurt|duurde)\b",
    re.I,
)
"""A sentence that states a duration ("Het kan jaren duren voordat een keten goed werkt")."""
DURATION_WORD = "duren"
"""What a Dutch duration question asks about, in the corpus's word: "Hoeveel tijd kost het opzetten
van een keten?" searched 'tijd' and 'kost' and found "Elkaar leren kennen kost tijd en geld", not
"Het kan jaren duren voordat een keten goed werkt" (``frames.duration_asked``; new informal
questions, eleventh session; ``tests/test_question.py``)."""


WEIGHT_ASKED = re.compile(
    r"\b(?:(?<=hoe\s)|(?<=zo\s)|(?<=\bdat\s)|(?<=\bdit\s))(?:belangrijk|essentieel|cruciaal|nodig|noodzakelijk|zinvol|nuttig|relevant)\b"
    r"|\b(?:(?<=how\s)|(?<=so\s))(?:important|essential|crucial|necessary|useful|relevant)\b",
    re.I,
)
"""'Hoe belangrijk is X?' asks how much X weighs, 'Waarom is X zo belangrijk?' why it does: the
adjective frames the question, X is its subject ("Ook het communiceren van de ambitie is belangrijk"
led the latter, through the sentences pointing back to it; thirteenth session). Kept, 'belangrijk' led "Hoe belangrijk is het informele circuit tussen ketenpartners?"
with "Over de belangrijkste zaken … moeten de ketenpartners het eens zijn" (articles a52, tuning
half, twelfth session; ``tests/test_question.py``). "Waarom is dat belangrijk?" after an answer asks
the same of what it carries: 'belangrijk' led it to "… goed geïnformeerd zijn over wat belangrijk
is" instead of why managers should sit on their hands (new informal questions, seventeenth session)."""


LESSON_ASKED = re.compile(
    r"\b(?:leren|leer|leert)\s+(?=(?:\w+\s+){0,2}?van\b)|\b(?:learn)\s+(?=(?:\w+\s+){0,2}?from\b)",
    re.I,
)
""""Wat kan ik leren van de loonaangifteketen?" asks what X teaches: 'leren' frames it, X is the
subject; searched, it led with "Elkaar leren kennen kost tijd en geld" (new informal questions,
seventeenth session; ``tests/test_question.py``). 'lessen' stays: the dossier heads a section
"Lessen uit de praktijk"."""


_DRAWN_VERB = r"(?:trekt|trekken|trek|trok|trokken|getrokken)"
_DRAWN_NOUN = r"(?:les|lessen|lering|conclusie|conclusies)"
LESSON_DRAWN = re.compile(
    rf"\b(?P<noun>{_DRAWN_NOUN})\b(?P<between>(?:\s+\w+){{0,3}}?)\s+{_DRAWN_VERB}\b"
    rf"|\b{_DRAWN_VERB}\b(?=(?:\s+\w+){{0,3}}?\s+{_DRAWN_NOUN}\b)",
    re.I,
)
""""Welke lessen trekt Morgens?" asks Morgens' lessons: 'trekken' in 'lessen/conclusies trekken' only frames the view
asked ('lessen', ``focus_words.VIEW_WORDS``); searched as a subject, the question was declined (new informal questions,
forty-ninth session; ``tests/test_question.py``)."""


RIGHT_ASKED = re.compile(
    r"\b(?:heeft|hebben|had|hadden)\s+(?:er\s+)?(?:nou\s+|dan\s+|eigenlijk\s+)*gelijk\b", re.I
)
"""'Wie heeft gelijk?' asks whose view holds: 'gelijk' is no subject; searched, it declined "Wie van
Be Informed en ICTU heeft gelijk?" (twelfth session; ``tests/test_question.py``)."""


EMPHASIS_ASKED = re.compile(
    r"\b(?:legt|leggen|legde|legden|put|puts|places?)\s+(?:\w+\s+){0,5}?(?:nadruk|accent|emphasis|stress)\b",
    re.I,
)
"""'Wie legt meer nadruk op mensen?' asks who stresses people: 'legt … nadruk' frames it; searched,
the question's only subject word was one of four and it was declined (new informal comparisons,
fourteenth session; ``tests/test_question.py``). Up to five words between: "Leggen GBO en ICTU allebei
de nadruk op de menselijke kant?" was declined (sixteenth session)."""


MEANING_ASKED = re.compile(
    r"^\W*wat\s+(?:houdt|houden)\b(?=[^?]{2,80}\bin(?:\s+(?:bij|in|voor|binnen|volgens)\s+[^?]{1,50})?\s*\??\s*$)"
    r"|^\W*wat\s+(?:betekent|betekenen)\b",
    re.I,
)
""""Wat houdt pijler 4 in?" asks what it means: 'houdt … in' frames it; searched, 'houdt' led with
"Wie zijn kaarten tegen de borst houdt …" (new informal questions, seventeenth session;
``tests/test_question.py``). So does "Wat houdt gelijkwaardigheid in bij ketens?", and "Wat betekent
ketensturing?": searched, 'betekent' found every "X betekent …" and the question was declined
(new informal questions, twenty-fourth session)."""


KNOW_ASKED = re.compile(
    r"\b(?:weten|know)\b(?=\s+(?:over|van|about|of)\b)",
    re.I,
)
"""What one should know about a thing asks about the thing: "Wat moet een bestuurder weten over ketensturing?" searched
'weten' and led with Cor Franke who "weet zeker dat het dossier aan een behoefte voldoet" (new informal questions,
fifty-third session; ``tests/test_question.py``)."""


START_ASKED = re.compile(
    r"\bwaar\s+(?:begin|start)\s+(?:ik|je|we|wij|u|jij)\b"
    r"|\bwaar\s+(?:moet|moeten|kan|kun|kunnen|zou|zouden)\s+(?:ik|je|we|wij|u|jij)\s+(?:\w+\s+)?(?:beginnen|starten)\b"
    r"|\bwhere\s+(?:do|should|can)\s+(?:i|we|you)\s+(?:start|begin)\b"
    r"|\b(?:voordat|voor|before)\s+(?:ik|je|we|wij|u|jij|i|you)\s+(?:\w+\s+)?(?:beginnen|begin|starten|start)\b",
    re.I,
)
"""'Waar begin ik als ik een keten wil opzetten?' asks for the first steps (the kind, advice, says so):
'beginnen' only frames it; searched, "… weten de betrokkenen niet waar zij moeten beginnen" led
(new informal questions, eighteenth session; ``tests/test_question.py``). So does "Wat moet ik regelen voordat we
starten?" (declined for 'starten'; forty-ninth session). "Hoe begin ik met een keten?" is left: framed, it answered what a
chain is; searched with the words for a start, what other chains begin with."""


REQUEST = re.compile(
    r"^\W*(?:noem|geef|beschrijf|vertel|list|name|give|describe)(?=\s+(?:de|het|alle|een|me|mij|ons|the|all|us)\b)",
    re.I,
)
"""'Noem de pijlers': the imperative only asks; searched, 'noem' found every "… noemde …" and the
question was declined (new informal questions, twenty-sixth session; ``tests/test_question.py``)."""


YIELD_ASKED = re.compile(
    r"(?<=\bwat\s)(?:levert|leveren|brengt|brengen)\b(?=[^?]{2,60}\bop\b)|(?<=\bwat\s)(?:oplevert|opleveren)\b"
    r"|(?<=\bwat\s)(?:heb|hebben)\b(?=\s+(?:je|ik|we|wij|u)\s+aan\b)",
    re.I,
)
"""'Wat levert ketensamenwerking op?', 'Wat heb je aan X?': the verb asks what X yields (the benefit,
``generators.benefits``); searched, 'opleveren' led with "een evenwicht opleveren waarin …" (new
informal questions, twenty-sixth session; ``tests/test_lead_rules.py``)."""


WORTH_ASKED = re.compile(r"\b(?:het|de)\s+(?:belang|nut|meerwaarde|toegevoegde\s+waarde)\s+(?=van\b)", re.I)
""""Wat is het belang van kennisdeling?" asks why X matters (the kind, cause, says so): 'belang'
frames it, X is the subject; searched, it led with the eight sturingselementen that "een belangrijke
rol spelen" (new informal questions, twentieth session; ``tests/test_question.py``)."""


JUDGED = re.compile(
    r"\b(?:is|was)\s+(?:dat|dit|het)\s+(?:(?:nou|wel|eigenlijk|dan|ook)\s+)*"
    r"(?:normaal|gebruikelijk|verstandig|slim|handig|wijs|logisch|terecht|erg|raar|vreemd|gek|ok|oké|"
    r"een\s+probleem|een\s+risico|een\s+nadeel|slecht)(?=\s*[?.!]|\s*$)"
    r"|\bis\s+(?:that|this|it)\s+(?:normal|usual|wise|smart|sensible|ok|okay|a\s+problem)(?=\s*[?.!]|\s*$)",
    re.I,
)
""""De grootste partner wil alles bepalen. Is dat normaal?" asks a judgement of the scene before
it: the adjective is no subject; searched, 'normaal' led with "Binnen een organisatie gebeurt dit
normaal via managementcontracten" (new informal questions, twentieth session; ``tests/test_question.py``).
"Ik merk dat iedereen zijn eigen systeem heeft. Is dat een probleem?" led with the definition of a
'ketenprobleem' (twenty-sixth session)."""


FIX_THAT = re.compile(
    r"\bhoe\s+(?:los|pak|krijg|verhelp|doorbreek|verbeter|voorkom|tackle|solve|fix)\w*\s+(?:ik|je|we|wij|u|jij|i|you)\s+"
    r"(?:dat|dit|het|die|that|this|it)(?:\s+(?:op|aan|af|weg))?(?=\s*[?.!]|\s*$)"
    r"|\bhoe\s+(?:oplossen|aanpakken|afpakken|verhelpen|doorbreken|verbeteren|voorkomen)\s+(?:dat|dit|het|die)"
    r"(?=\s*[?.!]|\s*$)"
    r"|\bhoe\s+(?:kan|kun|kunnen|moet|moeten)\s+(?:dat|dit|het|die)\s+(?:\w+\s+)?(?:beter|anders)(?=\s*[?.!]|\s*$)"
    r"|\bhow\s+(?:can|could)\s+(?:that|this|it|we\s+do\s+(?:that|this|it))\s+(?:be\s+)?(?:better|improved)(?=\s*[?.!]|\s*$)",
    re.I,
)
""""Er is onderling wantrouwen. Hoe los ik dat op?" asks what to do about the scene before it: the
verb on 'dat' only frames the request (the kind, advice, says so); searched, 'los' led with "Een
ketenprobleem is het … probleem … dat geen van de ketenpartners zelfstandig kan oplossen" (new
informal questions, twentieth session; ``tests/test_question.py``). Also as the question reads
once its verb is joined ("Hoe oplossen dat?", ``verbs.joined_verb``). "…, hoe kan dat beter?" too: 'beter' found
Morgens' "de burger sneller en beter van dienst te zijn" and the question was declined (forty-first session)."""


USE_ASKED = re.compile(
    r"(?<=\bwaarvoor\s)(?:gebruik|gebruikt|gebruiken|gebruikte|gebruikten)\b"
    r"|(?<=\bwaar\s)(?:gebruik|gebruikt|gebruiken)\b(?=[^?]{2,60}\bvoor\s*\??\s*$)"
    r"|\bwhat\s+(?:do|does|is|are)\s+(?:you|we|one)?\s*(?:use|used)\b(?=[^?]{2,60}\bfor\b)",
    re.I,
)
""""Waarvoor gebruik je een ketenkaart?" asks what it is for: 'gebruik' frames it; searched, it led
with "Ketens de baas gebruikt de ketenkaart als voorbeeld van een bouwsteen …" (new informal
follow-ups, twentieth session; ``tests/test_question.py``)."""


OPINION_ASKED = re.compile(r"(?<=\bwat\s)vinden\b|(?<=\bhoe\s)vinden\b", re.I)
""""Wat vinden Be Informed en Morgens van de overheid als ketenpartner?" asks their views: 'vinden'
frames it as 'vindt' does; "Waar kan ik het dossier vinden?" keeps it, it asks a place (new informal
comparisons, twentieth session; ``tests/test_question.py``)."""


SOURCE_JUDGED = re.compile(
    r"\b(?:wie|welke(?:\s+(?:bron|auteur|van\s+(?:de\s+)?(?:twee|beide|bronnen|beiden)"
    r"|van\s+\S+(?:\s+\S+){0,3}?\s+en\s+\S+(?:\s+\S+){0,3}?))?)\s+"
    r"(?:is|zijn|was|klinkt|lijkt)\s+(?:(?:het|veel|wat|nog)\s+)?(?:meest\s+\w+|[^\W\d_]{4,}er|(?<=het\s)[^\W\d_]{4,}st)"
    r"(?=\s*(?:[?.!,:;]|$)|\s+(?:over|dan|als|in\s+(?:zijn|haar|hun))\b)"
    r"|\b(?:who|which(?:\s+(?:source|author|one))?)\s+(?:is|are|sounds)\s+(?:the\s+)?(?:more|most)\s+\w+"
    r"(?=\s*(?:[?.!,:;]|$)|\s+(?:about|of|on|than)\b)"
    # "Is de GEMMA positiever over ketens dan Be Informed?" (twenty-fourth session)
    r"|^\W*(?:is|zijn|was|klinkt|lijkt)\s+(?:\S+\s+){1,3}?(?:veel\s+|nog\s+|wat\s+)?[^\W\d_]{4,}er"
    r"(?=\s+(?:over|dan)\b)"
    r"|^\W*(?:is|are)\s+(?:\S+\s+){1,3}?more\s+\w+(?=\s+(?:about|than)\b)",
    re.I,
)
"""Which of the sources is more so ("Welke bron is kritischer over de overheid, Morgens of Be
Informed?", "Ketens de baas en Morgens: wie is optimistischer?"): a judgement of the sources' views
the reader makes; the comparative is no subject, each source's view on the rest answers. Searched,
'kritischer' and 'optimistischer' were declined (new informal comparisons, twenty-first session;
``tests/test_question.py``). Read only between sources (``focus.focus_of``: two named, or 'bron',
'auteur'), and only a comparative that ends the clause or is followed by what it is about ('over',
'dan'): a noun stays ("Wie is ketenmanager?", "Wie is de ketenmanager?")."""


STANCE_ASKED = re.compile(
    r"(?<=\s)(?:erg\s+|heel\s+|nogal\s+|echt\s+|very\s+|really\s+)?"
    r"(?:positief|negatief|kritisch|enthousiast|optimistisch|pessimistisch|sceptisch|positive|negative|critical|"
    r"enthusiastic|optimistic|pessimistic|sceptical|skeptical)(?=\s+(?:over|about|of|on)\b)",
    re.I,
)
""""Is Morgens positief over ketensamenwerking?" asks the source's stance on the thing: the adjective is no word a
sentence must share; searched, 'positief' matched nothing and "Ketensamenwerking ontaardde dan in … overlegclubs" led
over Morgens' opening finding (new informal questions, forty-ninth session; ``tests/test_question.py``)."""


GOOD_OR_BAD = re.compile(
    r"\b(?:goed|positief|gunstig)\s+of\s+(?:slecht|negatief|ongunstig|schadelijk)\b"
    r"|\b(?:good|positive)\s+or\s+(?:bad|negative|harmful)\b",
    re.I,
)
""""Is politieke druk goed of slecht?" asks each source's judgement (``question.PERSPECTIVES``); the
pair is no subject: 'slecht' led the dossier's side with "Bij slechte resultaten …" (twenty-seventh session)."""


CAUSE_ASKED = re.compile(
    r"\bwaar\s+(?:ligt|lag|lagen|liggen)\s+(?:dat|het|die|dit)\s+(?:(?:meestal|vaak|nou|dan|eigenlijk|toch)\s+)?aan\b",
    re.I,
)
""""Waar ligt dat (meestal) aan?" asks a cause (``kinds``): its words are no subject; searched, 'ligt' led "Wij zijn met
zes gemeenten een keten begonnen maar het loopt niet. Waar ligt dat meestal aan?" with "De koppeling tussen de NORA en
ketensturing ligt … in die vraag" (new informal questions, fifty-fifth session; ``tests/test_question.py``)."""


FRAMES = (
    CAUSE_ASKED,
    REQUEST,
    GOOD_OR_BAD,
    OPINION_ASKED,
    YIELD_ASKED,
    USE_ASKED,
    JUDGED,
    FIX_THAT,
    WORTH_ASKED,
    START_ASKED,
    EFFECT_ASKED,
    ENSURE,
    ARRANGE,
    KEEP_VERB,
    IN_ORDER,
    WEIGHT_ASKED,
    RIGHT_ASKED,
    EMPHASIS_ASKED,
    LESSON_ASKED,
    STANCE_ASKED,
    MEANING_ASKED,
    KNOW_ASKED,
)
"""The frames left out wherever they stand (a role's verb and a duration depend on the rest)."""


WHY_WEIGHT = re.compile(
    r"^(?P<asked>\W*(?:waarom|why)\s+(?:is|zijn|was|waren|are|is)\s+[^?]{2,80}?)\s+(?:zo\s+|so\s+)?"
    r"(?:belangrijk|essentieel|cruciaal|nodig|noodzakelijk|zinvol|nuttig|relevant|important|essential|"
    r"crucial|necessary|useful)\b",
    re.I,
)
""""Waarom is kennisdeling belangrijk?" asks why X matters: the adjective frames it as in "Waarom is X
zo belangrijk?" (``WEIGHT_ASKED``); searched, 'belangrijk' led with the eight sturingselementen
"die … een belangrijke rol spelen" (new informal questions, sixteenth and seventeenth session;
``tests/test_question.py``)."""
WHY_WEIGHT_AFTER = re.compile(
    r"^(?P<asked>\W*waarom\s+[^?]{2,80}?)\s+(?:zo\s+)?"
    r"(?:belangrijk|essentieel|cruciaal|nodig|noodzakelijk|zinvol|nuttig|relevant)\s+(?:is|zijn|was|waren)\b",
    re.I,
)
"""The same asked inside a request, in a clause's order: "Kun je in het kort zeggen waarom vertrouwen belangrijk
is?" searched 'belangrijk' and quoted the eight sturingselementen (thirty-sixth session, ``tests/test_question.py``)."""

WHY_WEIGHT_JOINED = re.compile(
    r"(?P<joined>\b(?:en|and)\s+)(?P<asked>(?:waarom|why)\s+(?:is|zijn|was|waren|are)\s+[^?]{1,80}?)\s+"
    r"(?:zo\s+|so\s+)?(?:belangrijk|essentieel|cruciaal|nodig|noodzakelijk|zinvol|nuttig|relevant|important|"
    r"essential|crucial|necessary|useful)\b",
    re.I,
)
"""The same asked in a clause joined to another question: "Wat is kennisdeling en waarom is het belangrijk?" searched
'belangrijk' and led with the eight sturingselementen "die … een belangrijke rol spelen" (new informal questions,
fifty-third session; ``tests/test_question.py``)."""


def asking_verbs_out(text: str) -> str:
    """The text without the verbs that only frame a request ('zorg je voor', 'houd ik', 'een rol
    spelen') or the weight asked ('hoe belangrijk'); a Dutch duration asked ("hoeveel tijd kost", "hoe lang duurt")
    as the word for it (``duration_asked``)."""
    weighed = WHY_WEIGHT_AFTER.sub(r"\g<asked>", WHY_WEIGHT.sub(r"\g<asked>", without_own_party(text)))
    weighed = WHY_WEIGHT_JOINED.sub(r"\g<joined>\g<asked>", weighed)
    talked = TALK_ABOUT.sub(lambda found: found["over"] or " ", without_depends(weighed))
    felt = FEELS.sub(lambda found: found["felt"] or found["after"], talked)
    text = LESSON_DRAWN.sub(
        lambda found: f"{found['noun']}{found['between']}" if found["noun"] else " ", felt
    )
    for frame in FRAMES:
        text = frame.sub(" ", text)
    return duration_asked(without_role_verb(text))


def duration_asked(text: str) -> str:
    """A Dutch duration asked as its word: "Hoeveel tijd kost het …" → "duren het …" (``DURATION_WORD``);
    the question asks a duration, not about 'tijd' or a cost; so does English "how long does it take" (``ENGLISH_DURATION``)."""
    text = SPLIT_DURATION.sub(lambda found: f" {found['subject']} {DURATION_WORD} ", text)
    text = ENGLISH_DURATION.sub(f" {DURATION_WORD} ", text)
    return DUTCH_DURATION.sub(f" {DURATION_WORD} ", text)


ENGLISH_DURATION = re.compile(
    r"\bhow\s+(?:long|much\s+time)\s+(?:does|do|will|would|did|can|could)\s+(?:it|that|this)\s+take(?:\s+to)?\b",
    re.I,
)
"""An English duration asked ("How long does it take to set up a chain?"), searched as the corpus's word for it
(``DURATION_WORD``): 'long' and 'take' led with "Veel ketens komen … niet verder dan het opportunistische stadium" (new
informal questions, forty-ninth session; ``tests/test_question.py``)."""
