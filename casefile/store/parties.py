"""The party-name lookup behind the ``speaker``/``accused`` filters.

``--accused varnia`` matches every allegation whose canonical name *or* words as written
contain "varnia" (case-insensitive). Scanning a million allegations for a substring is
slow on any database, but the distinct (canonical name, words as written) pairs are
few: hundreds of parties, a handful of ways each is written. ``party_names`` keeps those
pairs; a filter finds the matching pairs there, then fetches allegations through the
index on the canonical name and re-checks the words as written on those rows only.

Every ORM write of an allegation adds its pairs (:func:`track`, a ``before_flush`` hook on
the store's sessions, so re-extractions and corrections do); :meth:`Store.save`, which
inserts in bulk past the ORM, calls :func:`remember` itself; other bulk loads call
:func:`rebuild`. Pairs left over from records since deleted or
corrected are harmless: they only widen the candidate names, and every row is re-checked.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    delete,
    event,
    false,
    func,
    insert,
    or_,
    select,
    union,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from casefile.store.models import AllegationRow, PartyNameRow

Pair = tuple[str, str]
MAX_LISTED = 500  # candidate names sent as a list; more go as a subquery (bind-parameter limits)


def pairs_of(rows: Iterable[AllegationRow]) -> set[Pair]:
    """The (canonical name, words as written) pairs of both parties of each allegation row."""
    found: set[Pair] = set()
    for row in rows:
        found.add((row.speaker, row.speaker_text))
        found.add((row.accused, row.accused_text))
    return found


def remember(session: Session, pairs: set[Pair]) -> None:
    """Add the pairs ``party_names`` does not hold yet (one lookup by the canonical names)."""
    if not pairs:
        return
    names = {name for name, _ in pairs}
    with session.no_autoflush:
        known: set[Pair] = {
            (name, written)
            for name, written in session.execute(
                select(PartyNameRow.name, PartyNameRow.written).where(PartyNameRow.name.in_(names))
            )
        }
    session.add_all(PartyNameRow(name=name, written=written) for name, written in sorted(pairs - known))


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    changed = [obj for obj in (*session.new, *session.dirty) if isinstance(obj, AllegationRow)]
    remember(session, pairs_of(changed))


def track(sessions: sessionmaker[Session]) -> None:
    """Keep ``party_names`` up to date on every flush of sessions made by ``sessions``."""
    event.listen(sessions, "before_flush", _before_flush)


def rebuild(connection: Connection) -> None:
    """Refill ``party_names`` from the allegations stored (after a bulk load, and in migration 0004)."""
    connection.execute(delete(PartyNameRow))
    every_pair = union(
        select(AllegationRow.speaker, AllegationRow.speaker_text),
        select(AllegationRow.accused, AllegationRow.accused_text),
    )
    connection.execute(insert(PartyNameRow).from_select(["name", "written"], every_pair))


def canonical_names(session: Session) -> list[str]:
    """Every canonical name an allegation gives a party, sorted."""
    return list(session.scalars(select(PartyNameRow.name).distinct().order_by(PartyNameRow.name)))


def name_filter(
    session: Session, needle: str, name: InstrumentedAttribute[str], written: InstrumentedAttribute[str]
) -> ColumnElement[bool]:
    """Rows whose ``name`` or ``written`` contains ``needle`` (case-insensitive, LIKE wildcards literal).

    The same test as ``lower(name) LIKE '%needle%' OR lower(written) LIKE ...``, but the
    candidate canonical names come from ``party_names``, so the database looks rows up by
    ``name`` instead of scanning them all.
    """
    by_name = contains(needle, PartyNameRow.name)
    found = session.execute(
        select(PartyNameRow.name, by_name).distinct().where(or_(by_name, contains(needle, PartyNameRow.written)))
    ).all()
    whole = {found_name for found_name, matched in found if matched}
    partly = {found_name for found_name, _ in found} - whole  # only some ways of writing them match
    tests = []
    if whole:
        tests.append(_one_of(name, whole, needle, PartyNameRow.name))
    if partly:
        tests.append(and_(_one_of(name, partly, needle, PartyNameRow.written), contains(needle, written)))
    return or_(*tests) if tests else false()


def _names_query(needle: str, column: InstrumentedAttribute[str]) -> Select[tuple[str]]:
    return select(PartyNameRow.name).distinct().where(contains(needle, column))


def _one_of(
    name: InstrumentedAttribute[str], names: set[str], needle: str, column: InstrumentedAttribute[str]
) -> ColumnElement[bool]:
    """``name = x`` for one name (an ordered index scan), ``IN (...)`` for a few, a subquery for many."""
    if len(names) == 1:
        return name == next(iter(names))
    if len(names) <= MAX_LISTED:
        return name.in_(sorted(names))
    return name.in_(_names_query(needle, column))


def contains(needle: str, column: Any) -> ColumnElement[bool]:
    """Case-insensitive substring test (LIKE wildcards in ``needle`` are literal)."""
    return func.lower(column).contains(needle.lower(), autoescape=True)
