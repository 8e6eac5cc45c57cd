"""``/api/documents``: list, one, its text with evidence spans, and upload (ingest)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, HTTPException, UploadFile, status

from casefile.api import queries
from casefile.api.deps import PagingDep, SettingsDep, StoreDep, WriterDep
from casefile.api.schemas import DocumentDetail, DocumentSummary, DocumentText, ErrorOut, Page, UploadResult
from casefile.api.uploads import TooLarge, Upload, ingest_uploads

router = APIRouter(prefix="/documents", tags=["documents"])
NOT_FOUND = {404: {"model": ErrorOut, "description": "No such document (or an ambiguous prefix: 400)."}}


@router.get("", response_model=Page[DocumentSummary])
def list_documents(store: StoreDep, paging: PagingDep) -> Page[DocumentSummary]:
    """Stored documents, most recently ingested first (no text: see ``/documents/{id}/text``)."""
    docs = [DocumentSummary.of(d) for d in store.documents(limit=paging.limit, offset=paging.offset)]
    return Page[DocumentSummary](total=store.count_documents(), limit=paging.limit, offset=paging.offset, items=docs)


@router.get("/{document_id}", response_model=DocumentDetail, responses=NOT_FOUND)
def get_document(document_id: str, store: StoreDep) -> DocumentDetail:
    """One document (full id or unique prefix of 6+ hex characters) with all its records."""
    return queries.document_detail(store, document_id)


@router.get("/{document_id}/text", response_model=DocumentText, responses=NOT_FOUND)
def get_document_text(document_id: str, store: StoreDep) -> DocumentText:
    """The stored text and every evidence span in it (offsets into ``text``)."""
    return queries.document_text(store, document_id)


@router.post(
    "",
    response_model=UploadResult,
    status_code=status.HTTP_200_OK,
    responses={400: {"model": ErrorOut, "description": "The body is not readable multipart/form-data."},
               401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 413: {"model": ErrorOut}},
)
def upload_documents(
    files: Annotated[list[UploadFile], File(description="Files to ingest (.txt, .md, .html, .pdf ...).")],
    store: StoreDep,
    settings: SettingsDep,
    _writer: WriterDep,
) -> UploadResult:
    """Ingest uploaded files; each gets its own outcome (a bad file fails alone). Needs a Bearer token."""
    uploads = [Upload(f.filename or "upload", f.file.read()) for f in files]
    try:
        return UploadResult(outcomes=ingest_uploads(store, uploads, max_bytes=settings.max_bytes))
    except TooLarge as exc:
        raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE, detail=str(exc)) from exc
