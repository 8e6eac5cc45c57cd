"""Options shared by several commands, the consoles, and opening the store."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from casefile.config import DB_ENV_VAR, database_url

if TYPE_CHECKING:
    from casefile.store import Store



# Width of tables written to a file or a pipe (a terminal's own width wins; so does $COLUMNS).
PIPED_WIDTH = 160


def out() -> Console:
    """A console on stdout, made when needed so ``$COLUMNS`` and redirections of the moment apply."""
    console = Console(highlight=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(highlight=False, width=PIPED_WIDTH)
    return console


def err() -> Console:
    """A console on stderr (progress, errors), made when needed like :func:`out`."""
    return Console(stderr=True, highlight=False)


def progress_bar() -> Progress:
    """A transient progress bar on stderr (drawn only on a terminal), leaving stdout alone."""
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err(),
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    )


def parse_iso_date(value: str) -> date:
    """A ``YYYY-MM-DD`` option value as a date (a usage error, exit 2, otherwise)."""
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date; expected YYYY-MM-DD, e.g. 2025-12-11") from exc


def choice(values: tuple[str, ...], what: str) -> Callable[[str], str]:
    """A parser accepting one of ``values`` (case and ``-``/``_`` forgiven), naming them all if not."""

    def parse(value: str) -> str:
        key = value.strip().lower().replace("-", "_").replace(" ", "_")
        if key not in values:
            raise typer.BadParameter(f"{value!r} is not a {what}; expected one of: {', '.join(values)}")
        return key

    return parse


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar=DB_ENV_VAR,
        metavar="URL|PATH",
        help="Database: a file path, sqlite:///path or postgresql://... (default ./casefile.db).",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
DocumentOption = Annotated[
    str | None,
    typer.Option("--document", metavar="ID", help="Only records from this document (id or unique id prefix)."),
]


@contextmanager
def open_store(db: str | None) -> Iterator[Store]:
    """The store at ``--db`` / ``$CASEFILE_DB`` / ``./casefile.db``, closed afterwards."""
    from casefile.store import Store

    store = Store.open(database_url(db))
    try:
        yield store
    finally:
        store.close()
