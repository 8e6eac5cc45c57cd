"""``/search``: full-text search of documents, with allegation filters as in the CLI."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from casefile.api.deps import StoreDep
from casefile.records import CATEGORIES
from casefile.web.rendering import render

router = APIRouter()
MAX_HITS = 100  # documents listed for a full-text query
MAX_ROWS = 200  # allegations listed for the filters (the total is shown)


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
    words = q.strip()
    hits = store.search(words, limit=MAX_HITS) if words else []
    total = store.search_total(words) if len(hits) == MAX_HITS else None
    hits_total = total.total if total is not None else len(hits)
    hits_capped = bool(total is not None and total.capped)
    filtered = any((speaker, accused, category, stance))
    allegations, allegations_total = [], 0
    if filtered:
        filters = {
            "speaker": speaker or None, "accused": accused or None,
            "category": category if category in CATEGORIES else None,
            "stance": stance if stance in ("asserts", "denies") else None,
        }
        if words:  # only allegations in the documents found (the first MAX_HITS of them)
            in_hits = {h.document for h in hits}
            allegations = [a for a in store.allegations(**filters) if a.evidence.document in in_hits]
            allegations_total = len(allegations)
            allegations = allegations[:MAX_ROWS]
        else:  # paged in SQL: a common category must not load the whole ledger into one page
            allegations = store.allegations(**filters, limit=MAX_ROWS)
            allegations_total = store.count_allegations(**filters)
    return render(request, "search.html", {
        "q": q, "speaker": speaker, "accused": accused, "category": category, "stance": stance,
        "categories": CATEGORIES, "hits": hits, "hits_total": hits_total, "hits_capped": hits_capped, "allegations": allegations,
        "allegations_total": allegations_total, "filtered": filtered, "max_hits": MAX_HITS,
    })
