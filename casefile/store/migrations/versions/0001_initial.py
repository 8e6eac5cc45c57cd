"""Initial schema: documents, pages, actors, mentions, allegations, figures, limitations.

Revision ID: 0001
Revises:
Create Date: 2025-11-25

Written by hand from autogenerate output. Tuple fields (categories, acts) are child
tables so ``--category`` filters are an indexed lookup. On SQLite the FTS5 index of
document text is created through casefile.store.fts; other dialects skip it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from casefile.store import fts

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _document_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["document_id"], ["documents.id"], name=op.f(f"fk_{table}_document_id_documents"), ondelete="CASCADE"
    )


def _span(table: str) -> list[sa.SchemaItem]:
    """Offset columns with their CHECKs (pages use these alone)."""
    return [
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.CheckConstraint("start_offset >= 0", name=op.f(f"ck_{table}_start_offset_nonnegative")),
        sa.CheckConstraint("end_offset >= start_offset", name=op.f(f"ck_{table}_end_offset_after_start")),
    ]


def _evidence(table: str) -> list[sa.SchemaItem]:
    return [
        *_span(table),
        sa.Column("evidence_text", sa.Text(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
    ]


def _record(table: str) -> list[sa.SchemaItem]:
    """The columns every per-document record table starts with."""
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        _document_fk(table),
    ]


def _index_document_seq(table: str) -> None:
    op.create_index(f"ix_{table}_document_id_seq", table, ["document_id", "seq"], unique=False)


def _create_documents() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=255), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("publisher", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.Column("casefile_version", sa.String(length=32), nullable=False),
        sa.Column("extractor_version", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    op.create_index("ix_documents_ingested_at", "documents", ["ingested_at"], unique=False)
    op.create_table(
        "pages",
        *_record("pages"),
        sa.Column("number", sa.Integer(), nullable=False),
        *_span("pages"),
    )
    _index_document_seq("pages")


def _create_actors() -> None:
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actors")),
        sa.UniqueConstraint("name", name=op.f("uq_actors_name")),
    )
    op.create_table(
        "actor_mentions",
        *_record("actor_mentions"),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("surface", sa.Text(), nullable=False),
        sa.Column("part_of", sa.String(length=255), nullable=True),
        sa.Column("from_gazetteer", sa.Boolean(), nullable=False),
        *_evidence("actor_mentions"),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], name=op.f("fk_actor_mentions_actor_id_actors")),
    )
    _index_document_seq("actor_mentions")
    op.create_index("ix_actor_mentions_actor_id", "actor_mentions", ["actor_id"], unique=False)


def _create_allegations() -> None:
    op.create_table(
        "allegations",
        *_record("allegations"),
        sa.Column("speaker", sa.String(length=255), nullable=False),
        sa.Column("speaker_text", sa.Text(), nullable=False),
        sa.Column("speaker_person", sa.String(length=255), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("accused", sa.String(length=255), nullable=False),
        sa.Column("accused_text", sa.Text(), nullable=False),
        sa.Column("stance", sa.String(length=16), nullable=False),
        sa.Column("hedged", sa.Boolean(), nullable=False),
        sa.Column("certainty", sa.Float(), nullable=False),
        sa.Column("responsibility", sa.String(length=16), nullable=True),
        sa.Column("statement_date", sa.String(length=64), nullable=True),
        sa.Column("dated", sa.Date(), nullable=True),
        *_evidence("allegations"),
        sa.CheckConstraint("stance IN ('asserts', 'denies')", name=op.f("ck_allegations_stance_known")),
    )
    _index_document_seq("allegations")
    for column in ("speaker", "accused", "dated"):
        op.create_index(f"ix_allegations_{column}", "allegations", [column], unique=False)
    for table, column in (("allegation_categories", "category"), ("allegation_acts", "act")):
        op.create_table(
            table,
            sa.Column("allegation_id", sa.Integer(), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column(column, sa.String(length=64), nullable=False),
            sa.ForeignKeyConstraint(
                ["allegation_id"],
                ["allegations.id"],
                name=op.f(f"fk_{table}_allegation_id_allegations"),
                ondelete="CASCADE",
            ),
            sa.PrimaryKeyConstraint("allegation_id", "position", name=op.f(f"pk_{table}")),
        )
        op.create_index(f"ix_{table}_{column}", table, [column, "allegation_id"], unique=False)


def _create_figures_and_limitations() -> None:
    op.create_table(
        "figures",
        *_record("figures"),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("low", sa.BigInteger(), nullable=True),
        sa.Column("high", sa.BigInteger(), nullable=True),
        sa.Column("qualifier", sa.String(length=64), nullable=True),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("attributed_to", sa.String(length=255), nullable=True),
        *_evidence("figures"),
    )
    _index_document_seq("figures")
    op.create_index("ix_figures_category", "figures", ["category"], unique=False)
    op.create_table(
        "limitations",
        *_record("limitations"),
        sa.Column("speaker", sa.String(length=255), nullable=False),
        sa.Column("about", sa.Text(), nullable=False),
        *_evidence("limitations"),
    )
    _index_document_seq("limitations")


def upgrade() -> None:
    _create_documents()
    _create_actors()
    _create_allegations()
    _create_figures_and_limitations()
    if fts.supported(op.get_bind()):
        fts.create(op.get_bind())


def downgrade() -> None:
    if fts.supported(op.get_bind()):
        fts.drop(op.get_bind())
    for table in (
        "limitations",
        "figures",
        "allegation_acts",
        "allegation_categories",
        "allegations",
        "actor_mentions",
        "actors",
        "pages",
        "documents",
    ):
        op.drop_table(table)
