"""Query vocabulary: English → Dutch domain terms, and Dutch phrasings that name a source.

The corpus is Dutch; the multilingual embedders already bridge languages, and the glossary
(a user-editable YAML file, ``assistant/glossary.yaml``, or ``KETENWIJZER_GLOSSARY_PATH``)
gives BM25 and the sentence scorer the same reach for the core vocabulary.
In "Wat verstaat de NORA onder een keten?" the words between the verb and 'onder' name who
defines, not what is asked about; the retrieval query leaves them out, as in "Wat verstaat
men onder een keten?". Phrases asking for brevity ("in het kort") are left out too, and a few
Dutch words get the near-synonyms the corpus uses ('problemen' → 'knelpunten').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.idioms import sense_alternatives, sense_words
from assistant.lengths import (
    BREVITY,
    PLAINLY,
)  # phrases that ask for brevity or plain words, not about a topic
from ketenwijzer.errors import ConfigurationError
from ketenwijzer.settings import get_settings
from ketenwijzer.text import stems, words


@dataclass(frozen=True)
class Glossary:
    """The user-editable query vocabulary (``assistant/glossary.yaml`` or ``glossary_path``)."""

    en_nl: dict[str, str]
    nl_synonyms: dict[str, str]
    nl_phrases: dict[str, str] = field(default_factory=dict)
    """A Dutch phrase → the corpus's words for it ("op papier zetten" → "afspraken vastleggen")."""
    nl_counted: dict[str, str] = field(default_factory=dict)
    """A noun a question counts → the nouns a count in the sources may use for it ('partners' → 'organisaties')."""


DEFAULT_PATH = Path(__file__).with_name("glossary.yaml")


class _DuplicateKey(ValueError):
    """A key twice in one mapping of the glossary."""


class _UniqueKeys(yaml.SafeLoader):
    """A YAML loader that refuses a key twice in one mapping: the second silently won, so an
    edited glossary could lose a line without a word (sixteenth session: 'success' was in it twice)."""


def _unique_mapping(loader: _UniqueKeys, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
    seen: set[object] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise _DuplicateKey(
                f"het woord '{key}' staat twee keer in dezelfde lijst (regel {key_node.start_mark.line + 1})"
            )
        seen.add(key)
    return loader.construct_mapping(node, deep)


_UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


@lru_cache(maxsize=4)
def load(path: str = "") -> Glossary:
    """The glossary at ``path`` (default: the shipped one); a broken file is a Dutch configuration error."""
    source = Path(path) if path else DEFAULT_PATH
    try:
        data = yaml.load(source.read_text(encoding="utf-8"), Loader=_UniqueKeys) or {}  # noqa: S506 - a SafeLoader
        en_nl = {str(k).lower(): str(v or "") for k, v in (data.get("en_nl") or {}).items()}
        synonyms = {str(k).lower(): str(v or "") for k, v in (data.get("nl_synonyms") or {}).items()}
        phrases = {
            " ".join(str(k).lower().split()): str(v or "") for k, v in (data.get("nl_phrases") or {}).items()
        }
        counted = {str(k).lower(): str(v or "") for k, v in (data.get("nl_counted") or {}).items()}
    except (OSError, yaml.YAMLError, AttributeError, _DuplicateKey) as exc:
        raise ConfigurationError(f"De woordenlijst '{source}' kan niet worden gelezen: {exc}") from exc
    return Glossary(with_inflections(en_nl), synonyms, phrases, counted)


def with_inflections(en_nl: dict[str, str]) -> dict[str, str]:
    """``en_nl`` with the regular English inflections of each entry ('measure' → 'measures', 'measuring',
    'measured'; 'result' → 'results') that the file does not list itself: "What does Morgens say about
    measuring results?" was declined, 'measuring' untranslated beside the entry 'measure' (forty-third
    session, ``tests/test_question.py``). An entry the file lists wins."""
    derived: dict[str, str] = {}
    for word, dutch in en_nl.items():
        if " " in word or len(word) < 4 or not word.isalpha():
            continue
        for form in _inflected(word):
            derived.setdefault(form, dutch)
    return {**derived, **en_nl}


def _inflected(word: str) -> tuple[str, ...]:
    """The regular plural or third person, -ing and -ed forms of an English word."""
    if word.endswith(("s", "x", "ch", "sh")):
        plural = word + "es"
    elif word.endswith("y") and word[-2] not in "aeiou":
        plural = word[:-1] + "ies"
    else:
        plural = word + "s"
    if word.endswith("e") and not word.endswith("ee"):
        return plural, word[:-1] + "ing", word + "d"
    if word.endswith("y") and word[-2] not in "aeiou":
        return plural, word + "ing", word[:-1] + "ied"
    return plural, word + "ing", word + "ed"


def rephrased(text: str) -> str:
    """``text`` with each Dutch phrase of the glossary (``nl_phrases``) read as the corpus's words:
    "Welke dingen moet je … op papier zetten?" asks which agreements to lay down (practical p47 on
    the tuning half led with the dialogue's four topics; twelfth session; ``tests/test_question.py``)."""
    phrases = _glossary().nl_phrases
    for phrase, meant in phrases.items():
        parts = [GAP if w == "*" else re.escape(w) for w in phrase.split()]
        pattern = r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)"
        text = re.sub(pattern, _reading(meant), text, flags=re.I)
    return text


def _reading(meant: str) -> Callable[[re.Match[str]], str]:
    """The replacement of a glossary phrase: the words its gap held (``GAP``), then the meaning."""
    return lambda match: f" {match.groupdict().get('gap') or ''} {meant} "


GAP = r"(?P<gap>(?!(?:dat|dit|het|die|deze|ze|hij|zij|it|that|this)\b)(?:[\w-]+\s+){0,2}?[\w-]+)"
"""A '*' in a glossary phrase: one to three words between its parts, kept in the question ("lukt *
vaak niet" reads "Waarom lukt ketensamenwerking vaak niet?" as 'ketensamenwerking' and the corpus's
words for failing; twenty-second session, ``tests/test_question.py``). Not a pronoun: "waarom lukt
dat vaak niet?" asks why one thing the question names fails, not why chains do (articles a24, a
held-apart question, lost its first hit to the general reading: found after the held-apart run)."""


def _glossary() -> Glossary:
    return load(get_settings().glossary_path)


def glossed(word: str) -> str:
    """The glossary's words for ``word`` (a Dutch synonym or an English translation; '' when none):
    'KPI's' → 'prestatie-indicatoren indicatoren'."""
    key = word.lower().replace("’", "'")
    glossary = _glossary()
    return glossary.nl_synonyms.get(key) or glossary.en_nl.get(key) or ""


_DEFINER = re.compile(r"\b(versta(?:at|an)?|bedoel(?:t|en)?)\s+((?:\S+\s+){0,4}?)(onder|met)\s+", re.I)


def drop_definer(text: str) -> str:
    """'Wat verstaat X onder Y' → 'Wat verstaat onder Y' (likewise 'bedoelt X met Y')."""
    return _DEFINER.sub(lambda m: f"{m.group(1)} {m.group(3)} ", text, count=1)


def expand_query(text: str, language: str, vocabulary: Container[str] = (), names: Iterable[str] = ()) -> str:
    """The retrieval query: Dutch source-naming phrasings trimmed; English terms translated too.

    Two English words in a row whose Dutch words make a compound the corpus uses ('chain
    manager' → 'keten' + 'manager' → 'ketenmanager', when ``vocabulary``, the index's stems,
    holds it) add that compound: Dutch writes as one word what English writes as two.
    A word inside a source's name (``names``: "Ketens de baas") gets no synonyms: the name asks
    no 'leiding' (twenty-eighth session, ``tests/test_question.py``).
    """
    if language != "en":
        text = PLAINLY.sub(" ", BREVITY.sub(" ", drop_definer(text)))
        synonyms = _glossary().nl_synonyms
        unnamed = _without_names(text, names)
        extra = [synonyms[w] for w in words(unnamed) if synonyms.get(w)] + sense_words(unnamed)
        return text if not extra else f"{text} {' '.join(extra)}"
    en_nl = _glossary().en_nl
    tokens = words(text)
    pairs = [
        ((first, second), _joined(first, second, en_nl, vocabulary))
        for first, second in zip(tokens, tokens[1:], strict=False)
    ]
    # a word that makes a compound with its neighbour is that compound, not its own word too
    # ('chain director' is the 'ketenregisseur', not a 'bestuurder'; seventh session); nor is the
    # first ('relay model' is the 'estafettemodel', not the Be Informed article "Geen estafette";
    # "What is the relay model?" never saw the GEMMA's definition; thirty-first session)
    inside = {w for both, joined in pairs if joined for w in both}
    extra = [en_nl[w] for w in tokens if en_nl.get(w) and w not in inside]
    extra += [c for _, joined in pairs for c in joined]
    return text if not extra else f"{text} {' '.join(extra)}"


def _without_names(text: str, names: Iterable[str]) -> str:
    """``text`` without the source names in it (case-insensitive, whole words)."""
    for name in names:
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text, flags=re.I)
    return text


_PREFIXED = re.compile(
    r"^\s*(?P<prefix>non|anti|co|pre|post|self)-(?P<first>[^\W\d_]+)\s+(?P<second>[^\W\d_]+)\s*$", re.I
)
"""An English term of a hyphenated prefix and two words ('non-intervention principle')."""


def dutch_term(english: str, vocabulary: Container[str]) -> str:
    """The Dutch word for an English term of one or two words ('chain manager' → 'ketenmanager'
    when the corpus uses that compound, 'chain' → 'keten'); '' when the glossary has none."""
    en_nl = _glossary().en_nl
    prefixed = _PREFIXED.match(english)
    if prefixed:
        # a prefix written with a hyphen stays as written: 'non-intervention principle' →
        # 'non-' + 'interventiebeginsel' ("What is the non-intervention principle?" led with the sentence that
        # says what it does not mean; forty-second session, ``tests/test_lead_rules.py``)
        joined = _joined(prefixed["first"].lower(), prefixed["second"].lower(), en_nl, vocabulary)
        return f"{prefixed['prefix'].lower()}-{joined[0]}" if joined else ""
    tokens = words(english)
    if len(tokens) == 2:
        joined = _joined(tokens[0], tokens[1], en_nl, vocabulary)
        return joined[0] if joined else ""
    if len(tokens) == 1:
        return (en_nl.get(tokens[0], "").split() or [""])[0]
    return ""


def dutch_focus(english: str, vocabulary: Container[str]) -> str:
    """An English focus in the corpus's Dutch words: each pair that makes a compound the corpus uses
    is that compound, each other word its glossary translation, a word without one kept when the
    corpus uses it as written (a name: 'metro'); '' when nothing is left ("Is a chain manager the
    boss?" → 'ketenmanager baas': the English words matched no Dutch sentence, so the sentence saying
    the chain manager is 'de baas' did not lead; fortieth session, ``tests/test_lead_rules.py``)."""
    return " ".join(dutch for _, dutch in _focus_pairs(english, vocabulary))


def english_of_focus(english: str, vocabulary: Container[str]) -> str:
    """The English words of a focus that ``dutch_focus`` reads as Dutch ("watch new chain director" → 'chain
    director'): the term a note names as typed ("… about ‘watch new chain director’ (‘ketenregisseur’)" named the
    request's words too; forty-first session, ``tests/test_lead_rules.py``)."""
    return " ".join(typed for typed, _ in _focus_pairs(english, vocabulary))


def _focus_pairs(english: str, vocabulary: Container[str]) -> list[tuple[str, str]]:
    """Each English word or pair of a focus that has a Dutch reading, with that reading (``dutch_focus``)."""
    en_nl = _glossary().en_nl
    tokens = words(english)
    out: list[tuple[str, str]] = []
    skip = False
    for i, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        joined = _joined(token, tokens[i + 1], en_nl, vocabulary) if i + 1 < len(tokens) else []
        if joined:
            out.append((f"{token} {tokens[i + 1]}", joined[0]))
            skip = True
        elif en_nl.get(token):
            out.append((token, en_nl[token].split()[0]))
        elif (stems(token) or [""])[0] in vocabulary:
            out.append((token, token))
    return out


def joined_words(text: str, vocabulary: Container[str]) -> set[str]:
    """The English words of ``text`` that make a Dutch compound with a neighbour (``_joined``): 'chain' and 'director'
    of "What is a chain director?" are the 'ketenregisseur', not also Boissevain's "managing director"."""
    en_nl, tokens = _glossary().en_nl, words(text)
    return {
        w for pair in zip(tokens, tokens[1:], strict=False) if _joined(*pair, en_nl, vocabulary) for w in pair
    }


def compounds(tokens: list[str], en_nl: dict[str, str], vocabulary: Container[str]) -> list[str]:
    """Dutch compounds of two translated neighbours that occur in ``vocabulary`` (stems)."""
    found: list[str] = []
    for first, second in zip(tokens, tokens[1:], strict=False):
        found.extend(_joined(first, second, en_nl, vocabulary))
    return found


UNTRANSLATED_MIN = 6
"""Letters a first word with no translation needs to join its neighbour as written ('estafette' + 'model')."""


def _joined(first: str, second: str, en_nl: dict[str, str], vocabulary: Container[str]) -> list[str]:
    """The compound of ``first``'s and ``second``'s first translations when the corpus uses it; a
    second word with no translation joins as written ('chain bureau' → 'ketenbureau': "What is a
    chain bureau?" quoted "Bureau Jeugdzorg"; twenty-fourth session, ``tests/test_answers.py``)."""
    # the first translation of each: 'chain governance' → 'ketensturing', not also 'ketenbesturing',
    # whose stem is the ketenbestuur's ("What are the pillars of chain governance?" led with the board)
    # a first word with no translation joins as written too: it may be Dutch already ("What is the estafette
    # model?" quoted Be Informed's "… volgens het estafettemodel …", not the GEMMA's definition; fortieth session)
    # ("a chain" is no 'aketen': a word of fewer than ``UNTRANSLATED_MIN`` letters never joins as written)
    untranslated = first if len(first) >= UNTRANSLATED_MIN and first not in en_nl else ""
    heads, tails = (en_nl.get(first) or untranslated).split()[:1], (en_nl.get(second) or second).split()[:1]
    out = []
    for joined in (head + tail for head in heads for tail in tails):
        stem = stems(joined)
        # one word: "risico's" + 'of' is no compound ("What are the risks of hierarchy?" searched 'shierarchie')
        if len(stem) == 1 and stem[0] in vocabulary:
            out.append(joined)
    return out


def alternatives(text: str, language: str) -> dict[str, set[str]]:
    """For a question: the stem of each (Dutch, or translated) word with synonyms → the synonyms' stems.

    The sentence scorer counts a synonym as the word itself, so 'knelpunten' answers a
    question about 'problemen' as fully as 'problemen' would.
    """
    if language == "en":
        # an English word counts by its Dutch translation's synonyms too: 'ambition' → 'ambitie' →
        # 'ketendoelstelling' ("How do Morgens and the NORA dossier differ on ambition?" said the
        # dossier had nothing on it; twenty-fourth session, ``tests/test_answers.py``)
        # only a translation into one word: one into several ('hard' → 'moeilijk lastig knelpunten')
        # already spans its synonyms, and theirs counted 'knelpunt' as 'hard' (tuning e22 lost its lead)
        en_nl = _glossary().en_nl
        text = " ".join(en_nl[w] for w in words(text) if en_nl.get(w) and len(en_nl[w].split()) == 1)
    found: dict[str, set[str]] = {}
    synonyms = _glossary().nl_synonyms
    for word in words(text):
        if synonyms.get(word) and stems(word):
            found.setdefault(stems(word)[0], set()).update(stems(synonyms[word]))
    if language == "nl":
        # a word asked in one of its senses: 'duur' of "Is ketensamenwerking duur?" is 'dure', 'kosten'
        for stem, also in sense_alternatives(text).items():
            found.setdefault(stem, set()).update(also)
    return found


def translated_synonyms(text: str) -> list[str]:
    """The Dutch synonyms of each English word the glossary translates into one Dutch word ('ambition' →
    'ambitie' → 'doelstelling ketendoelstelling doel')."""
    en_nl, synonyms = _glossary().en_nl, _glossary().nl_synonyms
    dutch = [en_nl[w] for w in words(text) if en_nl.get(w) and len(en_nl[w].split()) == 1]
    return [synonyms[d] for d in dutch if synonyms.get(d)]


def synonyms_of(word: str) -> list[str]:
    """The glossary's near-synonyms of a Dutch question word ('partijen' → 'actoren', 'organisaties')."""
    return (_glossary().nl_synonyms.get(word.lower()) or "").split()


def counted_as(word: str) -> list[str]:
    """The nouns by which the sources may count what a question counts (``nl_counted``; 'partners' → 'organisaties')."""
    return (_glossary().nl_counted.get(word.lower()) or "").split()


def english_words() -> frozenset[str]:
    """The English words the glossary translates, less any that is also one of its Dutch words ('top', 'mindset'):
    a lexicon that tells an English question whose function words say nothing ("Is chain cooperation
    expensive?"). Read once per glossary: it is asked for every question."""
    return _english_words(get_settings().glossary_path)


@lru_cache(maxsize=4)
def _english_words(path: str) -> frozenset[str]:
    """``english_words`` of the glossary at ``path``."""
    glossary = load(path)
    dutch = {w for meant in (*glossary.en_nl.values(), *glossary.nl_synonyms) for w in words(meant)}
    return frozenset(w for w in glossary.en_nl if w not in dutch and " " not in w)


def synonym_words() -> frozenset[str]:
    """The Dutch question words the glossary maps to the corpus's own terms."""
    return frozenset(_glossary().nl_synonyms)


def evidence_query(text: str, language: str) -> str:
    """For an English question, translated terms replace their English originals.

    The abstention gate weighs every query term; an English word that has a Dutch
    translation should count once, as its translation, not also as an unknown word.
    """
    if language != "en":
        return text
    en_nl = _glossary().en_nl
    return " ".join(en_nl.get(w, w) if w in en_nl else w for w in words(text))
