"""The application factory: JSON routers under ``/api``, web pages at ``/``, static files, error mapping."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse, Response
from fastapi.routing import iter_route_contexts
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.routing import Match

from casefile import __version__
from casefile.api.routers import actors, analysis, documents, ledger, review, search
from casefile.api.security import LimitsAndHeaders, Settings
from casefile.config import max_source_bytes
from casefile.errors import CasefileError, InputError, NotFoundError
from casefile.store import Store


def status_of(exc: CasefileError) -> int:
    """The HTTP status of an expected error: 404 not found, 400 bad input (or ambiguous prefix), 500 else."""
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, InputError) or "ambiguous" in str(exc):
        return 400
    return 500


def create_app(store: Store, *, settings: Settings | None = None) -> FastAPI:
    """The casefile web app over an open ``store`` (the caller closes it)."""
    from casefile.web import STATIC_DIR, render_error, web_router

    settings = settings or Settings(max_bytes=max_source_bytes())
    app = FastAPI(
        title="casefile",
        version=__version__,
        description="Who accused whom of what, on what evidence. Reading is open; writes need a Bearer token.",
    )
    app.state.store = store
    app.state.settings = settings
    for router in (documents.router, actors.router, ledger.router, analysis.router, search.router, review.router):
        app.include_router(router, prefix="/api")
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(LimitsAndHeaders, max_bytes=settings.max_bytes)

    @app.exception_handler(CasefileError)
    async def casefile_error(request: Request, exc: CasefileError) -> Response:
        code = status_of(exc)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=code)
        return render_error(request, code, str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        allowed = allowed_methods(app, request) if exc.status_code == 405 else ""
        if allowed:  # Starlette's Allow names only the first matching route's methods; a path may have several
            exc = HTTPException(405, exc.detail, {**(exc.headers or {}), "Allow": allowed})
        return await http_exception_handler(request, exc)

    return app


def allowed_methods(app: FastAPI, request: Request) -> str:
    """Every method some route accepts at ``request``'s path, for the ``Allow`` header of a 405."""
    methods: set[str] = set()
    for route in iter_route_contexts(app.routes):  # the included routers' routes, with their prefixes
        match, _ = route.matches(request.scope)
        if match != Match.NONE:
            methods |= route.methods or set()
    return ", ".join(sorted(methods))
