"""The store: one object that saves documents with their records and answers queries.

Only this module opens sessions. Every public method converts database failures into
:class:`~casefile.errors.StoreError`; lookups of a missing document raise
:class:`~casefile.errors.NotFoundError`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    delete,
    distinct,
    event,
    func,
    insert,
    select,
)
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from casefile import __version__
from casefile.errors import InputError, NotFoundError, StoreError
from casefile.records import (
    FIGURE_CATEGORIES,
    ActorMention,
    Allegation,
    Extraction,
    Figure,
    Limitation,
    SourceDocument,
    StoredDocument,
)
from casefile.store import (
    actor_forms,
    allegation_filters,
    ledger_order,
    nearby,
    parties,
    review,
    rows,
    sqlite,
    tokens,
)
from casefile.store.actor_forms import ActorForms
from casefile.store.allegation_filters import AllegationFilters
from casefile.store.engine import for_writing, make_engine, safe_url
from casefile.store.migrate import upgrade
from casefile.store.models import (
    ActorMentionRow,
    ActorRow,
    AllegationActRow,
    AllegationCategoryRow,
    AllegationRow,
    AuditRow,
    DocumentRow,
    FigureRow,
    LimitationRow,
    PageRow,
)
from casefile.store.review import AuditEntry, Reextraction, ReviewedRecord
from casefile.store.search import SearchHit, SearchTotal, search
from casefile.store.search import count as count_search
from casefile.store.search import total as search_total

MIN_PREFIX = 6
ID_CHUNK = 500  # ids per IN (...) list: well under every driver's bind-parameter limit
_HEX = re.compile(r"[0-9a-f]+")


@dataclass(frozen=True)
class ActorSummary:
    """One canonical actor across the store: how it is written and how often it appears."""

    name: str
    kind: str
    surfaces: tuple[str, ...]
    mentions: int
    documents: int
    part_of: str | None = None


class Store:
    """A casefile database. Open with :meth:`open`; use as a context manager to close."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writes = sessionmaker(for_writing(engine), expire_on_commit=False)
        parties.track(self._writes)  # every write keeps the lookups of parties and actor forms current
        actor_forms.track(self._writes)
        ledger_order.track(self._writes)
        self.url = safe_url(str(engine.url))
        self._written = False
        event.listen(self._writes, "after_commit", self._wrote)

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (creating if need be) the database at ``url`` and migrate it to head."""
        engine = make_engine(url)
        try:
            upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    def _wrote(self, _session: Session) -> None:
        self._written = True

    def close(self) -> None:
        if self._written:  # after writes, refresh what SQLite's planner knows of the tables
            try:
                sqlite.refresh_statistics(self._engine)
            except SQLAlchemyError:
                pass  # only an optimisation: a busy or read-only file keeps its old statistics
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- writing --------------------------------------------------------------------

    def save(self, source: SourceDocument, extraction: Extraction, *, extractor_version: str | None = None) -> bool:
        """Store the document, its pages and every record in one transaction.

        Returns False, writing nothing, if the document is already stored. Raises
        StoreError (and leaves nothing behind) if any record does not cite the
        document's text exactly or the database refuses a row.
        """
        rows.check_extraction(source, extraction)
        try:
            with self._writes.begin() as session:
                if session.scalar(select(DocumentRow.id).where(DocumentRow.id == source.id)) is not None:
                    return False
                self._write(session, source, extraction, extractor_version or __version__)
        except IntegrityError as exc:
            if self.has_document(source.id):  # another writer stored it first
                return False
            raise StoreError(f"document {source.id[:12]} ({source.origin}) was not saved: {exc.orig}") from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"document {source.id[:12]} ({source.origin}) was not saved to {self.url}: {exc}") from exc
        return True

    def _write(self, session: Session, source: SourceDocument, extraction: Extraction, extractor_version: str) -> None:
        """Insert the document and its records in bulk (one multi-row INSERT per table).

        Adding ORM objects one by one cost about a sixth of ingest time. Bulk inserts bypass
        the session's ``before_flush`` hooks, so the lookups they keep are maintained here:
        each allegation gets its document's ``ingested_at`` (:mod:`.ledger_order`), and the
        new party names and actor forms are remembered (:mod:`.parties`, :mod:`.actor_forms`).
        """
        now = datetime.now(UTC).replace(tzinfo=None)
        document = rows.document_values(
            source, ingested_at=now, casefile_version=__version__, extractor_version=extractor_version
        )
        _insert(session, DocumentRow, [document])  # first: on SQLite this takes the write lock
        _insert(session, PageRow, rows.page_values(source))
        actor_ids = _actor_ids(session, extraction.actors)
        mentions = [rows.mention_values(m, seq=i, actor_id=actor_ids[m.name]) for i, m in enumerate(extraction.actors)]
        _insert(session, ActorMentionRow, mentions)
        actor_forms.remember(session, {(m["actor_id"], m["surface"], m["part_of"]) for m in mentions})
        _insert_allegations(session, extraction.allegations, published=source.published, ingested_at=now)
        _insert(session, FigureRow, [rows.figure_values(f, seq=i) for i, f in enumerate(extraction.figures)])
        limitations = extraction.limitations
        _insert(session, LimitationRow, [rows.limitation_values(lim, seq=i) for i, lim in enumerate(limitations)])
        session.flush()  # the lookups remembered above

    def reextract(
        self, source: SourceDocument, extraction: Extraction, *, extractor_version: str | None = None
    ) -> Reextraction:
        """Store a newer extraction of a stored document without overriding any human decision.

        Accepted, rejected and corrected records stay as they are; undecided ones are
        replaced by ``extraction``'s, and records no earlier extraction had are marked
        ``new`` (see :func:`casefile.store.review.merge_reextraction`). Actor mentions are
        replaced. One transaction. A document not yet stored is simply saved.
        """
        rows.check_extraction(source, extraction)
        fresh = {"allegation": extraction.allegations, "figure": extraction.figures, "limitation": extraction.limitations}
        try:
            with self._writes.begin() as session:
                doc = session.get(DocumentRow, source.id)
                if doc is None:
                    self._write(session, source, extraction, extractor_version or __version__)
                    return Reextraction(source.id, added=sum(len(r) for r in fresh.values()))
                doc.extractor_version, doc.casefile_version = extractor_version or __version__, __version__
                result = review.merge_reextraction(session, source.id, doc.published, fresh)
                session.execute(delete(ActorMentionRow).where(ActorMentionRow.document_id == source.id))
                actor_ids = _actor_ids(session, extraction.actors)
                session.add_all(
                    rows.mention_row(m, seq=i, actor_id=actor_ids[m.name]) for i, m in enumerate(extraction.actors)
                )
                session.flush()
        except SQLAlchemyError as exc:
            raise StoreError(f"document {source.id[:12]} ({source.origin}) was not re-extracted: {exc}") from exc
        return result

    # --- review (see :mod:`casefile.store.review`) ----------------------------------------

    def review(
        self,
        kind: str,
        record_id: int,
        action: str,
        *,
        by: str,
        fields: dict[str, Any] | None = None,
        note: str | None = None,
    ) -> ReviewedRecord:
        """Accept, reject or correct (``fields``: new values) one record; logged in the audit trail.

        ``kind``: allegation, figure or limitation. ``by``: who decides (a token's name).
        Raises NotFoundError for an unknown record, InputError for a bad action or field.
        """
        try:
            with self._writes.begin() as session:
                return review.decide(session, kind, record_id, action, by=by, fields=fields, note=note)
        except SQLAlchemyError as exc:
            raise StoreError(f"{kind} {record_id} was not reviewed: {exc}") from exc

    def record(self, kind: str, record_id: int) -> ReviewedRecord:
        """One record by kind and id, with its review state (rejected ones too). Raises NotFoundError."""
        with self._read() as session:
            return review.reviewed(kind, review.load(session, kind, record_id))

    def reviewed_records(self, document: str) -> dict[str, list[ReviewedRecord]]:
        """A document's allegations, figures and limitations with ids and review states, in document order.

        Unlike the ledger queries this includes rejected records, so they can be reviewed again.
        """
        with self._read() as session:
            doc_id = _resolve(session, document)
            return {
                kind: [review.reviewed(kind, row) for row in review.document_records(session, doc_id, kind)]
                for kind in review.KINDS
            }

    def audit(
        self,
        *,
        kind: str | None = None,
        record_id: int | None = None,
        document: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        oldest_first: bool = False,
    ) -> list[AuditEntry]:
        """Audit entries matching every filter given, newest first (or oldest first)."""
        with self._read() as session:
            doc_id = _resolve(session, document) if document else None
            stmt = review.audit_query(kind=kind, record_id=record_id, document_id=doc_id)
            order = (AuditRow.at, AuditRow.id) if oldest_first else (AuditRow.at.desc(), AuditRow.id.desc())
            stmt = stmt.order_by(*order).offset(offset).limit(limit)
            return [review.audit_entry(row) for row in session.scalars(stmt)]

    def audit_total(self, *, kind: str | None = None, record_id: int | None = None, document: str | None = None) -> int:
        """How many audit entries match (for paging :meth:`audit`)."""
        with self._read() as session:
            doc_id = _resolve(session, document) if document else None
            return review.audit_count(session, review.audit_query(kind=kind, record_id=record_id, document_id=doc_id))

    # --- write tokens (see :mod:`casefile.store.tokens`) -------------------------------

    def create_token(self, name: str) -> str:
        """A new write token called ``name``; returns its secret, readable only now."""
        return tokens.create_token(self._writes, name)

    def verify_token(self, secret: str) -> str | None:
        """The name of the token with this secret, or None."""
        return tokens.verify_token(self._sessions, secret)

    def tokens(self) -> list[tuple[str, datetime]]:
        """Every write token's name and creation time (UTC), oldest first."""
        return tokens.list_tokens(self._sessions)

    def token_created(self, name: str) -> datetime | None:
        """When the token called ``name`` was made (UTC), or None if it does not exist (or was revoked)."""
        return tokens.token_created(self._sessions, name)

    def revoke_token(self, name: str) -> bool:
        """Delete the token called ``name`` (False if none): its secret and its web sessions stop working."""
        return tokens.revoke_token(self._writes, name)

    # --- documents ------------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        with self._read() as session:
            return session.scalar(select(DocumentRow.id).where(DocumentRow.id == document_id)) is not None

    def documents(self, *, limit: int | None = None, offset: int = 0) -> list[StoredDocument]:
        """Stored documents, most recently ingested first; ``limit``/``offset`` page in SQL (default: all)."""
        stmt = (
            select(DocumentRow)
            .options(selectinload(DocumentRow.pages))
            .order_by(DocumentRow.ingested_at.desc(), DocumentRow.id)
            .offset(offset)
            .limit(limit)
        )
        with self._read() as session:
            return [rows.stored_document(row) for row in session.scalars(stmt)]

    def count_documents(self) -> int:
        """How many documents are stored (for paging :meth:`documents`)."""
        with self._read() as session:
            return session.scalar(_count_of(DocumentRow)) or 0

    def document(self, id_or_prefix: str) -> StoredDocument:
        """A document by full id or unique prefix of at least 6 hex characters.

        Raises NotFoundError if none matches, StoreError if the prefix is ambiguous.
        """
        with self._read() as session:
            doc_id = _resolve(session, id_or_prefix)
            row = session.scalars(
                select(DocumentRow).options(selectinload(DocumentRow.pages)).where(DocumentRow.id == doc_id)
            ).one()
            return rows.stored_document(row)

    def raw_bytes(self, document_id: str) -> bytes:
        """The bytes as originally read (id or unique prefix)."""
        with self._read() as session:
            doc_id = _resolve(session, document_id)
            return session.scalars(select(DocumentRow.raw).where(DocumentRow.id == doc_id)).one()

    def extraction(self, document: str) -> Extraction:
        """Everything stored for one document (id or unique prefix), as it was saved."""
        with self._read() as session:
            doc_id = _resolve(session, document)
            mentions = session.scalars(
                select(ActorMentionRow)
                .options(selectinload(ActorMentionRow.actor))
                .where(ActorMentionRow.document_id == doc_id)
                .order_by(ActorMentionRow.seq)
            )
            actors: tuple[ActorMention, ...] = tuple(rows.mention(m) for m in mentions)
        return Extraction(
            document=doc_id,
            allegations=tuple(self.allegations(document=doc_id)),
            figures=tuple(self.figures(document=doc_id)),
            actors=actors,
            limitations=tuple(self.limitations(document=doc_id)),
        )

    # --- records --------------------------------------------------------------------

    def allegations(
        self,
        *,
        speaker: str | None = None,
        accused: str | None = None,
        category: str | None = None,
        stance: str | None = None,
        since: date | None = None,
        until: date | None = None,
        document: str | None = None,
        speaker_names: Collection[str] | None = None,
        accused_names: Collection[str] | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Allegation]:
        """Allegations matching every filter given, oldest-ingested document first, then document order.

        Records a person rejected are left out (see :meth:`reviewed_records`). Filters: see
        :class:`~casefile.store.allegation_filters.AllegationFilters`; ``document``: id or
        unique prefix. ``limit``/``offset`` page in SQL (:meth:`count_allegations` gives the total).
        """
        filters = AllegationFilters(speaker, accused, category, stance, since, until, speaker_names, accused_names)
        with self._read() as session:
            stmt = (
                select(*allegation_filters.COLUMNS)
                .where(_not_rejected(AllegationRow), *filters.conditions(session))
                .order_by(*ledger_order.ORDER)  # = the documents' ingest order, through an index
                .limit(limit)
                .offset(offset or None)
            )
            if document is not None:
                stmt = stmt.where(AllegationRow.document_id == _resolve(session, document))
            return allegation_filters.load(session, stmt)

    def count_allegations(
        self,
        *,
        speaker: str | None = None,
        accused: str | None = None,
        category: str | None = None,
        stance: str | None = None,
        since: date | None = None,
        until: date | None = None,
        document: str | None = None,
        speaker_names: Collection[str] | None = None,
        accused_names: Collection[str] | None = None,
    ) -> int:
        """How many allegations :meth:`allegations` lists for these filters, in all."""
        filters = AllegationFilters(speaker, accused, category, stance, since, until, speaker_names, accused_names)
        with self._read() as session:
            stmt = select(func.count()).select_from(AllegationRow).where(
                _not_rejected(AllegationRow), *filters.conditions(session)
            )
            if document is not None:
                stmt = stmt.where(AllegationRow.document_id == _resolve(session, document))
            return int(session.scalar(stmt) or 0)

    def figures(self, *, document: str | None = None, category: str | None = None) -> list[Figure]:
        """Figures, optionally of one document and/or one figure category (``killed``, ...)."""
        _check_choice("figure category", category, FIGURE_CATEGORIES)
        stmt = select(FigureRow).where(_not_rejected(FigureRow))
        if category:
            stmt = stmt.where(FigureRow.category == category)
        with self._read() as session:
            stmt = _in_document_order(session, stmt, FigureRow, document)
            return [rows.figure(row) for row in session.scalars(stmt)]

    def figures_near(
        self, document: str, categories: Collection[str], *, documents: int = 100
    ) -> tuple[list[StoredDocument], list[Figure]]:
        """The other documents published nearest to ``document`` and their figures of ``categories``.

        ``documents`` of them, half on or before its date and half after (see
        :mod:`casefile.store.nearby`); only those with such figures are returned, and
        rejected figures are left out.
        """
        with self._read() as session:
            found, figures = nearby.figures_near(session, _resolve(session, document), categories, documents=documents)
            return [rows.stored_document(d) for d in found], [rows.figure(f) for f in figures]

    def limitations(self, *, document: str | None = None) -> list[Limitation]:
        with self._read() as session:
            stmt = _in_document_order(
                session, select(LimitationRow).where(_not_rejected(LimitationRow)), LimitationRow, document
            )
            return [rows.limitation(row) for row in session.scalars(stmt)]

    def actor_forms(self) -> list[ActorForms]:
        """Every actor's kind, the words it is written as and what it is part of, by name.

        What :meth:`actors` says without the counts, read from a small lookup table (see
        :mod:`casefile.store.actor_forms`) instead of every mention: cheap at any size.
        """
        with self._read() as session:
            return actor_forms.read(session)

    def actor_links(self) -> list[ActorForms]:
        """:meth:`actor_forms` without the written forms: each actor's kind and whole, a row per actor."""
        with self._read() as session:
            return actor_forms.links(session)

    def party_names(self) -> list[str]:
        """Every canonical name allegations give a speaker or an accused, sorted (a small lookup)."""
        with self._read() as session:
            return parties.canonical_names(session)

    def published_dates(self, ids: Collection[str] | None = None) -> dict[str, date | None]:
        """Publication dates by document id: of ``ids`` (unknown ids left out), or of every document."""
        with self._read() as session:
            found: dict[str, date | None] = {}
            if ids is None:
                found.update((doc_id, published) for doc_id, published in session.execute(
                    select(DocumentRow.id, DocumentRow.published)))
                return found
            wanted = sorted(set(ids))
            for start in range(0, len(wanted), ID_CHUNK):
                chunk = wanted[start : start + ID_CHUNK]
                stmt = select(DocumentRow.id, DocumentRow.published).where(DocumentRow.id.in_(chunk))
                found.update((doc_id, published) for doc_id, published in session.execute(stmt))
            return found

    def actors(self) -> list[ActorSummary]:
        """Every actor mentioned anywhere, most-mentioned first."""
        counted = (
            select(
                ActorRow.id,
                ActorRow.name,
                ActorRow.kind,
                func.count(ActorMentionRow.id),
                func.count(distinct(ActorMentionRow.document_id)),
                func.max(ActorMentionRow.part_of),
            )
            .join(ActorMentionRow, ActorMentionRow.actor_id == ActorRow.id)
            .group_by(ActorRow.id, ActorRow.name, ActorRow.kind)
            .order_by(func.count(ActorMentionRow.id).desc(), ActorRow.name)
        )
        surface_rows = (
            select(ActorMentionRow.actor_id, ActorMentionRow.surface)
            .distinct()
            .order_by(ActorMentionRow.actor_id, ActorMentionRow.surface)
        )
        with self._read() as session:
            surfaces: dict[int, list[str]] = {}
            for actor_id, surface in session.execute(surface_rows):
                surfaces.setdefault(actor_id, []).append(surface)
            return [
                ActorSummary(name, kind, tuple(surfaces.get(actor_id, ())), mentions, documents, part_of)
                for actor_id, name, kind, mentions, documents, part_of in session.execute(counted)
            ]

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Documents matching every word and ``"quoted phrase"`` of ``query``, best match first.

        ``limit`` hits after skipping ``offset``; see :mod:`casefile.store.search` for how
        SQLite and PostgreSQL read the query, and for the cap on how many matches are
        ranked (past it, the first found are; :meth:`search_total` says so).
        """
        with self._read() as session:
            return search(session.connection(), query, limit=limit, offset=offset)

    def count_search(self, query: str) -> int:
        """How many documents :meth:`search` finds for ``query`` in all (no more than the cap)."""
        with self._read() as session:
            return count_search(session.connection(), query)

    def search_total(self, query: str) -> SearchTotal:
        """How many documents :meth:`search` lists for ``query``, and whether more matched than it ranks."""
        with self._read() as session:
            return search_total(session.connection(), query)

    def counts(self) -> dict[str, int]:
        tables: dict[str, Any] = {
            "documents": DocumentRow,
            "allegations": AllegationRow,
            "figures": FigureRow,
            "actors": ActorRow,
            "limitations": LimitationRow,
        }
        with self._read() as session:
            return {
                name: session.scalar(_count_of(model)) or 0 for name, model in tables.items()
            }

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except SQLAlchemyError as exc:
            raise StoreError(f"database {self.url} could not be read: {exc}") from exc


def _not_rejected(model: Any) -> ColumnElement[bool]:
    return model.review != "rejected"


def _count_of(model: Any) -> Select[Any]:
    """How many rows ``model`` has; for reviewable records, those not rejected."""
    stmt = select(func.count()).select_from(model)
    return stmt.where(_not_rejected(model)) if hasattr(model, "review") else stmt


def _insert(session: Session, model: Any, values: list[dict[str, Any]]) -> None:
    """One bulk INSERT of ``values`` into ``model``'s table (nothing when there are none).

    A Core insert of the table (an ``executemany``), not the ORM's bulk insert of the model,
    whose per-statement overhead was larger than the insert itself for a document's few rows.
    """
    if values:
        session.execute(insert(model.__table__), values)


def _insert_allegations(
    session: Session, allegations: tuple[Allegation, ...], *, published: date | None, ingested_at: datetime
) -> None:
    """Allegations, then their categories and acts under the ids the database gave them."""
    if not allegations:
        return
    values = [
        {**rows.allegation_values(a, seq=i, published=published), "ingested_at": ingested_at}
        for i, a in enumerate(allegations)
    ]
    table = AllegationRow.__table__
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    ids = session.scalars(stmt, values).all()
    numbered = list(zip(ids, allegations, strict=True))
    categories = [r for i, a in numbered for r in rows.list_values(i, "category", a.categories)]
    _insert(session, AllegationCategoryRow, categories)
    _insert(session, AllegationActRow, [r for i, a in numbered for r in rows.list_values(i, "act", a.acts)])
    written = {(a.speaker, a.speaker_text) for a in allegations} | {(a.accused, a.accused_text) for a in allegations}
    parties.remember(session, written)


def _actor_ids(session: Session, mentions: tuple[ActorMention, ...]) -> dict[str, int]:
    """Ids of the mentioned actors, creating the new ones with the kind first seen."""
    kinds = {m.name: m.kind for m in reversed(mentions)}  # reversed: the first mention wins
    if not kinds:
        return {}
    existing = session.execute(select(ActorRow.name, ActorRow.id).where(ActorRow.name.in_(kinds)))
    ids: dict[str, int] = {name: actor_id for name, actor_id in existing}
    new = [ActorRow(name=name, kind=kind) for name, kind in kinds.items() if name not in ids]
    session.add_all(new)
    session.flush()
    ids.update((actor.name, actor.id) for actor in new)
    return ids


def _resolve(session: Session, id_or_prefix: str) -> str:
    """The full id of the one document ``id_or_prefix`` names (see :meth:`Store.document`)."""
    key = id_or_prefix.strip().lower()
    if session.scalar(select(DocumentRow.id).where(DocumentRow.id == key)) is not None:
        return key
    if len(key) < MIN_PREFIX or not _HEX.fullmatch(key):
        raise NotFoundError(
            f"no document {id_or_prefix!r}; give a full id or a unique prefix of at least "
            f"{MIN_PREFIX} hex characters (list them with `casefile documents`)"
        )
    ids = session.scalars(select(DocumentRow.id).where(DocumentRow.id.startswith(key)).limit(3)).all()
    if not ids:
        raise NotFoundError(f"no document id starts with {key!r}; list them with `casefile documents`")
    if len(ids) > 1:
        shown = ", ".join(i[:12] for i in ids)
        raise StoreError(f"document prefix {key!r} is ambiguous (matches {shown}...); give more characters")
    return ids[0]


def _in_document_order(session: Session, stmt: Select[Any], model: Any, document: str | None) -> Select[Any]:
    """Restrict to one document if asked; order by document ingestion, then position."""
    if document is not None:
        stmt = stmt.where(model.document_id == _resolve(session, document))
    return stmt.join(DocumentRow, DocumentRow.id == model.document_id).order_by(
        DocumentRow.ingested_at, DocumentRow.id, model.seq
    )


def _check_choice(name: str, value: str | None, choices: tuple[str, ...]) -> None:
    if value is not None and value not in choices:
        raise InputError(f"{name} {value!r} is not known; expected one of: {', '.join(choices)}")
