"""``casefile eval``: score the extractor against a gold JSON Lines file."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from casefile.cli.options import err, out, progress_bar
from casefile.evaluation import report as reports
from casefile.evaluation import runner, scoring
from casefile.evaluation.gold import SPLIT_HELP


class Split(StrEnum):
    odd = "odd"
    even = "even"


def evaluate(
    gold: Annotated[Path, typer.Argument(metavar="GOLD.jsonl", help="Gold cases, one JSON object per line (SCHEMA.md).")],
    split: Annotated[
        Split | None, typer.Option(help=SPLIT_HELP)
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object: precision/recall/f1 and counts per measure.")
    ] = False,
    errors: Annotated[bool, typer.Option("--errors", help="Also print the misses and false hits, grouped by cause.")] = False,
) -> None:
    """Run the extractor over gold cases and report precision, recall and F1."""
    with progress_bar() as progress:
        task = progress.add_task("evaluating", total=None)
        result, mistakes = runner.evaluate(
            gold,
            split=split.value if split else None,
            progress=lambda done, total: progress.update(task, completed=done, total=total),
        )
    if as_json:
        typer.echo(json.dumps(result.to_json(), indent=2))
    else:
        out().print(reports.render_report(result))
    if errors:  # with --json, stdout stays one JSON object: the errors go to stderr
        (err() if as_json else out()).print(reports.render_errors(scoring.group_errors(mistakes)))


