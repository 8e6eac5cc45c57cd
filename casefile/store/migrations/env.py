"""Alembic environment for casefile (run from code by :mod:`casefile.store.migrate`).

Uses the connection handed over in ``config.attributes["connection"]`` when there is
one (so the store's dialect settings apply), else builds an engine from
``sqlalchemy.url``. Batch mode on SQLite lets later migrations alter tables.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection

from casefile.store import fts
from casefile.store.engine import make_engine
from casefile.store.models import Base

config = context.config
target_metadata = Base.metadata


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    """Leave the FTS table and its shadow tables out of autogenerate."""
    return not (type_ == "table" and name is not None and fts.is_fts_table(name))


def run_offline() -> None:
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=bool(url and url.startswith("sqlite")),
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_with(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_with(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    try:
        with engine.begin() as connection:
            run_with(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
