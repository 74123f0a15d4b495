"""llama-cpp-python as a LangChain chat model, for the in-process ``llamacpp`` generator.

langchain-community's ``ChatLlamaCpp`` is no longer maintained (its package warns it is being
sunset) and defaults to a prompt batch of 8 tokens, which makes a 2,000-token RAG prompt take
minutes on a CPU. This thin wrapper calls ``Llama.create_chat_completion`` with llama.cpp's own
batching, the GGUF's chat template (or a named ``chat_format``), and streams tokens.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage, SystemMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

# Chat formats whose template drops system messages: their rules go into the first user turn.
NO_SYSTEM_ROLE = frozenset(["gemma"])


class LlamaCppChat(BaseChatModel):
    """A loaded ``llama_cpp.Llama`` behind LangChain's chat-model interface."""

    client: Any
    max_tokens: int = 400
    temperature: float = 0.0
    repeat_penalty: float = 1.1
    merge_system: bool = False
    """Fold system messages into the first user message (for templates without a system role)."""

    @property
    def _llm_type(self) -> str:
        return "llama-cpp-python"

    def _messages(self, messages: list[BaseMessage]) -> list[dict[str, str]]:
        out: list[dict[str, str]] = []
        system: list[str] = []
        for message in messages:
            text = message.content if isinstance(message.content, str) else str(message.content)
            if isinstance(message, SystemMessage):
                if self.merge_system:
                    system.append(text)
                else:
                    out.append({"role": "system", "content": text})
            elif isinstance(message, HumanMessage):
                if system:
                    text = "\n\n".join([*system, text])
                    system = []
                out.append({"role": "user", "content": text})
            elif isinstance(message, AIMessage):
                out.append({"role": "assistant", "content": text})
        if system:
            out.append({"role": "user", "content": "\n\n".join(system)})
        return out

    def _params(self, stop: list[str] | None) -> dict[str, Any]:
        return {
            "max_tokens": self.max_tokens,
            "temperature": self.temperature,
            "repeat_penalty": self.repeat_penalty,
            "stop": stop or None,
        }

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        """One completion for ``messages``."""
        result = self.client.create_chat_completion(messages=self._messages(messages), **self._params(stop))
        text = result["choices"][0]["message"].get("content") or ""
        usage = result.get("usage") or {}
        message = AIMessage(
            content=text,
            usage_metadata={
                "input_tokens": usage.get("prompt_tokens", 0),
                "output_tokens": usage.get("completion_tokens", 0),
                "total_tokens": usage.get("total_tokens", 0),
            },
        )
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        """Tokens of the completion as llama.cpp produces them."""
        stream = self.client.create_chat_completion(
            messages=self._messages(messages), stream=True, **self._params(stop)
        )
        try:
            for part in stream:
                text = part["choices"][0].get("delta", {}).get("content") or ""
                if not text:
                    continue
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=text))
                if run_manager is not None:
                    run_manager.on_llm_new_token(text, chunk=chunk)
                yield chunk
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                close()  # stops llama.cpp at the next token when the caller stops listening
