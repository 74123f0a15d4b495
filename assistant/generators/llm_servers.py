"""The ``ollama`` and ``openai`` backends: chat models served over HTTP.

``openai`` covers any OpenAI-compatible server (vLLM, llama.cpp's server, LM Studio, OpenAI
itself) and Azure OpenAI when a deployment is set.
"""

from __future__ import annotations

import os
from typing import Any

from pydantic import SecretStr

from assistant.generators.llm_call import missing_extra
from ketenwijzer.errors import ConfigurationError
from ketenwijzer.settings import Settings


def ollama_model(settings: Settings) -> Any:
    """A ChatOllama for ``settings.llm_model`` at ``settings.llm_base_url``."""
    try:
        from langchain_ollama import ChatOllama
    except ImportError as exc:
        raise missing_extra("langchain-ollama", exc) from exc
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
        raise missing_extra("langchain-openai", exc) from exc
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
