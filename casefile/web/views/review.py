"""Reviewing from the browser: sign in with a write token, accept / reject / correct a record, ``/audit``.

Every POST here checks the review CSRF token first; deciding also needs the signed
session from :mod:`casefile.web.session`. Decisions go through :meth:`Store.review`,
exactly as the API's do, and the browser is sent back to the record on its document page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from casefile.api.deps import StoreDep
from casefile.records import ACTS, CATEGORIES, FIGURE_CATEGORIES
from casefile.store import AuditEntry, ReviewedRecord, Store
from casefile.store.review import EDITABLE, KINDS, check_kind
from casefile.web import session
from casefile.web.rendering import render, render_error

router = APIRouter()
AUDIT_PER_PAGE = 50
LIST_FIELDS = ("categories", "acts")
FORM_EXPIRED = "the form expired or did not come from this site; reload the page and try again"


@dataclass(frozen=True)
class ReviewItem:
    """One record on the document page: its review state and the id of its highlighted span (None if rejected)."""

    reviewed: ReviewedRecord
    span_id: str | None


def review_items(store: Store, document_id: str) -> dict[str, list[ReviewItem]]:
    """A document's records for the page; span ids follow :func:`casefile.api.queries.spans` (rejected have none)."""
    found = store.reviewed_records(document_id)
    items: dict[str, list[ReviewItem]] = {}
    for kind in KINDS:
        shown = 0
        items[kind] = []
        for reviewed in found[kind]:
            span_id = None
            if reviewed.status != "rejected":
                span_id, shown = f"{kind[0]}{shown}", shown + 1
            items[kind].append(ReviewItem(reviewed, span_id))
    return items


def review_context(request: Request, store: Store, document_id: str) -> dict[str, Any]:
    """What the document page needs to show review states and controls."""
    return {
        "items": review_items(store, document_id),
        "reviewer": session.reviewer(request),
        "review_csrf": session.review_csrf(request),
        "signin_failed": request.query_params.get("signin") == "failed",
        "choices": {"categories": CATEGORIES, "acts": ACTS, "figure_categories": FIGURE_CATEGORIES},
    }


def with_review_cookie(request: Request, response: HTMLResponse, context: dict[str, Any]) -> HTMLResponse:
    session.set_review_csrf(request, response, context["review_csrf"])
    return response


def _local(path: str) -> str:
    """``path`` if it is a path on this site, else ``/`` (no open redirects)."""
    if not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/"
    return path


@router.post("/session")
def sign_in(
    request: Request,
    store: StoreDep,
    token: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    if not session.review_csrf_ok(request, csrf_token):
        return render_error(request, 403, FORM_EXPIRED)
    back = _local(next)
    name = store.verify_token(token.strip())
    if name is None:
        separator = "&" if "?" in back.split("#")[0] else "?"
        path, _, fragment = back.partition("#")
        return RedirectResponse(f"{path}{separator}signin=failed" + (f"#{fragment}" if fragment else ""), 303)
    response = RedirectResponse(back, 303)
    session.set_session(request, response, name)
    return response


@router.post("/session/end")
def sign_out(request: Request, csrf_token: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/") -> Response:
    if not session.review_csrf_ok(request, csrf_token):
        return render_error(request, 403, FORM_EXPIRED)
    response = RedirectResponse(_local(next), 303)
    session.end_session(request, response)
    return response


@router.post("/review/{kind}/{record_id}")
async def review(request: Request, kind: str, record_id: int, store: StoreDep) -> Response:
    form = await request.form()
    if not session.review_csrf_ok(request, _text(form, "csrf_token")):
        return render_error(request, 403, FORM_EXPIRED)
    name = session.reviewer(request)
    if name is None:
        return render_error(request, 401, "sign in with your write token on the document page before reviewing")
    check_kind(kind)
    action = _text(form, "action")
    fields = form_fields(kind, form) if action == "correct" else None
    decided = store.review(kind, record_id, action, by=name, fields=fields, note=_text(form, "note") or None)
    return RedirectResponse(f"/documents/{decided.document}#record-{kind}-{record_id}", 303)


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def form_fields(kind: str, form: FormData) -> dict[str, Any]:
    """The correction form's fields, read by their types (the store checks them and keeps only changes)."""
    fields: dict[str, Any] = {}
    for name, spec in EDITABLE[kind].items():
        if name in LIST_FIELDS:
            if f"{name}_sent" in form:  # a multi-select sends nothing when empty: this marks it was on the form
                fields[name] = [v for v in form.getlist(name) if isinstance(v, str)]
        elif name in form:
            fields[name] = spec.parse(_text(form, name))
    return fields


@router.get("/audit", response_class=HTMLResponse)
def audit(
    request: Request,
    store: StoreDep,
    offset: Annotated[int, Query(ge=0)] = 0,
    kind: Annotated[str, Query()] = "",
    record: Annotated[int | None, Query(ge=1)] = None,
    document: Annotated[str, Query()] = "",
) -> HTMLResponse:
    filters: dict[str, Any] = {
        "kind": check_kind(kind) if kind else None, "record_id": record, "document": document or None,
    }
    total = store.audit_total(**filters)
    entries = store.audit(**filters, limit=AUDIT_PER_PAGE, offset=offset)
    return render(request, "audit.html", {
        "entries": [(e, changes(e)) for e in entries], "total": total, "offset": offset,
        "per_page": AUDIT_PER_PAGE, "filters": filters,
        "query": urlencode({k: v for k, v in (("kind", kind), ("record", record), ("document", document)) if v}),
    })


def changes(entry: AuditEntry) -> list[tuple[str, Any, Any]]:
    """The fields an entry changed, as (field, before, after); the status first."""
    found = []
    if entry.before.get("status") != entry.after.get("status"):
        found.append(("status", entry.before.get("status"), entry.after.get("status")))
    before, after = entry.before.get("values", {}), entry.after.get("values", {})
    found += [(name, before.get(name), after.get(name)) for name in after if before.get(name) != after.get(name)]
    return found
