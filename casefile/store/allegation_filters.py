"""The allegation filters of the CLI, the API and the web pages as SQL conditions, and the reading.

One place builds the conditions for both the rows (:meth:`Store.allegations`, paged in
SQL) and their count (:meth:`Store.count_allegations`), so a page and its total always
agree. Party filters go through :mod:`casefile.store.parties`, so they are index lookups.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, false, literal, select, union_all
from sqlalchemy.orm import InstrumentedAttribute, Session

from casefile.errors import InputError
from casefile.records import CATEGORIES, Allegation
from casefile.store import parties, rows
from casefile.store.models import AllegationActRow, AllegationCategoryRow, AllegationRow

STANCES = ("asserts", "denies")
ID_CHUNK = 500  # ids per IN (...) list


@dataclass(frozen=True)
class AllegationFilters:
    """``speaker``/``accused``: case-insensitive substring of the canonical name or the words as
    written. ``since``/``until`` (inclusive) apply to the allegation's date (its statement date,
    else the document's publication date); undated ones are left out when either is given.
    ``speaker_names``/``accused_names``: exact canonical names, any of them (for the analysis,
    which knows which names belong together)."""

    speaker: str | None = None
    accused: str | None = None
    category: str | None = None
    stance: str | None = None
    since: date | None = None
    until: date | None = None
    speaker_names: Collection[str] | None = None
    accused_names: Collection[str] | None = None

    def __post_init__(self) -> None:
        _check_choice("stance", self.stance, STANCES)
        _check_choice("category", self.category, CATEGORIES)

    def conditions(self, session: Session) -> list[ColumnElement[bool]]:
        """The WHERE terms (party names are looked up in ``session``)."""
        found: list[ColumnElement[bool]] = []
        if self.speaker:
            found.append(parties.name_filter(session, self.speaker, AllegationRow.speaker, AllegationRow.speaker_text))
        if self.accused:
            found.append(parties.name_filter(session, self.accused, AllegationRow.accused, AllegationRow.accused_text))
        if self.speaker_names is not None:
            found.append(_one_of(AllegationRow.speaker, self.speaker_names))
        if self.accused_names is not None:
            found.append(_one_of(AllegationRow.accused, self.accused_names))
        if self.category:
            found.append(AllegationRow.categories.any(AllegationCategoryRow.category == self.category))
        if self.stance:
            found.append(AllegationRow.stance == self.stance)
        if self.since:
            found.append(AllegationRow.dated >= self.since)
        if self.until:
            found.append(AllegationRow.dated <= self.until)
        return found


def _one_of(column: InstrumentedAttribute[str], names: Collection[str]) -> ColumnElement[bool]:
    """``column`` is one of ``names`` exactly (none: nothing matches)."""
    wanted = sorted(set(names))
    if not wanted:
        return false()
    return column == wanted[0] if len(wanted) == 1 else column.in_(wanted)


def _check_choice(name: str, value: str | None, choices: tuple[str, ...]) -> None:
    if value is not None and value not in choices:
        raise InputError(f"{name} {value!r} is not known; expected one of: {', '.join(choices)}")


def load(session: Session, stmt: Select[Any]) -> list[Allegation]:
    """The allegations ``stmt`` (a select of :data:`COLUMNS`) finds, in its order, with categories and acts.

    Plain rows rather than ORM objects: reading thousands of allegations (a busy pair's
    timeline) costs a tenth of the time, which is most of such a query.
    """
    found = session.execute(stmt).all()
    categories, acts = _lists(session, [row.id for row in found])
    return [rows.allegation_of(row, categories.get(row.id, ()), acts.get(row.id, ())) for row in found]


COLUMNS = tuple(AllegationRow.__table__.c)


def _lists(session: Session, ids: list[int]) -> tuple[dict[int, tuple[str, ...]], dict[int, tuple[str, ...]]]:
    """Categories and acts by allegation id, in position order (one query per chunk of ids for both)."""
    found: dict[str, dict[int, list[str]]] = {"category": {}, "act": {}}
    for start in range(0, len(ids), ID_CHUNK):
        chunk = ids[start : start + ID_CHUNK]
        both = union_all(
            select(literal("category").label("kind"), AllegationCategoryRow.allegation_id,
                   AllegationCategoryRow.position, AllegationCategoryRow.category.label("value"))
            .where(AllegationCategoryRow.allegation_id.in_(chunk)),
            select(literal("act").label("kind"), AllegationActRow.allegation_id,
                   AllegationActRow.position, AllegationActRow.act.label("value"))
            .where(AllegationActRow.allegation_id.in_(chunk)),
        )
        for kind, allegation_id, _, value in sorted(session.execute(both), key=_by_allegation_position):
            found[kind].setdefault(allegation_id, []).append(value)
    categories, acts = ({key: tuple(values) for key, values in found[kind].items()} for kind in ("category", "act"))
    return categories, acts


def _by_allegation_position(row: Any) -> tuple[int, int]:
    return row[1], row[2]
