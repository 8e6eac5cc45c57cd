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
NO_WRAP = frozenset({"id", "doc", "date", "published", "ingested", "value", "stance", "hedged", "resp.", "low", "best", "high",
                     "spread"})
RATIOS = {"evidence": 3, "excerpt": 3, "values": 3}


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


# --- analysis ----------------------------------------------------------------------------


def _first_excerpt(reports: Sequence[Any], width: int = EXCERPT_WIDTH) -> str:
    """The first report's words, and how many more reports there are."""
    if not reports:
        return ""
    more = f" (+{len(reports) - 1} more)" if len(reports) > 1 else ""
    return excerpt(reports[0].evidence, width) + more


def _organs(names: Sequence[str], party: str) -> str:
    """The organs named in a merged step, when any is not the party itself."""
    return ", ".join(names) if any(name != party for name in names) else ""


def positions_table(timelines: Sequence[Any]) -> Table:
    columns = ("speaker", "by", "accused", "named", "date", "step", "from", "to", "hedged", "doc", "evidence",
               "earlier evidence")
    rows = (
        (
            t.speaker, _organs(s.speakers, t.speaker), t.accused, _organs(s.accused_as, t.accused), s.date, s.kind,
            ", ".join(s.previous), ", ".join(s.categories),
            "yes" if s.hedged else "", s.reports[0].evidence.document[:SHORT_DOC] if s.reports else "",
            _first_excerpt(s.reports), _first_excerpt((*s.previous_reports, *s.recalled)) if s.kind != "first" else "",
        )
        for t in timelines
        for s in t.steps
    )
    steps = sum(len(t.steps) for t in timelines)
    return _table(f"{_count(timelines, 'timeline')}, {steps} steps", columns, rows)


def claims_table(entries: Sequence[Any]) -> Table:
    columns = ("speaker", "accused", "categories", "stance", "reports", "docs", "first", "last", "linked", "evidence")
    rows = (
        (
            e.claim.speaker, e.claim.accused, ", ".join(e.claim.categories), e.claim.stance, e.claim.count,
            e.claim.documents, e.claim.first_reported, e.claim.last_reported, _linked(e),
            _first_excerpt(e.claim.reports),
        )
        for e in entries
    )
    return _table(_count(entries, "claim"), columns, rows)


def _linked(entry: Any) -> str:
    """Who denied this claim, or (for a denial) whose claims it answers."""
    denied = [f"denied by {ref.speaker}" for ref in entry.denied_by]
    answers = [f"answers {ref.speaker}: {', '.join(ref.categories)}" for ref in entry.answers]
    return "; ".join(dict.fromkeys([*denied, *answers]))


def relations_table(relations: Sequence[Any]) -> Table:
    columns = ("doc", "kind", "check", "cue", "evidence")
    rows = (
        (r.document[:SHORT_DOC], r.kind, r.shown, r.cue, " … ".join(excerpt(f.evidence, 40) for f in (r.total, *r.parts)))
        for r in relations
    )
    return _table(f"{_count(relations, 'figure relation')} within documents", columns, rows)


def figure_groups_table(groups: Sequence[Any]) -> Table:
    """Each group of reports of one figure: its range (low / best / high), every value and any fall."""
    columns = ("category", "counts", "about", "low", "best", "high", "spread", "docs", "best from", "flag", "values")
    rows = (
        (
            g.category, f"{g.unit} ({g.what})" if g.unit and g.unit != g.what else g.what, ", ".join(g.about),
            f"{g.low:,}", f"{g.best:,}", f"{g.high:,}", f"{g.spread:,}", g.documents, g.best_rule, _fall_flag(g),
            "; ".join(_group_value(v) for v in g.values),
        )
        for g in groups
    )
    return _table(f"{_count(groups, 'figure group')} across documents", columns, rows)


def _group_value(value: Any) -> str:
    """``1,940 (2024-04-22, 42fa031b, per health ministry)`` with a stated range and qualifier when there are."""
    shown = f"{value.value:,}"
    if value.low is not None and value.high is not None and value.low != value.high:
        shown += f" [{value.low:,}–{value.high:,}]"
    if value.qualifier:
        shown = f"{value.qualifier} {shown}"
    where = [value.date or "undated", value.document[:SHORT_DOC]]
    if value.attributed_to:
        where.append(f"per {value.attributed_to}")
    return f"{shown} ({', '.join(where)})"


def _fall_flag(group: Any) -> str:
    """Which later reports fell below earlier ones; "cumulative toll fell" for a running count of the dead or hurt."""
    if not group.fell:
        return ""
    label = "cumulative toll fell" if group.flagged else "fell"
    drops = [
        f"{f.earlier:,} ({f.earlier_date}) → {f.later:,} ({f.later_date}{', same source' if f.same_source else ''})"
        for f in group.falls
    ]
    return f"{label}: " + "; ".join(drops) if drops else label


def ranges_table(ranges: Sequence[Any]) -> Table:
    """Figures whose text states a range ("between 30 and 40"), with low / best / high."""
    columns = ("doc", "date", "low", "best", "high", "best from", "category", "what", "evidence")
    rows = (
        (
            r.figure.evidence.document[:SHORT_DOC], r.date, f"{r.low:,}", f"{r.best:,}", f"{r.high:,}", r.rule,
            r.figure.category, r.figure.what, excerpt(r.figure.evidence),
        )
        for r in ranges
    )
    return _table(f"{_count(ranges, 'figure')} stating a range", columns, rows)
