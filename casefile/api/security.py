"""Settings of a running server, the signed double-submit CSRF token, response headers and the upload size cap."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSRF_COOKIE = "casefile_csrf"
CSRF_FIELD = "csrf_token"
MULTIPART_SLACK = 64 * 1024  # boundaries and headers around the file bytes

SECURITY_HEADERS = (
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; "
     b"base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
)


@dataclass(frozen=True)
class Settings:
    """What a server was started with. ``secret`` signs CSRF tokens (random per process unless given)."""

    max_bytes: int
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)


def new_csrf_token(settings: Settings) -> str:
    nonce = secrets.token_urlsafe(24)
    return f"{nonce}.{_sign(settings, nonce)}"


def csrf_ok(settings: Settings, cookie: str | None, submitted: str | None) -> bool:
    """The form's token equals the cookie's and carries this server's signature."""
    if not cookie or not submitted or not hmac.compare_digest(cookie, submitted):
        return False
    nonce, _, signature = cookie.partition(".")
    return bool(nonce) and hmac.compare_digest(signature, _sign(settings, nonce))


def _sign(settings: Settings, nonce: str) -> str:
    return hmac.new(settings.secret, nonce.encode(), hashlib.sha256).hexdigest()


class _BodyTooLarge(Exception):
    pass


class LimitsAndHeaders:
    """ASGI middleware: 413 for request bodies over the cap (declared or streamed); security headers on every response."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.cap = max_bytes + MULTIPART_SLACK
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in SECURITY_HEADERS if h[0] not in names)]
            await send(message)

        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.cap:
            await self._too_large(scope, send_with_headers)
            return
        received, over = 0, False

        async def counting_receive() -> Message:
            nonlocal received, over
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.cap:
                    over = True
                    raise _BodyTooLarge
            return message

        async def send_unless_over(message: Message) -> None:
            if not over:  # FastAPI turns the exception into its own 400 ("error parsing the body"): drop that
                await send_with_headers(message)

        try:
            await self.app(scope, counting_receive, send_unless_over)
        except _BodyTooLarge:
            pass
        if over and not started:
            await self._too_large(scope, send_with_headers)

    async def _too_large(self, scope: Scope, send: Any) -> None:
        message = f"the upload is larger than the limit of {self.max_bytes} bytes (set $CASEFILE_MAX_BYTES to change it)"
        if scope["path"].startswith("/api/"):
            import json

            body, kind = json.dumps({"detail": message}).encode(), b"application/json"
        else:
            from html import escape

            body = f"<!doctype html><title>Too large</title><h1>413 Too large</h1><p>{escape(message)}</p>".encode()
            kind = b"text/html; charset=utf-8"
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
