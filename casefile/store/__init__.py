"""store: the ledger in a real database (SQLAlchemy 2 + Alembic; SQLite default, PostgreSQL next).

Only this package writes. One transaction per document: stored whole or not at all.

Public API: :class:`Store` (``Store.open(url)``), :func:`migrate`, :func:`head_revision`,
and the result shapes :class:`ActorSummary`, :class:`ActorForms`, :class:`SearchHit`, and
(review) :class:`ReviewedRecord`, :class:`AuditEntry`, :class:`Reextraction`. Everything
SQLite-specific lives in ``sqlite.py`` (connection pragmas, planner statistics) and
``fts.py`` (FTS5); PostgreSQL's full text in ``pg_fts.py``. At scale: ``parties.py`` and
``actor_forms.py`` keep small lookups so party filters and actor links never scan every
record, ``ledger_order.py`` keeps the ledger order indexable, ``nearby.py`` bounds the
figures one document is compared with.
"""

from casefile.store.actor_forms import ActorForms
from casefile.store.api import ActorSummary, Store
from casefile.store.migrate import head_revision, migrate
from casefile.store.review import AuditEntry, Reextraction, ReviewedRecord
from casefile.store.search import SearchHit

__all__ = [
    "ActorForms", "ActorSummary", "AuditEntry", "Reextraction", "ReviewedRecord", "SearchHit", "Store", "head_revision", "migrate",
]
