"""``casefile show``: a document's metadata, its text with every evidence span marked, its records."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from casefile.cli.options import DbOption, open_store, out
from casefile.records import Allegation, Evidence, Figure, Limitation, StoredDocument

STYLES: dict[str, str] = {
    "allegation": "bold red",
    "denial": "bold cyan",
    "figure": "bold magenta",
    "limitation": "italic green",
}


@dataclass(frozen=True)
class Mark:
    """One numbered evidence span and the record it supports, described in a line."""

    number: int
    kind: str
    evidence: Evidence
    description: str

    @property
    def marker(self) -> str:
        return f"[{self.number}]"


def show(
    document: Annotated[str, typer.Argument(metavar="DOC_ID", help="Document id or a unique prefix of it.")],
    db: DbOption = None,
) -> None:
    """Show a document: metadata, its text with each evidence span marked and numbered, then the records."""
    with open_store(db) as store:
        doc = store.document(document)
        marks = number_marks(
            store.allegations(document=doc.id), store.figures(document=doc.id), store.limitations(document=doc.id)
        )
    console = out()
    console.print(metadata_table(doc, len(marks)))
    console.print(marked_text(doc.text, marks), soft_wrap=True)
    console.print()
    for mark in marks:
        console.print(mark_line(mark), soft_wrap=True)


def metadata_table(doc: StoredDocument, records: int) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    fields = {
        "id": doc.id, "title": doc.title, "publisher": doc.publisher, "published": doc.published,
        "origin": doc.origin, "type": doc.media_type, "ingested": doc.ingested_at,
        "pages": len(doc.pages) or None, "records": records,
    }
    for name, value in fields.items():
        if value is not None:
            table.add_row(name, Text(str(value)))
    return table


def number_marks(
    allegations: Sequence[Allegation], figures: Sequence[Figure], limitations: Sequence[Limitation]
) -> list[Mark]:
    """Every record as a :class:`Mark`, numbered 1, 2, … in document order."""
    unnumbered = [
        *((_allegation_kind(a), a.evidence, describe_allegation(a)) for a in allegations),
        *(("figure", f.evidence, describe_figure(f)) for f in figures),
        *(("limitation", lim.evidence, f"{lim.speaker}: {lim.about}") for lim in limitations),
    ]
    unnumbered.sort(key=lambda item: (item[1].start, item[1].end))
    return [Mark(n, kind, evidence, text) for n, (kind, evidence, text) in enumerate(unnumbered, start=1)]


def _allegation_kind(allegation: Allegation) -> str:
    return "denial" if allegation.stance == "denies" else "allegation"


def describe_allegation(a: Allegation) -> str:
    verb = "denies" if a.stance == "denies" else "accuses"
    parts = [f"{a.speaker} {verb} {a.accused}: {', '.join(a.categories)}"]
    if a.acts:
        parts.append(f"acts: {', '.join(a.acts)}")
    if a.hedged:
        parts.append("hedged")
    if a.responsibility:
        parts.append(f"responsibility: {a.responsibility}")
    if a.statement_date:
        parts.append(a.statement_date)
    return "; ".join(parts)


def describe_figure(f: Figure) -> str:
    source = f"; according to {f.attributed_to}" if f.attributed_to else ""
    qualifier = f"{f.qualifier} " if f.qualifier else ""
    return f"{qualifier}{f.value:,} {f.what} ({f.category}){source}"


def marked_text(text: str, marks: Sequence[Mark]) -> Text:
    """``text`` with each mark's span styled by kind and its marker ``[n]`` right after the span."""
    spans = [(m, *_clip(m.evidence, len(text))) for m in marks]
    inserts = sorted(((end, m) for m, _, end in spans), key=lambda item: (item[0], item[1].number))
    points = [at for at, _ in inserts]
    shifts = [0, *accumulate(len(m.marker) for _, m in inserts)]
    result = Text()
    previous = 0
    for at, mark in inserts:
        result.append(text[previous:at])
        result.append(mark.marker, style=f"{STYLES[mark.kind]} reverse")
        previous = at
    result.append(text[previous:])
    for mark, start, end in spans:
        out_start = start + shifts[bisect_right(points, start)]
        out_end = end + shifts[bisect_left(points, end)]
        result.stylize(STYLES[mark.kind], out_start, out_end)
    return result


def _clip(evidence: Evidence, length: int) -> tuple[int, int]:
    start = min(max(evidence.start, 0), length)
    return start, min(max(evidence.end, start), length)


def mark_line(mark: Mark) -> Text:
    """``[n] kind  description  “evidence”`` for the list under the text."""
    line = Text()
    line.append(mark.marker, style=f"{STYLES[mark.kind]} reverse")
    line.append(f" {mark.kind:<10} ", style=STYLES[mark.kind])
    line.append(mark.description)
    line.append(f"  “{mark.evidence.text}”", style="dim")
    if mark.evidence.page is not None:
        line.append(f" (p. {mark.evidence.page})", style="dim")
    return line
