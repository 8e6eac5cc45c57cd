"""Web pages and files fetched over HTTP(S)."""

from __future__ import annotations

import dataclasses
from posixpath import splitext
from urllib.parse import urlsplit

import httpx

from casefile.errors import SourceError, UnsupportedSourceError
from casefile.records import SourceDocument
from casefile.sources.formats import CONTENT_TYPES, MEDIA_TYPES, parse_bytes, sniff_media_type, too_large

DEFAULT_TIMEOUT = 20.0
USER_AGENT = "casefile/0.1"
_RETRY_HINT = "check the address and your connection, then retry"


def is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


def read_url(url: str, *, limit: int, timeout: float = DEFAULT_TIMEOUT) -> SourceDocument:
    """GET ``url`` (redirects followed) and read it by its Content-Type, else its extension.

    ``publisher`` falls back to the URL's host when the page names none.
    """
    raw, content_type = _fetch(url, limit=limit, timeout=timeout)
    media_type, charset = _media_type(url, content_type, raw)
    document = parse_bytes(url, raw, media_type, url=url, charset=charset)
    if document.publisher is None:
        document = dataclasses.replace(document, publisher=urlsplit(url).hostname)
    return document


def _fetch(url: str, *, limit: int, timeout: float) -> tuple[bytes, str]:
    """The body (at most ``limit`` bytes, enforced while streaming) and the Content-Type."""
    headers = {"User-Agent": USER_AGENT}
    try:
        with httpx.Client(follow_redirects=True, timeout=timeout, headers=headers) as client:
            with client.stream("GET", url) as response:
                if not response.is_success:
                    reason = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
                    raise SourceError(url, reason, "check the address; retry later if the server is failing")
                return _read_limited(url, response, limit), response.headers.get("content-type", "")
    except httpx.TimeoutException as exc:
        reason = f"timed out after {timeout:g} s"
        raise SourceError(url, reason, "the server is slow or unreachable; retry later") from exc
    except httpx.InvalidURL as exc:
        raise SourceError(url, f"invalid URL: {exc}", "check the address") from exc
    except httpx.TransportError as exc:
        raise SourceError(url, f"connection failed: {exc or type(exc).__name__}", _RETRY_HINT) from exc
    except httpx.HTTPError as exc:
        raise SourceError(url, f"download failed: {exc or type(exc).__name__}", _RETRY_HINT) from exc


def _read_limited(url: str, response: httpx.Response, limit: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large(url, f"{int(declared):,} bytes", limit)
    body = bytearray()
    for chunk in response.iter_bytes():
        body.extend(chunk)
        if len(body) > limit:
            raise too_large(url, f"more than {limit:,} bytes", limit)
    return bytes(body)



def _media_type(url: str, content_type: str, raw: bytes) -> tuple[str, str | None]:
    """The media type to read the body as, and the declared charset if any."""
    mime, _, params = content_type.partition(";")
    mime = mime.strip().lower()
    charset = _charset(params)
    if mime in CONTENT_TYPES:
        return CONTENT_TYPES[mime], charset
    extension = splitext(urlsplit(url).path)[1].lower()
    if extension in MEDIA_TYPES:
        return MEDIA_TYPES[extension], charset
    if not mime or mime in ("application/octet-stream", "binary/octet-stream"):
        return sniff_media_type(raw), charset
    raise UnsupportedSourceError(
        url, f"unsupported content type {mime!r}",
        "casefile reads text/html, application/pdf, text/plain and text/markdown",
    )


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None
