"""Which sources a question names ("volgens het NORA-dossier", "wat zegt Groothedde").

Nothing here is written for one corpus: the names come from the indexed documents. A
*source* is a group of documents with one publisher (the 28 restated sections of a dossier
are one source; an article is its own). Its aliases are taken from its metadata (publisher,
title, authors, id) and from the names its text uses (capitalised words mid-sentence, such as
a quoted person's surname, and recurring capitalised phrases like "Ketens de baas"). An alias
belongs to the source that uses it most, and only when that source holds most of its uses.
A user who drops in an article by a new author is found by "wat zegt <auteur>" at once.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.name_spans import hyphen_span, one_person
from assistant.named_source import NamedSource
from assistant.source_aliases import (
    METADATA_WEIGHT,
    NAME,
    PHRASE,
    SELF_CUES,
    TOKEN,
    assign,
    author_names,
    group_key,
    metadata_names,
    person_names,
    quoted_elsewhere,
    self_nouns,
    source_label,
)
from assistant.source_cues import (
    ABOUT_CUE,
    AGREE_CUE,
    AND,
    ARTICLES,
    ASKED_CUE,
    BEFORE,
    COMPARED_WITH,
    CUE,
    FINDING,
    HAVING,
    HAVING_AFTER,
    JOINED,
    LOOKS_LIKE,
    OF_THE_WORK,
    PARTICIPLE,
    RELATION_CUE,
    ROLE_NOUNS,
    SAYING,
    SOURCE_ALONE,
    TEXT_CUE,
    USE_CUE,
    WHAT_CUE,
    WHO_BEFORE,
    WRITTEN_CUE,
    cued_word,
    with_article,
)
from assistant.source_kinds import kind_groups, kind_words
from ketenwijzer.stopwords import STOPWORDS
from ketenwijzer.text import fold

ALL_SOURCES = frozenset(
    ["bron", "bronnen", "document", "documenten", "artikel", "artikelen", "tekst", "teksten"]
    + ["auteur", "auteurs", "source", "sources", "documents", "article", "articles", "authors"]
)
"""Words for the sources in general ("wat zeggen de bronnen"): never the name of one of them,
however often one source's text uses the word."""


_CALLED = re.compile(r"\b(?:het|de|dit|dat|die|deze|the|this|that)\s+(?=(?P<word>[\w-]+))", re.I)
"""A word after an article; overlapping, so 'dat' of "… dat het dossier niet zegt" does not take 'het'."""


LOWER_TITLE_WORDS = 3
"""Words a source's name (in its label, ``names``) needs to name it when typed in lower case."""


@dataclass
class _Group:
    key: str
    label: str
    doc_ids: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    metadata: list[dict[str, object]] = field(default_factory=list)


class SourceDirectory:
    """Aliases of every source in the index, derived from metadata and text."""

    def __init__(self) -> None:
        self._groups: dict[str, _Group] = {}
        self._group_of: dict[str, str] = {}
        """Document id → its group's key."""
        self._alias: dict[str, str] = {}
        """Folded alias (one word or a phrase) → group key."""
        self._words: dict[str, str] = {}
        self._cued: dict[str, str] = {}
        """Plain words a source's own text puts after a source cue ('dossier'): a source's own word."""
        """Folded plain word → group key, for words after a source cue ("het dossier")."""
        self._metadata: set[str] = set()
        self._quoted_in: dict[str, list[str]] = {}
        """Folded author name → the other groups whose text uses it (``quoted_elsewhere``)."""
        """Folded names that come from some document's metadata."""
        self._label_names: set[str] = set()
        """Folded names in the sources' labels ("ketens de baas")."""
        self._lowercase: set[str] = set()
        """Folded words some document writes in lower case: as a question's first word they are
        no name ("Morgens" opens a question as a name only if no text says 'morgens')."""
        self._kinds: dict[str, _Group] = {}
        """Documents of one metadata kind ("de artikelen"; ``source_kinds``), by group key."""
        self._kind_words: dict[str, str] = {}
        """Folded plural word ('artikelen') → the key of its kind group."""

    @classmethod
    def build(cls, documents: Iterable[tuple[str, str, dict[str, object], str]]) -> SourceDirectory:
        """From ``(doc_id, title, metadata, text)`` of every document."""
        directory = cls()
        uses: dict[str, Counter[str]] = defaultdict(Counter)
        in_text: dict[str, Counter[str]] = defaultdict(Counter)
        authors: set[str] = set()
        persons: set[str] = set()
        """Last names a text gives with a first name; those of a publisher or title ("Nederlandse Overheid") go."""
        plain: dict[str, Counter[str]] = defaultdict(Counter)
        cued: dict[str, Counter[str]] = defaultdict(Counter)
        kinds: list[tuple[str, object]] = []
        for doc_id, title, meta, text in documents:
            kinds.append((doc_id, meta.get("kind")))
            key = group_key(doc_id, meta)
            group = directory._groups.setdefault(key, _Group(key, source_label(title, meta, key)))
            group.doc_ids.append(doc_id)
            group.titles.append(title)
            group.metadata.append(meta)
            directory._group_of[doc_id] = key
            authors.update(fold(name) for name in author_names(meta))
            for name in metadata_names(doc_id, title, meta):
                uses[fold(name)][key] += METADATA_WEIGHT
                directory._metadata.add(fold(name))
            persons.update(person_names(text))
            for name in NAME.findall(text):
                uses[fold(name)][key] += 1
                in_text[fold(name)][key] += 1
            for phrase in PHRASE.findall(text):
                uses[fold(phrase)][key] += 1
            for noun in self_nouns(meta):
                cued[fold(noun)][key] += SELF_CUES
            for cue in TEXT_CUE.finditer(text):
                if len(cue.group("word")) >= 5 and cue.group("word").islower():
                    cued[fold(cue.group("word"))][key] += 1
            for word in TOKEN.findall(text):
                if len(word) >= 5:
                    plain[fold(word)][key] += 1
                    if word.islower():
                        directory._lowercase.add(fold(word))
        directory._alias = assign(uses, minimum=1)
        speakers = authors | (persons - directory._metadata)
        directory._quoted_in = quoted_elsewhere(directory._alias, speakers, in_text)
        directory._cued = assign(cued, minimum=SELF_CUES)
        directory._words = directory._cued | assign(plain, minimum=5)
        for key, group in directory._groups.items():
            phrases = [
                (sum(uses[a].values()), a) for a, k in directory._alias.items() if k == key and " " in a
            ]
            if phrases and len(group.doc_ids) > 1:
                name = max(phrases)[1]
                group.label = f"{name[:1].upper()}{name[1:]} ({group.label})"
        directory._label_names = {fold(n) for n in directory.names()}
        groups = kind_groups(kinds)
        directory._kinds = {key: _Group(key, label, ids) for key, (label, ids) in groups.items()}
        directory._kind_words = kind_words(groups)
        return directory

    def __len__(self) -> int:
        return len(self._groups)

    def source_of(self, doc_id: str) -> NamedSource | None:
        """The source (publisher group) a document belongs to, as a ``NamedSource``."""
        group = self._groups.get(self._group_of.get(doc_id, ""))
        return NamedSource(group.key, group.label, sorted(group.doc_ids)) if group else None

    def source_labels(self) -> dict[str, str]:
        """Document id → the label of the source it belongs to."""
        return {d: group.label for group in self._groups.values() for d in group.doc_ids}

    def title(self, key: str) -> str:
        """The title of a source that is one document ('' for a source of several: its sections')."""
        group = self._groups.get(key)
        return group.titles[0] if group is not None and len(group.titles) == 1 else ""

    def metadata(self, key: str) -> list[tuple[str, str, dict[str, object]]]:
        """``(doc_id, title, metadata)`` of every document of a source, in document id order."""
        group = self._groups.get(key)
        if group is None:
            return []
        return sorted(zip(group.doc_ids, group.titles, group.metadata, strict=True), key=lambda r: r[0])

    def names(self) -> list[str]:
        """The names in every source's label, longest first ("Ketens de baas (NORA)" gives
        "Ketens de baas" and "NORA"): a sentence that names a source this way does not say
        what the name's words say (``Question.names``)."""
        found = {
            part.strip()
            for group in self._groups.values()
            for part in re.split(r"[()]", group.label)
            if part.strip()
        }
        return sorted(found, key=lambda n: (-len(n), n))

    def labels(self) -> list[str]:
        """Every source's label, the one with the most documents first (then by name)."""
        groups = sorted(self._groups.values(), key=lambda g: (-len(g.doc_ids), g.label.lower()))
        return [g.label for g in groups]

    def _opens(self, word: str) -> bool:
        """A question's first word is a name when no text writes it in lower case ("Beinformed vs GBO: …" was
        declined for an unknown word; fourteenth session), a person's name in a text too: "Groothedde versus
        Morgens over succesfactoren" named Morgens only, and quoted the dossier's success factors for Groothedde
        (new informal comparisons, forty-fifth session; ``tests/test_speaker_questions.py``)."""
        folded = fold(word)
        return folded not in self._lowercase and len(folded) >= 5

    def called_in(self, question: str, besides: frozenset[str] = frozenset()) -> list[NamedSource]:
        """The one source a question names by the word its text calls it, after an article ("Is het
        dossier nog actueel?"): read so only where a question asks about a source itself
        (``bibliography.source_question``; twenty-eighth session). A source of ``besides`` (keys: named
        already) is passed over: "Wat zegt de GEMMA dat het dossier niet zegt?" found 'de GEMMA' first."""
        for article in _CALLED.finditer(question):
            key = self._cued.get(fold(article.group("word")))
            if key and key not in besides:
                group = self._groups.get(key) or self._kinds[key]
                word = fold(article.group("word"))
                return [
                    NamedSource(
                        key, group.label, sorted(group.doc_ids), [word], written=article.group("word")
                    )
                ]
        return []

    def named_in(self, question: str) -> list[NamedSource]:
        """The sources a question names, in the order it names them."""
        found: dict[str, NamedSource] = {}
        hits: list[tuple[int, str, str]] = []
        tokens = [(m.start(), m.group(0)) for m in TOKEN.finditer(question)]
        for i, (pos, token) in enumerate(tokens):
            # a capitalised word (not the question's first) or an all-caps one, or a phrase
            for n in (3, 2, 1):
                span = tokens[i : i + n]
                if len(span) < n:
                    continue
                phrase = " ".join(t for _, t in span)
                key = self._alias.get(fold(phrase))
                capital = token[:1].isupper() and (i > 0 or token.isupper() or n > 1 or self._opens(phrase))
                # a title of three words or more names its document in lower case too ("wie zijn de
                # auteurs van ketens de baas" searched 'ketens' and 'baas'; seventeenth session)
                capital = capital or (n >= LOWER_TITLE_WORDS and fold(phrase) in self._label_names)
                if key and capital and fold(token) not in STOPWORDS:
                    hits.append((pos, key, fold(phrase)))
                    break
        cues = (CUE, ASKED_CUE, WHAT_CUE, AGREE_CUE, RELATION_CUE, ABOUT_CUE, WRITTEN_CUE)
        related = {
            cued_word(m)[0]
            for pattern in (RELATION_CUE, ABOUT_CUE, WRITTEN_CUE)
            for m in pattern.finditer(question)
        }
        # "Wat heb ik aan de GEMMA als gemeente?": the source right after the cue is asked (``USE_CUE``)
        related |= {
            m.end() + len(gap.group(0))
            for m in USE_CUE.finditer(question)
            if (gap := re.match(r"\s+(?:(?:het|de|the)\s+)?", question[m.end() :]))
        }
        for cue in [found for pattern in cues for found in pattern.finditer(question)]:
            start, typed = cued_word(cue)
            word = fold(typed)
            if word in ALL_SOURCES:
                continue
            # whoever agrees is a source only by a name or a word it calls itself ('het dossier'):
            # "Zijn de partners het daarmee eens?" asks no source, "Wat heeft vertrouwen met X te maken?" neither
            words = self._cued if cue.re in (AGREE_CUE, ABOUT_CUE, WRITTEN_CUE) else self._words
            if cue.re is CUE and WHO_BEFORE.search(question[: cue.start()]) and not typed[:1].isupper():
                # "Wie noemt vertrouwen doorslaggevend?" asks who says it of the thing after the verb: no source
                # (it was declined as "vertrouwen zegt hier niets over"; forty-first session)
                continue
            if cue.re is CUE and LOOKS_LIKE.match(question[cue.start() :]):
                continue  # "Hoe ziet goede ketensamenwerking eruit?" asks what it looks like (``LOOKS_LIKE``)
            if cue.re is RELATION_CUE and not with_article(cue) and not typed[:1].isupper():
                continue  # "Wat heeft ketensturing met de NORA te maken?" asks about ketensturing
            if cue.re is RELATION_CUE:
                words = self._cued
            key = self._alias.get(word) or words.get(word)
            if key:
                hits.append((start, key, word))
        alone = SOURCE_ALONE.match(question)
        alone_word = fold(alone.group("word")) if alone else ""
        # only a name or a word the source calls itself ('het dossier'), not one it often uses
        # ('de relationele' is the dossier's subject: "En de relationele?" asks the dimension)
        capital = alone is not None and alone.group("word")[:1].isupper()
        alone_key = self._cued.get(alone_word) or (self._alias.get(alone_word) if capital else None)
        if alone and alone_key and alone_word not in ALL_SOURCES:
            hits.append((alone.start("word"), alone_key, alone_word))
        for pos, token in tokens:
            key = self._kind_words.get(fold(token))
            if key:
                hits.append((pos, key, fold(token)))  # "de artikelen": every document of that kind
        first_hit = min((pos for pos, _, _ in hits), default=-1)
        for compared in COMPARED_WITH.finditer(question) if first_hit >= 0 else ():
            word = fold(compared.group("word"))
            key = self._cued.get(word) or self._kind_words.get(word)
            if key and compared.start("word") > first_hit and (word not in ALL_SOURCES or key in self._kinds):
                hits.append((compared.start("word"), key, word))
        for pos, key, word in list(hits):
            after_name = JOINED.match(question, pos + len(word))
            other = fold(after_name.group("word")) if after_name else ""
            other_key = self._alias.get(other) or self._cued.get(other)
            if other_key and other_key != key and other not in ALL_SOURCES:
                hits.append((after_name.start("word"), other_key, other))  # type: ignore[union-attr]
        folded = [fold(t) for _, t in tokens]
        # "Waar kan ik het NORA-dossier vinden?": 'vinden' is to find it, not its view (eighth session)
        saying = SAYING - FINDING if folded[:1] in (["waar"], ["where"]) else SAYING
        starts = [pos for pos, _ in tokens]
        last_speaker = -10
        covered = -1
        spans: dict[str, int] = {}
        """Per source, the last token of the name last read: a next capitalised token extends it."""
        for pos, key, word in sorted(one_person(hits, question), key=lambda h: (h[0], -len(h[2]))):
            if pos <= covered:
                continue  # a shorter hit inside a name already read ("noemt Ketens de baas")
            covered = pos + len(word)
            group = self._groups.get(key) or self._kinds[key]
            named = found.setdefault(
                key, NamedSource(key, group.label, sorted(group.doc_ids), group=key in self._kinds)
            )
            i = starts.index(pos) if pos in starts else -1
            n = len(word.split())
            if i >= 0:
                n = hyphen_span(question, tokens, i, n)
            before = [w for w in folded[max(0, i - 5) : max(0, i)] if w not in ARTICLES][-3:]
            after = folded[i + n : i + n + 3] if i >= 0 else []
            link = i - 2 if i > 1 and folded[i - 1] in ARTICLES else i - 1  # "volgens Morgens en het dossier"
            joined = link >= 0 and folded[link] in AND and last_speaker >= link - 2
            # 'volgens het X' (the word before), 'wat zeiden ze op het X' (a saying verb near)
            alone_here = alone is not None and pos == alone.start("word")
            of_the_work = (
                before[-2:-1]
                and (before[-2] in OF_THE_WORK or (before[-2] in ROLE_NOUNS and word not in self._metadata))
                and before[-1] in ("van", "of")
            )
            spoken = (
                (set(before[-2:]) & BEFORE and not of_the_work)
                or set(before + after) & saying
                or (set(before[-1:]) & HAVING and not PARTICIPLE.search(question, pos))
                or set(after[:1]) & HAVING_AFTER
                or pos in related
            )
            if spoken or i < 0 or joined or alone_here:
                named.speaks = True
                for other in self._quoted_in.get(word, []):
                    # an author whom another source quotes speaks there too ("Wat zei Ruiterman?")
                    named.doc_ids = sorted({*named.doc_ids, *self._groups[other].doc_ids})
                last_speaker = i + n - 1
            if (word in self._metadata and word not in self._quoted_in) or i < 0 or key in self._kinds:
                # an author another source quotes is a person there ("Wat zegt Ruiterman …?"; forty-second session)
                named.publication = True
            if i >= 0 and named.written and spans.get(key) == i - 1 and tokens[i][1][:1].isupper():
                # a name of two capitalised words, each a name of the source ("Tweede Kamer"), is written
                # whole: a decline said "Tweede zegt hier niets over" (forty-first session)
                start = question.find(named.written)
                if start >= 0:
                    named.written = question[start : tokens[i + n - 1][0] + len(tokens[i + n - 1][1])]
            if i >= 0 and not named.written:
                first = i
                while (
                    first > 0 and tokens[first - 1][1][:1].isupper() and folded[first - 1] in self._metadata
                ):
                    first -= 1  # "Be Informed": a short capitalised part of the publisher's name
                if alone_here and first > 0 and folded[first - 1] in ARTICLES:
                    first -= 1  # "En het dossier?" asks "Wat zegt het dossier …", article and all
                named.written = question[tokens[first][0] : tokens[i + n - 1][0] + len(tokens[i + n - 1][1])]
            if i >= 0:
                spans[key] = i + n - 1
            for part in folded[i : i + n] if i >= 0 else word.split():
                if part not in named.matched_words:
                    named.matched_words.append(part)
        return list(found.values())
