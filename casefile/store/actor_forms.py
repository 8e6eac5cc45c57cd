"""How each actor is written and what it is part of, without reading every mention.

:meth:`Store.actors` counts mentions and documents: an aggregate over every mention,
seconds at a million records. The analysis mostly needs less -- each actor's kind, the
whole it is part of and the words it is written as -- and ``actor_forms`` keeps exactly
that: the distinct (actor, surface, part_of) triples of the mentions, a few per actor.

Every ORM write of a mention adds its triple (:func:`track`, a ``before_flush`` hook on the
store's sessions); :meth:`Store.save`, which inserts in bulk past the ORM, calls
:func:`remember` itself; other bulk loads call :func:`rebuild`. Triples left
from mentions since deleted (a re-extraction that no longer finds a surface) stay: the
forms are every way an actor has been written, which is what their readers want.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, event, insert, select
from sqlalchemy.orm import Session, sessionmaker

from casefile.store.models import ActorFormRow, ActorMentionRow, ActorRow

Form = tuple[int, str, str | None]


@dataclass(frozen=True)
class ActorForms:
    """An actor's kind, the ways it is written and the whole it is part of (no counts)."""

    name: str
    kind: str
    surfaces: tuple[str, ...]
    part_of: str | None = None


def _forms_of(mentions: Iterable[ActorMentionRow]) -> set[Form]:
    return {(m.actor_id, m.surface, m.part_of) for m in mentions if m.actor_id is not None}


def remember(session: Session, forms: set[Form]) -> None:
    """Add the triples ``actor_forms`` does not hold yet (one lookup by actor)."""
    if not forms:
        return
    with session.no_autoflush:
        known: set[Form] = {
            (actor_id, surface, part_of)
            for actor_id, surface, part_of in session.execute(
                select(ActorFormRow.actor_id, ActorFormRow.surface, ActorFormRow.part_of).where(
                    ActorFormRow.actor_id.in_({actor_id for actor_id, _, _ in forms})
                )
            )
        }
    session.add_all(
        ActorFormRow(actor_id=actor_id, surface=surface, part_of=part_of)
        for actor_id, surface, part_of in sorted(forms - known, key=str)
    )


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    remember(session, _forms_of(obj for obj in session.new if isinstance(obj, ActorMentionRow)))


def track(sessions: sessionmaker[Session]) -> None:
    """Keep ``actor_forms`` up to date on every flush of sessions made by ``sessions``."""
    event.listen(sessions, "before_flush", _before_flush)


def rebuild(connection: Connection) -> None:
    """Refill ``actor_forms`` from the mentions stored (after a bulk load, and in migration 0004)."""
    connection.execute(delete(ActorFormRow))
    distinct_forms = select(ActorMentionRow.actor_id, ActorMentionRow.surface, ActorMentionRow.part_of).distinct()
    connection.execute(insert(ActorFormRow).from_select(["actor_id", "surface", "part_of"], distinct_forms))


def read(session: Session) -> list[ActorForms]:
    """Every actor with a stored form, by name; ``part_of`` as :meth:`Store.actors` gives it (the greatest)."""
    stmt = select(ActorRow.name, ActorRow.kind, ActorFormRow.surface, ActorFormRow.part_of).join(
        ActorFormRow, ActorFormRow.actor_id == ActorRow.id
    )
    found: dict[str, tuple[str, dict[str, None], list[str]]] = {}
    # plain rows, sorted here (code point order, as the store's collations): thousands of them
    for name, kind, surface, part_of in sorted(session.connection().execute(stmt), key=_by_name_surface):
        _, surfaces, parents = found.setdefault(name, (kind, {}, []))
        surfaces[surface] = None
        if part_of:
            parents.append(part_of)
    return [
        ActorForms(name, kind, tuple(surfaces), max(parents) if parents else None)
        for name, (kind, surfaces, parents) in found.items()
    ]


def links(session: Session) -> list[ActorForms]:
    """What :func:`read` gives without the surfaces (``surfaces`` empty): one row per actor and link, not per form."""
    stmt = select(ActorRow.name, ActorRow.kind, ActorFormRow.part_of).distinct().join(
        ActorFormRow, ActorFormRow.actor_id == ActorRow.id
    )
    found: dict[str, tuple[str, list[str]]] = {}
    for name, kind, part_of in sorted(session.connection().execute(stmt), key=lambda row: row[0]):
        _, parents = found.setdefault(name, (kind, []))
        if part_of:
            parents.append(part_of)
    return [ActorForms(name, kind, (), max(parents) if parents else None) for name, (kind, parents) in found.items()]


def _by_name_surface(row: Any) -> tuple[str, str]:
    return row[0], row[2]
