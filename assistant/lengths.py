"""How much the reader asks for: that many points ("drie tips"), sentences ("in één zin"), brevity
("in het kort"), or the previous answer again but shorter ("Kun je dat korter zeggen?"). Split from
``frames.py`` (twenty-sixth session, when that module passed 400 lines); ``SHORTER`` moved here from
``conversation.py`` (twenty-seventh session, for the same reason).
"""

from __future__ import annotations

import re

from assistant.coherence import units

COUNT_WORDS = {
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
}
"""Count words up to six, Dutch and English (a number of points asked, ``POINTS_ASKED``)."""
POINTS_ASKED = re.compile(
    r"\b(?P<n>[2-6]|" + "|".join(COUNT_WORDS) + r")\s+(?:\w+\s+)?(?:tips|punten|adviezen|aandachtspunten|"
    r"dingen|voorbeelden|stappen|points|things|examples|steps|recommendations|pieces of advice)\b",
    re.I,
)
"""'Geef me drie tips …', 'Noem twee aandachtspunten': the reader asked that many points.
"Geef me drie tips voor een nieuwe ketenmanager." got six bullets (new informal questions,
fifteenth session; ``tests/test_question.py``)."""


REQUESTED_POINTS = re.compile(
    r"\b(?:geef|noem|give|name|list)\s+(?:(?:me|mij|ons|us|eens|even)\s+)*(?P<n>[2-6]|"
    + "|".join(COUNT_WORDS)
    + r")\s+(?=[^\W\d_]{4,})",
    re.I,
)
"""'Geef me drie succesfactoren …', 'Noem twee risico's': a number right after a request, without an
article, is how many to give, whatever the noun ('de drie weerstanden' names a known three and keeps
its 'drie'). "Geef me drie succesfactoren voor ketensamenwerking" searched 'drie' and led with "…
noemt Ketens de baas drie andere factoren die weerstand … voeden" (new informal questions,
twenty-ninth session; ``tests/test_question.py``)."""


def without_points_count(text: str) -> str:
    """``text`` without the number of points asked ('Geef me drie tips …' → 'Geef me tips …'): how many
    is no word to search; 'drie' led "Geef me drie tips voor ketensamenwerking" with the three strong
    resistances and the three typical bottlenecks (twenty-eighth session, ``tests/test_question.py``)."""
    text = POINTS_ASKED.sub(lambda found: found.group(0)[found.end("n") - found.start() :], text)
    return REQUESTED_POINTS.sub(lambda found: found.group(0)[: found.start("n") - found.start()], text)


def points_asked(text: str, brief: bool = True) -> int:
    """How many points or sentences the question asks for ('drie tips' → 3, 'in één zin' → 1,
    'in het kort' → ``BRIEF`` unless not ``brief``); 0 when it names none. A summary asked 'in het
    kort' is one already: cut to three sentences in order it lost its second point ("Een keten heeft
    geen baas")."""
    found = POINTS_ASKED.search(text) or REQUESTED_POINTS.search(text)
    if found is None:
        found = SENTENCES_ASKED.search(text)
        if found is None:
            return BRIEF if brief and BREVITY.search(text) else 0
    n = found["n"].lower()
    return int(n) if n.isdigit() else COUNT_WORDS.get(n) or _ONE.get(n, FEW)


SENTENCES_ASKED = re.compile(
    r"\bin\s+(?P<n>\d+|één|een|twee|drie|vier|vijf|zes|een paar|enkele|one|two|three|a few)\s+"
    r"(?:zinnen|zin|regels|sentences?)\b",
    re.I,
)
"""'Ketensturing in 3 zinnen?', 'in één zin': the reader asked for that many sentences. "Ketensturing
in 3 zinnen?" searched 'zinnen' and led with "Zonder die wil heeft sturen … geen zin" (new informal
questions, nineteenth session; ``tests/test_question.py``)."""
BREVITY = re.compile(
    r"\b(?:in\s+het\s+kort|kort\s+gezegd|kort\s+samengevat|in\s+een\s+notendop|in\s+a\s+nutshell|in\s+short|briefly)\b",
    re.I,
)
"""'in het kort', 'kort gezegd': the reader asks for brevity, not about 'kort' ("Kun je in het kort
zeggen wat ketensturing is?" searched 'kort ketensturing' and was read as a source summary; new
informal questions, twenty-third session; ``tests/test_question.py``)."""


PLAINLY = re.compile(
    r"\bin\s+(?:(?:heel\s+)?(?:eenvoudige|simpele|gewone|begrijpelijke|duidelijke|heldere|jip-en-janneke)\s+)"
    r"(?:woorden|taal|nederlands)\b|\bin\s+(?:plain|simple)\s+(?:words|language|english|terms)\b",
    re.I,
)
"""'in eenvoudige woorden', 'in plain words': how to say it, not what about. "Leg in eenvoudige woorden uit
wat een keten is" searched 'eenvoudig woorden' and led with "De keten is en blijft zo sterk als de zwakste
schakel" (new informal questions, thirty-sixth session; ``tests/test_question.py``)."""


def without_length_asked(text: str) -> str:
    """The question without the length it asks for ('in het kort', 'in één zin'), its words and
    punctuation closed up: "Wat is in het kort een keten?" → "Wat is een keten?" (the definition
    was not looked for; twenty-third session)."""
    bare = PLAINLY.sub(" ", BREVITY.sub(" ", SENTENCES_ASKED.sub(" ", text)))
    return re.sub(r"\s*,\s*(?=[?.!]|$)", "", re.sub(r"\s+", " ", bare)).strip()


FEW = 2
"""Sentences for 'een paar' or 'enkele' ('a few')."""
BRIEF = 3
"""Sentences at most for 'in het kort', 'kort gezegd' (``BREVITY``): "Wat is in het kort een keten?"
got the seven sentences of the full answer (twenty-third session)."""
_ONE = {"één": 1, "een": 1, "one": 1}


SHORTER = re.compile(
    r"^\W*(?:en\s+|and\s+)?(?:(?:kan|kun|kunt)\s+(?:je|jij|u)\s+(?:dat|het)\s+|(?:can|could)\s+you\s+(?:say\s+|explain\s+|put\s+)?"
    r"(?:that|it|this)\s+)?(?:(?:wat|iets|nog|een\s+beetje|a\s+bit|much)\s+)?"
    r"(?P<how>korter|shorter|beknopter|more\s+briefly|in\s+(?:één|een|1)\s+zin|in\s+(?:one|a)\s+sentence|in\s+het\s+kort"
    r"|simpeler|eenvoudiger|makkelijker|begrijpelijker|duidelijker|simpler|more\s+simply|more\s+plainly"
    r"|in\s+(?:gewone|eenvoudige|simpele|begrijpelijke)\s+(?:woorden|taal)|in\s+(?:simpler|plain|simple)\s+(?:words|terms))"
    r"(?:\s+(?:zeggen|samenvatten|vertellen|uitleggen|graag|alsjeblieft|aub|a\.u\.b\.|please|say|put))*\W*$",
    re.I,
)
"""A request to say the previous answer shorter ("Kun je dat korter zeggen?", "Korter graag", "In één
zin?", "shorter please"): the same question, answered in at most ``SHORTER_SENTENCES`` sentences (one
for "in één zin"). It was declined as a new question (new informal questions, thirteenth session;
``tests/test_gate_follow_ups.py``). Asked simpler ("Kun je dat simpeler uitleggen?", "In gewone taal?"), an
extractive answer can only say less: the core sentences, not easier ones (it was read as a yes/no question and
quoted an unrelated interview; new informal follow-ups, forty-third session)."""
SHORTER_SENTENCES = 2


def shorter_than(answer: str) -> int:
    """The sentences a shorter answer than ``answer`` may have: ``SHORTER_SENTENCES``, and fewer than
    the cited sentences it had ("Kun je dat korter zeggen?" after a two-sentence answer repeated it
    word for word; twenty-seventh session; ``tests/test_gate_follow_ups.py``)."""
    said = sum(1 for _, _, text in units(answer) if re.search(r"\[\d+\]", text))
    return max(1, min(SHORTER_SENTENCES, said - 1)) if said else SHORTER_SENTENCES
