"""Figures of other documents published near one document, for its cross-document groups.

Grouping a document's figures with every figure of the ledger costs time in proportion to
the ledger; the reports worth comparing with are mostly those of the same days. This
takes the figures of the given categories from the documents published nearest to the
document (half on or before its date, half after; through the index on ``published``),
so the work is bounded however large the ledger grows. An undated document is compared
with the documents ingested just before and after it instead.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from casefile.store.models import DocumentRow, FigureRow


def figures_near(
    session: Session, document_id: str, categories: Collection[str], *, limit: int
) -> tuple[list[DocumentRow], list[FigureRow]]:
    """Up to ``limit`` figures of ``categories`` from other documents nearest in date, with their documents."""
    doc = session.get(DocumentRow, document_id)
    if doc is None or not categories or limit <= 0:
        return [], []
    key, at = (DocumentRow.published, doc.published) if doc.published else (DocumentRow.ingested_at, doc.ingested_at)
    base = (
        select(FigureRow)
        .join(DocumentRow, DocumentRow.id == FigureRow.document_id)
        .where(FigureRow.category.in_(sorted(categories)), FigureRow.document_id != document_id,
               FigureRow.review != "rejected")
    )
    before = base.where(key <= at).order_by(key.desc(), DocumentRow.id.desc(), FigureRow.seq).limit(limit // 2)
    after = base.where(key > at).order_by(key, DocumentRow.id, FigureRow.seq).limit(limit - limit // 2)
    figures = [*_rows(session, before), *_rows(session, after)]
    ids = sorted({f.document_id for f in figures})
    documents = list(
        session.scalars(select(DocumentRow).options(selectinload(DocumentRow.pages)).where(DocumentRow.id.in_(ids)))
    ) if ids else []
    return documents, sorted(figures, key=lambda f: (f.document_id, f.seq))


def _rows(session: Session, stmt: Select[Any]) -> list[FigureRow]:
    return list(session.scalars(stmt))
