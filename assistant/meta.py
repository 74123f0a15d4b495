"""Questions about the assistant itself: which sources it answers from, and what it can do.

"Welke bronnen gebruik je?" was answered from the corpus ("De acht pijlers zijn … bruikbaar") and
"Wat kun je allemaal?" was declined (new informal questions, eighth session). Such a question gets
a fixed answer that names the index's sources (``SourceDirectory.labels``: a user's own corpus is
named as it is, never by a list in code), without citations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

ABOUT_SOURCES = re.compile(
    r"^\W*(?:en\s+)?(?:welke|wat\s+voor|wat\s+zijn\s+je|what|which)\s+(?:bronnen|documenten|sources|documents)"
    r"(?:\s+(?:gebruik|heb|ken|raadpleeg|lees|do|are|have)\b.*)?\W*$"
    r"|^\W*(?:waar\s+(?:haal|baseer)\s+(?:je|jij)\b.*|where\s+do\s+you\s+get\b.*)$",
    re.I,
)
"""'Welke bronnen gebruik je?', 'Waar haal je dat vandaan?', 'Which sources do you use?'."""
ABOUT_SELF = re.compile(
    r"^\W*(?:wat\s+(?:kun|kan)\s+(?:je|jij)(?:\s+(?:allemaal|eigenlijk|zoal))*|wie\s+ben\s+(?:je|jij)|"
    r"wat\s+ben\s+(?:je|jij)(?:\s+voor\s+iets)?|wat\s+doe\s+(?:je|jij)|help|hulp|"
    r"wat\s+(?:kan|kun|mag)\s+(?:ik|je|men)\s+(?:je|jou|u)?\s*(?:allemaal\s+)?vragen|"
    r"waar(?:over)?\s+(?:kan|kun|mag)\s+ik\s+(?:je|jou|u)\s+(?:allemaal\s+)?(?:iets\s+)?(?:over\s+)?vragen|"
    r"what\s+can\s+i\s+ask(?:\s+you)?|"
    r"what\s+can\s+you\s+do|who\s+are\s+you|what\s+are\s+you)\W*$",
    re.I,
)
"""'Wat kun je allemaal?', 'Wie ben je?', 'help', 'What can you do?'; 'Wat kan ik je vragen?', 'Waarover kan
ik je iets vragen?', 'What can I ask you?' (it listed the four sources of dynamics; thirty-second session)."""

ANSWERS = {
    "nl": {
        "sources": "Ik antwoord alleen uit deze bronnen: {names}. Elke zin van een antwoord verwijst "
        "naar de passage waar hij vandaan komt.",
        "self": "Ik beantwoord vragen uit een vaste verzameling bronnen, met bij elke zin een verwijzing "
        "naar de passage waar hij vandaan komt; staat iets er niet in, dan zeg ik dat. De bronnen: {names}.",
    },
    "en": {
        "sources": "I answer only from these sources (in Dutch): {names}. Every sentence of an answer "
        "cites the passage it comes from.",
        "self": "I answer questions from a fixed set of sources, citing for every sentence the passage it "
        "comes from; when the sources do not cover something, I say so. The sources (in Dutch): {names}.",
    },
}


def meta_kind(question: str) -> str:
    """'sources' or 'self' for a question about the assistant itself, '' for any other."""
    if ABOUT_SOURCES.match(question):
        return "sources"
    if ABOUT_SELF.match(question):
        return "self"
    return ""


def meta_answer(kind: str, language: str, labels: Sequence[str]) -> str:
    """The fixed answer to a question about the assistant, naming the index's sources."""
    texts = ANSWERS.get(language, ANSWERS["nl"])
    return texts[kind].format(names="; ".join(labels))
