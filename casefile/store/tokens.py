"""Write tokens: made once (the secret shown to its owner only then), kept as a sha256 hash.

A token's secret has 256 random bits, so a plain sha256 (no salt, no stretching) is
enough: the hash cannot be reversed and lookup stays one indexed query.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from casefile.errors import InputError, StoreError
from casefile.store.models import TokenRow

PREFIX = "cf_"


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_token(sessions: sessionmaker[Session], name: str) -> str:
    """A new token called ``name``; returns its secret (the only time it is readable).

    Raises InputError if ``name`` is blank or already taken.
    """
    name = name.strip()
    if not name:
        raise InputError("a token needs a name, e.g. `casefile token create uploader`")
    secret = PREFIX + secrets.token_urlsafe(32)
    row = TokenRow(name=name, secret_hash=hash_secret(secret), created_at=datetime.now(UTC).replace(tzinfo=None))
    try:
        with sessions.begin() as session:
            session.add(row)
    except IntegrityError as exc:
        raise InputError(f"a token named {name!r} already exists; choose another name") from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"token {name!r} was not saved: {exc}") from exc
    return secret


def verify_token(sessions: sessionmaker[Session], secret: str) -> str | None:
    """The name of the token whose secret is ``secret``, or None."""
    if not secret:
        return None
    wanted = hash_secret(secret)
    try:
        with sessions() as session:
            row = session.execute(select(TokenRow.name, TokenRow.secret_hash).where(TokenRow.secret_hash == wanted)).first()
    except SQLAlchemyError as exc:
        raise StoreError(f"tokens could not be read: {exc}") from exc
    if row is None or not hmac.compare_digest(row.secret_hash, wanted):
        return None
    return row.name


def list_tokens(sessions: sessionmaker[Session]) -> list[tuple[str, datetime]]:
    """Every token's name and creation time (UTC), oldest first; secrets are never readable."""
    try:
        with sessions() as session:
            stmt = select(TokenRow.name, TokenRow.created_at).order_by(TokenRow.created_at, TokenRow.id)
            found = session.execute(stmt)
            return [(row.name, row.created_at) for row in found]
    except SQLAlchemyError as exc:
        raise StoreError(f"tokens could not be read: {exc}") from exc


def token_created(sessions: sessionmaker[Session], name: str) -> datetime | None:
    """When the token called ``name`` was made (naive UTC), or None if there is none (or it was revoked)."""
    try:
        with sessions() as session:
            return session.scalar(select(TokenRow.created_at).where(TokenRow.name == name))
    except SQLAlchemyError as exc:
        raise StoreError(f"tokens could not be read: {exc}") from exc


def revoke_token(sessions: sessionmaker[Session], name: str) -> bool:
    """Delete the token called ``name``: its secret stops working at once. False if there was none."""
    try:
        with sessions.begin() as session:
            return session.execute(delete(TokenRow).where(TokenRow.name == name)).rowcount > 0
    except SQLAlchemyError as exc:
        raise StoreError(f"token {name!r} was not revoked: {exc}") from exc
