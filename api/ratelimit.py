"""Rate limiting per client on the question, search and feedback endpoints: token buckets in
the service database.

A client is its API key when it sends a *configured* key (by a hash, never the key),
otherwise its IP address: a made-up key never gets a bucket of its own, so sending a new
random ``X-API-Key`` with every request does not get around the limit. Each client may ask ``rate_limit_per_minute`` questions in a burst and then one per
``60 / rate`` seconds; over that it gets 429 with ``Retry-After`` and a Dutch message. The
buckets live in the service database (SQLite in the data dir, or PostgreSQL with
``KETENWIJZER_DATABASE_URL``), so every worker process — on one machine or several — counts
against the same limit. One statement per question takes a token (an upsert that returns
whether it could). If that database is unreachable the limiter lets questions through and
logs it: a limiter must not take the service down. ``0`` switches it off. Behind a reverse
proxy, tell uvicorn which proxy addresses to trust for ``X-Forwarded-For``
(``FORWARDED_ALLOW_IPS``; by default only 127.0.0.1), so the client IP is the real one.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable

from fastapi import Depends, Request

from api.access import client_key_id, key_matches, presented_key
from api.service import Service, get_service
from ketenwijzer.database import Database, service_database, split_schema
from ketenwijzer.errors import BackendUnavailable, KetenwijzerError
from ketenwijzer.settings import Settings

log = logging.getLogger("ketenwijzer.api")
_CREATE = threading.Lock()
PRUNE_EVERY = 256
"""Every this many questions a process removes buckets that have long refilled."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS rate_buckets (
    client TEXT PRIMARY KEY,
    tokens {real} NOT NULL,
    stamp {real} NOT NULL,
    allowed INTEGER NOT NULL
)
"""


class RateLimited(KetenwijzerError):
    """Too many questions from one client; ``retry_after`` is in whole seconds."""

    status_code = 429
    exit_code = 10

    def __init__(self, retry_after: int) -> None:
        super().__init__(
            f"U stelt te veel vragen achter elkaar. Wacht {retry_after} seconde(n) en probeer het opnieuw."
        )
        self.retry_after = retry_after


class TokenBuckets:
    """Buckets of ``per_minute`` tokens per client, refilled continuously, kept in ``db``."""

    def __init__(self, db: Database, per_minute: int, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.clock = clock
        self._takes = 0
        if self.capacity > 0:
            real = "DOUBLE PRECISION" if db.dialect == "postgresql" else "REAL"
            db.ensure_schema(split_schema(_SCHEMA.format(real=real)))
        least = "LEAST" if db.dialect == "postgresql" else "MIN"
        # Tokens now = what was left plus the refill since the last question, at most the capacity.
        now_tokens = (
            f"{least}({self.capacity!r}, rate_buckets.tokens + "
            f"(excluded.stamp - rate_buckets.stamp) * {self.rate!r})"
        )
        self._take_sql = (
            "INSERT INTO rate_buckets (client, tokens, stamp, allowed) VALUES (?, ?, ?, 1) "
            "ON CONFLICT (client) DO UPDATE SET "
            f"tokens = CASE WHEN {now_tokens} >= 1 THEN {now_tokens} - 1 ELSE {now_tokens} END, "
            f"allowed = CASE WHEN {now_tokens} >= 1 THEN 1 ELSE 0 END, "
            "stamp = excluded.stamp "
            "RETURNING tokens, allowed"
        )

    def take(self, client: str) -> float:
        """Take one token for ``client``: 0.0 when allowed, else the seconds until one is free."""
        if self.capacity <= 0:
            return 0.0
        now = self.clock()
        with self.db.connect() as conn:
            tokens, allowed = conn.execute(self._take_sql, (client, self.capacity - 1.0, now)).fetchone()
            self._takes += 1
            if self._takes % PRUNE_EVERY == 0:
                full_after = self.capacity / self.rate + 60.0
                conn.execute("DELETE FROM rate_buckets WHERE stamp < ?", (now - full_after,))
        return 0.0 if allowed else (1.0 - float(tokens)) / self.rate

    def __len__(self) -> int:
        with self.db.connect() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM rate_buckets").fetchone()[0])


def client_id(request: Request, settings: Settings | None = None) -> str:
    """The rate-limit identity of a request: a configured API key's hash, else its IP address."""
    key = presented_key(request)
    if key and settings is not None:
        configured = [*settings.public_api_keys, *settings.admin_api_keys]
        if configured and key_matches(key, configured):
            return client_key_id(key)
    return "ip:" + (request.client.host if request.client else "onbekend")


def limiter_for(service: Service) -> TokenBuckets:
    """The service's buckets, created on first use from ``rate_limit_per_minute``."""
    with _CREATE:
        if service.rate_limiter is None:
            per_minute = int(service.settings.rate_limit_per_minute)
            service.rate_limiter = TokenBuckets(service_database(service.settings), per_minute)
        return service.rate_limiter


def rate_limit(request: Request, service: Service = Depends(get_service)) -> None:
    """FastAPI dependency: 429 with ``Retry-After`` when the client is over its limit."""
    if int(service.settings.rate_limit_per_minute) <= 0:
        return
    try:
        wait = limiter_for(service).take(client_id(request, service.settings))
    except BackendUnavailable as exc:
        log.warning("Snelheidslimiet overgeslagen: %s", exc)
        return
    if wait > 0:
        raise RateLimited(max(1, math.ceil(wait)))
