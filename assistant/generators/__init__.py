"""Answer generators; importing this package registers the built-in backends.

``extractive`` needs nothing extra; ``llamacpp``, ``ollama`` and ``openai`` register here too
but import their LangChain integrations only when created (``pip install 'ketenwijzer[llm]'``).
"""

from assistant.generators import extractive as _extractive  # noqa: F401  (registers "extractive")
from assistant.generators import llm as _llm  # noqa: F401  (registers "llamacpp", "ollama", "openai")
from assistant.generators.base import Draft, DraftSentence, Generator, create_generator, generators

__all__ = ["Draft", "DraftSentence", "Generator", "create_generator", "generators"]
