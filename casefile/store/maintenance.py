"""Keeping a ledger safe: a consistent backup copy, and a check that it is still whole.

- :func:`backup` copies a SQLite database with SQLite's online backup API, so the copy
  is one consistent snapshot even while another process is writing. PostgreSQL has
  its own tool for that (``pg_dump``); asking for it here raises :class:`StoreError`
  saying so.
- :func:`check` reads a database without changing it (no migration) and lists every
  :class:`Problem`: a record citing words its document does not hold, a record
  without its document, a document whose id is not the hash of its text, a schema
  that is not at this casefile's migration head, and SQLite's own integrity check.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from casefile.errors import InputError, StoreError
from casefile.records import document_id
from casefile.store import sqlite
from casefile.store.engine import make_engine, safe_url
from casefile.store.migrate import head_revision
from casefile.store.models import (
    ActorMentionRow,
    ActorRow,
    AllegationActRow,
    AllegationCategoryRow,
    AllegationRow,
    DocumentRow,
    FigureRow,
    LimitationRow,
    PageRow,
)

PG_DUMP_HINT = "use pg_dump, e.g. pg_dump --format=custom --file=casefile.dump DBNAME, and pg_restore to restore"

# Record tables whose rows cite their document's text, with the label used in problems.
EVIDENCE_TABLES: tuple[tuple[str, Any], ...] = (
    ("allegation", AllegationRow),
    ("figure", FigureRow),
    ("actor mention", ActorMentionRow),
    ("limitation", LimitationRow),
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a database: where (a table, row or document) and what."""

    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


# --- backup ------------------------------------------------------------------------


def backup(url: str, path: str | Path) -> Path:
    """Copy the SQLite database at ``url`` to the new file ``path``; return its path.

    The copy is written beside ``path`` and renamed into place when complete, so a
    crash never leaves a half-written backup under that name. Raises
    :class:`InputError` if ``path`` exists, :class:`StoreError` if the database is
    not a SQLite file (PostgreSQL: use ``pg_dump``) or cannot be read.
    """
    source = _sqlite_file(url, action="back up")
    target = Path(path).expanduser().resolve()
    if target.exists():
        raise InputError(f"{target}: already exists; choose a new backup path or remove the old file first")
    if target == source:
        raise InputError(f"{target}: is the database itself; choose another path")
    if not target.parent.is_dir():
        raise InputError(f"{target.parent}: no such directory; create it first")
    partial = target.with_name(target.name + ".partial")
    try:
        sqlite.backup_file(source, partial)
        os.replace(partial, target)
    except sqlite.BACKUP_ERRORS as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"database {source} could not be backed up to {target}: {exc}") from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"backup {target} could not be written: {exc.strerror or exc}; check the disk") from exc
    return target


def _sqlite_file(url: str, *, action: str) -> Path:
    """The existing database file ``url`` names; StoreError for other databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        raise StoreError(f"database {safe_url(url)} is PostgreSQL, which casefile cannot {action} itself; {PG_DUMP_HINT}")
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        raise StoreError(f"database {safe_url(url)} is not a SQLite file; casefile can {action} only a SQLite file")
    file = Path(parsed.database).expanduser().resolve()
    if not file.is_file():
        raise StoreError(f"no database at {file}; check the path (or --db / $CASEFILE_DB)")
    return file


# --- check -------------------------------------------------------------------------


def check(url: str) -> list[Problem]:
    """Every problem found in the database at ``url``; empty when it is whole.

    Reads only: a database at an older revision is reported, not migrated. Raises
    :class:`StoreError` if the database cannot be opened at all.
    """
    if make_url(url).get_backend_name() == "sqlite":
        _sqlite_file(url, action="check")  # do not create an empty file by checking it
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return list(_problems(connection))
    except SQLAlchemyError as exc:
        raise StoreError(f"database {safe_url(url)} could not be read: {exc}") from exc
    finally:
        engine.dispose()


def _problems(connection: Connection) -> Iterator[Problem]:
    if connection.dialect.name == "sqlite":
        for message in sqlite.integrity_problems(connection):
            yield Problem("sqlite", f"integrity check: {message}; restore from a backup")
    tables = set(inspect(connection).get_table_names())
    yield from _revision(connection, tables)
    missing = [model.__tablename__ for model in _MODELS if model.__tablename__ not in tables]
    if missing:
        yield Problem("schema", f"missing tables {', '.join(missing)}; run `casefile migrate`")
        return
    yield from _orphans(connection)
    yield from _documents(connection)


_MODELS: tuple[Any, ...] = (
    DocumentRow, PageRow, ActorRow, ActorMentionRow, AllegationRow, AllegationCategoryRow,
    AllegationActRow, FigureRow, LimitationRow,
)


def _revision(connection: Connection, tables: set[str]) -> Iterator[Problem]:
    head = head_revision()
    if "alembic_version" not in tables:
        yield Problem("schema", f"no alembic_version table (expected revision {head}); run `casefile migrate`")
        return
    found = [row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))]
    if found != [head]:
        shown = ", ".join(found) or "none"
        yield Problem(
            "schema",
            f"migration revision {shown}, expected {head}; run `casefile migrate` "
            "(or upgrade casefile if the database is newer)",
        )


def _orphans(connection: Connection) -> Iterator[Problem]:
    """Rows pointing at a document, allegation or actor that is not there."""
    with_document = (*((label, model) for label, model in EVIDENCE_TABLES), ("page", PageRow))
    for label, model in with_document:
        stmt = (
            select(model.id, model.document_id)
            .outerjoin(DocumentRow, DocumentRow.id == model.document_id)
            .where(DocumentRow.id.is_(None))
        )
        for row_id, doc_id in connection.execute(stmt):
            yield Problem(f"{model.__tablename__} row {row_id}", f"{label} of document {doc_id[:12]}, which is not stored")
    for model in (AllegationCategoryRow, AllegationActRow):
        stmt = (
            select(model.allegation_id)
            .outerjoin(AllegationRow, AllegationRow.id == model.allegation_id)
            .where(AllegationRow.id.is_(None))
            .distinct()
        )
        for (allegation_id,) in connection.execute(stmt):
            yield Problem(f"{model.__tablename__}", f"rows of allegation {allegation_id}, which is not stored")
    stmt = (
        select(ActorMentionRow.id, ActorMentionRow.actor_id)
        .outerjoin(ActorRow, ActorRow.id == ActorMentionRow.actor_id)
        .where(ActorRow.id.is_(None))
    )
    for row_id, actor_id in connection.execute(stmt):
        yield Problem(f"actor_mentions row {row_id}", f"names actor {actor_id}, which is not stored")


def _documents(connection: Connection) -> Iterator[Problem]:
    """Per document: its id is its text's hash, and every span slices to the words quoted."""
    ids = list(connection.scalars(select(DocumentRow.id).order_by(DocumentRow.id)))
    for doc_id in ids:
        text_ = connection.scalar(select(DocumentRow.text).where(DocumentRow.id == doc_id)) or ""
        where = f"document {doc_id[:12]}"
        if document_id(text_) != doc_id:
            yield Problem(where, "its text does not hash to its id (the text was changed after ingest)")
        for label, model in EVIDENCE_TABLES:
            stmt = (
                select(model.id, model.start_offset, model.end_offset, model.evidence_text)
                .where(model.document_id == doc_id)
                .order_by(model.seq)
            )
            for row_id, start, end, quoted in connection.execute(stmt):
                if not 0 <= start <= end <= len(text_):
                    yield Problem(
                        f"{where}, {label} {row_id}",
                        f"evidence [{start}:{end}] lies outside the text (0..{len(text_)}); re-ingest the document",
                    )
                elif text_[start:end] != quoted:
                    yield Problem(
                        f"{where}, {label} {row_id}",
                        f"evidence [{start}:{end}] reads {text_[start:end][:60]!r}, "
                        f"but the record quotes {quoted[:60]!r}; re-ingest the document",
                    )
        pages = connection.execute(
            select(PageRow.number, PageRow.start_offset, PageRow.end_offset).where(PageRow.document_id == doc_id)
        )
        for number, start, end in pages:
            if not 0 <= start <= end <= len(text_):
                yield Problem(where, f"page {number} [{start}:{end}] lies outside the text (0..{len(text_)})")
