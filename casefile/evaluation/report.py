"""Rich renderings of a score report and of errors grouped by cause.

- :func:`render_report` → a :class:`rich.table.Table` (measure, P, R, F1, tp,
  predicted, gold);
- :func:`render_errors` → a :class:`rich.console.Group`: one header per cause with
  its count, then each error's case id, the start of the passage and gold vs
  predicted.

Both return renderables; the caller prints them (``console.print(...)``). Names
and passages are inserted as plain :class:`rich.text.Text`, never as markup.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from casefile.evaluation.gold import Allegation, Figure
from casefile.evaluation.scoring import DIGITS, Cause, ErrorItem, Report

TEXT_WIDTH = 160  # characters of the passage shown under each error


def render_report(report: Report, *, title: str | None = None) -> Table:
    """One row per measure; P, R and F1 to 3 places as in the JSON output."""
    table = Table(title=title or f"casefile evaluation ({report.cases} cases)")
    table.add_column("measure")
    for heading in ("P", "R", "F1", "tp", "predicted", "gold"):
        table.add_column(heading, justify="right")
    for name, measure in report.measures():
        table.add_row(
            name,
            f"{measure.precision:.{DIGITS}f}",
            f"{measure.recall:.{DIGITS}f}",
            f"{measure.f1:.{DIGITS}f}",
            str(measure.tp),
            str(measure.predicted),
            str(measure.gold),
        )
    return table


def render_errors(
    groups: Mapping[Cause, Sequence[ErrorItem]], *, limit: int | None = None, text_width: int = TEXT_WIDTH
) -> Group:
    """Errors by cause (from :func:`~casefile.evaluation.scoring.group_errors`).

    ``limit`` caps the errors shown per cause (the header still gives the full
    count); ``text_width`` is how much of each passage is shown.
    """
    parts: list[RenderableType] = []
    if not groups:
        parts.append(Text("No errors: every gold item was found and nothing else was predicted.", style="green"))
    for cause, items in groups.items():
        parts.append(Text(f"{cause} ({len(items)})", style="bold underline"))
        shown = items if limit is None else items[:limit]
        for item in shown:
            parts.append(_render_item(item, text_width))
        if len(shown) < len(items):
            parts.append(Text(f"  … {len(items) - len(shown)} more", style="dim"))
        parts.append(Text(""))
    return Group(*parts)


def _render_item(item: ErrorItem, text_width: int) -> Text:
    line = Text("  ")
    line.append(item.case_id, style="bold cyan")
    line.append("  ")
    line.append(textwrap.shorten(item.text, width=text_width, placeholder=" …"), style="dim")
    line.append("\n    gold:      ", style="green")
    line.append(_describe(item.gold))
    line.append("\n    predicted: ", style="red")
    line.append(_describe(item.predicted))
    return line


def _describe(record: Allegation | Figure | None) -> str:
    return "—" if record is None else record.describe()
