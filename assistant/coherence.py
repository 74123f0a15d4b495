"""Coherence rules every answer must pass, whichever generator wrote it.

An answer built from quotes can read as stitched fragments: a rhetorical question quoted as
a claim, "Daarom …" with nothing before it, an editorial remark about the corpus, a quote
whose closing quotation mark fell off, the same sentence twice, a closing "Samenvattend"
that repeats the answer, a list item cut short. Each rule is a small named predicate over one
sentence (and what comes before it). The composer uses them to leave sentences out; the evals
count violations in any generator's output with ``check``. When a rule removes too much, the
answer gets shorter: it is never padded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.markup import BOLD, plain
from assistant.quotations import quotes_balanced, whole_quotes
from assistant.repetition import near_duplicate

RULES = (
    "question",
    "editorial",
    "dangling_reference",
    "unbalanced_quotes",
    "duplicate",
    "closing_summary",
    "incomplete_item",
)

# A remark about the corpus or a document's status, not about the subject.
EDITORIAL = re.compile(
    r"^\*?(Herformulering in eigen woorden|Noot\b|Dit document\b|Deze (tekst|pagina|samenvatting)\b)"
    r"|\b(kon|konden) niet (volledig )?worden bevestigd|niet (kon|konden) worden bevestigd"
    r"|\bparagraafnummer|\bin eigen woorden\b|\bbron(nen)?vermelding\b"
    # a web page's pointer to a link the passage no longer holds: "Hier vindt u het dossier." closed an answer
    # on who maintains the NORA (forty-eighth session, ``tests/test_coherence.py``)
    r"|^(?:Hier\s+(?:vindt|vind|leest|lees|kunt|kun)\b|Klik\s+hier\b|Lees\s+(?:hier\s+)?(?:meer|verder)\b"
    r"|Click\s+here\b|Read\s+more\b)",
    re.I,
)
# Words that point back to something said before: a sentence opening with one needs its antecedent ("Zonder die wil
# heeft sturen … geen zin" led "Waarom is het orkestratiemodel vaak niet haalbaar?"; forty-eighth session).
REFERRING = re.compile(
    r"^[\"'“‘„(]*(?:(?:Op|In|Bij|Met|Voor|Van|Door|Uit|Naast|Volgens|Zonder|Ondanks|Dankzij|Vanwege|Tegen|Na)\s+)?"
    r"(?:Dat|Die|Dit|Deze|Hij|Zij|Ze|Hem|Haar|Hun|Daarom|Daardoor|Daarbij|Daarmee|Daarnaast|Daarvoor|"
    r"Daarin|Daarop|Hierdoor|Hiermee|Hierbij|Hierin|Zo'n|Zulke|Zo(?!\s+\w+\s+mogelijk\b)|Ook(?!\s+(?:het|de|een)\s+\w{4,})|Dus|Toch|Bovendien|Verder|Anderzijds|En|"
    r"Tegelijk|Tegelijkertijd|Vervolgens|Ten slotte|Tot slot|This|That|These|Those|He|She|They|It|"
    r"Therefore|Also|Dan|Maar|Beide|Allebei|Both)\b"
    r"|^[\"'“‘„(]*Niet\s+(?:in|op|bij|met|door|voor|als|om)\b"
    # "Ook het organiseren van de governance moet … goed geregeld zijn" names its own subject: 'ook' adds it to what
    # came before but needs nothing of it ("Wat zegt Morgens over governance?" led with "Houd het simpel", the
    # sentence before it; forty-third session)
    # "Maatschappelijke vraagstukken zijn daarmee steeds vaker …" (eleventh session)
    # 'daarvoor' too: "Het dossier reikt daarvoor een visie … aan" led "Wat is het doel van het dossier?" before
    # the aim it serves (thirty-sixth session)
    r"|^(?:\S+\s+){1,4}(?:daarom|daardoor|daarmee|daarbij|daarvoor|hierdoor|hiermee|dus|vertelde hij|zei hij|zei ze|aldus)\b"
    # "Ketens de baas beschouwt ketensturing daarom als …" (a comma before it keeps the reason in
    # the sentence: "Ketens zijn complex, en daarom …"); new informal questions, fifth session
    r"|^(?:[^\s,]+\s+){5,12}(?:daarom|daardoor|hierdoor|dus)\b"  # up to 12 words: eighth session
    # ('dus' too: "In het METRO-voorbeeld verving vertrouwen dus controle" opened an example; seventeenth)
    # "Ketens de baas noemt dit de contingentiebenadering": 'dit' as an object stands for what came
    # before (never a conjunction, unlike 'dat'); new informal questions, seventeenth session
    r"|^(?:[^\s,]+\s+){1,5}dit\s+(?:de|het|een|ook|niet|wel|vaak|als)\b"
    # "Volgens Ketens de baas zorgt dat overzicht voor betrokkenheid": 'zorgen voor' split around a demonstrative and
    # its noun, no conjunction ("Hoe houd ik iedereen betrokken?" quoted it without the overview it points to;
    # fifty-fifth session, ``tests/test_coherence.py``)
    r"|^(?:[^\s,]+\s+){1,5}(?:zorgt|zorgen|zorgde|zorgden)\s+(?:dat|die|dit|deze)\s+"
    r"(?!(?:de|het|een|er|je|ze|zij|hij|iedereen|men|we|wij|u|alle|elke|ieder|iedere)\b)\w+\s+voor\b"
    # "… is ketenoverleg op juist deze niveaus niet van de grond gekomen": which? (seventeenth session)
    r"|^(?:[^\s,]+\s+){1,12}(?:juist|precies|uitgerekend)\s+(?:deze|die|dit|dat)\s+\w+"
    r"|\b(?:vertelde|zei|aldus)\s+(?:hij|zij|ze)\b"
    r"|^[\"'“‘„(]*Enerzijds\s+om\b"
    # "Veel ketens stellen voor die dagelijkse besturing een ketenmanager aan": which? (eighth session)
    r"|^(?:[^\s,]+\s+){1,4}(?:voor|van|met|bij|aan|over|naar|door|uit)\s+(?:die|deze|dit)\s+\w+"
    # "Ketens de baas past in die lijn door …": which? It opened the dossier's part of "Waar gaan de
    # bronnen over?" (new informal questions, twenty-ninth session); not 'dit', "in dit dossier", nor
    # "op deze manier", whose consequence answers conversations v10 (tuning half) as it stands
    r"|^(?:[^\s,]+\s+){1,4}in\s+die\s+\w+"
    # "De aanwezigen bogen zich gezamenlijk over deze vragen": which? ("met die van X" refers
    # inside its own sentence); "Daar kan het een bonte verzameling … betreffen": where? (ninth session)
    r"|^(?:[^\s,]+\s+){5,6}(?:voor|van|met|bij|aan|over|naar|door|uit)\s+(?:deze|dit|die(?!\s+van\b))\s+\w+"
    r"|^[\"'“‘„(]*Daar\s+(?:kan|kunnen|is|zijn|staat|staan|wordt|worden|gaat|gaan|moet|moeten|heeft|hebben|zal|zullen|"
    r"werkt|werken|ligt|liggen)\b"
    # "Zonder dat hij dat van tevoren had afgestemd, …": who? (new informal questions, eighth session)
    r"|^[\"'“‘„(]*\w+\s+(?:dat\s+)?(?:hij|zij)\s"
    # "Nu zijn ze vooral bestuurders van netwerken": who? (new informal questions, fifteenth session)
    r"|^[\"'“‘„(]*\w+\s+\w+\s+(?:ze|zij|hij)\b(?!\s*[,?])"
    # "Het NORA-dossier 'Ketens de baas' helpt ze op weg": whom? A main clause's object pronoun
    # (one in a clause of its own, "… weten dat ze …", points inside the sentence); the summary of
    # the ICTU article led with it (new informal questions, twenty-third session)
    r"|^(?![^,;:]*\b(?:dat|die|als|omdat|wanneer|waar|zodat|wat|wie|hoe|of|zodra|doordat|terwijl|waarin|waarbij)\b"
    r"[^,;:]*\b(?:ze|hen|hem)\b)[\"'“‘„(]*(?:[^\s,;:]+\s+){2,7}(?:ze|hen|hem)\b(?!\s*[,?])"
    # "Bij goede resultaten gaat dat vanzelf": what? A demonstrative as the subject after the verb
    # of an inverted main clause (verbs that take no 'dat'-clause, so 'dat' is no conjunction); it
    # led "Waarom werkt een keten niet vanzelf?" (new informal questions, twenty-fourth session)
    r"|^[\"'“‘„(]*(?:Bij|In|Binnen|Buiten|Met|Door|Op|Voor|Zonder|Na|Tijdens|Onder|Tussen|Nu|Dan|Vaak|Meestal|Soms)\s+(?:[^\s,;:]+\s+){0,5}?"
    r"(?:gaat|gaan|werkt|werken|loopt|lopen|lukt|lukken|kan|kunnen|moet|moeten|is|zijn|wordt|worden|komt|"
    r"komen|zal|zullen|hoeft|hoeven|blijft|blijven|gebeurt|gebeuren|geldt|gelden|speelt|spelen|ligt|liggen)\s+(?:dat|dit)\b(?!\s*[,?])"
    # "… voorbeelden van grote ketenprojecten die hierdoor succesvol werden": through what? A relative
    # clause that points back, however far in (new informal questions, twenty-fourth session)
    r"|\b(?:die|dat|welke|waardoor)\s+(?:hierdoor|daardoor|hiermee|daarmee|hierom|daarom)\b"
    # "Gebeurt dat toch, dan …": what? (the case is the sentence before, not the question's)
    r"|^\w+\s+(?:dat|dit|die|deze|het)\s+(?:\w+\s+){0,2}?\w+,\s*(?:dan|then)\b"
    # "In de meeste bedrijfsculturen is het niet vanzelfsprekend en roept het weerstand op": what is?
    # An inverted main clause whose subject is 'het' before a negation or an adverb, with no clause
    # of its own for 'het' to announce ("… is het niet zo dat …", "… is het vaak lastig om …"); it
    # was an advice bullet of its own (new informal questions, twenty-seventh session)
    r"|^[\"'“‘„(]*(?:Bij|In|Binnen|Buiten|Met|Voor|Zonder|Op|Onder|Tussen)\s+(?:[^\s,;:]+\s+){0,5}?"
    r"(?:is|was|wordt|werd|blijkt|lijkt|blijft)\s+het\s+(?:niet|nooit|zelden|vaak|ook|nog|wel|zeker|echt|geen)\b"
    r"(?![^.;:]*\b(?:om|dat|te|of|wie|wat|hoe|waar|wanneer|als)\b)",
    re.I,
)
THEN = re.compile(
    # "Ketensamenwerking ontaardde dan in …", "We spreken dan van …": 'dan' = in that case (a
    # comparative "meer dan" is no reference); new informal questions, fifth session
    r"^(?:\S+\s+){0,2}(?!meer\b|minder\b|anders\b|eerder\b|later\b|beter\b|groter\b|kleiner\b|liever\b|"
    r"vaker\b|sneller\b|hoger\b|lager\b)\S+\s+dan\s+(?!\d)",
    re.I,
)
"""A sentence that points back to a case ('dan' = in that case: "… ontaardde dan in …")."""
CONDITION = re.compile(r"\b(?:als|wanneer|indien|zodra|if|when)\b(?P<cond>[^?.;]*)", re.I)
"""The case a question states: "Wat gebeurt er als <case>?", "What happens when <case>?"."""
# A closing line that only repeats the answer.
SUMMARY = re.compile(
    r"^[\"'“‘„]*(Samenvattend|Kortom|Kort samengevat|Concluderend|Al met al|Samengevat|In summary|"
    r"To sum up|In short)\b",
    re.I,
)


def is_question(sentence: str) -> bool:
    """A quoted question is no claim: "Waarom zou je de handen ineen slaan?"."""
    return plain(sentence).rstrip("\"'”’» ").endswith("?")


def is_editorial(sentence: str) -> bool:
    """A remark about the corpus or a document's status ("kon niet worden bevestigd")."""
    return bool(EDITORIAL.search(plain(sentence)))


def refers_back(sentence: str, case: bool = False) -> bool:
    """The sentence opens by pointing back ("Daarom …", "Zo'n samenwerking …", "… vertelde hij").

    With ``case`` (the question states the case, ``states_case``) a sentence that points back
    only to a case ("Ketensamenwerking ontaardde dan in …") does not: the question is its antecedent.
    """
    text = plain(sentence)
    found = REFERRING.search(text)
    speech = SPEECH_OPENS.match(text) or SPEECH_OPENS.match(SIDE_LABEL.sub("", text, count=1))
    if found and speech and found.group(0).lower().endswith(" dus"):
        found = None  # a speaker's own 'dus' (``SPEECH_OPENS``)
    return bool(found) or (not case and bool(THEN.search(text)))


SIDE_LABEL = re.compile(r"^[^:“\"‘„]{1,60}:\s+(?=[A-Z])")
"""A comparison side's label before the sentence, as ``check`` reads it ("Be Informed: Boissevain: “Je moet dus …"):
``coherent`` reads the sentence without it, so both judge the same words (held-apart c05 counted a dangling reference
in the eval that the composer had let through; forty-fifth session)."""
SPEECH_OPENS = re.compile(r"^[“\"‘„]?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}:\s*[“\"‘„]")
"""A sentence that opens a speaker's quotation ("Boissevain: “Je moet dus een gezamenlijk platform hebben …"): its
'dus' sums up the speaker's own view and needs no sentence before it. Read as pointing back, it was never quoted,
and "Wat is een gezamenlijk platform?" led with another quote (new informal questions, forty-fifth session;
``tests/test_coherence.py``)."""


def states_case(question: str, kind: str | None) -> bool:
    """A consequence question that states its case ("Wat gebeurt er als de top afhaakt?"): it is
    the antecedent of an answer's "… dan …" (practical p31, p51; eleventh session;
    ``tests/test_coherence.py``)."""
    return kind == "consequence" and bool(CONDITION.search(question))


CASE_REFERENCE = re.compile(
    r"\b(?:in|bij|voor)\s+(?:dat|die|dit|deze|zo'n)\s+(?:laatste\s+|eerste\s+)?(?:geval|gevallen|situatie|situaties)\b"
    r"|\b(?:dat|die|deze)\s+(?:laatste|eerstgenoemde|laatstgenoemde)\b",
    re.I,
)


def names_a_case_before(sentence: str) -> bool:
    """The sentence applies to a case said before it ("Zeker in dat laatste geval verdient het
    eerste model de voorkeur"). Not a coherence violation in a running answer, where the question
    often names the case (articles a24); an advice bullet is read on its own, so it is no
    bullet (new informal questions, eighth session; ``tests/test_coherence.py``)."""
    return bool(CASE_REFERENCE.search(plain(sentence)))


def is_summary(sentence: str) -> bool:
    """A closing line that sums up ("Samenvattend …", "Kortom …")."""
    return bool(SUMMARY.match(plain(sentence)))


def is_incomplete(sentence: str) -> bool:
    """A list item or sentence cut short: ends in ':', ',' or an ellipsis, or has no word.

    One word is a whole item when it is a name ("Opportunisme", "Culturele verankering" are a
    list of stages): only a lone lowercase word is a fragment."""
    text = plain(sentence).rstrip(" ;.")
    if not text or plain(sentence).rstrip().endswith((":", "…", "...", ",")):
        return True
    word = text.strip("“”\"'‘’„«»")
    return len(word.split()) < 2 and not word[:1].isupper()


@dataclass
class CoherenceReport:
    """Violations per rule in one answer (every rule present, 0 when clean)."""

    violations: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RULES, 0))
    examples: list[tuple[str, str]] = field(default_factory=list)
    """(rule, sentence) for each violation, for reports."""

    @property
    def total(self) -> int:
        """All violations together."""
        return sum(self.violations.values())

    def add(self, rule: str, sentence: str) -> None:
        """Count one violation of ``rule``."""
        self.violations[rule] += 1
        self.examples.append((rule, sentence))


_SPLIT = re.compile(r"(?P<end>[.!?][”’\"')]?(?:\s*\[\d+\])*)\s+(?=[A-Z\"'“‘„(])")
"""A sentence ends at its punctuation (and closing quotation mark); the markers after a quotation
("… dossier.” [1] Overheden …") stay with it."""


def _split(body: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for found in _SPLIT.finditer(body):
        parts.append(body[start : found.end("end")])
        start = found.end()
    parts.append(body[start:])
    return [p for p in parts if p.strip()]


def units(answer: str) -> list[tuple[bool, bool, str]]:
    """The answer's sentences as (opens a paragraph or bullet, is a bullet, text), in order.

    A bold label line ("**NORA** zegt:") is framing, not a sentence, and is left out.
    """
    out: list[tuple[bool, bool, str]] = []
    for block in re.split(r"\n\s*\n", answer.strip()):
        for line in block.splitlines():
            line = line.strip()
            if not line:
                continue
            bullet = line.startswith("- ")
            body = line[2:] if bullet else line
            label = BOLD.match(body)
            if label and not BOLD.sub("", body).strip(" :.") and not bullet:
                continue
            if label and body.rstrip().endswith(":") and len(body) < 80:
                continue
            parts = whole_quotes(_split(body))
            for i, part in enumerate(parts):
                first = i == 0 and (bullet or not out or out[-1][1] or line is block.splitlines()[0].strip())
                out.append((first, bullet, part.strip()))
    return out


def check(answer: str, language: str = "nl", case: bool = False) -> CoherenceReport:
    """Count every rule's violations in an answer (the Markdown subset, markers allowed); ``case``:
    the question states the case a "… dan …" sentence points back to (``states_case``)."""
    report = CoherenceReport()
    sentences = units(answer)
    seen: list[tuple[str, bool]] = []
    for i, (opens, bullet, sentence) in enumerate(sentences):
        # a bullet question under its intro or another such item is an item (``_asked_item``)
        asked = bullet and i > 0 and (not sentences[i - 1][1] or is_question(sentences[i - 1][2]))
        if is_question(sentence) and not asked:
            report.add("question", sentence)
        if is_editorial(sentence):
            report.add("editorial", sentence)
        # "**X**: … vertelde hij": the label names whom the pronoun means (``LABELLED_SPEAKER``)
        labelled = bool(
            BOLD.match(sentence)
            and (
                LABELLED_SPEAKER.search(sentence)
                or NAMED_PRONOUN.match(BOLD.sub("", sentence, count=1))
                or NAMED_PRONOUN_NEAR.match(BOLD.sub("", sentence, count=1))
                or QUOTED_ON.match(BOLD.sub("", sentence, count=1).lstrip(" :"))
            )
        )
        listed = asked and is_question(sentence)
        if refers_back(sentence, case) and (opens or i == 0) and not listed and not labelled:
            report.add("dangling_reference", sentence)
        if not quotes_balanced(sentence):
            report.add("unbalanced_quotes", sentence)
        side = bool(BOLD.match(sentence))  # opens a comparison side: parallel to the sides before
        if any(near_duplicate(sentence, earlier, parallel=bullet and item or side) for earlier, item in seen):
            report.add("duplicate", sentence)
        if bullet and is_incomplete(sentence):
            report.add("incomplete_item", sentence)
        seen.append((sentence, bullet))
    if len(sentences) > 1 and is_summary(sentences[-1][2]):
        report.add("closing_summary", sentences[-1][2])
    return report


LABELLED_SPEAKER = re.compile(r"\b(?:vertelde|zei|aldus)\s+(?:hij|zij|ze)\b")
"""A sentence that says the person told it ("Als lid van de Raad van Bestuur van Kadaster … vertelde hij over zijn
ervaring …"): under that person's label the pronoun points to it, as ``NAMED_PRONOUN`` does (forty-fifth session)."""
QUOTED_ON = re.compile(r"^[“„\"‘']\s*(?:Maar|En|Ook|Dus|Toch|But|And|Also|So)\b")
"""A quotation that goes on with a conjunction ("“Maar je kunt ook … horizontaal toezicht toepassen.”"): under the
speaker's label it reads as that speaker's next words (``narration.narrated_first``; fifty-first session)."""
NAMED_PRONOUN = re.compile(r"^\W*(?:Hij|Zij|Ze|He|She)\b")
NAMED_PRONOUN_NEAR = re.compile(r"^\W*(?:[\w'’-]+\s+){1,2}(?:hij|zij|ze|he|she)\b")
"""A personal pronoun among a labelled sentence's first words ("Zonder dat hij dat van tevoren had afgestemd, …" under
**John Froger**, ``narration.narrated_first``): the label names the person, as for ``NAMED_PRONOUN``."""
"""A sentence opening with a personal pronoun under a label: the label names the person
(``speaker.person_first``), so the pronoun points to it."""


def _in_list(sentence: Any, kept: list[Any]) -> bool:
    """A bullet under its list's intro or after another of its items, from the same passage: its 'hij'
    is the intro's subject ("Een ketenspeler levert pas goed ketenwerk als hij weet: … - wat hij van de
    voorafgaande schakels mag verwachten;" kept one item of three; twenty-fifth session,
    ``tests/test_coherence.py``)."""
    if (
        not sentence.bullet
        or not kept
        or getattr(kept[-1], "passage", None) != getattr(sentence, "passage", None)
    ):
        return False
    if not plain(sentence.text)[:1].islower():
        return False  # an item continues its intro in lower case; a bullet of its own is a sentence
    before = kept[-1].text.rstrip()
    return before.endswith(":") or (bool(kept[-1].bullet) and plain(before)[:1].islower())


def _asked_item(sentence: Any, kept: list[Any]) -> bool:
    """A question as a bullet right after its intro or another item from the same passage: one of the questions
    a sentence announces (``units.asked_after``), no rhetorical question of the answer's own."""
    return (
        bool(sentence.bullet)
        and bool(kept)
        and getattr(kept[-1], "passage", None) == getattr(sentence, "passage", None)
        and (not kept[-1].bullet or is_question(kept[-1].text))
    )


def coherent(sentences: list[Any], case: bool = False) -> list[Any]:
    """Draft sentences (anything with ``text``, ``bullet`` and ``label``) that pass every rule.

    Used on every generator's draft before citations are numbered: a quoted question, an
    editorial line, an unbalanced quote, a near-duplicate, a reference back at the start of
    a paragraph or bullet, and a closing summary are left out.
    """
    kept: list[Any] = []
    previous: Any = None
    for sentence in sentences:
        text = sentence.text
        joins = bool(getattr(sentence, "joins", False))  # the next sentence of the same bullet
        if joins and (not kept or kept[-1] is not previous):
            previous = sentence
            continue  # the sentence it continues was left out
        previous = sentence
        opens = (
            not kept or bool(sentence.bullet) or bool(sentence.label) or (bool(kept[-1].bullet) and not joins)
        )
        listed = is_question(text) and _asked_item(
            sentence, kept
        )  # one of the questions a sentence announces
        if (is_question(text) and not listed) or is_editorial(text) or not quotes_balanced(text):
            continue
        if (
            refers_back(text, case)
            and opens
            and not (
                sentence.label
                and (
                    NAMED_PRONOUN.match(text)
                    or NAMED_PRONOUN_NEAR.match(text)
                    or QUOTED_ON.match(text)
                    or LABELLED_SPEAKER.search(text)
                )
            )
            and not _in_list(sentence, kept)
            and not listed
        ):
            continue
        source = getattr(sentence, "passage", None)
        # a comparison side's opening says of its side what another said of its own, by design
        side = bool(sentence.label)
        if any(
            near_duplicate(text, k.text, parallel=side or source == getattr(k, "passage", None)) for k in kept
        ):
            continue
        if sentence.bullet and is_incomplete(text):
            continue
        kept.append(sentence)
    while len(kept) > 1 and is_summary(kept[-1].text):
        kept.pop()
    return kept
