"""Logins for ``/beheer``: an admin key is exchanged for a session cookie with a CSRF token.

The browser sends the key once (``POST /beheer/api/login``) and gets an HttpOnly,
SameSite=Strict cookie scoped to ``/beheer``; the key itself is never stored by the page or
the server (only a hash of the session token is). Every other POST must carry the session's
CSRF token in ``X-CSRF-Token``. Sessions last ``beheer_session_hours`` and end when the admin
keys change (each session records a fingerprint of the key set). Sessions live in the service
database, so every worker process knows them.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import Depends, Request
from fastapi.responses import Response

from api.access import ADMIN_DISABLED, KEY_WRONG, Forbidden, Unauthorized, key_matches
from api.beheer_questions import stamp
from api.service import Service, get_service
from ketenwijzer.database import Database, service_database, split_schema
from ketenwijzer.settings import Settings

COOKIE = "kw_beheer"
COOKIE_PATH = "/beheer"
CSRF_HEADER = "x-csrf-token"
LOGIN_NEEDED = "U bent niet aangemeld voor beheer. Meld u aan met een beheersleutel."
CSRF_WRONG = (
    "Deze actie is geweigerd: het beveiligingstoken (CSRF) ontbreekt of klopt niet. Herlaad de pagina."
)
KEY_EMPTY = "Vul een beheersleutel in."
_CREATE = threading.Lock()

_SCHEMA = """
CREATE TABLE IF NOT EXISTS beheer_sessions (
    token_hash TEXT PRIMARY KEY,
    csrf TEXT NOT NULL,
    keys TEXT NOT NULL,
    expires_at TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class BeheerSession:
    """A logged-in maintainer: the session's CSRF token."""

    csrf: str


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def keys_fingerprint(settings: Settings) -> str:
    """A short hash of the configured admin keys (a session ends when they change)."""
    keys = sorted(k.get_secret_value() for k in settings.admin_api_keys)
    return hashlib.sha256("\0".join(["beheer-v1", *keys]).encode("utf-8", "surrogatepass")).hexdigest()[:32]


class BeheerSessions:
    """Maintainer sessions in the service database."""

    def __init__(self, db: Database, hours: float, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self.seconds = hours * 3600
        self.clock = clock
        db.ensure_schema(split_schema(_SCHEMA))

    def create(self, fingerprint: str) -> tuple[str, str]:
        """A new session: (cookie token, CSRF token); expired sessions are removed on the way."""
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        now = self.clock()
        with self.db.connect() as conn:
            conn.execute("DELETE FROM beheer_sessions WHERE expires_at < ?", (stamp(now),))
            conn.execute(
                "INSERT INTO beheer_sessions (token_hash, csrf, keys, expires_at) VALUES (?, ?, ?, ?)",
                (_hash(token), csrf, fingerprint, stamp(now + self.seconds)),
            )
        return token, csrf

    def lookup(self, token: str, fingerprint: str) -> BeheerSession | None:
        """The live session of ``token`` under the current keys, or None."""
        with self.db.connect() as conn:
            row = conn.execute(
                "SELECT csrf FROM beheer_sessions WHERE token_hash = ? AND keys = ? AND expires_at >= ?",
                (_hash(token), fingerprint, stamp(self.clock())),
            ).fetchone()
        return BeheerSession(str(row[0])) if row else None

    def end(self, token: str) -> None:
        """Log out: forget the session."""
        with self.db.connect() as conn:
            conn.execute("DELETE FROM beheer_sessions WHERE token_hash = ?", (_hash(token),))


def beheer_sessions(request: Request, service: Service) -> BeheerSessions:
    """The app's maintainer sessions, created on first use."""
    with _CREATE:
        store: BeheerSessions | None = getattr(request.app.state, "beheer_sessions", None)
        if store is None:
            store = BeheerSessions(service_database(service.settings), service.settings.beheer_session_hours)
            request.app.state.beheer_sessions = store
        return store


def check_admin_key(settings: Settings, key: str) -> None:
    """``Forbidden`` when admin is off, ``Unauthorized`` when ``key`` is none of the admin keys."""
    keys = list(settings.admin_api_keys)
    if not keys:
        raise Forbidden(ADMIN_DISABLED)
    if not key.strip():
        raise Unauthorized(KEY_EMPTY)
    if not key_matches(key.strip(), keys):
        raise Unauthorized(KEY_WRONG)


def login(request: Request, response: Response, service: Service, key: str) -> str:
    """Exchange an admin key for a session cookie on ``response``; returns the CSRF token."""
    check_admin_key(service.settings, key)
    token, csrf = beheer_sessions(request, service).create(keys_fingerprint(service.settings))
    response.set_cookie(
        COOKIE,
        token,
        max_age=int(service.settings.beheer_session_hours * 3600),
        path=COOKIE_PATH,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return csrf


def logout(request: Request, response: Response, service: Service) -> None:
    """End the session of this request and clear its cookie."""
    token = request.cookies.get(COOKIE)
    if token:
        beheer_sessions(request, service).end(token)
    response.delete_cookie(COOKIE, path=COOKIE_PATH, httponly=True, samesite="strict")


def current_session(request: Request, service: Service) -> BeheerSession:
    """The request's maintainer session: 403 when admin is off, 401 without a live session."""
    if not service.settings.admin_api_keys:
        raise Forbidden(ADMIN_DISABLED)
    token = request.cookies.get(COOKIE)
    found = (
        beheer_sessions(request, service).lookup(token, keys_fingerprint(service.settings)) if token else None
    )
    if found is None:
        raise Unauthorized(LOGIN_NEEDED)
    return found


def require_beheer(request: Request, service: Service = Depends(get_service)) -> BeheerSession:
    """FastAPI dependency: a logged-in maintainer."""
    return current_session(request, service)


def require_csrf(request: Request, session: BeheerSession = Depends(require_beheer)) -> BeheerSession:
    """FastAPI dependency for every state-changing request: the session's CSRF token in the header."""
    sent = request.headers.get(CSRF_HEADER, "")
    if not sent or not hmac.compare_digest(sent.encode(), session.csrf.encode()):
        raise Forbidden(CSRF_WRONG)
    return session
