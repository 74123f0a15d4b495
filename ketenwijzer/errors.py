"""The project's exception tree; every user-facing message is Dutch.

The API maps these to HTTP status codes in one handler (``api/errors.py``) and the
CLI maps them to exit codes in one place (``ketenwijzer/cli.py``).
"""

from __future__ import annotations


class KetenwijzerError(Exception):
    """Base class: ``message`` is a Dutch sentence fit to show to a user."""

    status_code = 500
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(KetenwijzerError):
    """The caller sent something unusable (empty question, too long, bad option)."""

    status_code = 422
    exit_code = 2


class TooLarge(KetenwijzerError):
    """The request is larger than this server accepts (too many characters, items or bytes)."""

    status_code = 413
    exit_code = 2


class NotFound(KetenwijzerError):
    """A named thing (document, passage, session, set) does not exist."""

    status_code = 404
    exit_code = 3


class DocumentError(KetenwijzerError):
    """A corpus file could not be read or parsed; names the file and the reason."""

    status_code = 422
    exit_code = 4

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"Kan '{path}' niet inlezen: {reason}")
        self.path = path
        self.reason = reason


class IndexNotReady(KetenwijzerError):
    """There is no usable index yet (not ingested, or built with another embedder)."""

    status_code = 503
    exit_code = 5


class IndexBusy(KetenwijzerError):
    """Another ingest holds the index lock."""

    status_code = 409
    exit_code = 6


class ConfigurationError(KetenwijzerError):
    """A setting names a backend or model that cannot be loaded here."""

    status_code = 500
    exit_code = 7


class BackendUnavailable(KetenwijzerError):
    """An external backend (LLM server, Chroma server, database) did not answer."""

    status_code = 503
    exit_code = 8
