"""Reading an answer's text as a reader does: the Markdown subset, its sentences, lead and length.

``Answer.answer`` is a small Markdown subset (paragraphs, ``- `` bullets, ``**label**``) with
citation markers ``[n]`` attached to the sentence they support, before its closing
punctuation ("Een keten heeft geen baas [1]."). Older answers put the marker after the
punctuation ("… baas. [1]"); both are read the same way here.
"""

from __future__ import annotations

import re

from assistant.coherence import refers_back
from assistant.quotations import whole_quotes
from ketenwijzer.text import sentences

FRAME_WORDS = 12
"""A line of at most this many words that ends in ':' is a frame or a label ("**Morgens** zegt:",
"The sources (in Dutch) say:"): it introduces what follows and is neither a claim nor the lead."""
LEAD_WORDS = 50
"""The lead is at most this many words: a first 'sentence' cannot swallow the whole answer."""
LIST_LEAD_WORDS = 80
"""A list that the first sentence introduces leads with it, up to this many words."""
INTRO_SENTENCES = 2
"""A paragraph of at most this many sentences that ends in ':' introduces the list after it."""
SIDE_LABEL = re.compile(r"^\*\*[^*\n]{1,80}\*\*:\s*\S")
"""A comparison's part: its side's label, then what that side says on the same line."""
PAIR_LEAD_WORDS = 80
"""A first sentence with the sentence that completes it (``continues``) leads up to this many words."""
ADDITIVE = re.compile(
    r"^[\"'“‘„(]*(?:Ook|Daarnaast|Bovendien|Verder|Anderzijds|Tegelijk|Tegelijkertijd|Vervolgens|"
    r"Ten slotte|Tot slot|Also|Toch|Maar|Dan|Beide|Both)\b"
    r"(?!\s+(?:dat|die|dit|deze|daar\w*|hier\w*|hij|zij|ze)\b)",
    re.I,
)
"""An opening that adds a point of its own ("Ook het communiceren van de ambitie is belangrijk"): the
sentence needs the one before it, but says something new, so it is no part of the lead."""
BUDGET_WORDS = 120
"""``facts_in_budget`` counts facts in this many words from the start of the answer."""

_MARKER = re.compile(r"\[(\d+)\]")
_MARKERS = re.compile(r"((?:\s*\[\d+\])+)")
_MARKERS_BEFORE_END = re.compile(r"((?:\s*\[\d+\])+)\s*([.!?…;:]+[\"'”’)]*)")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_EMPHASIS = re.compile(r"\*\*|__")


def strip_markdown(line: str) -> str:
    """One line without bullet, heading and bold markers (citation markers stay)."""
    return _EMPHASIS.sub("", _HEADING.sub("", _BULLET.sub("", line)))


def is_bullet(line: str) -> bool:
    """True for a list item line ("- …", "* …", "1. …")."""
    return bool(_BULLET.match(line))


def is_frame(line: str) -> bool:
    """True for a short introducing line that ends in ':' (a label or a frame, not a claim).

    A line with a citation marker is a cited claim ("Ketens de baas noemt vier bronnen [1]:").
    """
    if _MARKER.search(line):
        return False
    plain = strip_markdown(line).strip()
    return plain.endswith(":") and len(plain.split()) <= FRAME_WORDS


NOTE_WORDS = 25
"""A whole line in parentheses, without a marker and at most this long, is a note about the
answer ("(The sources are in Dutch; …)"), not a claim that needs a source; so is a part's
label followed by such a note ("**Morgens**: (deze bron zegt hier … niets over)")."""


def is_note(line: str) -> bool:
    """True for a short parenthesised line without a citation marker (a remark, not a claim)."""
    plain = strip_markdown(line).strip()
    if line.lstrip().startswith("**"):
        # "**Morgens**: (deze bron zegt hier … niets over)": a part's label with a note
        plain = re.sub(r"^[^:()]{1,80}:\s*", "", plain)
    return (
        plain.startswith("(")
        and plain.endswith(")")
        and not _MARKER.search(plain)
        and len(plain.split()) <= NOTE_WORDS
    )


def plain_text(text: str) -> str:
    """The answer as a reader reads it: Markdown and ``[n]`` markers removed, lines kept."""
    lines = [_MARKER.sub("", strip_markdown(line)) for line in text.split("\n")]
    return "\n".join(re.sub(r"[ \t]+", " ", line).strip().replace(" .", ".") for line in lines)


def word_count(text: str) -> int:
    """The number of words a reader sees (Markdown and markers not counted)."""
    return len(plain_text(text).split())


def first_words(text: str, budget: int = BUDGET_WORDS) -> str:
    """The first ``budget`` words of the plain answer text."""
    return " ".join(plain_text(text).split()[:budget])


def continues(sentence: str) -> bool:
    """The sentence completes the one before it: it points back ("En daar moet vanaf de start aan
    gewerkt worden omdat …", "Dat zorgt voor focus") without adding a point of its own (``ADDITIVE``).

    An extractive answer can give such a sentence only after its antecedent (``coherence``), so a
    reader takes the two as the lead: "X. En daar moet … omdat Y" answers "Waarom …?" with Y
    (tuning a05; eighteenth session, ``tests/test_evals_metrics.py``)."""
    return refers_back(sentence) and not ADDITIVE.match(sentence.strip())


def lead(text: str) -> str:
    """The answer's lead: its first sentence (with the next when that one only completes it:
    ``continues``), or its first bullet when it opens with a list; for a comparison that opens
    with its sides' labelled parts, each side's opening.

    Frame and label lines ("**Ketens de baas** zegt:") before it are skipped; Markdown and
    markers are removed; at most ``LEAD_WORDS`` words. A first sentence that introduces a
    list ("Ketens de baas noemt vier bronnen:") leads together with that list: a reader takes
    the intro and its items as one answer, also when the English frame quotes it ("“Dit omvat:”"). The intro may take two sentences when its second
    only points at the list ("In concreto … rekening houden met processen. Dit omvat:").
    """
    lines = text.split("\n")
    sides = [i for i, line in enumerate(lines) if SIDE_LABEL.match(line) and not is_note(line)]
    first = next(
        (i for i, line in enumerate(lines) if line.strip() and not is_frame(line) and not is_note(line)), -1
    )
    if len(sides) >= 2 and first in sides:
        # a comparison: each side opens under its label, and the reader reads the openings side by side
        return " ".join(_opening(lines, i) for i in sides)
    return _opening(lines, 0)


def _opening(lines: list[str], start: int) -> str:
    """The lead of the answer's lines from ``start`` on (see ``lead``)."""
    for i in range(start, len(lines)):
        line = lines[i]
        if not line.strip() or is_frame(line) or is_note(line):
            continue
        if is_bullet(line):
            found = plain_text(line)
        else:
            parts = whole_quotes(sentences(plain_text(line)))  # a quotation is one statement
            found = parts[0] if parts else ""
            if len(parts) <= INTRO_SENTENCES and parts[-1].rstrip().rstrip('”"’').endswith(":"):
                found = " ".join(parts)
                items = [plain_text(x) for x in lines[i + 1 :] if x.strip()]
                listed = []
                for item, raw in zip(items, [x for x in lines[i + 1 :] if x.strip()], strict=True):
                    if not is_bullet(raw):
                        break
                    listed.append(item)
                return " ".join(" ".join([found, *listed]).split()[:LIST_LEAD_WORDS])
            if len(parts) > 1 and continues(parts[1]):
                return " ".join(" ".join(parts[:2]).split()[:PAIR_LEAD_WORDS])
        return " ".join(found.split()[:LEAD_WORDS])
    return ""


_TOKEN = re.compile(r"\[(\d+)\]|[^\s\[]+")
_ENDS = (".", "!", "?", "…", ":")


def markers_in_budget(text: str, budget: int = BUDGET_WORDS) -> list[int]:
    """The ``[n]`` a reader meets in the first ``budget`` words, plus those of the sentence
    running at that point (its markers may follow its last word; at most ``LEAD_WORDS`` more)."""
    numbers: list[int] = []
    count, ended = 0, False
    for match in _TOKEN.finditer(text):
        if match.group(1):
            numbers.append(int(match.group(1)))
            continue
        token = match.group(0)
        is_word = any(ch.isalnum() for ch in token)
        if is_word and count >= budget and (ended or count >= budget + LEAD_WORDS):
            break
        if is_word:
            count += 1
        bare = token.rstrip("*\"'”’)")
        if bare:  # a token of only bold markers or closing quotes does not end or continue anything
            ended = bare.endswith(_ENDS)
    return numbers


def marker_numbers(text: str) -> list[int]:
    """Every ``[n]`` in the text, in order."""
    return [int(n) for n in _MARKER.findall(text)]


def _line_sentences(line: str) -> list[tuple[str, list[int]]]:
    text = _MARKERS_BEFORE_END.sub(lambda m: m.group(2) + m.group(1), line)
    out: list[tuple[str, list[int]]] = []
    pieces = _MARKERS.split(text)
    for i in range(0, len(pieces), 2):
        numbers = [int(n) for n in _MARKER.findall(pieces[i + 1])] if i + 1 < len(pieces) else []
        parts = whole_quotes(sentences(pieces[i]))  # a quotation over sentences is one claim
        if not parts:
            if numbers and out:  # a marker after a closing quote or bracket: the sentence before
                out[-1][1].extend(numbers)
            continue
        out.extend((p, []) for p in parts[:-1])
        out.append((parts[-1], numbers))
    return out


def answer_sentences(text: str) -> list[tuple[str, list[int]]]:
    """The answer's claims (markers removed) with the ``[n]`` numbers each carries.

    A claim is a sentence, a whole quotation (one that runs over sentences is cited once, after
    its closing mark), or a whole list item (a bullet quoting a multi-sentence item is one
    claim, cited by the markers in it). Frame and label lines (short, ending in ':') and
    notes (a short line in parentheses) are skipped; bold markers are removed; a marker
    before a sentence's closing punctuation belongs to that sentence.
    """
    out: list[tuple[str, list[int]]] = []
    for line in text.split("\n"):
        if not line.strip() or is_frame(line) or is_note(line):
            continue
        if is_bullet(line):
            body = strip_markdown(line)
            plain = " ".join(_MARKER.sub("", body).split()).replace(" .", ".")
            if plain:
                out.append((plain, marker_numbers(body)))
            continue
        out.extend(_line_sentences(strip_markdown(line)))
    return out


def coverage_counts(text: str) -> tuple[int, int]:
    """(sentences carrying a citation, all sentences) of one answer."""
    found = answer_sentences(text)
    return sum(1 for _, numbers in found if numbers), len(found)
