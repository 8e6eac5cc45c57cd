"""Listing commands: ``allegations``, ``figures``, ``actors``, ``documents``, ``search``."""

from __future__ import annotations

import json
from dataclasses import is_dataclass
from datetime import date
from typing import Annotated, Any

import typer

from casefile.analysis import FigureReport, figure_report
from casefile.cli import tables
from casefile.cli.options import DbOption, DocumentOption, JsonOption, choice, open_store, out, parse_iso_date
from casefile.records import CATEGORIES, FIGURE_CATEGORIES, to_dict

STANCES = ("asserts", "denies")


def print_json(value: Any) -> None:
    """``value`` as indented JSON on stdout (records through :func:`records.to_dict`)."""
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def _dicts(records: list[Any]) -> list[Any]:
    """Records (dataclasses or named tuples) as JSON-ready dicts."""
    return [to_dict(r) if is_dataclass(r) else r._asdict() for r in records]


def allegations(
    speaker: Annotated[str | None, typer.Option(help="Only statements by this speaker (name or alias).")] = None,
    accused: Annotated[str | None, typer.Option(help="Only statements about this accused party.")] = None,
    category: Annotated[
        str | None,
        typer.Option(parser=choice(CATEGORIES, "category"), metavar="CATEGORY",
                     help=f"Only this legal category: {', '.join(CATEGORIES)}."),
    ] = None,
    stance: Annotated[
        str | None,
        typer.Option(parser=choice(STANCES, "stance"), metavar="asserts|denies",
                     help="Only assertions or only denials."),
    ] = None,
    since: Annotated[
        date | None,
        typer.Option(parser=parse_iso_date, metavar="YYYY-MM-DD", help="Only statements made on or after this date."),
    ] = None,
    until: Annotated[
        date | None,
        typer.Option(parser=parse_iso_date, metavar="YYYY-MM-DD", help="Only statements made on or before this date."),
    ] = None,
    document: DocumentOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List allegations and denials: who accused whom of what, with the evidence."""
    with open_store(db) as store:
        found = store.allegations(
            speaker=speaker, accused=accused, category=category, stance=stance,
            since=since, until=until, document=document,
        )
    _print(found, as_json, tables.allegations_table)


def figures(
    category: Annotated[
        str | None,
        typer.Option(parser=choice(FIGURE_CATEGORIES, "figure category"), metavar="CATEGORY",
                     help=f"Only this kind of figure: {', '.join(FIGURE_CATEGORIES)}."),
    ] = None,
    document: DocumentOption = None,
    check: Annotated[
        bool, typer.Option("--check", help="Check sums and parts within documents; group reports of one figure across documents with "
                                    "low / best / high and the spread; list figures stating a range.")
    ] = False,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List figures (killed, injured, hostages, displaced, ...) with who reports them; --check adds them up."""
    if check:
        with open_store(db) as store:
            report = figure_report(store, document=document, category=category)
        _print_checks(report, as_json)
        return
    with open_store(db) as store:
        found = store.figures(document=document, category=category)
    _print(found, as_json, tables.figures_table)


def _print_checks(report: FigureReport, as_json: bool) -> None:
    """``figures --check``: the relations with holds/fails, the cross-document groups, the stated ranges."""
    if as_json:
        print_json(to_dict(report))
        return
    out().print(tables.relations_table(report.relations))
    out().print(tables.figure_groups_table(report.groups))
    if report.ranges:
        out().print(tables.ranges_table(report.ranges))


def actors(as_json: JsonOption = False, db: DbOption = None) -> None:
    """List the actors named in stored documents, with their mentions and names as written."""
    with open_store(db) as store:
        found = store.actors()
    _print(found, as_json, tables.actors_table)


def documents(as_json: JsonOption = False, db: DbOption = None) -> None:
    """List stored documents: id, title, publisher, date, origin (no text: see `show`)."""
    with open_store(db) as store:
        found = store.documents()
    if as_json:
        print_json([_without_text(to_dict(d)) for d in found])
    else:
        out().print(tables.documents_table(found))


def _without_text(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key not in ("text", "pages")}


def search(
    query: Annotated[str, typer.Argument(help="Words to find in document titles and text.")],
    limit: Annotated[int, typer.Option(min=1, help="Most documents to list.")] = 20,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Full-text search of stored documents; matched words are bracketed in the excerpt."""
    with open_store(db) as store:
        hits = store.search(query, limit=limit)
    if as_json:
        print_json(_dicts(hits))
    else:
        out().print(tables.search_table(query, hits))


def _print(records: list[Any], as_json: bool, table: Any) -> None:
    if as_json:
        print_json(_dicts(records))
    else:
        out().print(table(records))
