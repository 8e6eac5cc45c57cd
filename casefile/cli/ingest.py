"""``casefile ingest``: read, extract and store documents, one line per item."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.markup import escape

from casefile import service
from casefile.cli.options import DbOption, err, open_store, out, parse_iso_date, progress_bar


def ingest(
    inputs: Annotated[
        list[str],
        typer.Argument(metavar="PATH|URL|-", help="Files, directories (read recursively), URLs, or - for stdin."),
    ],
    published: Annotated[
        date | None,
        typer.Option(parser=parse_iso_date, metavar="YYYY-MM-DD", help="Publication date, overriding the source's."),
    ] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher, overriding the source's.")] = None,
    title: Annotated[str | None, typer.Option(help="Title, overriding the source's.")] = None,
    db: DbOption = None,
) -> None:
    """Read documents, extract their allegations, figures and actors, and store them.

    Documents already stored are reported as already known and not extracted again.
    Exits 1 if any item failed; the others are stored all the same.
    """
    items = service.expand(inputs)
    with open_store(db) as store, progress_bar() as progress:
        task = progress.add_task("ingesting", total=len(items))
        printer = progress.console if out().is_terminal and err().is_terminal else out()

        def report(outcome: service.IngestOutcome) -> None:
            printer.print(outcome_line(outcome), soft_wrap=True)
            progress.advance(task)

        summary = service.ingest(
            items, store=store, published=published, publisher=publisher, title=title, on_item=report
        )
    out().print(summary_line(summary), soft_wrap=True)
    if summary.failed:
        raise typer.Exit(1)


def outcome_line(outcome: service.IngestOutcome) -> str:
    """One item's line: stored (id, title, counts), already known, or failed (reason)."""
    if outcome.status == "failed":
        error = outcome.error or "unknown error"
        named = error if error.startswith(outcome.item) else f"{outcome.item}: {error}"
        return f"[red]failed[/]  {escape(named)}"
    short = (outcome.document_id or "")[:12]
    title = escape(outcome.title or outcome.item)
    if outcome.status == "known":
        return f"[yellow]known[/]   {short} {title} (already known)"
    counts = outcome.counts
    return (
        f"[green]stored[/]  {short} {title}: {_plural(counts.allegations, 'allegation')}, "
        f"{_plural(counts.figures, 'figure')}"
    )


def summary_line(summary: service.IngestSummary) -> str:
    """The batch in one line: stored (with record counts), already known, failed."""
    counts = summary.counts
    line = (
        f"{_plural(len(summary.stored), 'document')} stored "
        f"({_plural(counts.allegations, 'allegation')}, {_plural(counts.figures, 'figure')}), "
        f"{len(summary.known)} already known, {len(summary.failed)} failed"
    )
    return f"[red]{line}[/]" if summary.failed else line


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


