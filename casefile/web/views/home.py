"""``/``: counts, recent documents, latest position changes, failed figure checks."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from casefile.analysis import figure_report, timelines
from casefile.api.deps import StoreDep
from casefile.web.rendering import render

router = APIRouter()
RECENT = 8
CHANGES = ("escalation", "de-escalation", "retraction")


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep) -> HTMLResponse:
    changes = [(t, step) for t in timelines(store) for step in t.steps if step.kind in CHANGES]
    changes.sort(key=lambda pair: pair[1].date or "", reverse=True)
    failed = [r for r in figure_report(store).relations if not r.holds]
    return render(request, "home.html", {
        "counts": store.counts(),
        "documents": store.documents(limit=RECENT),
        "changes": changes[:RECENT],
        "failed": failed[:RECENT],
    })
