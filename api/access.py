"""API keys: admin keys for ``/api/admin/*``, optional public keys for the question endpoints.

A key comes in the ``X-API-Key`` header or as ``Authorization: Bearer <key>``. Keys are
compared in constant time against every configured key, and never logged or echoed. With no
admin key configured, the admin endpoints answer 403 (admin disabled); with no public key
configured, the public endpoints are open. An admin key also opens the public endpoints.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import time

from fastapi import Depends, Request
from pydantic import SecretStr

from api.service import Service, get_service
from ketenwijzer.errors import KetenwijzerError
from ketenwijzer.settings import Settings

ADMIN_DISABLED = "Beheer is uitgeschakeld: er is geen beheersleutel ingesteld (KETENWIJZER_ADMIN_API_KEYS)."
KEY_MISSING = "Deze functie vraagt een API-sleutel (kopregel X-API-Key of Authorization: Bearer)."
KEY_WRONG = "De API-sleutel is onjuist."
LINK_EXPIRED = (
    "Deze downloadlink is verlopen of ongeldig. Stel de notitie opnieuw op of vraag de link opnieuw op."
)
LINK_TTL_SECONDS = 3600
"""How long a signed download link works."""


class Unauthorized(KetenwijzerError):
    """No key, or a key that matches none of the configured keys."""

    status_code = 401
    exit_code = 9


class Forbidden(KetenwijzerError):
    """The operation is switched off on this server."""

    status_code = 403
    exit_code = 9


def presented_key(request: Request) -> str | None:
    """The key the client sent (``X-API-Key`` first, then a Bearer token), or None."""
    key = request.headers.get("x-api-key")
    if key:
        return key.strip() or None
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return None


def key_matches(presented: str, keys: list[SecretStr]) -> bool:
    """True when ``presented`` equals one of ``keys``; every key is compared in constant time."""
    given = presented.encode("utf-8", "surrogatepass")
    found = False
    for key in keys:
        found |= hmac.compare_digest(given, key.get_secret_value().encode("utf-8", "surrogatepass"))
    return found


def client_key_id(key: str) -> str:
    """A short, non-reversible name for a key (rate-limit buckets; never the key itself)."""
    return "key:" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _check(request: Request, keys: list[SecretStr]) -> None:
    key = presented_key(request)
    if key is None:
        raise Unauthorized(KEY_MISSING)
    if not key_matches(key, keys):
        raise Unauthorized(KEY_WRONG)


def require_admin(request: Request, service: Service = Depends(get_service)) -> None:
    """FastAPI dependency: a valid admin key, or 403 when admin is disabled / 401 otherwise."""
    keys = list(service.settings.admin_api_keys)
    if not keys:
        raise Forbidden(ADMIN_DISABLED)
    _check(request, keys)


def require_public(request: Request, service: Service = Depends(get_service)) -> None:
    """FastAPI dependency: when public keys are configured, a public (or admin) key is required."""
    public = list(service.settings.public_api_keys)
    if public:
        _check(request, public + list(service.settings.admin_api_keys))


# -- signed links ---------------------------------------------------------------
# A browser follows a download link without headers, so with public keys configured a
# download URL carries its own short-lived permission: ``?t=<expiry>.<signature>``, an HMAC
# over the path and expiry. The secret is derived from the configured keys, so every worker
# and every server with the same configuration accepts the same link, and rotating the keys
# revokes all links.
def _link_secret(settings: Settings) -> bytes:
    keys = sorted(k.get_secret_value() for k in [*settings.public_api_keys, *settings.admin_api_keys])
    material = "\0".join(["ketenwijzer-link-v1", *keys]).encode("utf-8", "surrogatepass")
    return hashlib.sha256(material).digest()


def _signature(settings: Settings, path: str, expires: int) -> str:
    mac = hmac.new(_link_secret(settings), f"{path}\0{expires}".encode(), hashlib.sha256)
    return mac.hexdigest()[:32]


def link_token(settings: Settings, path: str, ttl: int = LINK_TTL_SECONDS) -> str:
    """A token that lets a request for exactly ``path`` through until ``ttl`` seconds from now."""
    expires = int(time.time()) + ttl
    return f"{expires}.{_signature(settings, path, expires)}"


_TOKEN = re.compile(r"([0-9]{1,12})\.([0-9a-f]{32})", re.ASCII)
"""A download token: an expiry of ASCII digits, a dot, and a 32-hex-digit signature; nothing else."""


def link_valid(settings: Settings, path: str, token: str) -> bool:
    """True when ``token`` was made by ``link_token`` for ``path`` and has not expired."""
    match = _TOKEN.fullmatch(token)
    if match is None:
        return False
    expires = int(match.group(1))
    if expires < time.time():
        return False
    return hmac.compare_digest(match.group(2), _signature(settings, path, expires))


_TOKEN_IN_URL = re.compile(r"([?&](?:t|token|api_key|key)=)[^&#\s\"]*", re.I)


class RedactTokens(logging.Filter):
    """Logging filter: download tokens (``?t=…``) in access-log lines are replaced by ``***``."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's arguments (uvicorn passes the path with its query as one)."""
        if isinstance(record.args, tuple):
            record.args = tuple(
                _TOKEN_IN_URL.sub(r"\1***", a) if isinstance(a, str) else a for a in record.args
            )
        elif isinstance(record.msg, str):
            record.msg = _TOKEN_IN_URL.sub(r"\1***", record.msg)
        return True


def redact_access_log() -> None:
    """Install ``RedactTokens`` on uvicorn's access logger (once per process)."""
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, RedactTokens) for f in logger.filters):
        logger.addFilter(RedactTokens())


def app_path(request: Request) -> str:
    """The request path as the app routes it (without a proxy's ``root_path`` prefix)."""
    path = str(request.scope.get("path", ""))
    root = str(request.scope.get("root_path", "")).rstrip("/")
    return path[len(root) :] if root and path.startswith(root + "/") else path


def require_public_or_link(request: Request, service: Service = Depends(get_service)) -> None:
    """FastAPI dependency for downloads: a valid signed link (``?t=``) or what ``require_public`` asks."""
    settings = service.settings
    if not settings.public_api_keys:
        return
    token = request.query_params.get("t")
    if token is not None and presented_key(request) is None:
        if not link_valid(settings, app_path(request), token):
            raise Unauthorized(LINK_EXPIRED)
        return
    require_public(request, service)
