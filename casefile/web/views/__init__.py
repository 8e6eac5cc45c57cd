"""The page routers, one module per page kind, gathered into :data:`web_router`."""

from fastapi import APIRouter

from casefile.web.views import actors, documents, figures, home, review, search, upload

web_router = APIRouter(include_in_schema=False)
for _module in (home, documents, actors, figures, search, upload, review):
    web_router.include_router(_module.router)
