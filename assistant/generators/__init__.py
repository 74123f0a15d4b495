"""Answer generators; importing this package registers the built-in backends."""

from assistant.generators import extractive as _extractive  # noqa: F401  (registers "extractive")
from assistant.generators.base import Draft, DraftSentence, Generator, create_generator, generators

__all__ = ["Draft", "DraftSentence", "Generator", "create_generator", "generators"]
