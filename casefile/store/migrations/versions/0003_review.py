"""Review: human decisions on records and their audit log.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Allegations, figures and limitations get a review status (``machine`` for every
record already stored), who decided and when, and the machine's own values once a
person corrects them. ``audit_log`` keeps every decision with its before and after.

Columns are added with plain ``ALTER TABLE ... ADD COLUMN`` (the CHECK inline), never
by batch-recreating the tables: on SQLite with foreign keys on, dropping a record
table would cascade into its categories and acts.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RECORD_TABLES = ("allegations", "figures", "limitations")
STATUSES = "'machine', 'new', 'accepted', 'rejected', 'corrected'"


def _review_columns(table: str) -> list[sa.Column[object]]:
    return [
        sa.Column(
            "review",
            sa.String(length=16),
            sa.CheckConstraint(f"review IN ({STATUSES})", name=op.f(f"ck_{table}_review_known")),
            nullable=False,
            server_default="machine",
        ),
        sa.Column("reviewed_by", sa.String(length=255), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.Column("machine_values", sa.JSON(), nullable=True),
    ]


def upgrade() -> None:
    for table in RECORD_TABLES:
        for column in _review_columns(table):
            op.add_column(table, column)
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=255), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"], unique=False)
    op.create_index("ix_audit_log_kind_record_id", "audit_log", ["kind", "record_id"], unique=False)
    op.create_index("ix_audit_log_document_id", "audit_log", ["document_id"], unique=False)


def downgrade() -> None:
    op.drop_table("audit_log")
    for table in RECORD_TABLES:
        # The CHECK belongs to the column (added inline), so SQLite (3.35+) drops it with the column.
        for name in ("machine_values", "reviewed_at", "reviewed_by", "review"):
            op.drop_column(table, name)
