"""Engines for a database URL, with dialect settings applied and errors made readable."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from casefile.errors import StoreError
from casefile.store import sqlite


def make_engine(url: str) -> Engine:
    """An engine for ``url`` (see :func:`casefile.config.database_url`). Raises StoreError."""
    try:
        engine = create_engine(url)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StoreError(
            f"database URL {safe_url(url)!r} is not usable: {exc}; "
            "pass a file path, sqlite:///path/to.db or postgresql://user@host/db"
        ) from exc
    sqlite.configure(engine)
    return engine


def for_writing(engine: Engine) -> Engine:
    """The same engine (and pool), with transactions marked as writers (see :mod:`.sqlite`)."""
    return engine.execution_options(**{sqlite.WRITE_OPTION: True})


def safe_url(url: str) -> str:
    """``url`` with any password masked, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable URL>"
