"""The store: one object that saves documents with their records and answers queries.

Only this module opens sessions. Every public method converts database failures into
:class:`~casefile.errors.StoreError`; lookups of a missing document raise
:class:`~casefile.errors.NotFoundError`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, distinct, func, or_, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from casefile import __version__
from casefile.errors import InputError, NotFoundError, StoreError
from casefile.records import (
    CATEGORIES,
    FIGURE_CATEGORIES,
    ActorMention,
    Allegation,
    Extraction,
    Figure,
    Limitation,
    SourceDocument,
    StoredDocument,
)
from casefile.store import rows, tokens
from casefile.store.engine import for_writing, make_engine, safe_url
from casefile.store.migrate import upgrade
from casefile.store.models import (
    ActorMentionRow,
    ActorRow,
    AllegationCategoryRow,
    AllegationRow,
    DocumentRow,
    FigureRow,
    LimitationRow,
)
from casefile.store.search import SearchHit, search

MIN_PREFIX = 6
STANCES = ("asserts", "denies")
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
        self.url = safe_url(str(engine.url))

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

    def close(self) -> None:
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
        now = datetime.now(UTC).replace(tzinfo=None)
        session.add(
            rows.document_row(
                source, ingested_at=now, casefile_version=__version__, extractor_version=extractor_version
            )
        )
        session.flush()  # the document first: on SQLite this takes the write lock before actor lookups
        actor_ids = _actor_ids(session, extraction.actors)
        session.add_all(rows.mention_row(m, seq=i, actor_id=actor_ids[m.name]) for i, m in enumerate(extraction.actors))
        session.add_all(
            rows.allegation_row(a, seq=i, published=source.published) for i, a in enumerate(extraction.allegations)
        )
        session.add_all(rows.figure_row(f, seq=i) for i, f in enumerate(extraction.figures))
        session.add_all(rows.limitation_row(lim, seq=i) for i, lim in enumerate(extraction.limitations))
        session.flush()

    # --- write tokens (see :mod:`casefile.store.tokens`) -------------------------------

    def create_token(self, name: str) -> str:
        """A new write token called ``name``; returns its secret, readable only now."""
        return tokens.create_token(self._writes, name)

    def verify_token(self, secret: str) -> str | None:
        """The name of the token with this secret, or None."""
        return tokens.verify_token(self._sessions, secret)

    # --- documents ------------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        with self._read() as session:
            return session.scalar(select(DocumentRow.id).where(DocumentRow.id == document_id)) is not None

    def documents(self) -> list[StoredDocument]:
        """Every stored document, most recently ingested first."""
        stmt = (
            select(DocumentRow)
            .options(selectinload(DocumentRow.pages))
            .order_by(DocumentRow.ingested_at.desc(), DocumentRow.id)
        )
        with self._read() as session:
            return [rows.stored_document(row) for row in session.scalars(stmt)]

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
    ) -> list[Allegation]:
        """Allegations matching every filter given, oldest-ingested document first, then document order.

        ``speaker``/``accused``: case-insensitive substring of the canonical name or the
        words as written. ``since``/``until`` (inclusive) apply to the allegation's date
        (its statement date, else the document's publication date); undated ones are
        left out when either is given. ``document``: id or unique prefix.
        """
        _check_choice("stance", stance, STANCES)
        _check_choice("category", category, CATEGORIES)
        stmt = select(AllegationRow).options(
            selectinload(AllegationRow.categories), selectinload(AllegationRow.acts)
        )
        if speaker:
            stmt = stmt.where(_contains(speaker, AllegationRow.speaker, AllegationRow.speaker_text))
        if accused:
            stmt = stmt.where(_contains(accused, AllegationRow.accused, AllegationRow.accused_text))
        if category:
            stmt = stmt.where(AllegationRow.categories.any(AllegationCategoryRow.category == category))
        if stance:
            stmt = stmt.where(AllegationRow.stance == stance)
        if since:
            stmt = stmt.where(AllegationRow.dated >= since)
        if until:
            stmt = stmt.where(AllegationRow.dated <= until)
        with self._read() as session:
            stmt = _in_document_order(session, stmt, AllegationRow, document)
            return [rows.allegation(row) for row in session.scalars(stmt)]

    def figures(self, *, document: str | None = None, category: str | None = None) -> list[Figure]:
        """Figures, optionally of one document and/or one figure category (``killed``, ...)."""
        _check_choice("figure category", category, FIGURE_CATEGORIES)
        stmt = select(FigureRow)
        if category:
            stmt = stmt.where(FigureRow.category == category)
        with self._read() as session:
            stmt = _in_document_order(session, stmt, FigureRow, document)
            return [rows.figure(row) for row in session.scalars(stmt)]

    def limitations(self, *, document: str | None = None) -> list[Limitation]:
        with self._read() as session:
            stmt = _in_document_order(session, select(LimitationRow), LimitationRow, document)
            return [rows.limitation(row) for row in session.scalars(stmt)]

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

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Documents containing every word of ``query``, best match first."""
        with self._read() as session:
            return search(session.connection(), query, limit=limit)

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
                name: session.scalar(select(func.count()).select_from(model)) or 0 for name, model in tables.items()
            }

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except SQLAlchemyError as exc:
            raise StoreError(f"database {self.url} could not be read: {exc}") from exc


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


def _contains(needle: str, *columns: Any) -> ColumnElement[bool]:
    """Case-insensitive substring match on any of ``columns`` (LIKE wildcards escaped)."""
    lowered = needle.lower()
    return or_(*(func.lower(column).contains(lowered, autoescape=True) for column in columns))


def _check_choice(name: str, value: str | None, choices: tuple[str, ...]) -> None:
    if value is not None and value not in choices:
        raise InputError(f"{name} {value!r} is not known; expected one of: {', '.join(choices)}")
