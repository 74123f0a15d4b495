"""Which named sources a question asks to speak and which it asks about.

"Wat zegt ICTU over Ketens de baas?" asks ICTU about the dossier: the dossier is the subject, no second side of a
comparison. A name after 'over', after a noun and 'van' ("het doel van Ketens de baas"), or placed ('bij', 'voor') is
asked about; 'volgens' makes a name speak beyond doubt. Split from ``question.py`` (fiftieth session) when it passed
400 lines; ``question.analyse`` applies these rules to the sources a question names.
"""

from __future__ import annotations

import re

from assistant.named_source import NamedSource
from assistant.source_cues import NAME_CUE

_ABOUT_NAME = (
    r"(?:\bover|\babout|\b(?:het|de|een|the)\s+[^\W\d_]{3,}\s+(?:van|of))\s+(?:het\s+|de\s+|the\s+)?"
)
"""What puts a name as a question's subject: 'over', 'about', or a noun and 'van' ("het doel van Ketens de baas")."""
_CUED = NAME_CUE
"""What makes a name the speaker beyond doubt."""


def without_topics(text: str, sources: list[NamedSource]) -> list[NamedSource]:
    """The sources a question asks to speak, without the one it asks about: "Wat zegt ICTU over Ketens de baas?" and
    "Wat is volgens ICTU het doel van Ketens de baas?" set ICTU beside the dossier as two sides of a comparison,
    and the second said ICTU's passages say nothing (new informal questions, forty-second session;
    ``tests/test_comparison_rules.py``). A source no cue makes speak is asked about too, beside one 'volgens' names ("Wie heeft
    Ketens de baas geschreven volgens ICTU?"). Only when one source is left to speak; a question that compares by its
    wording ("de visie van ICTU en die van GBO") keeps both (the caller skips comparisons)."""
    if len(sources) < 2:
        return sources
    cued = [s for s in sources if _named_after(_CUED, s, text)]
    topics = [s for s in sources if (cued and not s.speaks) or _named_after(_ABOUT_NAME, s, text)]
    placed = [s for s in sources if s not in topics and _named_after(_AT_NAME, s, text)] if not cued else []
    # "Wat doet ICTU voor de NORA?", "Wat is de rol van ICTU bij de NORA?": the one a name is placed at or done for is
    # asked about; the first was read as a comparison of ICTU and the NORA, the second asked the dossier (the NORA's)
    # what ICTU does (new informal questions, fiftieth session; ``tests/test_question.py``)
    topics += placed
    if placed and len(topics) == len(sources):
        return []
    speaking = [s for s in sources if s not in topics]
    return speaking if topics and len(speaking) == 1 and (speaking[0].speaks or placed) else sources


_AT_NAME = r"\b(?:bij|voor|at|for)\s+(?:het\s+|de\s+|the\s+)?"
"""What places a name as where the subject is, or for whom: 'bij de NORA', 'voor de NORA'; not 'in', which names
where a source says it ("Wat staat er in het dossier over …?")."""


_OVER_NAME = r"\b(?:over|about)\s+(?:het\s+|de\s+|the\s+)?"
"""What puts a name as the subject two other sources are asked about ("… over de NORA")."""


def _named_after(before: str, source: NamedSource, text: str) -> bool:
    """``text`` writes ``source``'s name right after the pattern ``before`` ('volgens', 'over', 'bij', …)."""
    return bool(source.written) and bool(
        re.search(before + re.escape(source.written) + r"(?!\w)", text, re.I)
    )


def without_subject(text: str, sources: list[NamedSource]) -> list[NamedSource]:
    """The sources a comparison sets side by side, without one it asks them about ('over', ``_ABOUT_NAME``) when two
    or more are left: "Wat zeggen ICTU en Be Informed over de NORA?" read the NORA (the dossier's publisher) as a third
    speaker, searched no word and quoted neither side on the NORA (new informal questions, fiftieth session;
    ``tests/test_comparison_rules.py``)."""
    if len(sources) < 3:
        return sources
    speaking = [s for s in sources if not _named_after(_OVER_NAME, s, text)]
    return speaking if len(speaking) >= 2 else sources
