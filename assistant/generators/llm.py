"""Generators backed by a language model: ``llamacpp``, ``ollama`` and ``openai``.

All three are LangChain chat models behind one ``LLMGenerator``: it fills the prompt
(``llm_prompts``) with numbered, delimited passages, calls the model with a deadline
(``llm_call.run_model``, ``settings.llm_timeout``), and hands the text to
``assistant.verification``, which keeps only sentences its cited passages support. When the
model is down, slow, or writes too little that the sources support, the answer is the
extractive one with a short Dutch notice — never an exception.

The backends build the chat model: ``llm_llamacpp`` (in-process) and ``llm_servers`` (Ollama,
OpenAI-compatible, Azure). Their integrations are optional extras (``pip install
'ketenwijzer[llm]'``) and imported only when a generator is created, so the default install
works without them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

from assistant import verification
from assistant.generators.base import Draft, generators
from assistant.generators.extractive import ExtractiveGenerator
from assistant.generators.llm_call import ModelTimeout, run_model
from assistant.generators.llm_llamacpp import llamacpp_model
from assistant.generators.llm_prompts import answer_messages, instructions, rewrite_messages
from assistant.generators.llm_servers import ollama_model, openai_model
from assistant.question import Question
from assistant.support import SupportFn, lexical_support
from ingest.index import Index
from ketenwijzer.models import Passage
from ketenwijzer.settings import Settings
from ketenwijzer.text import stems

log = logging.getLogger(__name__)

NOTICE_TIMEOUT = (
    "Het taalmodel antwoordde niet binnen {seconds:g} seconden; daarom staan hieronder de "
    "relevante zinnen letterlijk uit de bronnen."
)
NOTICE_FAILED = "Het taalmodel is nu niet beschikbaar; daarom staan hieronder de relevante zinnen letterlijk uit de bronnen."
NOTICE_UNSUPPORTED = (
    "Het antwoord van het taalmodel werd niet genoeg door de bronnen onderbouwd; daarom staan "
    "hieronder de relevante zinnen letterlijk uit de bronnen."
)
NOTICE_DROPPED = (
    "{n} zin(nen) uit het gegenereerde antwoord zijn weggelaten omdat de bronnen ze niet onderbouwen."
)
NOTICE_MARKED = "{n} zin(nen) uit het gegenereerde antwoord staan niet in de bronnen en zijn gemarkeerd."


class LLMGenerator:
    """Writes a fluent answer with a chat model, then keeps only what the sources support."""

    def __init__(
        self,
        settings: Settings,
        index: Index | None,
        model: Any,
        name: str,
        lock: Any = None,
        support: SupportFn = lexical_support,
    ) -> None:
        self.settings = settings
        self.index = index
        self.model = model
        self.name = name
        self.lock = lock
        self.support = support
        self.fallback = ExtractiveGenerator(settings, index)
        self.last: verification.Verification | None = None
        """The verification of the most recent generated answer (for tests and measurements)."""

    # -- answers ----------------------------------------------------------------
    def generate(
        self,
        question: str,
        passages: list[Passage],
        language: str,
        kind: str | None = None,
        analysis: Question | None = None,
    ) -> Draft:
        """A verified draft, or the extractive draft with a notice when the model fails."""
        draft: Draft | None = None
        for item in self._run(question, passages, language, False, kind, analysis):
            if isinstance(item, Draft):
                draft = item
        assert draft is not None
        return draft

    def stream(
        self,
        question: str,
        passages: list[Passage],
        language: str,
        kind: str | None = None,
        analysis: Question | None = None,
    ) -> Iterator[str | Draft]:
        """Model text pieces as they arrive, then the verified ``Draft``."""
        return self._run(question, passages, language, True, kind, analysis)

    def _run(
        self,
        question: str,
        passages: list[Passage],
        language: str,
        stream: bool,
        kind: str | None = None,
        analysis: Question | None = None,
    ) -> Iterator[str | Draft]:
        started = time.perf_counter()
        self.last = None
        # the fallback gets the caller's kind as given: a kind set by the caller (a brief's section)
        # composes differently from one the analysis found
        fallback = (question, passages, language, kind, analysis)
        kind = kind or (analysis.kind if analysis else None)
        # a request to say it shorter ("Kan dat korter?") sets the limit; else the setting's (at least 2)
        asked = analysis.at_most if analysis is not None else 0
        sentences = asked or max(2, self.settings.max_answer_sentences)
        # "and in Dutch?" after an English question: the model writes Dutch (``Question.frame``)
        language = analysis.frame if analysis is not None and analysis.frame else language
        messages = answer_messages(
            question,
            passages,
            language,
            sentences,
            self.settings.llm_system_role,
            kind,
        )
        parts: list[str] = []
        try:
            for piece in run_model(self.model, messages, self.settings.llm_timeout, stream, self.lock):
                parts.append(piece)
                if stream:
                    yield piece
        except ModelTimeout:
            log.warning("%s: geen antwoord binnen %.0f s", self.name, self.settings.llm_timeout)
            yield self._fallback(*fallback, NOTICE_TIMEOUT.format(seconds=self.settings.llm_timeout))
            return
        except Exception as exc:  # a backend's failure is never the user's error
            log.warning("%s: taalmodel faalde: %s: %s", self.name, type(exc).__name__, self._scrub(exc))
            yield self._fallback(*fallback, NOTICE_FAILED)
            return
        generated_ms = (time.perf_counter() - started) * 1000
        result = verification.verify(
            "".join(parts),
            passages,
            language,
            self.settings.support_threshold,
            generator=self.name,
            mode=self.settings.unsupported_sentences,
            support=self.support,
            instructions=instructions(language, sentences, kind),
        )
        self.last = result
        log.info(
            "%s: %d zinnen onderbouwd (%d herleid), %d niet, ongeldige markers %s",
            self.name,
            result.supported,
            result.reattributed,
            len(result.unsupported),
            result.invalid_markers,
        )
        if result.declined and not result.supported:
            yield Draft([], generator=self.name, timings_ms={"llm": generated_ms})
            return
        if result.supported < max(1, self.settings.min_supported_sentences):
            yield self._fallback(*fallback, NOTICE_UNSUPPORTED)
            return
        draft = result.draft
        if result.unsupported:
            template = NOTICE_MARKED if self.settings.unsupported_sentences == "mark" else NOTICE_DROPPED
            draft.notice = template.format(n=len(result.unsupported))
        draft.timings_ms = {
            "llm": generated_ms,
            "verify": (time.perf_counter() - started) * 1000 - generated_ms,
        }
        yield draft

    def _scrub(self, exc: BaseException) -> str:
        """An error message fit for the log: short, and without the API key."""
        text = str(exc)[:300]
        key = self.settings.llm_api_key
        return text.replace(key.get_secret_value(), "***") if key and key.get_secret_value() else text

    def _fallback(
        self,
        question: str,
        passages: list[Passage],
        language: str,
        kind: str | None,
        analysis: Question | None,
        notice: str,
    ) -> Draft:
        draft = self.fallback.generate(question, passages, language, kind=kind, analysis=analysis)
        draft.notice = notice
        return draft

    # -- follow-ups ---------------------------------------------------------------
    def rewrite(self, question: str, history: list[Any], language: str) -> str | None:
        """``question`` made standalone from ``history`` by the model; None when it fails or rambles."""
        if not history:
            return None
        messages = rewrite_messages(question, history, language, self.settings.llm_system_role)
        try:
            text = "".join(run_model(self.model, messages, self.settings.llm_timeout, False, self.lock))
        except Exception as exc:  # the heuristic takes over
            log.warning("%s: herschrijven faalde: %s", self.name, type(exc).__name__)
            return None
        return accept_rewrite(text, question, self.settings.max_question_chars)


def accept_rewrite(text: str, question: str, max_chars: int) -> str | None:
    """The model's rewrite when it looks like one question that keeps the original's subject."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return None
    candidate = lines[0].strip().strip("\"'“”‘’").strip()
    for prefix in ("Zelfstandige vraag:", "Standalone question:", "Vraag:", "Question:"):
        if candidate.lower().startswith(prefix.lower()):
            candidate = candidate[len(prefix) :].strip()
    if not candidate or len(candidate) > min(max_chars, 4 * len(question) + 200) or "<" in candidate:
        return None
    wanted = set(stems(question))
    have = set(stems(candidate))
    if not have or (wanted and len(wanted & have) / len(wanted) < 0.5):
        return None
    return candidate


def _factory(name: str, build: Callable[[Settings], Any]) -> Callable[..., LLMGenerator]:
    def create(settings: Settings, index: Index | None = None) -> LLMGenerator:
        built = build(settings)
        model, lock = built if isinstance(built, tuple) else (built, None)
        return LLMGenerator(settings, index, model, name, lock)

    create.__doc__ = f"The '{name}' generator."
    return create


generators.register("llamacpp")(_factory("llamacpp", llamacpp_model))
generators.register("ollama")(_factory("ollama", ollama_model))
generators.register("openai")(_factory("openai", openai_model))
