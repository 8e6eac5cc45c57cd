"""``/api/search``: full-text search of stored documents."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from casefile.api import queries
from casefile.api.deps import PagingDep, StoreDep
from casefile.api.schemas import Page
from casefile.store import SearchHit

router = APIRouter(tags=["search"])
MAX_HITS = 1000


@router.get("/search", response_model=Page[SearchHit])
def search(q: Annotated[str, Query(min_length=1, description="Words to find.")], store: StoreDep, paging: PagingDep) -> Page[SearchHit]:
    """Documents containing every word of ``q``, best first; matched words are ``[bracketed]`` in the snippet."""
    return queries.page(store.search(q, limit=MAX_HITS), limit=paging.limit, offset=paging.offset)
