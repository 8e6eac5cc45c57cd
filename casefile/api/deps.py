"""Dependencies of the API and web routes, as ``Annotated`` aliases (one place for all)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from casefile.api.security import Settings
from casefile.store import Store

MAX_LIMIT = 500
MAX_ID = 2**31 - 1  # the largest record id (a 32-bit INTEGER column); larger numbers are a 422, not a 500


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Most items to return.")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_ID, description="Items to skip.")] = 0,
) -> Paging:
    return Paging(limit, offset)


_bearer = HTTPBearer(auto_error=False, description="A token made with `casefile token create NAME`.")

StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
PagingDep = Annotated[Paging, Depends(paging)]


def writer(
    store: StoreDep, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> str:
    """The name of the token in ``Authorization: Bearer``: 401 without one, 403 if it is not a valid token."""
    if credentials is None or not credentials.credentials:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="writes need a token: send `Authorization: Bearer <secret>` (make one with `casefile token create NAME`)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    name = store.verify_token(credentials.credentials)
    if name is None:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail="that token is not valid (a typo, or made for another database); make one with `casefile token create NAME`",
        )
    return name


WriterDep = Annotated[str, Depends(writer)]
