"""Elliptic follow-ups: "en de relationele?" asks the previous question again about something else.

A follow-up that is only a noun phrase ("en de ketenregisseur?", "en pijler 4?", "en de
procedurele dimensie?") means: the question just asked, with its subject replaced. Joined to the
previous topic instead, "en de relationele?" after "Wat is de culturele dimensie?" searched
'relationele culturele dimensie' and led with the list of all four dimensions, and "en de
ketenregisseur?" after "Wat doet een ketenmanager?" led with where the ketenregisseur stands in
the table of contents (new informal questions, twenty-third session; ``tests/test_question.py``).

Small rules, tried in order, each replacing one span of the previous standalone question:

- ``same_head``: the phrase shares its head with a phrase of the previous question ("pijler 4" for
  "pijler 3", "de procedurele dimensie" for "de culturele dimensie"): that phrase is replaced;
- ``other_modifier``: a lone adjective ("de relationele") replaces the adjective before the
  previous question's focus noun ("culturele dimensie" → "relationele dimensie");
- ``other_subject``: any other phrase replaces the previous question's focus when that is one
  or two adjacent words ("ketenmanager" → "ketenregisseur");
- ``other_noun``: else it replaces the one focus noun after an article ("de top" → "de uitvoerders");
- ``noun_after``: a phrase with a preposition replaces the one focus noun after that preposition ("de taken van
  het ketenbestuur" → "de taken van de ketenmanager").

A phrase that names a source replaces the source the previous question named (``other_source``:
"en Groothedde?" after "Wat zegt Morgens over succesfactoren?"); when that named none, the source
rules of ``conversation.resolve`` carry the topic to it. Nothing is replaced when the phrase points
back ("en dat?") or the previous question has no such span.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.brackets import carried, without_carried
from assistant.leaning import RELATIONAL
from assistant.pairs import view_of
from assistant.superlatives import asked_rank, ranks_previous

_BARE_PHRASE = re.compile(
    r"^\W*(?:en|and|of|or)\s+(?:(?:die|dat|that|those|the\s+one)\s+(?=(?:van|of)\s))?"
    r"(?:(?P<prep>van|voor|bij|met|over|of|for|with|about)\s+)?"
    r"(?P<phrase>(?:(?:de|het|een|the|a|an)\s+)?[^\W_][\w-]*(?:\s+[\w-]+){0,2}?)\s*\?*\s*$",
    re.I,
)
"""'en de relationele?', 'en pijler 4?', 'and the chain director?': a phrase of one to three words; with
the preposition it had in the previous question ("en van de ketenmanager?" after "Wat is de rol van
het ketenbestuur?" carried the ketenbestuur and lost the role; thirty-first session); so with 'die' before it, the
thing asked again of another ("En die van de ketenmanager?" carried the ketenbestuur; forty-first session)."""
ADDED_BY = re.compile(
    r"^\W*(?:en|and)\s+(?:wat\s+(?:voegde|voegt|zei|zegt)\s+(?P<nl>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:\s+(?:daar\s+|er\s+)?(?:aan\s+)?toe)?"
    r"|what\s+(?:did|does)\s+(?P<en>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:add|say)(?:\s+to\s+(?:that|this|it))?)\W*$"
)
"""'en wat voegde Froger toe?', 'and what did Froger add?': the previous question asked of that person, as "en Froger?"
(after "Wat zei Groothedde?" it carried Groothedde's question and quoted him again, or was declined for 'toe';
forty-eighth session, ``tests/test_question.py``)."""

_BETWEEN_PAIR = re.compile(
    r"\b(?:verschil|difference)\s+(?:tussen|between)\s+.+?\s+(?:en|and)\s+(?P<other>.+?)\s*\?*\s*$", re.I
)
"""The second of two compared things, which a follow-up "en met X?" replaces."""

# fmt: off
_NOT_A_SUBJECT = frozenset([
    "dat", "dit", "die", "deze", "daar", "daarna", "daarom", "daarover", "daarvan", "hij",
    "zij", "ze", "hun", "het", "zo", "nu", "dan", "verder", "ook", "waarom", "wat", "wie",
    "hoe", "welke", "wanneer", "waar", "anders", "meer", "nog", "dus", "that", "this",
    "those", "these", "it", "they", "why", "what", "who", "how", "which", "when", "where",
    "then", "more", "else", "so", "too", "also", "in", "bij", "voor", "van", "met", "op",
    "over", "volgens", "tijdens", "zonder", "per", "tussen", "na", "for", "with", "on",
    "about", "by", "to", "from",
])
# fmt: on
"""Words that make a follow-up no bare phrase: it points back, asks or places ("en dat?", "en
waarom?", "en in de praktijk?")."""

_ARTICLES = frozenset(["de", "het", "een", "the", "a", "an"])
_ENDS_IN_ARTICLE = re.compile(r"\b(?:de|het|een|the|a|an)\s+$", re.I)
_TOKEN = re.compile(r"[\w-]+", re.UNICODE)


def _other_gender(old: str, new: str) -> bool:
    """The two Dutch definite articles differ ('de' against 'het'): the new noun's own article must stand."""
    pair = {old.strip().lower(), new.strip().lower()}
    return pair == {"de", "het"}


def elliptic(question: str, previous: str, focus: Callable[[str], str]) -> str | None:
    """The previous standalone question with its subject replaced by the phrase ``question`` is
    ("en de relationele?" after "Wat is de culturele dimensie?" → "Wat is de relationele
    dimensie?"); None when ``question`` is no bare phrase or no rule finds the span to replace.
    ``focus`` gives a question's focus words (``focus.focus_of``)."""
    found = _BARE_PHRASE.match(question)
    if found is None or ranks_previous(question) and not asked_rank(without_carried(previous)):
        # "En de belangrijkste?" after the eight pillars ranks them (``superlatives``): it became "Wat zijn de
        # belangrijkste?", topic lost, and was declined (new informal follow-ups, thirty-sixth session); after a
        # ranking question ("welke is het lichtst?") it is that question again, ranked otherwise
        return None
    said = [w for w in _TOKEN.findall(found["phrase"]) if w.lower() not in _ARTICLES]
    if not said or any(w.lower() in _NOT_A_SUBJECT for w in said):
        return None
    before = without_carried(previous)
    asked = focus(before).split()  # read once: the relation check, every rule and the carried topic use it
    if len(said) == 1 and said[0].lower() in RELATIONAL and not any(w.lower() in RELATIONAL for w in asked):
        # a noun always of something ('alternatief') is of the previous subject, no subject in its place: "en het
        # alternatief?" after "Wat is het estafettemodel?" became "Wat is het alternatief?", topic lost (new informal
        # follow-ups, fiftieth session; ``tests/test_gate_follow_ups.py``); after another relation it swaps
        # ("en de nadelen?" after the advantages, ``other_relation``)
        return None
    compared = (
        _BETWEEN_PAIR.search(before) if found["prep"] and found["prep"].lower() in ("met", "with") else None
    )
    if compared is not None:
        # "en met een ketenregisseur?" after "Wat is het verschil met een projectleider?" (read as "… tussen
        # ketenmanager en een projectleider?"): the other side changes (it became an open question on
        # both; thirty-second session, ``tests/test_question.py``)
        return before[: compared.start("other")] + found["phrase"].strip() + before[compared.end("other") :]
    tokens = list(_TOKEN.finditer(before))
    rules: list[Callable[[list[str], list[re.Match[str]], list[str]], Span | None]] = [
        same_head,
        other_modifier,
        other_subject,
        other_relation,
        other_noun,
    ]
    if found["prep"]:
        rules.append(lambda s, t, f: noun_after(found["prep"], s, t, f))
    for rule in rules:
        span = rule(said, tokens, asked)
        if span is not None and found["prep"] and not _after(before[: span[0]], found["prep"]):
            return None
        if span is not None:
            start, end = span
            head, new = before[:start], " ".join(said)
            article = _TOKEN.match(found["phrase"])
            old = _ENDS_IN_ARTICLE.search(head)
            if (
                article
                and article.group(0).lower() in _ARTICLES
                and old is not None
                and (
                    found["prep"]
                    or (not _adjective(said[-1]) and _other_gender(old.group(0), article.group(0)))
                )
            ):
                # the phrase's own article replaces the old one: "Wat is de rol van de ketenmanager?",
                # not "… van het ketenmanager?"; so does a noun's without a preposition: "En het lijnmanagement?" after
                # "Wat doet de ketenmanager dan?" read "Wat doet de lijnmanagement dan?" (forty-second session)
                head, new = head[: old.start()], f"{article.group(0)} {new}"
            return head + new + before[end:] + _still_carried(previous, before, before[start:end], asked)
    # "en pijler 4?" after "waarom is dat belangrijk? (pijler 3)": the thing replaced is in the
    # topic the previous follow-up carried (it was joined as "(pijler 3)" and led with pijler 3;
    # twenty-sixth session)
    rest = previous[len(before) :] if previous.startswith(before) else ""
    span = same_head(said, list(_TOKEN.finditer(rest)), asked) if rest.strip() else None
    if span is not None:
        start, end = span
        return before + rest[:start] + " ".join(said) + rest[end:]
    return None


def _after(text: str, preposition: str) -> bool:
    """``text`` ends in ``preposition`` and perhaps an article: where the replaced phrase stood."""
    return bool(re.search(rf"\b{re.escape(preposition)}\s+(?:(?:de|het|een|the|a|an)\s+)?$", text, re.I))


def _still_carried(previous: str, before: str, replaced: str, focus: list[str]) -> str:
    """What ``previous`` carried after the question in brackets, when the question had no subject
    but the words replaced: "en het zwaarst?" after "welke is het lichtst? (continuum
    organisatievormen)" lost the continuum and was declined (new informal follow-ups, twenty-fourth
    session; ``tests/test_question.py``). A question with a subject of its own ("Wat is de culturele
    dimensie? (pijlers)") is asked again without it."""
    rest = previous[len(before) :] if previous.startswith(before) else ""
    said = set(replaced.lower().split())
    if not rest.strip() or replaced.lower() in rest.lower() or any(w not in said for w in focus):
        return ""
    return rest


Span = tuple[int, int]


def same_head(said: list[str], tokens: list[re.Match[str]], focus: list[str]) -> Span | None:
    """The previous phrase of the same length around a shared word ("pijler 3" for "pijler 4",
    "culturele dimensie" for "procedurele dimensie"); the phrase must differ from it."""
    lowered = [t.group(0).lower() for t in tokens]
    for i, word in enumerate(w.lower() for w in said):
        if word not in lowered or len(said) < 2:
            continue
        at = lowered.index(word) - i
        if at < 0 or at + len(said) > len(tokens):
            continue
        if lowered[at : at + len(said)] == [w.lower() for w in said]:
            return None  # the same phrase: nothing new is asked about
        return tokens[at].start(), tokens[at + len(said) - 1].end()
    return None


def other_modifier(said: list[str], tokens: list[re.Match[str]], focus: list[str]) -> Span | None:
    """A lone adjective ('relationele') for the adjective before the focus noun ('culturele dimensie')."""
    if len(said) != 1 or not _adjective(said[0]):
        return None
    lowered = [t.group(0).lower() for t in tokens]
    for i in range(len(tokens) - 1):
        if (
            lowered[i] in focus
            and lowered[i + 1] in focus
            and _adjective(lowered[i])
            and lowered[i] != said[0].lower()
        ):
            return tokens[i].start(), tokens[i].end()
    return None


def other_subject(said: list[str], tokens: list[re.Match[str]], focus: list[str]) -> Span | None:
    """Another subject for the previous question's focus of one or two adjacent words."""
    if not 1 <= len(focus) <= 2:
        return None
    lowered = [t.group(0).lower() for t in tokens]
    for i in range(len(tokens) - len(focus) + 1):
        if lowered[i : i + len(focus)] == focus:
            if [w.lower() for w in said] == focus:
                return None
            return tokens[i].start(), tokens[i + len(focus) - 1].end()
    return None


def other_relation(said: list[str], tokens: list[re.Match[str]], focus: list[str]) -> Span | None:
    """Another relation of the same thing: 'nadelen' for the previous question's 'voordelen' ("en de
    nadelen?" after "Wat zijn de voordelen van ketensamenwerking?" carried both words and was declined;
    new informal follow-ups, twenty-ninth session; ``tests/test_gate_follow_ups.py``)."""
    if len(said) != 1 or said[0].lower() not in RELATIONAL:
        return None
    for token in tokens:
        word = token.group(0).lower()
        if word in RELATIONAL and word != said[0].lower():
            return token.start(), token.end()
    return None


def _adjective(word: str) -> bool:
    """A Dutch inflected adjective ('culturele', 'procedurele', 'eerste' aside): ends in -e after a consonant."""
    return len(word) > 4 and word.lower().endswith("e") and word[-2].lower() not in "aeiou"


def other_source(
    question: str, previous: str, named: Callable[[str], list[str]], focus: Callable[[str], str]
) -> str | None:
    """The previous standalone question asked of the one source the phrase ``question`` names
    instead of the one it named ("en Groothedde?" after "Wat zegt Morgens over succesfactoren?" →
    "Wat zegt Groothedde over succesfactoren?"), or, when it named none, what that source says on
    its focus ("en Morgens?" after "Wat is vertrouwen?" → "Wat zegt Morgens over vertrouwen?");
    None otherwise. ``named`` gives the source names a text writes, ``focus`` a question's focus.

    Joined as "en Groothedde? (succesfactoren; volgens Groothedde)" the question read so unlike
    the sources that it was declined, while Groothedde names five success factors; "en Morgens?
    (vertrouwen)" was answered from the dossier (new informal questions, twenty-third session;
    ``tests/test_question.py``)."""
    found = _BARE_PHRASE.match(question) or ADDED_BY.match(question)
    if found is None:
        return None
    before = without_carried(previous)
    new, old = named(question), named(before)
    brackets = carried(previous) if previous != before else None
    topic = " ".join(brackets.topic) if brackets is not None and not brackets.claim else ""
    english = re.match(r"^\W*(?:and|or)\b", question, re.I) is not None
    if len(old) >= 2 and len(new) == 1 and topic:
        # "En het dossier?" after "Zijn Morgens en Groothedde het eens? (ambitie)": its view of the topic
        # (thirty-ninth session)
        return view_of(new[0], topic, english)
    if old or len(new) != 1:
        swapped = _swapped(new, old, before)
        if swapped and topic:
            # the topic the previous follow-up carried goes along: "En het dossier?" after "Is Groothedde het
            # daarmee eens? (ambitie; volgens Groothedde)" was asked without 'ambitie' and answered with a
            # conference remark (new informal follow-ups, thirty-ninth session; ``tests/test_question.py``)
            return f"{swapped.strip()} ({topic}; volgens {new[0]})"
        return swapped
    # the previous follow-up leaned on the topic it carried: "en volgens Morgens?" after "wat bedoel je
    # daarmee? (doelgebonden speelruimte)" asked Morgens about 'bedoel' (twenty-sixth session)
    subject = topic or focus(before)
    return view_of(new[0], subject, english) if subject else None


VIEW_OF_IT = re.compile(
    r"\b(?:zegt|zeggen|vindt|vinden|ziet|zien|schrijft|schrijven)\b[^?]*\b(?:daarover|erover|daarvan|dat|dit)\b"
    r"|\b(?:says?|thinks?|writes?)\b[^?]*\babout\s+(?:that|it|this)\b",
    re.I,
)
"""A source asked for its view of what was just asked ("En wat zegt het NORA-dossier zelf daarover?")."""


def same_question_of(question: str, anchor: str, named: Callable[[str], list[str]]) -> str | None:
    """The topic question ``anchor`` asked of the one source ``question`` names instead of the one
    it named, when ``question`` asks that source's view of it (``VIEW_OF_IT``): "En wat zegt het
    NORA-dossier zelf daarover?" after "Wat gebeurt er volgens het Be Informed-artikel als er geen
    vertrouwen is tussen ketenpartners?" → "Wat gebeurt er volgens het NORA-dossier als er geen
    vertrouwen is …". Joined as "(vertrouwen ketenpartners)" the case ('geen vertrouwen') and the
    kind (what happens) were lost: it led with the kern of vertrouwen (conversations v09, tuning
    half; twenty-third session; ``tests/test_question.py``). None otherwise."""
    if not VIEW_OF_IT.search(question):
        return None
    before = without_carried(anchor)
    return _swapped(named(question), named(before), before)


def _swapped(new: list[str], old: list[str], before: str) -> str | None:
    """``before`` with the one source it names (``old``) replaced by the one other source named
    (``new``); None unless each names exactly one, and different ones."""
    if len(new) != 1 or len(old) != 1 or new[0].lower() == old[0].lower() or old[0] not in before:
        return None
    at = before.index(old[0])
    prefix, rest = before[:at], before[at + len(old[0]) :]
    article = re.search(r"\b(?:de|het|the)\s+$", prefix, re.I)
    if article and (re.match(r"(?:de|het|the)\s", new[0], re.I) or new[0][:1].isupper()):
        # "de GEMMA" → "het dossier": the new name's own article; "het dossier" → "Groothedde": none
        prefix = prefix[: article.start()]
    return prefix + new[0] + rest


_WHAT_IS_THAT = re.compile(
    r"^\W*(?:en\s+|and\s+)?(?P<what>wat|what)\s+(?:is|betekent|means?)\s+(?:dat|dit|that|this)"
    r"(?:\s+(?:precies|eigenlijk|dan|nou|exactly))*\s*\?*\s*$",
    re.I,
)
_HAS_IT = re.compile(
    r"^\W*(?:en\s+|and\s+|maar\s+)?(?:heeft|hebben|had|krijgt|krijgen|kent|kennen|gebruikt|gebruiken|"
    r"has|have|does|do|uses?)\s+(?:die|dat|deze|hij|zij|ze|het|it|he|she|they)\s+(?:ook\s+|also\s+|dan\s+)?"
    r"(?P<thing>(?:(?:een|de|het|a|an|the|any)\s+)?[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s*\?*\s*$",
    re.I,
)
"""'Heeft die doorzettingsmacht?': a yes/no question whose own words follow its pronoun name a new thing."""
_ASKED_KIND = re.compile(r"\b(?:praktijk)?voorbeeld(?:en)?\b|\bexamples?\b|\bcases?\b", re.I)
"""Words that ask a kind of answer about the topic, no new thing ('een voorbeeld')."""


def defined_thing(question: str, previous: str) -> str | None:
    """ "Wat is dat?" right after "Heeft die doorzettingsmacht?" asks what the thing the previous
    follow-up brought in is ("Wat is doorzettingsmacht?"), not the conversation's topic: it was
    answered about the ketenmanager again (new informal follow-ups, twenty-sixth session;
    ``tests/test_gate_follow_ups.py``). None for any other pair."""
    asked = _WHAT_IS_THAT.match(question)
    had = _HAS_IT.match(previous)
    if not asked or not had:
        return None
    thing = re.sub(r"^(?:een|de|het|a|an|the|any)\s+", "", had["thing"], flags=re.I)
    if _ASKED_KIND.search(thing):
        return None  # "Heeft die een voorbeeld?" asks an example of the topic: 'dat' is the example
    english = asked["what"].lower() == "what"
    return f"What is {thing}?" if english else f"Wat is {thing}?"


def other_noun(said: list[str], tokens: list[re.Match[str]], focus: list[str]) -> Span | None:
    """Another noun for the one noun of the previous question's focus that follows an article: "En de
    uitvoerders?" after "Hoe krijg ik de top mee?" (whose focus had glossary words besides 'top') carried the top
    and repeated its answer (new informal follow-ups, forty-first session; ``tests/test_question.py``)."""
    lowered = [t.group(0).lower() for t in tokens]
    nouns = [
        i
        for i in range(1, len(tokens))
        if lowered[i - 1] in _ARTICLES and lowered[i] in focus and lowered[i] not in (w.lower() for w in said)
    ]
    if len(nouns) != 1:
        return None
    return tokens[nouns[0]].start(), tokens[nouns[0]].end()


def noun_after(
    preposition: str, said: list[str], tokens: list[re.Match[str]], focus: list[str]
) -> Span | None:
    """The one focus noun after the same preposition and an article: "En van de ketenmanager?" after "Wat zijn de
    taken van het ketenbestuur?" (focus 'taken ketenbestuur', two nouns apart) carried the ketenbestuur and answered
    on it again (new informal follow-ups, forty-fourth session; ``tests/test_question.py``)."""
    lowered = [t.group(0).lower() for t in tokens]
    nouns = [
        i
        for i in range(2, len(tokens))
        if lowered[i - 2] == preposition.lower()
        and lowered[i - 1] in _ARTICLES
        and lowered[i] in focus
        and lowered[i] not in (w.lower() for w in said)
    ]
    if len(nouns) != 1:
        return None
    return tokens[nouns[0]].start(), tokens[nouns[0]].end()
