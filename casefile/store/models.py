"""The tables, as typed SQLAlchemy 2 declarative models (portable types only).

Every record table has an integer surrogate ``id`` (so a later review table can point
at one record) and a ``seq``: the record's position in its :class:`Extraction`, which
restores document order. Evidence columns are named ``start_offset``/``end_offset``
because ``end`` is reserved in SQL. The Alembic migrations in ``migrations/versions``
must describe exactly these models (a test compares them).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    JSON,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DOCUMENT_FK = "documents.id"


class Base(DeclarativeBase):
    """Named constraints, so later batch migrations on SQLite can find them."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _document_id() -> Mapped[str]:
    return mapped_column(String(64), ForeignKey(DOCUMENT_FK, ondelete="CASCADE"), nullable=False)


def _span_checks() -> tuple[CheckConstraint, ...]:
    """Offsets into the document text: never negative, never reversed."""
    return (
        CheckConstraint("start_offset >= 0", name="start_offset_nonnegative"),
        CheckConstraint("end_offset >= start_offset", name="end_offset_after_start"),
    )


class EvidenceColumns:
    """The columns an :class:`~casefile.records.Evidence` is rebuilt from."""

    start_offset: Mapped[int] = mapped_column(Integer, nullable=False)
    end_offset: Mapped[int] = mapped_column(Integer, nullable=False)
    evidence_text: Mapped[str] = mapped_column(Text, nullable=False)
    page: Mapped[int | None] = mapped_column(Integer)


REVIEW_STATUSES = ("machine", "new", "accepted", "rejected", "corrected")


def _review_checks() -> tuple[CheckConstraint, ...]:
    return (CheckConstraint("review IN ('machine', 'new', 'accepted', 'rejected', 'corrected')", name="review_known"),)


class ReviewColumns:
    """A record's review state (see :mod:`casefile.store.review`).

    ``review``: ``machine`` (as extracted), ``new`` (added by a re-extraction), or a human
    decision: ``accepted``, ``rejected``, ``corrected``. ``machine_values`` keeps the
    extractor's values once a person has corrected them, so they stay recoverable.
    """

    review: Mapped[str] = mapped_column(String(16), nullable=False, server_default="machine")
    reviewed_by: Mapped[str | None] = mapped_column(String(255))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    machine_values: Mapped[dict | None] = mapped_column(JSON)


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    origin: Mapped[str] = mapped_column(Text, nullable=False)
    media_type: Mapped[str] = mapped_column(String(255), nullable=False)
    title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    raw: Mapped[bytes] = mapped_column(LargeBinary, nullable=False, deferred=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    casefile_version: Mapped[str] = mapped_column(String(32), nullable=False)
    extractor_version: Mapped[str] = mapped_column(String(32), nullable=False)

    pages: Mapped[list[PageRow]] = relationship(order_by="PageRow.seq", cascade="all, delete-orphan")

    __table_args__ = (
        Index("ix_documents_ingested_at", "ingested_at"),
        Index("ix_documents_published", "published"),  # documents near a date (casefile.store.nearby)
    )


class PageRow(Base):
    __tablename__ = "pages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = _document_id()
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    start_offset: Mapped[int] = mapped_column(Integer, nullable=False)
    end_offset: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (*_span_checks(), Index("ix_pages_document_id_seq", "document_id", "seq"))


class ActorRow(Base):
    """One canonical actor, shared across documents; ``kind`` is the kind first seen."""

    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)


class ActorMentionRow(EvidenceColumns, Base):
    """An actor named in one document. ``kind`` is kept per mention so records round-trip."""

    __tablename__ = "actor_mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = _document_id()
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    surface: Mapped[str] = mapped_column(Text, nullable=False)
    part_of: Mapped[str | None] = mapped_column(String(255))
    from_gazetteer: Mapped[bool] = mapped_column(Boolean, nullable=False)

    actor: Mapped[ActorRow] = relationship()

    __table_args__ = (
        *_span_checks(),
        Index("ix_actor_mentions_document_id_seq", "document_id", "seq"),
        Index("ix_actor_mentions_actor_id", "actor_id"),
    )


class ActorFormRow(Base):
    """One way an actor is written, with the whole it is part of (see :mod:`casefile.store.actor_forms`).

    A lookup list of the distinct (actor, surface, part_of) of the mentions, not a record.
    """

    __tablename__ = "actor_forms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"), nullable=False)
    surface: Mapped[str] = mapped_column(Text, nullable=False)
    part_of: Mapped[str | None] = mapped_column(String(255))

    __table_args__ = (Index("ix_actor_forms_actor_id", "actor_id"),)


class AllegationRow(EvidenceColumns, ReviewColumns, Base):
    """``dated`` is derived on save (see :func:`casefile.store.rows.dated`) for date filters;
    ``ingested_at`` is the document's, copied so the ledger order has an index
    (see :mod:`casefile.store.ledger_order`)."""

    __tablename__ = "allegations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = _document_id()
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    speaker: Mapped[str] = mapped_column(String(255), nullable=False)
    speaker_text: Mapped[str] = mapped_column(Text, nullable=False)
    speaker_person: Mapped[str | None] = mapped_column(String(255))
    source: Mapped[str | None] = mapped_column(Text)
    accused: Mapped[str] = mapped_column(String(255), nullable=False)
    accused_text: Mapped[str] = mapped_column(Text, nullable=False)
    stance: Mapped[str] = mapped_column(String(16), nullable=False)
    hedged: Mapped[bool] = mapped_column(Boolean, nullable=False)
    certainty: Mapped[float] = mapped_column(Float, nullable=False)
    responsibility: Mapped[str | None] = mapped_column(String(16))
    statement_date: Mapped[str | None] = mapped_column(String(64))
    dated: Mapped[date | None] = mapped_column(Date)
    ingested_at: Mapped[datetime | None] = mapped_column(DateTime)

    categories: Mapped[list[AllegationCategoryRow]] = relationship(
        order_by="AllegationCategoryRow.position", cascade="all, delete-orphan"
    )
    acts: Mapped[list[AllegationActRow]] = relationship(
        order_by="AllegationActRow.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        *_span_checks(),
        CheckConstraint("stance IN ('asserts', 'denies')", name="stance_known"),
        *_review_checks(),
        Index("ix_allegations_document_id_seq", "document_id", "seq"),
        # the ledger order, alone and after each party: a page is an index range read in order
        Index("ix_allegations_ingested_at", "ingested_at", "document_id", "seq"),
        Index("ix_allegations_speaker_order", "speaker", "ingested_at", "document_id", "seq"),
        Index("ix_allegations_accused_order", "accused", "ingested_at", "document_id", "seq"),
        # one pair's statements (timelines); with ``review``, narrow enough to count a party's quickly
        Index("ix_allegations_speaker_accused", "speaker", "accused", "review"),
        Index("ix_allegations_accused_review", "accused", "review"),
        Index("ix_allegations_dated", "dated"),
    )


class AllegationCategoryRow(Base):
    __tablename__ = "allegation_categories"

    allegation_id: Mapped[int] = mapped_column(
        ForeignKey("allegations.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    category: Mapped[str] = mapped_column(String(64), nullable=False)

    __table_args__ = (Index("ix_allegation_categories_category", "category", "allegation_id"),)


class AllegationActRow(Base):
    __tablename__ = "allegation_acts"

    allegation_id: Mapped[int] = mapped_column(
        ForeignKey("allegations.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    act: Mapped[str] = mapped_column(String(64), nullable=False)

    __table_args__ = (Index("ix_allegation_acts_act", "act", "allegation_id"),)


class PartyNameRow(Base):
    """A canonical party name with one way allegations write it (see :mod:`casefile.store.parties`).

    A lookup list, not a record: duplicates (two writers at once) and leftovers are harmless.
    """

    __tablename__ = "party_names"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    written: Mapped[str] = mapped_column(Text, nullable=False)

    __table_args__ = (Index("ix_party_names_name", "name"),)


class FigureRow(EvidenceColumns, ReviewColumns, Base):
    __tablename__ = "figures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = _document_id()
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False)
    low: Mapped[int | None] = mapped_column(BigInteger)
    high: Mapped[int | None] = mapped_column(BigInteger)
    qualifier: Mapped[str | None] = mapped_column(String(64))
    what: Mapped[str] = mapped_column(Text, nullable=False)
    category: Mapped[str] = mapped_column(String(64), nullable=False)
    attributed_to: Mapped[str | None] = mapped_column(String(255))

    __table_args__ = (
        *_span_checks(),
        *_review_checks(),
        Index("ix_figures_document_id_seq", "document_id", "seq"),
        Index("ix_figures_category", "category"),
    )


class LimitationRow(EvidenceColumns, ReviewColumns, Base):
    __tablename__ = "limitations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = _document_id()
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    speaker: Mapped[str] = mapped_column(String(255), nullable=False)
    about: Mapped[str] = mapped_column(Text, nullable=False)

    __table_args__ = (
        *_span_checks(),
        *_review_checks(),
        Index("ix_limitations_document_id_seq", "document_id", "seq"),
    )


class TokenRow(Base):
    """A write token: its name and the sha256 of its secret (the secret itself is never stored)."""

    __tablename__ = "tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False, unique=True)
    secret_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class AuditRow(Base):
    """One human decision on one record: who (a token's name), when, what it was before and after.

    ``record_id`` is no foreign key: the trail outlives any record and is never rewritten.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    by: Mapped[str] = mapped_column(String(255), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    record_id: Mapped[int] = mapped_column(Integer, nullable=False)
    document_id: Mapped[str] = mapped_column(String(64), nullable=False)
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    before: Mapped[dict] = mapped_column(JSON, nullable=False)
    after: Mapped[dict] = mapped_column(JSON, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_kind_record_id", "kind", "record_id"),
        Index("ix_audit_log_document_id", "document_id"),
    )
