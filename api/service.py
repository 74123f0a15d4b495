"""The service's shared state: settings, the session store, and the assistant once it is ready.

At startup a background thread makes the index usable: when there is no (complete) index it
ingests the corpus, waiting if another process holds the ingest lock; then it loads the index
and warms the embedder with one search, so the first real question is fast. Until then every
route that needs the assistant answers 503 (``IndexNotReady``) and ``/readyz`` says why.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from fastapi import Request

from api.sessions import SessionStore, open_session_store
from ketenwijzer.errors import IndexBusy, IndexNotReady, KetenwijzerError
from ketenwijzer.settings import Settings

if TYPE_CHECKING:
    from api.beheer_questions import QuestionLog
    from api.ingest_job import IngestJob
    from api.ratelimit import TokenBuckets
    from assistant.chain import Assistant

log = logging.getLogger("ketenwijzer.api")

BUSY_POLL_SECONDS = 1.0


class Service:
    """Everything a request handler needs, shared by all requests of one worker process."""

    def __init__(self, settings: Settings, sessions: SessionStore | None = None) -> None:
        self.settings = settings
        self.sessions: SessionStore = sessions or open_session_store(settings)
        self.status = "De service start op."
        self.failed = False
        self._assistant: Assistant | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.rate_limiter: TokenBuckets | None = None
        self.ingest_job: IngestJob | None = None
        self.question_log: QuestionLog | None = None

    # -- lifecycle --------------------------------------------------------------
    def start(self) -> None:
        """Prepare the index in a background thread (ingest if needed, load, warm up)."""
        self._thread = threading.Thread(target=self._prepare, name="ketenwijzer-prepare", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Ask the background thread to stop waiting (an ingest in progress runs to its end)."""
        self._stop.set()

    @property
    def ready(self) -> bool:
        """True once questions can be answered."""
        return self._assistant is not None

    def assistant(self) -> Assistant:
        """The assistant, or ``IndexNotReady`` with a Dutch explanation."""
        if self._assistant is None:
            raise IndexNotReady(f"Ketenwijzer is nog niet klaar: {self.status} Probeer het zo opnieuw.")
        return self._assistant

    def load(self) -> None:
        """Load the index (afresh) and swap the assistant in; questions are answered meanwhile."""
        from assistant.chain import Assistant
        from ingest.index import Index

        if not Index(self.settings).is_ready():
            raise IndexNotReady("Er is geen bruikbare index; start eerst een ingest.")
        if self._assistant is None:
            self.status = "De index wordt geladen."
        assistant = Assistant(self.settings)
        assistant.search("ketensamenwerking", 1)  # loads BM25, the vector store and the embedder
        self._assistant = assistant
        self.failed = False
        self.status = "Klaar."

    def _prepare(self) -> None:
        try:
            self._ensure_index()
            if self._stop.is_set():
                return
            self.load()
            log.info("Ketenwijzer is klaar om vragen te beantwoorden.")
        except KetenwijzerError as exc:
            self._fail(exc.message)
        except Exception as exc:  # the thread must never die silently
            log.exception("Voorbereiden van de index mislukt")
            self._fail(f"De index kon niet worden voorbereid ({type(exc).__name__}).")

    def _fail(self, message: str) -> None:
        self.failed = True
        self.status = message
        log.error("Ketenwijzer kan geen vragen beantwoorden: %s", message)

    def _ensure_index(self) -> None:
        from ingest.index import Index
        from ingest.pipeline import run_ingest

        index = Index(self.settings)
        while not self._stop.is_set() and not index.is_ready():
            self.status = "Het corpus wordt ingelezen en geïndexeerd."
            try:
                report = run_ingest(self.settings)
            except IndexBusy:
                self.status = "Een ander proces bouwt de index op; even geduld."
                self._stop.wait(BUSY_POLL_SECONDS)
                continue
            for err in report.errors:
                log.warning("Niet ingelezen: %s", err.message)
            if not index.is_ready():
                raise IndexNotReady(
                    f"Het corpus in '{self.settings.corpus_dir}' leverde geen bruikbare index op."
                )


def get_service(request: Request) -> Service:
    """FastAPI dependency: the app's ``Service``."""
    service: Service = request.app.state.service
    return service
