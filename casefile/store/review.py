"""Human review of records: accept, reject or correct one record, with an audit trail.

A record's ``review`` column says where it stands:

- ``machine``: as the extractor wrote it; ``new``: added by a re-extraction of a document
  whose earlier records it does not match (see :func:`merge_reextraction`);
- ``accepted`` / ``rejected`` / ``corrected``: a person's decision. Rejected records leave
  the ledger (listings, analysis, export) but stay stored and reviewable.

A correction edits the fields in :data:`EDITABLE` (never the evidence: a record always
rests on the same words) and keeps the extractor's values in ``machine_values`` the first
time, so they stay recoverable. Every decision adds one :class:`AuditEntry` with the
record's status and values before and after. Re-extraction never touches a decided record.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from casefile.errors import InputError, NotFoundError
from casefile.records import ACTS, CATEGORIES, FIGURE_CATEGORIES, Allegation, Figure, Limitation
from casefile.store import rows
from casefile.store.models import (
    REVIEW_STATUSES,
    AllegationActRow,
    AllegationCategoryRow,
    AllegationRow,
    AuditRow,
    DocumentRow,
    FigureRow,
    LimitationRow,
)

Kind = Literal["allegation", "figure", "limitation"]
Status = Literal["machine", "new", "accepted", "rejected", "corrected"]
Action = Literal["accept", "reject", "correct"]
Record = Allegation | Figure | Limitation

KINDS: tuple[str, ...] = ("allegation", "figure", "limitation")
STATUSES: tuple[str, ...] = REVIEW_STATUSES
DECIDED: tuple[str, ...] = ("accepted", "rejected", "corrected")
ACTIONS: tuple[str, ...] = ("accept", "reject", "correct")
STATUS_OF_ACTION = {"accept": "accepted", "reject": "rejected", "correct": "corrected"}
MAX_TEXT = 255
MAX_SHORT = 64
MAX_NOTE = 2000

MODELS: dict[str, Any] = {"allegation": AllegationRow, "figure": FigureRow, "limitation": LimitationRow}


# --- field specifications -------------------------------------------------------------


@dataclass(frozen=True)
class FieldSpec:
    """One editable field: how a value is checked (``check``) and read from text (``parse``)."""

    name: str
    check: Callable[[str, Any], Any]
    parse: Callable[[str], Any]
    help: str


def _name(field: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{field} must be a non-empty text")
    if len(value.strip()) > MAX_TEXT:
        raise InputError(f"{field} is longer than {MAX_TEXT} characters")
    return value.strip()


def _optional_name(field: str, value: Any) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _name(field, value)


def _optional_short(field: str, value: Any) -> str | None:
    """Like :func:`_optional_name`, for the 64-character columns (qualifier, statement date)."""
    checked = _optional_name(field, value)
    if checked is not None and len(checked) > MAX_SHORT:
        raise InputError(f"{field} is longer than {MAX_SHORT} characters")
    return checked


def _text(field: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{field} must be a non-empty text")
    return value.strip()


def _choices(choices: tuple[str, ...], *, empty: bool) -> Callable[[str, Any], list[str]]:
    def check(field: str, value: Any) -> list[str]:
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise InputError(f"{field} must be a list of names, e.g. {choices[0]}")
        cleaned = list(dict.fromkeys(v.strip() for v in value if v.strip()))
        unknown = [v for v in cleaned if v not in choices]
        if unknown:
            raise InputError(f"{field}: {', '.join(unknown)} not known; expected any of: {', '.join(choices)}")
        if not cleaned and not empty:
            raise InputError(f"{field} needs at least one of: {', '.join(choices)}")
        return cleaned

    return check


def _one_of(choices: tuple[str, ...], *, optional: bool) -> Callable[[str, Any], str | None]:
    def check(field: str, value: Any) -> str | None:
        if optional and (value is None or value == ""):
            return None
        if value not in choices:
            raise InputError(f"{field} {value!r} is not known; expected one of: {', '.join(choices)}")
        return str(value)

    return check


def _bool(field: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise InputError(f"{field} must be true or false")
    return value


def _certainty(field: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InputError(f"{field} must be a number from 0 to 1")
    if not 0 <= value <= 1:
        raise InputError(f"{field} must be from 0 to 1, not {value}")
    return float(value)


def _count(field: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError(f"{field} must be a whole number of 0 or more")
    return value


def _optional_count(field: str, value: Any) -> int | None:
    return None if value is None else _count(field, value)


def _parse_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _parse_bool(text: str) -> bool | str:
    lowered = text.strip().lower()
    return {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}.get(lowered, text)


def _parse_number(text: str) -> float | str:
    try:
        return float(text)
    except ValueError:
        return text


def _parse_int(text: str) -> int | str | None:
    stripped = text.strip().replace(",", "")
    if not stripped:
        return None
    return int(stripped) if stripped.isdigit() else text


def _same(text: str) -> str:
    return text


def _spec(name: str, check: Callable[[str, Any], Any], parse: Callable[[str], Any], help: str) -> FieldSpec:
    return FieldSpec(name, check, parse, help)


EDITABLE: dict[str, dict[str, FieldSpec]] = {
    "allegation": {
        s.name: s
        for s in (
            _spec("speaker", _name, _same, "canonical name of who makes the statement"),
            _spec("speaker_person", _optional_name, _same, "the person speaking for the speaker (or empty)"),
            _spec("accused", _name, _same, "canonical name of the party accused (or denied for)"),
            _spec("categories", _choices(CATEGORIES, empty=False), _parse_list, "legal categories, comma-separated"),
            _spec("acts", _choices(ACTS, empty=True), _parse_list, "acts, comma-separated (may be empty)"),
            _spec("stance", _one_of(("asserts", "denies"), optional=False), _same, "asserts or denies"),
            _spec("hedged", _bool, _parse_bool, "true or false"),
            _spec("certainty", _certainty, _parse_number, "0 to 1"),
            _spec("responsibility", _one_of(("principal", "lesser"), optional=True), _same,
                  "principal, lesser or empty"),
            _spec("statement_date", _optional_short, _same, "YYYY-MM-DD, YYYY-MM, YYYY, a phrase, or empty"),
        )
    },
    "figure": {
        s.name: s
        for s in (
            _spec("value", _count, _parse_int, "the number reported"),
            _spec("low", _optional_count, _parse_int, "lower bound of a range (or empty)"),
            _spec("high", _optional_count, _parse_int, "upper bound of a range (or empty)"),
            _spec("qualifier", _optional_short, _same, "e.g. at least, about (or empty)"),
            _spec("what", _text, _same, "what is counted"),
            _spec("category", _one_of(FIGURE_CATEGORIES, optional=False), _same, "a figure category"),
            _spec("attributed_to", _optional_name, _same, "who reports the figure (or empty)"),
        )
    },
    "limitation": {
        s.name: s
        for s in (
            _spec("speaker", _name, _same, "who states the limitation"),
            _spec("about", _text, _same, "what could not be established"),
        )
    },
}


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise InputError(f"record kind {kind!r} is not known; expected one of: {', '.join(KINDS)}")
    return kind


def check_fields(kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` validated and normalised for a ``kind`` record. Raises InputError naming the field."""
    specs = EDITABLE[check_kind(kind)]
    unknown = [name for name in fields if name not in specs]
    if unknown:
        raise InputError(
            f"{kind} field {', '.join(map(repr, unknown))} cannot be corrected; editable: {', '.join(specs)}"
        )
    checked = {name: specs[name].check(name, value) for name, value in fields.items()}
    if kind == "figure":
        _check_range(checked)
    return checked


def _check_range(fields: dict[str, Any]) -> None:
    low, high = fields.get("low"), fields.get("high")
    if low is not None and high is not None and low > high:
        raise InputError(f"low ({low}) must not be above high ({high})")


def parse_assignment(kind: str, assignment: str) -> tuple[str, Any]:
    """``field=value`` as given on a command line, the value read per the field's type."""
    name, sep, text = assignment.partition("=")
    name = name.strip()
    specs = EDITABLE[check_kind(kind)]
    if not sep or name not in specs:
        raise InputError(
            f"--set {assignment!r}: expected FIELD=VALUE with FIELD one of: {', '.join(specs)}"
        )
    return name, specs[name].parse(text)


# --- rows: values, state, records -----------------------------------------------------


def values(kind: str, row: Any) -> dict[str, Any]:
    """The editable fields of a row, JSON-ready (categories and acts as lists)."""
    out: dict[str, Any] = {}
    for name in EDITABLE[kind]:
        if name == "categories":
            out[name] = [c.category for c in row.categories]
        elif name == "acts":
            out[name] = [a.act for a in row.acts]
        else:
            out[name] = getattr(row, name)
    return out


def _state(kind: str, row: Any) -> dict[str, Any]:
    return {"status": row.review, "values": values(kind, row)}


def _apply(kind: str, row: Any, changes: dict[str, Any], published: date | None) -> None:
    for name, value in changes.items():
        if name == "categories":
            row.categories = [AllegationCategoryRow(position=i, category=c) for i, c in enumerate(value)]
        elif name == "acts":
            row.acts = [AllegationActRow(position=i, act=a) for i, a in enumerate(value)]
        else:
            setattr(row, name, value)
    if kind == "allegation" and "statement_date" in changes:
        row.dated = rows.parse_statement_date(row.statement_date) or published


def record_of(kind: str, row: Any) -> Record:
    convert: dict[str, Callable[[Any], Record]] = {
        "allegation": rows.allegation, "figure": rows.figure, "limitation": rows.limitation,
    }
    return convert[kind](row)


@dataclass(frozen=True)
class ReviewedRecord:
    """A stored record with its id and review state; ``machine`` is the extractor's values if corrected."""

    kind: str
    id: int
    document: str
    status: str
    record: Record
    reviewed_by: str | None = None
    reviewed_at: str | None = None
    machine: dict[str, Any] | None = None


@dataclass(frozen=True)
class AuditEntry:
    """One decision: who (a token's name), when (UTC), on which record, and its state before and after."""

    id: int
    at: str
    by: str
    kind: str
    record_id: int
    document: str
    action: str
    before: dict[str, Any]
    after: dict[str, Any]
    note: str | None = None


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="seconds") + "+00:00"


def reviewed(kind: str, row: Any) -> ReviewedRecord:
    return ReviewedRecord(
        kind=kind,
        id=row.id,
        document=row.document_id,
        status=row.review,
        record=record_of(kind, row),
        reviewed_by=row.reviewed_by,
        reviewed_at=_iso(row.reviewed_at),
        machine=row.machine_values,
    )


def audit_entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        id=row.id, at=_iso(row.at) or "", by=row.by, kind=row.kind, record_id=row.record_id,
        document=row.document_id, action=row.action, before=row.before, after=row.after, note=row.note,
    )


def _select(kind: str) -> Any:
    model = MODELS[kind]
    stmt = select(model)
    if kind == "allegation":
        stmt = stmt.options(selectinload(AllegationRow.categories), selectinload(AllegationRow.acts))
    return stmt


def load(session: Session, kind: str, record_id: int) -> Any:
    row = session.scalars(_select(check_kind(kind)).where(MODELS[kind].id == record_id)).one_or_none()
    if row is None:
        raise NotFoundError(f"no {kind} with id {record_id}; list a document's records and their ids with "
                            "`casefile records DOC` (or GET /api/documents/DOC/records)")
    return row


def document_records(session: Session, document_id: str, kind: str) -> list[Any]:
    model = MODELS[kind]
    return list(session.scalars(_select(kind).where(model.document_id == document_id).order_by(model.seq)))


# --- deciding -------------------------------------------------------------------------


def decide(
    session: Session,
    kind: str,
    record_id: int,
    action: str,
    *,
    by: str,
    fields: dict[str, Any] | None = None,
    note: str | None = None,
) -> ReviewedRecord:
    """Apply one decision to one record and log it (in the caller's transaction)."""
    if action not in ACTIONS:
        raise InputError(f"review action {action!r} is not known; expected one of: {', '.join(ACTIONS)}")
    by = by.strip() if isinstance(by, str) else ""
    if not by:
        raise InputError("a review needs the name of who decides (the token's name, or --by NAME)")
    if note is not None and len(note) > MAX_NOTE:
        raise InputError(f"the note is longer than {MAX_NOTE} characters")
    row = load(session, kind, record_id)
    before = _state(kind, row)
    if action == "correct":
        _correct(session, kind, row, before["values"], fields or {})
    elif fields:
        raise InputError(f"fields are corrected only with the action 'correct', not {action!r}")
    now = datetime.now(UTC).replace(tzinfo=None)
    row.review, row.reviewed_by, row.reviewed_at = STATUS_OF_ACTION[action], by, now
    session.flush()
    after = _state(kind, row)
    session.add(AuditRow(
        at=now, by=by, kind=kind, record_id=row.id, document_id=row.document_id, action=action,
        before=before, after=after, note=note.strip() if note and note.strip() else None,
    ))
    session.flush()
    return reviewed(kind, row)


def _correct(session: Session, kind: str, row: Any, current: dict[str, Any], fields: dict[str, Any]) -> None:
    if not fields:
        raise InputError(f"a correction needs at least one field to change: {', '.join(EDITABLE[kind])}")
    checked = check_fields(kind, fields)
    changes = {name: value for name, value in checked.items() if value != current[name]}
    if not changes:
        raise InputError("the correction changes nothing; to confirm the record as it is, accept it")
    if kind == "figure":
        _check_range({**current, **changes})
    if row.machine_values is None:
        row.machine_values = current  # the extractor's values, kept once, before any human edit
    published = session.scalar(select(DocumentRow.published).where(DocumentRow.id == row.document_id))
    _apply(kind, row, changes, published)


# --- the audit log --------------------------------------------------------------------


def audit_query(*, kind: str | None, record_id: int | None, document_id: str | None) -> Any:
    stmt = select(AuditRow)
    if kind is not None:
        stmt = stmt.where(AuditRow.kind == check_kind(kind))
    if record_id is not None:
        stmt = stmt.where(AuditRow.record_id == record_id)
    if document_id is not None:
        stmt = stmt.where(AuditRow.document_id == document_id)
    return stmt


def audit_count(session: Session, stmt: Any) -> int:
    return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


# --- re-extraction --------------------------------------------------------------------


@dataclass(frozen=True)
class Reextraction:
    """What re-extracting one document did, over allegations, figures and limitations.

    ``kept``: records a person decided on, left as they are; ``covered``: machine records
    dropped because a decided record already covers them; ``replaced``: undecided old
    records removed; ``added``: machine records written, of which ``new`` did not match
    any earlier record.
    """

    document: str
    kept: int = 0
    covered: int = 0
    replaced: int = 0
    added: int = 0
    new: int = 0


def match_key(kind: str, start: int, end: int, fields: dict[str, Any]) -> tuple[Any, ...]:
    """How a record is recognised across extractions: its kind, evidence span and key fields."""
    keys = {"allegation": ("speaker", "accused", "stance"), "figure": ("value", "category"), "limitation": ("speaker",)}
    return (kind, start, end, *(fields.get(name) for name in keys[kind]))


def _row_keys(kind: str, row: Any) -> set[tuple[Any, ...]]:
    keys = {match_key(kind, row.start_offset, row.end_offset, values(kind, row))}
    if row.machine_values:
        keys.add(match_key(kind, row.start_offset, row.end_offset, row.machine_values))
    return keys


def _record_fields(record: Record) -> dict[str, Any]:
    return {name: getattr(record, name) for name in ("speaker", "accused", "stance", "value", "category")
            if hasattr(record, name)}


@dataclass
class _Merge:
    kept: int = 0
    covered: int = 0
    replaced: int = 0
    added: int = 0
    new: int = 0


def merge_reextraction(
    session: Session,
    document_id: str,
    published: date | None,
    fresh: dict[str, Sequence[Record]],
) -> Reextraction:
    """Replace a document's undecided records with ``fresh`` ones, keeping every decided record.

    A fresh record whose key (:func:`match_key`) matches a decided record (its current or
    its machine values) is dropped: the decision covers it. Any other fresh record is
    written, keeping the status of the undecided record it matches (``machine`` or ``new``)
    or, matching none, as ``new``. Records are renumbered in document order.
    """
    tally = _Merge()
    for kind in KINDS:
        _merge_kind(session, kind, document_id, published, fresh.get(kind, ()), tally)
    return Reextraction(document_id, tally.kept, tally.covered, tally.replaced, tally.added, tally.new)


def _merge_kind(
    session: Session, kind: str, document_id: str, published: date | None, fresh: Iterable[Record], tally: _Merge
) -> None:
    old = document_records(session, document_id, kind)
    decided = [row for row in old if row.review in DECIDED]
    covered = set().union(*(_row_keys(kind, row) for row in decided)) if decided else set()
    previous = {key: row.review for row in old if row.review not in DECIDED for key in _row_keys(kind, row)}
    for row in old:
        if row.review not in DECIDED:
            session.delete(row)
            tally.replaced += 1
    session.flush()
    ordered: list[tuple[int, int, int, int, Any]] = [
        (row.start_offset, row.end_offset, 0, row.seq, row) for row in decided
    ]
    for index, record in enumerate(fresh):
        key = match_key(kind, record.evidence.start, record.evidence.end, _record_fields(record))
        if key in covered:
            tally.covered += 1
            continue
        row = _new_row(kind, record, published)
        row.review = previous.get(key, "new")
        tally.added += 1
        tally.new += key not in previous
        ordered.append((record.evidence.start, record.evidence.end, 1, index, row))
    tally.kept += len(decided)
    for seq, (*_, row) in enumerate(sorted(ordered, key=lambda item: item[:4])):
        row.seq = seq
        session.add(row)
    session.flush()


def _new_row(kind: str, record: Any, published: date | None) -> Any:
    if kind == "allegation":
        return rows.allegation_row(record, seq=0, published=published)
    if kind == "figure":
        return rows.figure_row(record, seq=0)
    return rows.limitation_row(record, seq=0)
