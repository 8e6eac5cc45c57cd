"""``/search``: full-text search of documents, with allegation filters as in the CLI."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from casefile.api.deps import StoreDep
from casefile.records import CATEGORIES
from casefile.web.rendering import render

router = APIRouter()
MAX_HITS = 100


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    store: StoreDep,
    q: Annotated[str, Query()] = "",
    speaker: Annotated[str, Query()] = "",
    accused: Annotated[str, Query()] = "",
    category: Annotated[str, Query()] = "",
    stance: Annotated[str, Query()] = "",
) -> HTMLResponse:
    hits = store.search(q, limit=MAX_HITS) if q.strip() else []
    filtered = any((speaker, accused, category, stance))
    allegations = []
    if filtered:
        allegations = store.allegations(
            speaker=speaker or None, accused=accused or None,
            category=category if category in CATEGORIES else None,
            stance=stance if stance in ("asserts", "denies") else None,
        )
        if q.strip():
            in_hits = {h.document for h in hits}
            allegations = [a for a in allegations if a.evidence.document in in_hits]
    return render(request, "search.html", {
        "q": q, "speaker": speaker, "accused": accused, "category": category, "stance": stance,
        "categories": CATEGORIES, "hits": hits, "allegations": allegations, "filtered": filtered,
    })
