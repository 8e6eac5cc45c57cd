"""``/api/search``: full-text search of stored documents."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from casefile.api.deps import PagingDep, StoreDep
from casefile.api.schemas import Page
from casefile.store import SearchHit

router = APIRouter(tags=["search"])


@router.get("/search", response_model=Page[SearchHit])
def search(q: Annotated[str, Query(min_length=1, description="Words to find.")], store: StoreDep, paging: PagingDep) -> Page[SearchHit]:
    """Documents containing every word and ``"quoted phrase"`` of ``q``, best first; matched words are ``[bracketed]``."""
    hits = store.search(q, limit=paging.limit, offset=paging.offset)  # ranked and paged in SQL
    return Page[SearchHit](total=store.count_search(q), limit=paging.limit, offset=paging.offset, items=hits)
