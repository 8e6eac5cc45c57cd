"""Data out: ``export`` (the whole ledger as JSONL, CSV or JSON-LD) and ``extract --jsonl`` (nothing stored)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from casefile import service
from casefile.analysis import claim_ledger
from casefile.analysis.claim_export import CLAIM_COLUMNS, claim_csv_row, claim_row
from casefile.cli.options import DbOption, open_store
from casefile.errors import InputError


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    jsonld = "jsonld"


def export(
    format: Annotated[
        Format,
        typer.Option(
            "--format", "-f",
            help="jsonl: one object per line; csv: fixed columns; "
            "jsonld: schema.org Claims and Web Annotation evidence.",
        ),
    ] = Format.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write here instead of stdout.")
    ] = None,
    include_rejected: Annotated[
        bool, typer.Option("--include-rejected", help="Also export records a reviewer rejected (review: rejected).")
    ] = False,
    claims: Annotated[
        bool, typer.Option("--claims", help="One row per claim (first/last reported, count, linked denials) "
                           "instead of one per report; csv or jsonl.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Export every allegation, figure and limitation with its document, evidence and review state.

    JSONL objects carry a "record" field (allegation, figure, limitation) and a
    "document" object; CSV has one fixed column set, lists joined with ";". Allegations
    carry their nearest CAMEO code and PLOVER event type. JSON-LD is one document:
    schema.org Claims and casefile Figures, each with a W3C Web Annotation of its evidence.
    Every record carries its id and review state (machine, new, accepted, corrected);
    rejected records are left out unless --include-rejected. Allegation rows carry the
    claim_id of the claim they report; --claims exports those claims, one row each.
    """
    if claims:
        _export_claims(format, output, include_rejected=include_rejected, db=db)
        return
    with open_store(db) as store, _opened(output) as stream:
        if format is Format.jsonld:
            _write_jsonld(service.export_jsonld(store, include_rejected=include_rejected), stream)
            return
        rows = service.export_rows(store, include_rejected=include_rejected)
        if format is Format.csv:
            _write_csv(rows, stream)
        else:
            _write_jsonl(rows, stream)


def _export_claims(format: Format, output: Path | None, *, include_rejected: bool, db: str | None) -> None:
    if format is Format.jsonld:
        raise InputError("--claims exports csv or jsonl; JSON-LD already has one schema.org Claim per report "
                         "(use --format csv or --format jsonl with --claims)")
    if include_rejected:
        raise InputError("--include-rejected does not apply to --claims: claims are built from the records "
                         "nobody rejected; export the reports with --include-rejected instead")
    with open_store(db) as store, _opened(output) as stream:
        rows = [claim_row(entry) for entry in claim_ledger(store)]
        if format is Format.csv:
            writer = csv.DictWriter(stream, fieldnames=CLAIM_COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(claim_csv_row(row) for row in rows)
        else:
            _write_jsonl(iter(rows), stream)


@contextmanager
def _opened(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    try:
        handle = path.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc}); check the directory exists") from exc
    with handle:
        yield handle


def _write_jsonl(rows: Iterator[dict], stream: TextIO) -> None:
    for row in rows:
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")


def _write_jsonld(document: dict, stream: TextIO) -> None:
    stream.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def _write_csv(rows: Iterator[dict], stream: TextIO) -> None:
    writer = csv.DictWriter(stream, fieldnames=service.EXPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(service.csv_row(row))


def extract(
    source: Annotated[str, typer.Argument(metavar="FILE|-", help="JSON Lines to read; - (the default) for stdin.")] = "-",
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help='Read JSON Lines: objects with "text" and optional "id" and "date".')
    ] = False,
) -> None:
    """Extract allegations and figures from JSON Lines; print one JSON line per input. Stores nothing.

    Each input object has "text" (optional "id" and "date" YYYY-MM-DD); each output
    line is {"id", "allegations", "figures"}.
    """
    if not jsonl:
        raise typer.BadParameter("only JSON Lines input is supported: pass --jsonl", param_hint="--jsonl")
    with _lines(source) as lines:
        for result in service.extract_cases(lines):
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            sys.stdout.flush()


@contextmanager
def _lines(source: str) -> Iterator[TextIO]:
    if source == "-":
        yield sys.stdin
        return
    try:
        handle = open(source, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror or exc}); check the path") from exc
    with handle:
        yield handle
