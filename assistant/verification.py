"""Verify a language model's answer against the passages it was given.

The model writes sentences with ``[n]`` markers. Nothing it writes reaches the user on trust:

1. markers are parsed per sentence ("zin [1].", "zin. [1]", "[1][2]" and "[1, 2]" all count);
   markers to passages that do not exist are dropped;
   fragments, questions, repeats, a sentence cut off by the token limit and sentences that
   repeat the prompt's own rules are not claims and are left out;
2. each sentence is checked with the support check the evals use (``assistant.support``) against
   each passage it cites; the best supporting one stays as the sentence's single citation;
3. a sentence that cites no passage, or only passages that do not support it, is attributed to
   the passage that does support it best — or, when none does, left out (or kept and marked,
   ``settings.unsupported_sentences == "mark"``) without any citation;
4. every kept citation's ``quote`` is the verbatim sentence of the cited passage that best
   supports the model's sentence, so ``quote in passage.text`` always holds;
5. a sentence that addresses an assistant or asks for credentials (``assistant.injection``),
   in the model's words or in the passage sentence it would quote, is left out and counted in
   ``injected`` — whatever a poisoned passage made the model write, it is not passed on.

Numbering is left to ``assistant.citations.assemble``, so the markers in the final text always
match the citations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant import injection
from assistant.declines import decline_text
from assistant.generators.base import UNSOURCED, Draft, DraftSentence
from assistant.support import SupportFn, lexical_support
from ketenwijzer.models import Passage
from ketenwijzer.text import fold, sentences, stems

_GROUP = re.compile(r"\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")
_MARKER = re.compile(r"\[(\d+)\]")
_TRAILING_MARKERS = re.compile(r"([.!?…:])((?:\s*\[\d+\])+)")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_SPACES = re.compile(r"[ \t]+")
_TAGS = re.compile(r"</?\s*(?:passages?|vraag|question|antwoord|answer)\b[^>]*>", re.I)

MIN_CLAIM_STEMS = 2
"""A generated sentence with fewer distinct content words is a fragment, not a claim: left out."""
ECHO_SHARE = 0.8
"""A sentence sharing this much of its content words with one prompt rule repeats the prompt."""
_COMPLETE = re.compile(r"[.!?…:;\"'”’)\]]\s*$")
MARK = {"nl": "niet gevonden in de bronnen", "en": "not found in the sources"}


@dataclass
class Verification:
    """The outcome of checking one generated answer."""

    draft: Draft
    declined: bool = False
    """The model answered with the fixed decline sentence."""
    kept: int = 0
    """Sentences kept with a citation the model gave itself."""
    reattributed: int = 0
    """Sentences kept with a citation to another passage than the model gave (or none)."""
    unsupported: list[str] = field(default_factory=list)
    """Sentences no passage supports (dropped or marked)."""
    invalid_markers: list[int] = field(default_factory=list)
    """Marker numbers that named no passage."""
    echoed: int = 0
    """Sentences that repeated the prompt's own rules (left out)."""
    injected: int = 0
    """Sentences flagged by ``assistant.injection`` (left out, never marked; also in ``unsupported``)."""

    @property
    def supported(self) -> int:
        """Sentences that carry a verified citation."""
        return self.kept + self.reattributed


def normalise(text: str) -> str:
    """Model output with marker groups split and markers moved before the sentence end."""
    text = _TAGS.sub("", text)
    text = _GROUP.sub(lambda m: "".join(f"[{n}]" for n in re.split(r"\s*[,;]\s*", m.group(1))), text)
    text = _TRAILING_MARKERS.sub(lambda m: m.group(2) + m.group(1), text)
    return text


def parse(text: str) -> list[tuple[str, list[int]]]:
    """The sentences of a model answer (markers removed) with the marker numbers each carries."""
    out: list[tuple[str, list[int]]] = []
    for raw in sentences(normalise(text)):
        numbers = [int(n) for n in _MARKER.findall(raw)]
        plain = _SPACES.sub(" ", _MARKER.sub("", raw)).strip()
        plain = _BULLET.sub("", plain).strip()
        plain = re.sub(r"\s+([.,;:!?…])", r"\1", plain)
        if plain:
            out.append((plain, numbers))
    return out


def best_quote(sentence: str, passage: str, support: SupportFn = lexical_support) -> str:
    """The verbatim sentence of ``passage`` that best supports ``sentence`` (first on ties)."""
    best, best_score = "", -1.0
    for candidate in sentences(passage):
        score = support(sentence, candidate)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _decline_sentences(language: str) -> set[str]:
    return {_key(s) for lang in {language, "nl", "en"} for s in sentences(decline_text(lang))}


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


def is_decline(text: str, language: str) -> bool:
    """True when the model's answer is (or starts with) the fixed decline sentence."""
    parsed = parse(text)
    return bool(parsed) and _key(parsed[0][0]) in _decline_sentences(language)


def verify(
    text: str,
    passages: list[Passage],
    language: str,
    threshold: float,
    *,
    generator: str,
    mode: str = "drop",
    support: SupportFn = lexical_support,
    instructions: str = "",
) -> Verification:
    """Check a model answer against ``passages``; the result's draft holds only what survives.

    ``instructions`` is the prompt's own text (rules, without passages or question): sentences
    that merely repeat it are not answers, however many words they share with a passage.
    """
    first_decline = _key(sentences(decline_text(language))[0])
    declines = _decline_sentences(language)
    rules = [set(stems(r)) for r in sentences(instructions)]
    result = Verification(Draft([], generator=generator))
    parsed = parse(text)
    if parsed and not _COMPLETE.search(text):
        parsed.pop()  # cut off by the token limit: the last sentence is unfinished
    seen: set[str] = set()
    answered = False
    for sentence, numbers in parsed:
        key = _key(sentence)
        if key in declines:
            result.declined = result.declined or (not answered and key == first_decline)
            continue
        claim = set(stems(sentence))
        if key in seen or len(claim) < MIN_CLAIM_STEMS or sentence.rstrip().endswith("?"):
            continue  # repeats, fragments ("Ja.", "Regels:") and questions claim nothing to back
        seen.add(key)
        if _echoes(claim, rules):
            result.echoed += 1
            continue
        if injection.flag(sentence):
            result.injected += 1
            result.unsupported.append(sentence)  # left out, and never marked
            continue
        answered = True
        valid = [n for n in dict.fromkeys(numbers) if 1 <= n <= len(passages)]
        result.invalid_markers.extend(n for n in numbers if not 1 <= n <= len(passages))
        scores = {n - 1: support(sentence, passages[n - 1].text) for n in valid}
        cited = [(s, i) for i, s in scores.items() if s >= threshold]
        index: int | None
        if cited:
            index = max(cited, key=lambda pair: (pair[0], -pair[1]))[1]
            result.kept += 1
        else:
            index = _best_passage(sentence, passages, threshold, support, exclude=set(scores))
            if index is None:
                result.unsupported.append(sentence)
                if mode == "mark":
                    result.draft.sentences.append(DraftSentence(_marked(sentence, language), UNSOURCED, ""))
                continue
            result.reattributed += 1
        quote = best_quote(sentence, passages[index].text, support)
        if injection.flag(quote):
            result.injected += 1
            result.unsupported.append(sentence)
            continue
        result.draft.sentences.append(DraftSentence(sentence, index, quote))
    return result


def _echoes(claim: set[str], rules: list[set[str]]) -> bool:
    """True when one sentence of the prompt's rules holds nearly all of the claim's words."""
    return any(len(claim & rule) >= ECHO_SHARE * len(claim) for rule in rules)


def _best_passage(
    sentence: str, passages: list[Passage], threshold: float, support: SupportFn, exclude: set[int]
) -> int | None:
    scored = [
        (support(sentence, p.text), -i) for i, p in enumerate(passages) if i not in exclude and p.text.strip()
    ]
    scored = [pair for pair in scored if pair[0] >= threshold]
    return -max(scored)[1] if scored else None


def _marked(sentence: str, language: str) -> str:
    body = sentence.rstrip().rstrip(".!?…").rstrip()
    return f"{body} ({MARK.get(language, MARK['nl'])})."
