"""Spelling: a question word the corpus never uses, one typing slip away from a word it does.

"wat is een ketenmanger" was declined: 'ketenmanger' occurs in no passage, so the gate found
half the question unknown, although every retrieved passage was about the ketenmanager. A word
of at least ``MIN_LENGTH`` letters whose stem is not indexed, and that becomes an indexed stem by
one edit (a letter left out, added, changed, or two letters swapped), is read as that stem; the
corrected question is what the assistant answers and shows (``Answer.standalone_question``). The
vocabulary is the index's own: nothing here knows the corpus's words. Only Dutch questions are
corrected (an English word one edit from a Dutch one is no slip: 'network'). Names stay as typed (a
capitalised word not at the start: 'Rotterdam' is no slip of 'rotterdam'), and so does a word
whose stem is already known or begins a known stem (``abstention.known``), and a word of the
language the corpus does not use: 'ontslaan' is no slip of 'ontstaan' (red-team set). That last
check reads the Dutch word list inside the ``pyspellchecker`` wheel (343,000 words; loaded on the
first unknown word, in about 0.4 s; nothing is downloaded).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from functools import lru_cache

from spellchecker import SpellChecker

from ingest.lexical import LexicalIndex
from ketenwijzer.text import fold, stems

MIN_LENGTH = 7
"""A stem shorter than this is too often another real word one edit away: with 6-letter words
'praten' became 'plat' and 'hangen' 'hangten' (tuning half, seventh session)."""

_WORD = re.compile(r"[^\W\d_][^\W\d_'-]*", re.U)
JOINED_PART = 4
"""The fewest letters of the word joined to a modifier typed apart ('keten regie')."""


class Speller:
    """Corrects typing slips against one index's stems: every one-edit variant of a typed stem is
    looked up in the vocabulary (a few hundred set lookups; nothing is built per index, so a large
    corpus costs no memory here)."""

    def __init__(
        self,
        vocabulary: Container[str],
        frequency: Callable[[str], int] | None = None,
        is_word: Callable[[str], bool] | None = None,
        modifiers: tuple[str, ...] = (),
    ) -> None:
        """``vocabulary``: the indexed stems (the index's own postings: nothing is copied);
        ``frequency``: in how many chunks a stem occurs (the most frequent correction wins);
        ``is_word``: the typed word is a word of the language (default: ``dutch_word``)."""
        self.vocabulary = vocabulary
        self.frequency = frequency or (lambda _: 0)
        self.is_word = is_word or dutch_word
        self.modifiers = frozenset(modifiers)
        """The corpus's compound modifiers ('keten'; ``LexicalIndex.compound_modifiers``): typed apart before the rest of
        a compound, they are joined to it (``joined``)."""

    @classmethod
    def of_index(cls, lexical: LexicalIndex) -> Speller:
        """The speller over one lexical index: its stems, their chunk counts and its compound modifiers."""
        postings = lexical.postings
        return cls(postings, lambda t: len(postings[t][0]), modifiers=lexical.compound_modifiers())

    def candidates(self, stem: str) -> list[str]:
        """Indexed stems one edit from ``stem``, most frequent first."""
        found = {v for v in _one_edit_variants(stem) if v != stem and v in self.vocabulary}
        return sorted(found, key=lambda t: (-self.frequency(t), t))

    def correct(self, question: str, known: Callable[[str], bool]) -> str:
        """``question`` with a compound typed apart joined (``joined``) and each unknown long word replaced by its
        one-edit indexed stem, or by a one-edit Dutch word whose stem is indexed (``respelled_word``)."""
        question = self.joined(question)
        out: list[str] = []
        last = 0
        for i, match in enumerate(_WORD.finditer(question)):
            word = match.group(0)
            if len(word) < MIN_LENGTH or (i > 0 and word[0].isupper()):
                continue
            terms = stems(word)
            if len(terms) != 1 or len(terms[0]) < MIN_LENGTH or terms[0] in self.vocabulary:
                continue
            if self.is_word(word.lower()) or self.is_word(fold(word)):
                continue
            if known(terms[0]):
                # known only as the start of an indexed stem ('vertrouen' of 'vertrouw…'): a Dutch word one edit away
                # whose own stem is indexed is what was meant
                fixed = self.respelled_word(fold(word))
            else:
                fixes = self.candidates(terms[0])
                fixed = _respelled(word, terms[0], fixes[0]) if fixes else self.respelled_word(fold(word))
            if not fixed:
                continue
            out.append(question[last : match.start()])
            out.append(fixed)
            last = match.end()
        if not out:
            return question
        return "".join(out) + question[last:]

    def respelled_word(self, word: str) -> str:
        """A Dutch word one edit from ``word`` whose stem is indexed, else '': "hoe bouw je vertrouen op" was declined,
        the stem of 'vertrouen' two edits from 'vertrouw' (new informal questions, fiftieth session;
        ``tests/test_spelling.py``)."""
        own = stems(word)
        found: dict[str, str] = {}
        for variant in sorted(_one_edit_variants(word) - {word}):
            variant_stems = stems(variant)
            single = len(variant_stems) == 1 and variant_stems != own
            if single and variant_stems[0] in self.vocabulary and self.is_word(variant):
                found[variant] = variant_stems[0]
        return max(found, key=lambda v: self.frequency(found[v]), default="")

    def joined(self, question: str) -> str:
        """``question`` with the corpus's compound modifier typed apart joined to the word after it ("wat doet een keten
        manager" → 'ketenmanager'): the second word alone led ("Managers die tot diep in de keten willen sturen …"), and
        "wat is keten regie" quoted a sentence on 'regie' (new informal questions, fiftieth session;
        ``tests/test_spelling.py``). Only when the joined word's stem is indexed and is no stem of either word alone; names
        stay apart. Not any two words the corpus also writes joined: "eigen belang" became 'eigenbelang' and "goed werkt"
        'goedwerkt', and both led elsewhere (tuning p05)."""
        words = list(_WORD.finditer(question))
        out: list[str] = []
        last = 0
        i = 0
        while i < len(words) - 1:
            first, second = words[i], words[i + 1]
            gap = question[first.end() : second.start()]
            if (
                gap in (" ", "-")
                and self._compound(first.group(0), second.group(0))
                and not _closes_modal(question[: first.start()], second.group(0))
            ):
                out.append(question[last : first.start()] + first.group(0) + second.group(0).lower())
                last = second.end()
                i += 2
                continue
            i += 1
        return "".join(out) + question[last:] if out else question

    def _compound(self, first: str, second: str) -> bool:
        """``first`` and ``second`` are one compound the index knows (``joined``)."""
        if first.lower() not in self.modifiers or second[:1].isupper() or len(second) < JOINED_PART:
            return False
        whole = stems(first.lower() + second.lower())
        return len(whole) == 1 and whole[0] in self.vocabulary and whole[0] not in stems(f"{first} {second}")


_MODAL_ASKED = re.compile(
    r"\b(?:kan|kun|kunt|kunnen|moet|moeten|wil|wilt|willen|mag|mogen|zal|zullen|ga|gaat|gaan)\s+"
    r"(?:je|jij|ik|we|wij|u|ze|zij|men|jullie)\b[^,;:.!?]*$",
    re.I,
)
"""A modal and its subject earlier in the clause ("kan je een keten …"): an -en word after the modifier is the
clause's infinitive, not a compound's head."""


def _closes_modal(before: str, second: str) -> bool:
    """``second`` is the infinitive of a modal clause: "kan je een keten sturen zonder geld?" was read as
    'ketensturen' (the stem of 'ketensturing') and answered with the weerstanden (new informal questions,
    fifty-second session; ``tests/test_spelling.py``)."""
    return second.lower().endswith("en") and bool(_MODAL_ASKED.search(before))


@lru_cache(maxsize=1)
def _dutch_words() -> SpellChecker:
    return SpellChecker(language="nl", distance=1)


def dutch_word(word: str) -> bool:
    """``word`` (lowercase) is in the Dutch word list that ships with ``pyspellchecker``."""
    return bool(_dutch_words().known([word]))


def _respelled(word: str, stem: str, fix: str) -> str:
    """The typed word with its stem replaced by the corrected stem, its ending kept."""
    folded = fold(word)
    return fix + folded[len(stem) :] if folded.startswith(stem) else fix


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit_variants(term: str) -> set[str]:
    """Every string one deletion, swap of neighbours, change or insertion of a letter from ``term``."""
    splits = [(term[:i], term[i:]) for i in range(len(term) + 1)]
    deleted = {a + b[1:] for a, b in splits if b}
    swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changed = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserted = {a + c + b for a, b in splits for c in _LETTERS}
    return deleted | swapped | changed | inserted
