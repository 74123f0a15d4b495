"""A tiny named registry used for every pluggable seam (embedders, vector stores, generators)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from ketenwijzer.errors import ConfigurationError

T = TypeVar("T")


class Registry(Generic[T]):
    """Maps a backend name to a factory; built-ins register like any plugin."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._factories: dict[str, Callable[..., T]] = {}

    def register(self, name: str) -> Callable[[Callable[..., T]], Callable[..., T]]:
        """Decorator: register ``factory`` under ``name``."""

        def wrap(factory: Callable[..., T]) -> Callable[..., T]:
            self._factories[name] = factory
            return factory

        return wrap

    def names(self) -> list[str]:
        """The registered names, sorted."""
        return sorted(self._factories)

    def __contains__(self, name: object) -> bool:
        return name in self._factories

    def create(self, name: str, *args: object, **kwargs: object) -> T:
        """Build the backend registered as ``name``."""
        try:
            factory = self._factories[name]
        except KeyError:
            known = ", ".join(self.names())
            raise ConfigurationError(f"Onbekende {self.kind} '{name}'. Beschikbaar: {known}.") from None
        return factory(*args, **kwargs)
