"""The forms of Dutch verbs, read as the corpus writes them: a yes/no question's opening verb in all its forms,
a verb the stemmer leaves with its ending, a participle that keeps a vowel short, a verb with 'mee'.

Split from ``verbs.py`` (fortieth session) when it passed 400 lines; ``verbs.py`` keeps the verbs a question
writes apart or inverted. These are spelling rules of the language, not corpus vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

from assistant.verbs import PARTICLES, SEPARATED_MIN
from ketenwijzer.text import stems, words

_FORMS = (
    ("heb", "hebt", "heeft", "hebben", "had", "hadden", "has", "have"),
    ("ben", "bent", "is", "zijn", "was", "waren", "are", "were"),
    ("kan", "kun", "kunt", "kunnen", "kon", "konden", "can", "could"),
    ("moet", "moeten", "moest", "moesten", "must"),
    ("mag", "mogen", "mocht", "mochten", "may"),
    ("wil", "wilt", "willen", "wilde", "wilden"),
    ("word", "wordt", "worden", "werd", "werden"),
    ("zal", "zult", "zullen", "zou", "zouden", "will", "would"),
    ("does", "do", "did"),
)
"""The forms of each verb a yes/no question opens with most ("Heeft de ketenmanager …?" is answered
by "… heeft een ketenmanager soms …"): the language's irregular verbs, no corpus words."""
NEED_WORDS = ("nodig", "noodzakelijk", "hoeft", "hoeven", "hoefde", "verplicht", "vereist", "need", "needed")
"""Words that say what 'moeten' asks: "Moet elke keten cultureel verankerd raken?" is answered by
"Culturele verankering is … ook niet altijd nodig" (it led with what the last stadium is; new
informal questions, twentieth session; ``tests/test_lead_rules.py``)."""
_FORM_OF: dict[str, tuple[str, ...]] = {form: forms for forms in _FORMS for form in forms}
for _must in _FORMS[3]:
    _FORM_OF[_must] = _FORMS[3] + NEED_WORDS
_OPENING_VERB = re.compile(r"^\W*(?P<verb>[a-z]{2,})\b", re.I)


def opening_verb_forms(question: str) -> frozenset[str]:
    """The forms of the verb a yes/no question opens with ("Heeft …?" → heeft, hebben, had, …);
    a verb outside ``_FORMS`` stands for itself ("Werkt …?" → werkt); empty without one."""
    found = _OPENING_VERB.match(question)
    if found is None:
        return frozenset()
    verb = found["verb"].lower()
    return frozenset(_FORM_OF.get(verb, (verb,)))


_DOUBLED_BEFORE_END = re.compile(
    r"(?P<head>\w+[^aeiou](?P<vowel>[aeou]))(?P=vowel)(?P<end>[bcdfghjklmnpqrstvwxz])"
)
"""A stem whose last vowel the stemmer doubled ('regeel' of 'regelen'), where the participle keeps
it short ('regel' of 'geregeld')."""


def short_participle(stem: str, known: Container[str]) -> str | None:
    """The indexed stem of the participle that keeps short the vowel the stemmer doubled: 'regel'
    (geregeld) for 'regeel' (regelen).

    "Wat moet ik regelen voordat we een keten beginnen?" missed "… moet ook de governance van de
    keten goed geregeld zijn" (new informal questions, thirtieth session)."""
    undoubled = _DOUBLED_BEFORE_END.fullmatch(stem)
    if undoubled is None:
        return None
    short = undoubled["head"] + undoubled["end"]
    return short if short in known else None


def participles(query: str, known: Container[str]) -> list[tuple[str, str]]:
    """The stem of each infinitive in ``query`` whose participle the index knows by a shorter stem,
    with that stem ('regelen' → ('regeel', 'regel'): ``short_participle``)."""
    found = []
    for w in words(query.lower()):
        for stem in stems(w)[:1] if w.endswith("en") else []:
            short = short_participle(stem, known)
            if short:
                found.append((stem, short))
    return found


ALONG = ("mee",)
"""Particles that add 'along' and keep the root's meaning ('meebetalen' is paying too, 'meebeslissen'
deciding too), unlike 'aanvragen' (no 'vragen'): the gate counts such a verb as said where its root is
("moet iedereen meebetalen" was declined while the dossier names "de vraag wie wat betaalt"; new informal
questions, thirty-ninth session; ``tests/test_abstention.py``)."""


def along_roots(terms: Iterable[str], known: Container[str]) -> dict[str, frozenset[str]]:
    """For a verb typed with an ``ALONG`` particle that the index does not know, its root's indexed forms."""
    found: dict[str, frozenset[str]] = {}
    for t in terms:
        for particle in ALONG:
            root = t[len(particle) :]
            if t in known or not t.startswith(particle) or len(root) < SEPARATED_MIN:
                continue
            forms = {root} if root in known else set()
            forms.update(f for inflected in verb_forms([root], known).values() for f in inflected)
            if forms:
                found[t] = frozenset(forms)
    return found


def verb_forms(
    terms: Iterable[str], known: Container[str], separable: bool = False
) -> dict[str, frozenset[str]]:
    """For a verb the stemmer leaves with its ending ('duurt', 'neemt', 'leert'), the indexed stem of
    the same verb without it ('duur' of 'duren'); for a bare verb ('begin'), its indexed form with
    the ending ('begint').

    "Hoe lang duurt het voordat een keten goed loopt?" is answered by "Het kan jaren duren voordat
    een keten goed werkt", which led only fourth while 'duurt' matched nothing (sixth session).
    With ``separable`` (the gate: is it said at all?), a verb typed whole counts as its root without
    the particle; the sentence scorer asks the particle too (``typed_whole``).
    """
    found: dict[str, frozenset[str]] = {}
    for t in terms:
        forms: set[str] = set()
        if len(t) >= 4 and t.endswith("t"):
            bare = stems(t[:-1])
            if bare and bare[0] != t and bare[0] in known:
                forms.add(bare[0])
            if bare and bare[0].endswith("eer"):
                # the stemmer keeps the long vowel of 'domineer' (domineert, and the noun 'communicatie') but
                # shortens the infinitive ('communicer'); the verb's agent or adjective ends in -ant ('dominant',
                # 'participant'): "Hoe voorkom je dat één partner de keten domineert?" missed "… niet dat de
                # grootste partner zich ook als dominante partij mag opstellen" (thirty-fifth session)
                forms.update(f for f in (bare[0][:-2] + "r", bare[0][:-3] + "ant") if f in known)
        if len(t) >= 5 and t[-2] in "aeou" and t[-3] not in "aeiouy" and t[:-1] + t[-2:] in known:
            # the participle's long vowel: 'formuler' (formuleren) in "wordt samen geformuleerd"
            # ('formuleer'; "Wie moet de ketendoelstelling formuleren?" led with a list; twenty-eighth session)
            forms.add(t[:-1] + t[-2:])
        if len(t) >= 4 and t + "t" in known:
            # the other way: 'begin' (ik begin) in "Wie met ketensamenwerking begint, …"
            forms.add(t + "t")
        if separable and t not in known:
            # a separable verb typed whole that the corpus writes apart: 'inleveren' in "Ketenpartners
            # leveren in een keten een deel van hun macht … in" ("moet die iets inleveren?" after the
            # ketenpartner was declined; twenty-eighth session, ``tests/test_gate_follow_ups.py``)
            forms.update(
                t[len(p) :]
                for p in PARTICLES
                if t.startswith(p) and len(t) - len(p) >= SEPARATED_MIN and t[len(p) :] in known
            )
        forms.update(f for f in _STRONG_FORMS.get(t, ()) if f != t and f in known)
        if forms:
            found[t] = frozenset(forms)
    return found


STRONG_VERBS = (
    "wijzen wijst wijs wees wezen gewezen",
    "geven geeft geef gaf gaven gegeven",
    "nemen neemt neem nam namen genomen",
    "gaan gaat ga ging gingen gegaan",
    "staan staat sta stond stonden gestaan",
    "doen doet doe deed deden gedaan",
    "zien ziet zie zag zagen gezien",
    "krijgen krijgt krijg kreeg kregen gekregen",
    "blijven blijft blijf bleef bleven gebleven",
    "schrijven schrijft schrijf schreef schreven geschreven",
    "vinden vindt vind vond vonden gevonden",
    "houden houdt houd hield hielden gehouden",
    "brengen brengt breng bracht brachten gebracht",
    "denken denkt denk dacht dachten gedacht",
    "zoeken zoekt zoek zocht zochten gezocht",
    "beginnen begint begin begon begonnen",
    "spreken spreekt spreek sprak spraken gesproken",
    "dragen draagt draag droeg droegen gedragen",
    "verliezen verliest verlies verloor verloren",
    "dwingen dwingt dwing dwong dwongen gedwongen",
    "bieden biedt bied bood boden geboden",
    "liggen ligt lig lag lagen gelegen",
    "zitten zit zat zaten gezeten",
    "vallen valt val viel vielen gevallen",
    "laten laat liet lieten gelaten",
    "helpen helpt help hielp hielpen geholpen",
    "lopen loopt loop liep liepen gelopen",
    "sluiten sluit sloot sloten gesloten",
    "trekken trekt trek trok trokken getrokken",
    "schuiven schuift schuif schoof schoven geschoven",
    # "Ik zit in de stuurgroep maar er wordt niets besloten. Wat kan ik doen?" was declined ('besloten'; fifty-fourth session)
    "besluiten besluit besloot besloten",
)
"""Dutch strong verbs, each with its forms: the stemmer brings 'wijst' and 'gewezen' to 'wijst' and 'wees', so "Iedereen
wijst naar elkaar als iets misgaat. Hoe doorbreek ik dat?" never found "En dan wordt er naar elkaar gewezen …" and was
declined (new informal questions, forty-sixth session; ``tests/test_abstention.py``). The language's verbs, no corpus
words; a form counts as another only where the index knows it. Not 'kiezen': its 'gekozen' ("… die zij zelf hebben
gekozen") took "Wanneer kies je voor een keten?" off its lead, "… hangt af van specifieke voorwaarden" (a full test
run caught it)."""
_STRONG_FORMS: dict[str, frozenset[str]] = {}
for _verb in STRONG_VERBS:
    _stems = frozenset(stems(_verb))
    for _stem in _stems:
        _STRONG_FORMS[_stem] = _STRONG_FORMS.get(_stem, frozenset()) | _stems
