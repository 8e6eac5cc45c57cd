"""``/api/search``: full-text search of stored documents."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from casefile.api.deps import PagingDep, StoreDep
from casefile.api.schemas import SearchPage

router = APIRouter(tags=["search"])


@router.get("/search", response_model=SearchPage)
def search(q: Annotated[str, Query(min_length=1, description="Words to find.")], store: StoreDep, paging: PagingDep) -> SearchPage:
    """Documents containing every word and ``"quoted phrase"`` of ``q``, best first; matched words are ``[bracketed]``.

    A query found in very many documents is ranked over the first of them only (``capped``).
    """
    hits = store.search(q, limit=paging.limit, offset=paging.offset)  # ranked and paged in SQL
    found = store.search_total(q)
    return SearchPage(total=found.total, limit=paging.limit, offset=paging.offset, items=hits, capped=found.capped)
