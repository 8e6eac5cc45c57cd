"""Keeping the database safe: ``backup``, ``check`` and ``migrate``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from casefile.cli.options import DbOption, err, out
from casefile.config import database_url
from casefile.store import maintenance
from casefile.store.migrate import migrate as migrate_to_head


def backup(
    path: Annotated[Path, typer.Argument(metavar="PATH", help="The new backup file (must not exist yet).")],
    db: DbOption = None,
) -> None:
    """Copy the database to PATH consistently, even while another process is writing.

    SQLite only (its online backup API); for PostgreSQL use pg_dump.
    """
    written = maintenance.backup(database_url(db), path)
    out().print(f"backed up to {escape(str(written))}", soft_wrap=True)


def check(db: DbOption = None) -> None:
    """Verify the database: every evidence span, every record's document, the migration level.

    Exits 0 when it is whole, 1 with one line per problem otherwise. Changes nothing.
    """
    problems = maintenance.check(database_url(db))
    if not problems:
        out().print("ok: no problems found")
        return
    for problem in problems:
        err().print(f"[red]problem[/] {escape(str(problem))}", soft_wrap=True)
    err().print(f"[red]{len(problems)} problem{'s' if len(problems) != 1 else ''} found[/]")
    raise typer.Exit(1)


def migrate(db: DbOption = None) -> None:
    """Upgrade the database schema to this casefile's newest revision (creating it if need be)."""
    revision = migrate_to_head(database_url(db))
    out().print(f"database at revision {escape(revision)}")
