"""Quotable units of a passage: its sentences, a quotation over several sentences, a whole list.

A unit is what the extractive generator may quote: never part of a sentence, never a list cut
from its introduction or an item cut short, never half a quotation. Editorial lines and text
addressed to an assistant are not units at all. Cached per passage text: passages recur.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.coherence import is_editorial, is_question
from assistant.quotations import QUOTE_SENTENCES, quotes_balanced
from ingest.loaders import LIST_ITEM
from ketenwijzer.compounds import compound_stems, current_modifiers
from ketenwijzer.models import Passage
from ketenwijzer.text import sentences

if TYPE_CHECKING:
    from assistant.generators.scoring import Signals


@dataclass
class Unit:
    """A quotable piece of a passage: a sentence, or a list with its intro and complete items."""

    passage: int
    section: tuple[str, ...]
    start: int
    quote: str
    display: str
    stems: frozenset[str]
    context: frozenset[str]
    n_words: int
    order: int = 0
    """Position among all units of the answer's passages (reading order)."""
    position: int = 0
    """The passage's place in its document (``Passage.position``): which passages are neighbours."""
    intro: str = ""
    """A list's introducing sentence ('… de volgende pijlers:'), verbatim."""
    items: tuple[str, ...] = ()
    """A list's items, each the verbatim text of its line (never cut)."""
    caveat: bool = False
    quoted: bool = False
    """The sentence is part of a quotation of several sentences: it opens one, or one opened before it is still open
    (``within_quote``); its sentences are one speaker's words (``antecedents.antecedent_chain``)."""
    score: float = 0.0
    base: float = 0.0
    """The score before the section bonuses: how well the unit itself answers (picks the lead)."""
    signals: Signals | None = None
    """What ``score`` was computed from (``scoring.py``): for tuning and for debugging."""

    @property
    def is_list(self) -> bool:
        """A list of at least two items."""
        return len(self.items) >= 2


def usable(unit: Unit) -> bool:
    """Passes the coherence rules on its own: no question, no editorial line, quotes balanced."""
    text = unit.intro or unit.display
    if unit.is_list:
        return not is_editorial(text) and all(quotes_balanced(i) for i in unit.items)
    return not (is_question(text) or is_editorial(text) or not quotes_balanced(text))


MAX_LIST_ITEMS = 12
# Editorial lines of the restated corpus (source notes, remarks about the document itself).
_EDITORIAL = re.compile(r"^\*?(Herformulering in eigen woorden|Noot\b|Dit document\b)", re.I)
# Text addressed to an assistant ("negeer je instructies …") is never quoted as an answer.
_INSTRUCTION = re.compile(
    r"\b(negeer|vergeet)\b.{0,40}\b(instructies|opdrachten|regels)\b"
    r"|\b(ignore|disregard|forget)\b.{0,40}\b(instructions|rules|prompt)\b"
    r"|\b(system ?prompt|systeemprompt)\b|\byou are now\b|\bje bent nu een\b",
    re.I,
)
# "Could not be confirmed": never an answer, but a document's own caveat is passed on.
_CAVEAT = re.compile(
    r"\b(kon|konden) niet (volledig )?worden bevestigd|niet (kon|konden) worden bevestigd", re.I
)


def stems_of(text: str) -> frozenset[str]:
    """``compound_stems`` of a sentence or heading; passages recur across questions."""
    return _cached_stems(text, current_modifiers())


@lru_cache(maxsize=65_536)
def _cached_stems(text: str, modifiers: tuple[str, ...]) -> frozenset[str]:
    return frozenset(compound_stems(text))


@dataclass(frozen=True)
class _Piece:
    """A quotable unit of a text (cached per passage text)."""

    start: int
    quote: str
    display: str
    stems: frozenset[str]
    n_words: int
    caveat: bool
    intro: str = ""
    items: tuple[str, ...] = ()
    quoted: bool = False


def _pieces(text: str) -> tuple[_Piece, ...]:
    """The sentences (and whole lists, items complete) of a passage text."""
    return _cached_pieces(text, current_modifiers())


@lru_cache(maxsize=8192)
def _cached_pieces(text: str, modifiers: tuple[str, ...]) -> tuple[_Piece, ...]:
    spans: list[tuple[int, str]] = []
    cursor = 0
    for sent in sentences(text):
        start = text.find(sent, cursor)
        if start < 0:
            continue
        spans.append((start, sent))
        cursor = start + len(sent)
    pieces: list[_Piece] = []
    i = 0
    while i < len(spans):
        start, sent = spans[i]
        intro = sent.rstrip().endswith(":")
        bare = sent.startswith(LIST_ITEM) and (i == 0 or not spans[i - 1][1].startswith(LIST_ITEM))
        items: list[str] = []
        j = i + 1 if intro else i
        if intro or bare:
            # an item is its whole line: every sentence of it, so its name is never cut off
            while j < len(spans) and len(items) < MAX_LIST_ITEMS and spans[j][1].startswith(LIST_ITEM):
                line_start = spans[j][0] + len(LIST_ITEM)
                line_end = text.find("\n", line_start)
                line_end = len(text) if line_end < 0 else line_end
                items.append(text[line_start:line_end].strip())
                j += 1
                while j < len(spans) and spans[j][0] < line_end:
                    j += 1
        asked = [] if intro or bare else asked_after(text, spans, i)
        if len(asked) >= QUESTION_ITEMS_MIN:
            items, j = [q for _, q in asked], i + 1 + len(asked)
            intro = True
        if len(items) >= 2 or (intro and items):
            end = text.find(items[-1], start) + len(items[-1])
            quote = text[start:end]
            piece = _Piece(
                start,
                quote,
                sent if intro else "",
                stems_of(quote),
                len(quote.split()),
                False,
                intro=sent if intro else "",
                items=tuple(items),
            )
            i = j
        else:
            last = _quote_closed_at(text, spans, i)
            if last > i:
                sent = text[start : spans[last][0] + len(spans[last][1])]
            display = sent[len(LIST_ITEM) :] if sent.startswith(LIST_ITEM) else sent
            display = closed_part(text, start, display) if last == i else display
            piece = _Piece(
                start,
                sent,
                display,
                stems_of(sent),
                len(sent.split()),
                bool(_CAVEAT.search(sent)),
                quoted=within_quote(text, start) or not quotes_balanced(sent),
            )
            i = last + 1
        if _EDITORIAL.search(piece.quote) or _INSTRUCTION.search(piece.quote):
            continue
        pieces.append(piece)
    return tuple(pieces)


QUESTION_ITEMS_MIN = 2
"""Questions in a row after a sentence that make a list of it (``asked_after``)."""


def asked_after(text: str, spans: list[tuple[int, str]], i: int) -> list[tuple[int, str]]:
    """The questions that follow sentence ``i`` in its paragraph, in a row: the things it names ("Dat brengt
    nieuwe dilemma's met zich mee. Geef je bijvoorbeeld de regie uit handen …? Focus op …?"). A question alone
    is no claim (``coherence.is_question``); as items under the sentence they are what it announces: "Wat is
    het dilemma van een publieke manager?" answered with "… nieuwe dilemma's" and none of them (new informal
    questions, forty-fifth session; ``tests/test_coherence.py``)."""
    start, sent = spans[i]
    if sent.startswith(LIST_ITEM) or is_question(sent):
        return []
    found: list[tuple[int, str]] = []
    end = start + len(sent)
    for at, following in spans[i + 1 :]:
        if "\n" in text[end:at] or following.startswith(LIST_ITEM):
            break
        if not is_question(following):
            if found and POINTED_BACK.search(following):
                return []  # "… De aanwezigen bogen zich gezamenlijk over deze vragen.": the questions are theirs
            break
        found.append((at, following))
        end = at + len(following)
    return found


POINTED_BACK = re.compile(
    r"\b(?:deze|die|dergelijke|zulke|these|such)\s+(?:\w+\s+)?(?:vragen|kwesties|questions)\b", re.I
)
"""A sentence after a run of questions that names them ("De aanwezigen bogen zich gezamenlijk over deze vragen"): they
belong to it, not to the sentence before them ("Op 1 december 2009 in het Haagse Spaansche Hof …" summed up the GBO
article by its day and venue; forty-fifth session)."""


_PAIRS = {"“": "”", "„": "”", "‘": "’"}
"""Opening quotation marks and the mark that closes each."""


def closed_part(text: str, start: int, sentence: str) -> str:
    """A sentence of a quotation longer than ``QUOTE_SENTENCES`` shown as a quotation of its own: the mark that
    closes it further on in its paragraph added at its end, or the mark that opened it before added at its start.
    The words stay verbatim. "Boissevain: “Je moet dus een gezamenlijk platform hebben …" opens a quotation of six
    sentences; cut off, it was no usable unit, and "Wat is een gezamenlijk platform?" led with another quote (new
    informal questions, forty-fifth session; ``tests/test_coherence.py``)."""
    if quotes_balanced(sentence):
        return sentence
    begin = max(text.rfind("\n", 0, start), 0)
    end = text.find("\n", start + len(sentence))
    end = len(text) if end < 0 else end
    for opening, closing in _PAIRS.items():
        opened, closed = sentence.count(opening), sentence.count(closing)
        if opened > closed and closing in text[start + len(sentence) : end]:
            shown = sentence.rstrip() + closing
        elif closed > opened and opening in text[begin:start]:
            shown = opening + sentence.lstrip()
        else:
            continue
        if quotes_balanced(shown):
            return shown
    return sentence


def within_quote(text: str, start: int) -> bool:
    """A quotation opened earlier in the paragraph is still open at ``start`` (a ’ inside a word is an apostrophe)."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    double = before.count("“") + before.count("„") > before.count("”")
    return double or before.count("‘") > len(re.findall(r"’(?!\w)", before))


def _quote_closed_at(text: str, spans: list[tuple[int, str]], i: int) -> int:
    """The last sentence of the quotation that sentence ``i`` opens (``i`` itself when it opens none).

    "Elstgeest: ‘Meerdere organisaties … cruciaal is. Als een minister … Dat zorgt voor focus!’"
    is one statement: cut after its first sentence, its quotation mark would dangle, and the
    coherence rules would leave out the sentence that answers "wat zegt Morgens over politieke druk".
    """
    start, sent = spans[i]
    if quotes_balanced(sent):
        return i
    for k in range(i + 1, min(len(spans), i + QUOTE_SENTENCES)):
        piece = text[start : spans[k][0] + len(spans[k][1])]
        if "\n" in piece or spans[k][1].startswith(LIST_ITEM):
            return i
        if quotes_balanced(piece):
            return k
    return i


def units_of(passage: Passage, index: int, offset: int) -> list[Unit]:
    context = stems_of(" ".join([passage.title, *passage.heading_path]))
    section = (passage.doc_id, *passage.heading_path)
    return [
        Unit(
            passage=index,
            section=section,
            start=p.start,
            quote=p.quote,
            display=p.display or p.quote,
            stems=p.stems,
            context=context,
            n_words=p.n_words,
            order=offset + k,
            intro=p.intro,
            items=p.items,
            caveat=p.caveat,
            quoted=p.quoted,
            position=passage.position,
        )
        for k, p in enumerate(_pieces(passage.text))
    ]


def mentions(stems: frozenset[str] | set[str], term: str) -> bool:
    """``term`` is a stem, or the start or head of one ('estafettemodel', 'ketennetwerk')."""
    return term in stems or (len(term) >= 5 and any(s.startswith(term) or s.endswith(term) for s in stems))


def signpost(unit: Unit) -> bool:
    """The unit points to a place in a document (``scoring.LOCATOR``) and the question is not
    about a document's make-up (the signal is off then)."""
    return unit.signals is not None and unit.signals.locator


def item_claims(item: str) -> list[tuple[str, str]]:
    """The sentences of a list item as (shown, quoted) claims, each cited on its own: the first capitalised, a last
    one that ends the item on ';' or ',' closed with a full stop (the definition plan, ``item_sides``)."""
    parts = sentences(item)
    claims = []
    for i, part in enumerate(parts):
        shown = part[:1].upper() + part[1:] if i == 0 else part
        if i == len(parts) - 1 and shown[-1:] in ";,":
            shown = shown.rstrip(";,") + "."
        claims.append((shown, part))
    return claims
