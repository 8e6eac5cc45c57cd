"""``casefile records``, ``casefile review`` and ``casefile audit``: human decisions on records.

The CLI has the database itself, so it needs no token: ``--by NAME`` says who decides,
and the audit log records that name.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich import box
from rich.table import Table
from rich.text import Text

from casefile.cli.ledger import print_json
from casefile.cli.options import DbOption, JsonOption, choice, open_store, out
from casefile.cli.tables import excerpt
from casefile.records import to_dict
from casefile.store import AuditEntry, ReviewedRecord
from casefile.store.review import ACTIONS, EDITABLE, KINDS, parse_assignment

KIND_HELP = "allegation, figure or limitation"


def records(
    document: Annotated[str, typer.Argument(metavar="DOCUMENT", help="Document id or unique id prefix.")],
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List a document's records with their ids and review status (rejected ones too)."""
    with open_store(db) as store:
        found = store.reviewed_records(document)
    everything = [r for kind in KINDS for r in found[kind]]
    if as_json:
        print_json([_reviewed_dict(r) for r in everything])
        return
    table = _table(f"{len(everything)} records", ("kind", "id", "status", "by", "record", "evidence"))
    for r in everything:
        table.add_row(*(Text(str(cell or "")) for cell in (
            r.kind, r.id, r.status, r.reviewed_by, summary(r), excerpt(r.record.evidence, 60))))
    out().print(table)


def review(
    kind: Annotated[str, typer.Argument(parser=choice(KINDS, "record kind"), metavar="KIND", help=KIND_HELP)],
    record_id: Annotated[int, typer.Argument(metavar="ID", help="The record's id (see `casefile records DOC`).")],
    action: Annotated[
        str,
        typer.Argument(parser=choice(ACTIONS, "review action"), metavar="accept|reject|correct",
                       help="accept or reject the record as it is, or correct it with --set."),
    ],
    by: Annotated[str, typer.Option("--by", metavar="NAME", help="Who decides (kept in the audit log).")],
    assignments: Annotated[
        list[str] | None,
        typer.Option("--set", metavar="FIELD=VALUE",
                     help="With correct: a new value (repeatable). Lists comma-separated, empty to clear."),
    ] = None,
    note: Annotated[str | None, typer.Option(help="Why (kept in the audit log).")] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Accept, reject or correct one record; the decision is kept in the audit log.

    Editable fields: allegation: {allegation}; figure: {figure}; limitation: {limitation}.
    """
    fields = dict(parse_assignment(kind, a) for a in assignments or ()) or None
    with open_store(db) as store:
        decided = store.review(kind, record_id, action, by=by, fields=fields, note=note)
    if as_json:
        print_json(_reviewed_dict(decided))
        return
    out().print(Text(f"{kind} {record_id}: {decided.status} by {decided.reviewed_by} — {summary(decided)}"))


review.__doc__ = (review.__doc__ or "").format(**{kind: ", ".join(EDITABLE[kind]) for kind in KINDS})


def audit(
    kind: Annotated[
        str | None, typer.Option(parser=choice(KINDS, "record kind"), metavar="KIND", help=f"Only {KIND_HELP}.")
    ] = None,
    record_id: Annotated[int | None, typer.Option("--record", metavar="ID", help="Only this record (with --kind).")] = None,
    document: Annotated[str | None, typer.Option(metavar="ID", help="Only records of this document.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Most entries to show, newest first.")] = 50,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """The audit log: every review decision, newest first — who, when, which record, what changed."""
    with open_store(db) as store:
        entries = store.audit(kind=kind, record_id=record_id, document=document, limit=limit)
    if as_json:
        print_json([to_dict(e) for e in entries])
        return
    table = _table(f"{len(entries)} decisions", ("when", "by", "action", "record", "changes", "note"))
    for e in entries:
        table.add_row(*(Text(str(cell or "")) for cell in (
            e.at, e.by, e.action, f"{e.kind} {e.record_id}", changes_text(e), e.note)))
    out().print(table)


def _table(title: str, columns: tuple[str, ...]) -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _reviewed_dict(r: ReviewedRecord) -> dict[str, Any]:
    return to_dict(r)


def summary(r: ReviewedRecord) -> str:
    """A record in a few words: who accuses whom of what, the figure, or the limitation."""
    rec: Any = r.record
    if r.kind == "allegation":
        verb = "denies" if rec.stance == "denies" else "accuses"
        return f"{rec.speaker} {verb} {rec.accused}: {', '.join(rec.categories)}"
    if r.kind == "figure":
        return f"{rec.value} {rec.what} ({rec.category})"
    return f"{rec.speaker}: {rec.about}"


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "—"
    return str(value)


def changes_text(entry: AuditEntry) -> str:
    """``status: machine → corrected; value: 212 → 213``."""
    before, after = entry.before.get("values", {}), entry.after.get("values", {})
    parts = []
    if entry.before.get("status") != entry.after.get("status"):
        parts.append(f"status: {entry.before.get('status')} → {entry.after.get('status')}")
    parts += [f"{name}: {_shown(before.get(name))} → {_shown(after[name])}" for name in after
              if before.get(name) != after[name]]
    return "; ".join(parts) or "no change"
