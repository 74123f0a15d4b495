"""Follow-up questions: make "En wat zegt de NORA daarover?" standalone from the history.

With a language-model generator the model rewrites the question (``rewriter``); when there is
none, or its rewrite fails the sanity checks, a heuristic does it: a question that leans on an earlier turn
(pronouns like "daarover", "dat", "hij", or very few content words) is joined to the
previous standalone question, so retrieval sees both topics.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.brackets import carried
from assistant.coherence import units
from assistant.ellipsis import defined_thing, elliptic, other_source, same_question_of
from assistant.kind_patterns import SAID_WHERE
from assistant.leaning import (
    OTHER_SOURCES,
    names_no_subject,
    needs_context,
    own_term_question,
    possessed,
    topic_head,
    which_of_topic,
)
from assistant.lengths import SHORTER, shorter_than
from assistant.markup import plain
from assistant.ordinals import (
    NEXT,
    ORDINAL_REF,
    ORDINALS,
    WHICH_COMES,
    item_label,
    last_list,
    list_items,
    next_of,
)
from assistant.overview import ALL_SOURCES
from assistant.pairs import (
    AGREES_THERE,
    AGREES_WITH,
    BARE_COMPARISON,
    COMPARED_WITH_THAT,
    IN_COMMON,
    MORE_OF_TWO,
    RELATED,
    THE_TWO,
    WHO_IS_RIGHT,
    between,
    pair,
    view_of,
)
from assistant.persons import with_person
from assistant.speakers import carried_speakers
from assistant.superlatives import ranks_previous
from ketenwijzer.language import guess_language
from ketenwijzer.text import content_words, words


@dataclass
class Turn:
    """One earlier exchange of a conversation."""

    question: str
    standalone: str
    answer: str = ""


Rewriter = Callable[[str, list[Turn]], str | None]

# "en in het Engels?", "in English please": the same question, another language.
_LANGUAGE_SWITCH = re.compile(
    r"^\W*(?:en\s+|and\s+|kan dat\s+|can you\s+)?(?:(?:dat|het|this|that|it)\s+)?(?:ook\s+|also\s+)?"
    r"(?:in\s+het\s+|in\s+)?(?P<lang>engels|english|nederlands|dutch)\b(?:\s+\w+){0,3}\W*$",
    re.I,
)
_LANGUAGES = {"engels": "en", "english": "en", "nederlands": "nl", "dutch": "nl"}


@dataclass
class FollowUp:
    """A question made standalone, and the answer language it asks for (None: unchanged)."""

    text: str
    language: str | None = None
    at_most: int = 0
    """Sentences the answer may have at most (a request to say it shorter, ``SHORTER``); 0: no limit asked."""
    unresolved: str = ""
    """An ordinal that points into no list of the recent answers ("Wat doet de eerste?" after an
    answer without one): the assistant asks what is meant (``clarification``) instead of answering."""
    orphan: bool = False
    """The first question of a conversation points back and names no subject of its own ("Kun je dat
    kort samenvatten?", "Welke komen overeen?"): the assistant asks what it is about (``declines.ORPHAN``)."""


def orphaned(question: str, subject: str) -> bool:
    """A first question that only makes sense after an earlier answer: it asks that answer shorter, in
    another language or what comes next, weighs two things it does not name, or points back
    (``needs_context``) with no ``subject`` (its focus words) but a request's ("Kun je dat kort
    samenvatten?": 'samenvatten')."""
    followers = (SHORTER, _LANGUAGE_SWITCH, NEXT, BARE_COMPARISON, WHO_IS_RIGHT, IN_COMMON, AGREES_WITH)
    if THE_TWO.search(question) or any(f.match(question) for f in followers):
        return True
    return needs_context(question) and names_no_subject(subject)


def resolve(
    question: str,
    history: list[Turn],
    rewriter: Rewriter | None = None,
    topic: Callable[[str], str] | None = None,
    speakers: Callable[[str], list[str]] | None = None,
    named: Callable[[str], list[str]] | None = None,
) -> FollowUp:
    """The standalone form of ``question`` given the conversation so far.

    Rules, tried in order: a request for another language repeats the previous question, and so
    does a request to say it shorter (with a sentence limit);
    an ordinal ("die tweede pijler") is replaced by that item of the previous answer; a
    question that leans on the history gets the conversation's topic (``topic`` turns the
    anchoring question into its focus words, so a source named there is not carried along)
    and, when it names no source itself, the source the previous turn asked (``speakers``
    gives the names a text asks a source's view of; see ``carried_speakers``; ``named`` every
    source name a text uses, so "en Froger?" after "Wat zegt Groothedde …" asks Froger).
    A language-model ``rewriter``, when given, is tried first.
    """
    if not history:
        # "What are the sources about?" asks about every source (``overview.ALL_SOURCES``)
        orphan = (
            topic is not None and orphaned(question, topic(question)) and not ALL_SOURCES.search(question)
        )
        return FollowUp(question, orphan=orphan and not (named is not None and named(question)))
    switch = _LANGUAGE_SWITCH.match(question)
    if switch:
        return FollowUp(history[-1].standalone, _LANGUAGES[switch.group("lang").lower()])
    shorter = SHORTER.match(question)
    if shorter:
        one = re.search(r"\b(?:één|een|1|one|a)\s+(?:zin|sentence)\b", shorter.group("how"), re.I)
        return FollowUp(history[-1].standalone, at_most=1 if one else shorter_than(history[-1].answer))
    following = next_of(history[-1].standalone) if NEXT.match(question) else None
    if following:
        return FollowUp(following)
    answers = [t.answer for t in history]
    order = WHICH_COMES.match(question)
    if order is not None:
        items = last_list(answers, 0)
        if items:
            first = order.group("which").lower().startswith(("eerst", "first"))
            label = item_label(items[0] if first else items[-1])
            english = guess_language(question) == "en"
            text = f"What is {label}?" if english else f"Wat is {label}?"
            subject = topic(topic_question(history)) if topic is not None else ""
            return FollowUp(f"{text} ({subject})" if subject else text)
    ordinal = ORDINAL_REF.search(question)
    n = ORDINALS[ordinal.group("ord").lower()] if ordinal else 0
    if len(history) >= 2 and ORDINAL_REF.search(history[-1].question):
        # "En de tweede?" after "Hoe pak ik de eerste aan?" walks on through the same list, not
        # through the bullets of the answer on the first (thirteenth session)
        answers = answers[:-1]
    pointed = ordinal.group(0).split()[2:] if ordinal else []
    noun = pointed[0] if pointed and content_words(pointed[0]) else ""
    items = (last_list(answers, n, noun) or last_list(answers, n)) if ordinal else []
    if ordinal and items and n <= len(items):
        label = item_label(items[n - 1] if n > 0 else items[-1])
        text = question[: ordinal.start()] + label + question[ordinal.end() :]
        if len(content_words(label)) <= 1 and topic is not None:
            # "de procedurele" says little alone: the topic it was one of goes with it
            text = f"{text.strip()} ({topic(topic_question(history))})"
        return FollowUp(text)
    if ordinal and len(ordinal.group(0).split()) == 2:
        # a bare ordinal ("de eerste?") with no list to point into: nothing to answer about
        return FollowUp(question, unresolved=ordinal.group("ord").lower())
    if rewriter is not None:
        rewritten = rewriter(question, history)
        echoed = rewritten is not None and words(rewritten) == words(question) and needs_context(question)
        if rewritten and not echoed:
            return FollowUp(rewritten)
    person = with_person(question, [t.standalone for t in history])
    if person:
        # "Waar werkt hij?" after "Wie is Arco Groothedde?" asks where Arco Groothedde works (``persons``)
        return FollowUp(person)
    # "Zijn de andere bronnen het daarmee eens?" asks the other sources (``leaning.OTHER_SOURCES``), no pair
    agrees = AGREES_WITH.match(question) or (
        not OTHER_SOURCES.search(question) and AGREES_THERE.match(question)
    )
    if agrees and speakers is not None:
        before = speakers(history[-1].standalone)[:1]
        other = agrees.group("other") or agrees.group("english") or ""
        if before and before[0].lower() not in other.lower():
            english = guess_language(question) == "en"
            two = pair(before[0], other.strip(), english)
            text = f"Do {two} agree?" if english else f"Zijn {two} het eens?"
            subject = topic(topic_question(history)) if topic is not None else ""
            return FollowUp(f"{text} ({subject})" if subject else text)
        subject = topic(topic_question(history)) if topic is not None else ""
        if not before and agrees.re is AGREES_THERE and subject:
            # no source said it before: what that source says of the topic ("Is het dossier het daarmee eens?"
            # after "Wat is een keten?" quoted a conference remark; thirty-ninth session)
            english = guess_language(question) == "en"
            return FollowUp(view_of(other.strip(), subject, english))
    compared = COMPARED_WITH_THAT.match(question)
    if compared and topic is not None:
        subject = topic(topic_question(history))
        if subject:
            if compared["with"]:
                english = guess_language(question) == "en"
                return FollowUp(
                    between(compared["head"], pair(subject, compared["other"].strip(), english), english)
                )
            how = f"{compared['how']} " if compared["how"] else ""
            text = f"{how}{compared['verb']} {subject} {compared['rest']}"
            return FollowUp(text[:1].upper() + text[1:])
    both = (
        THE_TWO.search(question)
        or RELATED.search(question)
        or MORE_OF_TWO.match(question)
        or BARE_COMPARISON.match(question)
        or WHO_IS_RIGHT.match(question)
        or IN_COMMON.match(question)
    )
    named_two = speakers(history[-1].standalone)[:2] if both and speakers is not None else []
    if both and (len(history) >= 2 or len(set(named_two)) == 2) and topic is not None:
        english = guess_language(question) == "en"
        turns = history[-2:]
        if (
            len(history) >= 3
            and THE_TWO.search(history[-1].question)
            and history[-1].standalone != history[-1].question
        ):
            # "wie van de twee heeft meer macht?" after "hoe verhouden die twee zich?": the same two
            # (it paired 'lijnmanagement' with 'twee'; twenty-seventh session)
            turns = history[-3:-1]
        subjects = [
            topic(turn.question if "(" not in turn.standalone else turn.standalone.split("(")[0])
            for turn in turns
        ]
        sources = [(speakers(turn.standalone) if speakers else [])[:1] for turn in turns]
        carried_topic = ""
        if (
            len(turns) == 2
            and not (all(subjects) and subjects[0] != subjects[1])
            and all(sources)
            and sources[0] != sources[1]
        ):
            # "Wat zegt Be Informed over ketens?", "en wat vindt ICTU?", "wie van de twee heeft
            # gelijk?": the two sources asked, on the topic (eighth session)
            subjects = [sources[0][0], sources[1][0]]
            carried_topic = topic(topic_question(history))
        if len(set(named_two)) == 2:
            # "Wat zeggen Morgens en GBO over vertrouwen?", "welke van de twee is positiever?": the two
            # the last question named, on its topic (it was declined; thirtieth session)
            subjects = list(named_two)
            carried_topic = topic(topic_question(history))
        if all(subjects) and subjects[0] != subjects[1]:
            joined = pair(subjects[0], subjects[1], english)
            if both.re is BARE_COMPARISON:
                text = between(both.group("head"), joined, english)
            elif both.re is MORE_OF_TWO:
                rest = question[both.end() :]
                text = (
                    f"Which of {joined} {rest}"
                    if english
                    else f"{both['who'].capitalize()} van {joined} {rest}"
                )
            elif both.re is WHO_IS_RIGHT:
                text = f"Who of {joined} is right?" if english else f"Wie van {joined} heeft gelijk?"
            elif both.re is IN_COMMON:
                over = f" {'on' if english else 'over'} {carried_topic}" if carried_topic else ""
                return FollowUp(
                    f"What do {joined} have in common{over}?"
                    if english
                    else f"Wat hebben {joined} gemeen{over}?"
                )
            else:
                text = question[: both.start()] + joined + question[both.end() :]
            return FollowUp(f"{text.strip()} ({carried_topic})" if carried_topic else text)
    subject = topic(topic_question(history)) if topic is not None else ""
    headed = topic_head(question, subject) or which_of_topic(question, subject)
    if headed and headed != question:
        return FollowUp(headed)
    owned = possessed(question, subject)
    if owned:
        return FollowUp(owned)
    if own := own_term_question(question):
        # "En wat is ketensturing?" is asked as "Wat is ketensturing?" (``leaning._OWN_TERM``)
        return FollowUp(own)
    if not needs_context(question) and not headed:
        return FollowUp(question)
    thing = defined_thing(question, history[-1].question)
    if thing:
        return FollowUp(thing)
    if named is not None and named(question) and topic is not None:
        swapped = other_source(question, history[-1].standalone, named, topic) or same_question_of(
            question, topic_question(history), named
        )
        if swapped:
            return FollowUp(swapped)
    elif topic is not None:
        replaced = elliptic(question, history[-1].standalone, topic)
        if replaced:
            return FollowUp(replaced)
    anchor = topic_question(history).strip()
    focus = topic(anchor) if topic is not None else anchor
    # "welke is het ergst?" ranks what the previous answer gave (twenty-fifth session)
    claim = _claim(history[-1].answer) if _ASKS_WHO_SAID.match(question) or _ASKS_WHY.match(question) else ""
    if ranks_previous(question) and not history[-1].answer.startswith("**"):  # not one side of two
        # the previous lead when it names the items in itself ("drie sterke weerstanden: angst …"),
        # not an intro to bullets ("… heeft twee assen:"), which may be another list than the one meant
        lead = _claim(history[-1].answer)
        claim = lead if re.search(r":\s*\S", lead) else ""
    # a previous question carried whole is a topic, no claim: with its question mark ``brackets.carried`` read
    # "Waarom is dat zo belangrijk? (Wat vindt Morgens het belangrijkst?; volgens Morgens)" as "Wie zegt dat?" and
    # answered from the whole index, not Morgens (forty-fourth session, ``tests/test_speaker_questions.py``)
    context = focus or anchor.rstrip(" ?")
    carried = carried_speakers(question, history, speakers, named) if speakers is not None else []
    if claim and not (carried and _ASKS_WHY.match(question)):
        return FollowUp(f"{question.strip()} ({claim}; {context})")
    if claim:
        # "en waarom?" of one source's claim asks that source ("Morgens: … een uitdagende gemeenschappelijke ambitie")
        cue, joint = ("according to", " and ") if guess_language(question) == "en" else ("volgens", " en ")
        return FollowUp(f"{question.strip()} ({claim}; {context}; {cue} {joint.join(carried)})")
    if carried:
        # in the question's language: "Do they agree? (ambition; according to Morgens and the dossier)"
        cue, joint = ("according to", " and ") if guess_language(question) == "en" else ("volgens", " en ")
        return FollowUp(f"{question.strip()} ({context}; {cue} {joint.join(carried)})")
    return FollowUp(f"{question.strip()} ({context})")


_ASKS_WHY = re.compile(
    r"^\W*(?:en\s+|and\s+|maar\s+|but\s+)?(?:waarom|why)(?:\s+(?:dan|eigenlijk|precies|is\s+dat\s+zo|then|is\s+that|so))*"
    r"\s*[?.!]*\s*$",
    re.I,
)
"""A bare "en waarom?" asks why the previous answer's claim holds: after "welke is het belangrijkst?" (Morgens' "De
belangrijkste succesfactor … is … een uitdagende gemeenschappelijke ambitie") it was asked of Morgens' success factors
in general and repeated them (new informal follow-ups, forty-seventh session; ``tests/test_gate_follow_ups.py``)."""


_ASKS_WHO_SAID = re.compile(
    r"^\W*(?:en\s+|and\s+)?(?:wie|who|welke\s+bron(?:nen)?|which\s+sources?|what\s+sources?)\s+"
    r"(?:zegt|zei|zeggen|stelt|schrijft|schreef|beweert|vindt|noemt|noemen|says|said|say|wrote|claims|mentions?)"
    r"\s+(?:dat|dit|het|zoiets|that|this|it|so)\b(?:\s+(?:precies|eigenlijk|nou|dan|exactly|then))*\W*$"
    r"|^\W*(?:en\s+|and\s+)?(?:volgens\s+wie|according\s+to\s+whom|says\s+who)\W*$"
    r"|^\W*(?:en\s+|and\s+)?" + SAID_WHERE,
    re.I,
)
"""'Wie zegt dat (precies)?', 'Volgens wie?' ("volgens wie?" after "Hoe belangrijk is de ambitie?" stood alone and quoted
the dossier on imposed cooperation; forty-eighth session): the previous answer's claim is what the reader asks about, not the
conversation's topic (conversations v09, v12; fifth session; ``tests/test_question.py``). So does
"Welke bronnen zeggen dat?", "Which sources say that?" (they listed the manager's seven tasks; new
informal follow-ups, thirty-first session), and "Waar staat dat?" (``kind_patterns.SAID_WHERE``)."""


def _claim(answer: str) -> str:
    """The previous answer's first claim, plain text: what "Wie zegt dat?" points at."""
    for _opens, _bullet, text in units(answer):
        claim = plain(text).strip(' “”"')
        if claim and not (claim.startswith("(") and claim.endswith(")")):  # a note says no claim
            return claim
    return ""


def standalone_question(question: str, history: list[Turn], rewriter: Rewriter | None = None) -> str:
    """The question rewritten to stand on its own (see ``resolve``)."""
    return resolve(question, history, rewriter).text


def topic_question(history: list[Turn]) -> str:
    """The latest question of the history that stood on its own: the topic follow-ups lean on.

    Anchoring there, not on the previous (already expanded) question, keeps a chain of
    follow-ups from nesting ever deeper. An ordinal follow-up's rewrite stands on its own.
    """
    for turn in reversed(history):
        # an ordinal's rewrite first: "Leg de vijfde eens uit." is about the item it named
        if turn.standalone != turn.question and "(" not in turn.standalone:
            return turn.standalone
        if not needs_context(turn.question):
            return turn.question
    return history[0].question


def asks_something_new(standalone: str, previous: Turn) -> bool:
    """The follow-up asks more than the previous turn again: not "En in het Engels?" (the same
    question, another language) and not "Wie zegt dat? (claim.; topic)" (about that answer's claim)."""
    if standalone.strip() == previous.standalone.strip():
        return False
    brackets = carried(standalone)
    # "en waarom? (claim.; topic)" asks the reason for that claim: the claim itself is said before
    return not (brackets and brackets.claim) or bool(_ASKS_WHY.match(standalone.split("(", 1)[0]))


def listed_in(answer: str) -> frozenset[str]:
    """The items of an answer's list (``ordinals.list_items``) as folded word strings."""
    return frozenset(" ".join(words(plain(item))) for item in list_items(answer) if words(item))


def lead_of(answer: str) -> frozenset[str]:
    """The first sentence of an answer (the one that answered it) as a folded word string, markers,
    labels and quotation marks aside; empty for an answer without one."""
    said = [" ".join(words(plain(line))) for _, _, line in units(answer) if words(line)]
    return frozenset(said[:1])
