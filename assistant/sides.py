"""The sides of a comparison: "verschil tussen X en Y", "lijkt X op Y", "X versus Y", "A of B, wat …?".

``concept_sides`` reads two concepts from a question's wording; ``question.analyse`` makes a side
per named source instead when the question names sources, and the retriever fills each side's
passages (``Side.chunk_ids``). Split from ``question.py`` (twenty-first session).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.focus import FILLERS, _without_generic
from assistant.glossary import glossed
from assistant.kind_patterns import BARE_OPTIONS, CHOICE, COMPARATIVE, COMPARED_VERB
from ketenwijzer.compounds import current_modifiers
from ketenwijzer.text import content_words, stems


@dataclass
class Side:
    """One side of a comparison: a concept, a source, or both."""

    label: str
    query: str
    doc_ids: list[str] = field(default_factory=list)
    chunk_ids: list[str] = field(default_factory=list)
    """The passages retrieved for this side (set by the retriever)."""
    person: bool = False
    """A person a source's text names, beside other sources: the side is what that person says."""
    speaker: str = ""
    """That person's name when the label says more ("Groothedde over vertrouwen"); else the label is it."""


_BETWEEN = re.compile(
    r"\btussen\s+(?P<a>.+?)\s+en\s+(?P<b>.+?)\s*[?.!]*$|\bbetween\s+(?P<c>.+?)\s+and\s+(?P<d>.+?)\s*[?.!]*$",
    re.I,
)
_ON = re.compile(
    r"\b(?:lijk\w*|verschil(?:t|len)?)\s+(?P<e>.+?)\s+(?:op|van)\s+(?:die|dat)\s+van\s+(?P<f>.+?)\s*[?.!]*$"
    r"|\blijk\w*\s+(?P<a>.+?)\s+op\s+(?P<b>.+?)\s*[?.!]*$"
    r"|\b(?:verschil(?:t|len)?|vergelijk\w*)\s+(?!tussen\b)(?P<c>.+?)\s+(?:op|met|van)\s+(?!mening\b)(?P<d>.+?)"
    r"(?:\s+(?:in\s+hoe|in\s+wat|over|qua|wat\s+betreft)\b.*)?\s*[?.!]*$"
    r"|\b(?:komt|komen)\s+(?P<g>.+?)\s+overeen\s+met\s+(?P<h>.+?)\s*[?.!]*$"
    r"|\b(?:does|do|did)\s+(?P<i>.+?)\s+(?:differ\s+from|compare\s+(?:to|with))\s+(?P<j>.+?)\s*[?.!]*$",
    re.I,
)
"""'verschil tussen …' is ``_BETWEEN``'s: read here, "Wat is het verschil tussen de eerste en de tweede versie van
Ketens de baas?" had the side "Tussen de en de versie" (forty-fourth session). 'Lijkt X op Y' takes its own preposition: "In hoeverre lijken de succesfactoren van Groothedde op
de sturingselementen?" had the sides "de succesfactoren" and "Groothedde op de sturingselementen"
(new informal questions, ninth session; ``tests/test_comparison_rules.py``); so does "… van die
van …" ("Verschilt de aanpak van Morgens van die van het dossier?" had "de aanpak" as a side), and
"komt X overeen met Y" ("In hoeverre komt Morgens overeen met het dossier?" was declined; twenty-sixth
session). What they are compared on ends the second side, as in ``_AND``: "Verschilt Be Informed van
het dossier in hoe ze over netwerken denken?" had the side "het dossier in hoe ze over netwerken" and
labelled Be Informed's quote with it (twenty-seventh session). "verschillen … van mening" is to
disagree, no side 'mening' ("Verschillen de bronnen van mening over regie?" was declined; thirty-second
session). English "How does X differ from Y?" and
"How does X compare to Y?" had no sides and were answered as one list of quotes (thirtieth session)."""


_AND = re.compile(
    r"\b(?:verschil(?:t|len)|lijken|vergelijk\w*)\s+(?P<a>.+?)\s+en\s+(?P<b>.+?)"
    r"(?:\s+(?:van|op|met)\s+elkaar|\s+van\s+mening)?(?:\s+(?:in|over|qua|wat betreft)\b.*)?\s*[?.!]*$"
    r"|\bverh(?:oudt|ouden)\s+(?P<k>.+?)\s+en\s+(?P<l>.+?)\s+zich(?:\s+tot\s+elkaar)?\s*[?.!]*$"
    r"|\bdo(?:es)?\s+(?P<c>.+?)\s+and\s+(?P<d>.+?)\s+(?:differ|compare)\b"
    r"|\bcompare\s+(?P<e>.+?)\s+(?:and|with|to)\s+(?P<f>.+?)\s*[?.!]*$"
    r"|\bverh(?:oudt|ouden)\s+(?P<g>.+?)\s+zich\s+tot\s+(?P<h>.+?)\s*[?.!]*$"
    r"|\b(?:does|do)\s+(?P<i>.+?)\s+relate\s+to\s+(?P<j>.+?)\s*[?.!]*$"
    r"|\bhebben\s+(?P<m>.+?)\s+en\s+(?P<n>.+?)\s+(?:met\s+elkaar\s+)?(?:gemeen|gemeenschappelijk)\s*[?.!]*$"
    r"|\b(?:overeenkomsten|verschillen)\s+(?:hebben|zien|vertonen)\s+(?P<q>.+?)\s+en\s+(?P<r>.+?)\s*[?.!]*$"
    r"|\b(?:do|does)\s+(?P<o>.+?)\s+and\s+(?P<p>.+?)\s+have\s+in\s+common\s*[?.!]*$"
    # "Zijn ketensturing en ketenregie hetzelfde?" had no sides (thirtieth session)
    r"|^\W*(?:zijn|is|are)\s+(?P<s>.+?)\s+(?:en|and)\s+(?P<t>.+?)\s+(?:hetzelfde|dezelfde|gelijk|synoniem|"
    r"synoniemen|(?:the\s+)?same|synonyms?)\s*[?.!]*$",
    re.I,
)
"""'Hoe verschillen het estafettemodel en het netwerkmodel?', 'Verschillen een keten en een netwerk
van elkaar?' (the second side was 'elkaar'), 'How do a chain and a network differ?'; 'Compare the
cultural and the relational dimension', 'Hoe verhoudt X zich tot Y?', 'How does X relate to Y?' (a
comparison without sides, or read as open; new informal comparisons, fourteenth session). "Verschillen
Groothedde en Froger van mening?" had the side "Froger van mening", "Hoe verhouden pijlers en
bouwstenen zich tot elkaar?" the side 'elkaar' (sixteenth session). "Wat hebben A en B gemeen?"
was read as open and answered about A (twenty-first session); "Welke overeenkomsten hebben A en B?" had no
sides (twenty-fifth session)."""
_KEYWORDS = re.compile(
    r"^\W*(?:verschil|verschillen|vergelijk|vergelijking|difference|compare|comparison)\s+"
    r"(?:(?:tussen|van|between|of)\s+)?(?P<a>[\w-]{3,})\s+(?:(?:en|met|and|with)\s+)?(?P<b>[\w-]{3,})\s*[?.!]*$",
    re.I,
)
"""Typed as keywords, as in a search box: "verschil keten netwerk", "vergelijk keten met netwerk" had
no sides, and a seminar report's scene filled the answer (new informal questions, eighteenth
session; ``tests/test_comparison_rules.py``)."""
_VERSUS = re.compile(
    r"^\W*(?P<a>[^:?,]+?)\s+(?:versus|vs\.?|tegenover)\s+(?P<b>[^:?,]+?)"
    r"(?:(?:\s+(?:over|about|qua|wat\s+betreft|on)\s+|\s*:\s*(?!\s*(?:wie|wat|welke|hoe|waar|waarom|wanneer|who|what"
    r"|which|how|where|why|when)\b))(?P<topic>[^:?,]+?))?(?=\s*[:?,.!]|\s*$)",
    re.I,
)
"""'Ketenlab vs NORA: wie …?'; a comma ends a side as a colon does: "Ketenregie vs ketenmanagement,
wat is wat?" labelled its second side 'ketenmanagement, wat is wat' (new informal questions,
nineteenth session; ``tests/test_question.py``). What both are compared on comes after them: "Groothedde versus
Morgens over succesfactoren" labelled its sides 'Groothedde succesfactoren' and 'Morgens over succesfactoren' and
quoted the dossier's success factors for Groothedde (new informal comparisons, forty-fifth session)."""
_BETTER = re.compile(
    r"\b(?:beter|handiger|verstandiger|slimmer|better)\b(?:\s+(?:voor|in|bij|for)\s+[^:,?]{2,40}?(?=\s*[:,]))?"
    r"\W+(?:een\s+|de\s+|het\s+|a\s+|an\s+)?(?P<a>[^:?]+?)"
    r"\s+(?:of|or)\s+(?:een\s+|de\s+|het\s+|a\s+|an\s+)?(?P<b>[^:?]+?)\s*[?.!]*$",
    re.I,
)
"""'Wat is beter: een ketenbureau of een ketenregisseur?': the two options are the sides; also after
what they are better for ("Wat is beter voor een keten: een convenant of een fusie?" had no sides
and answered about the convenant only; twenty-first session), before a comma too ("Wat is beter voor een kleine
gemeente, een convenant of een fusie?" labelled a side 'voor een gemeente, een convenant'; fifty-fifth session)."""
_THAN = re.compile(
    rf"^\W*(?:{COMPARED_VERB})\s+(?P<a>.+?)\s+(?:{COMPARATIVE})\s+(?:dan|than)\s+(?P<b>.+?)\s*[?.!]*$"
    r"|\bonderscheidt\s+(?P<c>.+?)\s+(?:zich\s+)?van\s+(?:die\s+van\s+|dat\s+van\s+)?(?P<d>.+?)\s*[?.!]*$"
    r"|^\W*(?:wat|hoe)\s+(?:doet|doen|deed|werkt|werken|regelt|regelen|beslist|beslissen)\s+(?P<e>[^?]+?)\s+"
    r"anders\s+dan\s+(?P<f>[^?]+?)\s*[?.!]*$",
    re.I,
)
"""'Werkt het netwerkmodel beter dan het estafettemodel?', 'Is A belangrijker dan B?' (any
comparative), 'Wat onderscheidt X van (die van) Y?', 'Wat doet A anders dan B?' (no sides: the answer
gave the ketenmanager only; twenty-fifth session)."""
_OPTIONS = re.compile(
    r"^\W*(?P<a>[^,?:]+?)\s+(?:of|or)\s+(?P<b>[^,?:]+?)\s*[,:]\s*(?:wat|welke|wie|which|what|who)\b"
    r"|^\W*(?P<e>[^,?:]+?)\s+(?:en|and)\s+(?P<f>[^,?:]+?)\s*[,:]\s*(?:wat|what)\s+(?:is|zijn|are)\s+(?:het|de|the)\s+"
    r"(?:verschil|verschillen|overeenkomst|overeenkomsten|difference|differences)\b"
    r"|^\W*(?:wat|welke|wie|which|what|who)\b[^,:?]*[,:]\s*(?P<c>[^,:?]+?)\s+(?:of|or)\s+(?P<d>[^,:?]+?)\s*\?\s*$",
    re.I,
)
"""'Ketenbureau of ketenregisseur, wat heb ik nodig?': the options named before the question; 'Welke
bron is positiever over politieke druk, Morgens of GBO?': after it. "Ketenbestuur of ketenmanager: wie
beslist?" and "Pijler 1 en pijler 2, wat is het verschil?" had no sides (twenty-fourth session); after a colon as
after a comma ("Wat is belangrijker: vertrouwen of afspraken?" had none and quoted one sentence naming both; new
informal comparisons, fifty-fifth session)."""
_CHOICE = re.compile(CHOICE, re.I)
"""'Moeten we een ketenregisseur aanstellen of een ketenmanager?': the two things chosen between (``kind_patterns.CHOICE``)."""
_BARE_OPTIONS = re.compile(BARE_OPTIONS, re.I)
"""'convenant of contract': two words typed as options (``kind_patterns.BARE_OPTIONS``)."""
_SAME = re.compile(
    r"\b(?:zijn|is|are)\s+(?P<a>.+?)\s+(?:hetzelfde als|dezelfde als|gelijk aan|vergelijkbaar met|anders dan|"
    r"(?:the )?same as|different from|similar to)\s+(?P<b>.+?)\s*[?.!]*$",
    re.I,
)


TIMES = frozenset(
    ["vroeger", "nu", "toen", "tegenwoordig", "vandaag", "destijds", "straks", "later", "eerst", "daarna"]
    + ["before", "now", "then", "today", "past", "present", "later", "earlier"]
)
"""Words for a time: "Wat is het verschil tussen vroeger en nu voor managers?" asks how one thing changed, it has no
two sides; 'vroeger' took Winters' story and "nu voor managers" the dossier's managers who steer too deep (new
informal questions, forty-eighth session; ``tests/test_question.py``)."""


def concept_sides(text: str) -> list[Side]:
    """'verschil tussen X en Y' / 'lijkt X op Y' / 'X versus Y' / 'zijn X hetzelfde als Y' → two sides."""
    for pattern in (
        _BETWEEN,
        _AND,
        _ON,
        _VERSUS,
        _SAME,
        _BETTER,
        _THAN,
        _OPTIONS,
        _CHOICE,
        _BARE_OPTIONS,
        _KEYWORDS,
    ):
        found = pattern.search(FILLERS.sub(" ", text))
        if found:
            named = found.groupdict()
            topic = named.pop("topic", None)
            typed = (
                [g for k, g in enumerate(found.groups()) if g and g != topic]
                if topic
                else [g for g in found.groups() if g]
            )
            parts = [" ".join(_SAID.sub(" ", _without_generic(p)).split()).strip(" ,") for p in typed]
            if all(_degree_only(t, p) for t, p in zip(typed, parts, strict=True)):
                return []
            if len(parts) == 2 and all(p.split()[:1] and p.split()[0].lower() in TIMES for p in parts):
                return []  # "tussen vroeger en nu" compares one thing at two times (``TIMES``)
            if (
                len(parts) == 2
                and not _OWN_PLACE.search(parts[0])
                and (bare := _without_shared_place(parts[-1]))
                and content_words(bare)
            ):
                parts[-1] = bare
            parts = _shared_head(parts)
            if len(parts) == 2 and all(content_words(p) for p in parts):
                # "een ketenmanager nou echt" → "een ketenmanager": fillers and generic words go
                about = _ABOUT.search(typed[-1])
                subject = f" {about.group(1).strip()}" if about else (f" {topic.strip()}" if topic else "")
                return [
                    Side(label=p, query=f"{q}{subject}")
                    for p, q in zip(parts, _told_apart(parts), strict=True)
                ]
    return []


SHARED_HEAD_MIN = 5
"""Letters two compared compounds must share at their end ('samenwerking') for their first parts to tell
them apart; each first part has at least ``FIRST_PART_MIN`` letters."""
FIRST_PART_MIN = 4


def _told_apart(parts: list[str]) -> list[str]:
    """Each side's query: two compounds with the same head ("Is ketensamenwerking hetzelfde als
    netwerksamenwerking?") are told apart by their first parts, so each side searches its first part
    too ('netwerk netwerksamenwerking'). The network side quoted 'goede netwerken' of people and the chain
    side a sentence on ambition (new informal questions, thirty-sixth session,
    ``tests/test_comparison_rules.py``)."""
    words_of = [p.split() for p in parts]
    if len(parts) != 2 or any(len(w) != 1 for w in words_of):
        return parts
    a, b = (w[0].lower() for w in words_of)
    shared = 0
    while shared < min(len(a), len(b)) and a[-1 - shared] == b[-1 - shared]:
        shared += 1
    # 'keten|sturing' and 'lijn|sturing' share 'nsturing' by letters: the head gives back what the
    # first parts need ("Hoe verhoudt ketensturing zich tot lijnsturing?" found nothing for 'lijnsturing';
    # thirty-seventh session)
    shared = min(shared, min(len(a), len(b)) - FIRST_PART_MIN)
    if shared < SHARED_HEAD_MIN:
        return parts
    return [f"{w[: len(w) - shared]} {w}" for w in (a, b)]


_SHARED_PLACE = re.compile(r"\s+(?:in|bij|binnen|within)\s+(?:een\s+|de\s+|a\s+|the\s+)?([\w-]+)\s*$", re.I)
"""Where both compared things are, after the second ("het verschil tussen cultuur en relaties in een
keten"): it belongs to both when its word is the corpus's domain (``_domain_word``), and the second side was
labelled "Relaties in een keten" (English "Relations in a chain"; thirty-second session,
``tests/test_comparison_rules.py``)."""


def _without_shared_place(part: str) -> str:
    """``part`` without a closing place that is the corpus's whole domain ("relaties in een keten" →
    "relaties"); unchanged when it has none."""
    found = _SHARED_PLACE.search(part)
    return part[: found.start()] if found and _domain_word(found.group(1)) else part


def _domain_word(word: str) -> bool:
    """``word`` (or its glossary translation: 'chain' → 'keten') begins with one of the corpus's compound
    modifiers (``compounds.current_modifiers``, derived from the indexed words: 'keten' for the shipped
    corpus), so it names the corpus's domain rather than one side's own place."""
    said = [word.lower(), *glossed(word).lower().split()]
    return any(w.startswith(m) for w in said for m in current_modifiers())


_OWN_PLACE = re.compile(r"\s(?:in|bij|binnen|op|within|at|on)\s", re.I)
"""A first side with a place of its own ("sturen in de lijn" against "sturen in een keten"): the second
side's place tells the two apart and stays (a test caught it losing "in een keten")."""


_SAYS = r"zeggen|zegt|zeiden|zei|vinden|vindt|denken|denkt|schrijven|schrijft|say|says"
"""Verbs that say whose view a comparison side is ("wat Morgens en het dossier zeggen")."""
_ABOUT = re.compile(rf"\b(?:{_SAYS})\s+(?:over|about)\s+(.+?)\s*[?.!]*$", re.I)
""""… wat Morgens en het dossier zeggen over ambitie?": both sides search the subject too."""


_SAID = re.compile(
    rf"^\s*(?:wat|wie|hoe|what|how)\s+|\s+(?:{_SAYS}|noemen|noemt|think|thinks|write|writes)"
    r"(?:\s+(?:over|about)\b.*)?\s*$",
    re.I,
)
""""Zit er verschil tussen wat Groothedde en Froger zeggen?": the sides are the speakers, not "Wat
Groothedde" and "Froger zeggen" (new informal questions, ninth session; ``tests/test_comparison_rules.py``)."""


def _degree_only(typed: str, kept: str) -> bool:
    """An option that is a degree, not a thing: "klein beginnen of meteen groot" kept 'beginnen'
    and 'meteen' as the sides' labels and queries once 'klein' and 'groot' (generic words) went.
    When every option is one, they are no two concepts to retrieve for; the whole question is
    (new informal questions, eighth session; ``tests/test_question.py``). One option with a
    filler ("een ketenmanager nou echt") is still a thing."""
    return len(content_words(kept)) < 2 and len(content_words(typed)) > len(content_words(kept))


def _shared_head(parts: list[str]) -> list[str]:
    """'de relationele' and 'de culturele dimensie': one side shares the other's noun (a lone
    Dutch adjective, inflected with -e, names nothing on its own)."""
    if len(parts) != 2:
        return parts
    first, second = parts[0].split(), parts[1].split()
    if _lone_adjective(first, second):
        return [f"{parts[0]} {second[-1]}", parts[1]]
    # and the other way round: "de culturele dimensie" and "de relationele" (eighth session)
    if _lone_adjective(second, first):
        return [parts[0], f"{parts[1]} {first[-1]}"]
    return parts


ENGLISH_ADJECTIVE = ("al", "ic", "ive", "ous")
"""English adjective endings ('the cultural', 'the strategic'): an English adjective is not inflected,
so "Compare the cultural and the relational dimension" had 'the cultural' as a side of its own."""
DUTCH_ADJECTIVE = ("lijk", "ig", "isch", "eel", "baar", "zaam")
"""Endings of a Dutch adjective left uninflected before a het-word ('zakelijk vertrouwen'): "Wat is het verschil
tussen zakelijk en persoonlijk vertrouwen?" had the side 'Zakelijk' of its own (forty-third session,
``tests/test_comparison_rules.py``)."""


def _lone_adjective(words_of: list[str], other: list[str]) -> bool:
    """``words_of`` is one inflected adjective (articles aside) and ``other`` ends with a noun it
    can take ('culturele' with "de relationele dimensie")."""
    bare = [w for w in words_of if w.lower() not in ("de", "het", "een", "the", "a", "an")]
    return (
        len(bare) == 1
        and bare[0].lower().endswith(("e", *ENGLISH_ADJECTIVE, *DUTCH_ADJECTIVE))
        and len(other) >= 2
        and other[-1][:1].islower()
        and not _same_ending(bare[0], other[-1])
        and not _other_article(words_of, other)
    )


_ARTICLES = frozenset(("de", "het"))


def _other_article(words_of: list[str], other: list[str]) -> bool:
    """Both open with a different Dutch article ('de estafette', 'het netwerkverband'): an adjective
    takes its noun's article, so 'estafette' is a noun of its own ("Wat hebben de estafette en het
    netwerkverband gemeen?" had the side 'de estafette netwerkverband'; twenty-first session)."""
    first, second = words_of[0].lower(), other[0].lower()
    return first in _ARTICLES and second in _ARTICLES and first != second


def _same_ending(word: str, noun: str) -> bool:
    """``word`` is a noun of its own, not an adjective of ``noun``: it ends as ``noun`` does (4+
    letters), or in '-ie', which no inflected adjective does ("Lijkt ketenrapportage op gewone
    managementrapportage?" labelled its first side "Ketenrapportage managementrapportage", and
    'de ketenregie' became 'de ketenregie lijnmanagement', 'opportunisme' 'opportunisme verankering';
    ninth session,
    ``tests/test_comparison_rules.py``)."""
    a, b = word.lower(), noun.lower()
    return a.endswith(("ie", "isme")) or (len(a) >= 4 and len(b) >= 4 and a[-4:] == b[-4:])


def specialised(sides: list[Side]) -> str:
    """The compound of two compared concepts when the other is its own head ('ketensamenwerking' against
    'samenwerken' or 'gewone samenwerking'), else ''. The corpus's compound modifier ('keten') is what sets it
    apart, so the question asks what the compound is: "Is ketensamenwerking hetzelfde als samenwerken?" gave
    Morgens' "Ketensamenwerking kan een sterk middel zijn …" against Boissevain's roles of gemeenten, and no
    sentence said what kind of samenwerking it is (new informal questions, forty-fourth session;
    ``tests/test_comparison_rules.py``)."""
    if len(sides) != 2:
        return ""
    said = [content_words(side.label.lower()) for side in sides]
    for (whole, other), label in zip(
        ((said[0], said[1]), (said[1], said[0])), (sides[0].label, sides[1].label), strict=True
    ):
        if len(whole) != 1 or not other:
            continue
        head = stems(other[-1])
        for modifier in current_modifiers():
            rest = whole[0][len(modifier) :]
            if whole[0].startswith(modifier) and len(rest) >= 4 and head and stems(rest)[:1] == head[:1]:
                return " ".join(label.split()).lower()  # with its article: "Wat is een ketenmanager?"
    return ""
