"""Settings read from the environment and the command line, validated in one place."""

from __future__ import annotations

import os
from pathlib import Path

from casefile.errors import InputError

DEFAULT_DB_FILE = "casefile.db"
DB_ENV_VAR = "CASEFILE_DB"
MAX_SOURCE_BYTES_ENV_VAR = "CASEFILE_MAX_BYTES"
DEFAULT_MAX_SOURCE_BYTES = 200 * 1024 * 1024  # a 500-page report with images fits
TIMEOUT_ENV_VAR = "CASEFILE_TIMEOUT"
DEFAULT_TIMEOUT_SECONDS = 20.0

_SUPPORTED_SCHEMES = ("sqlite", "postgresql")


def database_url(value: str | None = None) -> str:
    """The SQLAlchemy URL to use: ``value``, else ``$CASEFILE_DB``, else ``./casefile.db``.

    A plain file path becomes ``sqlite:///<absolute path>``; a URL must be SQLite or
    PostgreSQL (``postgresql://`` is mapped to the psycopg driver).
    """
    raw = value or os.environ.get(DB_ENV_VAR) or DEFAULT_DB_FILE
    if "://" not in raw:
        return f"sqlite:///{Path(raw).expanduser().resolve()}"
    scheme = raw.split("://", 1)[0]
    base = scheme.split("+", 1)[0]
    if base not in _SUPPORTED_SCHEMES:
        raise InputError(
            f"database URL {raw!r}: scheme {scheme!r} is not supported; "
            "use a file path, sqlite:///path/to.db or postgresql://user@host/db"
        )
    if scheme == "postgresql":
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    return raw


def max_source_bytes() -> int:
    """Largest file or download casefile reads (``$CASEFILE_MAX_BYTES`` overrides)."""
    raw = os.environ.get(MAX_SOURCE_BYTES_ENV_VAR)
    if not raw:
        return DEFAULT_MAX_SOURCE_BYTES
    try:
        return int(raw)
    except ValueError as exc:
        raise InputError(f"${MAX_SOURCE_BYTES_ENV_VAR}={raw!r}: expected a whole number of bytes") from exc


def url_timeout() -> float:
    """Seconds to wait on a server before a URL fails (``$CASEFILE_TIMEOUT`` overrides)."""
    raw = os.environ.get(TIMEOUT_ENV_VAR)
    if not raw:
        return DEFAULT_TIMEOUT_SECONDS
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise InputError(f"${TIMEOUT_ENV_VAR}={raw!r}: expected a positive number of seconds, e.g. 20")
    return value
