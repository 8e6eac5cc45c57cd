"""Review: ``/api/{allegations,figures,limitations}/{id}`` (one record, ``/review``, ``/history``),
``/api/documents/{id}/records`` and ``/api/audit``.

Deciding needs a Bearer token; its name is what the audit log records as who decided.
The three record kinds get the same three routes, made by :func:`_record_routes`.
(No ``from __future__ import annotations`` here: FastAPI reads the closures' types.)
"""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query

from casefile.api.deps import MAX_ID, PagingDep, StoreDep, WriterDep
from casefile.api.review_schemas import (
    AllegationFields,
    DocumentRecords,
    FigureFields,
    Kind,
    LimitationFields,
    Reviewed,
    ReviewIn,
)
from casefile.api.schemas import ErrorOut, Page
from casefile.records import Allegation, Figure, Limitation
from casefile.store import AuditEntry

router = APIRouter(tags=["review"])

NOT_FOUND = {404: {"model": ErrorOut, "description": "No record of this kind with this id."}}
WRITE_ERRORS = {
    400: {"model": ErrorOut, "description": "The decision is not possible (e.g. a correction that changes nothing)."},
    401: {"model": ErrorOut, "description": "No Bearer token sent."},
    403: {"model": ErrorOut, "description": "The Bearer token is not valid."},
    **NOT_FOUND,
}
RecordId = Annotated[int, Path(ge=1, le=MAX_ID, description="The record's id (see /api/documents/{id}/records).")]


def _record_routes(kind: str, plural: str, record_type: Any, fields_type: Any) -> None:
    out = Reviewed[record_type]  # type: ignore[valid-type]
    body_type = ReviewIn[fields_type]  # type: ignore[valid-type]

    def get_record(record_id: RecordId, store: StoreDep) -> Any:
        return out.of(store.record(kind, record_id))

    def review_record(record_id: RecordId, body: Annotated[body_type, Body()], store: StoreDep,  # type: ignore[valid-type]
                      writer: WriterDep) -> Any:
        decided = store.review(kind, record_id, body.action, by=writer, fields=body.changes(), note=body.note)
        return out.of(decided)

    def record_history(record_id: RecordId, store: StoreDep) -> list[AuditEntry]:
        store.record(kind, record_id)  # 404 for an unknown record, rather than an empty history
        return store.audit(kind=kind, record_id=record_id, oldest_first=True)

    base = f"/{plural}/{{record_id}}"
    router.add_api_route(base, get_record, methods=["GET"], response_model=out, responses=NOT_FOUND,
                         name=f"get_{kind}", summary=f"One {kind} with its review state",
                         description=f"One {kind} by id, with its review status (rejected ones too).")
    router.add_api_route(f"{base}/review", review_record, methods=["POST"], response_model=out,
                         responses=WRITE_ERRORS, name=f"review_{kind}", summary=f"Accept, reject or correct a {kind}",
                         description=f"Record a decision on one {kind}; every decision is kept in the audit log "
                                     "under the token's name. Needs a Bearer token.")
    router.add_api_route(f"{base}/history", record_history, methods=["GET"], response_model=list[AuditEntry],
                         responses=NOT_FOUND, name=f"{kind}_history", summary=f"The audit trail of a {kind}",
                         description=f"Every decision on one {kind}, oldest first.")


for _kind, _plural, _record, _fields in (
    ("allegation", "allegations", Allegation, AllegationFields),
    ("figure", "figures", Figure, FigureFields),
    ("limitation", "limitations", Limitation, LimitationFields),
):
    _record_routes(_kind, _plural, _record, _fields)


@router.get("/documents/{document_id}/records", response_model=DocumentRecords,
            responses={404: {"model": ErrorOut, "description": "No such document."}})
def document_records(document_id: str, store: StoreDep) -> DocumentRecords:
    """A document's records with their ids and review states (rejected ones too), in document order."""
    found = store.reviewed_records(document_id)
    doc_id = store.document(document_id).id
    return DocumentRecords(
        document=doc_id,
        allegations=[Reviewed[Allegation].of(r) for r in found["allegation"]],
        figures=[Reviewed[Figure].of(r) for r in found["figure"]],
        limitations=[Reviewed[Limitation].of(r) for r in found["limitation"]],
    )


@router.get("/audit", response_model=Page[AuditEntry], responses={400: {"model": ErrorOut}, 404: {"model": ErrorOut}})
def audit(
    store: StoreDep,
    paging: PagingDep,
    kind: Annotated[Kind | None, Query(description="Only decisions on this kind of record.")] = None,
    record_id: Annotated[int | None, Query(ge=1, le=MAX_ID,
                                           description="Only decisions on this record (with kind).")] = None,
    document: Annotated[str | None, Query(description="Document id or unique prefix.")] = None,
) -> Page[AuditEntry]:
    """Every review decision, newest first: who (token name), when, the record, before and after."""
    total = store.audit_total(kind=kind, record_id=record_id, document=document)
    items = store.audit(kind=kind, record_id=record_id, document=document, limit=paging.limit, offset=paging.offset)
    return Page[AuditEntry](total=total, limit=paging.limit, offset=paging.offset, items=items)
