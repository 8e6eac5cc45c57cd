"""store: the ledger in a real database (SQLAlchemy 2 + Alembic; SQLite default, PostgreSQL next).

Only this package writes. One transaction per document: stored whole or not at all.

Public API: :class:`Store` (``Store.open(url)``), :func:`migrate`, :func:`head_revision`,
and the result shapes :class:`ActorSummary`, :class:`SearchHit`, and (review)
:class:`ReviewedRecord`, :class:`AuditEntry`, :class:`Reextraction`. Everything
SQLite-specific lives in ``sqlite.py`` (connection pragmas) and ``fts.py`` (FTS5).
"""

from casefile.store.api import ActorSummary, Store
from casefile.store.migrate import head_revision, migrate
from casefile.store.review import AuditEntry, Reextraction, ReviewedRecord
from casefile.store.search import SearchHit

__all__ = [
    "ActorSummary", "AuditEntry", "Reextraction", "ReviewedRecord", "SearchHit", "Store", "head_revision", "migrate",
]
