"""The corpus's subject, and questions off it.

A corpus says what it is about by the word its compounds are built on: 'keten' in the shipped corpus
('ketenpartner', 'ketenregie', 'jeugdzorgketen'; ``compounds.compound_modifiers``, derived from the index and never
written down). A general management question ("Hoe verbeter ik de samenwerking binnen mijn team?", "Welke
managementstijl werkt het best?") names no such word and no source, and it names a thing no source uses ('team',
'managementstijl'); the embedder still finds the corpus's passages on cooperation close, so the gate passed such
questions by a hair and the answer quoted chains to a question about one's own team (new general management
questions, fifty-fifth session; ``tests/test_off_subject.py``). Such a question needs clearer evidence
(``OFF_SUBJECT_MARGIN``) to be answered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.abstention import known
from assistant.glossary import english_words, glossed
from ingest.lexical import LexicalIndex
from ketenwijzer.text import stems

OFF_SUBJECT_MARGIN = 0.03
"""How far above the threshold the evidence of an off-subject question naming an unsaid word must be. Set on the
tuning half: of its general management questions (out-of-scope o89–o118, written for this rule and all put in the
tuning half) those naming an unsaid word are 0.026 or less above the threshold, but for o116 ("What is a good KPI for
customer service?", 0.033: answered); its answerable questions off the subject that name one are 0.059 or more above
it (english e06 'troubled', articles a19 'voorziening')."""


def on_subject(question: str, modifiers: Iterable[str]) -> bool:
    """A word of the question, or the glossary's Dutch for it ('chain' → 'keten'), holds one of the corpus's
    compound modifiers ('ketens', 'ketenpartner', 'jeugdzorgketen')."""
    words = re.findall(r"[^\W\d_]+", question.lower())
    said = words + [w for word in words for w in re.findall(r"[^\W\d_]+", glossed(word).lower())]
    return any(m in word for m in modifiers for word in said)


def off_subject(
    question: str, modifiers: Iterable[str], unsaid: list[str], named: bool, margin: float
) -> str:
    """Why the question is declined as off the corpus's subject ('' when it is not): it names no source and no
    subject word (``on_subject``), names a word no source uses, and its evidence is within ``OFF_SUBJECT_MARGIN``
    of the threshold."""
    if named or not unsaid or margin >= OFF_SUBJECT_MARGIN or on_subject(question, modifiers):
        return ""
    return f"de vraag gaat niet over het onderwerp van de bronnen en noemt '{unsaid[0]}'"


ENGLISH_BEFORE_NOUN = frozenset(
    ["a", "an", "the", "my", "our", "your", "their", "his", "her", "this", "that", "these", "those"]
    + ["for", "about", "with", "in", "on", "of"]
)
"""English words a noun follows ("my team", "for customer service")."""
ENGLISH_NO_SUBJECT = frozenset(
    [
        "good",
        "better",
        "best",
        "bad",
        "worse",
        "worst",
        "first",
        "last",
        "next",
        "new",
        "main",
        "right",
        "real",
    ]
    + ["big", "small", "great", "whole", "same", "other", "most", "more", "many", "much", "only"]
    + ["thing", "things", "way", "ways", "kind", "sort", "lot"]
)
"""Words that grade or order the noun after them ("a good team meeting") or stand in for one ("the first thing",
"the best way"): no subject."""


def english_unsaid(question: str, lexical: LexicalIndex) -> list[str]:
    """Words of an English question right after a determiner or preposition that the glossary does not translate and
    no source uses: the English counterpart of ``unsaid.unsaid`` for ``off_subject`` ("How do I handle conflict in my
    team?" → 'team')."""
    tokens = re.findall(r"[a-z][a-z'-]*", question.lower())
    found: list[str] = []
    for i, before in enumerate(tokens[:-1]):
        if before not in ENGLISH_BEFORE_NOUN:
            continue
        after = tokens[i + 1 :]
        word = next((w for w in after if w not in ENGLISH_NO_SUBJECT), "")
        if len(word) < 4 or word in english_words() or glossed(word):
            continue
        terms = stems(word)
        if terms and not known(terms[0], lexical) and word not in found:
            found.append(word)
    return found
