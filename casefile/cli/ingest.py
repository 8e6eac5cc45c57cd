"""``casefile ingest``: read, extract and store documents, one line per item."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.markup import escape

from casefile import service
from casefile.cli.options import (
    DbOption,
    choice,
    err,
    open_store,
    out,
    parse_iso_date,
    progress_bar,
)
from casefile.engines import ENGINES, make_engine


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
    reextract: Annotated[
        bool,
        typer.Option("--reextract", help="Extract documents already stored again; reviewed records are kept."),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, metavar="N",
                     help="Extract in N processes (default 1); with --engine ray: N actors (default: every CPU)."),
    ] = None,
    engine: Annotated[
        str,
        typer.Option(parser=choice(ENGINES, "engine"), metavar="local|ray",
                     help="Where extraction runs: this machine, or a Ray cluster (needs the ray extra)."),
    ] = "local",
    address: Annotated[
        str | None,
        typer.Option(metavar="auto|ray://HOST:PORT",
                     help="The Ray cluster for --engine ray (default: start a local Ray on this machine's cores)."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Read documents, extract their allegations, figures and actors, and store them.

    Documents already stored are reported as already known and not extracted again,
    unless --reextract: then their undecided records are replaced by a fresh extraction,
    records a person accepted, rejected or corrected stay as they are, and records no
    earlier extraction had are marked new.
    Exits 1 if any item failed; the others are stored all the same. --jobs and --engine
    change only where extraction runs: the stored records are the same.
    """
    runner = make_engine(engine, jobs=jobs, address=address)
    items = service.expand(inputs)
    with open_store(db) as store, progress_bar() as progress:
        task = progress.add_task("ingesting", total=len(items))
        printer = progress.console if out().is_terminal and err().is_terminal else out()

        def report(outcome: service.IngestOutcome) -> None:
            printer.print(outcome_line(outcome), soft_wrap=True)
            progress.advance(task)

        summary = service.ingest(
            items, store=store, published=published, publisher=publisher, title=title, on_item=report,
            reextract=reextract, engine=runner,
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
    if outcome.status == "reextracted" and outcome.reextraction is not None:
        r = outcome.reextraction
        return (
            f"[cyan]re-extracted[/] {short} {title}: {r.kept} reviewed kept, {r.added} machine records "
            f"({r.new} new), {r.replaced} replaced"
        )
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
    if summary.reextracted:
        line += f", {len(summary.reextracted)} re-extracted"
    return f"[red]{line}[/]" if summary.failed else line


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


