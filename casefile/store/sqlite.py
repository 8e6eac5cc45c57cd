"""SQLite-only connection settings and transaction control; other dialects are untouched.

WAL lets readers (the web view) work while a writer saves; ``busy_timeout`` makes a
second writer wait instead of failing with "database is locked"; SQLite leaves
foreign keys off unless asked, per connection.

The sqlite3 driver's legacy mode emits no BEGIN before SELECT or DDL, so migrations
would not be atomic and reads would not be repeatable. As SQLAlchemy's SQLite docs
recommend, the driver's own transaction handling is switched off and BEGIN is emitted
here instead. Transactions marked with :data:`WRITE_OPTION` (saves, migrations) begin
IMMEDIATE: they take the write lock up front (queueing on ``busy_timeout``) so a
read-then-write transaction never fails on a snapshot another writer made stale.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event

BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "casefile_write"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def configure(engine: Engine) -> None:
    """Register the connect and begin hooks on ``engine`` if it is SQLite; a no-op otherwise."""
    if is_sqlite(engine):
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_begin)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # BEGIN is ours (see _on_begin)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    writes = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


# --- query planner statistics -----------------------------------------------------------

ANALYSIS_LIMIT = 1000  # rows sampled per index: statistics in milliseconds, good enough to plan with


def refresh_statistics(engine: Engine) -> None:
    """Sample the tables' statistics for SQLite's query planner (``ANALYZE`` with a row limit).

    Without them the planner cannot tell a party named in a hundred thousand allegations
    from one named in ten, and may walk the wrong index (SQLite's docs advise running it
    once a database has been written). A no-op on other databases, which keep their own.
    """
    if not is_sqlite(engine):
        return
    with engine.connect() as connection:
        connection.exec_driver_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        connection.exec_driver_sql("ANALYZE")
        connection.commit()


# --- maintenance (used by casefile.store.maintenance) --------------------------------


def backup_file(source: Path, target: Path) -> None:
    """Copy the database file ``source`` to ``target`` with SQLite's online backup API.

    One step: a single consistent snapshot, and writers are not blocked (WAL). The
    copy is switched out of WAL mode so it is one self-contained file. Raises
    ``sqlite3.Error``.
    """
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


BACKUP_ERRORS = (sqlite3.Error,)


def integrity_problems(connection: Connection) -> list[str]:
    """SQLite's own integrity check: empty when the file is sound."""
    found = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
    return [message for message in found if message != "ok"]
