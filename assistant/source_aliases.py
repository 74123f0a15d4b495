"""How a source's aliases are derived from the indexed documents: the names in its metadata
(publisher, title, authors) and the capitalised names and phrases its text uses, each assigned to
the source that uses it most (``MIN_SHARE``), and the short label a source is shown by. Split from
``sources.py`` (thirty-second session) when it passed 400 lines; behaviour unchanged.
"""

from __future__ import annotations

import re
from collections import Counter

from ketenwijzer.stopwords import STOPWORDS
from ketenwijzer.text import fold

MIN_SHARE = 0.6
"""An alias names a source when that source has at least this share of its uses."""
SELF_CUES = 2
"""A plain word a source's own text puts after a source cue this often ("volgens het dossier") names
that source after a cue in a question, though other texts use the word too: the dossier's sections
write 'dossier' 22 times, the article about it 8 and another article 7 ('gemeenschappelijk
dossier'), under ``MIN_SHARE``, so "En wat zegt het dossier daarover?" after Morgens stayed with
Morgens (new informal questions, eighteenth session; ``tests/test_question.py``)."""
METADATA_WEIGHT = 5
"""A name in a document's metadata counts as this many uses in its text."""
NAME = re.compile(r"(?<=[a-z0-9,;:'\"(] )([A-Z][\w.-]*[A-Za-z0-9]|[A-Z]{2,})")
PHRASE = re.compile(r"\b([A-Z][a-z]+ (?:de|het|van|der|voor|en|in) [a-z]+)\b")
TOKEN = re.compile(r"[A-Za-z0-9À-ÿ]+")
FULL_NAME = re.compile(r"\b([A-Z][a-zà-ÿ]+)\s+([A-Z][a-zà-ÿ]{2,})\b")
"""A person's first and last name in a text ("Cor Franke"): the last name is a person's (``person_names``)."""


def group_key(doc_id: str, meta: dict[str, object]) -> str:
    """The key of a document's source: its publisher, else the document itself."""
    publisher = str(meta.get("publisher") or "").strip()
    return f"publisher:{fold(publisher)}" if publisher else f"doc:{doc_id}"


def metadata_names(doc_id: str, title: str, meta: dict[str, object]) -> list[str]:
    """The names a document's metadata gives its source: the publisher's capitalised words (and them
    written together), the title's capitalised words, each author's surname."""
    names: list[str] = []
    publisher = re.sub(r"\(.*?\)", " ", str(meta.get("publisher") or ""))
    capitalised = [t for t in TOKEN.findall(publisher) if t[:1].isupper()]
    names += capitalised
    if 2 <= len(capitalised) <= 3 and len(capitalised) == len(TOKEN.findall(publisher)):
        names.append("".join(capitalised))  # "Be Informed" is typed "Beinformed" (fourteenth session)
    names += [t for t in TOKEN.findall(title)[1:] if t[:1].isupper()]
    return names + author_names(meta)


SELF_NOUN = re.compile(r"\b(?:het|de|dit|deze)\s+(?P<word>[a-z][\w-]{4,})\b")
"""A word a document's metadata (not its title) puts after an article: what the source calls itself.
GBO's ``date_note`` "datum van het seminar" makes 'het seminar' that article's source ("Vat het
seminar samen" mixed the dossier's relational dimension into the seminar; thirty-eighth session)."""


def self_nouns(meta: dict[str, object]) -> list[str]:
    """The words a document's metadata values (other than its title) call the source by (``SELF_NOUN``)."""
    values = [str(v) for k, v in meta.items() if k not in ("title", "id") and isinstance(v, str)]
    return [m.group("word") for value in values for m in SELF_NOUN.finditer(value)]


def author_names(meta: dict[str, object]) -> list[str]:
    """Each author's surname in a document's metadata."""
    authors = meta.get("authors") or meta.get("author") or []
    names: list[str] = []
    for author in (
        [authors] if isinstance(authors, str) else list(authors) if isinstance(authors, list) else []
    ):
        parts = TOKEN.findall(str(author))
        if parts:
            names.append(parts[-1])
    return names


def person_names(text: str) -> set[str]:
    """The folded last names a text gives with a first name before them (``FULL_NAME``; not after a
    function word: "De Tweede Kamer" gives none)."""
    return {fold(last) for first, last in FULL_NAME.findall(text) if fold(first) not in STOPWORDS}


def quoted_elsewhere(
    alias: dict[str, str], authors: set[str], in_text: dict[str, Counter[str]]
) -> dict[str, list[str]]:
    """Each author or person of one source (a folded surname from its metadata, or one a text gives with a
    first name: ``person_names``) → the other sources whose text uses the name: "Wat zei Ruiterman?" was
    filtered to the dossier he wrote, which never quotes him, while the ICTU article does (new informal
    questions, thirty-second session; ``tests/test_speaker_questions.py``); "Waarom kwam het dossier volgens
    Cor Franke op een goed moment?" was filtered to Be Informed, which names him most, and declined, while
    the ICTU article quotes him on it (forty-eighth session). Persons only: a publisher another text names
    ("het ICTU Café") is no speaker there (tuning c11 cited the dossier for ICTU)."""
    return {
        name: sorted(k for k in in_text[name] if k != key)
        for name, key in alias.items()
        if name in authors and any(k != key for k in in_text.get(name, ()))
    }


def assign(uses: dict[str, Counter[str]], minimum: int) -> dict[str, str]:
    """Each name → the group that holds at least ``MIN_SHARE`` of its uses."""
    out: dict[str, str] = {}
    for name, counts in uses.items():
        if name in STOPWORDS or len(name) < 3:
            continue
        key, top = counts.most_common(1)[0]
        total = sum(counts.values())
        if top >= minimum and top / total >= MIN_SHARE:
            out[name] = key
    return out


def source_label(title: str, meta: dict[str, object], key: str) -> str:
    """A short name for a source: its publisher without the remark in brackets, else its title."""
    publisher = re.sub(r"\s*\(.*?\)", "", str(meta.get("publisher") or "")).strip()
    if publisher and len(publisher) <= 40:
        return publisher
    names = [t for t in TOKEN.findall(publisher)[1:] if t[:1].isupper()]
    if names:
        return " ".join(names)
    words = title.split()
    return title if len(words) <= 7 else " ".join(words[:6]) + " …"
