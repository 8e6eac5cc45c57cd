"""``/figures``: relations within documents (holds or fails) and groups across documents with their spread."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from casefile.analysis import figure_report
from casefile.api.deps import StoreDep
from casefile.records import FIGURE_CATEGORIES
from casefile.web.rendering import render

router = APIRouter()


@router.get("/figures", response_class=HTMLResponse)
def figures(request: Request, store: StoreDep, category: Annotated[str | None, Query()] = None) -> HTMLResponse:
    category = category or None
    report = figure_report(store, category=category if category in FIGURE_CATEGORIES else None)
    return render(request, "figures.html", {
        "report": report, "figures": store.figures(), "category": category, "categories": FIGURE_CATEGORIES,
    })
