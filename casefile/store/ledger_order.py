"""The order the ledger lists allegations in, kept on each allegation so an index serves it.

Allegations are listed oldest-ingested document first, then in document order:
``(documents.ingested_at, document_id, seq)``. A sort on another table's column cannot use
an index on ``allegations``, so a first page would mean sorting every match (a hundred
thousand rows for a party in the news). Each allegation therefore keeps a copy of its
document's ``ingested_at`` -- fixed once the document is stored -- and the indexes on
``(party, ingested_at, document_id, seq)`` hand out pages in order.

Every ORM write of a new allegation gets the copy (:func:`track`, a ``before_flush`` hook
on the store's sessions); :meth:`Store.save`, which inserts in bulk past the ORM, sets it
itself; other bulk loads call :func:`backfill`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, event, select, update
from sqlalchemy.orm import Session, sessionmaker

from casefile.store.models import AllegationRow, DocumentRow

ORDER = (AllegationRow.ingested_at, AllegationRow.document_id, AllegationRow.seq)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    missing = [obj for obj in session.new if isinstance(obj, AllegationRow) and obj.ingested_at is None]
    if not missing:
        return
    times: dict[str, datetime] = {
        obj.id: obj.ingested_at for obj in session.new if isinstance(obj, DocumentRow) and obj.ingested_at
    }
    wanted = {row.document_id for row in missing} - set(times)
    if wanted:
        with session.no_autoflush:
            stmt = select(DocumentRow.id, DocumentRow.ingested_at).where(DocumentRow.id.in_(wanted))
            times.update((doc_id, at) for doc_id, at in session.execute(stmt))
    for row in missing:
        row.ingested_at = times.get(row.document_id)


def track(sessions: sessionmaker[Session]) -> None:
    """Give every allegation written through sessions made by ``sessions`` its document's ingest time."""
    event.listen(sessions, "before_flush", _before_flush)


def backfill(connection: Connection) -> None:
    """Copy each document's ingest time onto its allegations that lack it (bulk loads, migration 0004)."""
    of_document = select(DocumentRow.ingested_at).where(DocumentRow.id == AllegationRow.document_id)
    connection.execute(
        update(AllegationRow).where(AllegationRow.ingested_at.is_(None)).values(ingested_at=of_document.scalar_subquery())
    )
