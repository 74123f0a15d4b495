"""An ingest started over the API: one at a time, in a background thread, then a reload.

``IngestJob.start`` refuses with ``IndexBusy`` (409) while an ingest runs in this process or
another process holds the data dir's ingest lock; otherwise it starts ``run_ingest`` in a
thread and returns at once. When the ingest ends the service loads the new index.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from api.service import Service
from ingest.pipeline import ingest_lock, run_ingest
from ketenwijzer.errors import IndexBusy, KetenwijzerError

log = logging.getLogger("ketenwijzer.api")

BUSY = "Er loopt al een ingest op deze index; wacht tot die klaar is en probeer het opnieuw."


class IngestJob:
    """The state of the latest API-started ingest of one service."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.state: dict[str, Any] = {"status": "idle", "detail": "Er is nog geen ingest gestart."}

    @property
    def running(self) -> bool:
        """True while the background ingest thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> dict[str, Any]:
        """Start an ingest in the background, or raise ``IndexBusy`` when one already runs."""
        with self._lock:
            if self.running:
                raise IndexBusy(BUSY)
            with ingest_lock(self.service.settings):  # another process ingesting: IndexBusy
                pass
            self.state = {"status": "running", "detail": "De ingest loopt.", "started_at": time.time()}
            self._thread = threading.Thread(target=self._run, name="ketenwijzer-admin-ingest", daemon=True)
            self._thread.start()
            return dict(self.state)

    def _progress(self, stage: str, done: int, total: int) -> None:
        """Record how far the running ingest is (``stage`` is 'lezen' or 'embedden')."""
        self.state = {**self.state, "stage": stage, "done": done, "total": total}

    def _run(self) -> None:
        started = self.state.get("started_at")
        try:
            report = run_ingest(self.service.settings, progress=self._progress)
            self._progress("laden", 0, 1)
            self.service.load()
            self.state = {
                "status": "done",
                "detail": "De ingest is klaar en de nieuwe index is geladen.",
                "started_at": started,
                "added": report.added,
                "changed": report.changed,
                "removed": report.removed,
                "errors": [e.message for e in report.errors],
                "problems": [
                    {"path": p.path, "reason": p.reason}
                    for p in [*report.errors, *getattr(report, "warnings", [])]
                ],
                "chunks_total": report.chunks_total,
                "seconds": round(report.seconds, 2),
            }
        except KetenwijzerError as exc:
            self.state = {"status": "failed", "detail": exc.message, "started_at": started}
        except Exception as exc:  # the thread must never die silently
            log.exception("Ingest via de API mislukt")
            self.state = {
                "status": "failed",
                "detail": f"De ingest is mislukt ({type(exc).__name__}).",
                "started_at": started,
            }


_CREATE = threading.Lock()


def ingest_job(service: Service) -> IngestJob:
    """The service's ingest job, created on first use."""
    with _CREATE:
        if service.ingest_job is None:
            service.ingest_job = IngestJob(service)
        return service.ingest_job
