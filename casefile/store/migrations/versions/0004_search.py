"""Search at scale: PostgreSQL full text (tsvector/GIN), the party-name lookup, query indexes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

- On PostgreSQL, ``documents_fts`` (a ``tsvector`` per document, GIN-indexed, kept in
  sync by a trigger) is created through casefile.store.pg_fts and filled from the
  documents already stored; SQLite keeps the FTS5 table of 0001.
- ``party_names``: the (canonical name, words as written) pairs of every allegation's
  parties, filled from the allegations already stored (see casefile.store.parties);
- ``actor_forms``: the distinct (actor, surface, part_of) of the mentions, filled from
  the mentions already stored (see casefile.store.actor_forms);
- ``allegations.ingested_at``: the document's ingest time, copied onto each allegation
  (filled here for those stored) so the ledger order has indexes: alone, and after the
  speaker and the accused (replacing their single-column indexes); see
  casefile.store.ledger_order. Narrow (party, review) indexes count one party's
  allegations, and (speaker, accused) finds one pair's;
- documents by publication date (figures near a document, casefile.store.nearby).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from casefile.store import actor_forms, ledger_order, parties, pg_fts

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ALLEGATION_INDEXES = {
    # the ledger order, alone and after each party (see casefile.store.ledger_order)
    "ix_allegations_ingested_at": ["ingested_at", "document_id", "seq"],
    "ix_allegations_speaker_order": ["speaker", "ingested_at", "document_id", "seq"],
    "ix_allegations_accused_order": ["accused", "ingested_at", "document_id", "seq"],
    # one pair's statements (timelines); with review, narrow enough to count a party's quickly
    "ix_allegations_speaker_accused": ["speaker", "accused", "review"],
    "ix_allegations_accused_review": ["accused", "review"],
}


def upgrade() -> None:
    op.create_table(
        "party_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("written", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_names")),
    )
    op.create_index("ix_party_names_name", "party_names", ["name"], unique=False)
    parties.rebuild(op.get_bind())
    op.create_table(
        "actor_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("surface", sa.Text(), nullable=False),
        sa.Column("part_of", sa.String(length=255), nullable=True),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], name=op.f("fk_actor_forms_actor_id_actors")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_forms")),
    )
    op.create_index("ix_actor_forms_actor_id", "actor_forms", ["actor_id"], unique=False)
    actor_forms.rebuild(op.get_bind())
    op.create_index("ix_documents_published", "documents", ["published"], unique=False)
    op.add_column("allegations", sa.Column("ingested_at", sa.DateTime(), nullable=True))
    ledger_order.backfill(op.get_bind())
    op.drop_index("ix_allegations_speaker", table_name="allegations")
    op.drop_index("ix_allegations_accused", table_name="allegations")
    for name, columns in ALLEGATION_INDEXES.items():
        op.create_index(name, "allegations", columns, unique=False)
    if pg_fts.supported(op.get_bind()):
        pg_fts.create(op.get_bind())


def downgrade() -> None:
    if pg_fts.supported(op.get_bind()):
        pg_fts.drop(op.get_bind())
    for name in ALLEGATION_INDEXES:
        op.drop_index(name, table_name="allegations")
    op.create_index("ix_allegations_speaker", "allegations", ["speaker"], unique=False)
    op.create_index("ix_allegations_accused", "allegations", ["accused"], unique=False)
    op.drop_column("allegations", "ingested_at")
    op.drop_index("ix_documents_published", table_name="documents")
    op.drop_table("actor_forms")
    op.drop_table("party_names")
