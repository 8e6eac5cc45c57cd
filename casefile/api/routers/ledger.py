"""``/api/allegations``, ``/api/figures``, ``/api/figures/checks``: the ledger, filtered as in the CLI."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BeforeValidator

from casefile.analysis import FigureReport, figure_report
from casefile.api import queries
from casefile.api.deps import PagingDep, StoreDep
from casefile.api.schemas import Counts, ErrorOut, Page
from casefile.records import CATEGORIES, FIGURE_CATEGORIES, Allegation, Figure

router = APIRouter(tags=["ledger"])
# Categories are listed in the spec as an enum but checked by the store, whose 400 names the choices.
BAD_INPUT = {400: {"model": ErrorOut}, 404: {"model": ErrorOut}}


def _iso_date(value: object) -> object:
    """A text must be an ISO date (pydantic alone would read ``0`` as 1970-01-01, a Unix time)."""
    return date.fromisoformat(value) if isinstance(value, str) else value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]


@router.get("/allegations", response_model=Page[Allegation], responses=BAD_INPUT)
def list_allegations(
    store: StoreDep,
    paging: PagingDep,
    speaker: Annotated[str | None, Query(description="Speaker name or alias (substring).")] = None,
    accused: Annotated[str | None, Query(description="Accused name or alias (substring).")] = None,
    category: Annotated[str | None, Query(description="A legal category, e.g. war_crimes.",
                                          json_schema_extra={"enum": list(CATEGORIES)})] = None,
    stance: Annotated[Literal["asserts", "denies"] | None, Query()] = None,
    since: Annotated[IsoDate | None, Query(description="Statements on or after (YYYY-MM-DD).")] = None,
    until: Annotated[IsoDate | None, Query(description="Statements on or before (YYYY-MM-DD).")] = None,
    document: Annotated[str | None, Query(description="Document id or unique prefix.")] = None,
) -> Page[Allegation]:
    """Allegations and denials matching every filter, oldest-ingested document first."""
    filters = {"speaker": speaker, "accused": accused, "category": category, "stance": stance, "since": since,
               "until": until, "document": document}
    found = store.allegations(**filters, limit=paging.limit, offset=paging.offset)  # paged in SQL
    return Page[Allegation](total=store.count_allegations(**filters), limit=paging.limit, offset=paging.offset,
                            items=found)


@router.get("/figures", response_model=Page[Figure], responses=BAD_INPUT)
def list_figures(
    store: StoreDep,
    paging: PagingDep,
    category: Annotated[str | None, Query(description="A figure category, e.g. killed.",
                                          json_schema_extra={"enum": list(FIGURE_CATEGORIES)})] = None,
    document: Annotated[str | None, Query(description="Document id or unique prefix.")] = None,
) -> Page[Figure]:
    """Figures (killed, injured, displaced, ...) with who reports them."""
    found = store.figures(category=category, document=document)
    return queries.page(found, limit=paging.limit, offset=paging.offset)


@router.get("/figures/checks", response_model=FigureReport, responses=BAD_INPUT)
def figure_checks(
    store: StoreDep,
    category: Annotated[str | None, Query()] = None,
    document: Annotated[str | None, Query(description="Document id or unique prefix.")] = None,
) -> FigureReport:
    """Sums and parts within documents (holds or fails) and figures compared across documents."""
    return figure_report(store, document=document, category=category)


@router.get("/counts", response_model=Counts)
def counts(store: StoreDep) -> Counts:
    """How many documents and records the ledger holds."""
    return Counts(**store.counts())
