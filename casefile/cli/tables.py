"""Rich tables for the ledger's records (all values inserted as plain text, never markup)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from typing import Any

from rich import box
from rich.table import Table
from rich.text import Text

from casefile.records import Allegation, Evidence, Figure, StoredDocument

EXCERPT_WIDTH = 90
SHORT_ID = 12
SHORT_DOC = 8  # in record tables, where room is short


def excerpt(evidence: Evidence, width: int = EXCERPT_WIDTH) -> str:
    """The evidence words on one line, shortened to ``width``."""
    return textwrap.shorten(evidence.text, width=width, placeholder=" …") or evidence.text[:width]


# Short values never wrap; of the long ones, the evidence gets the most room.
NO_WRAP = frozenset({"id", "doc", "date", "published", "ingested", "value", "stance", "hedged", "resp."})
RATIOS = {"evidence": 3, "excerpt": 3}


def _count(items: Sequence[Any], noun: str) -> str:
    return f"{len(items)} {noun}" if len(items) == 1 else f"{len(items)} {noun}s"


def _table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Table:
    """A table of plain-text cells; columns empty in every row are left out to save room."""
    cells = [["" if cell is None else str(cell) for cell in row] for row in rows]
    keep = [i for i, _ in enumerate(columns) if not cells or any(row[i] for row in cells)]
    table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    for i in keep:
        column = columns[i]
        if column in NO_WRAP:
            table.add_column(column, no_wrap=True)
        else:
            table.add_column(column, overflow="fold", ratio=RATIOS.get(column, 1), min_width=6)
    for row in cells:
        table.add_row(*(Text(row[i]) for i in keep))
    return table


def allegations_table(allegations: Sequence[Allegation]) -> Table:
    columns = ("doc", "speaker", "accused", "categories", "acts", "stance", "hedged", "resp.", "date", "evidence")
    rows = (
        (
            a.evidence.document[:SHORT_DOC], a.speaker, a.accused, ", ".join(a.categories), ", ".join(a.acts),
            a.stance, "yes" if a.hedged else "", a.responsibility, a.statement_date, excerpt(a.evidence),
        )
        for a in allegations
    )
    return _table(_count(allegations, "allegation"), columns, rows)


def figures_table(figures: Sequence[Figure]) -> Table:
    columns = ("doc", "value", "category", "what", "attributed to", "qualifier", "evidence")
    rows = (
        (
            f.evidence.document[:SHORT_DOC], _value(f), f.category, f.what, f.attributed_to, f.qualifier,
            excerpt(f.evidence),
        )
        for f in figures
    )
    return _table(_count(figures, "figure"), columns, rows)


def _value(figure: Figure) -> str:
    if figure.low is not None and figure.high is not None and figure.low != figure.high:
        return f"{figure.value:,} ({figure.low:,}–{figure.high:,})"
    return f"{figure.value:,}"


def actors_table(actors: Sequence[Any]) -> Table:
    columns = ("name", "kind", "part of", "mentions", "documents", "written as")
    rows = (
        (a.name, a.kind, a.part_of, a.mentions, a.documents, "; ".join(a.surfaces))
        for a in actors
    )
    return _table(_count(actors, "actor"), columns, rows)


def documents_table(documents: Sequence[StoredDocument]) -> Table:
    columns = ("id", "title", "publisher", "published", "type", "origin", "ingested")
    rows = (
        (
            d.id[:SHORT_ID], d.title, d.publisher, d.published, d.media_type, d.origin, d.ingested_at[:10],
        )
        for d in documents
    )
    return _table(_count(documents, "document"), columns, rows)


def search_table(query: str, hits: Sequence[Any]) -> Table:
    columns = ("id", "title", "excerpt")
    rows = ((h.document[:SHORT_ID], h.title, h.snippet) for h in hits)
    return _table(f"{_count(hits, 'document')} matching {query!r}", columns, rows)
