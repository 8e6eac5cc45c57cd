"""Who is reviewing in this browser: a signed session cookie made once from a write token.

The reviewer types their write token once (``POST /session``); the server checks it and
sets ``casefile_session``: the token's *name* and an expiry, signed with the server's
secret. The token itself is never stored in the browser. The cookie is HttpOnly (page
scripts cannot read it), SameSite=Strict (other sites' pages cannot send it), Secure
when served over HTTPS, and lasts :data:`SESSION_SECONDS`, until the server restarts
(a new secret) or until its token is revoked (checked on every request). Every review
form also carries a signed double-submit CSRF token in ``casefile_review_csrf`` (see
:mod:`casefile.api.security`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from datetime import UTC, datetime, timedelta

from fastapi import Request, Response

from casefile.api.security import Settings, csrf_ok, new_csrf_token

SESSION_COOKIE = "casefile_session"
REVIEW_CSRF_COOKIE = "casefile_review_csrf"
SESSION_SECONDS = 8 * 3600
_DOMAIN = b"casefile-session\x00"  # keeps session signatures apart from CSRF ones


def _sign(settings: Settings, payload: str) -> str:
    return hmac.new(settings.secret, _DOMAIN + payload.encode(), hashlib.sha256).hexdigest()


def new_session(settings: Settings, name: str, *, now: float | None = None) -> str:
    expires = int((time.time() if now is None else now) + SESSION_SECONDS)
    payload = f"{base64.urlsafe_b64encode(name.encode()).decode()}.{expires}"
    return f"{payload}.{_sign(settings, payload)}"


def session_name(settings: Settings, cookie: str | None, *, now: float | None = None) -> str | None:
    """The reviewer's token name if ``cookie`` is a session this server signed and it has not expired."""
    opened = _open(settings, cookie, now=now)
    return None if opened is None else opened[0]


def _open(settings: Settings, cookie: str | None, *, now: float | None = None) -> tuple[str, datetime] | None:
    """(token name, when the session was issued, naive UTC) of a valid, unexpired session cookie, else None."""
    if not cookie or cookie.count(".") != 2:
        return None
    encoded, expires, signature = cookie.split(".")
    if not hmac.compare_digest(signature, _sign(settings, f"{encoded}.{expires}")):
        return None
    if not expires.isdigit() or int(expires) < (time.time() if now is None else now):
        return None
    try:
        name = base64.urlsafe_b64decode(encoded.encode()).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    issued = datetime.fromtimestamp(int(expires) - SESSION_SECONDS, UTC).replace(tzinfo=None)
    return name, issued


def reviewer(request: Request) -> str | None:
    """The signed-in reviewer's token name, if the session is valid and its token still exists.

    Revoking a token (``casefile token revoke NAME``) ends its sessions at once; so does
    making a new token of the same name after the session began (that is another token).
    """
    opened = _open(request.app.state.settings, request.cookies.get(SESSION_COOKIE))
    if opened is None:
        return None
    name, issued = opened
    created = request.app.state.store.token_created(name)
    # The cookie's expiry is whole seconds, so the issue time may read up to 1 s early.
    if created is None or created > issued + timedelta(seconds=1):
        return None
    return name


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def set_session(request: Request, response: Response, name: str) -> None:
    response.set_cookie(SESSION_COOKIE, new_session(request.app.state.settings, name), max_age=SESSION_SECONDS,
                        httponly=True, samesite="strict", secure=_secure(request), path="/")


def end_session(request: Request, response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, httponly=True, samesite="strict", secure=_secure(request), path="/")


def review_csrf(request: Request) -> str:
    """The CSRF token for this browser's review forms: its current one if still valid, else a new one."""
    settings = request.app.state.settings
    current = request.cookies.get(REVIEW_CSRF_COOKIE)
    return current if current and csrf_ok(settings, current, current) else new_csrf_token(settings)


def set_review_csrf(request: Request, response: Response, token: str) -> None:
    response.set_cookie(REVIEW_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=_secure(request), path="/")


def review_csrf_ok(request: Request, submitted: str | None) -> bool:
    return csrf_ok(request.app.state.settings, request.cookies.get(REVIEW_CSRF_COOKIE), submitted)
