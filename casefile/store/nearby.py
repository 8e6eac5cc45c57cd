"""Figures of the documents published near one document, for its cross-document groups.

Grouping a document's figures with every figure of the ledger costs time in proportion to
the ledger; the reports worth comparing with are mostly those of the same days. This
takes the documents published nearest to the document -- half on or before its date,
half after, read from the index on ``published`` -- and their figures of the given
categories, so the work is bounded however large the ledger grows. An undated document
is compared with the documents ingested just before and after it instead.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from casefile.store.models import DocumentRow, FigureRow


def figures_near(
    session: Session, document_id: str, categories: Collection[str], *, documents: int
) -> tuple[list[DocumentRow], list[FigureRow]]:
    """The ``documents`` documents nearest in date (but this one) with figures of ``categories``, and those figures."""
    doc = session.get(DocumentRow, document_id)
    if doc is None or not categories or documents <= 0:
        return [], []
    key, at = (DocumentRow.published, doc.published) if doc.published else (DocumentRow.ingested_at, doc.ingested_at)
    others = select(DocumentRow.id).where(DocumentRow.id != document_id)
    before = others.where(key <= at).order_by(key.desc(), DocumentRow.id.desc()).limit(documents // 2)
    after = others.where(key > at).order_by(key, DocumentRow.id).limit(documents - documents // 2)
    ids = [*session.scalars(before), *session.scalars(after)]
    if not ids:
        return [], []
    figures = list(
        session.scalars(
            select(FigureRow)
            .where(FigureRow.document_id.in_(ids), FigureRow.category.in_(sorted(categories)),
                   FigureRow.review != "rejected")
            .order_by(FigureRow.document_id, FigureRow.seq)
        )
    )
    with_figures = sorted({f.document_id for f in figures})
    rows = session.scalars(
        select(DocumentRow).options(selectinload(DocumentRow.pages)).where(DocumentRow.id.in_(with_figures))
    ) if with_figures else []
    return list(rows), figures
