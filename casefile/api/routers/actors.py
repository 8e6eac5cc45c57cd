"""``/api/actors``: every actor, and one actor's allegations made, received and denied."""

from __future__ import annotations

from fastapi import APIRouter

from casefile.api import queries
from casefile.api.deps import PagingDep, StoreDep
from casefile.api.schemas import ActorDetail, ErrorOut, Page
from casefile.store import ActorSummary

router = APIRouter(prefix="/actors", tags=["actors"])


@router.get("", response_model=Page[ActorSummary])
def list_actors(store: StoreDep, paging: PagingDep) -> Page[ActorSummary]:
    """Actors named in stored documents, most-mentioned first, with the words they are written as."""
    return queries.page(store.actors(), limit=paging.limit, offset=paging.offset)


@router.get("/{name}", response_model=ActorDetail, responses={404: {"model": ErrorOut}})
def get_actor(name: str, store: StoreDep) -> ActorDetail:
    """One actor by canonical name (case-insensitive)."""
    return queries.actor_detail(store, name)
