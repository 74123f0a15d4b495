"""The phrasings question kinds are told by, shared with the modules that read a question's parts.

Split from ``kinds.py`` (thirty-eighth session) when it passed 400 lines: a comparative and a choice
(``sides.py`` reads their two sides), a request for where or by whom something is said
(``conversation.py``, the speaker rules), a thing gone, a source's works and what it finds.
"""

from __future__ import annotations

import re

COMPARED_VERB = r"werkt|werken|is|zijn|helpt|helpen|are|does|do|works?"
"""The verb that opens a comparative question ("Is A belangrijker dan B?", "Werkt A beter dan B?")."""
COMPARATIVE = r"beter|slechter|better|worse|[^\W\d_]{4,}er|more\s+\w+"
"""A comparative ('beter', 'belangrijker', 'more important'); with 'dan'/'than' after it, two
sides are compared (``sides._THAN`` reads them; tenth session)."""
CHOICE = (
    r"^\W*(?:moet|moeten|kies|kiest|kiezen|zal|zullen|kan|kunnen|wil|willen|should|shall|do)\s+"
    r"(?:ik|we|wij|je|jij|u|jullie|i|you)\s+(?:(?:nou|nu|dan|beter|liever|eerder|eigenlijk)\s+)*(?:voor\s+|for\s+)?"
    r"(?:een|de|het|a|an|the)\s+(?P<a>[\w-]{4,})(?:\s+[\w-]+)?\s+(?:of|or)\s+(?:voor\s+|for\s+)?"
    r"(?:een|de|het|a|an|the)\s+(?P<b>[\w-]{4,})(?:\s+[\w-]+)?\s*[?.!]*\s*$"
)
"""A choice between two things asked with a modal: "Moeten we een ketenregisseur aanstellen of een
ketenmanager?" was read as yes/no and described the ketenmanager alone (new informal questions,
twenty-eighth and twenty-ninth sessions; ``tests/test_comparison_rules.py``)."""
BARE_OPTIONS = r"^\W*(?P<a>[^\W\d_][\w-]{3,})\s+(?:of|or)\s+(?P<b>[^\W\d_][\w-]{3,})\W*$"
"""Two words typed as options, as in a search box: "convenant of contract" led with Groothedde's five
factors (new informal questions, twenty-ninth session; ``tests/test_comparison_rules.py``)."""


POINTING_BACK = (
    r"(?:dat|dit|zoiets|that|this|so)(?:\s+(?:precies|eigenlijk|nou|dan|exactly|then))*\W*(?:\(|$)"
)
"""'dat' that points at the previous answer: nothing but fillers and the carried brackets after it."""
SAID_WHERE = (
    r"(?:waar\s+(?:staat|stond|lees|las)\s+(?:ik\s+)?(?:dat|dit|het)|waar\s+komt\s+(?:dat|dit)\s+vandaan"
    r"|wat\s+is\s+(?:de|je|jouw|uw)\s+bron(?:\s+(?:daarvan|hiervan|van\s+(?:dat|dit)))?"
    r"|where\s+does\s+it\s+say\s+(?:that|so)|where\s+(?:is|was)\s+(?:that|this)\s+(?:said|written)"
    r"|what(?:'s|\s+is)\s+(?:the|your)\s+source(?:\s+(?:of|for)\s+(?:that|this))?"
    # the word alone, as typed in a chat box: "bron?" after Morgens' most important success factor quoted the dossier's
    # "bronnen van dynamiek" (new informal follow-ups, fiftieth session)
    r"|(?:bron|bronnen|source|sources)(?:\s+(?:graag|please|aub|alsjeblieft|svp))?)"
    r"(?:\s+(?:precies|eigenlijk|dan|exactly|then))*\W*(?:\(|$)"
)
"""'Waar staat dat?', "What's the source of that?": where the previous answer's claim is said, asked as
who says it ("waar staat dat?" after the ketenkaart quoted the ketenkaart's pillars; new informal
follow-ups, thirty-first session)."""
WHERE_SAID_ASKED = re.compile(r"^\W*(?:en\s+|and\s+)?" + SAID_WHERE, re.I)
"""The whole follow-up asks where the previous answer's claim is said ("Waar staat dat?", "bron?"): always a follow-up
(``leaning.needs_context``; "bron?" after Morgens' most important success factor quoted the dossier's "bronnen van
dynamiek", fiftieth session)."""


GONE = r"weg\s+is|wegvalt|ontbreekt|ontbreken|verdwijnt|verdwijnen"
"""How a question says a thing is gone ("als het vertrouwen weg is"): a consequence is asked (the consequence rule of ``kinds.KIND_RULES``),
and the sentences without that thing answer it (``generators.nudges.GONE_CASE``)."""
WORKS = (
    r"dossier|artikel|rapport|onderzoek|verslag|stuk|katern|seminar|bijeenkomst|congres|conferentie|document"
)
"""What a source is, or the event it reports on, as a question names it ("het seminar", "het dossier")."""
FINDS_PATTERN = (
    r"^\W*(?:en\s+)?wat\s+(?:(?:vindt|vond|vinden|vonden|concludeert|concludeerde|concluderen|concludeerden)\s+"
    r"|(?:blijkt|bleek|kwam|komt)\s+(?:er\s+)?uit\s+)"
    r"(?:(?:het|de|dat|dit)\s+(?:[\w-]+\s+)?(?:[\w-]*-)?(?:"
    + WORKS
    + r")|(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?)"
)
"""What a source, an event or a named one finds or concludes ("Wat vond het seminar", "Wat concludeert
Morgens"), or what came out of it ("Wat bleek uit het onderzoek?" was declined, "Wat kwam er uit het seminar?" led with
"Als de druk hoog is, blijkt het soms …"; forty-ninth session): the start of a question that asks its main message
(the summary rule of ``kinds.KIND_RULES``)."""
FINDS = re.compile(FINDS_PATTERN, re.I)


ASKS_SPEAKER = re.compile(
    r"\s*(?:en\s+|and\s+)?(?:wie|who|volgens\s+wie|according\s+to\s+whom|(?:welke\s+bron(?:nen)?|which\s+sources?|what\s+sources?)\s+"
    r"(?:zegt|zeggen|noemt|noemen|says|say|mentions?)\s+" + POINTING_BACK + r"|" + SAID_WHERE + r")",
    re.I,
)
"""A question that asks who says something ("Wie zegt dat precies?", "Welke bronnen zeggen dat?", "Volgens wie
is …?"), not what a named source says."""
