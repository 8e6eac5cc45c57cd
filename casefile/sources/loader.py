"""Expanding command-line inputs and reading each one into a :class:`SourceDocument`."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from casefile.config import max_source_bytes, url_timeout
from casefile.errors import CasefileError, SourceError, UnsupportedSourceError
from casefile.records import SourceDocument
from casefile.sources.formats import MEDIA_TYPES, SUPPORTED_EXTENSIONS, parse_bytes, sniff_media_type, too_large
from casefile.sources.url import is_url, read_url

STDIN = "-"
STDIN_ORIGIN = "<stdin>"


def expand_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """Each input in order, directories replaced by the supported files beneath them.

    Anything that is not a directory (files, ``-``, URLs, paths that do not exist)
    passes through unchanged, so :func:`read_source` reports its problem per item.
    """
    for item in inputs:
        if item != STDIN and not is_url(item) and os.path.isdir(item):
            yield from _walk(item)
        else:
            yield item


def _walk(directory: str) -> Iterator[str]:
    """Supported, non-hidden files under ``directory``, sorted by path; unlistable dirs as-is."""
    found: list[tuple[tuple[str, ...], str]] = []
    unreadable: list[str] = []
    for root, dirs, files in os.walk(directory, onerror=lambda exc: unreadable.append(str(exc.filename))):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in MEDIA_TYPES:
                path = os.path.join(root, name)
                found.append((Path(os.path.relpath(path, directory)).parts, path))
    yield from (path for _, path in sorted(found))
    yield from unreadable


def read_source(item: str, *, stdin: BinaryIO | None = None, timeout: float | None = None) -> SourceDocument:
    """Read a file path, ``-`` (``stdin``, default ``sys.stdin.buffer``) or http(s) URL.

    ``timeout``: seconds to wait on a URL's server (default ``$CASEFILE_TIMEOUT``, else 20).

    Raises :class:`SourceError` (:class:`UnsupportedSourceError` for unknown file
    types) naming the item, the reason and what to do; never anything else.
    """
    origin = STDIN_ORIGIN if item == STDIN else item
    try:
        limit = max_source_bytes()
        if item == STDIN:
            return _read_stdin(stdin if stdin is not None else sys.stdin.buffer, limit)
        if is_url(item):
            return read_url(item, limit=limit, timeout=timeout if timeout is not None else url_timeout())
        return _read_file(item, limit)
    except SourceError:
        raise
    except CasefileError as exc:
        raise SourceError(origin, str(exc)) from exc
    except Exception as exc:  # a bug or an unforeseen library failure: still one item's error
        raise SourceError(origin, f"unexpected error: {type(exc).__name__}: {exc}", "please report this") from exc


def _read_stdin(stream: BinaryIO, limit: int) -> SourceDocument:
    try:
        raw = stream.read(limit + 1)
    except OSError as exc:
        raise SourceError(STDIN_ORIGIN, f"could not read standard input: {exc}") from exc
    if len(raw) > limit:
        raise too_large(STDIN_ORIGIN, f"more than {limit:,} bytes", limit)
    return parse_bytes(STDIN_ORIGIN, raw, sniff_media_type(raw))


def _read_file(item: str, limit: int) -> SourceDocument:
    path = Path(item)
    if path.is_dir():
        raise SourceError(item, "is a directory, not a file",
                          "pass it to expand_inputs (the CLI reads directories recursively); check it is readable")
    if not path.exists():
        raise SourceError(item, "no such file", "check the path")
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        raise UnsupportedSourceError(
            item, f"unsupported file type {path.suffix or '(no extension)'!r}",
            f"supported: {', '.join(SUPPORTED_EXTENSIONS)}",
        )
    return parse_bytes(item, _read_bytes(path, item, limit), media_type)


def _read_bytes(path: Path, item: str, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise too_large(item, f"{size:,} bytes", limit)
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except PermissionError as exc:
        raise SourceError(item, "permission denied", "check the file's permissions") from exc
    except OSError as exc:
        raise SourceError(item, f"could not read file: {exc.strerror or exc}", "check the path and disk") from exc
    if len(raw) > limit:  # grew since stat
        raise too_large(item, f"more than {limit:,} bytes", limit)
    return raw
