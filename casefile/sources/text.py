"""Plain text and Markdown: decoding bytes whose encoding nobody declared."""

from __future__ import annotations

import codecs

from casefile.errors import SourceError
from casefile.records import SourceDocument, normalize_text
from casefile.sources.dateline import split_dateline

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF_BYTES = 8192
# Control bytes that never occur in text (tab, newlines, form feed and escape do).
_BINARY_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
_MAX_BINARY_SHARE = 0.05
_LATIN1_FALLBACK = "casefile-latin1-fallback"


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode the five bytes Windows-1252 leaves undefined as Latin-1 (C1 controls)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error(_LATIN1_FALLBACK, _latin1_fallback)


def looks_binary(raw: bytes) -> bool:
    """True for bytes with a NUL anywhere or many control characters near the start.

    Only for text without a BOM: UTF-16/32 text is full of NULs.
    """
    if b"\x00" in raw:
        return True
    head = raw[:_SNIFF_BYTES]
    controls = sum(1 for byte in head if byte in _BINARY_BYTES)
    return bool(head) and controls / len(head) > _MAX_BINARY_SHARE


def decode_text(raw: bytes, origin: str, *, charset: str | None = None) -> str:
    """Decode text bytes: a BOM, else UTF-8, else ``charset`` if declared, else Windows-1252.

    Valid UTF-8 wins over a declared charset because servers often label UTF-8 as
    ISO-8859-1 by default. Windows-1252 never fails here: its five undefined bytes
    fall back to Latin-1, so an oddly encoded story is read rather than rejected.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _decode_bom(raw, encoding, origin)
    if looks_binary(raw):
        raise SourceError(origin, "looks binary, not text", "check the file; only text, HTML and PDF are read")
    for encoding in ("utf-8", charset):
        if encoding is None:
            continue
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("cp1252", errors=_LATIN1_FALLBACK)


def _decode_bom(raw: bytes, encoding: str, origin: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        name = encoding.upper()
        reason = f"starts with a {name} byte-order mark but is not valid {name}"
        raise SourceError(origin, reason, "re-save it as UTF-8") from exc


def read_text(origin: str, raw: bytes, media_type: str, *, charset: str | None = None) -> SourceDocument:
    """A text or Markdown document; a leading ``date YYYY-MM-DD`` line sets ``published``."""
    decoded = normalize_text(decode_text(raw, origin, charset=charset))
    published, body = split_dateline(decoded)
    text = normalize_text(body)
    if not text.strip():
        reason = "empty file" if published is None else "empty file (nothing after the date line)"
        raise SourceError(origin, reason, "check the file has text")
    return SourceDocument(
        origin=origin, media_type=media_type, text=text, raw=raw, published=published, title=heading(text)
    )


def heading(text: str) -> str | None:
    """The first line when it reads as a headline: short, followed by a blank line, no closing stop."""
    first, _, rest = text.partition("\n")
    title = first.strip().lstrip("#").strip()
    if not title or len(title) > 160 or title[-1] in ".,;:" or not rest.startswith("\n"):
        return None
    return title
