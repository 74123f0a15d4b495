"""The two subjects a follow-up compares or weighs: "die twee", "Wat is het verschil?", "Wie heeft
gelijk?", "Welke komen overeen?", "Is dat hetzelfde als …?" and "Is ze het eens met …?" name no
subject of their own; ``conversation.resolve`` fills in the last two turns' subjects or sources.
Split from ``conversation.py`` when it passed 400 lines (twenty-eighth session).
"""

from __future__ import annotations

import re

BARE_COMPARISON = re.compile(
    r"^\W*(?:en\s+|and\s+)?(?P<head>wat\s+is\s+(?:nou\s+|eigenlijk\s+|dan\s+)*(?:het|de)\s+verschil"
    r"|wat\s+zijn\s+de\s+verschillen|what(?:'s|\s+is)\s+the\s+difference)\W*$",
    re.I,
)
"""'Wat is het verschil?' with nothing after it: between the subjects of the last two questions,
like "die twee" (after "Wat is de culturele dimensie?" and "en de relationele?" it compared
nothing; eighth session; ``tests/test_question.py``)."""


def between(head: str, joined: str, english: bool) -> str:
    """'Wat is het verschil' + 'A en B' → "Wat is het verschil tussen A en B?"."""
    return f"{head} {'between' if english else 'tussen'} {joined}?"


COMPARED_WITH_THAT = re.compile(
    r"^\W*(?:en\s+|and\s+)?(?:"
    r"(?:(?P<how>hoe|waarin|how)\s+)?"
    r"(?P<verb>is|zijn|lijkt|lijken|verschilt|verschillen|are|does)\s+(?:dat|dit|die|deze|het|that|this|it)\s+"
    r"(?P<rest>(?:(?:nou|eigenlijk|echt)\s+)*(?:hetzelfde\s+als|dezelfde\s+als|gelijk\s+aan|anders\s+dan|op|van|"
    r"the\s+same\s+as|different\s+from|similar\s+to|differ\s+from)\s+.+)"
    r"|(?P<head>wat\s+is\s+(?:nou\s+|eigenlijk\s+|dan\s+)*(?:het|de)\s+verschil|what(?:'s|\s+is)\s+the\s+difference)"
    r"\s+(?P<with>met|with)\s+(?P<other>[^?]+?)\s*\?*\s*$)",
    re.I,
)
"""'Is dat hetzelfde als een ketenmanager?', 'Wat is het verschil met een ketenmanager?' after a
question on the ketenregisseur: the topic is the side 'dat' points to (it was one side, and the
answer mixed both without labels; new informal follow-ups, nineteenth session;
``tests/test_gate_follow_ups.py``). With 'hoe' or 'waarin' first too: "En hoe verschilt dat van een lijnmanager?"
after the ketenmanager's tasks mixed both without labels (forty-first session)."""
IN_COMMON = re.compile(
    r"^\W*(?:en\s+|and\s+|maar\s+)?(?:(?:welke|wat)\s+(?:komen|komt)\s+(?:er\s+|dan\s+|nou\s+)*overeen"
    r"|wat\s+hebben\s+(?:ze|zij|die|beide|beiden)\s+(?:dan\s+|nou\s+)*gemeen"
    r"|(?:waar|waarover)\s+zijn\s+(?:ze|zij)\s+het\s+(?:over\s+)?eens"
    r"|(?:welke|wat)\s+(?:overlappen|overlapt)|wat\s+is\s+de\s+overlap"
    r"|what\s+do\s+they\s+have\s+in\s+common|(?:which|what)\s+(?:ones\s+)?overlaps?"
    r"|where\s+do\s+they\s+agree)\W*$",
    re.I,
)
"""'Welke komen overeen?' after two turns on two sources: what those two share on the topic (after
"Wat zijn succesfactoren volgens GBO?" and "en volgens Morgens?" it was asked of Morgens alone; new
informal follow-ups, twenty-eighth session; ``tests/test_gate_follow_ups.py``)."""
WHO_IS_RIGHT = re.compile(
    r"^\W*(?:en\s+|and\s+|maar\s+|but\s+)?(?:wie|who)\s+(?:heeft|is)\s+(?:er\s+)?(?:nou\s+|dan\s+|eigenlijk\s+|now\s+)*"
    r"(?:gelijk|right)\W*$",
    re.I,
)
"""'Wie heeft gelijk?' with nothing after it: which of the last two sources or subjects, like "wie van
de twee" (after "Wat zegt Groothedde over vertrouwen?" and "En Froger?" it was answered with the
dossier's list of resistances; twelfth session; ``tests/test_question.py``)."""


def pair(first: str, second: str, english: bool) -> str:
    """Two subjects joined as a question names them ("Froger en Groothedde")."""
    return f"{first} {'and' if english else 'en'} {second}"


AGREES_WITH = re.compile(
    r"^\W*(?:en\s+|and\s+|maar\s+)?(?:(?:is|was)\s+(?:hij|zij|ze)\s+het\s+(?:daar\s+)?(?:ook\s+|wel\s+)?(?:on)?eens"
    r"|(?:does|did)\s+(?:he|she)\s+(?:also\s+)?agree)\s+(?:met|with)\s+(?P<other>[^?]+?)\W*$",
    re.I,
)
"""'Is ze het eens met Groothedde?' after a turn on one person's words: do the two agree (it kept
'Wat zegt Froger?' as the topic and answered from Groothedde alone; thirteenth session;
``tests/test_speaker_questions.py``)."""
AGREES_THERE = re.compile(
    r"^\W*(?:en\s+|and\s+|maar\s+)?(?:is|was|zijn|waren)\s+"
    r"(?P<other>(?!(?:hij|zij|ze|iedereen|niemand|men|je|jij|u|jullie|we|wij|ik|dat|dit|er)\b)[^?]{2,40}?)\s+het\s+"
    r"(?:daar(?:mee)?|hiermee|ermee)\s+(?:ook\s+|wel\s+|nou\s+)*(?:mee\s+)?(?:on)?eens\W*$"
    r"|^\W*(?:and\s+|but\s+)?(?:does|do|did)\s+"
    r"(?P<english>(?!(?:he|she|they|it|you|we|i|everyone|anyone|nobody)\b)[^?]{2,40}?)\s+(?:also\s+)?agree"
    r"(?:\s+with\s+(?:that|this|it))?\W*$",
    re.I,
)
"""'Is Groothedde het daarmee eens?' after a turn on one source's view: do the two agree on the topic (it was
asked of Groothedde alone, and "En het dossier?" after it of the dossier without the topic; new informal
follow-ups, thirty-ninth session; ``tests/test_question.py``)."""
MORE_OF_TWO = re.compile(
    r"^\W*(?:en\s+|and\s+)?(?P<who>wie|welke|who|which)\s+"
    r"(?=(?:heeft|is|has)\s+(?:er\s+)?(?:nou\s+|dan\s+)?(?:meer|minder|het\s+meest|more|less|the\s+most)\b)",
    re.I,
)
"""'Wie heeft meer macht?' after two subjects: which of the two, as "wie van de twee" (after the lijnmanagement and the
ketenmanager it stood alone and quoted partners giving up power; forty-eighth session, ``tests/test_question.py``)."""


RELATED = re.compile(
    r"(?<=\bhangen\s)(?:die|ze|zij|deze)\b(?=\s+(?:met\s+elkaar\s+|dan\s+|nou\s+)?samen\b)"
    r"|(?<=\bverhouden\s)(?:die|ze|zij|deze)\b(?=\s+zich\b)"
    r"|(?<=\bare\s)(?:they|these|those)(?=\s+(?:connected|related|linked)\b)"
    r"|(?<=\bdo\s)(?:they|these|those)(?=\s+(?:relate|connect)\b)",
    re.I,
)
"""'Hoe hangen die samen?': the pronoun stands for the subjects of the last two questions, as "die twee" does
(after "Wat is pijler 6?" and "en pijler 7?" it was carried as "hoe hangen die samen? (pijler 7)" and told how
pillar 7 relates to the ketenkaart; new informal follow-ups, forty-eighth session; ``tests/test_question.py``)."""


THE_TWO = re.compile(
    r"\b(?:die|deze|de|those|these|the)\s+(?:twee|two)\b|\bbeide\b|\bboth\b(?!\s+[\w-]+(?:\s+[\w-]+)?\s+and\b)",
    re.I,
)
"""'Wat is het verschil tussen die twee?': the subjects of the last two questions (it was read as
the first one alone, and no comparison came; seventh session; ``tests/test_question.py``). Not "both
X and Y", which names the two: "Can a municipality be both client and supplier?" was asked what it
referred to (new informal questions, thirty-first session)."""


def view_of(source: str, subject: str, english: bool) -> str:
    """The question for what ``source`` says about ``subject`` ("Wat zegt het dossier over keten?")."""
    return f"What does {source} say about {subject}?" if english else f"Wat zegt {source} over {subject}?"
