"""Rate limiting per client on the question endpoints: a token bucket in memory, per process.

A client is its API key when it sends one (by a hash, never the key), otherwise its IP
address. Each client may ask ``rate_limit_per_minute`` questions in a burst and then one per
``60 / rate`` seconds; over that it gets 429 with ``Retry-After`` and a Dutch message.
The buckets live in the worker process: with N uvicorn workers the effective limit is N
times the setting (a shared limiter belongs in the reverse proxy). ``0`` switches it off.
Behind a reverse proxy, start uvicorn with ``--proxy-headers`` so the client IP is the real one.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from fastapi import Depends, Request

from api.access import client_key_id, presented_key
from api.service import Service, get_service
from ketenwijzer.errors import KetenwijzerError

_CREATE = threading.Lock()
MAX_CLIENTS = 10_000
"""Above this many tracked clients, buckets that have refilled completely are forgotten."""


class RateLimited(KetenwijzerError):
    """Too many questions from one client; ``retry_after`` is in whole seconds."""

    status_code = 429
    exit_code = 10

    def __init__(self, retry_after: int) -> None:
        super().__init__(
            f"U stelt te veel vragen achter elkaar. Wacht {retry_after} seconde(n) en probeer het opnieuw."
        )
        self.retry_after = retry_after


class TokenBucket:
    """Buckets of ``per_minute`` tokens per client, refilled continuously."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """Take one token for ``client``: 0.0 when allowed, else the seconds until one is free."""
        if self.capacity <= 0:
            return 0.0
        now = self.clock()
        with self._lock:
            tokens, stamp = self._buckets.get(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - stamp) * self.rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                if len(self._buckets) > MAX_CLIENTS:
                    self._forget_full(now)
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1.0 - tokens) / self.rate

    def _forget_full(self, now: float) -> None:
        full = [c for c, (t, s) in self._buckets.items() if t + (now - s) * self.rate >= self.capacity]
        for client in full:
            del self._buckets[client]

    def __len__(self) -> int:
        return len(self._buckets)


def client_id(request: Request) -> str:
    """The rate-limit identity of a request: its API key's hash, else its IP address."""
    key = presented_key(request)
    if key:
        return client_key_id(key)
    return "ip:" + (request.client.host if request.client else "onbekend")


def limiter_for(service: Service) -> TokenBucket:
    """The service's bucket set, created on first use from ``rate_limit_per_minute``."""
    with _CREATE:
        if service.rate_limiter is None:
            service.rate_limiter = TokenBucket(int(service.settings.rate_limit_per_minute))
        return service.rate_limiter


def rate_limit(request: Request, service: Service = Depends(get_service)) -> None:
    """FastAPI dependency: 429 with ``Retry-After`` when the client is over its limit."""
    wait = limiter_for(service).take(client_id(request))
    if wait > 0:
        raise RateLimited(max(1, math.ceil(wait)))
