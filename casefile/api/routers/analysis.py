"""``/api/claims`` and ``/api/positions``: claims with their denials, and position timelines."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from casefile.analysis import claim_ledger, timelines
from casefile.analysis.api import ClaimEntry
from casefile.analysis.positions import Timeline
from casefile.api import queries
from casefile.api.deps import PagingDep, StoreDep
from casefile.api.schemas import Page

router = APIRouter(tags=["analysis"])
Speaker = Annotated[str | None, Query(description="Speaker name (substring).")]
Accused = Annotated[str | None, Query(description="Accused name (substring).")]


@router.get("/claims", response_model=Page[ClaimEntry])
def list_claims(store: StoreDep, paging: PagingDep, speaker: Speaker = None, accused: Accused = None) -> Page[ClaimEntry]:
    """Claims (allegations grouped by speaker, accused, categories and stance) with linked denials."""
    found = claim_ledger(store, speaker=speaker, accused=accused)
    return queries.page(found, limit=paging.limit, offset=paging.offset)


@router.get("/positions", response_model=Page[Timeline])
def list_positions(store: StoreDep, paging: PagingDep, speaker: Speaker = None, accused: Accused = None) -> Page[Timeline]:
    """How each speaker's position on each accused changed over time."""
    found = timelines(store, speaker=speaker, accused=accused)
    return queries.page(found, limit=paging.limit, offset=paging.offset)
