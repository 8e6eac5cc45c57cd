"""Which reader handles which bytes: by extension, declared media type, or sniffing."""

from __future__ import annotations

import re

from casefile.config import MAX_SOURCE_BYTES_ENV_VAR
from casefile.errors import SourceError
from casefile.records import SourceDocument
from casefile.sources.html import read_html
from casefile.sources.pdf import read_pdf
from casefile.sources.text import read_text

MEDIA_TYPES: dict[str, str] = {
    ".htm": "text/html",
    ".html": "text/html",
    ".md": "text/markdown",
    ".pdf": "application/pdf",
    ".txt": "text/plain",
}
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(sorted(MEDIA_TYPES))

# Content-Type values servers send for the formats above (parameters stripped).
CONTENT_TYPES: dict[str, str] = {
    "text/html": "text/html",
    "application/xhtml+xml": "text/html",
    "application/pdf": "application/pdf",
    "application/x-pdf": "application/pdf",
    "text/plain": "text/plain",
    "text/markdown": "text/markdown",
    "text/x-markdown": "text/markdown",
}

_SNIFF_BYTES = 1024

# The longest stretch of text without a sentence end or line break casefile will read.
# Prose never comes near it; a run this long is a dump (tokens, base64, a table flattened
# into one line) and would take the parser minutes per chunk for nothing.
MAX_RUN_CHARS = 20_000
_BREAK = re.compile(r"[.!?\n\u2026\u3002]")


def sniff_media_type(raw: bytes) -> str:
    """PDF if it starts with ``%PDF``, HTML if it opens with ``<html`` or a doctype, else text."""
    head = raw[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%pdf"):
        return "application/pdf"
    if head.startswith((b"<!doctype html", b"<html")):
        return "text/html"
    return "text/plain"


def parse_bytes(
    origin: str, raw: bytes, media_type: str, *, url: str | None = None, charset: str | None = None
) -> SourceDocument:
    """The document in ``raw``, read as ``media_type`` (one of :data:`MEDIA_TYPES`' values)."""
    if not raw.strip():
        raise SourceError(origin, "empty file", "check the file has content")
    if media_type == "text/html":
        document = read_html(origin, raw, url=url)
    elif media_type == "application/pdf":
        document = read_pdf(origin, raw)
    else:
        document = read_text(origin, raw, media_type, charset=charset)
    check_runs(origin, document.text)
    return document


def check_runs(origin: str, text: str, *, limit: int = MAX_RUN_CHARS) -> None:
    """Refuse text holding more than ``limit`` characters with no sentence end or line break."""
    longest, last = 0, 0
    for match in _BREAK.finditer(text):
        longest = max(longest, match.start() - last)
        last = match.end()
    longest = max(longest, len(text) - last)
    if longest > limit:
        raise SourceError(
            origin,
            f"{longest:,} characters with no sentence end or line break (limit {limit:,})",
            "this is not prose casefile can read; split it into sentences or paragraphs",
        )


def too_large(origin: str, size: str, limit: int) -> SourceError:
    """The error for a source over ``limit`` bytes; ``size`` says how big it is."""
    return SourceError(origin, f"too large: {size} (limit {limit:,} bytes)",
                       f"set {MAX_SOURCE_BYTES_ENV_VAR} to a larger number of bytes to allow it")
