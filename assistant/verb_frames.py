"""Verbs that frame a question's subject: what it depends on, how it is talked about, what one feels.

Split from ``frames.py`` (forty-sixth session) when that passed 400 lines; behaviour unchanged by the move.
``frames.asking_verbs_out`` leaves them out with the other frames.
"""

from __future__ import annotations

import re

DEPENDS_ASKED = re.compile(
    r"\b(?P<where>waar|wat)\s+(?:hangt|hangen|hing|hingen)\b(?P<subject>[^?]{1,80}?)\bvan\s+af\b"
    r"|\bwaarvan\s+(?:hangt|hangen|hing|hingen)\b(?P<rest>[^?]{1,80}?)\baf\b"
    r"|\b(?P<what>what)\s+(?:does|do|did)\b(?P<english>[^?]{1,80}?)\bdepends?\s+on\b",
    re.I,
)
""""Waar hangt succes in een keten van af?" asks what X depends on: 'hangt … van af' frames it, X is the subject and a
sentence that weighs something for it answers (``generators.weights.favour_weight``); searched, the verb led with "… de
keuze voor een keten hangt af van specifieke voorwaarden" and "Ketenvorming hangt … samen met afhankelijkheid" (new
informal questions, forty-sixth session; ``tests/test_question.py``). English as Dutch: "What does chain cooperation
depend on?" quoted Boissevain on the roles of gemeenten."""


TALK_ABOUT = re.compile(
    r"\b(?P<over>over\s+(?:[\w'’-]+\s+){1,4}?)(?:praten|praat|praatte|praatten)\b"
    r"|\b(?:praten|praat|praatte|praatten)\s+(?=over\b)",
    re.I,
)
"""How one talks about a thing asks what is said of it: "Verschillen Morgens en de GEMMA in hoe ze over doelen
praten?" searched 'praten' and was declined (new informal comparisons, forty-sixth session; ``tests/test_question.py``).
Talking itself stays: "… langs elkaar heen praten" is answered by "… langs elkaar heen denken en werken" (tuning n32)."""


def without_depends(text: str) -> str:
    """The text without the frame of a question what something depends on (``DEPENDS_ASKED``)."""
    return DEPENDS_ASKED.sub(
        lambda found: (
            f"{found['where'] or found['what'] or 'waar'} {found['subject'] or found['rest'] or found['english']}"
        ),
        text,
    )


FEELS = re.compile(
    r"\bzich\s+(?P<felt>(?:niet\s+|meer\s+)?[\w-]{3,})\s+(?:voelt|voelen|voel|voelde|voelden)\b"
    r"|\b(?:voelt|voelen|voel|voelde|voelden)\s+(?:\w+\s+)?zich\s+(?P<after>(?:niet\s+|meer\s+)?[\w-]{3,})",
    re.I,
)
"""'zich eigenaar voelen': what one feels is asked, not the feeling ("Wat als niemand zich eigenaar
voelt?" was declined on 'voelt'; new informal questions, twenty-eighth session; ``tests/test_question.py``). The verb
may come first: "… en niemand voelt zich verantwoordelijk" led with "een zeer gevoelig proces" (forty-fifth session)."""
