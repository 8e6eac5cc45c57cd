"""``/documents`` and ``/documents/{id}``: the list, and one text with its evidence highlighted beside its records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from casefile.api import queries
from casefile.api.deps import MAX_ID, StoreDep
from casefile.api.schemas import Span
from casefile.web.rendering import render
from casefile.web.views.review import review_context, with_review_cookie

router = APIRouter()
PER_PAGE = 50


@dataclass(frozen=True)
class Segment:
    """A stretch of text covered by the same spans; ``starts``: ids of the spans beginning here."""

    text: str
    kinds: tuple[str, ...]
    span_ids: tuple[str, ...]
    starts: tuple[str, ...]


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """``text`` cut at every span boundary, each piece knowing which spans cover it."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    pieces: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in spans if s.start <= start and end <= s.end]
        pieces.append(Segment(
            text=text[start:end],
            kinds=tuple(sorted({s.kind for s in covering})),
            span_ids=tuple(s.id for s in covering),
            starts=tuple(s.id for s in covering if s.start == start),
        ))
    return pieces


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, store: StoreDep, offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0) -> HTMLResponse:
    return render(request, "documents.html", {
        "documents": store.documents(limit=PER_PAGE, offset=offset), "total": store.count_documents(),
        "offset": offset, "per_page": PER_PAGE,
    })


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document(request: Request, document_id: str, store: StoreDep) -> HTMLResponse:
    detail = queries.document_detail(store, document_id)
    text = queries.document_text(store, detail.id)
    reviewing = review_context(request, store, detail.id)
    response = render(request, "document.html", {
        "doc": detail,
        "segments": segments(text.text, text.spans),
        "spans": {s.id: s for s in text.spans},
        **reviewing,
    })
    return with_review_cookie(request, response, reviewing)
