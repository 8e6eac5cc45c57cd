"""``/upload``: ingest files from a form; needs a write token and a matching CSRF token (signed double-submit)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse

from casefile.api.deps import SettingsDep, StoreDep
from casefile.api.security import CSRF_COOKIE, csrf_ok, new_csrf_token
from casefile.api.uploads import TooLarge, Upload, ingest_uploads
from casefile.web.rendering import render, render_error

router = APIRouter()


def _form(request: Request, settings: SettingsDep, *, outcomes: list | None = None, error: str | None = None,
          status_code: int = 200) -> HTMLResponse:
    token = new_csrf_token(settings)
    response = render(request, "upload.html", {"csrf_token": token, "outcomes": outcomes, "error": error},
                      status_code=status_code)
    response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/upload")
    return response


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request, settings: SettingsDep) -> HTMLResponse:
    return _form(request, settings)


@router.post("/upload", response_class=HTMLResponse)
def upload(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    files: Annotated[list[UploadFile], File()],
    token: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> HTMLResponse:
    if not csrf_ok(settings, request.cookies.get(CSRF_COOKIE), csrf_token):
        return render_error(request, 403, "the form expired or did not come from this site; reload the upload page")
    if store.verify_token(token.strip()) is None:
        return _form(request, settings, error="that token is not valid; make one with `casefile token create NAME`",
                     status_code=401)
    uploads = [Upload(f.filename or "upload", f.file.read()) for f in files if f.filename]
    try:
        outcomes = ingest_uploads(store, uploads, max_bytes=settings.max_bytes)
    except TooLarge as exc:
        return render_error(request, 413, str(exc))
    return _form(request, settings, outcomes=outcomes)
